#!/usr/bin/env bash
# Runs a test program as the unprivileged user "nobody". Checks of files a person cannot write
# or read (a read-only data folder, a routine file without read permission) mean nothing as root,
# who may write and read anything, so the suites skip them there; CI runs as root, so this runs
# them again as an ordinary user. Not root: the suites themselves already ran them (exit 77,
# a ctest skip).
set -euo pipefail
if [[ $(id -u) -ne 0 ]]; then
    echo "not root: the suites ran these checks themselves" >&2
    exit 77
fi
if ! command -v setpriv >/dev/null 2>&1 || ! id nobody >/dev/null 2>&1; then
    echo "setpriv or the user nobody is missing: nothing checked" >&2
    exit 77
fi
scratch=$(mktemp -d)
chmod 777 "$scratch"
trap 'rm -rf "$scratch"' EXIT
cd "$scratch"
exec setpriv --reuid=nobody --regid="$(id -g nobody)" --clear-groups \
    env HOME="$scratch" TMPDIR="$scratch" XDG_RUNTIME_DIR= QT_QPA_PLATFORM=offscreen "$@"
