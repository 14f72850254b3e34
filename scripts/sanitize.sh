#!/usr/bin/env bash
# The whole test suite under AddressSanitizer + UndefinedBehaviorSanitizer, in its own build
# directory (build-asan). Too slow for CI's budget on two cores (a second full build plus a suite
# that runs 2-3x slower), so it is run by hand before a release:  scripts/sanitize.sh [ctest args]
# Qt itself is not instrumented; HubWatch's own code and tests are.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
build=${HUBWATCH_ASAN_DIR:-build-asan}
if [ ! -f "$build/build.ninja" ]; then
  flags="-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined"
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_FLAGS="$flags" -DCMAKE_EXE_LINKER_FLAGS="-fsanitize=address,undefined" \
    -DCMAKE_SHARED_LINKER_FLAGS="-fsanitize=address,undefined"
fi
cmake --build "$build" --parallel "$(nproc)"
# Leak checking is off: Qt's plugins and fontconfig keep process-lifetime allocations that
# LeakSanitizer reports at exit, drowning HubWatch's own. Any other report fails the test.
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
cd "$build"
# Packaging would ship an instrumented binary, and the fuzzers have their own sanitized build.
ctest --output-on-failure --parallel "$(nproc)" --timeout 900 -LE 'packaging|fuzz' "$@"
