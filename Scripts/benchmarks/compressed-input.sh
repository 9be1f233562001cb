#!/usr/bin/env bash
# Throughput of plain, .zst and .gz JSON Lines input, in CPU seconds
# (user + system, from /usr/bin/time), best of RUNS runs each:
#   copy   load -> write: reading and writing alone, where decompression weighs most
#   news   Pipelines/news.yaml: all six stages, as users run it (one copy)
# Usage: Scripts/benchmarks/compressed-input.sh [COPYDESK] [COPIES] [RUNS]
# The copy input is the BBC dev articles of ../shared/data repeated COPIES times.
set -euo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-.build/release/copydesk}
COPIES=${2:-20}
RUNS=${3:-3}
DATA=../shared/data/bbc-news-summary/dev.jsonl
[ -x "$BIN" ] || { echo "no binary at $BIN (swift build -c release)" >&2; exit 1; }
[ -f "$DATA" ] || { echo "skipped: $DATA is absent" >&2; exit 0; }
command -v zstd >/dev/null || { echo "needs the zstd tool (apt-get install zstd)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
make_input() { # COPIES NAME
python3 - "$DATA" "$WORK/$2.jsonl" "$1" <<'PY'
import json, sys
source, target, copies = sys.argv[1], sys.argv[2], int(sys.argv[3])
with open(target, "w") as out:
    for c in range(copies):
        for line in open(source):
            d = json.loads(line)
            d["reference_summary"] = d.pop("summary")
            d["id"] = f"{d['id']}-{c}"
            out.write(json.dumps(d) + "\n")
PY
zstd -q -k "$WORK/$2.jsonl" -o "$WORK/$2.jsonl.zst"
gzip -k -c "$WORK/$2.jsonl" > "$WORK/$2.jsonl.gz"
echo "$2: $(wc -l < "$WORK/$2.jsonl") documents, plain $(stat -c %s "$WORK/$2.jsonl") bytes, zst $(stat -c %s "$WORK/$2.jsonl.zst"), gz $(stat -c %s "$WORK/$2.jsonl.gz")"
}
make_input "$COPIES" copy
make_input 1 news
cat > "$WORK/copy.yaml" <<'YAML'
name: copy
stages:
  - stage: load
    with:
      path: "-"
  - stage: write
    with:
      path: "-"
YAML

best() { # PIPELINE INPUT WORKERS: the lowest CPU seconds of RUNS runs
    local lowest=""
    for _ in $(seq "$RUNS"); do
        local t
        t=$( { /usr/bin/time -f '%U %S' "$BIN" run "$1" --input "$2" --output "$WORK/out.jsonl" --workers "$3" --quiet; } 2>&1 | awk '{print $1 + $2}')
        if [ -z "$lowest" ] || awk "BEGIN{exit !($t < $lowest)}"; then lowest=$t; fi
    done
    echo "$lowest"
}

for job in copy news; do
    pipeline=$WORK/copy.yaml; workers=1
    if [ "$job" = news ]; then pipeline=Pipelines/news.yaml; workers=2; fi
    plain=$(best "$pipeline" "$WORK/$job.jsonl" "$workers")
    zst=$(best "$pipeline" "$WORK/$job.jsonl.zst" "$workers")
    gz=$(best "$pipeline" "$WORK/$job.jsonl.gz" "$workers")
    awk -v j="$job" -v p="$plain" -v z="$zst" -v g="$gz" 'BEGIN {
        printf "%-5s plain %7.2f s   zst %7.2f s (%+.1f%%)   gz %7.2f s (%+.1f%%)\n", j, p, z, 100 * (z - p) / p, g, 100 * (g - p) / p }'
done
