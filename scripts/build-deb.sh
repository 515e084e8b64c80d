#!/usr/bin/env bash
# Build the offline Debian package of lessonapp: a PyInstaller one-folder build
# (no Python, no network needed on the school machine) under /usr/lib/lessonapp,
# wrapped with its command, menu entry, AppStream metainfo, icons, man page and
# the kiosk session, into dist/lessonapp_<version>_<arch>.deb.
#
#     python3 -m venv .venv && . .venv/bin/activate && pip install ".[package]"
#     scripts/build-deb.sh
#
# Needs, from Debian: dpkg-dev (dpkg-shlibdeps), desktop-file-utils, appstream,
# help2man, binutils (strip). Runs on the Debian release it targets (built on
# Debian 12, the package depends on Debian 12's libraries).
set -euo pipefail
cd "$(dirname "$0")/.."
umask 022

fail() { echo "build-deb.sh: $*" >&2; exit 1; }
for tool in dpkg-deb dpkg-shlibdeps desktop-file-validate appstreamcli help2man strip; do
    command -v "$tool" >/dev/null || fail "$tool is missing; on Debian: apt install dpkg-dev desktop-file-utils appstream help2man binutils"
done
python -c "import PyInstaller" 2>/dev/null || fail "PyInstaller is missing in $(command -v python); run: pip install '.[package]'"

version=$(python -c "import re, pathlib; print(re.search(r'__version__ = \"(.+)\"', pathlib.Path('lessonapp/__init__.py').read_text()).group(1))")
arch=$(dpkg --print-architecture)
id=org.lessonapp.LessonApp
deb="dist/lessonapp_${version}_${arch}.deb"

grep -q "<release version=\"$version\"" "packaging/linux/$id.metainfo.xml" \
    || fail "packaging/linux/$id.metainfo.xml has no <release> for version $version: add one, newest first"

# 1. The frozen program. LESSONAPP_FREEZE_FOR_DEB: leave out the libraries a
#    Debian package provides; the .deb depends on those packages instead.
rm -rf build/frozen build/deb
LESSONAPP_FREEZE_FOR_DEB=1 python -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath build/frozen --workpath build/pyinstaller packaging/lessonapp.spec
frozen=build/frozen/lessonapp
dangling=$(find "$frozen" -xtype l)
[[ -z "$dangling" ]] || fail "the frozen build has links to files left out: $dangling"
"$frozen/lessonapp" --version >/dev/null || fail "the frozen program does not start"

# 2. The tree the package installs.
root=build/deb/root
mkdir -p "$root/usr/lib" "$root/usr/bin" "$root/DEBIAN"
cp -a "$frozen" "$root/usr/lib/lessonapp"
ln -s ../lib/lessonapp/lessonapp "$root/usr/bin/lessonapp"
install -D -m 755 packaging/linux/lessonapp-kiosk-session "$root/usr/bin/lessonapp-kiosk-session"
install -D -m 644 packaging/linux/lessonapp-kiosk.service "$root/usr/lib/systemd/user/lessonapp-kiosk.service"
install -D -m 644 packaging/linux/lessonapp-kiosk-wayland-session.desktop \
    "$root/usr/share/wayland-sessions/lessonapp-kiosk.desktop"
install -D -m 644 "packaging/linux/$id.desktop" "$root/usr/share/applications/$id.desktop"
install -D -m 644 "packaging/linux/$id.metainfo.xml" "$root/usr/share/metainfo/$id.metainfo.xml"
install -D -m 644 packaging/icons/lessonapp.svg "$root/usr/share/icons/hicolor/scalable/apps/$id.svg"
for size in 16 24 32 48 64 128 256 512; do
    install -D -m 644 "packaging/icons/lessonapp-$size.png" "$root/usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
done
mkdir -p "$root/usr/share/man/man1"
help2man --no-info --section=1 --include=packaging/linux/lessonapp.h2m \
    --name="offline lessons and multiple-choice quizzes written by teachers" \
    "$frozen/lessonapp" | gzip -9n >"$root/usr/share/man/man1/lessonapp.1.gz"
docs="$root/usr/share/doc/lessonapp"
install -D -m 644 README.md "$docs/README.md"
install -m 644 docs/kiosk.md docs/writing-lessons.md "$docs/"
cat >"$docs/copyright" <<COPYRIGHT
Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/
Upstream-Name: lessonapp

Files: *
License: MIT

Files: usr/lib/lessonapp/_internal/*
Comment: the Python interpreter and standard library (PSF License), Qt and
 PySide6 (LGPL-3.0), PyYAML (MIT), bundled by PyInstaller; their license
 files are in usr/lib/lessonapp/_internal where the wheels ship them.
COPYRIGHT

desktop-file-validate "$root/usr/share/applications/$id.desktop" \
    "$root/usr/share/wayland-sessions/lessonapp-kiosk.desktop" || fail "desktop-file-validate found problems"
appstreamcli validate --no-net "$root/usr/share/metainfo/$id.metainfo.xml" >/dev/null \
    || fail "appstreamcli validate found problems: appstreamcli validate --no-net packaging/linux/$id.metainfo.xml"

# 3. Depends: the Debian packages of the libraries the frozen program links to
#    (the ones it carries itself are found in its own folders, -l).
missing=$(find "$root/usr/lib/lessonapp" -name '*.so*' -type f -exec ldd {} \; 2>/dev/null | sed -n 's/^\s*\(\S*\) => not found/\1/p' | sort -u)
[[ -z "$missing" ]] || fail "install the Debian packages of these libraries Qt's plugins use, to find the package's dependencies:" $missing
mkdir -p build/deb/shlibs/debian
printf 'Source: lessonapp\n\nPackage: lessonapp\nArchitecture: any\n' >build/deb/shlibs/debian/control
mapfile -t elves < <(find "$root/usr/lib/lessonapp" -type f \( -name '*.so*' -o -name lessonapp \) \
    -exec sh -c 'head -c 4 "$1" | grep -q ELF && echo "$(realpath "$1")"' _ {} \;)
private=$(find "$(realpath "$root/usr/lib/lessonapp")" -name '*.so*' -printf '-l%h\n' | sort -u)
# shellcheck disable=SC2086
depends=$(cd build/deb/shlibs && dpkg-shlibdeps -O --ignore-missing-info $private "${elves[@]}" 2>shlibdeps.log \
    | sed -n 's/^shlibs:Depends=//p')
[[ -n "$depends" ]] || fail "dpkg-shlibdeps failed: $(grep error: build/deb/shlibs/shlibdeps.log | head -3)"

installed_kib=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat >"$root/DEBIAN/control" <<CONTROL
Package: lessonapp
Version: $version
Architecture: $arch
Maintainer: lessonapp developers <lessonapp@localhost>
Installed-Size: $installed_kib
Depends: $depends
Recommends: ca-certificates
Suggests: cage
Section: education
Priority: optional
Description: offline lessons and multiple-choice quizzes written by teachers
 Teachers write short lessons and multiple-choice quizzes as plain YAML files,
 or import Moodle GIFT and Aiken question banks; students read, take the
 quizzes and learn from the feedback, with no network. Scores stay on the
 machine until a teacher exports them. Includes a locked classroom kiosk mode
 and a cage session to run it as the whole desktop.
 .
 This package carries its own Python and Qt (a PyInstaller build).
CONTROL
(cd "$root" && find . -path ./DEBIAN -prune -o -type f -printf '%P\0' | sort -z | xargs -0 md5sum) >"$root/DEBIAN/md5sums"

mkdir -p dist
dpkg-deb --root-owner-group -Zxz --build "$root" "$deb" >/dev/null
echo "$deb: $(du -h "$deb" | cut -f1), installs $((installed_kib / 1024)) MiB"
