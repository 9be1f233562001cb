#!/usr/bin/env python3
"""Side-by-side CPU cost of two copydesk binaries on the same input.

Runs A and B alternately (A, B, B, A, ...) so that a machine that gets busier
or quieter during the run weighs on both alike, reports each run's CPU
seconds (user + system of the child), the medians and minimums and B's cost as a share of
A's, and says whether the two outputs are byte-identical.

  swift build -c release && mkdir -p /tmp/a && cp -r .build/release/copydesk .build/release/*.resources /tmp/a/
  # ... change, rebuild ...
  python3 Scripts/ab_cpu.py --a /tmp/a/copydesk --b .build/release/copydesk --rounds 5
"""
import argparse
import filecmp
import os
import resource
import statistics
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def run(binary, pipeline, data, out, workers):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    subprocess.run([binary, "run", pipeline, "--input", data, "--output", out,
                    "--workers", str(workers), "--quiet"], check=True)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--a", required=True, help="the baseline binary")
    ap.add_argument("--b", required=True, help="the changed binary")
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "bbc-news-summary", "dev.jsonl"))
    ap.add_argument("--pipeline", default=os.path.join(ROOT, "Pipelines", "news.yaml"))
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()
    if not os.path.exists(args.data):
        sys.exit(f"{args.data} not found")
    times = {"a": [], "b": []}
    with tempfile.TemporaryDirectory() as tmp:
        outs = {k: os.path.join(tmp, f"{k}.jsonl") for k in times}
        for r in range(args.rounds):
            order = ("a", "b") if r % 2 == 0 else ("b", "a")
            for k in order:
                times[k].append(run(getattr(args, k), args.pipeline, args.data, outs[k], args.workers))
        identical = filecmp.cmp(outs["a"], outs["b"], shallow=False)
    for k in times:
        print(f"{k}: {' '.join(f'{t:.2f}' for t in times[k])}  median {statistics.median(times[k]):.3f}, min {min(times[k]):.3f} CPU-s")
    ratio = statistics.median(times["b"]) / statistics.median(times["a"])
    # Interference only adds time: the minimum is the steadiest estimate on a shared machine.
    low = min(times["b"]) / min(times["a"])
    print(f"b/a: {ratio:.3f} by medians, {low:.3f} by minimums; outputs {'byte-identical' if identical else 'DIFFER'}")


if __name__ == "__main__":
    main()
