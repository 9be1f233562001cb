#!/usr/bin/env python3
"""A Copydesk stage as an external program: one JSON document per line in,
one per line out. This one adds a field; an {"error": ...} line rejects."""
import json
import sys

for line in sys.stdin:
    doc = json.loads(line)
    if not doc.get("text", "").strip():
        print(json.dumps({"error": "empty text"}), flush=True)
        continue
    doc["shouted_title"] = doc["text"].split("\n", 1)[0].upper()
    print(json.dumps(doc, ensure_ascii=False), flush=True)
