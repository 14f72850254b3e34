#!/bin/sh
# Runs a checker and fails if it fails or says anything (desktop-file-validate prints warnings and
# hints but exits 0 on them). Exit code 77 (skipped) when the checker is not installed
# (a failure in strict mode).
. "$(dirname "$0")/../support/skip.sh"
command -v "$1" >/dev/null 2>&1 || skip "$1 is not installed"
out=$("$@" 2>&1); rc=$?
[ -z "$out" ] || printf '%s\n' "$out"
[ "$rc" -eq 0 ] || exit "$rc"
case "$1" in
  appstreamcli) exit 0 ;;  # it prints its verdict; warnings and errors make it exit 3
esac
[ -z "$out" ]
