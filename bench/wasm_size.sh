#!/usr/bin/env bash
# WASM module size and speed, for -O3 (shipped) and -Oz: builds both with
# wasm/build.sh under WORKDIR, then prints key=value lines (bench/wasm_bench.mjs):
# wasm.size.<opt>.{wasm,core_js,api_js,single_js}_{bytes,gzip_bytes}, total_gzip_bytes,
# the code/data sections, wasm.speed.<opt>.*; the shipped build again as wasm.size.* / wasm.speed.*.
#
#   bench/wasm_size.sh WORKDIR [CORPUS_DIR] [NATIVE_CLI]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
work="${1:?usage: bench/wasm_size.sh WORKDIR [CORPUS_DIR] [NATIVE_CLI]}"
corpus="${2:-$root/../shared/corpus}"
native="${3:--}"
command -v em++ >/dev/null && command -v node >/dev/null || {
  echo "wasm_size: skipped (needs em++ and node: tools/install-deps.sh wasm)"; exit 0; }

for opt in O3 Oz; do
  "$root/wasm/build.sh" "$work/wasm-$opt" "-$opt" >/dev/null
done
# The Unicode normalization tables' own size (the generator records it in the header).
tables=$(sed -n 's/.*normalization_table_bytes = \([0-9]*\);.*/\1/p' "$root/include/geul/unicode/tables.hpp")
echo "wasm.size.unicode_tables_bytes=${tables:-unknown}"
node "$here/wasm_bench.mjs" "$corpus" "$native" "O3=$work/wasm-O3" "Oz=$work/wasm-Oz"
