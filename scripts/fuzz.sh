#!/usr/bin/env bash
# The long fuzz run: scripts/fuzz.sh TARGET [SECONDS] (TARGET: repoparser, repolistdiff,
# linkheader, ratelimit, import, or all). Builds the libFuzzer targets with clang into build-fuzzers/ (or
# $HUBWATCH_FUZZ_BUILD_DIR), then fuzzes from the committed seeds in tests/fuzz/corpus/TARGET/,
# growing a working corpus in build-fuzzers/corpus/TARGET/ that later runs start from.
# Crashing inputs land in build-fuzzers/artifacts/TARGET/: fix the parser, then copy the input
# into tests/fuzz/corpus/TARGET/ and add it as a Qt Test case (see README, "Fuzzing").
set -euo pipefail
cd "$(dirname "$0")/.."
target=${1:?usage: scripts/fuzz.sh TARGET|all [SECONDS]}
seconds=${2:-300}
build=${HUBWATCH_FUZZ_BUILD_DIR:-$PWD/build-fuzzers}
tests/fuzz/build.sh "$build"
if [ "$target" = all ]; then
  for t in repoparser repolistdiff linkheader ratelimit import; do "$0" "$t" "$seconds"; done
  exit 0
fi
[ -x "$build/fuzz_$target" ] || { echo "no fuzzer named $target" >&2; exit 2; }
mkdir -p "$build/corpus/$target" "$build/artifacts/$target"
log="$build/fuzz_$target.long.log"
echo "fuzzing $target for $seconds s (log: $log)"
set +e
"$build/fuzz_$target" "$build/corpus/$target" "tests/fuzz/corpus/$target" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
  -artifact_prefix="$build/artifacts/$target/" > "$log" 2>&1
status=$?
set -e
grep -E 'ERROR|SUMMARY|stat::number_of_executed_units|stat::new_units_added' "$log" || true
echo "fuzz_$target: $(ls "$build/corpus/$target" | wc -l) inputs in the working corpus; artifacts: $(ls "$build/artifacts/$target" | wc -l)"
exit "$status"
