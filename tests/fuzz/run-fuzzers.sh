#!/bin/sh
# Runs every libFuzzer target for RUNS executions (default 10^6) from its seed corpus and regressions,
# as many at once as there are cores. New inputs go to a scratch corpus under the build directory
# (kept between runs), never into the source tree; crashes land in BUILD/fuzz-artifacts/<target>/ (copy
# a minimised one into tests/fuzz/regressions/<target>/ with the fix). Logs: BUILD/fuzz-<target>.log.
#   tests/fuzz/run-fuzzers.sh [BUILD_DIR=build-fuzz] [RUNS=1000000] [MAX_SECONDS=3600] [TARGETS...]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:-build-fuzz}" && pwd)
runs=${2:-1000000}
max=${3:-3600}
if [ $# -gt 3 ]; then shift 3; else set --; fi
targets=${*:-apierror retryafter catalog curl jsonend har postman insomnia}
jobs=$(nproc 2>/dev/null || echo 2)

# Inputs longer than any real one only slow a target down: a Retry-After value, a pasted command, an
# error body, an OpenAPI document.
export here build runs max
printf '%s\n' $targets | xargs -P "$jobs" -I{} sh -c '
    t={}
    case $t in retryafter) len=128 ;; curl) len=2048 ;; jsonend) len=4096 ;; apierror) len=8192 ;; *) len=32768 ;; esac
    mkdir -p "$build/fuzz-corpus/$t" "$build/fuzz-artifacts/$t"
    if "$build/tests/fuzz/fuzz_$t" -runs="$runs" -max_total_time="$max" -max_len=$len -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$build/fuzz-artifacts/$t/" \
        "$build/fuzz-corpus/$t" "$here/corpus/$t" "$here/regressions/$t" >"$build/fuzz-$t.log" 2>&1
    then result=ok; else result=FAILED; fi
    echo "fuzz_$t: $result, $(grep -E "^Done [0-9]+ runs" "$build/fuzz-$t.log" || echo "no summary"), $(grep -E "stat::peak_rss_mb" "$build/fuzz-$t.log" | tr -s " ")"
    [ $result = ok ]
'
