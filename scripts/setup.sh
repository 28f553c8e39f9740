#!/usr/bin/env bash
# Installs what Connect Explorer needs on Debian 12 / Ubuntu, configures and builds it into build/.
# Idempotent: packages already present are not reinstalled, and a second run reuses the build.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

# Qt 6 (base, HTTP server, SVG, tools, translations), QtKeychain, Xvfb for GUI tests, a keyring for the
# keychain tests, a window manager for scripts/screenshots.sh --check, Ninja, and Node.js for newman (a
# client we did not write, checking the simulator).
PACKAGES=(
  cmake g++ ninja-build pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools linguist-qt6 qt6-translations-l10n
  qtkeychain-qt6-dev libgl-dev
  xvfb xauth dbus dbus-x11 gnome-keyring fonts-dejavu-core openbox x11-utils
  curl ca-certificates openssl tinyproxy-bin dante-server microsocks nginx-light
  desktop-file-utils appstream dpkg-dev file
)

missing=()
for package in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
# Node.js may come from elsewhere (it often does on developer machines): only install it when absent.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

BUILD_DIR=${BUILD_DIR:-build}
BUILD_TYPE=${BUILD_TYPE:-RelWithDebInfo}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE="$BUILD_TYPE"
fi
cmake --build "$BUILD_DIR" --parallel "$(nproc)"
