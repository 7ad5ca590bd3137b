#!/usr/bin/env bash
# packaging.InstallIntoPrefix: `cmake --install` into an empty prefix puts exactly the expected
# files in their places, the icons have their sizes, and a desktop finds them there: the routine
# file type is known by its extension (shared-mime-info, as GLib's gio sees it), GluteGuide's
# desktop file is its default application (xdg-mime, from update-desktop-database's cache), and
# the desktop file's Icon= is in the hicolor theme.
# Usage: check-install.sh BUILD_DIR EXPECTED_FILES
# Exits 77 (a ctest skip) when a desktop tool is missing (tools/setup-debian.sh installs them).
set -uo pipefail
build=$1 expected=$2
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
for tool in update-mime-database update-desktop-database xdg-mime gio file; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1 \
    || { cat "$work/install.log"; fail "cmake --install failed"; exit 1; }

(cd "$prefix" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/installed"
grep -v '^#' "$expected" | sort >"$work/expected"
if ! diff -u "$work/expected" "$work/installed"; then
    fail "the installed files differ from $expected (- expected, + installed)"
fi
for png in "$prefix"/share/icons/hicolor/*x*/apps/*.png; do
    size=$(basename "$(dirname "$(dirname "$png")")")
    actual=$(file --brief "$png")
    [[ $actual == "PNG image data, ${size/x/ x },"* ]] || fail "$png is $actual, not $size"
done

# A desktop that knows the prefix and nothing of this user's.
export XDG_DATA_DIRS=$prefix/share:/usr/share
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config XDG_CACHE_HOME=$work/cache
export XDG_CONFIG_DIRS=$work/config-dirs XDG_CURRENT_DESKTOP=
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME"

# What a desktop does after installing a package (the triggers of shared-mime-info and
# desktop-file-utils), here for the prefix alone.
mime_output=$(update-mime-database "$prefix/share/mime" 2>&1)
[[ -z $mime_output ]] || fail "update-mime-database: $mime_output"
update-desktop-database "$prefix/share/applications" \
    || fail "update-desktop-database failed"

printf '{"schema_version": 1}\n' >"$work/week2.gluteguide"
type=$(gio info -a standard::content-type "$work/week2.gluteguide" \
    | sed -n 's/^ *standard::content-type: //p')
echo "gio: week2.gluteguide is $type"
[[ $type == application/vnd.gluteguide.routine+json ]] || fail "week2.gluteguide is '$type'"
default=$(xdg-mime query default application/vnd.gluteguide.routine+json)
echo "xdg-mime: default application: $default"
[[ $default == io.github.gluteguide.GluteGuide.desktop ]] || fail "the default is '$default'"
icon=$(sed -n 's/^Icon=//p' "$prefix/share/applications/io.github.gluteguide.GluteGuide.desktop")
exec_line=$(sed -n 's/^Exec=//p' "$prefix/share/applications/io.github.gluteguide.GluteGuide.desktop")
[[ -f $prefix/share/icons/hicolor/scalable/apps/$icon.svg ]] || fail "Icon=$icon is not in hicolor"
[[ -x $prefix/bin/${exec_line%% *} ]] || fail "Exec=$exec_line is not the installed program"

[[ $status -eq 0 ]] && echo "installed $(wc -l <"$work/installed") files, all in place"
exit $status
