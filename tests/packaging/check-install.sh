#!/bin/sh
# Installs the .deb with apt-get (offline: every dependency must already be on the machine),
# runs the installed hubwatch, verifies the installed collector unit, then purges the package and
# checks that none of its files is left. Root only; skipped when a hubwatch package is already
# installed, which this test must not replace or remove. Usage: check-install.sh DEBDIR
set -eu
. "$(dirname "$0")/../support/skip.sh"
dir=$1
[ "$(id -u)" -eq 0 ] || skip "not root"
command -v apt-get >/dev/null 2>&1 || skip "no apt-get"
if dpkg-query -W -f='${Status}\n' hubwatch 2>/dev/null | grep -qv '^unknown\|not-installed'; then
  dpkg-query -W -f='${Status} ${Version}\n' hubwatch
  skip "a hubwatch package is already installed"
fi
set -- "$dir"/hubwatch_*.deb
[ -f "$1" ] || { echo "no .deb: packaging_deb failed"; exit 1; }
deb=$(readlink -f "$1")
export DEBIAN_FRONTEND=noninteractive
apt="apt-get -o DPkg::Lock::Timeout=120 -y -q"
tmp=$(mktemp -d)
installed=
cleanup() {
  [ -z "$installed" ] || $apt purge hubwatch >/dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT

# Everything but the package itself must already be on this machine: no network is needed.
others=$($apt --simulate install "$deb" | awk '/^Inst / && $2 != "hubwatch" { print $2 }')
[ -z "$others" ] || { echo "FAIL: installing would download:" $others; exit 1; }
# The folders the package brings that this machine does not have yet must go with it.
dpkg-deb -c "$deb" | awk '$1 ~ /^d/ { sub(/^\./, "", $6); sub(/\/$/, "", $6); if ($6 != "") print $6 }' |
  while read -r d; do [ -e "$d" ] || echo "$d"; done > "$tmp/newdirs"
installed=yes
$apt install "$deb"
dpkg-query -L hubwatch | while read -r f; do [ -d "$f" ] || echo "$f"; done > "$tmp/files"
echo "installed $(wc -l < "$tmp/files") files"

# The installed program, with a clean environment: the system's Qt, not the build tree's.
version=$(env -i PATH=/usr/bin:/bin HOME="$tmp" hubwatch --version)
echo "$version"
case "$version" in "HubWatch "*) ;; *) echo "FAIL: hubwatch --version said: $version"; exit 1 ;; esac
# The SQLite driver (a plugin, from Depends): a point imported into a new history exports again.
printf 'time,series,downloads_all_time,downloads_30d,likes,repos_covered,models,datasets,scope\r\n2026-11-26T12:00:00.000Z,model:org/name,100,10,1,,,,\r\n' > "$tmp/point.csv"
env -i PATH=/usr/bin:/bin HOME="$tmp" hubwatch import "$tmp/point.csv" --db "$tmp/history.sqlite"
env -i PATH=/usr/bin:/bin HOME="$tmp" hubwatch export-csv --db "$tmp/history.sqlite" --out "$tmp/again.csv"
cmp "$tmp/point.csv" "$tmp/again.csv" || { echo "FAIL: the SQLite history did not give the point back"; exit 1; }
# Qt Gui, its offscreen platform plugin and Qt Charts: a chart of that point, with no display.
env -i PATH=/usr/bin:/bin HOME="$tmp" XDG_RUNTIME_DIR="$tmp" hubwatch export-png --series model:org/name \
  --db "$tmp/history.sqlite" --out "$tmp/chart.png"
[ -s "$tmp/chart.png" ] || { echo "FAIL: no chart drawn"; exit 1; }
# The translations travel inside the binary: German and Chinese from the installed package, by
# --lang and by the system locale.
env -i PATH=/usr/bin:/bin HOME="$tmp" hubwatch --lang de --help | grep -q '^Aufruf:' \
  || { echo "FAIL: hubwatch --lang de --help is not German"; exit 1; }
env -i PATH=/usr/bin:/bin HOME="$tmp" LANG=zh_CN.UTF-8 hubwatch --help | grep -q '^用法' \
  || { echo "FAIL: hubwatch --help under LANG=zh_CN.UTF-8 is not Chinese"; exit 1; }

# The application menu's data, where desktops and software centres look for it.
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate /usr/share/applications/io.github.hubwatch.HubWatch.desktop
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate --no-net /usr/share/metainfo/io.github.hubwatch.HubWatch.metainfo.xml
fi

# The installed unit as it is, now that /usr/bin/hubwatch and man:hubwatch(1) exist.
if command -v systemd-analyze >/dev/null 2>&1; then
  mkdir -m 700 "$tmp/run"
  # (dpkg may be told to leave out man pages, as minimal container images do)
  man=yes; [ -e /usr/share/man/man1/hubwatch.1.gz ] || man=no
  out=$(XDG_RUNTIME_DIR=$tmp/run systemd-analyze verify --user --man=$man /usr/lib/systemd/user/hubwatch-collector.service 2>&1) \
    || { echo "$out"; exit 1; }
  [ -z "$out" ] || { echo "FAIL: $out"; exit 1; }
  echo "systemd-analyze verify: the installed unit is fine"
fi

$apt purge hubwatch
installed=
left=$(cat "$tmp/files" "$tmp/newdirs" | while read -r f; do [ -e "$f" ] && echo "$f"; done || true)
[ -z "$left" ] || { echo "FAIL: left behind after purge:"; echo "$left"; exit 1; }
status=$(dpkg-query -W -f='${Status}' hubwatch 2>/dev/null || echo "unknown ok not-installed")
case "$status" in *" not-installed") ;; *) echo "FAIL: after purge dpkg says: $status"; exit 1 ;; esac
echo "installed, ran and purged cleanly"
