#!/usr/bin/env python3
"""A command-stage program for tests that misbehaves on cue.

Each document's text may name one fault:
  CRASH     kill itself with SIGSEGV before answering
  HANG      sleep for an hour before answering
  TWICE     answer twice
  WRONGID   answer with the id 'not-<id>'
  SKIP      give no answer at all
  NOTJSON   answer with a line that is not JSON
Otherwise it answers the document with "seen": true and, with
--report, its signal mask, ignored signals, pid and environment.
--linger: at end of input, sleep instead of exiting (children must still be
killed after the run). --pidfile PATH: append its pid to PATH at start.
--exit-at-once CODE: exit with CODE before reading anything.
"""
import json
import os
import signal
import sys
import time

args = sys.argv[1:]
if "--exit-at-once" in args:
    print("giving up before any input", file=sys.stderr, flush=True)
    sys.exit(int(args[args.index("--exit-at-once") + 1]))
if "--pidfile" in args:
    with open(args[args.index("--pidfile") + 1], "a") as f:
        f.write(f"{os.getpid()}\n")


def status_field(name):
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith(name + ":"):
                return line.split()[1]
    return None


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
    if "--report" in args:
        doc["sigblk"] = status_field("SigBlk")
        doc["sigign"] = status_field("SigIgn")
        doc["pid"] = os.getpid()
        doc["env"] = sorted(os.environ.keys())
    answer(doc)
    if "TWICE" in text:
        answer(doc)

if "--linger" in args:
    while True:
        time.sleep(3600)
