#!/usr/bin/env bash
# Formats every C++ file of the project with its .clang-format (Debian 12's clang-format 14).
#   scripts/format.sh          rewrite the files in place
#   scripts/format.sh --check  change nothing; list the files that differ and fail if any does
set -euo pipefail
cd "$(dirname "$0")/.."
cf=$(command -v clang-format-14 || command -v clang-format || true)
[ -n "$cf" ] || { echo "clang-format is not installed (scripts/install-deps.sh test installs it)" >&2; exit 2; }
mapfile -t files < <(find app ui tests bench translations -name '*.cpp' -o -name '*.h' | grep -v '/node_modules/' | sort)
if [ "${1:-}" = --check ]; then
  # One run over all files: it names each file and line that differs.
  if out=$("$cf" --dry-run --Werror "${files[@]}" 2>&1); then
    echo "${#files[@]} files formatted"
    exit 0
  fi
  printf '%s\n' "$out" | grep -o '^[^:]*\.\(cpp\|h\):' | sort -u | sed 's/:$//; s/^/not formatted: /'
  exit 1
fi
"$cf" -i "${files[@]}"
