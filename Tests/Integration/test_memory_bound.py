"""One 5 MB document through the whole news pipeline stays under 200 MB of
peak resident memory (issue 13), measured by RSS, not by time, and comes out
complete: every stage read the whole text.

The document is the BBC dev articles of ../shared/data one after the other,
or the texts of Samples/ repeated when those are absent. Scripts/memory_check.py
gives the figures for 1, 5, 10 and 50 MB. COPYDESK_TIME names GNU time if it
is not /usr/bin/time (a path that does not exist makes the test use wait4)."""
import json
import os
import subprocess
import sys

from conftest import ARTICLES, ROOT

LIMIT_BYTES = 200 * 1000 * 1000
SIZE_BYTES = 5 * 1000 * 1000
TIME = os.environ.get("COPYDESK_TIME", "/usr/bin/time")

# Peak RSS of a command run from a small fresh interpreter: Linux starts a
# child's peak at what its parent held when it forked, and pytest holds far
# more than this helper (about 10 MB, which the figure may carry, never less).
HELPER = r"""
import os, subprocess, sys
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=open(os.environ["ERR"], "w"))
_, status, usage = os.wait4(proc.pid, 0)
print(os.waitstatus_to_exitcode(status), usage.ru_maxrss * 1024)
"""


def texts():
    if ARTICLES.exists():
        with open(ARTICLES, encoding="utf-8") as f:
            return [json.loads(line)["text"] for line in f if line.strip()]
    found = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "Samples" / "articles").glob("*.txt"))]
    for p in sorted((ROOT / "Samples" / "jsonl").glob("*.jsonl")):
        found += [json.loads(line)["text"] for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [t for t in found if t.strip()]


def single_document(target):
    parts, size, k, source = [], 0, 0, texts()
    while size < SIZE_BYTES:
        parts.append(source[k % len(source)].strip())
        size += len(parts[-1].encode("utf-8")) + 2
        k += 1
    text = "\n\n".join(parts)
    target.write_text(json.dumps({"id": "single-5mb", "text": text}) + "\n", encoding="utf-8")
    return text


def peak_rss(command, tmp_path):
    """Exit status and peak RSS in bytes: GNU time's %M when it is there, else the helper's wait4."""
    err = tmp_path / "stderr.txt"
    if os.access(TIME, os.X_OK):
        figures = tmp_path / "time.txt"
        with open(err, "w") as stderr:
            status = subprocess.run([TIME, "-o", str(figures), "-f", "%M"] + command,
                                    stdout=subprocess.DEVNULL, stderr=stderr).returncode
        return status, int(figures.read_text().split()[-1]) * 1024, err.read_text()
    run = subprocess.run([sys.executable, "-c", HELPER] + command, env={**os.environ, "ERR": str(err)},
                         capture_output=True, text=True, check=True)
    status, rss = map(int, run.stdout.split())
    return status, rss, err.read_text()


def test_five_megabyte_document_stays_under_200_mb(dist, tmp_path):
    source, out = tmp_path / "single.jsonl", tmp_path / "single.out.jsonl"
    text = single_document(source)
    pipeline = dist / "Pipelines" / "news.yaml"
    if not pipeline.exists():
        pipeline = ROOT / "Pipelines" / "news.yaml"
    status, rss, stderr = peak_rss([str(dist / "copydesk"), "run", str(pipeline), "--input", str(source),
                                    "--output", str(out), "--quiet"], tmp_path)
    assert status == 0, stderr

    docs = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(docs) == 1 and docs[0]["id"] == "single-5mb"
    doc = docs[0]
    # Clean may only tidy whitespace: the text is all there.
    assert len(doc["text"]) >= 0.99 * len(text)
    # Every stage went through to the end of the text, not just its start.
    length = len(doc["text"])
    assert max(e["start"] for e in doc["entities"]) > 0.95 * length
    assert max(n["start"] for n in doc["numbers"]) > 0.95 * length
    assert len(doc["summary"]) == 3
    assert all(doc["text"][s["start"]:s["end"]] == s["text"] for s in doc["summary"])

    assert rss < LIMIT_BYTES, f"peak RSS {rss / 1e6:.1f} MB on a 5 MB document (limit {LIMIT_BYTES / 1e6:.0f} MB)"
