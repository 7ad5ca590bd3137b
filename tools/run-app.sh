#!/usr/bin/env bash
# Installs what is missing, builds the release preset and opens GluteGuide, passing on any
# arguments (see ./tools/run-app.sh --help):
#   ./tools/run-app.sh                       # the window, with the built-in routine
#   ./tools/run-app.sh --start               # straight into the session
#   ./tools/run-app.sh --plan --json         # print the plan instead, no window
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

# Set-up and build messages go to stderr, so that `./tools/run-app.sh --plan --json | jq` works.
./tools/setup-debian.sh >&2

export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
cmake --preset release >/dev/null
cmake --build --preset release --target gluteguide >&2

app=./build/release/app/gluteguide
# No desktop here (e.g. over ssh): say how to see the window instead of failing inside Qt.
# --plan, --help, --version and --screenshot need no display; gluteguide handles those itself.
if [[ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ]] \
    && ! printf '%s\n' "$@" | grep -qxE -- '--(plan|help|version|screenshot)|-[hv]'; then
    echo "run-app: there is no display (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "  Run it on a virtual display:     xvfb-run -a $app $*" >&2
    echo "  Save a picture of the window:    $app --screenshot window.png --at 30" >&2
    echo "  Print the exercise plan:         $app --plan" >&2
    exit 1
fi
exec "$app" "$@"
