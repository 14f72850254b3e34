#!/usr/bin/env bash
# ctest fuzz_smoke: builds the fuzzers with clang (tests/fuzz/build.sh) into BUILD_DIR, then runs
# each one SECONDS seconds on a scratch copy of its committed seed corpus. Any crash, leak,
# sanitizer report or timeout fails the test and leaves the input under BUILD_DIR/artifacts/.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:?usage: smoke.sh BUILD_DIR [SECONDS]}
seconds=${2:-10}
start=$SECONDS
"$here/build.sh" "$build"
echo "fuzzers built in $((SECONDS - start)) s"
status=0
for target in repoparser repolistdiff linkheader ratelimit import; do
  work=$(mktemp -d)
  mkdir -p "$build/artifacts/$target"
  if ! "$build/fuzz_$target" "$work" "$here/corpus/$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
      -artifact_prefix="$build/artifacts/$target/" > "$build/fuzz_$target.log" 2>&1; then
    echo "fuzz_$target FAILED; see $build/fuzz_$target.log and $build/artifacts/$target/"
    tail -n 40 "$build/fuzz_$target.log"
    status=1
  else
    echo "fuzz_$target: $(grep -m1 'stat::number_of_executed_units' "$build/fuzz_$target.log" | awk '{print $2}') executions, no finding"
  fi
  rm -rf "$work"
done
echo "total $((SECONDS - start)) s"
exit $status
