#!/usr/bin/env bash
# Builds the benchmarks (Release, -DHUBWATCH_BUILD_BENCH=ON) into ./build-bench and runs them.
# Extra arguments go to Google Benchmark, e.g. --benchmark_filter=Series --benchmark_format=json.
# The first run generates a 5-million-sample history (build-bench/bench-history.sqlite, ~1 min).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh bench
build=${HUBWATCH_BENCH_BUILD_DIR:-build-bench}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUBWATCH_BUILD_BENCH=ON -DHUBWATCH_BUILD_TESTS=OFF
fi
cmake --build "$build" --target bench_store --parallel "$(nproc)"
exec "$build/bench/bench_store" "$@"
