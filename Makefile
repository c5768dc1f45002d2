# geul — the two set-up commands: `make demo` and `make test`. Both install what is missing.
BUILD   ?= build
JOBS    ?= $(shell nproc 2>/dev/null || echo 2)
CORPUS  ?= ../shared/corpus
CMAKE_FLAGS ?= -DCMAKE_BUILD_TYPE=Release
SAMPLE  ?= web/samples/sample-article.txt

.PHONY: all deps build test demo bench clean fuzz

all: build

# wasm: Emscripten + Node.js, for the WebAssembly module and its node tests (part of `make test`).
# fuzz: clang with its sanitizer and libFuzzer runtimes (the sanitizer, TSan and fuzz tests of `make test`).
deps:
	@tools/install-deps.sh build wasm fuzz

build: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)

# browser: Chromium (+ npm, a Korean font) for the explorer page's browser tests.
test: build
	@tools/install-deps.sh browser
	ctest --test-dir $(BUILD) --output-on-failure -j $(JOBS)

demo: deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS) --target geul_cli geul_web
	@echo "== geul parse --blocks $(SAMPLE)  (metadata, every block with its role and input bytes, then the clean body)"
	@$(BUILD)/geul parse --blocks $(SAMPLE)
	@echo "== geul parse --json $(SAMPLE)  (first 1200 bytes)"
	@$(BUILD)/geul parse --json $(SAMPLE) | head -c 1200; echo " …"
	@echo "== geul summarize $(SAMPLE)  (summary sentences, keywords, quotes with speakers, aliases)"
	@$(BUILD)/geul summarize $(SAMPLE)
	@echo "== the explorer page (paste or drop articles; runs in the browser, offline): $(abspath $(BUILD))/web/"
	@echo "   open from disk:  file://$(abspath $(BUILD))/web/index.html"
	@echo "   or serve it:     python3 -m http.server --bind 127.0.0.1 --directory $(BUILD)/web 8000   then open http://127.0.0.1:8000/"

bench: deps
	@tools/install-deps.sh bench
	cmake -S . -B $(BUILD)-bench -DCMAKE_BUILD_TYPE=Release -DGEUL_BUILD_TESTS=OFF -DGEUL_BUILD_BENCH=ON
	cmake --build $(BUILD)-bench -j $(JOBS)
	@$(MAKE) --no-print-directory -C . bench-run BUILD=$(BUILD)-bench
	@bench/wasm_size.sh $(BUILD)-bench/wasm-size "$(CORPUS)" $(BUILD)-bench/geul
	@bench/embedded_size/size.sh $(BUILD)-bench/embedded

# Every libFuzzer harness in fuzz/ for FUZZ_SECONDS each (docs/reliability.md); the
# corpus grows in $(BUILD)-fuzz/corpus across runs, crashes are saved next to it.
FUZZ_SECONDS ?= 60
fuzz:
	@tools/install-deps.sh build fuzz
	cmake -S fuzz -B $(BUILD)-fuzz -DCMAKE_CXX_COMPILER=clang++
	cmake --build $(BUILD)-fuzz -j $(JOBS)
	fuzz/run.sh $(BUILD)-fuzz $(FUZZ_SECONDS) $(BUILD)-fuzz/corpus

bench-run:
	@for b in $(BUILD)/bench/bench_*; do [ -x "$$b" ] && "$$b" "$(CORPUS)" || exit 1; done

clean:
	rm -rf $(BUILD) $(BUILD)-bench $(BUILD)-fuzz
