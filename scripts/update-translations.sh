#!/usr/bin/env bash
# Rewrites the translation sources (translations/hubwatch_*.ts) from the C++ sources, so new tr()
# strings appear as unfinished and removed ones disappear, then says what is left to translate.
#   scripts/update-translations.sh           update every translations/hubwatch_*.ts
#   scripts/update-translations.sh fr pt_BR  also start hubwatch_fr.ts and hubwatch_pt_BR.ts
#   scripts/update-translations.sh --check   change nothing; exit 1 if any catalogue is out of
#                                            date or unfinished (what tests/i18n checks too)
# Needs no build directory. The same scan as the update_translations CMake target and the
# tst_translations test: app/ and ui/, without source locations (so diffs stay small), without
# obsolete entries (a string removed from the sources leaves the catalogues).
# translations/hubwatch_en.ts is English's plural catalogue: only the %n messages (lupdate
# -pluralonly), each with its singular and plural ("%n poll(s)" -> "1 poll", "2 polls").
set -euo pipefail
cd "$(dirname "$0")/.."

lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
  for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" "$(command -v lupdate || true)"; do
    if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
  done
fi
if [ -z "$lupdate" ]; then
  echo "lupdate not found: install qt6-l10n-tools (Debian) or set LUPDATE=/path/to/lupdate" >&2
  exit 2
fi
options=(-locations none -no-obsolete -I app -I app/core -I ui app ui)
plurals_ts=translations/hubwatch_en.ts

# The lupdate options for one catalogue: the plural catalogue keeps the numerus messages only.
options_for() {
  if [ "$1" = "$plurals_ts" ]; then echo -pluralonly; fi
}

check=0
new_languages=()
for arg in "$@"; do
  case $arg in
    --check) check=1 ;;
    -h|--help) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $arg" >&2; exit 2 ;;
    *) new_languages+=("$arg") ;;
  esac
done

files=(translations/hubwatch_*.ts)
for lang in "${new_languages[@]}"; do
  ts=translations/hubwatch_$lang.ts
  if [ ! -f "$ts" ]; then
    # shellcheck disable=SC2046 # options_for prints no option or one word
    "$lupdate" "${options[@]}" $(options_for "$ts") -target-language "$lang" -source-language en -ts "$ts" >/dev/null
    echo "created $ts: add it to HUBWATCH_TS_FILES in translations/CMakeLists.txt"
    files+=("$ts")
  fi
done

status=0
if [ "$check" = 1 ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  for ts in "${files[@]}"; do
    cp "$ts" "$tmp/"
    # shellcheck disable=SC2046
    "$lupdate" "${options[@]}" $(options_for "$ts") -ts "$tmp/$(basename "$ts")" >/dev/null
    if ! cmp -s "$ts" "$tmp/$(basename "$ts")"; then
      echo "$ts is out of date with the sources: run scripts/update-translations.sh"
      status=1
    fi
  done
else
  full=()
  for ts in "${files[@]}"; do
    if [ "$ts" = "$plurals_ts" ]; then
      "$lupdate" "${options[@]}" -pluralonly -ts "$ts"
    else
      full+=("$ts")
    fi
  done
  if [ "${#full[@]}" != 0 ]; then "$lupdate" "${options[@]}" -ts "${full[@]}"; fi
fi

for ts in "${files[@]}"; do
  unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
  if [ "$unfinished" != 0 ]; then
    echo "$ts: $unfinished unfinished (open it in Qt Linguist: linguist $ts)"
    status=1
  fi
done
[ "$status" = 0 ] && echo "All translations are complete."
exit "$status"
