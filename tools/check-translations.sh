#!/usr/bin/env bash
# Checks the Qt Linguist files in translations/ (or the .ts files given as arguments):
#
#   tools/check-translations.sh [FILE.ts...]
#
# Fails (exit 1) when a file
#   - has a message that is unfinished (type="unfinished") or has an empty translation,
#   - still holds vanished or obsolete messages (type="vanished" / type="obsolete"),
#   - does not compile with lrelease, or
#   - is out of date: lupdate run on the current sources (app/ and core/) into a temporary copy
#     would add messages that have no translation yet, or would drop messages that are gone.
# The files themselves are never changed. Exit 2: a tool or a file is missing.
#
# Updating the files after a change to a user-visible string (from the repository's top):
#   lupdate app core -ts translations/gluteguide_<lang>.ts -locations relative -no-obsolete
# then translate what is new (Qt Linguist) and run this script again.
#
# Tools: $LUPDATE / $LRELEASE when set, else Qt 6's lupdate and lrelease from PATH, else from
# /usr/lib/qt6/bin (Debian, Ubuntu, Arch), else lupdate-qt6 / lrelease-qt6 (Fedora).
# Sources scanned: $GLUTEGUIDE_TS_SOURCES (default "app core", relative to the repository).
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

die() {
    echo "check-translations: $*" >&2
    exit 2
}

# Prints the path of a Qt 6 tool (lupdate or lrelease), or nothing.
find_tool() {
    local name=$1 override=$2 candidate
    if [[ -n "$override" ]]; then
        command -v "$override" || true
        return
    fi
    for candidate in "$(command -v "$name" 2>/dev/null || true)" "/usr/lib/qt6/bin/$name" \
        "$(command -v "$name-qt6" 2>/dev/null || true)" "$(command -v "${name}6" 2>/dev/null || true)"; do
        [[ -n "$candidate" && -x "$candidate" ]] || continue
        # Qt 5's tools (qtchooser's /usr/bin/lupdate) do not understand this code base.
        if "$candidate" -version 2>&1 | grep -q 'version 6\.'; then
            echo "$candidate"
            return
        fi
    done
}

lupdate=$(find_tool lupdate "${LUPDATE:-}")
lrelease=$(find_tool lrelease "${LRELEASE:-}")
[[ -n "$lupdate" ]] || die "Qt 6 lupdate not found (Debian: apt-get install qt6-l10n-tools)"
[[ -n "$lrelease" ]] || die "Qt 6 lrelease not found (Debian: apt-get install qt6-l10n-tools)"

files=()
if [[ $# -gt 0 ]]; then
    for file in "$@"; do
        [[ -f "$file" ]] || die "no such file: $file"
        files+=("$(cd "$(dirname "$file")" && pwd)/$(basename "$file")")
    done
else
    shopt -s nullglob
    files=("$repo"/translations/*.ts)
    shopt -u nullglob
    [[ ${#files[@]} -gt 0 ]] || die "no .ts files in $repo/translations"
fi

read -r -a sources <<<"${GLUTEGUIDE_TS_SOURCES:-app core}"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/check-translations.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

# count PATTERN FILE: the number of lines matching the extended regular expression.
count() {
    grep -cE "$1" "$2" || true
}

# The source texts of the messages whose translation matches PATTERN (first line of each).
sources_of() {
    awk -v pattern="$1" '
        /<source>/ { text = $0; sub(/.*<source>/, "", text); sub(/<\/source>.*/, "", text) }
        $0 ~ pattern { print "      " text }
    ' "$2" | head -n 20
}

failed=0 # any file
file_failed=0
fail() {
    echo "  FAIL: $*"
    failed=1
    file_failed=1
}

# Copies for lupdate, one run over the sources for all of them.
copies=()
for i in "${!files[@]}"; do
    copy="$tmp/$i-$(basename "${files[$i]}")"
    cp "${files[$i]}" "$copy"
    copies+=("$copy")
done
if ! (cd "$repo" && "$lupdate" "${sources[@]}" -ts "${copies[@]}" -locations none) \
    >"$tmp/lupdate.log" 2>&1; then
    cat "$tmp/lupdate.log" >&2
    die "lupdate failed"
fi

for i in "${!files[@]}"; do
    file=${files[$i]}
    name=$(basename "$file")
    echo "$name"
    file_failed=0
    language=$(sed -n 's/.*<TS [^>]*language="\([^"]*\)".*/\1/p' "$file" | head -n 1)
    [[ -n "$language" ]] || fail "no target language (lupdate -target-language CODE)"

    unfinished=$(count 'type="unfinished"' "$file")
    vanished=$(count 'type="(vanished|obsolete)"' "$file")
    # Empty and not marked unfinished (one-line forms; lupdate writes empty ones that way).
    empty=$(count '<translation></translation>|<translation/>|<numerusform></numerusform>|<numerusform/>' "$file")
    [[ $unfinished -eq 0 ]] || {
        fail "$unfinished unfinished message(s):"
        sources_of 'type="unfinished"' "$file"
    }
    [[ $unfinished -gt 0 || $empty -eq 0 ]] || fail "$empty empty translation(s)"
    [[ $vanished -eq 0 ]] || {
        fail "$vanished vanished or obsolete message(s) (run lupdate with -no-obsolete):"
        sources_of 'type="(vanished|obsolete)"' "$file"
    }

    # lrelease: must compile, and its own count of unfinished messages must be 0.
    if ! "$lrelease" "$file" -qm "$tmp/${name%.ts}.qm" >"$tmp/lrelease.log" 2>&1; then
        cat "$tmp/lrelease.log"
        fail "lrelease failed"
    else
        stats=$(grep -E 'Generated [0-9]+ translation' "$tmp/lrelease.log" | sed 's/^ *//' || true)
        echo "  lrelease: ${stats:-no statistics}"
        if grep -qE '\(([0-9]+) finished and [1-9][0-9]* unfinished\)' "$tmp/lrelease.log"; then
            fail "lrelease reports unfinished messages"
        fi
        if grep -qE 'Ignored [0-9]+ untranslated' "$tmp/lrelease.log"; then
            fail "$(grep -E 'Ignored [0-9]+ untranslated' "$tmp/lrelease.log" | sed 's/^ *//')"
        fi
    fi

    # Out of date: what lupdate added to (unfinished) or marked gone in (vanished) the copy.
    copy=${copies[$i]}
    added=$(($(count 'type="unfinished"' "$copy") - unfinished))
    gone=$(($(count 'type="(vanished|obsolete)"' "$copy") - vanished))
    if [[ $added -gt 0 ]]; then
        fail "out of date: the sources have $added message(s) without a translation here:"
        diff <(sources_of 'type="unfinished"' "$file") <(sources_of 'type="unfinished"' "$copy") \
            | sed -n 's/^> //p' || true
    fi
    if [[ $gone -gt 0 ]]; then
        fail "out of date: $gone message(s) here are no longer in the sources:"
        diff <(sources_of 'type="(vanished|obsolete)"' "$file") \
            <(sources_of 'type="(vanished|obsolete)"' "$copy") | sed -n 's/^> //p' || true
    fi
    [[ $file_failed -ne 0 ]] || echo "  ok"
done

if [[ $failed -ne 0 ]]; then
    echo "check-translations: FAILED (update with: lupdate ${sources[*]} -ts translations/<file>.ts -locations relative -no-obsolete, then translate)" >&2
    exit 1
fi
echo "check-translations: all ${#files[@]} file(s) complete and up to date"
