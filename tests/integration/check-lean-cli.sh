#!/bin/sh
# The headless `hubwatch` stays lean: a collector or a status check loads no widget, chart or GUI
# library and no platform plugin, so it runs where there is no display and starts fast.
#   check-lean-cli.sh HUBWATCH_BIN
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache HF_HOME=$tmp/hf HF_HUB_OFFLINE=1
fail=0

# Linked: no Qt GUI module among the executable's own libraries.
if readelf -d "$bin" | grep -E 'NEEDED.*libQt6(Gui|Widgets|Charts|OpenGL)' >"$tmp/needed"; then
    echo "FAIL: $bin links a GUI library:"; cat "$tmp/needed"; fail=1
fi

# Loaded at run time, by the commands a collector and a script use. A platform plugin that does
# not exist would abort a QGuiApplication, so each command must also succeed with one named.
for cmd in "--version" "--help" "status --offline --db $tmp/h.sqlite" "alerts --db $tmp/h.sqlite" "check --db $tmp/h.sqlite"; do
    # shellcheck disable=SC2086 # the command's words
    QT_QPA_PLATFORM=no-such-platform LD_DEBUG=files LD_DEBUG_OUTPUT=$tmp/ld "$bin" $cmd >"$tmp/out" 2>&1
    rc=$?
    if cat "$tmp"/ld.* 2>/dev/null | grep -E 'file=[^ ]*(libQt6(Gui|Widgets|Charts|OpenGL)|/platforms/)' | head -3 >"$tmp/loaded" && [ -s "$tmp/loaded" ]; then
        echo "FAIL: hubwatch $cmd loads GUI code:"; cat "$tmp/loaded"; fail=1
    fi
    if [ "$rc" -gt 2 ] || grep -q 'platform plugin' "$tmp/out"; then
        echo "FAIL: hubwatch $cmd without a display platform exited $rc:"; cat "$tmp/out"; fail=1
    fi
    rm -f "$tmp"/ld.*
done
[ "$fail" -eq 0 ] && echo "hubwatch is headless: no GUI library linked or loaded"
exit "$fail"
