"""cischronicle.workers: extraction on Dask gives logs byte-identical to one process."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from cischronicle.cli import main
from cischronicle.errors import ExtractionError, UsageError
from cischronicle.ingest import ingest
from cischronicle.sources import read_sources
from cischronicle.store import open_store
from cischronicle.workers import Payload, extract_chunk, extract_inputs
from generated import write_articles
from stores import BACKENDS, store_url

ARTICLES = 240


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Run the CLI in-process; return exit code, stdout and stderr."""
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder of generated articles (files in subfolders and a feed) and its in-process store."""
    folder = write_articles(tmp_path_factory.mktemp("corpus") / "in", ARTICLES)
    assert main(["ingest", str(folder), str(folder / "feed.jsonl"), "--into",
                 str(folder.parent / "one"), "--quiet"]) == 0
    return folder


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """A local Dask cluster of two processes (a dead task is not retried); its address."""
    distributed = pytest.importorskip(
        "distributed", reason="the dask extra is not installed: pip install -e '.[dask]'"
    )
    import dask

    with dask.config.set({"distributed.scheduler.allowed-failures": 0}):
        cluster = distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, dashboard_address=None, silence_logs=40
        )
    try:
        yield cluster.scheduler_address
    finally:
        cluster.close()


def logs(folder: Path) -> dict[str, bytes]:
    """Every log of a folder store, by file name."""
    return {p.name: p.read_bytes() for p in sorted(folder.glob("*.jsonl"))}


def test_two_local_workers_write_byte_identical_logs(
    corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Ingest --workers 2 on a local cluster writes the very logs a one-process ingest writes."""
    pytest.importorskip("distributed", reason="the dask extra is not installed")
    into = tmp_path / "two"
    code, out, err = run(
        capsys, "ingest", str(corpus), str(corpus / "feed.jsonl"), "--into", str(into),
        "--workers", "2",
    )
    assert (code, err) == (0, "") and out.startswith(f"{ARTICLES} stored, 0 unchanged, 0 refused")
    one = corpus.parent / "one"
    assert logs(into) == logs(one) and len(logs(into)) == ARTICLES
    same_order = [(e.position, e.article) for e in open_store(str(into)).events_after(0)]
    assert same_order == [(e.position, e.article) for e in open_store(str(one)).events_after(0)]


@pytest.mark.parametrize("backend", BACKENDS)
def test_an_existing_cluster_writes_the_same_logs_in_every_store(
    backend: str, corpus: Path, cluster: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """--scheduler ADDRESS into a folder, SQLite or PostgreSQL: the one-process logs, in order."""
    url = store_url(backend, tmp_path)
    argv = ("ingest", str(corpus), str(corpus / "feed.jsonl"), "--into", url)
    code, out, _ = run(capsys, *argv, "--scheduler", cluster)
    assert code == 0 and out.endswith(" refused, " + out.split(" refused, ")[1])
    store, reference = open_store(url), open_store(str(corpus.parent / "one"))
    try:
        articles = [s.article for s in reference.sources()]
        assert [s.article for s in store.sources()] == articles and len(articles) == ARTICLES
        assert all(store.lines(a) == reference.lines(a) for a in articles)
        order = [(e.article, e.event.id) for e in store.events_after(0)]
        assert order == [(e.article, e.event.id) for e in reference.events_after(0)]
    finally:
        store.close()
        reference.close()
    code, out, _ = run(capsys, *argv, "--scheduler", cluster)
    assert code == 0 and out == f"0 stored, {ARTICLES} unchanged, 0 refused, 0 events appended\n"


def _killer(victim: str) -> object:
    """A task that kills its worker process when it meets the article ``victim``."""

    def task(payloads: Sequence[Payload]) -> list[bytes | str]:
        if any(p[0] == victim for p in payloads):
            os._exit(1)
        return extract_chunk(payloads)

    return task


def _failer(victim: str) -> object:
    """A task whose extraction of ``victim`` raises."""

    def task(payloads: Sequence[Payload]) -> list[bytes | str]:
        results = extract_chunk(payloads)
        return [
            "RuntimeError: boom" if p[0] == victim else r
            for p, r in zip(payloads, results, strict=True)
        ]

    return task


def test_a_dead_worker_loses_only_its_article_with_keep_going(
    corpus: Path, cluster: str, tmp_path: Path
) -> None:
    """A worker that dies on one article: with keep_going the rest is stored, that one named."""
    inputs = read_sources([corpus / "feed.jsonl"])[:40]
    victim = inputs[13].article
    readings, failures = extract_inputs(
        inputs, scheduler=cluster, keep_going=True, task=_killer(victim)  # type: ignore[arg-type]
    )
    assert [f.article for f in failures] == [victim] and "died" in failures[0].reason
    kept = [i.article for i in inputs if i.article != victim]
    assert [r.article.article for r in readings] == kept
    results = ingest(readings, tmp_path / "ev")
    assert len(results) == 39 and not (tmp_path / "ev" / f"{victim}.jsonl").exists()


def test_a_dead_worker_without_keep_going_raises_and_stores_nothing(
    corpus: Path, cluster: str
) -> None:
    """Without keep_going the dead worker's article is an ExtractionError naming it."""
    inputs = read_sources([corpus / "feed.jsonl"])[:20]
    victim = inputs[3].article
    with pytest.raises(ExtractionError, match=f"article '{victim}' failed: the worker"):
        extract_inputs(inputs, scheduler=cluster, task=_killer(victim))  # type: ignore[arg-type]


@pytest.mark.parametrize("where", ["here", "dask"])
def test_a_failing_article_is_reported_with_why(corpus: Path, cluster: str, where: str) -> None:
    """An article whose extraction raises is a failure with its reason, here as on Dask."""
    inputs = read_sources([corpus / "feed.jsonl"])[:12]
    victim = inputs[5].article
    options = {"scheduler": cluster} if where == "dask" else {}
    task = _failer(victim)
    readings, failures = extract_inputs(inputs, keep_going=True, task=task, **options)  # type: ignore[arg-type]
    assert [(f.article, f.reason) for f in failures] == [(victim, "RuntimeError: boom")]
    assert len(readings) == 11
    with pytest.raises(ExtractionError, match="RuntimeError: boom"):
        extract_inputs(inputs, task=task, **options)  # type: ignore[arg-type]


def test_without_dask_workers_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    """--workers without the dask extra exits 2 with one line saying what to install."""
    monkeypatch.setitem(sys.modules, "distributed", None)
    (tmp_path / "a.txt").write_text("The ministers met in Minsk.", encoding="utf-8")
    code, out, err = run(capsys, "ingest", str(tmp_path), "--into", str(tmp_path / "ev"),
                         "--workers", "2")
    assert code == 2 and out == "" and "pip install -e '.[dask]'" in err
    assert err.count("\n") == 1 and not (tmp_path / "ev").exists()
    with pytest.raises(UsageError, match="need Dask"):
        extract_inputs(read_sources([tmp_path]), workers=1)


def test_zero_workers_is_bad_usage(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """--workers 0 is refused by the parser: exit 2, one line."""
    with pytest.raises(SystemExit) as exited:
        main(["ingest", str(tmp_path), "--workers", "0"])
    assert exited.value.code == 2 and "positive number of workers" in capsys.readouterr().err
