#!/usr/bin/env bash
# Installs what GluteGuide needs to build and test on Debian 12, Ubuntu 24.04 or newer.
# Idempotent: asks apt only for the packages that are missing, and does nothing when none are.
set -euo pipefail

packages=(
    # Toolchain and build
    build-essential cmake ninja-build git pkg-config
    # Tests and benchmarks
    libgtest-dev libgmock-dev googletest libbenchmark-dev
    # The fuzz preset: Clang, and its runtime libraries with libFuzzer and the sanitizers
    clang libclang-rt-dev
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins qt6-multimedia-dev qt6-tools-dev
    qt6-tools-dev-tools qt6-l10n-tools qt6-speech-dev qt6-declarative-dev qt6-svg-dev
    libqt6sql6-sqlite libgl-dev
    # Qt's own texts in French, Spanish and Chinese (dialog buttons), and a font for Chinese
    qt6-translations-l10n fonts-noto-cjk
    # Running the window without a desktop, and the end-to-end audio test: a private X server
    # and a private PulseAudio with a null sink, recorded with parec
    xvfb xauth pulseaudio pulseaudio-utils
    # The front desk's soak test (tests/soak): "Try it" pressed as from a keyboard, the screen
    # grabbed to see that the loop still moves; and valgrind's memcheck on the core tests
    xdotool x11-apps valgrind
    # Reading the screens as a screen reader gets them: the accessibility bus, read with pyatspi
    # in a private D-Bus session (tests/a11y)
    at-spi2-core python3-pyatspi dbus-daemon
    # Reading the handout PDF back in tests (pdftotext, pdfinfo, pdftoppm)
    poppler-utils
    # Reading screenshots back in each language (tests/app/ScreenReadBackTest.cpp)
    tesseract-ocr tesseract-ocr-eng tesseract-ocr-fra tesseract-ocr-spa tesseract-ocr-chi-sim
    # Packaging: the .deb's library dependencies (dpkg-shlibdeps from dpkg-dev, which needs
    # file; without them CPack silently leaves them out), and the checks of the desktop file,
    # the AppStream metainfo, the MIME type and the installed file associations
    dpkg-dev file desktop-file-utils appstream shared-mime-info xdg-utils libglib2.0-bin
)

missing=()
for package in "${packages[@]}"; do
    status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
    if [[ "$status" != "installed" ]]; then
        missing+=("$package")
    fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
    echo "setup-debian: all ${#packages[@]} packages are installed."
    exit 0
fi

echo "setup-debian: installing ${missing[*]}"
if [[ $(id -u) -eq 0 ]]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
else
    echo "setup-debian: not root and sudo is not available; install as root: ${missing[*]}" >&2
    exit 1
fi

"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update
"${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
