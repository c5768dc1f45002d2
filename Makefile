# geul — the two set-up commands: `make demo` and `make test`. Both install what is missing.
BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CORPUS  ?= ../shared/corpus
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release
SAMPLE  ?= web/samples/sample-article.txt

.PHONY: all deps build test demo bench clean

all: build

# wasm: Emscripten + Node.js, for the WebAssembly module and its node tests (part of `make test`).
deps:
	@tools/install-deps.sh build wasm

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

test: build
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

demo: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target geul_cli
	@echo "== geul parse --blocks $(SAMPLE)  (metadata, every block with its role and input bytes, then the clean body)"
	@$(BUILD)/geul parse --blocks $(SAMPLE)
	@echo "== geul parse --json $(SAMPLE)  (first 1200 bytes)"
	@$(BUILD)/geul parse --json $(SAMPLE) | head -c 1200; echo " …"

bench: deps
	@tools/install-deps.sh bench
	cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release -DGEUL_BUILD_TESTS=OFF -DGEUL_BUILD_BENCH=ON
	cmake --build $(BUILD)-bench -j $(JOBS)
	@$(MAKE) --no-print-directory -C . bench-run BUILD=$(BUILD)-bench
	@bench/wasm_size.sh $(BUILD)-bench/wasm-size "$(CORPUS)" $(BUILD)-bench/geul

bench-run:
	@for b in $(BUILD)/bench/bench_*; do [ -x "$$b" ] && "$$b" "$(CORPUS)" || exit 1; done

clean:
	rm -rf $(BUILD) $(BUILD)-bench
