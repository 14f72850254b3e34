#!/usr/bin/env bash
# Makes the README's screenshots (docs/screenshots/*.png) from the built-in demo history, the way a
# user meets the window: the real app under Xvfb, driven by real pointer and key events (xdotool),
# captured from the screen. The chart shot rests the pointer on the plot for 3 s first, so the
# value box it shows is the one that stays while the pointer rests.
#   scripts/screenshots.sh [LANG]     (default en; the files are named after the views)
set -euo pipefail
cd "$(dirname "$0")/.."
lang=${1:-en}
scripts/install-deps.sh screenshots
build=${HUBWATCH_BUILD_DIR:-build}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
cmake --build "$build" --target hubwatch hubwatch-desktop --parallel "$(nproc)"
out=$PWD/docs/screenshots
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Nothing of the user's own: settings, history and the demo's cache stay in here.
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache HOME=$tmp/home
mkdir -p "$HOME" "$out"
# The demo history is made once, before the window's clock starts.
"$build/app/hubwatch" --demo status >/dev/null

export APP=$PWD/$build/app/hubwatch-desktop LANG_ARG=$lang OUT=$out
xvfb-run -a -s "-screen 0 1280x800x24" bash -euc '
  "$APP" --demo --lang "$LANG_ARG" & app=$!
  win=
  for _ in $(seq 100); do win=$(xdotool search --onlyvisible --name HubWatch 2>/dev/null | head -1) && [ -n "$win" ] && break; sleep 0.2; done
  [ -n "$win" ] || { echo "the window did not open" >&2; exit 1; }
  sleep 3
  xdotool windowmove "$win" 0 0
  xdotool windowsize "$win" 1280 800
  sleep 1
  xdotool mousemove 640 400 click 1 # focus: no window manager runs here
  shot() { sleep 2; import -window "$win" "$OUT/$1.png"; }
  xdotool key ctrl+1; shot dashboard
  xdotool key ctrl+2; sleep 3
  # Rest on the plot (the last fifth of the time axis) until the value box has settled.
  xdotool mousemove 1020 360; sleep 1; xdotool mousemove 1024 362; sleep 3
  import -window "$win" "$OUT/charts.png"
  xdotool mousemove 100 700
  xdotool key ctrl+4; shot guidance
  xdotool key ctrl+5; shot licences
  kill "$app"; wait "$app" 2>/dev/null || true'
"$build/app/hubwatch" --demo export-png --chart hot --size 1200x675 --out "$out/hot-categories.png" >/dev/null
ls -l "$out"
