#!/usr/bin/env bash
# The package command: builds Connect Explorer (scripts/setup.sh) and packs it with CPack into
# build/packages/: a Debian package (.deb, plus its -dbgsym .ddeb) and a .tar.gz of the same tree, then
# checks the .deb (ctest -L packaging) and prints the packages' paths.
# Idempotent: packages already present are not reinstalled, the build is reused, old packages are replaced.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# What packing and checking need beyond the build: dpkg-shlibdeps (dpkg-dev) for the Depends field, file
# (CPack finds the ELF files to strip and scan with it), binutils (strip, objcopy for the dbgsym package),
# desktop-file-utils and appstream (validation), man-db (renders the man pages in the check).
PACKAGES=(dpkg-dev file binutils desktop-file-utils appstream man-db)
missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "package: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

bash scripts/setup.sh

BUILD_DIR=${BUILD_DIR:-build}
OUT_DIR="$BUILD_DIR/packages"
# A build directory configured before packaging/ existed has no CPackConfig.cmake yet: configure again.
if [ ! -f "$BUILD_DIR/CPackConfig.cmake" ]; then
  cmake "$BUILD_DIR" >/dev/null
  cmake --build "$BUILD_DIR" --parallel "$(nproc)"
fi

rm -rf "$OUT_DIR"
cpack --config "$BUILD_DIR/CPackConfig.cmake" -B "$OUT_DIR"

mapfile -t packages < <(find "$OUT_DIR" -maxdepth 1 -type f \( -name '*.deb' -o -name '*.ddeb' -o -name '*.tar.gz' \) | sort)
deb=$(find "$OUT_DIR" -maxdepth 1 -type f -name '*.deb' | head -n 1)
[ -n "$deb" ] || { echo "package: cpack made no .deb" >&2; exit 1; }

echo
echo "Packages:"
for file in "${packages[@]}"; do
  printf '  %s  (%s)\n' "$(realpath "$file")" "$(du -h "$file" | cut -f1)"
done
echo
dpkg-deb --field "$deb"
echo

# The same checks the test suite runs (label packaging), on the .deb just built; they decide the exit status.
CONNECT_PACKAGE_DEB="$(realpath "$deb")" ctest --test-dir "$BUILD_DIR" -L packaging --output-on-failure
