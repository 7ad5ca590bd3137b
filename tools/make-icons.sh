#!/usr/bin/env bash
# Makes every raster form of the app icon from its one source,
# resources/icons/io.github.gluteguide.GluteGuide.svg, and writes them into the repository
# (they are committed, so a build needs none of these tools):
#   resources/icons/hicolor/<N>x<N>/apps/<app id>.png   N = 16 22 24 32 48 64 128 256 512
#   packaging/windows/gluteguide.ico                     16-256, for the .exe and the installer
#   packaging/macos/gluteguide.icns                      16-512, for the app bundle
# Needs rsvg-convert (librsvg2-bin), ImageMagick's convert (imagemagick) and png2icns
# (icnsutils). Run it again after editing the SVG; the output is the same on every run.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

app_id=io.github.gluteguide.GluteGuide
source_svg=resources/icons/${app_id}.svg
for tool in rsvg-convert convert png2icns; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "make-icons: $tool is missing (apt-get install librsvg2-bin imagemagick icnsutils)" >&2
        exit 1
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

for size in 16 22 24 32 48 64 128 256 512; do
    folder=resources/icons/hicolor/${size}x${size}/apps
    mkdir -p "$folder"
    rsvg-convert --width "$size" --height "$size" "$source_svg" --output "$work/$size.png"
    # RGBA (no palette, which would band the gradient), and no time stamps or other chunks
    # that would change from run to run.
    convert "$work/$size.png" -strip -define png:exclude-chunks=date,time "PNG32:$folder/${app_id}.png"
done

hicolor() { echo "resources/icons/hicolor/${1}x${1}/apps/${app_id}.png"; }
convert "$(hicolor 16)" "$(hicolor 24)" "$(hicolor 32)" "$(hicolor 48)" "$(hicolor 64)" \
    "$(hicolor 256)" packaging/windows/gluteguide.ico
png2icns packaging/macos/gluteguide.icns "$(hicolor 16)" "$(hicolor 32)" "$(hicolor 48)" \
    "$(hicolor 128)" "$(hicolor 256)" "$(hicolor 512)" >/dev/null
echo "make-icons: wrote resources/icons/hicolor, packaging/windows/gluteguide.ico and" \
    "packaging/macos/gluteguide.icns"
