#!/bin/sh
# lintian on the .deb that packaging_deb built: no error and no warning (info and pedantic tags
# are shown, not fatal). No override file is shipped. Usage: check-lintian.sh DEBDIR
set -eu
. "$(dirname "$0")/../support/skip.sh"
command -v lintian >/dev/null 2>&1 || skip "lintian is not installed"
set -- "$1"/hubwatch_*.deb
[ -f "$1" ] || { echo "no .deb: packaging_deb failed"; exit 1; }
lintian --display-info --pedantic --tag-display-limit 0 --fail-on error,warning "$1"
echo "lintian: no error or warning"
