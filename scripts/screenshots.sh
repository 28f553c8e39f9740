#!/usr/bin/env bash
# Re-takes the README's and the user guide's screenshots from the real app under Xvfb (so they stay
# current): docs/images/connect-explorer-{templates,error}.png and guide-{sign-in,profile,history,
# copy-as-code,permission}.png, and their -dark variants. BUILD_DIR (default build) picks the build tree.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake --build "$BUILD_DIR" --target gui-screenshots
mkdir -p docs/images
xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images
xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images --dark
