#!/usr/bin/env python3
"""Peak memory and CPU time of one large document through Pipelines/news.yaml.

Builds single documents of 1, 5, 10 and 50 MB (one JSON Lines record each)
from the BBC dev articles of ../shared/data, or from the texts of Samples/
when those are absent, runs `copydesk run Pipelines/news.yaml` on each, and
prints CPU seconds (user + system) and peak RSS (GNU time's %M) per
size. Issue 13 asks for under 30 s and 200 MB on 10 MB; issue 10 for 100 MB.

Usage: Scripts/memory_check.py [--binary .build/release/copydesk] [--sizes 1,5,10,50]
       [--keep DIR]   (keep the inputs and outputs there)
"""
import argparse
import json
import os
import pathlib
import subprocess
import sys
import tempfile

ROOT = pathlib.Path(__file__).resolve().parents[1]
BBC = ROOT.parent / "shared" / "data" / "bbc-news-summary" / "dev.jsonl"


def source_texts():
    """The texts the documents are made of: the BBC dev articles, or the samples."""
    if BBC.exists():
        with open(BBC, encoding="utf-8") as f:
            return "BBC dev articles", [json.loads(line)["text"] for line in f if line.strip()]
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "Samples" / "articles").glob("*.txt"))]
    for p in sorted((ROOT / "Samples" / "jsonl").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return "Samples/", [t for t in texts if t.strip()]


def make_document(texts, megabytes, target):
    """One JSON Lines record whose text is the articles one after the other,
    a blank line between them, repeated until it reaches `megabytes` MB of UTF-8."""
    goal = megabytes * 1_000_000
    parts, size, k = [], 0, 0
    while size < goal:
        text = texts[k % len(texts)].strip()
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        k += 1
    doc = {"id": f"single-{megabytes}mb", "text": "\n\n".join(parts)}
    target.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    return k


TIME = "/usr/bin/time"


def pipeline(work):
    """Pipelines/news.yaml with max_document_bytes raised past every size
    measured (its 20 MB default would reject the 50 MB document unread)."""
    text = (ROOT / "Pipelines" / "news.yaml").read_text(encoding="utf-8")
    path = work / "news-unlimited.yaml"
    path.write_text(text.replace("\nstages:", "\nmax_document_bytes: 1GB\nstages:", 1), encoding="utf-8")
    return path


def run(binary, source, output, pipeline_file):
    """Exit status, stderr, CPU seconds and peak RSS (bytes) of one run.

    Measured by GNU time when it is there: Linux starts a child's peak RSS at
    what its parent held when it forked, so this script's own memory (the
    document it just wrote) would otherwise count. Without it, wait4's rusage
    of the child, which carries that error."""
    command = [str(binary), "run", str(pipeline_file), "--input", str(source),
               "--output", str(output), "--quiet"]
    with tempfile.NamedTemporaryFile("r", suffix=".time") as figures, tempfile.TemporaryFile() as err:
        timed = os.access(TIME, os.X_OK)
        if timed:
            command = [TIME, "-o", figures.name, "-f", "%U %S %M"] + command
        proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=err)
        _, status, usage = os.wait4(proc.pid, 0)
        err.seek(0)
        stderr = err.read().decode("utf-8", "replace")
        cpu, rss = usage.ru_utime + usage.ru_stime, usage.ru_maxrss * 1024
        if timed:
            user, system, kilobytes = figures.read().split()[-3:]
            cpu, rss = float(user) + float(system), int(kilobytes) * 1024
    return os.waitstatus_to_exitcode(status), stderr, cpu, rss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", default=str(ROOT / ".build" / "release" / "copydesk"))
    parser.add_argument("--sizes", default="1,5,10,50", help="document sizes in MB, comma-separated")
    parser.add_argument("--keep", help="a folder to keep the inputs and outputs in")
    args = parser.parse_args()
    binary = pathlib.Path(args.binary)
    if not binary.is_file():
        sys.exit(f"no binary at {binary} (swift build -c release)")
    sizes = sorted(int(s) for s in args.sizes.split(","))
    name, texts = source_texts()
    work = pathlib.Path(args.keep) if args.keep else pathlib.Path(tempfile.mkdtemp(prefix="copydesk-memory-"))
    work.mkdir(parents=True, exist_ok=True)
    news = pipeline(work)
    print(f"binary {binary}; documents made of {name}; news.yaml with max_document_bytes: 1GB")
    print(f"{'size':>6} {'articles':>9} {'CPU s':>8} {'peak RSS':>10}  output")
    failed = False
    for mb in sizes:
        source, output = work / f"single-{mb}mb.jsonl", work / f"single-{mb}mb.out.jsonl"
        articles = make_document(texts, mb, source)
        status, stderr, cpu, rss = run(binary, source, output, news)
        if status != 0 or not output.exists():
            print(f"{mb:>4} MB {articles:>9} {cpu:>8.2f} {rss / 1e6:>7.1f} MB  FAILED: {stderr.strip()[-300:]}")
            failed = True
        else:
            doc = json.loads(output.read_text(encoding="utf-8"))
            layers = ", ".join(f"{len(doc.get(k) or [])} {k}" for k in ("entities", "numbers"))
            print(f"{mb:>4} MB {articles:>9} {cpu:>8.2f} {rss / 1e6:>7.1f} MB  {layers}, {len(doc.get('summary') or [])} summary sentences")
        for path in (source, output):
            if not args.keep:
                path.unlink(missing_ok=True)
    if not args.keep:
        news.unlink()
        os.rmdir(work)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
