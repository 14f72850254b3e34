#!/usr/bin/env bash
# Configures (once) and builds the libFuzzer targets with clang into BUILD_DIR (default
# build-fuzzers/), away from the main gcc build. Used by scripts/fuzz.sh and smoke.sh.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-$here/../../build-fuzzers}
. "$here/../support/skip.sh"
command -v clang++ >/dev/null || skip "clang++ not found: install clang and libclang-rt-14-dev to fuzz" >&2
if [ ! -f "$build/build.ninja" ]; then
  launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  CC=clang CXX=clang++ cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug "${launcher[@]}" >/dev/null
fi
cmake --build "$build" --parallel "$(nproc)"
