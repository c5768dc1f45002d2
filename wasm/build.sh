#!/usr/bin/env bash
# Builds geul's WebAssembly module with Debian's Emscripten (3.1.6).
#
#   wasm/build.sh OUTDIR [OPT]        OPT: -Oz (default, what CMake ships) or -O3, -O2, -Os …
#
# Writes into OUTDIR:
#   geul.js, geul.d.ts       the JS API (ES module; wasm/geul.js, wasm/geul.d.ts)
#   geul-core.js, geul-core.wasm   the Emscripten module it loads (ES module + .wasm)
#   geul.single.js           one classic script, wasm inlined, API as globalThis.geul
#                            (for <script src> from file://, importScripts in workers)
#   package.json             {"type":"module"} so Node loads the .js files as ES modules
#
# Environment: EMXX (default em++), UTFCPP_INCLUDE (the directory holding utf8/core.h;
# default /usr/include/utf8cpp: the Emscripten sysroot does not see /usr/include and
# must not, since that would mix in the host's libc headers).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
out="${1:?usage: wasm/build.sh OUTDIR [-O3|-Oz|…]}"
opt="${2:--Oz}"
emxx="${EMXX:-em++}"
utfcpp="${UTFCPP_INCLUDE:-/usr/include/utf8cpp}"

command -v "$emxx" >/dev/null || { echo "wasm/build.sh: '$emxx' not found (tools/install-deps.sh wasm)" >&2; exit 1; }
[ -f "$utfcpp/utf8/core.h" ] || { echo "wasm/build.sh: utf8/core.h not under '$utfcpp' (set UTFCPP_INCLUDE)" >&2; exit 1; }
# Debian's emcc runs its JS optimizer at -O1 and above, which needs Debian's acorn.
export NODE_PATH="${NODE_PATH:-/usr/share/nodejs}"

mkdir -p "$out"
out="$(cd "$out" && pwd)"
obj="$out.obj"  # intermediates beside, not inside, the directory people ship
mkdir -p "$obj"

# The house flags: no exceptions, no RTTI, every warning an error. emcc turns
# off inlining at -Os/-Oz (-fno-inline-functions), which leaves even
# string_view::compare and std::min as calls: -finline-functions brings the
# speed of -O3 back to the parser (summarize at 0.7x) for 0.66x its size.
cxxflags=(-std=c++17 "$opt" -finline-functions -fno-exceptions -fno-rtti
  -Wall -Wextra -Werror -Wshadow -Wconversion -Wno-sign-conversion -Wpedantic
  -I"$root/include" -I"$utfcpp")
"$emxx" "${cxxflags[@]}" -c "$here/bindings.cpp" -o "$obj/bindings.o"

ldflags=("$opt" -fno-exceptions -fno-rtti
  -sMODULARIZE=1 -sEXPORT_NAME=createGeulCore
  -sFILESYSTEM=0 -sALLOW_MEMORY_GROWTH=1
  -sEXPORTED_FUNCTIONS=_geul_call,_geul_malloc,_geul_free
  -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm,print,printErr,onAbort)

# 1. ES module + .wasm, for bundlers and module workers. ENVIRONMENT=web,worker:
#    the Node branch of 3.1.6 does not work from an ES module; Node passes wasmBinary.
"$emxx" "$obj/bindings.o" -o "$out/geul-core.js" "${ldflags[@]}" -sEXPORT_ES6=1 -sENVIRONMENT=web,worker

# 2. One classic script with the wasm inlined (base64), for the page opened from
#    file:// (no fetch, no module scripts there) and for importScripts().
"$emxx" "$obj/bindings.o" -o "$obj/geul-core.single.js" "${ldflags[@]}" -sSINGLE_FILE=1 -sENVIRONMENT=web,worker

# The API between its markers, wrapped with the classic core into one script.
api="$(awk '/^\/\/ @geul-api-begin/{on=1;next} /^\/\/ @geul-api-end/{on=0} on' "$here/geul.js")"
grep -q 'createGeulCore' <<<"$api" || { echo "wasm/build.sh: API markers not found in wasm/geul.js" >&2; exit 1; }
{
  echo "// geul ${opt} single-file build: the WebAssembly module is inlined. API: globalThis.geul (see geul.d.ts)."
  echo "(function () {"
  echo "'use strict';"
  cat "$obj/geul-core.single.js"
  echo
  echo "$api"
  echo "globalThis.geul = geul;"
  echo "})();"
} >"$out/geul.single.js.tmp"
mv "$out/geul.single.js.tmp" "$out/geul.single.js"

cp "$here/geul.js" "$out/geul.js"
cp "$here/geul.d.ts" "$out/geul.d.ts"
echo '{ "type": "module" }' >"$out/package.json"
