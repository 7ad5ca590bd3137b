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

scratch=$(mktemp -d)
XVFB_PID=""
trap '[[ -n "$XVFB_PID" ]] && kill "$XVFB_PID" 2>/dev/null; rm -rf "$scratch"' EXIT
# shellcheck source=../support/private-xvfb.sh
source "$here/../support/private-xvfb.sh"
start_private_xvfb "$scratch" 1366x768x24

dbus-run-session -- /usr/bin/python3 "$here/read-screens.py" "$binary"
