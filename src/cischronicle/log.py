"""Append-only article logs: the store contract and its backends.

One log holds the events of one article, one canonical JSON line each, numbered by a
contiguous ``seq`` from 1 and chained by the hash of the previous line.  The API can append
and read, never update or delete.  :class:`JsonlLog` is the file backend (an append is durable
when it returns: the bytes are fsynced, and the folder too when the file is new);
:class:`MemoryLog` is the in-memory fake with the same contract.

Reading a :class:`JsonlLog` has three modes, none of which changes the file:

``strict`` (the default)
    every problem raises a :class:`ChronicleError` naming the file and line, including a
    torn last line (:class:`TornTailError`);
``repair``
    a torn last line (bytes after the last newline, left by a crash mid-append) is skipped,
    so exactly the complete lines are read; every other problem still raises;
lenient (:meth:`JsonlLog.read_lenient`)
    lines that do not decode (unknown type, newer schema, malformed) come back as
    :class:`RawLine` records instead of raising, so nothing is dropped.

:meth:`JsonlLog.repair` moves a torn tail into a side file ``<log>.torn-<n>`` and truncates
the log to its complete lines; :meth:`JsonlLog.verify` audits a log (chain, sequence,
canonical bytes and, optionally, a known head hash) and reports the first broken line.

Only regular files are logs: a log (and a side file) is opened without following a symbolic
link and without blocking, then refused unless it is a regular file, so a planted link cannot
redirect a write and a FIFO or device cannot hang or flood a read.  A log is at most
:data:`MAX_LOG_BYTES` long (checked from its size before reading) and a line at most
:data:`MAX_LINE_BYTES` (checked while reading), so reading costs memory bounded by the log.

Locking uses POSIX ``fcntl.flock``, imported when a log is first opened: ``import
cischronicle`` works on any platform; where ``fcntl`` does not exist, reading works unlocked
and writing (append, repair) raises :class:`UsageError`.
"""

from __future__ import annotations

import errno
import functools
import hashlib
import os
import stat
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, Literal, Protocol, overload, runtime_checkable

import attrs

from .codec import (
    GENESIS,
    Envelope,
    RawLine,
    decode_parts,
    encode_line,
    is_canonical,
    line_hash,
)
from .errors import (
    ChainBrokenError,
    ChronicleError,
    ConcurrencyError,
    DecodeError,
    HeadMismatchError,
    InvalidValueError,
    LineTooLongError,
    LogCorruptError,
    LogTooLargeError,
    NonCanonicalLineError,
    PathNotFoundError,
    SequenceError,
    TornTailError,
    UsageError,
)
from .events import ArticleRecorded, Event

__all__ = [
    "MAX_LINE_BYTES",
    "MAX_LOG_BYTES",
    "CheckedLine",
    "EventLog",
    "JsonlLog",
    "MemoryLog",
    "ReadMode",
    "Repair",
    "Verification",
    "check_envelope",
    "fsync_dir",
    "lock_exclusive",
    "read_lines",
    "validate_batch",
    "verify_lines",
]

MAX_LOG_BYTES = 256 * 1024 * 1024
"""The largest log file read (one article's events take kilobytes): larger is refused."""

MAX_LINE_BYTES = 4 * 1024 * 1024
"""The longest log line read (a line holds one event and its quote): longer is refused."""

_READ_CHUNK = 1 << 20  # no larger than MAX_LINE_BYTES: see _read_all

_FIRST_READ = 1 << 16
"""The first read of a log, in bytes: a log takes a few kilobytes, so one read of this size
reads it whole.  Not :data:`_READ_CHUNK`: the allocator maps a buffer of a megabyte, then
shrinks and unmaps it, three system calls more per log than the five that read it (open,
``fstat``, lock, read, close); one this small comes from the heap."""

_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)
_CLOEXEC = getattr(os, "O_CLOEXEC", 0)

ReadMode = Literal["strict", "repair"]
"""How :meth:`JsonlLog.read` treats a torn last line: raise (``strict``) or skip (``repair``)."""


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

    def first(self) -> Envelope | None:
        """The first line of the log (its ``ArticleRecorded``), ``None`` for an empty log."""
        ...

    def stream(self) -> Iterator[Event]:
        """Every event of the log in order: :meth:`read` without the envelopes."""
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


@attrs.frozen
class Verification:
    """What :meth:`JsonlLog.verify` found: how many lines hold, their head, the first break.

    ``lines`` counts the lines from the top that hold (decode, are canonical, continue the
    sequence and the chain); ``head`` is the hash of the last of them (the genesis hash when
    none does).  ``error`` is the problem at the first broken line, ``None`` when all hold.
    """

    path: str
    lines: int
    head: str
    error: ChronicleError | None = None

    @property
    def ok(self) -> bool:
        """Whether every line of the log holds."""
        return self.error is None

    @property
    def line(self) -> int | None:
        """The number of the first broken line, ``None`` when all hold."""
        return None if self.error is None else self.error.line


@attrs.frozen
class Repair:
    """What :meth:`JsonlLog.repair` did: lines kept, torn bytes moved and where to."""

    path: str
    lines: int
    moved: int = 0
    side_file: str | None = None


def check_envelope(
    seq: int, prev: str, event: Event, number: int, expected_prev: str, article: str, path: str
) -> None:
    """Raise unless a decoded line fits its place: line ``number`` of ``article``'s log.

    The one check of a line's envelope: ``seq`` must be ``number``, ``prev`` the hash of the
    line before (``expected_prev``), the event ``article``'s, and the line the first exactly
    when the event is an ``ArticleRecorded``.  Raises :class:`SequenceError`,
    :class:`ChainBrokenError` or :class:`LogCorruptError` naming ``path`` and the line.
    """
    if (
        seq == number
        and prev == expected_prev
        and event.provenance.article == article
        and (number == 1) is (type(event) is ArticleRecorded)
    ):
        return
    if seq != number:
        kind = "repeat" if seq < number else "gap"
        raise SequenceError(
            f"sequence {kind}: expected seq {number}, found {seq}", path=path, line=number
        )
    if prev != expected_prev:
        before = "the genesis hash" if number == 1 else f"the hash of line {number - 1}"
        raise ChainBrokenError(
            f"hash chain broken: prev is not {before} (a line was changed, removed,"
            " inserted or moved)",
            path=path,
            line=number,
        )
    if event.provenance.article != article:
        raise LogCorruptError(
            f"event of article {event.provenance.article!r} in the log of {article!r}",
            path=path,
            line=number,
        )
    raise LogCorruptError(
        "a log starts with one ArticleRecorded event and has no other", path=path, line=number
    )


CheckedLine = tuple[bytes, int, str, Event, int, str]
"""A line as :func:`read_lines` gives it: ``(bytes, seq, prev, event, schema, hash)``.

``hash`` is the SHA-256 of the line's bytes: the next line's ``prev``.  A plain tuple, not an
:class:`Envelope`: replaying a chronicle keeps only the events of millions of lines.
"""


@overload
def read_lines(
    article: str, lines: Iterable[bytes], where: str, *, start: int = 1, prev: str = GENESIS
) -> Iterator[CheckedLine]: ...


@overload
def read_lines(
    article: str,
    lines: Iterable[bytes],
    where: str,
    *,
    start: int = 1,
    prev: str = GENESIS,
    lenient: Literal[True],
) -> Iterator[CheckedLine | RawLine]: ...


def read_lines(
    article: str,
    lines: Iterable[bytes],
    where: str,
    *,
    start: int = 1,
    prev: str = GENESIS,
    lenient: bool = False,
) -> Iterator[CheckedLine | RawLine]:
    """Decode and check the lines of ``article``'s log in order: the one way a log is read.

    Every reader goes through it: :class:`JsonlLog` (reading, streaming, its first line,
    verifying, repairing, the check before an append), :class:`MemoryLog` and the store
    backends.  Each line is decoded (:func:`~cischronicle.codec.decode_parts`) and checked
    against its place (:func:`check_envelope`); errors name ``where`` and the line.  An
    empty line raises :class:`LogCorruptError`.  ``lines`` are the whole log, or its lines
    from line ``start`` on when ``prev`` is the hash of the line before them.  With
    ``lenient``, a line that does not
    decode comes back as a :class:`RawLine` instead of raising (and still chains: the next
    line's ``prev`` must be its hash); the envelope checks still raise.
    """
    sha256 = hashlib.sha256
    for number, line in enumerate(lines, start=start):
        try:
            seq, stored_prev, event, schema = decode_parts(line, where, number)
        except DecodeError as exc:
            if lenient:
                yield RawLine(raw=line, error=exc, line=number)
                prev = sha256(line).hexdigest()
                continue
            if not line.strip():
                raise LogCorruptError("empty line", path=where, line=number) from None
            raise
        check_envelope(seq, stored_prev, event, number, prev, article, where)
        digest = sha256(line).hexdigest()
        yield line, seq, prev, event, schema, digest
        prev = digest


def verify_lines(
    article: str,
    lines: Sequence[bytes],
    where: str,
    *,
    recorded: tuple[int, str] | None = None,
    expected_head: str | None = None,
) -> Verification:
    """Audit one log's complete lines: decode, canonical form, seq, chain; then the heads.

    Every line must read (:func:`read_lines`) and be in canonical form.  ``recorded`` is the
    last seq and head hash a store keeps beside the lines (SQL stores), which must agree
    with them; ``expected_head`` is a head hash recorded elsewhere.  Problems are returned
    in the :class:`Verification`, never raised.
    """
    count, head = 0, GENESIS
    try:
        for line, seq, _, _, _, digest in read_lines(article, lines, where):
            if not is_canonical(line):
                raise NonCanonicalLineError(
                    "line is not in canonical form (sorted keys, no spaces, orjson"
                    " escaping): it was edited or written by another program",
                    path=where,
                    line=seq,
                )
            count, head = seq, digest
    except ChronicleError as exc:
        return Verification(where, count, head, exc)
    if recorded is not None and recorded != (count, head):
        error = LogCorruptError(
            f"the store records last seq {recorded[0]} and head {recorded[1]}, the lines say"
            f" {count} and {head}",
            path=where,
        )
        return Verification(where, count, head, error)
    if expected_head is not None and expected_head != head:
        mismatch = HeadMismatchError(
            f"head hash is {head}, expected {expected_head}: the log was changed or cut, or"
            " has grown since the head was recorded",
            path=where,
            line=count or None,
        )
        return Verification(where, count, head, mismatch)
    return Verification(where, count, head)


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
        for _, seq, prev, event, schema, _ in read_lines(
            self._article, self._lines, f"<memory:{self._article}>"
        ):
            yield Envelope(seq, prev, event, schema)

    def first(self) -> Envelope | None:
        """The first line of the log, ``None`` for an empty log."""
        return next(self.read(), None)

    def stream(self) -> Iterator[Event]:
        """Every event of the log in order: :meth:`read` without the envelopes."""
        for envelope in self.read():
            yield envelope.event

    def lines(self) -> list[bytes]:
        """The stored lines' bytes, for tests that compare backends."""
        return list(self._lines)

    def head_hash(self) -> str:
        """The hash of the last line (the genesis hash for an empty log)."""
        return line_hash(self._lines[-1]) if self._lines else GENESIS


def _split(data: bytes) -> tuple[list[bytes], bytes]:
    """The complete lines of ``data`` (without newlines) and the torn tail after them."""
    lines = data.split(b"\n")
    return lines, lines.pop()  # the piece after the last newline: empty, or the torn tail


class JsonlLog:
    """A log stored as ``<article-id>.jsonl``: durable, locked, append-only appends.

    ``mode`` says how :meth:`read` treats a torn last line (see :data:`ReadMode`); it never
    changes what :meth:`append` does, which refuses to write after a torn line until
    :meth:`repair` has moved it aside.
    """

    # A chronicle opens one per article: slots keep a million-event chronicle smaller.
    __slots__ = ("_article", "_cache", "_mode", "_path")

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        article: str | None = None,
        mode: ReadMode = "strict",
    ) -> None:
        """Open (not create) the log at ``path``; the article id defaults to the file stem."""
        if mode not in ("strict", "repair"):
            raise UsageError(f"unknown read mode {mode!r} (strict or repair)", path=str(path))
        # Kept as a string: a chronicle opens one log per article, and a Path costs more to
        # make than the few system calls a small log's read takes.
        self._path = os.fspath(path)
        if article is None:
            article = os.path.splitext(os.path.basename(self._path))[0]  # as Path.stem
        self._article = article
        self._mode: ReadMode = mode
        # What the last append saw under its lock: the file's identity, last seq and hash.
        self._cache: tuple[tuple[int, int, int], int, str] | None = None

    @property
    def path(self) -> Path:
        """The file the log lives in."""
        return Path(self._path)

    @property
    def article(self) -> str:
        """The id of the article whose events the log holds."""
        return self._article

    @property
    def mode(self) -> ReadMode:
        """How :meth:`read` treats a torn last line."""
        return self._mode

    def __repr__(self) -> str:
        return f"JsonlLog({self._path!r})"

    # -- reading --------------------------------------------------------------------------
    def _torn(self, lines: list[bytes], tail: bytes) -> TornTailError:
        return TornTailError(
            f"last line is torn ({len(tail)} bytes with no newline at the end): the log was"
            " cut mid-write; `cischronicle repair` moves the torn tail aside",
            path=self._path,
            line=len(lines) + 1,
            offset=sum(len(line) + 1 for line in lines),
        )

    def _read_bytes(self, *, missing_ok: bool = True) -> bytes:
        """The file's bytes, read under a shared lock so no append is seen half done."""
        path = self._path
        fd = _open_log(self._path, os.O_RDONLY, missing_ok=missing_ok)
        if fd is None:
            return b""
        try:
            _lock(fd, shared=True, path=path)
            return _read_all(fd, path)
        except OSError as exc:
            raise UsageError(f"cannot read log: {exc.strerror}", path=path) from None
        finally:
            os.close(fd)

    def _complete_lines(self) -> list[bytes]:
        """The log's complete lines; a torn tail raises in ``strict`` mode, else is left out."""
        lines, tail = _split(self._read_bytes())
        if tail and self._mode == "strict":
            raise self._torn(lines, tail)
        return lines

    def _read(self) -> Iterator[CheckedLine]:
        """Every line of the log, read by :func:`read_lines`."""
        return read_lines(self._article, self._complete_lines(), self._path)

    def read(self) -> Iterator[Envelope]:
        """Every line of the log in order, decoded and checked.

        Raises a :class:`ChronicleError` naming the file and line for a malformed line, an
        unknown event type, a gap or repeat in ``seq``, a broken hash chain, and (in
        ``strict`` mode) a torn tail; in ``repair`` mode a torn tail is skipped.
        """
        for _, seq, prev, event, schema, _ in self._read():
            yield Envelope(seq, prev, event, schema)

    def stream(self, *, after: CheckedLine | None = None) -> Iterator[Event]:
        """Every event of the log in order: :meth:`read` without the envelopes.

        The same reading, checks and errors as :meth:`read`; what a chronicle replays.
        ``after`` is the log's first line as :meth:`first_line` read it (to order the logs):
        when the file still starts with its bytes, it is not decoded again, and the lines
        after it are read on from its hash.
        """
        lines = self._complete_lines()
        start, prev, rest = 1, GENESIS, iter(lines)
        if after is not None and lines and lines[0] == after[0]:
            yield after[3]
            start, prev = 2, after[5]
            next(rest)
        for checked in read_lines(self._article, rest, self._path, start=start, prev=prev):
            yield checked[3]

    def first(self) -> Envelope | None:
        """The first line of the log, decoded and checked strictly; ``None`` for an empty log.

        Reads only the first line (and the last byte, to raise on a torn tail in ``strict``
        mode exactly as :meth:`read` does), so a chronicle can order many logs by their
        ``ArticleRecorded`` event without reading them whole.
        """
        line = self.first_line()
        return None if line is None else Envelope(line[1], line[2], line[3], line[4])

    def first_line(self) -> CheckedLine | None:
        """The first line as :func:`read_lines` gives it (see :meth:`first`), or ``None``."""
        head = self._read_head()
        lines = self._complete_lines()[:1] if head is None else [head]
        return next(read_lines(self._article, lines, self._path), None)

    def _read_head(self) -> bytes | None:
        """The first line's bytes, when the log is non-empty and ends with a newline.

        ``None`` asks for a full read: a missing or empty log, one that ends in a torn line,
        or anything unusual (the full read raises the precise error).
        """
        try:
            fd = os.open(self._path, os.O_RDONLY | _NOFOLLOW | _NONBLOCK | _CLOEXEC)
        except OSError:
            return None
        try:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_LOG_BYTES:
                return None
            _lock(fd, shared=True, path=self._path)
            chunk = 1 << 14
            head = os.pread(fd, chunk, 0)
            if len(head) < chunk:  # the whole log: most logs are this small
                last = head[-1:]
            else:
                size = os.fstat(fd).st_size
                last = os.pread(fd, 1, size - 1)
            if last != b"\n":
                return None
            while (end := head.find(b"\n")) < 0:
                if len(head) > MAX_LINE_BYTES:
                    return None
                more = os.pread(fd, chunk, len(head))
                if not more:  # pragma: no cover - the file shrank under a shared lock
                    return None
                head += more
                chunk *= 2
            return head[:end]
        except (OSError, ChronicleError):
            return None
        finally:
            os.close(fd)

    def read_lenient(self) -> Iterator[Envelope | RawLine]:
        """Every line in order; lines that do not decode come back as :class:`RawLine`.

        A line of an unknown event type, of a newer schema version, or that is malformed
        is kept with its bytes and the error strict reading raises; so is a torn last line
        (with a :class:`TornTailError`).  The log's structure is still checked: a decoded
        line must have the ``seq`` of its place and the hash of the line before it (raw
        lines included) as ``prev``, or a :class:`ChronicleError` is raised.
        """
        path = self._path
        lines, tail = _split(self._read_bytes())
        for record in read_lines(self._article, lines, path, lenient=True):
            if isinstance(record, RawLine):
                yield record
            else:
                _, seq, prev, event, schema, _ = record
                yield Envelope(seq, prev, event, schema)
        if tail:
            yield RawLine(raw=tail, error=self._torn(lines, tail), line=len(lines) + 1)

    def lines(self) -> list[bytes]:
        """The file's lines, byte for byte, without newlines (a torn tail included).

        Read like every other read: no link followed, regular files only, sizes bounded;
        nothing for a missing log.
        """
        return self._read_bytes().splitlines()

    def events(self) -> list[Event]:
        """All events of the log, in order."""
        return [env.event for env in self.read()]

    def last_seq(self) -> int:
        """The ``seq`` of the last line, 0 for an empty log (reads and checks the file)."""
        return _last(self._read())[0]

    def head_hash(self) -> str:
        """The hash of the last line (reads and checks the file; genesis hash when empty).

        Recorded somewhere else (a commit, a receipt), it pins the whole log: any change to
        any line, or a removed last line, changes the head or breaks the chain.
        """
        return _last(self._read())[1]

    def verify(self, *, expected_head: str | None = None) -> Verification:
        """Audit the log and report the first line that does not hold.

        Every line must decode, be in canonical form, carry the ``seq`` of its place and the
        hash of the line before it (:func:`verify_lines`); the last line must end with a
        newline.  With ``expected_head``, the last line's hash must also be that (which
        catches a changed or removed last line, something no chain can see).  Problems are
        returned, not raised; a log that cannot be read at all raises:
        :class:`PathNotFoundError` when missing, :class:`UsageError` when unreadable, a link
        or not a regular file.
        """
        path = self._path
        try:
            data = self._read_bytes(missing_ok=False)
        except LineTooLongError as exc:
            return Verification(path, 0, GENESIS, exc)
        lines, tail = _split(data)
        result = verify_lines(
            self._article, lines, path, expected_head=None if tail else expected_head
        )
        if result.ok and tail:
            return Verification(path, result.lines, result.head, self._torn(lines, tail))
        return result

    # -- writing --------------------------------------------------------------------------
    def _tail_of(self, fd: int) -> tuple[int, str]:
        """Last seq and last hash of the locked file, read through ``fd`` unless cached.

        The cache is trusted only while the file's size, inode and modification time are
        what this object left them as; anything else is re-read and checked strictly.
        """
        if self._cache is not None and self._cache[0] == _identity(fd):
            return self._cache[1], self._cache[2]
        lines, tail = _split(_read_all(fd, self._path))
        if tail:
            raise self._torn(lines, tail)
        return _last(read_lines(self._article, lines, self._path))

    def append(self, events: Iterable[Event], *, expected_seq: int | None = None) -> int:
        """Append ``events`` durably; see :meth:`EventLog.append`.

        The whole batch is validated and encoded before any byte is written, written with
        one ``write`` under an exclusive lock, and fsynced once (and the folder too when
        the file was new).  A log with a torn tail or any other damage is refused with the
        error a strict read raises, and nothing is written.
        """
        batch = list(events)
        path = self._path
        created = not os.path.lexists(self._path)
        if not batch:
            return self.last_seq()
        if created:
            # Refuse before creating anything: a new log must start well.
            if expected_seq not in (None, 0):
                raise ConcurrencyError(f"expected last seq {expected_seq}, log is empty", path=path)
            validate_batch(self._article, 0, batch)
        flock = _flock_module(path, writing=True)
        fd = _open_log(self._path, os.O_RDWR | os.O_APPEND | os.O_CREAT, creating=True)
        assert fd is not None  # only a missing log gives None, and this one is created
        try:
            flock.flock(fd, flock.LOCK_EX)
            size = os.fstat(fd).st_size
            seq, prev = self._tail_of(fd)
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
            _write_all(fd, payload)
            os.fsync(fd)
            self._cache = (_identity(fd), seq, prev)
        except ChronicleError:
            raise
        except OSError as exc:
            raise UsageError(f"cannot append to log: {exc.strerror}", path=path) from None
        finally:
            os.close(fd)
        folder = os.path.dirname(self._path) or "."
        mark_changed(folder)
        if created or size == 0:
            fsync_dir(Path(folder))
        return seq

    def repair(self) -> Repair:
        """Move a torn last line into a side file ``<log>.torn-<n>``; keep every complete line.

        Under the append lock: the complete lines are checked strictly first (any other
        damage raises its error and nothing is changed); the torn bytes are written to a new
        side file and fsynced; only then is the log truncated after its last newline and
        fsynced.  The torn bytes are never deleted.  A log without a torn tail is left as it
        is (``moved == 0``).
        """
        path = self._path
        flock = _flock_module(path, writing=True)
        fd = _open_log(self._path, os.O_RDWR)
        assert fd is not None  # a missing log raised
        try:
            flock.flock(fd, flock.LOCK_EX)
            data = _read_all(fd, path)
            lines, tail = _split(data)
            _last(read_lines(self._article, lines, path))  # any other damage raises
            if not tail:
                return Repair(path, len(lines))
            side = _write_side_file(Path(self._path), tail, stat.S_IMODE(os.fstat(fd).st_mode))
            os.ftruncate(fd, len(data) - len(tail))
            os.fsync(fd)
            mark_changed(os.path.dirname(self._path) or ".")
            self._cache = None
            return Repair(path, len(lines), len(tail), str(side))
        except ChronicleError:
            raise
        except OSError as exc:
            raise UsageError(f"cannot repair log: {exc.strerror}", path=path) from None
        finally:
            os.close(fd)


def _last(lines: Iterable[CheckedLine]) -> tuple[int, str]:
    """The last seq and hash of read lines: ``(0, GENESIS)`` when there are none."""
    last_seq, last_hash = 0, GENESIS
    for checked in lines:
        last_seq, last_hash = checked[1], checked[5]
    return last_seq, last_hash


def _write_all(fd: int, data: bytes) -> None:
    """Write every byte of ``data``, looping over short writes."""
    written = 0
    while written < len(data):
        written += os.write(fd, data[written:])


def _identity(fd: int) -> tuple[int, int, int]:
    """Size, inode and modification time of the file behind ``fd``: what says it changed."""
    st = os.fstat(fd)
    return (st.st_size, st.st_ino, st.st_mtime_ns)


@functools.cache
def _fcntl() -> Any:
    """The ``fcntl`` module, imported once, on first use; ``None`` where it does not exist."""
    try:
        import fcntl
    except ImportError:
        return None
    return fcntl


def _flock_module(path: str, *, writing: bool) -> Any:
    """The ``fcntl`` module, imported on first use; ``None`` for readers where it is absent.

    Writers need the lock: without ``fcntl`` (not POSIX) they raise :class:`UsageError`.
    """
    fcntl = _fcntl()
    if fcntl is None and writing:
        raise UsageError(
            "writing a log needs POSIX file locks (fcntl), which this platform lacks",
            path=path,
        )
    return fcntl


def lock_exclusive(fd: int, *, path: str) -> None:
    """Take an exclusive ``flock`` on ``fd`` (blocking); :class:`UsageError` without fcntl.

    For the other files a folder store keeps beside its logs (its journal), so that they
    too import ``fcntl`` only when first written.
    """
    _lock(fd, shared=False, path=path)


def _lock(fd: int, *, shared: bool, path: str) -> None:
    """Take a shared (readers) or exclusive (writers) ``flock`` on ``fd``, blocking."""
    flock = _flock_module(path, writing=not shared)
    if flock is not None:
        flock.flock(fd, flock.LOCK_SH if shared else flock.LOCK_EX)


def _open_log(
    path: str | Path, flags: int, *, missing_ok: bool = False, creating: bool = False
) -> int | None:
    """Open a log without following a link or blocking; refuse anything but a regular file.

    Returns the descriptor, or ``None`` for a missing log when ``missing_ok``.  A symbolic
    link, a FIFO, a device or a folder raises :class:`UsageError`, a log larger than
    :data:`MAX_LOG_BYTES` :class:`LogTooLargeError`; a missing one :class:`PathNotFoundError`.
    """
    name = str(path)
    try:
        fd = os.open(path, flags | _NOFOLLOW | _NONBLOCK | _CLOEXEC, 0o644)
    except FileNotFoundError:
        if missing_ok:
            return None
        what = "no such folder for the log" if creating else "no such log"
        raise PathNotFoundError(what, path=name) from None
    except IsADirectoryError:
        raise UsageError("is a folder, not a log", path=name) from None
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(path):
            raise UsageError(
                "is a symbolic link: logs are regular files and links are never followed",
                path=name,
            ) from None
        raise UsageError(f"cannot open log: {exc.strerror}", path=name) from None
    try:
        info = os.fstat(fd)
        if stat.S_ISDIR(info.st_mode):
            raise UsageError("is a folder, not a log", path=name)
        if not stat.S_ISREG(info.st_mode):
            raise UsageError("is not a regular file (a FIFO, device or socket)", path=name)
        if info.st_size > MAX_LOG_BYTES:
            raise LogTooLargeError(
                f"log is {info.st_size} bytes, more than the {MAX_LOG_BYTES} allowed", path=name
            )
    except BaseException:
        os.close(fd)
        raise
    return fd


def _read_all(fd: int, path: str) -> bytes:
    """Every byte of the file behind ``fd``, from the start, whatever its position.

    Refuses a line longer than :data:`MAX_LINE_BYTES` as soon as it is seen (so a huge line
    costs no more than that), and a file that grew past :data:`MAX_LOG_BYTES`.
    """
    want = min(_FIRST_READ, _READ_CHUNK)
    chunk = os.pread(fd, want, 0)
    size = len(chunk)
    if size < want and size <= MAX_LINE_BYTES and size <= MAX_LOG_BYTES:
        # The whole file in one read (a regular file reads short only at its end), within
        # both limits, so no line in it is too long: what a chronicle's small logs take.
        return chunk
    chunks: list[bytes] = []
    offset = 0
    line_start = 0  # offset of the line being read
    lines = 0  # complete lines before it
    while True:
        if offset:
            want = _READ_CHUNK
            chunk = os.pread(fd, want, offset)
        if not chunk:
            return b"".join(chunks)
        first = chunk.find(b"\n")
        # A line wholly inside a chunk is shorter than the chunk: only the line that
        # started before this chunk, and the one left open at its end, can be too long.
        end = offset + (first if first >= 0 else len(chunk))
        if end - line_start > MAX_LINE_BYTES:
            raise LineTooLongError(
                f"line is longer than the {MAX_LINE_BYTES} bytes allowed",
                path=path,
                line=lines + 1,
                offset=line_start,
            )
        if first >= 0:
            lines += chunk.count(b"\n")
            line_start = offset + chunk.rfind(b"\n") + 1
        chunks.append(chunk)
        offset += len(chunk)
        if offset > MAX_LOG_BYTES:
            raise LogTooLargeError(
                f"log is more than the {MAX_LOG_BYTES} bytes allowed", path=path
            )
        if len(chunk) < want:  # a regular file reads short only at its end
            return b"".join(chunks)


def _write_side_file(log: Path, tail: bytes, mode: int) -> Path:
    """Write ``tail`` durably to the first free ``<log>.torn-<n>``; return its path.

    The side file gets the log's permission bits ``mode`` (the torn bytes are the log's), and
    is created exclusively, so an existing file or a planted link is never written through.
    """
    number = 1
    while True:
        side = log.with_name(f"{log.name}.torn-{number}")
        try:
            fd = os.open(side, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _NOFOLLOW | _CLOEXEC, 0o600)
        except FileExistsError:
            number += 1
            continue
        break
    try:
        os.fchmod(fd, mode)
        _write_all(fd, tail)
        os.fsync(fd)
    finally:
        os.close(fd)
    fsync_dir(log.parent)
    return side


def mark_changed(folder: str) -> None:
    """Move ``folder``'s modification time forward: a log in it was changed in place.

    Adding a file changes a folder's time by itself, appending to one does not; a store
    that keeps an index of its logs (the folder backend) trusts it only while the folder's
    time is the one it saw, so every change to a log through this module moves the time on
    (strictly later than before, even within one tick of a coarse clock).  Best effort: a
    folder whose times cannot be set is left as it is.
    """
    try:
        info = os.stat(folder)
        os.utime(folder, ns=(info.st_atime_ns, max(info.st_mtime_ns + 1, time.time_ns())))
    except OSError:
        try:
            os.utime(folder)  # not the owner: "now" needs only the right to write
        except OSError:
            return


def fsync_dir(folder: Path) -> None:
    """Make a folder's entries durable (after a file in it was created or renamed)."""
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
