#!/usr/bin/env bash
# Installs what geul's build, tests and benchmarks need on Debian, only if missing.
# Idempotent: runs `apt-get update` only when something has to be installed.
# Usage: tools/install-deps.sh [build|bench|wasm|browser|fuzz]...   (default: build)
set -euo pipefail

groups=("${@:-build}")
want=()
for g in "${groups[@]}"; do
  case "$g" in
    build)   want+=(g++ cmake make python3 libutfcpp-dev doctest-dev libicu-dev unicode-data bzip2 pkg-config) ;;
    bench)   want+=(libicu-dev) ;;
    # Debian's Emscripten 3.1.6 (pulls in binaryen and node-acorn, which emcc needs at -O1+) and Node.js for the tests.
    wasm)    want+=(emscripten nodejs) ;;
    # clang with the ASan/UBSan/TSan and libFuzzer runtimes (-fsanitize=fuzzer needs
    # libclang-rt-14-dev on bookworm); llvm gives llvm-symbolizer for readable reports.
    fuzz)    want+=(clang libclang-rt-14-dev llvm) ;;
    # The explorer page's browser tests: Debian's Chromium (driven by the npm package
    # playwright-core, which `npm ci` installs into the build; no browser download),
    # npm (only when missing: a Node.js build that bundles npm conflicts with Debian's
    # npm package), and a Korean font so the screenshots show Hangul, not boxes.
    browser) want+=(chromium fonts-nanum); command -v npm >/dev/null || want+=(npm) ;;
    *) echo "install-deps.sh: unknown group '$g' (build, bench, wasm, browser, fuzz)" >&2; exit 2 ;;
  esac
done

missing=()
for p in "${want[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "install-deps.sh: installing ${missing[*]}" >&2
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null; then SUDO="sudo"; else
    echo "install-deps.sh: need root (or sudo) to install: ${missing[*]}" >&2; exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
# Try without refreshing the package lists first; refresh only if that fails.
if ! $SUDO apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1; then
  $SUDO apt-get update -qq
  $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi
