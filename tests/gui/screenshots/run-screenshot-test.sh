#!/usr/bin/env bash
# Each main view of the real app under Xvfb, against the fake Hub, after months of generated
# history and one live poll; plus a new user's first run on an empty history. Every screenshot
# must be the window at its saved size, carry real content (many colours, no single colour
# flooding it) and differ from the others in its content area (the status bar holds a clock).
# The driver runs the real desktop wiring and says which view it shows and how its poll ended:
# both are checked, so a view that silently fell back to the dashboard, or a failed poll, fails.
# The PNGs stay in OUTDIR for people to look at.
# Usage: run-screenshot-test.sh DESKTOP_DRIVER HUBWATCH FAKEHUB_SERVER MAKE_HISTORY OUTDIR
set -euo pipefail
driver=$1 hubwatch=$2 fakehub=$3 make_history=$4 out=$5
for tool in xvfb-run identify convert; do
  command -v "$tool" >/dev/null || { echo "FAIL: $tool is missing: run scripts/install-deps.sh test"; exit 1; }
done
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT
rm -rf "$out" && mkdir -p "$out"

models=300 datasets=150
"$fakehub" --models $models --datasets $datasets >"$work/fakehub.out" 2>"$work/fakehub.err" &
for _ in $(seq 50); do [ -s "$work/fakehub.out" ] && break; sleep 0.1; done
url=$(head -1 "$work/fakehub.out")
[ -n "$url" ] || { echo "FAIL: the fake Hub did not start"; exit 1; }

export HOME="$work/home" XDG_DATA_HOME="$work/data" XDG_CACHE_HOME="$work/cache" XDG_RUNTIME_DIR="$work/run"
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset HF_TOKEN HUGGING_FACE_HUB_TOKEN HF_ENDPOINT HF_HUB_OFFLINE DISPLAY WAYLAND_DISPLAY QT_QPA_PLATFORM
export LANG=C.UTF-8 LC_ALL=C.UTF-8

# Watch the two most downloaded models, so the watchlist and comparisons have rows.
mapfile -t watched < <(curl -s "$url/api/models?sort=downloads&limit=2" | grep -o '"id":"[^"]*"' | cut -d'"' -f4)
[ ${#watched[@]} -eq 2 ] || { echo "FAIL: could not list models from the fake Hub"; exit 1; }
db="$work/history.sqlite"
"$make_history" "$db" $models $datasets 120 12 "model:${watched[0]}" "model:${watched[1]}" >/dev/null

shoot() { # $1 name, $2 lastView ("" for the default), $3 database
  local config="$work/config-$1"
  mkdir -p "$config/HubWatch"
  {
    echo "[scope]"
    echo "topModels=$models"
    echo "topDatasets=$datasets"
    echo "watch=model:${watched[0]}, model:${watched[1]}"
    echo "[ui]"
    echo "geometry=@ByteArray()"
    [ -n "$2" ] && echo "lastView=$2"
  } >"$config/HubWatch/hubwatch.conf"
  XDG_CONFIG_HOME="$config" \
    timeout 90 xvfb-run -a -s "-screen 0 1280x800x24" "$driver" --shot "$out/$1.png" -- --endpoint "$url" --db "$3" \
    >"$work/$1.out" 2>"$work/$1.err" || { echo "FAIL: $1: the app exited with an error"; cat "$work/$1.out" "$work/$1.err"; exit 1; }
  [ -s "$out/$1.png" ] || { echo "FAIL: $1: no screenshot was saved"; cat "$work/$1.err"; exit 1; }
  grep -qx "poll: stored" "$work/$1.out" || { echo "FAIL: $1: the poll did not end stored"; cat "$work/$1.out"; exit 1; }
  local shown
  shown=$(sed -n 's/^view: //p' "$work/$1.out")
  [ "$shown" = "${2:-dashboard}" ] || { echo "FAIL: $1: the window shows \"$shown\", not \"${2:-dashboard}\""; exit 1; }
}

check() { # $1 name: the real window, with real content
  local png="$out/$1.png" size colours top
  size=$(identify -format '%w %h' "$png")
  read -r w h <<<"$size"
  colours=$(identify -format '%k' "$png")
  # The share of the most common colour (the window background), in percent.
  top=$(convert "$png" -format %c histogram:info:- | awk '{n = $1 + 0; if (n > max) max = n} END {print max}')
  share=$(( top * 100 / (w * h) ))
  echo "$1: ${w}x${h}, $colours colours, background $share%"
  [ "$w" -ge 1024 ] && [ "$h" -ge 700 ] || { echo "FAIL: $1: the window is ${w}x${h}, smaller than 1024x700"; exit 1; }
  [ "$colours" -ge 200 ] || { echo "FAIL: $1: only $colours colours: nothing drawn?"; exit 1; }
  [ "$share" -le 92 ] || { echo "FAIL: $1: one colour covers $share% of the window"; exit 1; }
}

views=(dashboard charts watchlist guidance licences alerts)
for v in "${views[@]}"; do
  shoot "$v" "$v" "$db"
  check "$v"
done
# Pairwise different: each view really shows something of its own. The status bar (the bottom
# 40 pixels: poll time, a clock) is cut off first, so only the content area is compared.
dupes=$(for v in "${views[@]}"; do convert "$out/$v.png" -gravity south -chop 0x40 rgb:- | md5sum; done \
  | awk '{print $1}' | sort | uniq -d)
[ -z "$dupes" ] || { echo "FAIL: two views show the same content"; exit 1; }

# A new user's first run: an empty history, one poll, and the dashboard shows the headline.
shoot first-run "" "$work/new.sqlite"
check first-run
# The expected figure comes from the fake Hub's own catalogue, not from HubWatch: the scope is
# every repo it serves, so the headline is the sum of all their all-time downloads.
expected=0
for kind in models datasets; do
  sum=$(curl -sg "$url/api/$kind?limit=1000&expand[]=downloadsAllTime" | grep -o '"downloadsAllTime":[0-9]*' \
        | cut -d: -f2 | awk '{s += $1} END {printf "%.0f", s}')
  expected=$((expected + sum))
done
# The headline's total (the census after the first poll has one of its own).
status=$("$hubwatch" status --db "$work/new.sqlite" --json | grep -o '"headline": *{[^}]*}' | grep -o '"totalAllTime": *[0-9]*' \
         | grep -o '[0-9]*$' || true)
echo "first run: headline $status, the fake Hub's catalogue sums to $expected"
[ "$expected" -gt 0 ] && [ "${status:-0}" = "$expected" ] || { echo "FAIL: first run: the headline is not the catalogue's total"; exit 1; }
# The months of history are what the dashboard and the charts show, not the last poll alone.
polls=$("$hubwatch" status --db "$db" --json | grep -o '"polls": *[0-9]*' | grep -o '[0-9]*$')
echo "history: $polls polls"
[ "${polls:-0}" -ge 200 ] || { echo "FAIL: the generated history has only ${polls:-0} polls"; exit 1; }
echo "screenshots: passed ($out)"
