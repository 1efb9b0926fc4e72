"""The store contract every backend honours, and what backends share.

A store holds the logs of many articles.  Each log is hash-chained and numbered by a
contiguous ``seq`` from 1, exactly as a JSONL log is (the same canonical lines, byte for
byte); every stored event also has a *global position*, its place in the store's append
order, from 1.  A batch for one or many articles is appended atomically with expected
sequence numbers; any article's log reads back checked; all events stream in chronicle order
(publication date, article id, seq); the events after a position stream in append order.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Protocol, runtime_checkable

import attrs

from ..articles import check_article_id as _check_safe_id
from ..chronicle import ArticleSource
from ..codec import Envelope, encode_line
from ..errors import ConcurrencyError
from ..events import Event
from ..log import Verification, validate_batch

__all__ = [
    "ArticleLog",
    "Store",
    "StoredEvent",
    "check_article_id",
    "encode_batch",
    "sort_key",
]


def sort_key(published: _dt.date | None, article: str) -> tuple[_dt.date, str]:
    """Where an article's log stands in chronicle order: publication date, then id."""
    return (published or _dt.date.min, article)


@attrs.frozen
class StoredEvent:
    """An event with its place in the store: global position, article, seq, prev hash."""

    position: int
    article: str
    seq: int
    prev: str
    event: Event


@runtime_checkable
class Store(Protocol):
    """What every store backend offers (folder, SQLite, PostgreSQL)."""

    @property
    def url(self) -> str:
        """The store's URL (a folder path, ``sqlite:///...``, ``postgresql://...``)."""
        ...

    def sources(self) -> list[ArticleSource]:
        """Every non-empty article log with its publication date, in chronicle order."""
        ...

    def read(self, article: str) -> Iterator[Envelope]:
        """One article's log in order, decoded and checked (nothing for an unknown article)."""
        ...

    def lines(self, article: str) -> list[bytes]:
        """One article's stored lines, byte for byte (without newlines)."""
        ...

    def append(
        self,
        batches: Mapping[str, Sequence[Event]],
        *,
        expected: Mapping[str, int] | None = None,
    ) -> int:
        """Append a batch per article, all or none; return the store's last position.

        ``expected`` maps articles to the last ``seq`` their log must have before the append
        (:class:`ConcurrencyError` otherwise).  Nothing is stored when anything is invalid.
        """
        ...

    def events(self, *, as_of: _dt.date | None = None) -> Iterator[Event]:
        """Every event in chronicle order; with ``as_of``, only articles published by then."""
        ...

    def position(self) -> int:
        """The global position of the last stored event (0 for an empty store)."""
        ...

    def events_after(self, position: int, *, limit: int | None = None) -> Iterator[StoredEvent]:
        """The events stored after ``position`` in append order (at most ``limit``)."""
        ...

    def verify(self, *, heads: Mapping[str, str] | None = None) -> list[Verification]:
        """Audit every log (and, with ``heads``, each recorded head hash); one result each."""
        ...

    def load_checkpoint(self, name: str) -> bytes | None:
        """The checkpoint saved under ``name``, as saved; ``None`` when there is none."""
        ...

    def save_checkpoint(self, name: str, data: bytes) -> None:
        """Save (replace) the checkpoint ``name``, atomically."""
        ...

    def close(self) -> None:
        """Release the store's connections and files."""
        ...


def check_article_id(article: str) -> None:
    """Raise :class:`InvalidArticleIdError` for an id outside the safe set.

    The one rule of :func:`cischronicle.articles.check_article_id` (letters, digits,
    ``._-``, not starting with a dot or dash, bounded length), for every backend: an id a
    folder store could not name a file by is refused by the SQL stores too.
    """
    _check_safe_id(article)


def encode_batch(
    article: str, last_seq: int, prev: str, events: Sequence[Event], expected: int | None
) -> list[bytes]:
    """The canonical lines of ``events`` following a log at ``last_seq`` with head ``prev``.

    Raises :class:`ConcurrencyError` when ``expected`` is given and is not ``last_seq``, and
    :class:`InvalidValueError` when the events cannot follow the log.
    """
    check_article_id(article)
    if expected is not None and expected != last_seq:
        raise ConcurrencyError(
            f"expected last seq {expected}, log of {article!r} is at {last_seq}"
        )
    validate_batch(article, last_seq, list(events))
    lines: list[bytes] = []
    for offset, event in enumerate(events, start=1):
        line = encode_line(event, seq=last_seq + offset, prev=prev)
        prev = hashlib.sha256(line).hexdigest()
        lines.append(line)
    return lines


class ArticleLog:
    """One article's log in any :class:`Store`, with the :class:`EventLog` contract."""

    __slots__ = ("_article", "_store")

    def __init__(self, store: Store, article: str) -> None:
        """The log of ``article`` in ``store`` (empty until something is appended)."""
        self._store = store
        self._article = article

    @property
    def article(self) -> str:
        """The id of the article whose events the log holds."""
        return self._article

    def append(self, events: Iterable[Event], *, expected_seq: int | None = None) -> int:
        """Append ``events`` atomically; see :meth:`EventLog.append`."""
        batch = list(events)
        if not batch:
            return self.last_seq()
        expected = None if expected_seq is None else {self._article: expected_seq}
        self._store.append({self._article: batch}, expected=expected)
        return self.last_seq()

    def read(self) -> Iterator[Envelope]:
        """Every line of the log in order, decoded and checked."""
        return self._store.read(self._article)

    def stream(self) -> Iterator[Event]:
        """Every event of the log in order."""
        for envelope in self._store.read(self._article):
            yield envelope.event

    def first(self) -> Envelope | None:
        """The first line of the log, ``None`` for an empty log."""
        return next(self._store.read(self._article), None)

    def last_seq(self) -> int:
        """The ``seq`` of the last line, 0 for an empty log."""
        last = 0
        for envelope in self._store.read(self._article):
            last = envelope.seq
        return last

    def lines(self) -> list[bytes]:
        """The stored lines' bytes."""
        return self._store.lines(self._article)

    def __repr__(self) -> str:
        return f"ArticleLog({self._store.url!r}, {self._article!r})"
