#!/usr/bin/env python3
"""Cut the dev Recognizers-Text specs into a tuning part and a blind part, and
score tag_numbers on both.

The cut is deterministic: a case is blind when the SHA-1 of its Input string,
read as a number, is 0 modulo 3 (about a third of each file). The blind part
is meant to be read only as the figures this script prints, never case by
case: a rule that moves the tuning part and not the blind part has learned
cases, not language.

    python3 Scripts/specs_split.py [--specs ../shared/data/recognizers-specs]
                                   [--binary .build/release/copydesk]
                                   [--out /tmp/specs-split]

Writes OUT/tune and OUT/blind (spec directories with the same file names),
runs `copydesk run Pipelines/numbers.yaml` over each, and prints the
scorer's per-file table for the tuning part and only the per-file pass rates
and headline figures for the blind part.
"""
import argparse
import hashlib
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)


def is_blind(case):
    digest = hashlib.sha1(case.get("Input", "").encode("utf-8")).hexdigest()
    return int(digest, 16) % 3 == 0


def split(specs, out):
    for part in ("tune", "blind"):
        os.makedirs(os.path.join(out, part), exist_ok=True)
    for name in sorted(os.listdir(specs)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(specs, name), encoding="utf-8-sig") as f:
            cases = json.load(f)
        parts = {"tune": [], "blind": []}
        for case in cases:
            parts["blind" if is_blind(case) else "tune"].append(case)
        for part, chosen in parts.items():
            with open(os.path.join(out, part, name), "w", encoding="utf-8") as f:
                json.dump(chosen, f, ensure_ascii=False, indent=1)


def score(part_dir, binary, scorer, work):
    inp = work + ".in.jsonl"
    outp = work + ".out.jsonl"
    subprocess.run([sys.executable, scorer, "make-input", part_dir, inp], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    subprocess.run([binary, "run", os.path.join(ROOT, "Pipelines/numbers.yaml"),
                    "--input", inp, "--output", outp, "--quiet"], check=True)
    res = subprocess.run([sys.executable, scorer, "score", part_dir, outp, "--json", work + ".json"],
                         check=True, capture_output=True, text=True)
    return res.stdout


def main():
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--specs", default=os.path.join(ROOT, "../shared/data/recognizers-specs"))
    p.add_argument("--binary", default=os.path.join(ROOT, ".build/release/copydesk"))
    p.add_argument("--scorer", default=os.path.join(ROOT, "../shared/eval/score_numbers.py"))
    p.add_argument("--out", default="/tmp/specs-split")
    a = p.parse_args()
    split(a.specs, a.out)
    for part in ("tune", "blind"):
        text = score(os.path.join(a.out, part), a.binary, a.scorer, os.path.join(a.out, part + "-run"))
        print(f"== {part}")
        if part == "tune":
            print(text.rstrip())
            continue
        # Blind: the figures only, never the cases.
        with open(os.path.join(a.out, part + "-run.json"), encoding="utf-8") as f:
            summary = json.load(f)
        for name, figs in summary_figures(summary).items():
            print(f"{name:34s} {figs.get('cases', 0):5d} {figs.get('pass_rate', 0):6.1f}")
        for line in text.splitlines():
            if re.match(r"^(PASS|DATETIME-PASS)\b", line):
                print(line)


def summary_figures(summary):
    """Per-file pass rates only, whatever else the scorer's JSON holds."""
    out = {}
    files = summary.get("files", summary)
    if isinstance(files, dict):
        for name, figs in files.items():
            if isinstance(figs, dict):
                out[name] = {k: v for k, v in figs.items() if k in ("cases", "pass", "pass_rate", "passed")}
    return out


if __name__ == "__main__":
    main()
