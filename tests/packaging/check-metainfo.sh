#!/usr/bin/env bash
# packaging.MetainfoValidates: the AppStream metainfo passes `appstreamcli validate` with no
# error or warning, and says the same as the desktop file and the MIME type definition.
# Usage: check-metainfo.sh METAINFO DESKTOP_FILE MIME_XML
# Exits 77 (a ctest skip) when appstreamcli is not installed (tools/setup-debian.sh installs it).
set -uo pipefail
metainfo=$1 desktop=$2 mime_xml=$3
fail() { echo "FAIL: $*" >&2; status=1; }
status=0

if ! command -v appstreamcli >/dev/null 2>&1; then
    echo "appstreamcli is not installed (apt-get install appstream)"
    exit 77
fi

report=$(appstreamcli validate --no-net --pedantic --explain "$metainfo" 2>&1)
validate_status=$?
echo "$report"
[[ $validate_status -eq 0 ]] || fail "appstreamcli validate exited with $validate_status"
# Errors and warnings fail; so do infos, except that AppStream before 1.0 (Debian 12 has 0.16)
# does not know <developer>, which 1.0 and Flathub require in place of <developer_name>.
# Pedantic hints are listed, not failed (the id has capitals: it is the desktop file's).
while IFS= read -r line; do
    case $line in
        "E: "* | "W: "*) fail "$line" ;;
        "I: "*"unknown-tag developer") ;;
        "I: "*) fail "$line" ;;
    esac
done <<<"$report"

field() { # the text of the first element matching the XPath-like sed pattern
    sed -n "s|.*<$1>\(.*\)</$1>.*|\1|p" "$metainfo" | head -n 1
}
app_id=$(basename "$desktop" .desktop)
[[ $(field id) == "$app_id" ]] || fail "<id> is '$(field id)', the desktop file is $app_id"
summary=$(field summary)
[[ ${#summary} -le 35 ]] || fail "<summary> has ${#summary} characters, more than 35: $summary"
launchable=$(sed -n 's|.*<launchable type="desktop-id">\(.*\)</launchable>.*|\1|p' "$metainfo")
[[ $launchable == "$app_id.desktop" ]] || fail "<launchable> is '$launchable'"
grep -q '<developer id="[^"]\+">' "$metainfo" || fail "no <developer id=...>"
grep -q '<content_rating type="oars-1.1"' "$metainfo" || fail "no OARS content rating"
grep -q '<screenshot type="default">' "$metainfo" || fail "no default screenshot"
# Every screenshot is one of the README's, by its URL in the repository.
for url in $(sed -n 's|.*<image>\(.*\)</image>.*|\1|p' "$metainfo"); do
    file=${url#https://raw.githubusercontent.com/gluteguide/gluteguide/main/}
    [[ $file != "$url" && -f $(dirname "$metainfo")/../../$file ]] \
        || fail "screenshot $url is not a file of the repository"
done

mime_type=$(sed -n 's|.*<mime-type type="\([^"]*\)">.*|\1|p' "$mime_xml")
[[ -n $mime_type ]] || fail "no <mime-type> in $mime_xml"
[[ $(field mediatype) == "$mime_type" ]] || fail "<provides><mediatype> is not $mime_type"
grep -qx "MimeType=$mime_type;" "$desktop" || fail "$desktop has no MimeType=$mime_type;"
grep -q '<sub-class-of type="application/json"/>' "$mime_xml" \
    || fail "$mime_type is not a sub-class of application/json"
grep -q '<glob pattern="\*.gluteguide"/>' "$mime_xml" || fail "no glob on *.gluteguide"

[[ $status -eq 0 ]] && echo "metainfo, desktop file and MIME type agree and validate"
exit $status
