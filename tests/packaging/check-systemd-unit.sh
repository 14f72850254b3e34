#!/bin/sh
# Verifies the collector's user unit with systemd-analyze. The unit names /usr/bin/hubwatch and
# man:hubwatch(1), which a build tree does not have: a copy pointing at the built binary is
# verified with --man=no (the install test verifies the installed unit as it is).
# Usage: check-systemd-unit.sh UNIT HUBWATCH
set -eu
. "$(dirname "$0")/../support/skip.sh"
unit=$1 hubwatch=$2
command -v systemd-analyze >/dev/null 2>&1 || skip "systemd-analyze is not installed"
dir=$(mktemp -d); trap 'rm -rf "$dir"' EXIT
# The user manager it simulates needs a runtime directory, which a container has none of.
mkdir -m 700 "$dir/run"
sed "s|^ExecStart=/usr/bin/hubwatch |ExecStart=$hubwatch |" "$unit" > "$dir/$(basename "$unit")"
grep -q "^ExecStart=$hubwatch poll" "$dir/$(basename "$unit")" || { echo "no ExecStart=/usr/bin/hubwatch poll"; exit 1; }
out=$(XDG_RUNTIME_DIR=$dir/run systemd-analyze verify --user --man=no "$dir/$(basename "$unit")" 2>&1) || { echo "$out"; exit 1; }
# It exits 0 after unknown keys or bad values: any message is a failure.
[ -z "$out" ] || { echo "$out"; exit 1; }
echo "systemd-analyze verify: no complaint"
