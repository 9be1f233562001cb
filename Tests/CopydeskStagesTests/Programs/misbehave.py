#!/usr/bin/env python3
"""A command-stage program for tests that misbehaves on cue.

Each document's text may name one fault:
  CRASH     kill itself with SIGSEGV before answering
  HANG      sleep for an hour before answering
  TWICE     answer twice
  WRONGID   answer with the id 'not-<id>'
  SKIP      give no answer at all
  NOTJSON   answer with a line that is not JSON
Otherwise it answers the document with "seen": true.
--linger: at end of input, sleep instead of exiting (children must still be
killed after the run). --pidfile PATH: append its pid to PATH at start.
"""
import json
import os
import signal
import sys
import time

args = sys.argv[1:]
if "--pidfile" in args:
    with open(args[args.index("--pidfile") + 1], "a") as f:
        f.write(f"{os.getpid()}\n")


def answer(doc):
    print(json.dumps(doc), flush=True)


for line in sys.stdin:
    doc = json.loads(line)
    text = doc.get("text", "")
    if "CRASH" in text:
        print(f"crashing on {doc['id']}", file=sys.stderr, flush=True)
        os.kill(os.getpid(), signal.SIGSEGV)
    if "HANG" in text:
        time.sleep(3600)
    if "SKIP" in text:
        continue
    if "NOTJSON" in text:
        print("this is not json", flush=True)
        continue
    if "WRONGID" in text:
        doc["id"] = "not-" + doc["id"]
    doc["seen"] = True
    answer(doc)
    if "TWICE" in text:
        answer(doc)

if "--linger" in args:
    while True:
        time.sleep(3600)
