#!/usr/bin/env bash
# packaging.DebContents: CPack makes the .deb and the .tar.gz from this build, with their
# standard names; the .deb's control fields name its library dependencies (dpkg-shlibdeps) and
# what Qt loads at run time; unpacked (dpkg-deb -x), every file is in its FHS place under /usr
# and the unpacked program answers --version and --plan.
# Usage: check-deb.sh BUILD_DIR VERSION EXPECTED_FILES
# Exits 77 (a ctest skip) without dpkg-deb, dpkg-shlibdeps or file (tools/setup-debian.sh).
set -uo pipefail
build=$1 version=$2 expected=$3
status=0
fail() { echo "FAIL: $*" >&2; status=1; }
for tool in cpack dpkg-deb dpkg-shlibdeps file; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$tool is not installed"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# gzip rather than xz: the same package, made in a fraction of the time.
if ! cpack --config "$build/CPackConfig.cmake" -G "DEB;TGZ" -B "$work/out" \
        -D CPACK_DEBIAN_COMPRESSION_TYPE=gzip >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log"
    echo "FAIL: cpack failed" >&2
    exit 1
fi
arch=$(dpkg --print-architecture)
deb=$work/out/gluteguide_${version}-1_${arch}.deb
tarball=$work/out/gluteguide-${version}-Linux-$(uname -m).tar.gz
ls "$work/out"
[[ -f $deb ]] || { fail "no $(basename "$deb")"; exit 1; }
[[ -f $tarball ]] || fail "no $(basename "$tarball")"

echo "--- control"
dpkg-deb --field "$deb" | tee "$work/control"
control() { sed -n "s/^$1: //p" "$work/control"; }
[[ $(control Package) == gluteguide ]] || fail "Package: $(control Package)"
[[ $(control Version) == "${version}-1" ]] || fail "Version: $(control Version)"
[[ $(control Architecture) == "$arch" ]] || fail "Architecture: $(control Architecture)"
depends=$(control Depends)
# From dpkg-shlibdeps (absent when it did not run) and the run-time additions.
for package in libc6 libstdc++6 libqt6core6 libqt6gui6 libqt6widgets6 libqt6multimedia6 \
               libqt6sql6 qt6-qpa-plugins libqt6sql6-sqlite qt6-translations-l10n; do
    [[ ", $depends," == *", $package"[\ ,]* ]] || fail "Depends does not name $package"
done
[[ $(control Recommends) == *qt6-speech-* ]] || fail "Recommends names no speech plugin"

echo "--- files"
dpkg-deb -x "$deb" "$work/root"
(cd "$work/root" && find . -type f -o -type l | sed 's|^\./||' | sort) >"$work/files"
grep -v '^#' "$expected" | sed 's|^|usr/|' | sort >"$work/expected"
cat "$work/files"
diff -u "$work/expected" "$work/files" \
    || fail "the .deb's files differ from $expected under /usr (- expected, + in the .deb)"
# Directories too: nothing outside /usr (no /usr/local, no build paths).
outside=$(dpkg-deb -c "$deb" | awk '{print $6}' | grep -v '^\./$' | grep -v '^\./usr/' || true)
[[ -z $outside ]] || fail "outside /usr: $outside"
file "$work/root/usr/bin/gluteguide" | grep -q 'ELF.*, stripped' \
    || fail "usr/bin/gluteguide is not a stripped ELF program"
tar -tzf "$tarball" | grep -qx "gluteguide-${version}-Linux-$(uname -m)/bin/gluteguide" \
    || fail "the tarball has no gluteguide-${version}-Linux-$(uname -m)/bin/gluteguide"

echo "--- the unpacked program"
export QT_QPA_PLATFORM=offscreen
export XDG_DATA_HOME=$work/data XDG_CONFIG_HOME=$work/config
shown=$("$work/root/usr/bin/gluteguide" --version)
echo "$shown"
[[ $shown == "GluteGuide $version" ]] || fail "--version says '$shown'"
"$work/root/usr/bin/gluteguide" --plan --language en >"$work/plan" \
    || fail "--plan exited with $?"
head -n 3 "$work/plan"
grep -q '450 reps' "$work/plan" || fail "--plan does not show the 450 reps of the default routine"

[[ $status -eq 0 ]] && echo "$(basename "$deb") and $(basename "$tarball") are right"
exit $status
