#!/usr/bin/env python3
"""Check the hand annotations in bbc-entities.jsonl against the BBC dataset.

Verifies that every article exists in the dataset with the same category,
that spans are in range, non-empty, sorted, non-overlapping, start and end on
word boundaries and carry a CoNLL label. Prints each article's entity strings
for review (stdout only: the texts never go into the repository) and counts
per label and per category.

    python3 Benchmarks/annotations/check.py [--quiet] [--data PATH]

Exits 1 on any error, 2 if the dataset is absent.
"""
import argparse
import collections
import json
import os
import signal
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_DATA = os.path.join(HERE, "..", "..", "..", "shared", "data",
                            "bbc-news-summary", "dev.jsonl")
LABELS = ("PER", "ORG", "LOC", "MISC")


def is_word_char(c):
    return c.isalnum()


def check_article(ann, text):
    """Returns a list of error strings for one annotated article."""
    errors = []
    prev_end = 0
    for k, e in enumerate(ann["entities"]):
        s, t, lab = e.get("start"), e.get("end"), e.get("label")
        where = f'{ann["id"]} entity {k} [{s},{t})'
        if set(e) != {"start", "end", "label"}:
            errors.append(f"{where}: fields must be start, end, label only")
        if not (isinstance(s, int) and isinstance(t, int)) or not 0 <= s < t <= len(text):
            errors.append(f"{where}: offsets out of range (text has {len(text)})")
            continue
        if lab not in LABELS:
            errors.append(f"{where}: label {lab!r} not in {LABELS}")
        if s < prev_end:
            errors.append(f"{where}: overlaps or precedes the previous span")
        prev_end = max(prev_end, t)
        span = text[s:t]
        if span != span.strip() or "\n" in span:
            errors.append(f"{where}: span has edge whitespace or a line break")
        if (s > 0 and is_word_char(text[s - 1]) and is_word_char(text[s])) or \
           (t < len(text) and is_word_char(text[t - 1]) and is_word_char(text[t])):
            errors.append(f"{where}: {span!r} cuts a word")
    return errors


def main():
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # piping into head is fine
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default=DEFAULT_DATA)
    ap.add_argument("--annotations", default=os.path.join(HERE, "bbc-entities.jsonl"))
    ap.add_argument("--quiet", action="store_true", help="counts only, no entity strings")
    args = ap.parse_args()
    if not os.path.exists(args.data):
        print(f"dataset not found at {args.data}: nothing to check against", file=sys.stderr)
        return 2
    docs = {}
    with open(args.data, encoding="utf-8") as f:
        for line in f:
            d = json.loads(line)
            docs[d["id"]] = d
    errors, seen = [], set()
    per_label = collections.Counter()
    per_cat = collections.defaultdict(collections.Counter)
    articles = collections.Counter()
    with open(args.annotations, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            ann = json.loads(line)
            aid = ann.get("id")
            if set(ann) != {"id", "category", "entities"}:
                errors.append(f"line {n}: fields must be id, category, entities (no text)")
            if aid in seen:
                errors.append(f"line {n}: {aid} annotated twice")
            seen.add(aid)
            if aid not in docs:
                errors.append(f"line {n}: {aid} is not in the dataset")
                continue
            doc = docs[aid]
            if ann.get("category") != doc["category"]:
                errors.append(f"line {n}: {aid} category {ann.get('category')!r} != {doc['category']!r}")
            errors += check_article(ann, doc["text"])
            articles[doc["category"]] += 1
            for e in ann["entities"]:
                per_label[e.get("label")] += 1
                per_cat[doc["category"]][e.get("label")] += 1
            if not args.quiet:
                text = doc["text"]
                print(f"== {aid} ({len(ann['entities'])})")
                print("   " + " | ".join(f"{text[e['start']:e['end']]}/{e['label']}"
                                         for e in ann["entities"] if 0 <= e["start"] < e["end"] <= len(text)))
    print(f"{sum(articles.values())} articles, {sum(per_label.values())} entities")
    print("per label: " + ", ".join(f"{l} {per_label[l]}" for l in LABELS))
    for c in sorted(per_cat):
        print(f"  {c:14s} {articles[c]:3d} articles  " +
              "  ".join(f"{l} {per_cat[c][l]:4d}" for l in LABELS) +
              f"  total {sum(per_cat[c].values())}")
    for e in errors:
        print("ERROR " + e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
