"""Shared set-up of the integration tests: the shipped folder (Scripts/dist.sh)
named by COPYDESK_DIST, and the BBC dev articles of ../shared/data."""
import json
import os
import pathlib

import pytest

ROOT = pathlib.Path(__file__).resolve().parents[2]
ARTICLES = ROOT.parent / "shared" / "data" / "bbc-news-summary" / "dev.jsonl"


@pytest.fixture(scope="session")
def dist():
    path = os.environ.get("COPYDESK_DIST")
    if not path:
        pytest.fail("COPYDESK_DIST must name the folder Scripts/dist.sh lays out (.ci/run sets it)")
    dist = pathlib.Path(path).resolve()
    assert (dist / "copydesk").is_file(), f"no copydesk in {dist}"
    return dist


def wire_articles(target, copies):
    """The BBC dev articles `copies` times with distinct ids, in the wire format
    (their reference summary, a string, kept under another name)."""
    if not ARTICLES.exists():
        pytest.skip(f"{ARTICLES} is absent (the BBC dev articles live in ../shared/data)")
    count = 0
    with open(target, "w", encoding="utf-8") as out:
        for copy in range(copies):
            with open(ARTICLES, encoding="utf-8") as source:
                for line in source:
                    doc = json.loads(line)
                    doc["reference_summary"] = doc.pop("summary")
                    doc["id"] = f"{doc['id']}-{copy}"
                    out.write(json.dumps(doc) + "\n")
                    count += 1
    return count
