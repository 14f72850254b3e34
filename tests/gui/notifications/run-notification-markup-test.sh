#!/usr/bin/env bash
# End to end: alerts naming a category with markup in it ("<b>x</b>", a link, an entity), shown
# through the real TrayIcon to a real notification server (dunst, which reads bodies as markup)
# on a private D-Bus session in Xvfb. A body quoting the name (an older version's stored text)
# must be escaped on the wire, so the server shows the literal text; the summary is plain text by
# the specification and goes as it is; a hot category's body does not repeat its title.
# Usage: run-notification-markup-test.sh NOTIFY_DRIVER
set -euo pipefail
driver=$1
. "$(dirname "$0")/../../support/skip.sh"
for tool in xvfb-run dbus-run-session dunst status-notifier-watcher gdbus dbus-monitor; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run scripts/install-deps.sh test"; exit 1; }
done
work=$(mktemp -d)
trap '[ -n "${KEEP_WORK:-}" ] || rm -rf "$work"' EXIT
export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

label='<b>x</b> <a href="http://e">y</a> &amp; <i>z'
xvfb-run -a -s "-screen 0 640x480x24" dbus-run-session -- bash -c '
  log=$1; shift
  dbus-monitor "interface=org.freedesktop.Notifications,member=Notify" >"$log/notify.log" 2>&1 & m=$!
  status-notifier-watcher >/dev/null 2>&1 & w=$!
  dunst -print >"$log/dunst.log" 2>"$log/dunst.err" & d=$!
  sleep 1
  gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
    --method org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost org.kde.StatusNotifierHost-test >/dev/null
  timeout 30 "$@" >"$log/app.out" 2>"$log/app.err"; rc=$?
  sleep 1
  kill $m $w $d 2>/dev/null
  exit $rc' _ "$work" "$driver" "$label" || { echo "FAIL: the driver exited with an error"; cat "$work/app.err"; exit 1; }

escaped='&lt;b&gt;x&lt;/b&gt; &lt;a href="http://e"&gt;y&lt;/a&gt; &amp;amp; &lt;i&gt;z lost downloads'
raw="$label lost downloads"
echo "--- Notify calls seen on the bus"
grep -A6 'member=Notify' "$work/notify.log" || true
echo "--- what dunst shows"
grep -E "summary:|body:" "$work/dunst.log" || true
ok=1
grep -qF -- "string \"Hot category: $label\"" "$work/notify.log" || { echo "FAIL: the summary is not the literal category"; ok=0; }
grep -qF -- "string \"Now 31.5% of the top-50 models' download velocity" "$work/notify.log" ||
  { echo "FAIL: the hot category's body is not the share alone"; ok=0; }
# The line after the summary is the body: neither the title nor the category again.
hot_body=$(grep -F -A1 -- "string \"Hot category: $label\"" "$work/notify.log" | sed -n 2p)
case "$hot_body" in *Hot\ category* | *'&lt;b&gt;x'* | *'<b>x'*) echo "FAIL: the body repeats the title: $hot_body"; ok=0 ;; esac
grep -qF -- "string \"$escaped" "$work/notify.log" || { echo "FAIL: the body is not escaped for a markup server"; ok=0; }
if grep -qF -- "string \"$raw" "$work/notify.log"; then echo "FAIL: the body reached the server as markup"; ok=0; fi
# dunst's own rendering ("formatted:", Pango markup): the body's markup characters are text there.
grep -qF -- "formatted: " "$work/dunst.log" || { echo "FAIL: dunst showed no notification"; ok=0; }
if grep -qF -- '<b>x</b> y &amp; <i>z' "$work/dunst.log"; then echo "FAIL: dunst rendered the body's markup"; ok=0; fi
if [ "$ok" = 1 ]; then
  echo "notification markup: passed"
  exit 0
fi
echo "--- dunst.log"; cat "$work/dunst.log"; echo "--- app.err"; cat "$work/app.err"
exit 1
