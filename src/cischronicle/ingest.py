"""Ingesting articles into a store, and retracting claims by hand.

:func:`ingest` writes to any store (:mod:`cischronicle.store`: a folder of logs, an SQLite
file, a PostgreSQL database, named by URL) and is all or nothing for what it can check: every
article is read and extracted, every log it will append to is read and reconciled (see
:func:`cischronicle.extract.reconcile.reconcile`), and only when all of that succeeded is
anything written, as **one** append of every article's batch with the sequence numbers it
read (one transaction in an SQL store; in a folder, every batch validated under the store's
lock before the first log is written).  An empty or binary third file, two files with one
article id, a log made from another text, a log that is a symbolic link or a FIFO: each is
refused before the first byte is written, so a refused ingest leaves the store as it was.  A
new ``into`` folder (and any missing parent) is created and fsynced into its parent.

Two ingests of the same articles may run at once: the one that finds its events already
appended by the other re-reads the logs, reconciles again, and reports those articles
``unchanged`` (a :class:`ConcurrencyError` is retried, never reported).

:func:`retract` is the correction a person makes: an ``EventRetracted`` whose provenance is
**empty** (``start == end == 0``, quote ``""``: no characters of the article state it) and
whose ``reason`` starts with :data:`PERSON_PREFIX`.  A retraction the extractor writes always
quotes the retracted claim's text, so the two never look alike (:func:`retracted_by_person`).
A claim a person retracted is never re-asserted by a later :func:`ingest` of the same text:
the extractor gives the same claim the same id, and that id is left out.  A later reading
that differs (another span, another meeting) is a new claim with a new id, and is ingested.
"""

from __future__ import annotations

import os
import random
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import Literal

import attrs

from .articles import ArticleFile, check_article_id
from .errors import ConcurrencyError, InvalidValueError, UsageError
from .events import ArticleRecorded, Event, EventRetracted, make_event_id
from .extract.reconcile import reconcile
from .sources import DEFAULT_GLOB, article_files, read_sources
from .store import FolderStore, Store, open_store
from .store.folder import make_folder
from .store.url import is_url
from .values import Provenance

__all__ = [
    "PERSON_PREFIX",
    "IngestResult",
    "Reading",
    "article_files",
    "ingest",
    "make_folder",
    "read_articles",
    "retract",
    "retracted_by_person",
]

PERSON_PREFIX = "retracted by a person: "
"""How the ``reason`` of a retraction made by a person starts (see :func:`retract`)."""

_RETRIES = 20


@attrs.frozen
class Reading:
    """An article read from its file and the events extracted from it."""

    article: ArticleFile
    events: tuple[Event, ...]


@attrs.frozen
class IngestResult:
    """What :func:`ingest` did to one article's log."""

    article: str
    log: str
    status: Literal["appended", "unchanged"]
    appended: int = 0
    retracted: int = 0


def read_articles(
    paths: Iterable[str | os.PathLike[str]], *, glob: str = DEFAULT_GLOB
) -> list[Reading]:
    """Read and extract every article of ``paths`` (files, folders, feeds), in order.

    See :func:`cischronicle.sources.read_sources` for what ``paths`` may name.  Raises the
    first file's error (empty, binary, not UTF-8, unsafe id, a bad feed line ...), and
    :class:`UsageError` when two inputs have the same article id: nothing is written.
    """
    from .workers import extract_inputs  # it builds Readings: imported here, not at the top

    readings, _ = extract_inputs(read_sources(paths, glob=glob))
    return readings


def _person_retracted(logged: Sequence[Event]) -> set[str]:
    return {e.retracted for e in logged if isinstance(e, EventRetracted) and retracted_by_person(e)}


def _plan(store: Store, article: str, events: Sequence[Event]) -> tuple[int, list[Event]]:
    """The log's last seq and the batch that makes it say what ``events`` say."""
    logged = [env.event for env in store.read(article)]
    refused = _person_retracted(logged)
    wanted = [e for e in events if e.id not in refused]
    return len(logged), reconcile(logged, wanted)


@contextmanager
def _opened(store: str | os.PathLike[str] | Store, *, create: bool) -> Iterator[Store]:
    """The store ``store`` names (closed afterwards), or ``store`` itself (left open)."""
    if isinstance(store, Store):
        yield store
        return
    name = os.fspath(store)
    if not is_url(name) and os.path.lexists(name) and not os.path.isdir(name):
        raise UsageError("is not a folder", path=name)
    opened = open_store(name, create=create)
    try:
        yield opened
    finally:
        opened.close()


def _log_name(store: Store, article: str) -> str:
    if isinstance(store, FolderStore):
        return str(store.log(article).path)
    return f"{store.url}#{article}"


def ingest(
    readings: Sequence[Reading], into: str | os.PathLike[str] | Store
) -> list[IngestResult]:
    """Append each reading's new events to its article's log in ``into``; all checks first.

    ``into`` is a store or its URL (a folder, ``sqlite:///...``, ``postgresql://...``; a
    missing folder or SQLite file is created).  Every log is read and every batch computed
    before anything is written, so a refusal (:class:`ChronicleError`) writes nothing; then
    all batches are appended at once.  An append that loses a race with another writer is
    re-planned from what the logs now hold; an article whose log already says everything is
    ``unchanged``.
    """
    ids = [r.article.article for r in readings]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise UsageError(f"article id {dup!r} is given twice: one log per article")
    if not readings:
        raise UsageError("no articles to ingest")
    for article in ids:
        check_article_id(article)
    with _opened(into, create=True) as store:
        for attempt in range(_RETRIES):
            plans = {
                r.article.article: _plan(store, r.article.article, r.events) for r in readings
            }
            todo = {article: batch for article, (_, batch) in plans.items() if batch}
            try:
                if todo:
                    store.append(todo, expected={article: plans[article][0] for article in todo})
            except ConcurrencyError:
                # Another writer was first: what is left to say?  A short random pause keeps
                # two writers of the same articles from colliding again in lockstep.
                time.sleep(random.uniform(0.0, 0.01 * (attempt + 1)))
                continue
            return [_result(store, article, plans[article][1]) for article in ids]
    raise ConcurrencyError(  # pragma: no cover - twenty lost races in a row
        f"other writers kept appending; gave up after {_RETRIES} attempts", path=str(into)
    )


def _result(store: Store, article: str, batch: Sequence[Event]) -> IngestResult:
    log = _log_name(store, article)
    if not batch:
        return IngestResult(article, log, "unchanged")
    retracted = sum(isinstance(e, EventRetracted) for e in batch)
    return IngestResult(article, log, "appended", len(batch) - retracted, retracted)


def retracted_by_person(event: Event) -> bool:
    """Whether ``event`` is a retraction made by a person (see :func:`retract`)."""
    p = event.provenance
    return (
        isinstance(event, EventRetracted)
        and p.start == p.end == 0
        and event.reason.startswith(PERSON_PREFIX)
    )


def _find(store: Store, event_id: str) -> tuple[str, list[Event]]:
    """The article whose log holds ``event_id``, and that log's events."""
    article = event_id.rpartition(":")[0]
    candidates: list[str] = []
    if article and _safe(article):
        candidates.append(article)
    candidates += [s.article for s in store.sources() if s.article not in candidates]
    for candidate in candidates:
        events = [env.event for env in store.read(candidate)]
        if any(e.id == event_id for e in events):
            return candidate, events
    raise UsageError(f"no event {event_id!r} in the logs", path=store.url)


def _safe(article: str) -> bool:
    try:
        check_article_id(article)
    except UsageError:
        return False
    return True


def retract(
    store: str | os.PathLike[str] | Store, event_id: str, *, reason: str
) -> EventRetracted:
    """Retract the claim ``event_id`` in ``store`` (a store or its URL), as a person.

    Appends (durably) and returns an ``EventRetracted`` with an empty provenance and the
    reason ``PERSON_PREFIX + reason``.  Raises :class:`UsageError` when no log holds the
    event, it is an ``ArticleRecorded`` or a retraction, or it is already retracted; and
    :class:`InvalidValueError` for an empty reason.  Later ingests never re-assert it.
    """
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidValueError("a retraction needs a reason (--reason TEXT)")
    with _opened(store, create=False) as opened:
        return _retract(opened, event_id, " ".join(reason.split()))


def _retract(store: Store, event_id: str, reason: str) -> EventRetracted:
    article, events = _find(store, event_id)
    log = _log_name(store, article)
    target = next(e for e in events if e.id == event_id)
    if isinstance(target, ArticleRecorded | EventRetracted):
        kind = type(target).__name__
        raise UsageError(f"{event_id} is an {kind}: only claims can be retracted", path=log)
    if any(isinstance(e, EventRetracted) and e.retracted == event_id for e in events):
        raise UsageError(f"{event_id} is retracted already", path=log)
    retraction = EventRetracted(
        id=make_event_id(article, "EventRetracted", 0, 0, event_id, "person"),
        provenance=Provenance(article, 0, 0, ""),
        retracted=event_id,
        reason=PERSON_PREFIX + reason,
    )
    seq = len(events)
    for _ in range(_RETRIES):
        try:
            store.append({article: [retraction]}, expected={article: seq})
            return retraction
        except ConcurrencyError:
            article, events = _find(store, event_id)
            if any(e.id == retraction.id for e in events):
                return retraction  # the same person's retraction, written by another process
            seq = len(events)
    raise ConcurrencyError(  # pragma: no cover
        f"other writers kept appending; gave up after {_RETRIES} attempts", path=log
    )
