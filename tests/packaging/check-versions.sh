#!/usr/bin/env bash
# packaging.ReleaseVersionsAgree: one version everywhere: project(VERSION), the program's
# --version, the newest release in the metainfo and the newest entry in CHANGELOG.md.
# Usage: check-versions.sh VERSION GLUTEGUIDE_BINARY METAINFO CHANGELOG
set -uo pipefail
version=$1 binary=$2 metainfo=$3 changelog=$4
status=0
fail() { echo "FAIL: $*" >&2; status=1; }

shown=$(QT_QPA_PLATFORM=offscreen "$binary" --version)
[[ $shown == "GluteGuide $version" ]] || fail "--version says '$shown', not 'GluteGuide $version'"
release=$(sed -n 's|.*<release version="\([^"]*\)".*|\1|p' "$metainfo" | head -n 1)
[[ $release == "$version" ]] || fail "the metainfo's newest release is '$release', not $version"
logged=$(sed -n 's|^## \[\([^]]*\)\].*|\1|p' "$changelog" | head -n 1)
[[ $logged == "$version" ]] || fail "CHANGELOG.md's newest entry is '$logged', not $version"
[[ $status -eq 0 ]] && echo "version $version everywhere"
exit $status
