#!/usr/bin/env python3
"""Cuts CoNLL-2003 eng.testa into a tuning half and a blind half, by
contiguous blocks of whole documents, so that a change can be tuned on one
half and checked on the other, which is read only as a number.

The copy of eng.testa in ../shared/data has no -DOCSTART- lines, so a document
is found by its dateline: a short sentence ending in a date ("LONDON
1996-08-30") starts a document one sentence earlier (at its headline).
Documents are cut into blocks of BLOCK (12) in file order; even blocks are the
tuning half, odd blocks the blind half. The same input gives the same halves.

Usage: python3 Scripts/split_conll_dev.py [TESTA] [OUTDIR]
  writes OUTDIR/tune.conll and OUTDIR/blind.conll (default out/conll-halves)
"""
import os
import re
import sys

BLOCK = 12
DATELINE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def read_sentences(path):
    """Sentences as lists of raw lines (without the blank separators)."""
    sentences, current = [], []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("-DOCSTART-"):
                continue
            if not line.strip():
                if current:
                    sentences.append(current)
                    current = []
                continue
            current.append(line.rstrip("\n"))
    if current:
        sentences.append(current)
    return sentences


def document_starts(sentences):
    """Index of the first sentence of every document (its headline)."""
    starts = [0]
    for i, s in enumerate(sentences):
        if i >= 1 and len(s) <= 8 and DATELINE.match(s[-1].split()[0]):
            start = i - 1
            if start > starts[-1]:
                starts.append(start)
    return starts


def split(sentences):
    starts = document_starts(sentences) + [len(sentences)]
    halves = {"tune": [], "blind": []}
    for d in range(len(starts) - 1):
        half = "tune" if (d // BLOCK) % 2 == 0 else "blind"
        halves[half].extend(sentences[starts[d]:starts[d + 1]])
    return halves, len(starts) - 1


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    testa = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "..", "shared", "data", "conll2003", "eng.testa")
    outdir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "..", "out", "conll-halves")
    os.makedirs(outdir, exist_ok=True)
    halves, documents = split(read_sentences(testa))
    for name, sentences in halves.items():
        with open(os.path.join(outdir, f"{name}.conll"), "w", encoding="utf-8") as f:
            for s in sentences:
                f.write("\n".join(s) + "\n\n")
        tokens = sum(len(s) for s in sentences)
        print(f"{name}: {len(sentences)} sentences, {tokens} tokens")
    print(f"{documents} documents in blocks of {BLOCK}")


if __name__ == "__main__":
    main()
