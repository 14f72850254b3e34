#!/usr/bin/env bash
# The first README command: install what is missing, build, start the desktop app.
# Extra arguments go to hubwatch (e.g. scripts/run.sh --offline).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh run
scripts/build.sh
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${QT_QPA_PLATFORM:-}" = "" ]; then
  echo "No display found: starting HubWatch in a virtual X server (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1280x800x24" build/app/hubwatch "$@"
fi
exec build/app/hubwatch "$@"
