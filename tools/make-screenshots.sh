#!/usr/bin/env bash
# Renders the README's screenshots (docs/screenshots/) with the app's own --screenshot option (and
# the first page of the handout with poppler's pdftoppm), on
# Qt's offscreen platform with the built-in routine and default settings, so they are the same on
# every machine with the same fonts.
#   ./tools/make-screenshots.sh [PATH/TO/gluteguide]    (default: the release build)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

app=${1:-build/release/app/gluteguide}
[[ -x "$app" ]] || { echo "make-screenshots: build first: $app is missing" >&2; exit 1; }
out=docs/screenshots
mkdir -p "$out"

# Private settings, so the user's palette or last routine do not leak into the pictures.
settings=$(mktemp -d)
trap 'rm -rf "$settings"' EXIT
export XDG_CONFIG_HOME=$settings XDG_DATA_HOME=$settings/data QT_QPA_PLATFORM=offscreen

shot() { # name [arguments...]
    local name=$1
    shift
    "$app" --screenshot "$out/$name.png" "$@" 2>/dev/null
    echo "$out/$name.png $*"
}

# Moments of the built-in routine (see `gluteguide --plan`).
shot home
shot setup --at 8
shot clamshell --at 37
shot straight-leg-raise --at 105
shot pulses --at 175.5
shot circles-clockwise --at 215
shot circles-counterclockwise --at 270
shot rest --at 315
shot switch-sides --at 930
shot summary --at 1850
shot pain-stop --at 45 --then pain_stop
# The therapist's screens: the editor, the preview from both sides, and a page of the handout.
shot editor --page editor
shot preview --page preview --at 270
shot preview-from-feet --page preview --at 33 --view feet
# The front desk's loop, and Progress after two real sessions run fast (a whole one, and one
# closed part-way, which the history keeps as stopped).
shot kiosk --page kiosk --at 14
"$app" --start --mute --speed 100 --quit-after 20 2>/dev/null
"$app" --start --mute --speed 100 --quit-after 7 2>/dev/null
shot progress --page progress
"$app" --export-handout "$settings/handout.pdf" 2>/dev/null
pdftoppm -r 70 -f 1 -l 1 -png -singlefile "$settings/handout.pdf" "$out/handout"
echo "$out/handout.png --export-handout (page 1)"
