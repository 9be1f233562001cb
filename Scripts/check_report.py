#!/usr/bin/env python3
"""Checks an HTML run report as CI does: it parses as HTML5 with no error
(html5lib, strict), and headless Chromium loads it with no script error and
with the sample documents' highlights in the DOM; a screenshot is written.

    python3 Scripts/check_report.py out/news.report.html [--screenshot out/report.png]

Exit status 0 when every check passes, 1 otherwise (each failure is printed).
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile


def parse_strict(path):
    import html5lib
    with open(path, "rb") as f:
        html5lib.HTMLParser(strict=True, namespaceHTMLElements=False).parse(f.read())


def chromium():
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    sys.exit("check_report: no chromium on PATH (Debian: apt-get install -y chromium)")


def headless(path, *flags):
    profile = tempfile.mkdtemp(prefix="copydesk-chromium-")
    try:
        command = [chromium(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                   "--no-first-run", "--user-data-dir=" + profile, "--enable-logging=stderr", "--v=0",
                   # Let the page's script run before the DOM is dumped.
                   "--virtual-time-budget=3000", *flags, "file://" + os.path.abspath(path)]
        return subprocess.run(command, capture_output=True, text=True, timeout=120)
    finally:
        shutil.rmtree(profile, ignore_errors=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("report")
    ap.add_argument("--screenshot", help="PNG to write (default: beside the report)")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2400)
    args = ap.parse_args()
    failures = []

    size = os.path.getsize(args.report)
    if size >= 2_000_000:
        failures.append(f"the report is {size} bytes, not under 2 MB")
    try:
        parse_strict(args.report)
    except Exception as e:  # html5lib raises ParseError with the position
        failures.append(f"html5lib (strict): {type(e).__name__}: {e}")

    dom = headless(args.report, "--dump-dom")
    if dom.returncode != 0:
        failures.append(f"chromium --dump-dom exited {dom.returncode}: {dom.stderr[-2000:]}")
    html = dom.stdout
    uncaught = [line for line in dom.stderr.splitlines() if "Uncaught" in line or ("CONSOLE" in line and "rror" in line)]
    if uncaught:
        failures.append("script errors on the console: " + " | ".join(uncaught[:5]))
    if re.search(r'<html[^>]*data-script-errors=', html):
        failures.append("the page's error handler caught a script error")
    ready = re.search(r'<html[^>]*data-ready="(\d+)"', html)
    if not ready:
        failures.append("the page's script did not run to its end (no data-ready on <html>)")
    docs = re.findall(r'<article class="doc" id="doc-\d+">(.*?)</article>', html, re.S)
    if not docs:
        failures.append("no sample document in the DOM")
    elif not re.search(r'<mark class="m [en]-[\w-]+" data-tip="[^"]+">', docs[0]):
        failures.append("the first sample document has no highlight in the DOM")
    elif ready and int(ready.group(1)) < 1:
        failures.append("the script counted no highlights")

    shot = args.screenshot or os.path.splitext(args.report)[0] + ".png"
    r = headless(args.report, f"--window-size={args.width},{args.height}", "--screenshot=" + os.path.abspath(shot))
    if r.returncode != 0 or not os.path.exists(shot):
        failures.append(f"chromium --screenshot failed ({r.returncode}): {r.stderr[-2000:]}")
    else:
        with open(shot, "rb") as f:
            if f.read(8) != b"\x89PNG\r\n\x1a\n":
                failures.append(f"{shot} is not a PNG")

    for f in failures:
        print("check_report: FAIL:", f, file=sys.stderr)
    if not failures:
        marks = ready.group(1)
        print(f"check_report: ok: {args.report} ({size} bytes) parses strictly, loads with no script error, "
              f"{len(docs)} sample documents and {marks} highlights in the DOM; screenshot {shot}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
