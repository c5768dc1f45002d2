#!/bin/sh
# Builds reader.cpp (normalize + parse_article + summarize) the way an embedded
# user would and prints its stripped size as `key=value` lines (make bench).
#   bench/embedded_size/size.sh OUT_DIR [CXX]
# Flags: -Os -fno-exceptions -fno-rtti, function/data sections with
# --gc-sections, NDEBUG; libstdc++ linked dynamically (the figure is geul's
# code and what it instantiates; the static figure adds libstdc++ and libc).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
out=${1:?usage: size.sh OUT_DIR [CXX]}
cxx=${2:-${CXX:-c++}}
mkdir -p "$out"
utf8=""
[ -d /usr/include/utf8cpp ] && utf8="-I/usr/include/utf8cpp"
flags="-std=c++17 -Os -DNDEBUG -fno-exceptions -fno-rtti -ffunction-sections -fdata-sections -Wl,--gc-sections"
# shellcheck disable=SC2086
$cxx $flags -I"$root/include" $utf8 "$here/reader.cpp" -o "$out/geul_embedded"
strip -o "$out/geul_embedded.stripped" "$out/geul_embedded"
# shellcheck disable=SC2086
if $cxx $flags -static -I"$root/include" $utf8 "$here/reader.cpp" -o "$out/geul_embedded_static" 2>/dev/null; then
  strip -o "$out/geul_embedded_static.stripped" "$out/geul_embedded_static"
  static=$(stat -c %s "$out/geul_embedded_static.stripped")
else
  static=unavailable
fi
bytes=$(stat -c %s "$out/geul_embedded.stripped")
text=$(size -A "$out/geul_embedded.stripped" | awk '$1 == ".text" { print $2 }')
rodata=$(size -A "$out/geul_embedded.stripped" | awk '$1 == ".rodata" { print $2 }')
echo "embedded.flags=$flags"
echo "embedded.compiler=$($cxx --version | head -n 1)"
echo "embedded.stripped_bytes=$bytes"
echo "embedded.text_bytes=$text"
echo "embedded.rodata_bytes=$rodata"
echo "embedded.static_stripped_bytes=$static"
