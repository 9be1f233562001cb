#!/usr/bin/env python3
"""Word clusters for the entity tagger, learned from unlabelled text.

Word representations learned from raw text are the feature that took
linear taggers past 90 on CoNLL-2003 (Ratinov & Roth 2009, with Brown
clusters). Here: skip-gram vectors (gensim's Word2Vec, one thread and a
fixed seed, so the same text gives the same vectors) clustered by k-means at
three granularities, 64, 256 and 1024 clusters: coarse ids generalise,
fine ids discriminate, as Brown bit-string prefixes of several lengths do.

Text used (only the words, no labels):
  - CoNLL-2003 eng.train (Reuters 1996; research use), its tokens;
  - the BBC News Summary dev articles (CC0), tokenized like the stage does.
Never eng.testa, whose halves are the tuning and blind sets.

Writes Sources/CopydeskStages/Resources/entities/clusters.tsv:
  word<TAB>c64<TAB>c256<TAB>c1024   (words as written, case kept)

Needs: pip install gensim==4.4.0 scikit-learn==1.9.1
Usage: python3 Scripts/build_clusters.py [--data ../shared/data]
"""
import argparse
import json
import os
import re

import numpy as np
from gensim.models import Word2Vec
from sklearn.cluster import KMeans

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.join(HERE, "..")
OUT = os.path.join(ROOT, "Sources", "CopydeskStages", "Resources", "entities", "clusters.tsv")
TOKEN = re.compile(r"\w+(?:[-'’.&]\w+)*\.?|[^\w\s]", re.UNICODE)
SIZES = (64, 256, 1024)


def conll_sentences(path):
    sentence = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            fields = line.split()
            if not fields or fields[0] == "-DOCSTART-":
                if sentence:
                    yield sentence
                sentence = []
                continue
            sentence.append(fields[0])
    if sentence:
        yield sentence


def bbc_sentences(path):
    with open(path, encoding="utf-8") as f:
        for line in f:
            text = json.loads(line)["text"]
            for paragraph in text.split("\n"):
                tokens = TOKEN.findall(paragraph)
                if tokens:
                    yield tokens


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"))
    ap.add_argument("--min-count", type=int, default=3)
    args = ap.parse_args()
    sentences = list(conll_sentences(os.path.join(args.data, "conll2003", "eng.train")))
    sentences += list(bbc_sentences(os.path.join(args.data, "bbc-news-summary", "dev.jsonl")))
    tokens = sum(len(s) for s in sentences)
    model = Word2Vec(sentences, vector_size=100, window=5, min_count=args.min_count, sg=1, negative=10,
                     epochs=15, seed=1, workers=1)
    words = model.wv.index_to_key
    vectors = model.wv.vectors / np.linalg.norm(model.wv.vectors, axis=1, keepdims=True)
    ids = [KMeans(n_clusters=k, n_init=1, random_state=1).fit_predict(vectors) for k in SIZES]
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# word clusters: Scripts/build_clusters.py (word2vec skip-gram + k-means 64/256/1024)\n")
        for i, w in enumerate(words):
            if "\t" in w:
                continue
            f.write(f"{w}\t{ids[0][i]}\t{ids[1][i]}\t{ids[2][i]}\n")
    print(f"{len(sentences)} sentences, {tokens} tokens, {len(words)} words clustered -> {OUT}")


if __name__ == "__main__":
    main()
