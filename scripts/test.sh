#!/usr/bin/env bash
# The second README command: install what is missing, build, run the whole suite with ctest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh test
scripts/build.sh
cd "${HUBWATCH_BUILD_DIR:-build}"
ctest --output-on-failure --parallel "$(nproc)" "$@"
