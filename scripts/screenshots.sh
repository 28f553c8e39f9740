#!/usr/bin/env bash
# Re-takes the README's and the user guide's screenshots from the real app under Xvfb (so they stay
# current): docs/images/connect-explorer-{templates,error}.png, guide-{sign-in,profile,history,
# copy-as-code,permission}.png, checkup-{report-card,compare,har}.png and crash-notice.png, and their -dark
# variants. BUILD_DIR (default build) picks the build tree; an already configured one is reused as it is
# (only the screenshot program is built), otherwise scripts/setup.sh installs and builds first.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ] || ! command -v xvfb-run >/dev/null 2>&1; then
  BUILD_DIR="$BUILD_DIR" bash scripts/setup.sh
fi
cmake --build "$BUILD_DIR" --target gui-screenshots
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images
xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images --dark
