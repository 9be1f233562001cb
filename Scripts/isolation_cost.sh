#!/usr/bin/env bash
# What `isolate: true` costs: Pipelines/news.yaml over the BBC dev articles
# with every transform in-process and then isolated in worker processes, at
# 1 and 2 workers; prints CPU seconds (the process and its workers), wall
# seconds and the peak of the summed RSS of the process tree (sampled every
# 0.1 s; threads counted once). Usage: Scripts/isolation_cost.sh [BINARY] [INPUT]
set -euo pipefail
cd "$(dirname "$0")/.."
bin=${1:-.build/release/copydesk}
input=${2:-../shared/data/bbc-news-summary/dev.jsonl}
[ -f "$input" ] || { echo "no input at $input (the BBC dev articles, see ../shared/data/README.md)" >&2; exit 1; }
command -v pstree >/dev/null || { echo "needs pstree (Debian: psmisc)" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
sed 's/^stages:/isolate: true\nstages:/' Pipelines/news.yaml > "$work/isolated.yaml"
sed -i "s#\.\./Samples#$PWD/Samples#" "$work/isolated.yaml"

peak_rss() {  # runs "$@", prints peak summed RSS in MB on fd 3
    "$@" & local pid=$! peak=0
    while kill -0 $pid 2>/dev/null; do
        local sum=0
        for p in $(pstree -p -T $pid 2>/dev/null | grep -o '([0-9]*)' | tr -d '()'); do
            local r=$(awk '/VmRSS/{print $2}' /proc/$p/status 2>/dev/null)
            sum=$((sum + ${r:-0}))
        done
        [ $sum -gt $peak ] && peak=$sum
        sleep 0.1
    done
    wait $pid
    echo $((peak / 1024)) >&3
}

printf '%-12s %8s %10s %10s %14s\n' mode workers "cpu s" "wall s" "peak RSS MB"
for workers in 1 2; do
    for mode in in-process isolated; do
        pipeline=Pipelines/news.yaml
        [ $mode = isolated ] && pipeline=$work/isolated.yaml
        start=$(date +%s.%N)
        rss=$( { /usr/bin/time -f '%U %S' -o "$work/time" \
            bash -c "$(declare -f peak_rss); peak_rss \"\$@\" 3>&1 >/dev/null" _ \
            "$bin" run "$pipeline" --input "$input" --output "$work/$mode.jsonl" --workers $workers --quiet; } )
        wall=$(echo "$(date +%s.%N) - $start" | bc)
        cpu=$(awk '{print $1 + $2}' "$work/time")
        printf '%-12s %8d %10.2f %10.2f %14s\n' $mode $workers "$cpu" "$wall" "$rss"
    done
    cmp -s "$work/in-process.jsonl" "$work/isolated.jsonl" && echo "  outputs identical" || echo "  OUTPUTS DIFFER"
done
