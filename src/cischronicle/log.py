"""Append-only article logs: the store contract and its backends.

One log holds the events of one article, one canonical JSON line each, numbered by a
contiguous ``seq`` from 1 and chained by the hash of the previous line.  The API can append
and read, never update or delete.  :class:`JsonlLog` is the file backend (an append is durable
when it returns: the bytes are fsynced, and the folder too when the file is new);
:class:`MemoryLog` is the in-memory fake with the same contract.
"""

from __future__ import annotations

import errno
import fcntl
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Protocol, runtime_checkable

from .codec import GENESIS, Envelope, decode_line, encode_line, line_hash
from .errors import (
    ChronicleError,
    ConcurrencyError,
    InvalidValueError,
    LogCorruptError,
    SequenceError,
    UsageError,
)
from .events import ArticleRecorded, Event

__all__ = ["EventLog", "JsonlLog", "MemoryLog", "validate_batch"]


@runtime_checkable
class EventLog(Protocol):
    """What every log backend offers: append events, read them back, in order."""

    @property
    def article(self) -> str:
        """The id of the article whose events the log holds."""
        ...

    def append(self, events: Iterable[Event], *, expected_seq: int | None = None) -> int:
        """Append ``events`` after the current last line; return the new last ``seq``.

        With ``expected_seq``, raise :class:`ConcurrencyError` unless the log's last ``seq``
        is exactly that before the append.  Nothing is written when anything is invalid.
        """
        ...

    def read(self) -> Iterator[Envelope]:
        """Every line of the log in order, decoded and checked."""
        ...

    def last_seq(self) -> int:
        """The ``seq`` of the last line, 0 for an empty log."""
        ...


def validate_batch(article: str, last_seq: int, events: list[Event]) -> None:
    """Raise :class:`InvalidValueError` if ``events`` cannot follow a log at ``last_seq``."""
    for index, event in enumerate(events):
        if event.provenance.article != article:
            raise InvalidValueError(
                f"event {event.id} is from article {event.provenance.article!r}, not {article!r}"
            )
        is_first = last_seq + index == 0
        if is_first != isinstance(event, ArticleRecorded):
            raise InvalidValueError(
                "a log starts with one ArticleRecorded event and has no other"
                f" (event {event.id} at seq {last_seq + index + 1})"
            )


def _check_envelope(
    env: Envelope, *, expected_seq: int, prev: str, article: str, path: str, line: int
) -> None:
    if env.seq != expected_seq:
        kind = "repeat" if env.seq < expected_seq else "gap"
        raise SequenceError(
            f"sequence {kind}: expected seq {expected_seq}, found {env.seq}",
            path=path,
            line=line,
        )
    if env.prev != prev:
        raise LogCorruptError(
            "hash chain broken: prev does not match the previous line", path=path, line=line
        )
    if env.event.provenance.article != article:
        raise LogCorruptError(
            f"event of article {env.event.provenance.article!r} in the log of {article!r}",
            path=path,
            line=line,
        )
    if (expected_seq == 1) != isinstance(env.event, ArticleRecorded):
        raise LogCorruptError(
            "a log starts with one ArticleRecorded event and has no other",
            path=path,
            line=line,
        )


class MemoryLog:
    """An in-memory log with the same contract as :class:`JsonlLog`: the test fake."""

    def __init__(self, article: str) -> None:
        """Create an empty log for ``article``."""
        self._article = article
        self._lines: list[bytes] = []

    @property
    def article(self) -> str:
        """The id of the article whose events the log holds."""
        return self._article

    def last_seq(self) -> int:
        """The ``seq`` of the last line, 0 for an empty log."""
        return len(self._lines)

    def append(self, events: Iterable[Event], *, expected_seq: int | None = None) -> int:
        """Append ``events``; see :meth:`EventLog.append`."""
        batch = list(events)
        if expected_seq is not None and expected_seq != self.last_seq():
            raise ConcurrencyError(f"expected last seq {expected_seq}, log is at {self.last_seq()}")
        validate_batch(self._article, self.last_seq(), batch)
        prev = line_hash(self._lines[-1]) if self._lines else GENESIS
        new: list[bytes] = []
        for offset, event in enumerate(batch, start=1):
            line = encode_line(event, seq=self.last_seq() + offset, prev=prev)
            new.append(line)
            prev = line_hash(line)
        self._lines.extend(new)
        return self.last_seq()

    def read(self) -> Iterator[Envelope]:
        """Every line of the log in order, decoded and checked."""
        prev = GENESIS
        for number, line in enumerate(self._lines, start=1):
            env = decode_line(line, path=f"<memory:{self._article}>", line=number)
            _check_envelope(
                env,
                expected_seq=number,
                prev=prev,
                article=self._article,
                path=f"<memory:{self._article}>",
                line=number,
            )
            prev = line_hash(line)
            yield env

    def lines(self) -> list[bytes]:
        """The stored lines' bytes, for tests that compare backends."""
        return list(self._lines)


class JsonlLog:
    """A log stored as ``<article-id>.jsonl``: durable, locked, append-only appends."""

    def __init__(self, path: str | os.PathLike[str], *, article: str | None = None) -> None:
        """Open (not create) the log at ``path``; the article id defaults to the file stem."""
        self._path = Path(path)
        self._article = article if article is not None else self._path.stem
        # What we last saw of the file: its size, last seq and last line hash.
        self._tail: tuple[int, int, str] = (0, 0, GENESIS)

    @property
    def path(self) -> Path:
        """The file the log lives in."""
        return self._path

    @property
    def article(self) -> str:
        """The id of the article whose events the log holds."""
        return self._article

    def __repr__(self) -> str:
        return f"JsonlLog({str(self._path)!r})"

    # -- reading --------------------------------------------------------------------------
    def _raw_lines(self, data: bytes) -> Iterator[tuple[int, bytes]]:
        path = str(self._path)
        if data and not data.endswith(b"\n"):
            cut = data.rfind(b"\n") + 1
            raise LogCorruptError(
                "last line is torn (no newline at the end): the log was cut mid-write;"
                " `cischronicle repair` moves the torn tail aside",
                path=path,
                line=data.count(b"\n") + 1,
                offset=cut,
            )
        start = 0
        number = 0
        while start < len(data):
            end = data.index(b"\n", start)
            number += 1
            yield number, data[start:end]
            start = end + 1

    def _read_bytes(self) -> bytes:
        try:
            with open(self._path, "rb") as handle:
                return handle.read()
        except FileNotFoundError:
            return b""
        except IsADirectoryError:
            raise UsageError("is a folder, not a log", path=str(self._path)) from None
        except OSError as exc:
            raise UsageError(f"cannot read log: {exc.strerror}", path=str(self._path)) from None

    def _scan(self, data: bytes) -> Iterator[Envelope]:
        path = str(self._path)
        prev = GENESIS
        for number, line in self._raw_lines(data):
            if not line.strip():
                raise LogCorruptError("empty line", path=path, line=number)
            env = decode_line(line, path=path, line=number)
            _check_envelope(
                env, expected_seq=number, prev=prev, article=self._article, path=path, line=number
            )
            prev = line_hash(line)
            yield env

    def read(self) -> Iterator[Envelope]:
        """Every line of the log in order, decoded and checked (strict).

        Raises a :class:`ChronicleError` naming the file and line for a malformed line, an
        unknown event type, a gap or repeat in ``seq``, a broken hash chain or a torn tail.
        """
        data = self._read_bytes()
        last_seq, last_hash = 0, GENESIS
        for env in self._scan(data):
            last_seq = env.seq
            yield env
        if data:
            last_hash = line_hash(data[: len(data) - 1].rsplit(b"\n", 1)[-1])
        self._tail = (len(data), last_seq, last_hash)

    def events(self) -> list[Event]:
        """All events of the log, in order."""
        return [env.event for env in self.read()]

    def last_seq(self) -> int:
        """The ``seq`` of the last line, 0 for an empty log (reads and checks the file)."""
        for _ in self.read():
            pass
        return self._tail[1]

    # -- writing --------------------------------------------------------------------------
    def _current_tail(self, fd: int) -> tuple[int, int, str]:
        size = os.fstat(fd).st_size
        if size == self._tail[0]:
            return self._tail
        for _ in self.read():
            pass
        if self._tail[0] != size:  # pragma: no cover - file changed under our lock
            raise LogCorruptError("log changed while locked", path=str(self._path))
        return self._tail

    def append(self, events: Iterable[Event], *, expected_seq: int | None = None) -> int:
        """Append ``events`` durably; see :meth:`EventLog.append`.

        The whole batch is validated and encoded before any byte is written, written with
        one ``write`` under an exclusive lock, and fsynced once.
        """
        batch = list(events)
        path = str(self._path)
        created = not self._path.exists()
        if not batch:
            return self.last_seq()
        if created:
            # Refuse before creating anything: a new log must start well.
            if expected_seq not in (None, 0):
                raise ConcurrencyError(f"expected last seq {expected_seq}, log is empty", path=path)
            validate_batch(self._article, 0, batch)
        try:
            fd = os.open(self._path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o644)
        except OSError as exc:
            raise UsageError(f"cannot open log for append: {exc.strerror}", path=path) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            size, seq, prev = self._current_tail(fd)
            if expected_seq is not None and expected_seq != seq:
                raise ConcurrencyError(
                    f"expected last seq {expected_seq}, log is at {seq}", path=path
                )
            validate_batch(self._article, seq, batch)
            chunks: list[bytes] = []
            for event in batch:
                seq += 1
                line = encode_line(event, seq=seq, prev=prev)
                prev = line_hash(line)
                chunks.append(line + b"\n")
            payload = b"".join(chunks)
            written = 0
            while written < len(payload):
                written += os.write(fd, payload[written:])
            os.fsync(fd)
            self._tail = (size + len(payload), seq, prev)
        except ChronicleError:
            raise
        except OSError as exc:
            raise UsageError(f"cannot append to log: {exc.strerror}", path=path) from None
        finally:
            os.close(fd)
        if created:
            _fsync_dir(self._path.parent)
        return seq


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError as exc:  # pragma: no cover
        if exc.errno not in (errno.EINVAL, errno.EBADF):
            raise
    finally:
        os.close(fd)
