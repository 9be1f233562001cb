"""The static copydesk runs with no Swift anywhere: from a folder outside the
checkout, PATH without Swift, no LD_LIBRARY_PATH, and the bundle of the build
it came from hidden, so that only the shipped resources can be read."""
import contextlib
import json
import os
import pathlib
import re
import shutil
import subprocess

from conftest import ROOT

BUNDLES = ["Copydesk_Copydesk.resources", "Copydesk_CopydeskStages.resources"]
CLEAN_ENV = {"PATH": "/usr/bin:/bin", "LANG": "C.UTF-8"}


@contextlib.contextmanager
def build_bundles_hidden(binary):
    """Moves away every bundle whose build path is written in the binary
    (Bundle.module's fallback), and puts it back after."""
    paths = {p.decode() for p in re.findall(rb"/[\x21-\x7e]*/Copydesk_[A-Za-z]+\.resources", binary.read_bytes())}
    assert len(paths) >= len(BUNDLES), paths
    moved = []
    try:
        for path in paths:
            if os.path.isdir(path):
                os.rename(path, path + ".hidden")
                moved.append(path)
        yield
    finally:
        for path in moved:
            os.rename(path + ".hidden", path)


def test_links_no_swift_library(dist):
    libraries = subprocess.run(["ldd", str(dist / "copydesk")], capture_output=True, text=True, check=True).stdout
    assert "swift" not in libraries.lower() and "Foundation" not in libraries, libraries


def test_runs_outside_the_checkout_with_no_swift(dist, tmp_path):
    assert shutil.which("swift", path=CLEAN_ENV["PATH"]) is None
    shipped = tmp_path / "opt" / "copydesk"
    shutil.copytree(dist, shipped, symlinks=False)
    articles = tmp_path / "articles"
    shutil.copytree(ROOT / "Samples" / "articles", articles)
    out = tmp_path / "news.jsonl"
    with build_bundles_hidden(shipped / "copydesk"):
        run = subprocess.run([str(shipped / "copydesk"), "run", str(shipped / "Pipelines" / "news.yaml"),
                              "--input", str(articles), "--output", str(out), "--quiet"],
                             cwd=tmp_path, env=CLEAN_ENV, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        docs = [json.loads(line) for line in out.read_text().splitlines()]
        assert len(docs) == len(list(articles.glob("*.txt")))
        # The models and tables were read: every layer is there and filled.
        assert all(d["entities"] and d["numbers"] and d["summary"] for d in docs)

        # Without the shipped resources: a clear error, not a crash.
        for bundle in BUNDLES:
            shutil.rmtree(shipped / bundle)
        bare = subprocess.run([str(shipped / "copydesk"), "run", str(shipped / "Pipelines" / "news.yaml"),
                               "--input", str(articles), "--output", str(out), "--quiet"],
                              cwd=tmp_path, env=CLEAN_ENV, capture_output=True, text=True)
        assert bare.returncode == 1, bare.stderr
        assert "Copydesk_Copydesk.resources" in bare.stderr
