#!/usr/bin/env bash
# Connect Explorer benchmarks: builds what they need (build-bench/, RelWithDebInfo, -DCONNECT_BENCH=ON),
# installs the peers when missing (wrk, hyperfine, Xvfb from apt; bru from npm into tests/bench/node_modules;
# newman into tests/newman/node_modules), runs every benchmark with its anchor measured in the same run on
# this machine, and prints one table (also written to tests/bench/latest.md).
#
#   bash scripts/bench.sh                 everything
#   BENCH_RUNS=11 bash scripts/bench.sh   more start-up runs (default 7; the median is reported)
#   BENCH_REQUESTS=1000                   requests per client in the sequential-GET benchmark
#   BENCH_BUILD_DIR=build-bench           where to build
#   BENCH_COLD=0                          no cold start-up runs (they drop the whole machine's page cache)
#   BENCH_ONLY=startup                    only the start-up benchmarks (needs only Xvfb; no peers installed;
#                                         the table goes to tests/bench/latest-startup.md)
#
# Start-up runs beside a private session bus, as in a desktop session (without one: reported as
# information). It is measured cold (page cache dropped before each run) when this script may write
# /proc/sys/vm/drop_caches (root), and warm in any case.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
BUILD=${BENCH_BUILD_DIR:-build-bench}
RUNS=${BENCH_RUNS:-7}
REQUESTS=${BENCH_REQUESTS:-1000}
BIG_RUNS=${BENCH_BIG_RUNS:-3}
OUT=tests/bench/latest.md
ONLY=${BENCH_ONLY:-}
if [ "$ONLY" = startup ]; then OUT=tests/bench/latest-startup.md; fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

log() { printf 'bench: %s\n' "$*" >&2; }

# --- tools -----------------------------------------------------------------------------------------
missing=()
tools="wrk:wrk hyperfine:hyperfine Xvfb:xvfb dbus-daemon:dbus curl:curl python3:python3 cmake:cmake ninja:ninja-build"
if [ "$ONLY" = startup ]; then tools="Xvfb:xvfb dbus-daemon:dbus python3:python3 cmake:cmake ninja:ninja-build"; fi
for tool in $tools; do
  command -v "${tool%%:*}" >/dev/null 2>&1 || missing+=("${tool#*:}")
done
if [ "${#missing[@]}" -gt 0 ]; then
  log "installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
if [ "$ONLY" != startup ] && [ ! -x tests/bench/node_modules/.bin/bru ]; then
  log "installing @usebruno/cli into tests/bench/node_modules"
  npm ci --prefix tests/bench --no-audit --no-fund >&2
fi
if [ "$ONLY" != startup ] && [ ! -x tests/newman/node_modules/.bin/newman ]; then
  log "installing newman into tests/newman/node_modules"
  npm ci --prefix tests/newman --no-audit --no-fund >&2
fi
BRU=$ROOT/tests/bench/node_modules/.bin/bru
NEWMAN=$ROOT/tests/newman/node_modules/.bin/newman

# --- build -----------------------------------------------------------------------------------------
if ! grep -Eq '^CONNECT_BENCH:[A-Z]+=ON' "$BUILD/CMakeCache.txt" 2>/dev/null; then
  cmake -S . -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCONNECT_BENCH=ON >&2
fi
targets=(connect-cli connect-sim bench_launch bench_bare_window bench_startup bench_big_json bench_big_binary bench_diff)
if [ "$ONLY" = startup ]; then targets=(bench_launch bench_bare_window bench_startup); fi
cmake --build "$BUILD" --parallel "$(nproc)" --target "${targets[@]}" >&2
BIN=$ROOT/$BUILD
CLI=$BIN/app/cli/connect-cli
SIM=$BIN/app/sim/connect-sim
LAUNCH=$BIN/tests/bench/bench_launch

WORK=$(mktemp -d)
PIDS=()
cleanup() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
RESULTS=$WORK/results.jsonl
: >"$RESULTS"
# result NAME KEY=VALUE... : one JSON line per measurement for the table.
result() {
  local name=$1
  shift
  python3 - "$name" "$@" >>"$RESULTS" <<'EOF'
import json, sys
row = {"name": sys.argv[1]}
for pair in sys.argv[2:]:
    key, _, value = pair.partition("=")
    try:
        row[key] = float(value)
    except ValueError:
        row[key] = value
print(json.dumps(row))
EOF
}

LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

# --- GUI: a private X server, and a private HOME so the app starts as on a fresh machine -------------
exec 3>"$WORK/display"
Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp >"$WORK/xvfb.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 100); do [ -s "$WORK/display" ] && break; sleep 0.1; done
exec 3>&-
DISPLAY=:$(head -n1 "$WORK/display")
export DISPLAY
export QT_QPA_PLATFORM=xcb
mkdir -p "$WORK/home" && mkdir -m 700 "$WORK/runtime"
# A private session bus, as every Linux desktop session has one (the user's own, if any, is not used).
# Without one, the first D-Bus use autolaunches dbus-launch and a daemon and waits for them: Qt's
# accessibility bridge (any item view asks QAccessible::isActive) and the global-menu check of any
# QMenuBar do, on the UI thread; the bare window has neither. That case (ssh -X, a bare X server) is
# measured too, as information.
bus=$(dbus-daemon --session --fork --nopidfile --print-address=1 --print-pid=1)
BUS_ADDRESS=$(sed -n 1p <<<"$bus")
PIDS+=("$(sed -n 2p <<<"$bus")")
gui_env=(env DBUS_SESSION_BUS_ADDRESS="$BUS_ADDRESS" HOME="$WORK/home" XDG_CONFIG_HOME="$WORK/home/.config"
  XDG_DATA_HOME="$WORK/home/.local/share" XDG_CACHE_HOME="$WORK/home/.cache" XDG_RUNTIME_DIR="$WORK/runtime")

CAN_DROP=0
if [ "${BENCH_COLD:-1}" != 0 ] && [ -w /proc/sys/vm/drop_caches ] &&
  (sync && echo 3 >/proc/sys/vm/drop_caches) 2>/dev/null; then CAN_DROP=1; fi

div() { awk -v a="$1" -v b="$2" 'BEGIN {print a / b}'; }
median() { sort -g | awk '{a[NR]=$1} END {if (NR==0) print "nan"; else if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
field() { python3 -c 'import json,sys; print(json.loads(sys.stdin.readline())[sys.argv[1]])' "$1"; }

# start-up MODES...: RUNS rounds; each round runs the bare window and the app once in each mode (warm,
# nobus: warm without the session bus; cold: page cache dropped first), so a machine that drifts over the
# minutes of the run weighs on every series alike.
startup() {
  local i mode kind program bus_env
  for mode in "$@"; do : >"$WORK/start-$mode-bare" && : >"$WORK/start-$mode-app"; done
  for i in $(seq "$RUNS"); do
    for mode in "$@"; do
      bus_env=()
      if [ "$mode" = nobus ]; then bus_env=(env -u DBUS_SESSION_BUS_ADDRESS); fi
      for kind in bare app; do
        if [ "$mode" = cold ]; then sync && echo 3 >/proc/sys/vm/drop_caches; fi
        if [ $kind = bare ]; then program=$BIN/tests/bench/bench_bare_window; else program=$BIN/tests/bench/bench_startup; fi
        "${gui_env[@]}" "${bus_env[@]}" "$LAUNCH" "$program" >>"$WORK/start-$mode-$kind" 2>>"$WORK/start.log"
      done
    done
  done
}
log "start-up: $RUNS rounds of warm runs, with and without a session bus"
startup warm nobus
if [ "$CAN_DROP" = 1 ]; then
  log "start-up: $RUNS cold runs each (page cache dropped before each)"
  startup cold
fi
# round_ratios MODE: each round's app time over the bare window's (the two ran one after the other), as
# "; the rounds' own ratios: median X, middle half A-B": how far one round strays from the next on this
# machine, beside the ratio of the medians that the goal is judged by. Nothing when a run left no line
# (the rounds no longer pair) or there are too few rounds.
round_ratios() {
  python3 - "$WORK/start-$1-app" "$WORK/start-$1-bare" <<'EOF'
import json, statistics, sys
app = [json.loads(l)["interactive_ms"] for l in open(sys.argv[1]) if l.startswith("{")]
bare = [json.loads(l)["interactive_ms"] for l in open(sys.argv[2]) if l.startswith("{")]
if len(app) != len(bare) or len(app) < 4:
    sys.exit(0)
ratios = [a / b for a, b in zip(app, bare)]
q = statistics.quantiles(ratios, n=4)
print(f"; the rounds' own ratios: median {statistics.median(ratios):.2f}×, middle half {q[0]:.2f}–{q[2]:.2f}×", end="")
EOF
}
for mode in cold warm nobus; do
  [ -s "$WORK/start-$mode-bare" ] || continue
  start_median() { python3 -c 'import json,sys; [print(json.loads(l)[sys.argv[2]]) for l in open(sys.argv[1])]' "$WORK/start-$mode-$1" "$2" | median; }
  goal=(goal_ratio_max=2)
  title="Start-up to interactive window, $mode (median of $RUNS)"
  if [ "$mode" = nobus ]; then
    goal=()
    title="Start-up to interactive window, warm, without a session bus (median of $RUNS; information)"
  fi
  result "$title" ours="$(start_median app interactive_ms)" \
    anchor="$(start_median bare interactive_ms)" anchor_name="bare QMainWindow" unit=ms "${goal[@]}" \
    note="main() entered at $(printf %.0f "$(start_median app main_ms)") vs $(printf %.0f "$(start_median bare main_ms)") ms, first expose at $(printf %.0f "$(start_median app expose_ms)") vs $(printf %.0f "$(start_median bare expose_ms)") ms, UI thread busy $(printf %.0f "$(start_median app ui_cpu_ms)") vs $(printf %.0f "$(start_median bare ui_cpu_ms)") ms of it$(round_ratios "$mode")"
done
bare_rss=$(python3 -c 'import json,sys; [print(json.loads(l)["idle_rss_kb"]) for l in open(sys.argv[1])]' "$WORK/start-warm-bare" | median)
app_rss=$(python3 -c 'import json,sys; [print(json.loads(l)["idle_rss_kb"]) for l in open(sys.argv[1])]' "$WORK/start-warm-app" | median)
result "Idle RSS 1 s after start-up (median)" ours="$(div $app_rss 1024)" \
  anchor="$(div $bare_rss 1024)" anchor_name="bare QMainWindow" unit=MB goal_ratio_max=2.5

if [ "$ONLY" != startup ]; then # everything but the start-up: up to the table
# --- 50 MB JSON ----------------------------------------------------------------------------------------
log "50 MB JSON response: $BIG_RUNS runs"
: >"$WORK/big"
for _ in $(seq "$BIG_RUNS"); do
  "${gui_env[@]}" "$BIN/tests/bench/bench_big_json" --mb 50 >>"$WORK/big" 2>>"$WORK/big.log" || log "bench_big_json failed (see output)"
done
big() { python3 -c 'import json,sys; [print(json.loads(l)[sys.argv[2]]) for l in open(sys.argv[1]) if l.startswith("{")]' "$WORK/big" "$1" | median; }
body_mb=$(div "$(big body_bytes)" 1048576)
result "50 MB JSON: last byte to first screen (median)" ours="$(big first_screen_ms)" unit=ms goal_abs_max=1500 \
  anchor_name="goal" note="parsed+tree ready $(printf %.0f "$(big parsed_ms)") ms; transfer $(printf %.0f "$(big transfer_ms)") ms"
result "50 MB JSON: longest UI-thread stall (5 ms timer)" ours="$(big max_stall_ms)" unit=ms goal_abs_max=50 \
  anchor_name="goal" note="medians: showResponse() call $(printf %.0f "$(big show_call_ms)") ms, worst gap while parsing $(printf %.0f "$(big stall_parse_ms)") ms, after $(printf %.0f "$(big stall_show_ms)") ms, during transfer $(printf %.0f "$(big stall_transfer_ms)") ms"
result "50 MB JSON: peak RSS (VmHWM) / body size" ours="$(div $(big hwm_kb) 1024)" \
  anchor="$body_mb" anchor_name="body size" unit=MB goal_ratio_max=8

# --- 50 MB binary body (hex view) -------------------------------------------------------------------------
log "50 MB binary response: $BIG_RUNS runs"
: >"$WORK/bin"
for _ in $(seq "$BIG_RUNS"); do
  "${gui_env[@]}" "$BIN/tests/bench/bench_big_binary" --mb 50 >>"$WORK/bin" 2>>"$WORK/bin.log" || log "bench_big_binary failed (see output)"
done
bin() { python3 -c 'import json,sys; [print(json.loads(l)[sys.argv[2]]) for l in open(sys.argv[1]) if l.startswith("{")]' "$WORK/bin" "$1" | median; }
result "50 MB binary: last byte to first hex screen (median)" ours="$(bin first_screen_ms)" unit=ms goal_abs_max=250 \
  anchor_name="goal" note="Ctrl+End to the last rows painted $(printf %.0f "$(bin end_paint_ms)") ms"
result "50 MB binary: longest UI-thread stall (5 ms timer)" ours="$(bin max_stall_ms)" unit=ms goal_abs_max=50 \
  anchor_name="goal"
result "50 MB binary: peak RSS (VmHWM) / body size" ours="$(div $(bin hwm_kb) 1024)" \
  anchor="50" anchor_name="body size" unit=MB goal_ratio_max=3

# --- JsonDiff on two 5 MB responses ------------------------------------------------------------------------
log "5 MB JSON diff: 5 runs"
"$BIN/tests/bench/bench_diff" --mb 5 --runs 5 >"$WORK/diff" 2>>"$WORK/diff.log" || log "bench_diff failed (see output)"
dif() { python3 -c 'import json,sys; [print(json.loads(l)[sys.argv[2]]) for l in open(sys.argv[1]) if l.startswith("{")]' "$WORK/diff" "$1"; }
result "5 MB JSON diff, two template lists with a few changes: every change (median of 5)" ours="$(dif total_ms)" \
  unit=ms goal_abs_max=500 anchor_name="goal" note="first difference $(printf %.0f "$(dif first_difference_ms)") ms; with two ignore patterns $(printf %.0f "$(dif ignore_total_ms)") ms; parsing both bodies $(printf %.0f "$(dif parse_ms)") ms"
result "5 MB JSON diff: peak RSS (VmHWM), both bodies and both documents held" ours="$(div "$(dif hwm_kb)" 1024)" \
  anchor="$(div "$(dif body_bytes)" 1048576)" anchor_name="one body" unit=MB

# --- 1,000 sequential GETs -------------------------------------------------------------------------------
"$SIM" --port 0 >"$WORK/sim.out" 2>"$WORK/sim.err" &
SIM_PID=$!
PIDS+=($SIM_PID)
for _ in $(seq 100); do [ -s "$WORK/sim.out" ] && break; sleep 0.1; done
URL=$(head -n1 "$WORK/sim.out")
rss() { awk -v k="$2:" '$1==k {print $2}' "/proc/$1/status"; }
sleep 0.5
sim_idle=$(rss "$SIM_PID" VmRSS)
log "connect-sim at $URL"
TOKEN=$(curl -s -X POST "$URL/oauth/access-token" -d grant_type=client_credentials -d client_id=demo-client \
  -d client_secret=demo-secret | python3 -c 'import json,sys; d=json.load(sys.stdin); t=d.get("token",d); print(t["access_token"])')
TARGET="$URL/api/templates?per_page=1"
for _ in $(seq "$REQUESTS"); do printf 'url = "%s"\noutput = "/dev/null"\n' "$TARGET"; done >"$WORK/curl.cfg"
# Every client must get 200s: check one request each before timing them.
check=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$TARGET")
[ "$check" = 200 ] || { log "curl got $check from $TARGET"; exit 1; }
export CONNECT_CLIENT_SECRET=demo-secret
"$CLI" call GET /api/templates --query per_page=1 --repeat 3 --json --base-url "$URL" --client-id demo-client >&2
(cd tests/bench/bru && "$BRU" run templates.bru --env-var "baseUrl=$URL" --env-var "token=$TOKEN" \
  --iteration-count 2 --reporter-json "$WORK/bru-check.json" >"$WORK/bru-check.log" 2>&1) ||
  { log "bru check failed:"; tail -20 "$WORK/bru-check.log" >&2; exit 1; }
python3 - "$WORK/bru-check.json" <<'EOF' || exit 1
import json, sys
report = json.load(open(sys.argv[1]))
results = [r for run in (report if isinstance(report, list) else [report]) for r in run.get("results", [])]
statuses = {r.get("response", {}).get("status") for r in results}
if statuses != {200}:
    sys.exit(f"bench: bru got {statuses}")
print(f"bench: bru check: {len(results)} requests, all 200", file=sys.stderr)
EOF

log "$REQUESTS sequential GETs: connect-cli, curl, newman, bru (hyperfine)"
hyperfine --style basic --warmup 1 --runs 10 --export-json "$WORK/fast.json" \
  -n connect-cli "$CLI call GET /api/templates --query per_page=1 --repeat $REQUESTS --base-url $URL --client-id demo-client" \
  -n curl "curl -s -K $WORK/curl.cfg -H 'Authorization: Bearer $TOKEN'" >&2
hyperfine --style basic --runs 2 --export-json "$WORK/slow.json" \
  -n newman "$NEWMAN run $ROOT/tests/bench/templates.postman_collection.json -n $REQUESTS --env-var baseUrl=$URL --env-var token=$TOKEN --silent" \
  -n bru "cd $ROOT/tests/bench/bru && $BRU run templates.bru --env-var baseUrl=$URL --env-var token=$TOKEN --iteration-count $REQUESTS >/dev/null" >&2
# seconds FILE COMMAND [KEY]: hyperfine's KEY (median, min, user, system) for COMMAND, in ms.
seconds() { python3 -c 'import json,sys; r={x["command"]:x for x in json.load(open(sys.argv[1]))["results"]}; print("%.0f" % (r[sys.argv[2]][sys.argv[3]]*1000))' "$1" "$2" "${3:-median}"; }
cpu() { echo "$(($(seconds "$1" "$2" user) + $(seconds "$1" "$2" system)))"; }
t_cli=$(seconds "$WORK/fast.json" connect-cli)
t_curl=$(seconds "$WORK/fast.json" curl)
t_newman=$(seconds "$WORK/slow.json" newman)
t_bru=$(seconds "$WORK/slow.json" bru)
"$CLI" call GET /api/templates --query per_page=1 --repeat "$REQUESTS" --json --base-url "$URL" \
  --client-id demo-client >"$WORK/repeat.json"
result "$REQUESTS GETs: connect-cli --repeat vs curl (1 process, keep-alive)" ours="$t_cli" anchor="$t_curl" \
  anchor_name="curl -K" unit=ms goal_ratio_max=1.3 note="min $(seconds "$WORK/fast.json" connect-cli min) vs $(seconds "$WORK/fast.json" curl min) ms; CPU (user+sys) $(cpu "$WORK/fast.json" connect-cli) vs $(cpu "$WORK/fast.json" curl) ms; connect-cli per request: p50 $(printf %.3f "$(field p50_ms <"$WORK/repeat.json")") ms, p95 $(printf %.3f "$(field p95_ms <"$WORK/repeat.json")") ms; sign-in included"
result "$REQUESTS GETs: newman -n $REQUESTS / connect-cli" ours="$t_cli" anchor="$t_newman" anchor_name="newman 6.2.2" \
  unit=ms goal_speedup_min=5 note="CPU (user+sys) $(cpu "$WORK/slow.json" newman) ms"
result "$REQUESTS GETs: bru --iteration-count $REQUESTS / connect-cli" ours="$t_cli" anchor="$t_bru" \
  anchor_name="bru 4.1.0" unit=ms goal_speedup_min=5 note="CPU (user+sys) $(cpu "$WORK/slow.json" bru) ms"

# --- connect-sim under wrk -----------------------------------------------------------------------------------
log "connect-sim under wrk -t2 -c32 -d5s"
wrk -t2 -c32 -d5s --latency -H "Authorization: Bearer $TOKEN" "$TARGET" >"$WORK/wrk.txt"
cat "$WORK/wrk.txt" >&2
rps=$(awk '/^Requests\/sec:/ {print $2}' "$WORK/wrk.txt")
p99=$(awk '$1=="99%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v/=1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v*=1000}; print v}' "$WORK/wrk.txt")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$WORK/wrk.txt")
sim_hwm=$(rss "$SIM_PID" VmHWM)
result "connect-sim: requests/s (wrk -t2 -c32 -d5s)" ours="$rps" unit=req/s anchor_name="—" note="non-2xx ${non2xx:-0}"
result "connect-sim: p99 latency under that load" ours="$p99" unit=ms anchor_name="—"
result "connect-sim: peak RSS (VmHWM) after all of the above vs RSS at start" ours="$(div $sim_hwm 1024)" \
  anchor="$(div $sim_idle 1024)" anchor_name="RSS at start" unit=MB

fi # BENCH_ONLY=startup skipped to here

# --- the table ---------------------------------------------------------------------------------------------
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
CPU=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
QT=$(qtpaths6 --qt-version 2>/dev/null || dpkg-query -W -f='${Version}' qt6-base-dev 2>/dev/null || echo unknown)
COLD=$([ "$CAN_DROP" = 1 ] && echo "cold = page cache dropped before each run" || echo "no cold runs (needs root)")
# The command as run, with the settings that change what is measured.
COMMAND="bash scripts/bench.sh"
for var in BENCH_ONLY BENCH_COLD BENCH_RUNS BENCH_BUILD_DIR BENCH_REQUESTS BENCH_BIG_RUNS; do
  if [ -n "${!var:-}" ]; then COMMAND="$var=${!var} $COMMAND"; fi
done
python3 - "$RESULTS" "$CPU" "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$QT" "$LOAD_BEFORE" "$LOAD_AFTER" \
  "$(uname -r)" "$COLD" "$COMMAND" >"$OUT" <<'EOF'
import json, sys
rows = [json.loads(line) for line in open(sys.argv[1])]
cpu, cores, date, qt, load_before, load_after, kernel, cold, command = sys.argv[2:]
def num(value, unit):
    if isinstance(value, str) or value != value:
        return str(value)
    if unit == "req/s" or value == int(value):
        return f"{value:,.0f} {unit}"
    return f"{value:,.1f} {unit}" if value < 100 else f"{value:,.0f} {unit}"
print(f"Connect Explorer benchmarks — {date}")
print()
print(f"Machine: {cpu}, {cores} cores, Linux {kernel}; Qt {qt}; Xvfb; load average {load_before} before, "
      f"{load_after} after; {cold}. Command: `{command}`.")
print()
print("| benchmark | ours | anchor | ratio | goal | result |")
print("|---|---|---|---|---|---|")
for r in rows:
    unit = r.get("unit", "")
    ours = r.get("ours")
    anchor = r.get("anchor")
    anchor_text = "—" if anchor is None else f"{num(anchor, unit)} ({r.get('anchor_name', '')})"
    ratio, goal, verdict = "—", "—", "info"
    if "goal_ratio_max" in r and anchor:
        value = ours / anchor
        ratio, goal = f"{value:.2f}×", f"≤ {r['goal_ratio_max']:g}×"
        verdict = "pass" if value <= r["goal_ratio_max"] else f"FAIL (+{(value / r['goal_ratio_max'] - 1) * 100:.0f}% over)"
    elif "goal_speedup_min" in r and anchor:
        value = anchor / ours
        ratio, goal = f"{value:.1f}× faster", f"≥ {r['goal_speedup_min']:g}× faster"
        verdict = "pass" if value >= r["goal_speedup_min"] else f"FAIL ({value:.1f}× of {r['goal_speedup_min']:g}×)"
    elif "goal_abs_max" in r:
        goal = f"≤ {num(r['goal_abs_max'], unit)}"
        anchor_text = "—"
        ratio = f"{ours / r['goal_abs_max']:.2f}× of goal"
        verdict = "pass" if ours <= r["goal_abs_max"] else f"FAIL (+{(ours / r['goal_abs_max'] - 1) * 100:.0f}% over)"
    elif anchor:
        ratio = f"{ours / anchor:.2f}×"
    name = r["name"] + (f" — {r['note']}" if r.get("note") else "")
    print(f"| {name} | {num(ours, unit)} | {anchor_text} | {ratio} | {goal} | {verdict} |")
EOF
cat "$OUT"
