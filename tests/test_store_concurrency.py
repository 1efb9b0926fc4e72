"""Concurrent ingests into one SQL store: four processes, one copy of each event."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cischronicle.store import open_store
from helpers import run
from stores import store_url

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_four_concurrent_ingests_store_each_event_once(
    backend: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Four processes ingesting the seeds into one store leave exactly one ingest's logs."""
    url = store_url(backend, tmp_path)
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "cischronicle.cli", "ingest", str(SEEDS), "--into", url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    results = [proc.communicate(timeout=300) for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0, 0, 0], results
    stored = sum(int(out.split(" stored,")[0]) for out, _ in results)
    assert stored == 5, "each article stored by exactly one process"
    reference = tmp_path / "reference"
    assert run(capsys, "ingest", str(SEEDS), "--into", str(reference))[0] == 0
    store, folder = open_store(url), open_store(str(reference))
    articles = [s.article for s in folder.sources()]
    assert [s.article for s in store.sources()] == articles and len(articles) == 5
    for article in articles:
        assert store.lines(article) == folder.lines(article)
    ids = [event.id for event in store.events()]
    assert len(ids) == len(set(ids)) == store.position()
    assert all(result.ok for result in store.verify())
