#!/usr/bin/env python3
"""A Copydesk stage in Python using a library from PyPI: langdetect (a port
of Google's language-detection, pure Python, profiles included) sets each
document's "language" field. Install it with `pip install langdetect==1.0.9`.

One JSON document per line in, one per line out, in order; an
{"id": ..., "error": ...} line rejects a document.
"""
import json
import sys

from langdetect import DetectorFactory, detect_langs
from langdetect.lang_detect_exception import LangDetectException

DetectorFactory.seed = 0  # langdetect samples at random: the same answer every run

for line in sys.stdin:
    doc = json.loads(line)
    try:
        best = detect_langs(doc.get("text", ""))[0]
    except LangDetectException as error:
        print(json.dumps({"id": doc["id"], "error": f"no language detected: {error}"}), flush=True)
        continue
    doc["language"] = best.lang
    doc["language_probability"] = round(best.prob, 3)
    print(json.dumps(doc, ensure_ascii=False), flush=True)
