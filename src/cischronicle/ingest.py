"""Ingesting articles into a folder of logs, and retracting claims by hand.

:func:`ingest` is all or nothing for what it can check: every article is read and extracted,
every log it will append to is read and reconciled (see
:func:`cischronicle.extract.reconcile.reconcile`), and only when all of that succeeded is
anything written.  An empty or binary third file, two files with one article id, a log made
from another text, a log that is a symbolic link or a FIFO: each is refused before the first
byte is written, so a refused ingest leaves every log as it was.  A new ``into`` folder (and
any missing parent) is created and fsynced into its parent.

Two ingests of the same articles may run at once: the one that finds its events already
appended by the other re-reads the log, reconciles again, and reports the article
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

import errno
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

import attrs

from .articles import ArticleFile, check_article_id, read_article
from .chronicle import log_files
from .errors import ConcurrencyError, InvalidValueError, PathNotFoundError, UsageError
from .events import ArticleRecorded, Event, EventRetracted, make_event_id
from .extract import extract
from .extract.reconcile import reconcile
from .log import JsonlLog
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


def article_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """The article files named by ``paths``: files as given, folders' ``*.txt`` by name.

    Raises :class:`PathNotFoundError` for a missing path and :class:`UsageError` for an
    unreadable folder, a folder with no ``*.txt`` file, or no file at all.
    """
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if not os.path.lexists(path):
            raise PathNotFoundError("no such file or folder", path=str(path))
        if path.is_dir():
            try:
                entries = sorted(os.listdir(path))
            except OSError as exc:
                raise UsageError(f"cannot read folder: {exc.strerror}", path=str(path)) from None
            found = [path / e for e in entries if e.endswith(".txt") and (path / e).is_file()]
            if not found:
                raise UsageError("no article files (*.txt) in the folder", path=str(path))
            files.extend(found)
        else:
            files.append(path)
    if not files:
        raise UsageError("no article files given")
    return files


def read_articles(paths: Iterable[str | os.PathLike[str]]) -> list[Reading]:
    """Read and extract every article of ``paths`` (see :func:`article_files`), in order.

    Raises the first file's error (empty, binary, not UTF-8, unsafe id ...), and
    :class:`UsageError` when two files have the same article id: nothing is written.
    """
    readings: list[Reading] = []
    seen: dict[str, str] = {}
    for file in article_files(paths):
        article = read_article(file)
        if article.article in seen:
            raise UsageError(
                f"article id {article.article!r} is also the id of {seen[article.article]}:"
                " one log per article, so one file per id",
                path=str(file),
            )
        seen[article.article] = str(file)
        readings.append(Reading(article, extract(article.text, article_id=article.article)))
    return readings


def make_folder(folder: str | os.PathLike[str]) -> Path:
    """Create ``folder`` (and missing parents) durably; return it.

    Each folder created is fsynced into its parent, so a crash cannot lose it after the
    logs in it were acknowledged.  Raises :class:`UsageError` (never ``OSError``) when a
    path component is a file, the parent is read-only or not writable, and so on.
    """
    path = Path(folder)
    missing: list[Path] = []
    probe = path
    while not os.path.lexists(probe):
        missing.append(probe)
        if probe.parent == probe:
            break
        probe = probe.parent
    if not missing and not path.is_dir():
        raise UsageError("is not a folder", path=str(path))
    for new in reversed(missing):
        try:
            os.mkdir(new)
        except FileExistsError:
            if not new.is_dir():
                raise UsageError("is not a folder", path=str(new)) from None
            continue  # another process made it first
        except OSError as exc:
            reason = "a parent is not a folder" if exc.errno == errno.ENOTDIR else exc.strerror
            raise UsageError(f"cannot create folder: {reason}", path=str(new)) from None
        _fsync_dir(new.parent)
    return path


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - file systems that cannot sync folders
        pass
    finally:
        os.close(fd)


def _person_retracted(logged: Sequence[Event]) -> set[str]:
    return {e.retracted for e in logged if isinstance(e, EventRetracted) and retracted_by_person(e)}


def _plan(log: JsonlLog, events: Sequence[Event]) -> tuple[int, list[Event]]:
    """The log's last seq and the batch that makes it say what ``events`` say."""
    logged = [env.event for env in log.read()]
    refused = _person_retracted(logged)
    wanted = [e for e in events if e.id not in refused]
    return len(logged), reconcile(logged, wanted)


def ingest(readings: Sequence[Reading], folder: str | os.PathLike[str]) -> list[IngestResult]:
    """Append each reading's new events to ``folder/<article-id>.jsonl``; all checks first.

    Every log is read and every batch computed before the first append, so a refusal
    (:class:`ChronicleError`) writes nothing.  An append that loses a race with another
    writer is re-planned from what the log now holds; if that is already everything, the
    article is ``unchanged``.
    """
    ids = [r.article.article for r in readings]
    if len(set(ids)) != len(ids):
        dup = next(i for i in ids if ids.count(i) > 1)
        raise UsageError(f"article id {dup!r} is given twice: one log per article")
    if not readings:
        raise UsageError("no articles to ingest")
    root = Path(folder)
    if os.path.lexists(root) and not root.is_dir():
        raise UsageError("is not a folder", path=str(root))
    logs = [JsonlLog(root / f"{check_article_id(i)}.jsonl") for i in ids]
    plans = [_plan(log, r.events) for log, r in zip(logs, readings, strict=True)]
    make_folder(root)
    results: list[IngestResult] = []
    for log, reading, plan in zip(logs, readings, plans, strict=True):
        results.append(_append(log, reading.events, plan))
    return results


def _append(log: JsonlLog, events: Sequence[Event], plan: tuple[int, list[Event]]) -> IngestResult:
    seq, batch = plan
    for _ in range(_RETRIES):
        if not batch:
            return IngestResult(log.article, str(log.path), "unchanged")
        try:
            log.append(batch, expected_seq=seq)
        except ConcurrencyError:
            seq, batch = _plan(log, events)  # another writer was first: what is left to say?
            continue
        retracted = sum(isinstance(e, EventRetracted) for e in batch)
        return IngestResult(
            log.article, str(log.path), "appended", len(batch) - retracted, retracted
        )
    raise ConcurrencyError(  # pragma: no cover - twenty lost races in a row
        f"other writers kept appending; gave up after {_RETRIES} attempts", path=str(log.path)
    )


def retracted_by_person(event: Event) -> bool:
    """Whether ``event`` is a retraction made by a person (see :func:`retract`)."""
    p = event.provenance
    return (
        isinstance(event, EventRetracted)
        and p.start == p.end == 0
        and event.reason.startswith(PERSON_PREFIX)
    )


def _find(folder: Path, event_id: str) -> tuple[JsonlLog, list[Event]]:
    article = event_id.rpartition(":")[0]
    candidates: list[Path] = []
    if article and _safe(article):
        own = folder / f"{article}.jsonl"
        if os.path.lexists(own):
            candidates.append(own)
    candidates += [p for p in log_files(folder) if p not in candidates]
    for path in candidates:
        log = JsonlLog(path)
        events = log.events()
        if any(e.id == event_id for e in events):
            return log, events
    raise UsageError(f"no event {event_id!r} in the logs", path=str(folder))


def _safe(article: str) -> bool:
    try:
        check_article_id(article)
    except UsageError:
        return False
    return True


def retract(store: str | os.PathLike[str], event_id: str, *, reason: str) -> EventRetracted:
    """Retract the claim ``event_id`` in the folder of logs ``store``, as a person.

    Appends (durably) and returns an ``EventRetracted`` with an empty provenance and the
    reason ``PERSON_PREFIX + reason``.  Raises :class:`UsageError` when no log holds the
    event, it is an ``ArticleRecorded`` or a retraction, or it is already retracted; and
    :class:`InvalidValueError` for an empty reason.  Later ingests never re-assert it.
    """
    if not isinstance(reason, str) or not reason.strip():
        raise InvalidValueError("a retraction needs a reason (--reason TEXT)")
    folder = Path(store)
    log, events = _find(folder, event_id)
    target = next(e for e in events if e.id == event_id)
    if isinstance(target, ArticleRecorded | EventRetracted):
        kind = type(target).__name__
        raise UsageError(
            f"{event_id} is an {kind}: only claims can be retracted", path=str(log.path)
        )
    if any(isinstance(e, EventRetracted) and e.retracted == event_id for e in events):
        raise UsageError(f"{event_id} is retracted already", path=str(log.path))
    retraction = EventRetracted(
        id=make_event_id(log.article, "EventRetracted", 0, 0, event_id, "person"),
        provenance=Provenance(log.article, 0, 0, ""),
        retracted=event_id,
        reason=PERSON_PREFIX + " ".join(reason.split()),
    )
    seq = len(events)
    for _ in range(_RETRIES):
        try:
            log.append([retraction], expected_seq=seq)
            return retraction
        except ConcurrencyError:
            log, events = _find(folder, event_id)
            if any(e.id == retraction.id for e in events):
                return retraction  # the same person's retraction, written by another process
            seq = len(events)
    raise ConcurrencyError(  # pragma: no cover
        f"other writers kept appending; gave up after {_RETRIES} attempts", path=str(log.path)
    )
