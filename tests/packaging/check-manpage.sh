#!/bin/sh
# The man page says what --help says. Independently of how packaging/make-manpage.sh parses the
# columns: each option of `hubwatch --help` (C locale), its names and its whole description with
# all white space removed, stands in the rendered man page with its white space removed; so do
# the usage line and each command. And man renders the page without a warning (lintian's check).
# Usage: check-manpage.sh HUBWATCH MANPAGE
set -eu
. "$(dirname "$0")/../support/skip.sh"
hubwatch=$1 page=$2
command -v man >/dev/null 2>&1 || skip "man is not installed"
[ -f "$page" ] || { echo "FAIL: no man page at $page"; exit 1; }

warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
[ -z "$warnings" ] || { echo "FAIL: man warns:"; echo "$warnings"; exit 1; }

# Rendered as plain text (man drops the formatting when it does not write to a terminal), one
# line without blanks; a typographic minus or hyphen counts as "-".
rendered=$(LC_ALL=C.UTF-8 MANWIDTH=200 man -E UTF-8 -l "$page" | sed 's/−/-/g; s/‐/-/g' | tr -d ' \t\n')
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
help=$(env LC_ALL=C LANG=C LANGUAGE= HOME="$home" XDG_CONFIG_HOME="$home" QT_QPA_PLATFORM=offscreen "$hubwatch" --help)

# One item a line, blanks removed: the usage, each option entry, and each "NAME: what it does"
# command of the arguments' description. An entry's names column can wrap beside its
# description, so the two columns are split where the description's wrapped lines start.
items=$(printf '%s\n' "$help" | awk '
function out(s) { gsub(/[ \t]/, "", s); if (s != "") print s }
{ lines[NR] = $0 }
/^      *[^ ]/ { match($0, /^ +/); if (col == 0 || RLENGTH < col) col = RLENGTH }
END {
    sub(/^Usage: [^ ]+/, "hubwatch", lines[1]); out(lines[1])
    for (i = 2; i <= NR; i++) {
        l = lines[i]
        if (l == "Options:") { section = "o"; continue }
        if (l == "Arguments:") { out(names desc); names = desc = ""; section = "a"; continue }
        if (section == "o" && l ~ /^  -/) { out(names desc); names = desc = "" }
        if (section == "o") { names = names substr(l, 1, col); desc = desc substr(l, col + 1) }
        if (section == "a") args = args " " substr(l, col + 1)
    }
    out(names desc)
    n = split(args, parts, /; /)
    for (i = 1; i <= n; i++) { sub(/: /, "", parts[i]); sub(/[.;] *$/, "", parts[i]); out(parts[i]) }
}')
count=0 fail=0
while IFS= read -r item; do
  count=$((count + 1))
  case "$rendered" in
    *"$item"*) ;;
    *) echo "FAIL: the man page lacks: $item"; fail=1 ;;
  esac
done <<ITEMS
$items
ITEMS
[ "$count" -ge 10 ] || { echo "FAIL: only $count items read from --help"; exit 1; }
[ "$fail" -eq 0 ] && echo "all $count items of --help are in the man page; man renders it without a warning"
exit "$fail"
