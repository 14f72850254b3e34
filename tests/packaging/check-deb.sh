#!/bin/sh
# Builds the .deb with cpack from this (already built) tree and checks its control fields and
# files: the plugins shlibdeps cannot see are in Depends, and every piece of desktop integration
# is in place. Usage: check-deb.sh CPackConfig.cmake OUTDIR
set -eu
. "$(dirname "$0")/../support/skip.sh"
config=$1 dir=$2
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool is not installed"
done
rm -rf "$dir"
mkdir -p "$dir"
cpack --config "$config" -G DEB -B "$dir" > "$dir/cpack.log" 2>&1 || { cat "$dir/cpack.log"; exit 1; }
set -- "$dir"/hubwatch_*.deb
[ $# -eq 1 ] && [ -f "$1" ] || { echo "cpack made no single hubwatch_*.deb"; cat "$dir/cpack.log"; exit 1; }
deb=$1
echo "$deb"
dpkg-deb -f "$deb" Package Version Architecture Section Depends Recommends Suggests
fail=0
has() { # FIELD PACKAGE: the field names the package
  dpkg-deb -f "$deb" "$1" | tr ',|' '\n\n' | sed 's/^ *//; s/ .*//' | grep -qx "$2" \
    || { echo "FAIL: $1 lacks $2"; fail=1; }
}
# shlibdeps' part, and the run-time plugins named by hand.
for p in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6sql6 libqt6charts6 libqt6keychain1 \
         libqt6sql6-sqlite libqt6svg6; do
  has Depends "$p"
done
has Recommends libqt6sql6-psql

files=$(dpkg-deb -c "$deb" | awk '{ print $6 }')
for f in /usr/bin/hubwatch \
         /usr/share/applications/io.github.hubwatch.HubWatch.desktop \
         /usr/share/metainfo/io.github.hubwatch.HubWatch.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.hubwatch.HubWatch.svg \
         /usr/share/man/man1/hubwatch.1.gz \
         /usr/share/doc/hubwatch/copyright \
         /usr/share/doc/hubwatch/changelog.gz \
         /usr/lib/systemd/user/hubwatch-collector.service; do
  printf '%s\n' "$files" | grep -qx ".$f" || { echo "FAIL: the package lacks $f"; fail=1; }
done
for size in 16 22 24 32 48 64 128 256 512; do
  f=/usr/share/icons/hicolor/${size}x${size}/apps/io.github.hubwatch.HubWatch.png
  printf '%s\n' "$files" | grep -qx ".$f" || { echo "FAIL: the package lacks $f (is rsvg-convert installed?)"; fail=1; }
done
outside=$(printf '%s\n' "$files" | grep -v '^\./usr/' | grep -v '^\./$' || true)
[ -z "$outside" ] || { echo "FAIL: files outside /usr: $outside"; fail=1; }
[ "$fail" -eq 0 ] && echo "the package holds what it should"
exit "$fail"
