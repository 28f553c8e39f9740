#!/usr/bin/env bash
# packaging_icons: the app icon rendered at build time (packaging/tools/icon-render.cpp) is what each
# platform expects: hicolor PNGs of the named sizes, a multi-size Windows .ico and a macOS .icns.
#   check-icons.sh ICON_DIR
set -uo pipefail
dir=$1 failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
for size in 16 32 48 64 128 256; do
  png="$dir/hicolor/${size}x${size}/apps/me.cliquify.ConnectExplorer.png"
  description=$(file -b "$png" 2>&1)
  grep -q "PNG image data, $size x $size, 8-bit/color RGBA" <<<"$description" || fail "$png: $description"
done
description=$(file -b "$dir/connect-explorer.ico")
grep -q 'MS Windows icon resource - 7 icons' <<<"$description" || fail "connect-explorer.ico: $description"
# ICONDIRENTRY widths (byte 0 of each 16-byte entry after the 6-byte header; 0 means 256).
widths=$(for i in 0 1 2 3 4 5 6; do od -An -tu1 -j $((6 + 16 * i)) -N1 "$dir/connect-explorer.ico"; done | tr -s ' \n' ' ')
[ "$widths" = " 16 24 32 48 64 128 0 " ] || fail "connect-explorer.ico image widths:$widths (want 16 24 32 48 64 128 256)"
description=$(file -b "$dir/connect-explorer.icns")
grep -q 'Mac OS X icon' <<<"$description" || fail "connect-explorer.icns: $description"
# The ICNS header's length is the file's length, and the largest entry (ic10, 1024 px) is there.
header_length=$(od -An -tu1 -j4 -N4 "$dir/connect-explorer.icns" | awk '{ print $1*16777216 + $2*65536 + $3*256 + $4 }')
[ "$header_length" -eq "$(stat -c %s "$dir/connect-explorer.icns")" ] || fail "connect-explorer.icns: length field $header_length"
grep -q 'ic10' "$dir/connect-explorer.icns" || fail "connect-explorer.icns has no ic10 (1024 px) entry"
# Not a blank square: the 48 px icon has more than a handful of distinct bytes.
[ "$(od -An -tx1 -v "$dir/hicolor/48x48/apps/me.cliquify.ConnectExplorer.png" | tr ' ' '\n' | sort -u | wc -l)" -gt 100 ] ||
  fail "48 px icon looks empty"
[ "$failures" -eq 0 ] && echo "icons OK" || exit 1
