# Sourced by the shell tests (POSIX sh): `skip REASON` exits 77, which ctest reports as skipped
# (SKIP_RETURN_CODE 77); in strict mode (HUBWATCH_STRICT_TESTS=1, set by scripts/test.sh and CI,
# whose machine has every prerequisite) it fails instead. See StrictSkip.h for the C++ tests.
skip() {
  if [ "${HUBWATCH_STRICT_TESTS:-0}" = 1 ]; then
    echo "FAIL: strict mode (HUBWATCH_STRICT_TESTS=1) does not skip: $*"
    exit 1
  fi
  echo "$*: skipped"
  exit 77
}
