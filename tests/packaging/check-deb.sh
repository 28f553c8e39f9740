#!/usr/bin/env bash
# packaging_deb: unpacks the .deb into a scratch root (dpkg-deb -x, no root rights needed) and checks what a
# user would get: the three programs (runnable, the German translation embedded), the desktop file and the
# AppStream metainfo (valid together), hicolor icons, man pages, and Depends from dpkg-shlibdeps.
#   check-deb.sh BUILD_DIR SCRATCH_DIR [DEB]
# Without DEB (or $CONNECT_PACKAGE_DEB) it builds one with cpack into SCRATCH_DIR first; scripts/package.sh
# passes the .deb it just built instead.
set -uo pipefail
build_dir=$1 scratch=$2 deb=${3:-${CONNECT_PACKAGE_DEB:-}}
app_id=me.cliquify.ConnectExplorer
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

rm -rf "$scratch" && mkdir -p "$scratch"
if [ -z "$deb" ]; then
  echo "building a .deb with cpack into $scratch/cpack"
  if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$scratch/cpack" > "$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log"; echo "FAIL: cpack -G DEB failed"; exit 1
  fi
  deb=$(find "$scratch/cpack" -maxdepth 1 -name '*.deb' | head -n 1)
fi
[ -f "$deb" ] || { echo "FAIL: no .deb ('$deb')"; exit 1; }
echo "checking $deb"

# --- control fields ---
package=$(dpkg-deb -f "$deb" Package)
depends=$(dpkg-deb -f "$deb" Depends)
[ "$package" = connect-explorer ] || fail "Package is '$package', not connect-explorer"
[ "$(dpkg-deb -f "$deb" Section)" = devel ] || fail "Section is not devel"
[ "$(dpkg-deb -f "$deb" Version)" = "$("$build_dir/app/cli/connect-cli" --version | awk '{print $2}')" ] ||
  fail "Version $(dpkg-deb -f "$deb" Version) differs from connect-cli --version"
for library in libqt6core6 libqt6network6 libqt6gui6 libqt6widgets6 libqt6svg6 libqt6httpserver6 libqt6keychain1 libc6; do
  grep -qE "(^|, )${library}( |,|$)" <<<"$depends" || fail "Depends lacks $library (from dpkg-shlibdeps): $depends"
done
dpkg-deb -f "$deb" Maintainer | grep -q '@' || fail "Maintainer has no address"

# --- contents ---
root="$scratch/root"
dpkg-deb -x "$deb" "$root" || { echo "FAIL: dpkg-deb -x failed"; exit 1; }
expect() { [ -e "$root/$1" ] || fail "missing /$1"; }
for program in connect-explorer connect-cli connect-sim; do
  expect "usr/bin/$program"
  [ -x "$root/usr/bin/$program" ] || fail "/usr/bin/$program is not executable"
done
expect "usr/share/applications/$app_id.desktop"
expect "usr/share/metainfo/$app_id.metainfo.xml"
expect "usr/share/icons/hicolor/scalable/apps/$app_id.svg"
for size in 16 32 48 64 128 256; do
  png="usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  expect "$png"
  [ -e "$root/$png" ] && { file -b "$root/$png" | grep -q "PNG image data, $size x $size" ||
    fail "/$png is not a ${size}x${size} PNG: $(file -b "$root/$png")"; }
done
for page in connect-cli connect-sim connect-explorer; do
  expect "usr/share/man/man1/$page.1.gz"
done
stray=$(cd "$root" && find . -path ./usr -prune -o -print | grep -v '^\.$')
[ -z "$stray" ] || fail "files outside /usr: $stray"
[ -z "$(cd "$root" && find . -path './usr/local*')" ] || fail "files under /usr/local"

# --- the programs run from the package, and carry the German translation ---
export QT_QPA_PLATFORM=offscreen
"$root/usr/bin/connect-cli" --version | grep -q '^connect-cli ' || fail "packaged connect-cli --version failed"
"$root/usr/bin/connect-sim" --version | grep -q '^connect-sim ' || fail "packaged connect-sim --version failed"
"$root/usr/bin/connect-explorer" --version | grep -q '^connect-explorer ' || fail "packaged connect-explorer --version failed"
# Qt resources store file names in UTF-16BE: the translations are compiled into :/i18n of connect_core.
for program in connect-explorer connect-cli; do
  # (grep without -q reads to the end: no SIGPIPE for strings under pipefail)
  strings -e b "$root/usr/bin/$program" | grep -x 'connect-explorer_de.qm' >/dev/null ||
    fail "/usr/bin/$program does not embed connect-explorer_de.qm"
done
for program in connect-explorer connect-cli connect-sim; do
  case $(file -b "$root/usr/bin/$program") in *"not stripped"*) fail "/usr/bin/$program is not stripped" ;; esac
done
ddeb=$(find "$(dirname "$deb")" -maxdepth 1 -name 'connect-explorer-dbgsym_*.ddeb' | head -n 1)
if [ -n "$ddeb" ]; then
  [ "$(dpkg-deb -f "$ddeb" Depends)" = "connect-explorer (= $(dpkg-deb -f "$deb" Version))" ] ||
    fail "$(basename "$ddeb") does not depend on this exact version"
  build_id=$(file -b "$root/usr/bin/connect-cli" | sed -n 's/.*BuildID\[sha1\]=\([0-9a-f]*\).*/\1/p')
  dpkg-deb -c "$ddeb" > "$scratch/ddeb.list"
  grep "/usr/lib/debug/.build-id/${build_id:0:2}/${build_id:2}.debug" "$scratch/ddeb.list" >/dev/null ||
    fail "$(basename "$ddeb") lacks the debug info of connect-cli (build-id $build_id)"
else
  fail "no -dbgsym .ddeb beside $(basename "$deb")"
fi

# --- desktop integration, validated as installed ---
if command -v desktop-file-validate >/dev/null 2>&1; then
  desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
fi
if command -v appstreamcli >/dev/null 2>&1; then
  appstreamcli validate-tree --no-net "$root" || fail "appstreamcli validate-tree"
fi
if command -v man >/dev/null 2>&1; then
  man -l "$root/usr/share/man/man1/connect-cli.1.gz" 2>/dev/null | grep "EXIT STATUS" >/dev/null ||
    fail "man cannot render connect-cli.1.gz"
fi

if [ "$failures" -eq 0 ]; then
  echo "$package: $(dpkg-deb -f "$deb" Version), $(du -k "$deb" | cut -f1) KiB, Depends: $depends"
  echo "all package checks passed"
else
  exit 1
fi
