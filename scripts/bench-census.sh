#!/usr/bin/env bash
# Issue 17, the census at scale: `hubwatch census` against the fake Hub serving TOTAL generated
# repos lazily (4/5 models, 1/5 datasets, and TOTAL/10 spaces besides), no rate limit, on SQLite
# and on a private durable PostgreSQL 15 (bench/bench_pgserver). For each size and database:
#   census 1 on a new history: wall, CPU (user + sys) and peak RSS of hubwatch (/usr/bin/time -v),
#     CPU and peak RSS of the fake Hub (/proc), requests, bytes the Hub sent (its wchar: gzip
#     bodies and headers), the history's size after it;
#   censuses 2 to DAYS on the same history (one census a day): their time and the history's growth;
#   a census killed with SIGKILL KILLS times at random pages, run again after each, then resumed to
#     the end: its totals must equal census 1's exactly, and both the fake Hub's own sums.
# Prints one line per census and checks every total; exits 1 if one differs.
#   scripts/bench-census.sh [TOTAL...]        default: 2500000
# Environment: HUBWATCH_BENCH_BUILD_DIR (default build-bench, Release), BENCH_CENSUS_BACKENDS
# (default "sqlite postgres"), BENCH_CENSUS_DAYS (default 3), BENCH_CENSUS_KILLS (default 3; 0: none),
# BENCH_CENSUS_KILL_BACKENDS (default "sqlite postgres").
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-2500000}")
backends=${BENCH_CENSUS_BACKENDS:-sqlite postgres}
days=${BENCH_CENSUS_DAYS:-3}
kills=${BENCH_CENSUS_KILLS:-3}
kill_backends=${BENCH_CENSUS_KILL_BACKENDS:-sqlite postgres}
build=${HUBWATCH_BENCH_BUILD_DIR:-build-bench}
if [ ! -f "$build/build.ninja" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DHUBWATCH_BUILD_BENCH=ON
fi
targets="hubwatch fakehub_server"
[[ " $backends " != *" postgres "* ]] || targets+=" bench_pgserver"
cmake --build "$build" --target $targets --parallel "$(nproc)" >/dev/null
hubwatch=$build/app/hubwatch
fakehub=$build/tests/fakehub/fakehub_server

tmp=$(mktemp -d)
hub_pid=
census_pid=
pg_in=
cleanup() {
  if [ -n "$census_pid" ]; then kill -9 "$census_pid" 2>/dev/null || true; fi
  if [ -n "$hub_pid" ]; then kill "$hub_pid" 2>/dev/null || true; fi
  if [ -n "$pg_in" ]; then exec {pg_in}>&-; wait "$pg_pid" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT
export XDG_CONFIG_HOME=$tmp/config XDG_DATA_HOME=$tmp/data XDG_CACHE_HOME=$tmp/cache HF_HOME=$tmp/hf
unset HF_TOKEN HF_ENDPOINT HF_HUB_OFFLINE

if [[ " $backends " == *" postgres "* ]]; then
  mkfifo "$tmp/pg.in" "$tmp/pg.out"
  "$build/bench/bench_pgserver" <"$tmp/pg.in" >"$tmp/pg.out" &
  pg_pid=$!
  exec {pg_in}>"$tmp/pg.in" {pg_out}<"$tmp/pg.out"
fi
pg() { echo "$*" >&"$pg_in"; local reply; read -r reply <&"$pg_out"; [[ $reply != error* ]] || { echo "bench_pgserver: $reply" >&2; exit 1; }; echo "$reply"; }

# start_hub TOTAL: the fake Hub in the background; $url, $hub_pid, and its summary in $tmp/hub.
start_hub() {
  local total=$1
  "$fakehub" --lazy --models $((total * 4 / 5)) --datasets $((total / 5)) --spaces $((total / 10)) \
    --quota 1000000000 --window 60 >"$tmp/hub" 2>"$tmp/hub.err" &
  hub_pid=$!
  for _ in $(seq 600); do [ "$(wc -l <"$tmp/hub")" -ge 2 ] && break; sleep 0.2; done
  url=$(head -1 "$tmp/hub")
}
# stop_hub: its CPU seconds, peak RSS (MB) and bytes written, as "cpu rss bytes".
stop_hub() {
  local ticks rss bytes
  ticks=$(awk '{ print $14 + $15 }' "/proc/$hub_pid/stat")
  rss=$(awk '/^VmHWM/ { print $2 }' "/proc/$hub_pid/status")
  bytes=$(awk '/^wchar/ { print $2 }' "/proc/$hub_pid/io")
  kill "$hub_pid"
  wait "$hub_pid" 2>/dev/null || true
  hub_pid=
  echo "$(awk -v t="$ticks" -v h="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / h }') $((rss / 1024)) $bytes"
}
size_of() { # the history's size in bytes: the SQLite file with its WAL, or pg_database_size
  if [ "$1" = sqlite ]; then { cat "$2" "$2-wal" 2>/dev/null || true; } | wc -c; else pg "size ${2##*/}"; fi
}
# census DB LABEL: one whole census with /usr/bin/time -v; prints its line, keeps its JSON.
census() {
  local db=$1 label=$2 hubstats
  /usr/bin/time -v "$hubwatch" census --json --endpoint "$url" --db "$db" >"$tmp/$label.json" 2>"$tmp/$label.time" || true
  stop_hub >"$tmp/hubstats"
  hubstats=$(cat "$tmp/hubstats")
  python3 - "$tmp/$label.json" "$tmp/$label.time" "$tmp/hub" "$label" $hubstats <<'PY'
import json, re, sys
out, timing, hub, label, hub_cpu, hub_rss, hub_bytes = sys.argv[1:8]
c = json.load(open(out))
t = open(timing).read()
def field(name):
    return re.search(re.escape(name) + r": (.*)", t).group(1).strip()
wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)").split(":")
wall_s = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
cpu = float(field("User time (seconds)")) + float(field("System time (seconds)"))
rss = int(field("Maximum resident set size (kbytes)")) / 1024
print(f"{label}: wall {wall_s:.1f} s, hubwatch CPU {cpu:.1f} s, peak RSS {rss:.1f} MB; fake Hub CPU {hub_cpu} s, "
      f"peak RSS {hub_rss} MB; {c['requests']} requests, {int(hub_bytes) / 1e6:.1f} MB sent; "
      f"{c['models']} models, {c['datasets']} datasets, {c['spaces']} spaces, all-time {c['totalAllTime']}, "
      f"30 days {c['downloads30d']}, complete {c['complete']}")
s = json.loads(open(hub).read().splitlines()[1])
expected = (True, s["models"]["count"], s["datasets"]["count"], s["spaces"]["count"],
            s["models"]["downloadsAllTime"] + s["datasets"]["downloadsAllTime"], s["models"]["downloads"] + s["datasets"]["downloads"])
got = (c["complete"], c["models"], c["datasets"], c["spaces"], c["totalAllTime"], c["downloads30d"])
if got != expected:
    sys.exit(f"{label}: totals {got} differ from the fake Hub's {expected}")
PY
}
same_totals() { # the two censuses' totals, exactly
  python3 - "$1" "$2" <<'PY'
import json, sys
keys = ("complete", "models", "datasets", "spaces", "totalAllTime", "downloads30d")
a, b = (json.load(open(p)) for p in sys.argv[1:3])
if any(a[k] != b[k] for k in keys):
    sys.exit("resumed census differs: " + ", ".join(f"{k} {a[k]} vs {b[k]}" for k in keys))
print("resumed census: same totals as the uninterrupted one (" + ", ".join(f"{k} {b[k]}" for k in keys[1:]) + ")")
PY
}
new_db() { if [ "$1" = sqlite ]; then echo "$tmp/$2.sqlite"; else pg new; fi; }

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(nproc) cores; $(date -u '+%F %H:%M UTC')"
for total in "${sizes[@]}"; do
  for backend in $backends; do
    echo "== $total repos ($((total * 4 / 5)) models, $((total / 5)) datasets, $((total / 10)) spaces), $backend"
    db=$(new_db "$backend" "history-$total")
    size=$(size_of "$backend" "$db")
    echo "history: $size bytes new"
    for day in $(seq "$days"); do # one census a day on the same history
      start_hub "$total"
      census "$db" "census$day-$total-$backend"
      previous=$size
      size=$(size_of "$backend" "$db")
      echo "history after census $day: $size bytes, $(((size - previous) / 1024)) KiB more"
    done

    [ "$kills" -gt 0 ] && [[ " $kill_backends " == *" $backend "* ]] || continue
    # Killed with SIGKILL at random pages (a request count of the fake Hub drawn at random, in
    # rising order, within the census's pages), each time run again, then resumed to the end.
    pages=$(((total * 4 / 5 + 999) / 1000 + (total / 5 + 999) / 1000 + (total / 10 + 999) / 1000))
    db=$(new_db "$backend" "killed-$total")
    start_hub "$total"
    for target in $(python3 -c 'import random,sys; print(*sorted(random.sample(range(2, int(sys.argv[1])), int(sys.argv[2]))))' "$pages" "$kills"); do
      "$hubwatch" census --json --endpoint "$url" --db "$db" >/dev/null 2>"$tmp/killed.err" &
      census_pid=$!
      requests=0
      while [ "$requests" -lt "$target" ] && kill -0 "$census_pid" 2>/dev/null; do
        sleep 0.05
        requests=$(curl -s "$url/__fakehub/summary" | python3 -c 'import json,sys; print(json.load(sys.stdin)["requests"])')
      done
      kill -9 "$census_pid" 2>/dev/null && echo "SIGKILL at the fake Hub's request $requests of $pages (drawn: $target)" \
        || echo "the census ended before request $target"
      wait "$census_pid" 2>/dev/null || true
      census_pid=
    done
    census "$db" "resumed-$total-$backend"
    same_totals "$tmp/census1-$total-$backend.json" "$tmp/resumed-$total-$backend.json"
  done
done
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg); $(date -u '+%F %H:%M UTC')"
