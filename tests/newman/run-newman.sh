#!/usr/bin/env bash
# Starts connect-sim on a free loopback port, runs the Postman collection against it with newman (pinned
# in package-lock.json), stops the simulator and exits with newman's status.
# Usage: CONNECT_SIM=/path/to/connect-sim tests/newman/run-newman.sh [extra newman options]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sim="${CONNECT_SIM:?set CONNECT_SIM to the connect-sim executable}"

if [[ ! -x "$here/node_modules/.bin/newman" ]]; then
  echo "run-newman: installing newman with npm ci" >&2
  (cd "$here" && npm ci --no-audit --no-fund --loglevel=error)
fi

workdir="$(mktemp -d)"
sim_pid=""
cleanup() {
  if [[ -n "$sim_pid" ]] && kill -0 "$sim_pid" 2>/dev/null; then
    kill -TERM "$sim_pid" 2>/dev/null || true
    wait "$sim_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

"$sim" --port 0 >"$workdir/sim.out" 2>"$workdir/sim.err" &
sim_pid=$!

# The first stdout line is the base URL; wait for it (up to 10 s).
base_url=""
for _ in $(seq 1 100); do
  if [[ -s "$workdir/sim.out" ]]; then
    base_url="$(head -n 1 "$workdir/sim.out")"
    [[ "$base_url" == http://* ]] && break
  fi
  if ! kill -0 "$sim_pid" 2>/dev/null; then
    echo "run-newman: connect-sim exited early:" >&2
    cat "$workdir/sim.err" >&2
    exit 1
  fi
  sleep 0.1
done
if [[ "$base_url" != http://127.0.0.1:* ]]; then
  echo "run-newman: connect-sim printed no base URL" >&2
  exit 1
fi
echo "run-newman: connect-sim at $base_url" >&2

status=0
"$here/node_modules/.bin/newman" run "$here/connect-sim.postman_collection.json" \
  --env-var "baseUrl=$base_url" --color off --disable-unicode "$@" || status=$?
exit "$status"
