#!/usr/bin/env python3
"""Per-class pass counts of the generated property cases through the release
binary, with the same pass rule as TagNumbersPropertyTests (a quick look
between builds; the test is what decides).

    python3 Scripts/number_case_counts.py [--binary .build/release/copydesk] [--classes a,b] [--failures 5]
                                         [--cases FILE]
"""
import argparse
import collections
import json
import os
import subprocess
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def same(x, s):
    try:
        want = float(s)
    except ValueError:
        return s == "" and x is None
    return x is not None and abs(x - want) <= 1e-12 * max(1, abs(want))


def passes(c, found):
    for a in found:
        if a["text"] != c["target"] or a["kind"] != c["kind"] or a.get("unit") != c["unit"]:
            continue
        v = c["value"]
        if v.startswith("timex:"):
            if a.get("timex") == v[6:]:
                return True
            continue
        if a["kind"] == "range":
            lo, _, hi = v.partition("..")
            if same(a.get("min"), lo) and same(a.get("max"), hi):
                return True
            continue
        got = a.get("value")
        if isinstance(got, (int, float)) and same(float(got), v) or isinstance(got, str) and got == v:
            return True
    return False


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--binary", default=os.path.join(ROOT, ".build/release/copydesk"))
    p.add_argument("--classes", default="")
    p.add_argument("--failures", type=int, default=0)
    p.add_argument("--cases", default=os.path.join(ROOT, "Tests/NumberCases/cases.tsv"),
                   help="a cases file (default: the one the tests read)")
    a = p.parse_args()
    wanted = set(filter(None, a.classes.split(",")))
    cases = []
    with open(a.cases, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            cls, date, text, target, kind, value, unit = line.rstrip("\n").split("\t")
            if wanted and cls not in wanted:
                continue
            cases.append(dict(cls=cls, date=None if date == "-" else date, text=text, target=target, kind=kind,
                              value=value, unit=None if unit == "-" else unit))
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = os.path.join(tmp, "in.jsonl"), os.path.join(tmp, "out.jsonl")
        with open(inp, "w", encoding="utf-8") as f:
            for i, c in enumerate(cases):
                d = {"id": str(i), "text": c["text"]}
                if c["date"]:
                    d["date"] = c["date"]
                f.write(json.dumps(d) + "\n")
        subprocess.run([a.binary, "run", os.path.join(ROOT, "Pipelines/numbers.yaml"), "--input", inp, "--output", out,
                        "--quiet"], check=True)
        with open(out, encoding="utf-8") as f:
            found = {d["id"]: d.get("numbers", []) for d in map(json.loads, f)}
    passed, total, fails = collections.Counter(), collections.Counter(), collections.defaultdict(list)
    for i, c in enumerate(cases):
        total[c["cls"]] += 1
        got = found.get(str(i), [])
        if passes(c, got):
            passed[c["cls"]] += 1
        elif len(fails[c["cls"]]) < a.failures:
            fails[c["cls"]].append(f"{c['text']} [{c['target']} {c['value']}] -> " +
                                   "; ".join(f"{n['kind']}:{n['text']}={n.get('timex', n.get('value'))}" for n in got))
    for cls in sorted(total, key=lambda k: passed[k] / total[k]):
        print(f"{cls:24s} {passed[cls]:4d}/{total[cls]:<4d}")
        for line in fails[cls]:
            print("    " + line)


if __name__ == "__main__":
    main()
