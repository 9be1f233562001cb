"""Samples/spark/copydesk_spark.py on Spark master local[2]: over 10,680 BBC
articles every document comes back exactly once and equal to a local
`copydesk run` of the same input; a failing copydesk fails the job."""
import collections
import json
import os
import subprocess
import sys
import tarfile
import time

import pytest

from conftest import ROOT, wire_articles

DRIVER = ROOT / "Samples" / "spark" / "copydesk_spark.py"
pytest.importorskip("pyspark", reason="pip install pyspark (.ci/run does)")


def spark_environment():
    env = dict(os.environ)
    # Spark on loopback only, and the Python of this test on both sides.
    env.update(SPARK_LOCAL_IP="127.0.0.1", PYSPARK_PYTHON=sys.executable, PYSPARK_DRIVER_PYTHON=sys.executable)
    return env


def archive(dist, target):
    with tarfile.open(target, "w:gz") as tar:
        for item in sorted(dist.iterdir()):
            tar.add(item, arcname=item.name)
    return target


def run_driver(tmp_path, dist_archive, input_path, output, *extra):
    argv = [sys.executable, str(DRIVER), "--master", "local[2]", "--conf", "spark.ui.enabled=false",
            "--conf", "spark.driver.host=127.0.0.1", "--dist", str(dist_archive), "--pipeline", "Pipelines/news.yaml",
            "--input", str(input_path), "--output", str(output), *extra]
    return subprocess.run(argv, cwd=tmp_path, env=spark_environment(), capture_output=True, text=True, timeout=900)


def test_every_document_once_and_as_a_local_run(dist, tmp_path):
    source = tmp_path / "articles.jsonl"
    count = wire_articles(source, copies=6)
    assert count >= 10_000

    local = tmp_path / "local.jsonl"
    started = time.monotonic()
    run = subprocess.run([str(dist / "copydesk"), "run", str(dist / "Pipelines" / "news.yaml"), "--input", str(source),
                          "--output", str(local), "--workers", "2", "--quiet"], capture_output=True, text=True)
    local_seconds = time.monotonic() - started
    assert run.returncode == 0, run.stderr
    expected = {json.loads(line)["id"]: line for line in local.read_text(encoding="utf-8").splitlines()}
    assert len(expected) == count

    started = time.monotonic()
    spark = run_driver(tmp_path, archive(dist, tmp_path / "copydesk-dist.tar.gz"), source, tmp_path / "spark-out",
                       "--partitions", "4")
    spark_seconds = time.monotonic() - started
    assert spark.returncode == 0, spark.stderr[-4000:]
    print(f"\nspark local[2]: {count} documents in {spark_seconds:.1f} s (local copydesk run, 2 workers: {local_seconds:.1f} s)")

    lines = []
    for part in sorted((tmp_path / "spark-out").glob("part-*")):
        lines += part.read_text(encoding="utf-8").splitlines()
    ids = collections.Counter(json.loads(line)["id"] for line in lines)
    assert len(lines) == count
    assert [i for i, n in ids.items() if n != 1] == []
    assert set(ids) == set(expected)
    # Byte for byte: copydesk's output is the same for any batching and worker count.
    assert [line for line in lines if line != expected[json.loads(line)["id"]]] == []


def test_a_rejecting_copydesk_fails_the_job_unless_allowed(dist, tmp_path):
    source = tmp_path / "three.jsonl"
    source.write_text('{"id":"a","text":"Anna Berg flew to Oslo on Monday."}\n{broken\n{"id":"c","text":"Two more."}\n')
    dist_archive = archive(dist, tmp_path / "copydesk-dist.tar.gz")
    strict = run_driver(tmp_path, dist_archive, source, tmp_path / "strict-out", "--partitions", "1")
    assert strict.returncode != 0
    assert "PIPE_FUNCTION_EXITED" in strict.stderr or "exit" in strict.stderr.lower(), strict.stderr[-3000:]
    allowed = run_driver(tmp_path, dist_archive, source, tmp_path / "allowed-out", "--partitions", "1", "--allow-rejects")
    assert allowed.returncode == 0, allowed.stderr[-3000:]
    out = [json.loads(line)["id"] for part in sorted((tmp_path / "allowed-out").glob("part-*"))
           for line in part.read_text().splitlines()]
    assert out == ["a", "c"]
    # The reject went to copydesk's stderr, which Spark passes on to its own.
    assert '"stage":"load"' in allowed.stderr
