#!/usr/bin/env python3
"""Count tag_numbers annotations per kind (and the money and quantity units)
on the BBC dev articles, so that a rule that helps the specs and hurts news
shows as a change in these counts.

    python3 Scripts/bbc_number_kinds.py [--binary .build/release/copydesk] [--save OUT.json] [--against OLD.json]
"""
import argparse
import collections
import json
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=os.path.join(ROOT, ".build/release/copydesk"))
    p.add_argument("--data", default=os.path.join(ROOT, "../shared/data/bbc-news-summary/dev.jsonl"))
    p.add_argument("--save")
    p.add_argument("--against")
    p.add_argument("--work", default="/tmp/bbc-kinds")
    a = p.parse_args()
    os.makedirs(a.work, exist_ok=True)
    inp, out = os.path.join(a.work, "in.jsonl"), os.path.join(a.work, "out.jsonl")
    if not os.path.exists(inp):
        subprocess.run([sys.executable, os.path.join(ROOT, "../shared/eval/score_summary.py"), "input", a.data, inp],
                       check=True, stdout=subprocess.DEVNULL)
    subprocess.run([a.binary, "run", os.path.join(ROOT, "Pipelines/numbers.yaml"), "--input", inp, "--output", out, "--quiet"],
                   check=True)
    counts = collections.Counter()
    spans = {}
    with open(out, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            for n in d.get("numbers", []):
                counts[n["kind"]] += 1
                if n["kind"] in ("money", "quantity"):
                    counts[f"{n['kind']}:{n.get('unit')}"] += 1
                spans[f"{d['id']}:{n['start']}:{n['end']}:{n['kind']}"] = n["text"]
    if a.save:
        with open(a.save, "w", encoding="utf-8") as f:
            json.dump({"counts": counts, "spans": spans}, f)
    old = None
    if a.against:
        with open(a.against, encoding="utf-8") as f:
            old = json.load(f)
    for k in sorted(counts, key=lambda k: (":" in k, -counts[k])):
        if ":" in k and counts[k] < 5 and not (old and old["counts"].get(k, 0) != counts[k]):
            continue
        was = "" if old is None else f"  (was {old['counts'].get(k, 0)})"
        print(f"{k:28s} {counts[k]:6d}{was}")
    if old is not None:
        added = sorted(set(spans) - set(old["spans"]))
        gone = sorted(set(old["spans"]) - set(spans))
        print(f"spans added {len(added)}, gone {len(gone)}")
        for k in added[:40]:
            print("  +", k, spans[k])
        for k in gone[:40]:
            print("  -", k, old["spans"][k])


if __name__ == "__main__":
    main()
