#!/usr/bin/env bash
# Runs a command in a desktop session that has a system tray: Xvfb, a private D-Bus session and
# a StatusNotifier watcher with a host registered (what QSystemTrayIcon looks for on Linux).
# Usage: run-in-tray-session.sh COMMAND [ARGS…]; exits with the command's status.
set -euo pipefail
for tool in xvfb-run dbus-run-session status-notifier-watcher gdbus; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run scripts/install-deps.sh test"; exit 1; }
done
exec xvfb-run -a -s "-screen 0 1280x800x24" dbus-run-session -- bash -c '
  status-notifier-watcher >/dev/null 2>&1 & watcher=$!
  registered=0
  for _ in $(seq 50); do
    if gdbus call --session --dest org.kde.StatusNotifierWatcher --object-path /StatusNotifierWatcher \
        --method org.kde.StatusNotifierWatcher.RegisterStatusNotifierHost org.kde.StatusNotifierHost-test >/dev/null 2>&1; then
      registered=1; break
    fi
    sleep 0.1
  done
  [ "$registered" = 1 ] || { echo "FAIL: the StatusNotifier watcher did not start"; kill $watcher; exit 1; }
  rc=0; "$@" || rc=$?
  kill $watcher 2>/dev/null || true
  exit $rc' _ "$@"
