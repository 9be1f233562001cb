#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ and runs each for N seconds.
#
#   Scripts/fuzz.sh [seconds-per-target] [target...]
#
# Targets: pipeline-file json jsonl csv clean text numbers (default: all).
# Seeds are read from Fuzz/Corpus/<target>/ (kept in the repository, never
# written to); what the fuzzer finds beyond them accumulates in
# out/fuzz/corpus/<target>/, so longer runs build on earlier ones. A crash,
# a timeout or an out-of-memory stops that target, keeps the input under
# out/fuzz/crashes/<target>/ and makes the script exit 1 after the other
# targets have run. Each target's libFuzzer log is out/fuzz/<target>.log.
#
# Replay a kept input: Fuzz/.build/debug/fuzz-<target> out/fuzz/crashes/<target>/crash-…
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-30}
shift || true
all=(pipeline-file json jsonl csv clean text numbers)
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=("${all[@]}")

# Longest input per target: long enough for a few records or paragraphs,
# short enough that the debug ASan build keeps a high rate of executions.
max_len() {
    case $1 in
        pipeline-file|json) echo 4096 ;;
        numbers) echo 2048 ;;
        jsonl|csv|clean|text) echo 8192 ;;
        *) echo "unknown fuzz target '$1'; targets: ${all[*]}" >&2; exit 2 ;;
    esac
}
for t in "${targets[@]}"; do max_len "$t" >/dev/null; done

start=$(date +%s)
mkdir -p out/fuzz
# The linker's warnings about ASan's local symbols are noise: the log keeps them.
if ! nice -n 10 swift build --package-path Fuzz -c debug -Xswiftc -sanitize=fuzzer,address >out/fuzz/build.log 2>&1; then
    grep -v 'ld.gold: warning: Cannot export local symbol' out/fuzz/build.log | tail -40 >&2
    echo "fuzz build failed (log: out/fuzz/build.log)" >&2
    exit 1
fi
bin=$(swift build --package-path Fuzz -c debug --show-bin-path)
echo "fuzz build: $(( $(date +%s) - start )) s"

# Swift's own crash backtracer would stand between the crash and libFuzzer's
# handler (and take seconds per crash): libFuzzer and ASan report instead.
# Leak checking is off: the runtime's caches and the stages' shared tables
# live for the whole process and are not what these targets look for.
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:handle_abort=1}

failed=()
TIMEFORMAT='%U %S'
printf '%-14s %8s %12s %10s  %s\n' target cpu-s executions exec/s result
for t in "${targets[@]}"; do
    corpus=out/fuzz/corpus/$t crashes=out/fuzz/crashes/$t log=out/fuzz/$t.log
    mkdir -p "$corpus" "$crashes"
    status=0
    { time nice -n 10 "$bin/fuzz-$t" "$corpus" "Fuzz/Corpus/$t" \
        -max_total_time="$seconds" -max_len="$(max_len "$t")" -timeout=25 -rss_limit_mb=2048 \
        -detect_leaks=0 -report_slow_units=25 -print_final_stats=1 -artifact_prefix="$crashes/" >"$log" 2>&1 || status=$?; } 2>out/fuzz/$t.time
    read -r user sys <out/fuzz/$t.time
    cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.0f", u + s }')
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
    if [ "$status" = 0 ]; then
        result=ok
    else
        kept=$(sed -n "s/.*Test unit written to \(.*\)$/\1/p" "$log" | tail -1)
        result="FAILED (exit $status) ${kept:-see $log}"
        failed+=("$t")
    fi
    printf '%-14s %8s %12s %10s  %s\n' "$t" "$cpu" "${execs:-?}" "${rate:-?}" "$result"
done

if [ ${#failed[@]} -gt 0 ]; then
    echo "fuzzing found crashes in: ${failed[*]} (inputs under out/fuzz/crashes/, logs under out/fuzz/)" >&2
    exit 1
fi
