#!/usr/bin/env bash
# Conformance check of the fake Hub with the official @huggingface/hub npm client.
# usage: run-conformance.sh /path/to/fakehub_server [/path/to/node]
# Starts fakehub_server on 127.0.0.1, lists it completely with list.mjs and compares what the
# client received with what the server generated. Never passes silently: a missing npm package,
# a missing node or any mismatch is a failure with a message.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
server="${1:-}"
node="${2:-${NODE:-node}}"
models="${CONFORMANCE_MODELS:-1234}"
datasets="${CONFORMANCE_DATASETS:-1234}"
page_size=500 # what @huggingface/hub asks for (limit=min(limit, 500))
token="hf_hubwatch_conformance_token"

fail() {
    echo "conformance: FAILED: $*" >&2
    exit 1
}

[ -f "$here/node_modules/@huggingface/hub/package.json" ] ||
    fail "tests/conformance/node_modules/@huggingface/hub is missing: run scripts/install-deps.sh"
command -v "$node" >/dev/null 2>&1 ||
    fail "node (>= 18) not found ('$node'): run scripts/install-deps.sh"
[ -n "$server" ] && [ -x "$server" ] || fail "fakehub_server not found at '$server'"

tmp="$(mktemp -d)"
"$server" --models "$models" --datasets "$datasets" --token "$token" >"$tmp/out" 2>"$tmp/err" &
pid=$!
cleanup() {
    kill "$pid" 2>/dev/null
    wait "$pid" 2>/dev/null
    rm -rf "$tmp"
}
trap cleanup EXIT

for _ in $(seq 100); do
    [ "$(wc -l <"$tmp/out")" -ge 2 ] && break
    kill -0 "$pid" 2>/dev/null || fail "fakehub_server exited early: $(cat "$tmp/err")"
    sleep 0.1
done
url="$(sed -n 1p "$tmp/out")"
expected="$(sed -n 2p "$tmp/out")"
case "$url" in
http://127.0.0.1:*) ;;
*) fail "fakehub_server did not print its URL (first line: '$url')" ;;
esac
[ -n "$expected" ] || fail "fakehub_server did not print its summary line"

echo "conformance: @huggingface/hub $(sed -n 's/^  "version": "\(.*\)",$/\1/p' "$here/node_modules/@huggingface/hub/package.json"), node $("$node" --version)"
echo "conformance: fake Hub at $url with $models models and $datasets datasets, page size $page_size"
timeout 120 "$node" "$here/list.mjs" --hub-url "$url" --token "$token" --page-size "$page_size" --expected "$expected"
rc=$?
if [ "$rc" -ne 0 ]; then
    echo "--- fakehub_server stderr ---" >&2
    cat "$tmp/err" >&2
    fail "list.mjs exited with status $rc"
fi
echo "conformance: passed"
