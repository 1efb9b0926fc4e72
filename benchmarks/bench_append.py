"""Durable appends: single events and batches, against the eventsourcing library on SQLite.

Run alone: ``python benchmarks/bench_append.py [N]`` (default 2000 events).  Both sides save the
same synthetic events, grouped the same way, durably, in the same process run:

- cischronicle: ``JsonlLog.append`` (fsync of the file per call, of the folder per new log);
- baseline: an ``eventsourcing`` application on SQLite (``PERSISTENCE_MODULE=eventsourcing.sqlite``,
  WAL journal, the library's defaults), one aggregate per article, one event per claim, the
  payload being the event's wire dict; ``app.save`` per append.

"single" appends one event per call; "article batch" appends one article's events per call (the
way ``cischronicle ingest`` writes); "large batch" appends 500 events per call.

The baseline needs the ``bench`` extra (``pip install -e '.[bench]'``); without it the
baseline figures are ``None`` and only cischronicle's rates are measured.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import articles

from cischronicle import ArticleRecorded, Event, JsonlLog, converter, encode_line
from cischronicle.codec import GENESIS


def _batches(n: int) -> list[list[Event]]:
    out: list[list[Event]] = []
    total = 0
    for batch in articles(n, seed=7):
        out.append(batch)
        total += len(batch)
        if total >= n:
            break
    return out


def _split(batches: list[list[Event]], mode: str) -> list[tuple[str, list[Event]]]:
    """(article, events) appends for a mode: single, article, or large (one long log)."""
    if mode == "article":
        return [(b[0].provenance.article, b) for b in batches]
    if mode == "single":
        return [(b[0].provenance.article, [e]) for b in batches for e in b]
    # large: re-home every event into one long log (article "big"), 500 per append
    from synthetic import _prov  # local: only the large mode needs it

    events: list[Event] = []
    for b in batches:
        for e in b:
            if isinstance(e, ArticleRecorded) and events:
                continue
            events.append(
                e.__class__(
                    **{
                        **_fields(e),
                        "provenance": _prov("big", e.provenance.start, e.provenance.end),
                    }
                )
            )
    return [("big", events[i : i + 500]) for i in range(0, len(events), 500)]


def _fields(event: Event) -> dict[str, Any]:
    import attrs

    return {f.name: getattr(event, f.name) for f in attrs.fields(type(event))}


def ours(folder: Path, appends: list[tuple[str, list[Event]]]) -> int:
    """Append with cischronicle's JSONL logs; return the number of events written."""
    logs: dict[str, JsonlLog] = {}
    count = 0
    for article, events in appends:
        log = logs.get(article)
        if log is None:
            log = logs[article] = JsonlLog(folder / f"{article}.jsonl")
        log.append(events)
        count += len(events)
    return count


def encoded(appends: list[tuple[str, list[Event]]]) -> list[tuple[str, bytes, int]]:
    """Each append's lines, encoded: ``(article, bytes, number of events)``."""
    return [
        (
            article,
            b"".join(encode_line(e, seq=1, prev=GENESIS) + b"\n" for e in events),
            len(events),
        )
        for article, events in appends
    ]


def syscall_floor(folder: Path, payloads: list[tuple[str, bytes, int]]) -> int:
    """The floor of a durable append to one file per article: the system calls alone.

    For each append: open (creating the file the first time), one ``write`` of the lines,
    ``fsync``, close, and ``fsync`` of the folder when the file is new, the calls
    :meth:`JsonlLog.append` makes for durability; the bytes come encoded (:func:`encoded`,
    not timed) and nothing is checked, locked or hashed.  Not a store, a measuring stick.
    """
    seen: set[str] = set()
    count = 0
    for article, payload, events in payloads:
        fd = os.open(folder / f"{article}.jsonl", os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        try:
            os.write(fd, payload)
            os.fsync(fd)
        finally:
            os.close(fd)
        if article not in seen:
            seen.add(article)
            folder_fd = os.open(folder, os.O_RDONLY)
            try:
                os.fsync(folder_fd)
            finally:
                os.close(folder_fd)
        count += events
    return count


@functools.cache
def _aggregate_class() -> Any:
    """The baseline's aggregate: one per article, one event per claim (defined once)."""
    from eventsourcing.domain import Aggregate, event

    class Article(Aggregate):  # type: ignore[misc]
        @event("Recorded")
        def __init__(self, article: str, payload: dict[str, Any]) -> None:
            self.article = article

        @event("Claimed")
        def claim(self, payload: dict[str, Any]) -> None:
            pass

    return Article


def baseline(folder: Path, appends: list[tuple[str, list[Event]]]) -> int:
    """Save the same events with an eventsourcing SQLite application."""
    from eventsourcing.application import Application

    Article = _aggregate_class()
    app: Application = Application(
        env={
            "PERSISTENCE_MODULE": "eventsourcing.sqlite",
            "SQLITE_DBNAME": str(folder / "es.sqlite"),
        }
    )
    aggregates: dict[str, Any] = {}
    count = 0
    for article, events in appends:
        agg = aggregates.get(article)
        for ev in events:
            payload = converter.unstructure(ev, Event)
            if agg is None:
                agg = aggregates[article] = Article(article, payload)
            else:
                agg.claim(payload)
        assert agg is not None
        app.save(agg)
        count += len(events)
    return count


def _rate(fn: Callable[[Path, Any], int], work: Any) -> float:
    """Events per second of ``fn(folder, work)`` in a new temporary folder."""
    with tempfile.TemporaryDirectory() as tmp:
        start = time.perf_counter()
        count = fn(Path(tmp), work)
        return count / (time.perf_counter() - start)


def sqlite_synchronous() -> str:
    """The SQLite build's default ``PRAGMA synchronous`` (2 = FULL)."""
    return str(sqlite3.connect(":memory:").execute("PRAGMA synchronous").fetchone()[0])


def has_baseline() -> bool:
    """Whether the eventsourcing library (the ``bench`` extra) is installed."""
    return importlib.util.find_spec("eventsourcing") is not None


def measure(n: int, *, repeat: int = 3) -> list[dict[str, object]]:
    """Append about ``n`` events per mode with both stores; return one row per mode.

    Each mode runs cischronicle, the baseline and the system-call floor alternately
    ``repeat`` times and keeps each one's best rate, so a busy spell on the shared machine
    falls on all of them rather than on one.
    """
    batches = _batches(n)
    rows: list[dict[str, object]] = []
    for mode in ("single", "article", "large"):
        appends = _split(batches, mode)
        if mode == "single":
            appends = appends[: max(50, n // 10)]  # one fsync each: keep it short
        payloads = encoded(appends)
        mine = theirs = floor = 0.0
        for _ in range(repeat):
            mine = max(mine, _rate(ours, appends))
            if has_baseline():
                theirs = max(theirs, _rate(baseline, appends))
            floor = max(floor, _rate(syscall_floor, payloads))
        rows.append(
            {
                "benchmark": f"append ({mode})",
                "events": sum(len(e) for _, e in appends),
                "appends": len(appends),
                "cischronicle_events_per_s": round(mine),
                "eventsourcing_sqlite_events_per_s": round(theirs) if theirs else None,
                "ratio": round(mine / theirs, 2) if theirs else None,
                "target_ratio": 3.0 if mode != "single" else None,
                "syscall_floor_events_per_s": round(floor),
                "floor_ratio": round(floor / theirs, 2) if theirs else None,
                "sqlite_default_synchronous": sqlite_synchronous(),
            }
        )
    return rows


if __name__ == "__main__":
    size = int(float(sys.argv[1])) if len(sys.argv) > 1 else 2000
    for row in measure(size):
        print(json.dumps(row))
