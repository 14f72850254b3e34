#!/bin/sh
# Writes the man page from `hubwatch --help` and the template, so it cannot drift from the program.
# Usage: make-manpage.sh HUBWATCH TEMPLATE VERSION DATE OUTPUT
set -eu
hubwatch=$1 template=$2 version=$3 date=$4 output=$5
# In English whatever the builder's locale or saved language: C locale, and no settings.
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
help=$(env LC_ALL=C LANG=C LANGUAGE= HOME="$home" XDG_CONFIG_HOME="$home" QT_QPA_PLATFORM=offscreen "$hubwatch" --help)

# QCommandLineParser's layout: "Usage: PROGRAM …", the description, then "Options:" and
# "Arguments:" sections. Each entry is a names column (2 spaces in, hard-wrapped when too long) and
# a description column (word-wrapped) that starts where it starts on the first option line.
printf '%s\n' "$help" | awk -v template="$template" -v version="$version" -v date="$date" '
function roff(s) {
    gsub(/\\/, "\\e", s); gsub(/-/, "\\-", s)
    if (s ~ /^[.\047]/) s = "\\&" s    # a line may not start with a control character
    return s
}
function trim(s) { sub(/^ +/, "", s); sub(/ +$/, "", s); return s }
function flush() {
    if (name == "") return
    if (section == "Options:") options = options ".TP\n.B " roff(name) "\n" roff(text) "\n"
    else commands = commands text " "
    name = ""; text = ""
}
function commandlist(s,    n, parts, i, out, colon) {
    # "poll: poll the Hub now; status: …" becomes one tagged paragraph per command.
    n = split(trim(s), parts, /; /)
    for (i = 1; i <= n; i++) {
        sub(/\.$/, "", parts[i])
        colon = index(parts[i], ": ")
        if (colon == 0) { out = out ".PP\n" roff(parts[i]) ".\n"; continue }
        out = out ".TP\n.B " roff(substr(parts[i], 1, colon - 1)) "\n" roff(substr(parts[i], colon + 2)) ".\n"
    }
    return out
}
NR == 1 { sub(/^Usage: [^ ]+ ?/, ""); synopsis = ".B hubwatch\n" roff($0); next }
/^(Options|Arguments):$/ { flush(); section = $0; next }
section == "" { if (NF) description = description roff($0) "\n"; next }
!NF { flush(); next }
{
    if (column == 0 && match(substr($0, 3), /  +/)) column = 2 + RSTART + RLENGTH
    names = trim(substr($0, 1, column - 1)); words = trim(substr($0, column))
    starts = section == "Options:" ? names ~ /^-/ : names != ""
    if (starts) {
        flush(); name = names; text = words
        full = index(words, " ") == 0 && length(words) >= 79 - column
        next
    }
    name = name names            # the names column wraps mid-word
    # The description wraps at a space, or mid-word where a full line has none (a long URL).
    glue = (text == "" || words == "" || full) ? "" : " "
    text = text glue words
    full = index(words, " ") == 0 && length(words) >= 79 - column
}
END {
    flush()
    if (options == "" || synopsis == "") { print "make-manpage: unexpected --help layout" > "/dev/stderr"; exit 1 }
    while ((getline l < template) > 0) {
        if (l ~ /^\.\\"/ && !started) continue
        started = 1
        gsub(/@VERSION@/, version, l); gsub(/@DATE@/, date, l)
        if (l == "@SYNOPSIS@") printf "%s\n", synopsis
        else if (l == "@DESCRIPTION@") printf "%s", description
        else if (l == "@COMMANDS@") printf "%s", commandlist(commands)
        else if (l == "@OPTIONS@") printf "%s", options
        else print l
    }
}' > "$output.tmp"
mv "$output.tmp" "$output"
