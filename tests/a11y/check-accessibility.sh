#!/usr/bin/env bash
# Reads GluteGuide's screens as a screen reader gets them, over AT-SPI (read-screens.py), on a
# private X display and a private D-Bus session, so it runs headless and beside other tests.
# Exit 77 (a ctest skip) when a tool it needs is missing; tools/setup-debian.sh installs them.
set -euo pipefail
binary=$1
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)

for tool in Xvfb dbus-run-session /usr/libexec/at-spi-bus-launcher; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "check-accessibility: $tool is not installed" >&2
        exit 77
    fi
done
if ! /usr/bin/python3 -c 'import pyatspi' 2>/dev/null; then
    echo "check-accessibility: python3-pyatspi is not installed" >&2
    exit 77
fi

# Xvfb picks a free display number and writes it to a file (-displayfd).
scratch=$(mktemp -d)
Xvfb -displayfd 3 -screen 0 1366x768x24 -nolisten tcp 3>"$scratch/display" 2>/dev/null &
xvfb_pid=$!
trap 'kill "$xvfb_pid" 2>/dev/null || true; rm -rf "$scratch"' EXIT
for _ in $(seq 100); do
    [[ -s "$scratch/display" ]] && break
    sleep 0.1
done
display=$(tr -d '[:space:]' <"$scratch/display")
[[ -n "$display" ]] || { echo "check-accessibility: Xvfb did not start" >&2; exit 1; }
export DISPLAY=":$display"

dbus-run-session -- /usr/bin/python3 "$here/read-screens.py" "$binary"
