#!/usr/bin/env bash
# Cross-validated ROUGE of the trained summarizer on BBC News Summary dev:
# for each of 5 folds (article i in fold i mod 5), train on the other four,
# summarise the held-out fold through the real pipeline, then score all
# held-out outputs together with the project's scorer.
#   Scripts/cv_summary.sh [DEV.jsonl]   (needs: pip install rouge-score)
set -euo pipefail
cd "$(dirname "$0")/.."
DEV=${1:-../shared/data/bbc-news-summary/dev.jsonl}
SCORER=../shared/eval/score_summary.py
BIN=.build/release/copydesk
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
swift build -c release >/dev/null
python3 "$SCORER" input "$DEV" "$WORK/in.jsonl" >/dev/null
for k in 0 1 2 3 4; do
    "$BIN" train summary --data "$DEV" --out "$WORK/model-$k.json" --folds 5 --hold-out "$k" >/dev/null
    awk -v k="$k" '(NR - 1) % 5 == k' "$WORK/in.jsonl" > "$WORK/in-$k.jsonl"
    cat > "$WORK/pipeline-$k.yaml" <<YAML
name: cv-$k
stages:
  - stage: load
    with: {path: "$WORK/in-$k.jsonl"}
  - stage: summarize
    with: {ratio: 0.43, model: "$WORK/model-$k.json"}
  - stage: write
    with: {path: "$WORK/out-$k.jsonl"}
YAML
    "$BIN" run "$WORK/pipeline-$k.yaml" --quiet
done
cat "$WORK"/out-[0-4].jsonl > "$WORK/out.jsonl"
python3 "$SCORER" score "$DEV" "$WORK/out.jsonl"
