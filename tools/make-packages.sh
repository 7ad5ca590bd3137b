#!/usr/bin/env bash
# Builds GluteGuide's packages from a fresh clone: installs what is missing
# (tools/setup-debian.sh), builds the program alone with the optimised `package` preset
# (build/package) and has CPack write them into build/packages:
#   gluteguide_<version>-1_<arch>.deb          Debian/Ubuntu package: sudo apt-get install ./...
#   gluteguide-<version>-Linux-<arch>.tar.gz   the same files under bin/ and share/
# It is `cmake --workflow --preset package` after the set-up. Other platforms run that
# workflow too (Windows: the NSIS installer; macOS: the disk image), see packaging/README.md.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

./tools/setup-debian.sh

export CMAKE_BUILD_PARALLEL_LEVEL="${CMAKE_BUILD_PARALLEL_LEVEL:-$(nproc)}"
# Packages from an earlier version would otherwise sit beside the new ones.
rm -f build/packages/gluteguide[_-]*.deb build/packages/gluteguide-*.tar.gz
cmake --workflow --preset package

# CPack writes a .deb without its library dependencies, and says nothing, when dpkg-shlibdeps
# cannot run: refuse such a package.
for deb in build/packages/gluteguide_*.deb; do
    if ! dpkg-deb --field "$deb" Depends | grep -q 'libqt6core6'; then
        echo "make-packages: $deb has no library dependencies (is dpkg-dev installed?)" >&2
        exit 1
    fi
done
echo "make-packages: built"
ls -1 build/packages/*.deb build/packages/*.tar.gz
