#!/usr/bin/env python3
"""Scores tag_entities through `copydesk run` on the two halves of eng.testa
(Scripts/split_conll_dev.py) with ../shared/eval/score_ner.py, and on the
hand-annotated BBC dev articles (Benchmarks/annotations/bbc-entities.jsonl)
split into a tuning and a blind part by id, with an exact-span scorer of the
same rules (an entity counts when its scalar offsets and label both match).

Usage: python3 Scripts/score_entities.py [--bin .build/release/copydesk]
           [--model MODEL] [--only conll|bbc] [--first N] [--json OUT]
       python3 Scripts/score_entities.py --export-tune OUT.jsonl
Prints one table per part: label, gold, found, correct, P, R, F1.
"""
import argparse
import collections
import hashlib
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
SHARED = os.path.join(ROOT, "..", "shared")
SCORER = os.path.join(SHARED, "eval", "score_ner.py")
BBC = os.path.join(SHARED, "data", "bbc-news-summary", "dev.jsonl")
ANNOTATIONS = os.path.join(ROOT, "Benchmarks", "annotations", "bbc-entities.jsonl")
LABELS = ["PER", "ORG", "LOC", "MISC"]


def bbc_part(doc_id):
    """'tune' or 'blind' for an annotated article, fixed by its id alone."""
    return "blind" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 2 else "tune"


def pipeline(model, folder):
    path = os.path.join(folder, "entities.yaml")
    with open(path, "w") as f:
        f.write("name: score\nstages:\n  - stage: load\n    with:\n      path: \"-\"\n      format: jsonl\n")
        f.write("  - stage: tag_entities\n")
        if model:
            f.write(f"    with:\n      model: {json.dumps(os.path.abspath(model))}\n")
        f.write("  - stage: write\n    with:\n      path: \"-\"\n")
    return path


def run(binary, pipe, inp, out):
    subprocess.run([binary, "run", pipe, "--input", inp, "--output", out, "--quiet"], check=True)


def table(counts):
    lines = [f"{'type':<8}{'gold':>7}{'found':>7}{'correct':>8}{'P':>8}{'R':>8}{'F1':>8}"]
    rows = {}
    total = [sum(c[i] for c in counts.values()) for i in range(3)]
    for kind in LABELS + ["overall"]:
        g, p_, c = total if kind == "overall" else counts.get(kind, [0, 0, 0])
        p = 100 * c / p_ if p_ else 0.0
        r = 100 * c / g if g else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        rows[kind] = round(f, 2)
        lines.append(f"{kind:<8}{g:>7}{p_:>7}{c:>8}{p:>8.2f}{r:>8.2f}{f:>8.2f}")
    return "\n".join(lines), rows


def conll(binary, pipe, folder):
    halves = os.path.join(ROOT, "out", "conll-halves")
    subprocess.run([sys.executable, os.path.join(HERE, "split_conll_dev.py"), os.path.join(SHARED, "data", "conll2003", "eng.testa"), halves],
                   check=True, stdout=subprocess.DEVNULL)
    results = {}
    for half in ("tune", "blind"):
        gold = os.path.join(halves, f"{half}.conll")
        inp, out, js = (os.path.join(folder, f"{half}.{x}") for x in ("in.jsonl", "out.jsonl", "json"))
        subprocess.run([sys.executable, SCORER, "make-input", gold, "-o", inp], check=True)
        run(binary, pipe, inp, out)
        subprocess.run([sys.executable, SCORER, "score", gold, out, "--json", js], check=True, stdout=subprocess.DEVNULL)
        with open(js) as f:
            types = json.load(f)["types"]
        counts = {k: [v["gold"], v["found"], v["correct"]] for k, v in types.items() if k != "overall"}
        text, rows = table(counts)
        print(f"== CoNLL eng.testa {half} half\n{text}")
        results[f"conll-{half}"] = rows
    return results


def read_annotations(first=None):
    """{id: [(start, end, label)]} from the annotation file (one article a
    line), or from its first `first` articles: the set grew in passes, and a
    figure taken on an earlier set is compared on that set."""
    gold = {}
    with open(ANNOTATIONS, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            if first is not None and len(gold) == first:
                break
            a = json.loads(line)
            gold[a["id"]] = {(e["start"], e["end"], e["label"]) for e in a.get("entities", [])}
    return gold


def bbc(binary, pipe, folder, first=None):
    if not os.path.exists(ANNOTATIONS):
        print(f"no BBC annotations at {ANNOTATIONS}: skipped")
        return {}
    gold = read_annotations(first)
    inp, out = os.path.join(folder, "bbc.in.jsonl"), os.path.join(folder, "bbc.out.jsonl")
    with open(BBC, encoding="utf-8") as f, open(inp, "w", encoding="utf-8") as w:
        for line in f:
            d = json.loads(line)
            if d["id"] in gold:
                w.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")
    run(binary, pipe, inp, out)
    counts = {"tune": collections.defaultdict(lambda: [0, 0, 0]), "blind": collections.defaultdict(lambda: [0, 0, 0])}
    seen = set()
    with open(out, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            seen.add(d["id"])
            pred = {(e["start"], e["end"], e["label"]) for e in d.get("entities") or []}
            c = counts[bbc_part(d["id"])]
            for chunks, col in ((gold[d["id"]], 0), (pred, 1), (gold[d["id"]] & pred, 2)):
                for _, _, kind in chunks:
                    c[kind][col] += 1
    missing = set(gold) - seen
    if missing:
        sys.exit(f"score_entities.py: {len(missing)} annotated articles missing from the output, e.g. {sorted(missing)[0]}")
    results = {}
    for part in ("tune", "blind"):
        n = sum(1 for i in gold if bbc_part(i) == part)
        text, rows = table(counts[part])
        print(f"== BBC annotations {part} part ({n} articles)\n{text}")
        results[f"bbc-{part}"] = rows
    return results


def export_tune(path, first=None):
    """The tuning part of the BBC annotations as wire-format JSON Lines with
    entities, to train on (`copydesk train ner --train eng.train --train PATH`);
    the blind part is never written."""
    gold = read_annotations(first)
    n = 0
    with open(BBC, encoding="utf-8") as f, open(path, "w", encoding="utf-8") as w:
        for line in f:
            d = json.loads(line)
            if d["id"] not in gold or bbc_part(d["id"]) != "tune":
                continue
            text = d["text"]
            entities = [{"start": a, "end": b, "text": text[a:b], "label": label} for a, b, label in sorted(gold[d["id"]])]
            w.write(json.dumps({"id": d["id"], "text": text, "entities": entities}, ensure_ascii=False) + "\n")
            n += 1
    print(f"wrote {n} tuning-part articles to {path}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--bin", default=os.path.join(ROOT, ".build", "release", "copydesk"))
    ap.add_argument("--model", help="a model file (default: the bundled one)")
    ap.add_argument("--only", choices=["conll", "bbc"])
    ap.add_argument("--json", help="also write the F1 figures as JSON")
    ap.add_argument("--export-tune", metavar="OUT", help="write the BBC tuning part as training data and stop")
    ap.add_argument("--first", type=int, metavar="N", help="score only the first N annotated BBC articles (an earlier pass's set)")
    args = ap.parse_args()
    if args.export_tune:
        export_tune(args.export_tune, args.first)
        return
    with tempfile.TemporaryDirectory() as folder:
        pipe = pipeline(args.model, folder)
        results = {}
        if args.only != "bbc":
            results.update(conll(args.bin, pipe, folder))
        if args.only != "conll":
            results.update(bbc(args.bin, pipe, folder, args.first))
    if args.json:
        with open(args.json, "w") as f:
            json.dump(results, f, indent=1)


if __name__ == "__main__":
    main()
