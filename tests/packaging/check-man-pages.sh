#!/usr/bin/env bash
# packaging_man_pages: each man page in packaging/linux describes exactly the options its program prints
# in --help (every command's --help for connect-cli), and renders without groff warnings.
#   check-man-pages.sh MAN_DIR CONNECT_CLI CONNECT_SIM [CONNECT_EXPLORER]
set -uo pipefail
man_dir=$1 cli=$2 sim=$3 gui=${4:-}
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LANGUAGE=
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Long options (--name) that a help text lists, one per line. --help-all is Qt's automatic companion of
# --help and is left out of the pages.
help_options() { grep -oE '(^|[ ,])--[a-z][a-z0-9-]*' | sed 's/^[ ,]*//' | grep -vx -- '--help-all' | sort -u; }
# Long options a page describes: those named on the line after a .TP (the option list's tags).
page_options() {
  awk 'prev == ".TP" { print } { prev = $0 }' "$1" | sed 's/\\-/-/g' |
    grep -oE '(^|[^a-z0-9-])--[a-z][a-z0-9-]*' | sed 's/^[^-]*//' | sort -u
}
check_page() { # page, help text, options answered without being listed in --help
  local page=$1 help=$2 unlisted=$3 text
  [ -f "$page" ] || { fail "$page is missing"; return; }
  text=$(sed 's/\\-/-/g' "$page")
  while read -r option; do
    [ -n "$option" ] || continue
    grep -qE -- "${option}([^a-z0-9-]|\$)" <<<"$text" || fail "$(basename "$page"): $option (in --help) is not described"
  done < <(help_options <<<"$help")
  while read -r option; do
    [ -n "$option" ] || continue
    grep -qx -- "$option" < <(help_options <<<"$help"; tr ' ' '\n' <<<"$unlisted") ||
      fail "$(basename "$page"): describes $option, which the program does not list in --help"
  done < <(page_options "$page")
  if command -v groff >/dev/null 2>&1; then
    local warnings
    warnings=$(groff -man -ww -z -Tutf8 "$page" 2>&1)
    [ -z "$warnings" ] || fail "$(basename "$page"): groff warnings: $warnings"
  fi
}

# Every command's own --help, for the commands the top-level help names.
cli_help="$("$cli" --help 2>&1)"
for command in $(sed -n '/^Commands:/,/^$/p' <<<"$cli_help" | grep -E '^  [a-z]' | awk '{ print $1 }' | sort -u); do
  cli_help+=$'\n'"$("$cli" "$command" --help 2>&1)"
  grep -q "^ *$command" <(sed -n '/^\.SH COMMANDS/,/^\.SH OPTIONS/p' "$man_dir/connect-cli.1" | sed 's/\\-/-/g' | sed 's/^\.[A-Z]* *"*//') ||
    fail "connect-cli.1: command '$command' is not described under COMMANDS"
done
grep -q -- '--base-url' <<<"$cli_help" || fail "connect-cli call --help printed no options: $cli_help"
check_page "$man_dir/connect-cli.1" "$cli_help" "--version"

sim_help="$("$sim" --help 2>&1)"
grep -q -- '--port' <<<"$sim_help" || fail "connect-sim --help printed no options: $sim_help"
check_page "$man_dir/connect-sim.1" "$sim_help" ""

if [ -n "$gui" ] && [ -x "$gui" ]; then
  gui_help="$("$gui" --help 2>&1)"
  grep -q -- '--openapi' <<<"$gui_help" || fail "connect-explorer --help printed no options: $gui_help"
  check_page "$man_dir/connect-explorer.1" "$gui_help" ""
fi

# Every page names the version the project builds.
version=$("$cli" --version | awk '{ print $2 }')
for page in "$man_dir"/*.1; do
  grep -q "^\.TH .*\"Connect Explorer $version\"" "$page" || fail "$(basename "$page"): .TH does not name version $version"
done

[ "$failures" -eq 0 ] && echo "man pages match the programs' --help" || exit 1
