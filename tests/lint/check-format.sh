#!/bin/sh
# The tree stays as .clang-format has it: a change that is not formatted fails here, with the
# files named, instead of in the next person's diff. Run scripts/format.sh to fix.
. "$(dirname "$0")/../support/skip.sh"
command -v clang-format-14 >/dev/null 2>&1 || command -v clang-format >/dev/null 2>&1 || skip "clang-format is not installed"
exec "$(dirname "$0")/../../scripts/format.sh" --check
