"""Extracting many articles: in this process, or on a Dask cluster (the ``dask`` extra).

:func:`extract_inputs` turns :class:`~cischronicle.sources.ArticleInput` records into
:class:`~cischronicle.ingest.Reading` records, in the order of the inputs whatever order the
work finished in, so what :func:`cischronicle.ingest.ingest` then writes (one writer, this
process) is byte for byte what a run in one process writes.

With ``workers=N`` the extraction runs on a local Dask cluster of ``N`` processes
(``dask.distributed.LocalCluster``, one thread each: the extractor is pure Python and holds
the GIL); with ``scheduler=ADDRESS`` on an existing cluster, which may span machines (each
worker needs the same version of cischronicle installed).  Articles go out in chunks of
:data:`CHUNK` as plain strings, and come back as **canonical bytes**: each article's events
as the codec's canonical lines (numbered and chained as a fresh log), decoded and checked
here, never pickled objects.  At most a few chunks per worker are in flight, so memory stays
bounded and a dead worker loses little.

An article whose extraction raises, or whose chunk was on a worker that died (Dask retries a
task on another worker a few times, then gives up), is a failure: without ``keep_going`` the
first one is raised as :class:`~cischronicle.errors.ExtractionError` (and nothing is
written); with it, the failures are returned beside the good readings.  Every task on a worker
that dies dies with it, so the articles of a lost chunk are only suspects: once the rest is
done, each is tried again alone on the cluster, and only an article that still fails (the one
that kills its worker) is blamed.
"""

from __future__ import annotations

import datetime as _dt
import importlib
import itertools
import logging
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

import attrs

from .articles import ArticleFile
from .codec import GENESIS, encode_line, line_hash
from .errors import ChronicleError, ExtractionError, UsageError
from .events import ArticleRecorded
from .extract import extract
from .ingest import Reading
from .log import read_lines
from .sources import ArticleInput, Failure

__all__ = [
    "CHUNK",
    "Payload",
    "extract_chunk",
    "extract_inputs",
    "extract_lines",
]

CHUNK = 8
"""Articles per Dask task: few enough to balance two workers, many enough to hide overhead."""

_IN_FLIGHT_PER_WORKER = 4

Payload = tuple[str, str, str | None, str | None, str | None, str | None]
"""An article as it travels to a worker: id, text, published (ISO), url, title, language."""

Progress = Callable[[int], None]
"""Called with the number of articles just finished (extracted or failed)."""


def _payload(item: ArticleInput) -> Payload:
    published = None if item.published is None else item.published.isoformat()
    return (item.article, item.text, published, item.url, item.title, item.language)


def extract_lines(payload: Payload) -> bytes:
    """Extract one article; its events as canonical lines, numbered and chained from 1.

    The feed's ``published`` is the document time given to the extractor; its ``url``,
    ``title`` and ``language`` are recorded on the ``ArticleRecorded`` as the source gave them.
    """
    article, text, published, url, title, language = payload
    day = None if published is None else _dt.date.fromisoformat(published)
    events = extract(text, article_id=article, published=day)
    recorded = events[0]
    if isinstance(recorded, ArticleRecorded) and (url, title, language) != (None, None, None):
        recorded = attrs.evolve(
            recorded,
            url=recorded.url if url is None else url,
            title=recorded.title if title is None else title,
            language=recorded.language if language is None else language,
        )
        events = (recorded, *events[1:])
    lines: list[bytes] = []
    prev = GENESIS
    for seq, event in enumerate(events, start=1):
        line = encode_line(event, seq=seq, prev=prev)
        prev = line_hash(line)
        lines.append(line)
    return b"\n".join(lines) + b"\n"


def extract_chunk(payloads: Sequence[Payload]) -> list[bytes | str]:
    """The task a Dask worker runs: each article's lines, or why its extraction failed."""
    results: list[bytes | str] = []
    for payload in payloads:
        try:
            results.append(extract_lines(payload))
        except Exception as exc:  # one article's failure is reported, not the chunk's
            results.append(_why(exc))
    return results


def _why(exc: BaseException) -> str:
    if isinstance(exc, ChronicleError):
        return exc.message
    return f"{type(exc).__name__}: {exc}"


def _decode(item: ArticleInput, blob: bytes) -> Reading:
    lines = blob.splitlines()
    events = tuple(checked[3] for checked in read_lines(item.article, lines, item.where))
    return Reading(ArticleFile(item.article, item.text, path=item.where), events)


class _Collector:
    """Results by input index, failures, and the ``keep_going`` rule."""

    def __init__(self, inputs: Sequence[ArticleInput], keep_going: bool, progress: Progress):
        self.inputs = inputs
        self.keep_going = keep_going
        self.progress = progress
        self.readings: dict[int, Reading] = {}
        self.failures: dict[int, Failure] = {}

    def done(self, index: int, result: bytes | str) -> None:
        item = self.inputs[index]
        if isinstance(result, bytes):
            self.readings[index] = _decode(item, result)
        else:
            self.fail(index, result)

    def fail(self, index: int, reason: str) -> None:
        item = self.inputs[index]
        if not self.keep_going:
            raise ExtractionError(f"article {item.article!r} failed: {reason}", path=item.where)
        self.failures[index] = Failure(item.where, reason, item.article)

    def result(self) -> tuple[list[Reading], list[Failure]]:
        order = range(len(self.inputs))
        readings = [self.readings[i] for i in order if i in self.readings]
        return readings, [self.failures[i] for i in order if i in self.failures]


def extract_inputs(
    inputs: Sequence[ArticleInput],
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    keep_going: bool = False,
    progress: Progress | None = None,
    task: Callable[[Sequence[Payload]], list[bytes | str]] = extract_chunk,
) -> tuple[list[Reading], list[Failure]]:
    """Extract every input; the readings in input order, and the failures (``keep_going``).

    Without ``workers`` or ``scheduler`` the work is done in this process.  ``progress`` is
    called as articles finish.  ``task`` is what a worker runs on a chunk (a test may swap in
    one that kills its worker).  Raises :class:`ExtractionError` for the first failure
    without ``keep_going``, and :class:`UsageError` when Dask is needed but not installed or
    ``workers`` is not positive.
    """
    report: Progress = progress or (lambda _: None)
    collector = _Collector(inputs, keep_going, report)
    if workers is None and scheduler is None:
        for index, item in enumerate(inputs):
            collector.done(index, task([_payload(item)])[0])
            report(1)
        return collector.result()
    if workers is not None and workers < 1:
        raise UsageError(f"--workers must be at least 1, not {workers}")
    with _client(workers, scheduler) as client:
        _run_on_dask(client, inputs, collector, task)
    return collector.result()


def _run_on_dask(
    client: Any,
    inputs: Sequence[ArticleInput],
    collector: _Collector,
    task: Callable[[Sequence[Payload]], list[bytes | str]],
) -> None:
    as_completed = _distributed().as_completed

    starts = range(0, len(inputs), CHUNK)
    chunks = [list(range(start, min(start + CHUNK, len(inputs)))) for start in starts]
    pending = iter(chunks)
    limit = max(1, len(client.scheduler_info().get("workers", {}))) * _IN_FLIGHT_PER_WORKER
    indices: dict[Any, list[int]] = {}

    def submit(chunk: list[int]) -> Any:
        future = client.submit(task, [_payload(inputs[i]) for i in chunk], pure=False)
        indices[future] = chunk
        return future

    suspects: list[int] = []
    running = as_completed([submit(chunk) for chunk in itertools.islice(pending, limit)])
    try:
        for future in running:
            chunk = indices.pop(future)
            if future.status == "finished":
                for index, result in zip(chunk, future.result(), strict=True):
                    collector.done(index, result)
                collector.progress(len(chunk))
            else:
                # The worker died (or the task could not run).  Every task on that worker
                # dies with it, so an article is not blamed yet: each is tried again alone.
                suspects.extend(chunk)
            future.release()
            nxt = next(pending, None)
            if nxt is not None:
                running.add(submit(nxt))
        for index in suspects:
            # One at a time, with nothing else running: a death now is this article's own.
            future = submit([index])
            running.add(future)
            for finished in running:
                indices.pop(finished)
                if finished.status == "finished":
                    collector.done(index, finished.result()[0])
                else:
                    collector.fail(index, _lost(finished))
                collector.progress(1)
                finished.release()
    finally:
        for future in indices:
            future.cancel()


def _lost(future: Any) -> str:
    exc = future.exception()
    name = type(exc).__name__
    if name == "KilledWorker":
        return "the worker extracting it died (Dask gave up after retrying it elsewhere)"
    return f"the task failed: {name}: {exc}"


def _distributed() -> Any:
    """The ``distributed`` module (untyped, hence ``Any``), or a clear error without it."""
    try:
        return importlib.import_module("distributed")
    except ImportError:
        raise UsageError(
            "--workers and --scheduler need Dask: pip install -e '.[dask]'"
        ) from None


@contextmanager
def _client(workers: int | None, scheduler: str | None) -> Iterator[Any]:
    """A Dask client: of a new local cluster of ``workers`` processes, or of ``scheduler``."""
    dask = _distributed()
    if scheduler is not None:
        try:
            client = dask.Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise UsageError(f"cannot reach the Dask scheduler: {exc}", path=scheduler) from None
        try:
            yield client
        finally:
            client.close()
        return
    cluster = dask.LocalCluster(
        n_workers=workers,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.CRITICAL,  # a dead worker is reported by us, once
    )
    try:
        with dask.Client(cluster) as client:
            yield client
    finally:
        cluster.close()
