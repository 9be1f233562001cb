"""kill -9 at random moments of a long run over the BBC dev articles, then
--resume: after every kill the declared output is absent or complete (never
truncated), at most one journal's files sit beside it, and --resume
completes it to the bytes of an uninterrupted run. JSON Lines over one big
file (resumed by byte offset), CSV over a folder (resumed by file and
record), SQLite (resumed at its committed transactions)."""
import os
import pathlib
import random
import subprocess
import time

import pytest

from conftest import ROOT, wire_articles

KILLS = {"jsonl": 20, "csv": 6, "sqlite": 6}
SEED = int(os.environ.get("COPYDESK_KILL_SEED", "13"))


def pipeline(tmp, input_path, output, batch=""):
    text = f"""name: killed
workers: 2
stages:
  - stage: load
    with:
      path: {input_path}
  - stage: clean
  - stage: tag_entities
  - stage: tag_numbers
  - stage: summarize
  - stage: write
    with:
      path: {output}{batch}
"""
    path = tmp / "p.yaml"
    path.write_text(text)
    return path


def journal_files(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "sqlite"])
def test_kill_and_resume(dist, tmp_path, fmt):
    source = tmp_path / "articles.jsonl"
    count = wire_articles(source, 3)
    if fmt == "csv":
        # A folder of six files: resumed by file, then by record in the file.
        folder = tmp_path / "in"
        folder.mkdir()
        lines = source.read_text().splitlines(keepends=True)
        for k in range(6):
            (folder / f"part-{k}.jsonl").write_text("".join(lines[k::6]))
        input_path = folder
    else:
        input_path = source
    out_dir = tmp_path / "out"
    out_dir.mkdir()
    ref_dir = tmp_path / "ref"
    ref_dir.mkdir()
    batch = "\n      batch_size: 100" if fmt == "sqlite" else ""
    p = pipeline(tmp_path, input_path, out_dir / f"news.{fmt}", batch)
    binary = str(dist / "copydesk")
    base = [binary, "run", str(p), "--quiet", "--checkpoint-every", "200"]

    started = time.monotonic()
    ref = subprocess.run(base + ["--output", str(ref_dir / f"news.{fmt}")], capture_output=True, text=True)
    full = time.monotonic() - started
    assert ref.returncode == 0, ref.stderr
    reference = (ref_dir / f"news.{fmt}").read_bytes()
    output = out_dir / f"news.{fmt}"

    rng = random.Random(SEED)
    survived = completed = 0
    resume = False
    for kill in range(KILLS[fmt]):
        run = subprocess.Popen(base + (["--resume"] if resume else []), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.05, full * 0.6))
        run.kill()
        _, err = run.communicate()
        if run.returncode == 0:
            # It finished before the kill: complete, and the next run starts afresh.
            assert output.read_bytes() == reference
            assert journal_files(out_dir) == []
            output.unlink()
            completed += 1
            resume = False
            continue
        assert run.returncode == -9, err
        # Absent (never truncated: a complete file is the reference itself).
        assert not output.exists() or output.read_bytes() == reference
        files = journal_files(out_dir)
        allowed = {f".news.{fmt}.copydesk-part", f".news.{fmt}.copydesk-part-journal", ".news.rejects.jsonl.copydesk-part",
                   f".news.{fmt}.copydesk-resume.json", f".news.{fmt}.copydesk-resume.json.tmp"}
        assert set(files) <= allowed, files
        survived += 1
        resume = True

    final = subprocess.run(base + ["--resume"], capture_output=True, text=True)
    assert final.returncode == 0, final.stderr
    assert output.read_bytes() == reference, "the resumed output differs from the uninterrupted run"
    assert journal_files(out_dir) == []
    print(f"\n{fmt}: {count} articles, {survived} kills survived, {completed} runs finished before their kill, "
          f"full run {full:.1f} s, seed {SEED}")
    assert survived >= KILLS[fmt] // 2
