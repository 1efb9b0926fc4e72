"""A chronicle: many article logs read as one deterministic stream of events.

The stream is ordered by the article's publication date (articles without one first, as they
cannot be placed in time), then article id, then sequence number; so the result never depends
on the order in which the logs are given.
"""

from __future__ import annotations

import datetime as _dt
import os
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import attrs

from .errors import LogCorruptError, PathNotFoundError, UsageError
from .events import ArticleRecorded, Event
from .log import EventLog, MemoryLog
from .values import check_as_of

if TYPE_CHECKING:
    from .store.base import Store

__all__ = ["ArticleSource", "Chronicle", "log_files", "log_names"]


def log_files(folder: str | os.PathLike[str]) -> list[Path]:
    """The ``*.jsonl`` files of ``folder``, sorted by name.

    Raises :class:`PathNotFoundError` when ``folder`` does not exist and
    :class:`UsageError` when it is not a folder or cannot be read (no permission): an
    unreadable folder is an error, never an empty chronicle.
    """
    path = Path(folder)
    return [path / name for name in log_names(folder)]


def log_names(folder: str | os.PathLike[str]) -> list[str]:
    """The names of the ``*.jsonl`` files of ``folder``, sorted; errors as :func:`log_files`."""
    path = os.fspath(folder)
    try:
        names = os.listdir(path)
    except FileNotFoundError:
        raise PathNotFoundError("no such folder", path=str(path)) from None
    except NotADirectoryError:
        raise UsageError("not a folder of logs", path=str(path)) from None
    except OSError as exc:
        raise UsageError(f"cannot read folder: {exc.strerror}", path=str(path)) from None
    return sorted(name for name in names if name.endswith(".jsonl"))


@attrs.frozen
class ArticleSource:
    """One article's log in a chronicle, with the publication date that orders it."""

    article: str
    published: _dt.date | None
    log: EventLog

    @property
    def sort_key(self) -> tuple[_dt.date, str]:
        """Publication date (undated first), then article id."""
        return (self.published or _dt.date.min, self.article)


def _source_of(log: EventLog) -> ArticleSource | None:
    first = log.first()
    if first is None:
        return None
    event = first.event
    if not isinstance(event, ArticleRecorded):  # pragma: no cover - the log checks this
        raise LogCorruptError(f"log of {log.article!r} does not start with ArticleRecorded")
    return ArticleSource(log.article, event.published, log)


class Chronicle:
    """Several article logs, read as one deterministic stream of events."""

    def __init__(self, logs: Iterable[EventLog]) -> None:
        """Gather ``logs`` (any backend); empty logs are kept out of the stream."""
        sources: dict[str, ArticleSource] = {}
        for log in logs:
            source = _source_of(log)
            if source is None:
                continue
            if source.article in sources:
                raise UsageError(f"two logs for article {source.article!r}")
            sources[source.article] = source
        self._sources = tuple(sorted(sources.values(), key=lambda s: s.sort_key))
        self._stream: Callable[[_dt.date | None], Iterator[Event]] | None = None

    @classmethod
    def load(cls, url: str | os.PathLike[str]) -> Chronicle:
        """Open the store ``url`` names: a folder of logs, ``sqlite:///...``, ``postgresql://...``.

        A folder's logs are its ``*.jsonl`` files (see :func:`log_files`): a missing folder
        raises :class:`PathNotFoundError`, an unreadable one :class:`UsageError`.
        """
        from .store.url import open_store

        return cls.of_store(open_store(os.fspath(url)))

    @classmethod
    def of_store(cls, store: Store) -> Chronicle:
        """The chronicle of every log in ``store``, streamed by the store itself."""
        chronicle = cls.__new__(cls)
        chronicle._sources = tuple(store.sources())
        chronicle._stream = lambda as_of: store.events(as_of=as_of)
        return chronicle

    @classmethod
    def from_events(cls, events: Iterable[Event]) -> Chronicle:
        """Build an in-memory chronicle: events grouped into one log per article, in order."""
        logs: dict[str, MemoryLog] = {}
        pending: dict[str, list[Event]] = {}
        for event in events:
            pending.setdefault(event.provenance.article, []).append(event)
        for article, batch in pending.items():
            logs[article] = MemoryLog(article)
            logs[article].append(batch)
        return cls(logs.values())

    @property
    def sources(self) -> tuple[ArticleSource, ...]:
        """The article logs in stream order."""
        return self._sources

    def latest_published(self) -> _dt.date | None:
        """The latest publication date of any article, or ``None`` if none is dated."""
        dates = [s.published for s in self._sources if s.published is not None]
        return max(dates) if dates else None

    def events(self, *, as_of: _dt.date | None = None) -> Iterator[Event]:
        """Every event in stream order; with ``as_of``, only articles published by then.

        Articles with no publication date cannot be placed in time and are always included.
        """
        as_of = check_as_of(as_of)
        if self._stream is not None:
            yield from self._stream(as_of)
            return
        for source in self._sources:
            if as_of is not None and source.published is not None and source.published > as_of:
                break
            yield from source.log.stream()

    def __len__(self) -> int:
        return len(self._sources)
