#!/usr/bin/env bash
# WASM module size and speed, for -Oz (shipped) and -O3: builds both with
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

for opt in Oz O3; do
  "$root/wasm/build.sh" "$work/wasm-$opt" "-$opt" >/dev/null
done
# What the Unicode normalization tables cost: their bytes (as laid out in wasm
# memory: little-endian, no padding between elements), raw and gzipped on their own.
cat >"$work/unicode_tables_dump.cpp" <<'CPP'
#include <geul/unicode/tables.hpp>
#include <cstdio>
template <class T, std::size_t N> void put(const T (&a)[N]) { std::fwrite(a, sizeof(T), N, stdout); }
int main() {
  using namespace geul::detail;
  put(norm_trie_stage1), put(norm_trie_stage2), put(norm_trie_stage3), put(norm_extra);
  put(comp_first_begin), put(comp_pairs);
}
CPP
if "${CXX:-c++}" -std=c++17 -I"$root/include" "$work/unicode_tables_dump.cpp" -o "$work/unicode_tables_dump" 2>/dev/null; then
  "$work/unicode_tables_dump" >"$work/unicode_tables.bin"
  echo "wasm.size.unicode_tables_bytes=$(wc -c <"$work/unicode_tables.bin")"
  echo "wasm.size.unicode_tables_gzip_bytes=$(gzip -9c "$work/unicode_tables.bin" | wc -c)"
else
  echo "wasm.size.unicode_tables_bytes=unknown (the table names in unicode/tables.hpp changed)"
fi
node "$here/wasm_bench.mjs" "$corpus" "$native" "Oz=$work/wasm-Oz" "O3=$work/wasm-O3"
