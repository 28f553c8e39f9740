#!/usr/bin/env bash
# Re-takes the README's and the user guide's screenshots from the real app under Xvfb (so they stay
# current): docs/images/connect-explorer-{templates,error}.png, guide-{sign-in,profile,history,
# copy-as-code,permission}.png, checkup-{report-card,compare,har}.png, crash-notice.png and
# error-panel-1024{,-de}.png (the error panel in a 1024x700 window, in English and German), and their -dark
# variants. BUILD_DIR (default build) picks the build tree; an already configured one is reused as it is
# (only the screenshot program is built), otherwise scripts/setup.sh installs and builds first.
#
# --check: instead of the pictures, checks that nothing is cut off (issue 16). A real X server (Xvfb) with
# a real window manager (openbox, for window frames and the available geometry), a 1024x700 screen; the
# app goes through the states that matter (gui-screenshots --check) in English, in German, and in German
# in presentation mode, then in German at 2x scale (QT_SCALE_FACTOR=2 on a 2048x1400 screen). Every
# problem LayoutCheck finds is printed; the pictures and logs stay in a temporary folder (printed at the
# end). Exits 1 when any run finds a problem or fails, 2 when Xvfb or openbox is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${BUILD_DIR:-build}

case "${1:-}" in
  "") ;;
  --check) ;;
  *)
    echo "usage: scripts/screenshots.sh [--check]" >&2
    exit 2
    ;;
esac

if [ "${1:-}" != "--check" ]; then
  if [ ! -f "$BUILD_DIR/build.ninja" ] || ! command -v xvfb-run >/dev/null 2>&1; then
    BUILD_DIR="$BUILD_DIR" bash scripts/setup.sh
  fi
  cmake --build "$BUILD_DIR" --target gui-screenshots
  mkdir -p docs/images
  xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images
  xvfb-run -a -s "-screen 0 1920x1080x24" "$BUILD_DIR/tests/gui/gui-screenshots" docs/images --dark
  exit 0
fi

# --check
for tool in Xvfb openbox; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "screenshots.sh --check needs $tool, a real X server with a real window manager:" >&2
    echo "  sudo apt-get install xvfb openbox" >&2
    exit 2
  fi
done
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  BUILD_DIR="$BUILD_DIR" bash scripts/setup.sh
fi
cmake --build "$BUILD_DIR" --target gui-screenshots
PROGRAM="$BUILD_DIR/tests/gui/gui-screenshots"
OUT=$(mktemp -d "${TMPDIR:-/tmp}/connect-layout-check.XXXXXX")

XVFB_PID=""
WM_PID=""
stop_display() {
  if [ -n "$WM_PID" ]; then kill "$WM_PID" 2>/dev/null || true; wait "$WM_PID" 2>/dev/null || true; fi
  if [ -n "$XVFB_PID" ]; then kill "$XVFB_PID" 2>/dev/null || true; wait "$XVFB_PID" 2>/dev/null || true; fi
  WM_PID=""
  XVFB_PID=""
}
trap stop_display EXIT

# Starts Xvfb with one screen of $1 (WIDTHxHEIGHTxDEPTH) on a free display and openbox on it; sets DISPLAY_NAME.
start_display() {
  local screen=$1 displayfile
  displayfile=$(mktemp "$OUT/display.XXXXXX")
  Xvfb -displayfd 3 -screen 0 "$screen" -nolisten tcp 3>"$displayfile" >"$OUT/xvfb.log" 2>&1 &
  XVFB_PID=$!
  for _ in $(seq 1 100); do
    [ -s "$displayfile" ] && break
    sleep 0.1
  done
  if [ ! -s "$displayfile" ]; then
    echo "Xvfb did not start (see $OUT/xvfb.log)" >&2
    return 1
  fi
  DISPLAY_NAME=":$(head -n1 "$displayfile")"
  rm -f "$displayfile"
  DISPLAY="$DISPLAY_NAME" openbox --sm-disable >"$OUT/openbox.log" 2>&1 &
  WM_PID=$!
  # Wait until the window manager has announced itself (xprop, when installed), or give it two seconds.
  if command -v xprop >/dev/null 2>&1; then
    for _ in $(seq 1 50); do
      DISPLAY="$DISPLAY_NAME" xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q "window id" && break
      sleep 0.1
    done
  else
    sleep 2
  fi
}

FAILED=()
# run_check NAME SCREEN SCALE [gui-screenshots options...]
run_check() {
  local name=$1 screen=$2 scale=$3
  shift 3
  echo "== layout check: $name (screen ${screen%x24}, scale $scale) =="
  start_display "$screen"
  mkdir -p "$OUT/$name"
  local status=0
  env -u QT_QPA_PLATFORM DISPLAY="$DISPLAY_NAME" QT_SCALE_FACTOR="$scale" \
    "$PROGRAM" "$OUT/$name" --check "$@" >"$OUT/$name.log" 2>"$OUT/$name.stderr.log" || status=$?
  stop_display
  grep -E '^(NOTE|DISTINCT|LAYOUT CHECK)' "$OUT/$name.log" | sed 's/^DISTINCT /  /' || true
  if [ "$status" -ne 0 ]; then
    if ! grep -q '^LAYOUT CHECK' "$OUT/$name.log"; then
      echo "  the run stopped before the end (exit $status): see $OUT/$name.stderr.log"
      grep -E 'step failed' "$OUT/$name.stderr.log" | sed 's/^/  /' || true
    fi
    FAILED+=("$name")
  fi
}

run_check english 1024x700x24 1
run_check german 1024x700x24 1 --lang de
run_check german-presentation 1024x700x24 1 --lang de --presentation
run_check german-2x 2048x1400x24 2 --lang de

echo
echo "Pictures and logs of the check: $OUT"
if [ "${#FAILED[@]}" -gt 0 ]; then
  echo "layout check failed: ${FAILED[*]}"
  exit 1
fi
echo "layout check passed: nothing is cut off"
