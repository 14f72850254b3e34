#!/usr/bin/env bash
# End to end: the real desktop app, a real tray watcher and notification server on a private
# D-Bus session in Xvfb, and the fake Hub. A watched model crosses a milestone while HubWatch is
# closed; the next start must notify exactly once, and a restart must not notify again.
# Usage: run-notification-test.sh DESKTOP_DRIVER FAKEHUB_SERVER
# (the driver runs the real desktop wiring and quits once its first poll is complete)
set -euo pipefail
driver=$1
fakehub=$2
for tool in xvfb-run dbus-run-session dunst status-notifier-watcher gdbus curl; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run scripts/install-deps.sh test"; exit 1; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

"$fakehub" --models 5 --datasets 0 >"$work/fakehub.out" 2>"$work/fakehub.err" &
for _ in $(seq 50); do [ -s "$work/fakehub.out" ] && break; sleep 0.1; done
url=$(head -1 "$work/fakehub.out")
[ -n "$url" ] || { echo "FAIL: the fake Hub did not start"; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache"
export XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset HF_TOKEN HUGGING_FACE_HUB_TOKEN HF_ENDPOINT HF_HUB_OFFLINE
db="$work/history.sqlite"
# The watched model: the first one the fake Hub lists.
model=$(curl -s "$url/api/models?sort=downloads&limit=1" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p')
[ -n "$model" ] || { echo "FAIL: could not read a model id from the fake Hub"; exit 1; }
args=(--endpoint "$url" --db "$db" --top-models 5 --top-datasets 0 --watch "model:$model")

run_session() { # $1: log dir. One desktop session with tray + notification server.
  mkdir -p "$1"
  xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
    log=$1; shift
    status-notifier-watcher >/dev/null 2>&1 & w=$!
    dunst -print >"$log/dunst.log" 2>"$log/dunst.err" & d=$!
    sleep 1
    gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
      --method org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost org.kde.StatusNotifierHost-test >/dev/null
    timeout 60 "$@" >"$log/app.out" 2>"$log/app.err"; rc=$?
    sleep 1
    kill $w $d 2>/dev/null
    exit $rc' _ "$1" "$driver" -- "${args[@]}"
}

# 1. A baseline poll: nothing to announce.
run_session "$work/s1" || { echo "FAIL: first session exited with an error"; cat "$work/s1/app.err"; exit 1; }
# 2. While HubWatch is closed, the model's all-time count passes its next milestone.
alltime=$(curl -s "$url/api/models/$model?expand[]=downloadsAllTime" | sed -n 's/.*"downloadsAllTime":\([0-9]*\).*/\1/p')
rung=0; base=1  # the next rung of the 1, 2, 5 x 10^k ladder above the current count
while [ "$rung" -eq 0 ]; do
  for m in 1 2 5; do
    if [ $((m * base)) -gt "$alltime" ]; then rung=$((m * base)); break; fi
  done
  base=$((base * 10))
done
curl -s "$url/__fakehub/bump?kind=model&id=$model&by=$((rung - alltime + 1000))" >/dev/null
run_session "$work/s2" || { echo "FAIL: second session exited with an error"; cat "$work/s2/app.err"; exit 1; }
# 3. A restart: the alert must not come again.
run_session "$work/s3" || { echo "FAIL: third session exited with an error"; cat "$work/s3/app.err"; exit 1; }

title="summary: 'model $model passed"
n1=$(grep -c -- "$title" "$work/s1/dunst.log" || true)
n2=$(grep -c -- "$title" "$work/s2/dunst.log" || true)
n3=$(grep -c -- "$title" "$work/s3/dunst.log" || true)
echo "milestone for $model: all-time $alltime, next milestone $rung"
echo "notifications \"$title…\": before $n1, after the crossing $n2, after a restart $n3"
grep -- "$title" "$work/s2/dunst.log" | head -3 || true
# The server names the sender by the app's display name, not the executable's; the body adds
# the time, it does not say the title again.
ok=1
grep -B2 -- "$title" "$work/s2/dunst.log" | grep -qF "appname: 'HubWatch'" || { echo "FAIL: the notification's app name is not HubWatch"; ok=0; }
if grep -A1 -- "$title" "$work/s2/dunst.log" | grep -F "body:" | grep -qF "$model"; then
  echo "FAIL: the body repeats the model named in the title"; ok=0
fi
if [ "$ok" = 1 ] && [ "$n1" -eq 0 ] && [ "$n2" -eq 1 ] && [ "$n3" -eq 0 ]; then
  echo "notifications: passed"
  exit 0
fi
echo "FAIL: expected 0, 1 and 0 notifications"
for s in s1 s2 s3; do echo "--- $s dunst.log"; cat "$work/$s/dunst.log"; echo "--- $s app.err"; cat "$work/$s/app.err"; done
exit 1
