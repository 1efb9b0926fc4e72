r"""The folder backend: one ``<article-id>.jsonl`` log per article, as ``events/`` always was.

The logs are :class:`JsonlLog` files, unchanged: byte for byte what earlier versions wrote and
read.  Beside them, a hidden folder ``.cischronicle/`` keeps what a folder of files cannot
say by itself:

``positions``
    the append journal, one line ``<article>\t<last seq>\t<log size>\t<published>`` per
    append, in append order: the global position of an event is its place in the events the
    journal counts, and the publication date (``-`` for none, read from the log's first
    line) orders the logs for a replay without opening each one first.  Logs written without
    it (by an older version, by hand, or cut off by a crash between a log and its journal
    line) are adopted at the next use: a log whose size is not the one journaled is read,
    and its new lines are journaled after the others.  A journal of the format before the
    publication dates is written again in the same order, each date read from its log.
    A fifth field, the global position of the line's last event, lets the events after a
    position be found from the journal's end (:meth:`FolderStore.events_after`); a journal
    without it gets it at the next count, its order kept.
``index``
    one line that lets a use of the store skip counting the logs: the journal's size, the
    position its last line reaches, the folder's device, inode and times (modification and
    change) when the logs were last counted, and a SHA-256 of all that.  It is trusted only
    while all of it holds (the journal has that size and its last line that position, the
    folder those times: creating, removing or renaming a log changes them, and so does every
    change to a log through :class:`JsonlLog`, which moves the folder's time on); anything
    else, a damaged or missing index included, means the logs are counted again, one
    ``lstat`` each, as before, and the index written anew.  An append marks it stale (and
    fsyncs that) before it writes any log, so a crash mid-append is counted afresh too.
``checkpoint-<name>``
    saved projections, each replaced atomically (a new file renamed over the old one).

An append of several articles validates every batch under the journal's lock before it writes
any log; the logs are then appended one by one, so a crash in between leaves whole logs
(repairable as ever: ``cischronicle repair``) and a journal that catches up at the next use.
"""

from __future__ import annotations

import contextlib
import datetime as _dt
import errno
import hashlib
import os
import stat
from collections.abc import Iterator, Mapping, Sequence
from operator import itemgetter
from pathlib import Path

from ..chronicle import ArticleSource, log_names
from ..codec import Envelope
from ..errors import (
    ConcurrencyError,
    HeadMismatchError,
    LogCorruptError,
    PathNotFoundError,
    UsageError,
)
from ..events import ArticleRecorded, Event
from ..log import (
    CheckedLine,
    JsonlLog,
    Verification,
    fsync_dir,
    lock_exclusive,
    validate_batch,
)
from .base import StoredEvent, check_article_id, sort_key

__all__ = ["FolderStore", "make_folder"]

_META = ".cischronicle"
_Line = tuple[str, int, int, "_dt.date | None"]
"""One journal line as written: article, its log's last seq after the append, the log's size,
and the article's publication date."""
_Entry = tuple[str, int, int, "_dt.date | None", int]
"""One journal line with the global position of its last event."""
_Stamp = tuple[int, int, int, int]
"""A folder's device, inode, modification and change times (ns)."""
_INDEX_TAG = "cischronicle-folder-index 1"
_END = 1 << 62
"""A position past every store's end: the journal's last entry alone is read."""


class FolderStore:
    """A chronicle kept as a folder of JSONL logs (the default store)."""

    def __init__(self, folder: str | os.PathLike[str], *, create: bool = False) -> None:
        """Open the folder; with ``create``, a missing folder is made at the first append.

        Without ``create`` a missing folder raises :class:`PathNotFoundError`; a file that is
        not a folder raises :class:`UsageError` either way.
        """
        self._path = Path(folder)
        if self._path.exists() and not self._path.is_dir():
            raise UsageError("not a folder of logs", path=str(self._path))
        if not create and not self._path.exists():
            raise PathNotFoundError("no such folder", path=str(self._path))

    @property
    def url(self) -> str:
        """The folder's path."""
        return str(self._path)

    @property
    def path(self) -> Path:
        """The folder."""
        return self._path

    def log(self, article: str) -> JsonlLog:
        """The log file of ``article`` (which need not exist yet)."""
        check_article_id(article)
        return JsonlLog(self._path / f"{article}.jsonl")

    def _names(self) -> list[str]:
        if not os.path.lexists(self._path):
            return []  # a store to be created at its first append
        return log_names(self._path)

    # -- reading --------------------------------------------------------------------------------
    def sources(self) -> list[ArticleSource]:
        """Every non-empty log with its publication date, in chronicle order.

        A log's date is the journal's where it has one (read from the log's first line when
        it was journaled: a log's first line never changes), else read from its first line.
        """
        folder = os.path.join(os.fspath(self._path), "")
        return [
            ArticleSource(article, published, JsonlLog(f"{folder}{article}.jsonl", article=article))
            for (_, article), published, _ in self._ordered()
        ]

    def _ordered(self) -> list[tuple[tuple[_dt.date, str], _dt.date | None, CheckedLine | None]]:
        """Every non-empty log in chronicle order: sort key (date, article), date, first line.

        The first line is there when it was read to order the log.  The journal is read as it
        stands, not brought up to date: ordering the logs writes nothing, and reads only the
        first line of a log the journal does not date.  Plain tuples, sorted by their keys:
        no log or source object is made to order 23,000 logs.
        """
        dates = self._journaled_dates()
        folder = os.path.join(os.fspath(self._path), "")
        found: list[tuple[tuple[_dt.date, str], _dt.date | None, CheckedLine | None]] = []
        undated = _dt.date.min
        for name in self._names():
            article = name[:-6]  # without ".jsonl"
            if article in dates:
                published = dates[article]
                found.append(((published or undated, article), published, None))
                continue
            first = JsonlLog(folder + name, article=article).first_line()
            if first is None:
                continue
            event = first[3]
            if not isinstance(event, ArticleRecorded):  # pragma: no cover - the log checks
                raise LogCorruptError(
                    "log does not start with ArticleRecorded", path=folder + name
                )
            found.append((sort_key(event.published, article), event.published, first))
        found.sort(key=itemgetter(0))
        return found

    def _journaled_dates(self) -> dict[str, _dt.date | None]:
        """The publication date of every article the journal counts events of.

        Read without its lock: a line being written is left out (its log's first line is
        read instead), and the lines before it never change.  Nothing from a journal that is
        missing, unreadable or damaged; none for the lines of the format before the dates.
        """
        try:
            fd = _open_regular(self._path / _META / "positions", os.O_RDONLY)
        except UsageError:
            return {}
        try:
            data = _read_all(fd)
        finally:
            os.close(fd)
        parsed = _parse(data[: data.rfind(b"\n") + 1])
        if parsed is None:
            return {}
        entries, undated, _ = parsed
        return {
            article: day for article, seq, _, day, _ in entries if seq and article not in undated
        }

    def read(self, article: str) -> Iterator[Envelope]:
        """One article's log in order, decoded and checked (nothing when there is none)."""
        return self.log(article).read()

    def lines(self, article: str) -> list[bytes]:
        """One article's stored lines, byte for byte."""
        return self.log(article).lines()

    def events(self, *, as_of: _dt.date | None = None) -> Iterator[Event]:
        """Every event in chronicle order; with ``as_of``, only articles published by then."""
        # Last first, each taken off as it is read: first lines read to order the logs
        # (23,000 decoded events at 1e5) are not held while the rest is folded.
        ordered = self._ordered()[::-1]
        folder = os.path.join(os.fspath(self._path), "")
        while ordered:
            (_, article), published, first = ordered.pop()
            if as_of is not None and published is not None and published > as_of:
                break
            log = JsonlLog(f"{folder}{article}.jsonl", article=article)
            events = log.stream(after=first)  # its first line read once
            recorded = next(events, None)
            if not isinstance(recorded, ArticleRecorded) or recorded.published != published:
                raise LogCorruptError(
                    "the log no longer starts with the article's record the journal read:"
                    f" remove {_META}/positions to count the logs afresh",
                    path=str(log.path),
                )
            yield recorded
            yield from events

    # -- the journal ----------------------------------------------------------------------------
    @contextlib.contextmanager
    def _journal(self) -> Iterator[int]:
        """The journal file, open and exclusively locked (made, with its folder, if missing)."""
        meta = self._path / _META
        make_folder(self._path)
        try:
            meta.mkdir(exist_ok=True)
        except OSError as exc:
            raise UsageError(
                f"cannot keep positions in the folder: {exc.strerror or exc}", path=str(meta)
            ) from None
        fd = _open_regular(meta / "positions", os.O_RDWR | os.O_CREAT)
        try:
            lock_exclusive(fd, path=str(meta / "positions"))
            yield fd
        finally:
            os.close(fd)

    def _synced(self, fd: int) -> list[_Entry]:
        """The journal brought up to date with the logs (under its lock): its entries.

        Every log is listed and ``lstat``-ed; then the index is written anew, with the
        folder's device, inode and times as they were before the count (a change made
        during it makes the next use count again).
        """
        stamp = self._stamp()
        parsed = _parse(_read_all(fd))
        rewrite = parsed is None or bool(parsed[1]) or parsed[2]
        lines: list[_Line] = [] if parsed is None else [entry[:4] for entry in parsed[0]]
        if parsed is not None and parsed[1]:  # lines of the format before the dates: dated
            dates = {article: self._published(article) for article in parsed[1]}
            lines = [
                (article, seq, size, dates.get(article, day)) for article, seq, size, day in lines
            ]
        known: dict[str, tuple[int, int]] = {}
        for article, seq, size, _ in lines:
            known[article] = (seq, size)
        sizes = self._sizes()
        if not known.keys() <= sizes.keys():
            lines, known, rewrite = [], {}, True  # a log went away: count afresh
        adopted: list[tuple[tuple[_dt.date, str], _Line]] = []
        for article, size in sizes.items():
            name = f"{article}.jsonl"
            seq, journaled = known.get(article, (0, -1))
            if size == journaled:
                continue
            log = JsonlLog(self._path / name)
            last = log.last_seq()
            if last < seq:  # a log lost lines: the positions no longer hold
                return self._recount(fd)
            published = self._published(article)
            adopted.append((sort_key(published, article), (article, last, size, published)))
        adopted.sort()
        entries = _positioned(lines + [line for _, line in adopted])
        if rewrite:
            os.ftruncate(fd, 0)
            _write_at_end(fd, b"".join(_line(entry) for entry in entries))
            os.fsync(fd)
        elif adopted:
            _write_at_end(fd, b"".join(_line(entry) for entry in entries[len(lines) :]))
            os.fsync(fd)
        if stamp is not None:
            self._write_index(os.fstat(fd).st_size, entries[-1][4] if entries else 0, stamp)
        return entries

    def _published(self, article: str) -> _dt.date | None:
        """The publication date in the first line of ``article``'s log (``None``: none)."""
        first = JsonlLog(self._path / f"{article}.jsonl").first()
        if first is not None and isinstance(first.event, ArticleRecorded):
            return first.event.published
        return None

    def _sizes(self) -> dict[str, int]:
        """The size of every log, by article: one listing, one ``lstat`` per log.

        A log's size is the only sign that another writer (a tool, a hand, an append cut
        off by a crash before its journal line) added to it, so every log is looked at
        whenever the index does not hold.
        """
        if not os.path.lexists(self._path):
            return {}
        folder = os.fspath(self._path)
        return {
            name[: -len(".jsonl")]: os.lstat(os.path.join(folder, name)).st_size
            for name in log_names(folder)
        }

    def _recount(self, fd: int) -> list[_Entry]:
        os.ftruncate(fd, 0)
        return self._synced(fd)

    # -- the index ------------------------------------------------------------------------------
    def _stamp(self) -> _Stamp | None:
        """The folder's device, inode and times, or ``None`` when it cannot be looked at."""
        try:
            info = os.stat(self._path)
        except OSError:
            return None
        return (info.st_dev, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)

    def _index_path(self) -> Path:
        return self._path / _META / "index"

    def _write_index(self, journal: int, position: int, stamp: _Stamp) -> None:
        """Say that the journal, ``journal`` bytes long, counts every log up to ``position``.

        ``stamp`` is the folder as it was when that held.  Not fsynced: an index lost in a
        crash means a count, and one that survives it names the journal's size then.
        """
        body = "\t".join(map(str, (_INDEX_TAG, journal, position, *stamp)))
        digest = hashlib.sha256(body.encode()).hexdigest()
        self._put_index(f"{body}\t{digest}\n".encode(), durable=False)

    def _stale_index(self) -> None:
        """Mark the index stale, durably, before any log is written (a crash: a count)."""
        self._put_index(b"stale\n", durable=True)

    def _put_index(self, data: bytes, *, durable: bool) -> None:
        path = self._index_path()
        fd = _open_regular(path, os.O_RDWR | os.O_CREAT)
        try:
            os.ftruncate(fd, 0)
            _write_at_end(fd, data)
            if durable:
                os.fsync(fd)
        except OSError as exc:
            raise UsageError(
                f"cannot write the index: {exc.strerror or exc}", path=str(path)
            ) from None
        finally:
            os.close(fd)

    def _trusted(self, fd: int) -> tuple[int, int] | None:
        """The journal's size and last position, when the index holds for them.

        Under the journal's lock.  ``None`` when the logs must be counted: no index, a
        damaged or stale one, a journal of another size, a folder whose device, inode or
        times are not the index's.
        """
        try:
            index = _open_regular(self._index_path(), os.O_RDONLY)
        except UsageError:
            return None
        try:
            data = _read_all(index)
        finally:
            os.close(index)
        fields = data.decode("utf-8", "replace").rstrip("\n").split("\t")
        body = "\t".join(fields[:-1])
        if (
            len(fields) != 8
            or fields[0] != _INDEX_TAG
            or hashlib.sha256(body.encode()).hexdigest() != fields[-1]
            or not all(field.isdigit() for field in fields[1:-1])
        ):
            return None
        journal, position, *stamp = map(int, fields[1:-1])
        if os.fstat(fd).st_size != journal or self._stamp() != tuple(stamp):
            return None
        return journal, position

    def _tail(self, fd: int, position: int) -> tuple[list[tuple[_Entry, int]], int] | None:
        """The journal's entries after ``position``, each with the position before it.

        Read from the journal's end back to the first entry that reaches no further than
        ``position``, when the index holds; with the position the journal reaches.  ``None``
        (count the logs) when the index does not hold, when the journal's last entry does
        not reach the index's position, or when an entry read has no position or one before
        the entry's before it.
        """
        trusted = self._trusted(fd)
        if trusted is None:
            return None
        size, reached = trusted
        found: list[_Entry] = []
        end, carry, chunk = size, b"", 1 << 13
        while True:
            start = max(0, end - chunk)
            data = os.pread(fd, end - start, start) + carry
            cut = data.find(b"\n") + 1 if start else 0
            parsed = _parse(data[cut:], whole=False)
            if parsed is None or parsed[2]:
                return None  # damaged, or lines without positions: count afresh
            found[:0] = parsed[0]
            carry, end, chunk = data[:cut], start, min(chunk * 2, 1 << 20)
            if start == 0 or (found and found[0][4] <= position):
                break
        if (found[-1][4] if found else 0) != reached:
            return None
        tail: list[tuple[_Entry, int]] = []
        before = 0 if start == 0 else None  # the first entry read is no more than position
        for entry in found:
            if before is not None and entry[4] > position:
                tail.append((entry, before))
            before = entry[4]
        return tail, reached

    def position(self) -> int:
        """The global position of the last stored event.

        Read from the journal's end when the index holds; else every log is counted and
        the journal brought up to date.
        """
        with self._journal() as fd:
            tail = self._tail(fd, _END)
            if tail is not None:
                return tail[1]
            entries = self._synced(fd)
            return entries[-1][4] if entries else 0

    def events_after(self, position: int, *, limit: int | None = None) -> Iterator[StoredEvent]:
        """The events stored after ``position`` in append order (at most ``limit``).

        Found from the journal's end when the index holds, so what it costs grows with the
        events after ``position``, not with the store; else every log is counted first.
        """
        with self._journal() as fd:
            found = self._tail(fd, position)
            if found is None:
                entries = self._synced(fd)
                befores = [0, *(entry[4] for entry in entries)]
                tail = [
                    (entry, before)
                    for entry, before in zip(entries, befores, strict=False)
                    if entry[4] > position
                ]
            else:
                tail = found[0]
        ranges: list[tuple[str, int, int, int]] = []  # article, first seq, last seq, position
        for (article, seq, _, _, reached), before in tail:
            count = reached - before
            if count > 0:
                skip = max(0, position - before)
                ranges.append((article, seq - count + 1 + skip, seq, before + skip + 1))
        logs: dict[str, list[Envelope]] = {}
        left = -1 if limit is None else limit
        for article, first, final, at in ranges:
            if left == 0:
                return
            if article not in logs:
                logs[article] = list(self.read(article))
            for envelope in logs[article][first - 1 : final]:
                if left == 0:
                    return
                left -= 1
                yield StoredEvent(at, article, envelope.seq, envelope.prev, envelope.event)
                at += 1

    # -- writing --------------------------------------------------------------------------------
    def append(
        self,
        batches: Mapping[str, Sequence[Event]],
        *,
        expected: Mapping[str, int] | None = None,
    ) -> int:
        """Validate every batch, then append them log by log; return the last position.

        When the index holds, only the logs appended to are read (for their last seq and
        publication date); else every log is counted first.
        """
        work = {article: list(events) for article, events in batches.items() if events}
        for article in work:
            check_article_id(article)
        if not work:
            return self.position()
        with self._journal() as fd:
            last: dict[str, int] = {}
            dates: dict[str, _dt.date | None] = {}
            found = self._tail(fd, _END)
            if found is None:
                entries = self._synced(fd)
                position = entries[-1][4] if entries else 0
                for article, seq, _, published, _ in entries:
                    last[article], dates[article] = seq, published
            else:
                position = found[1]
                for article in work:
                    log = self.log(article)
                    first = log.first()
                    if first is not None:
                        last[article] = log.last_seq()
                        event = first.event
                        if isinstance(event, ArticleRecorded):
                            dates[article] = event.published
            for article, events in work.items():
                seq = last.get(article, 0)
                want = None if expected is None else expected.get(article)
                if want is not None and want != seq:
                    raise ConcurrencyError(
                        f"expected last seq {want}, log of {article!r} is at {seq}",
                        path=str(self.log(article).path),
                    )
                validate_batch(article, seq, events)
            self._stale_index()
            written: list[_Entry] = []
            stamp: _Stamp | None = None
            try:
                for article, events in work.items():
                    log = self.log(article)
                    seq = log.append(events, expected_seq=last.get(article, 0))
                    first_event = events[0]  # a new log's is its ArticleRecorded (validated)
                    if isinstance(first_event, ArticleRecorded) and not last.get(article, 0):
                        dates[article] = first_event.published
                    size = log.path.stat().st_size
                    position += seq - last.get(article, 0)
                    written.append((article, seq, size, dates.get(article), position))
                stamp = self._stamp()  # the folder as these appends left it
            finally:
                if written:
                    _write_at_end(fd, b"".join(_line(entry) for entry in written))
                    os.fsync(fd)
                if stamp is not None:
                    self._write_index(os.fstat(fd).st_size, position, stamp)
            return position

    # -- verifying and checkpoints --------------------------------------------------------------
    def verify(self, *, heads: Mapping[str, str] | None = None) -> list[Verification]:
        """Audit every log (see :meth:`JsonlLog.verify`), and the heads given by log name."""
        wanted = dict(heads or {})
        results = [
            JsonlLog(self._path / name).verify(expected_head=wanted.pop(name, None))
            for name in self._names()
        ]
        for name in sorted(wanted):
            error = HeadMismatchError(
                "log is missing but has a recorded head", path=str(self._path / name)
            )
            results.append(Verification(str(self._path / name), 0, "0" * 64, error))
        return results

    def load_checkpoint(self, name: str) -> bytes | None:
        """The checkpoint file ``.cischronicle/checkpoint-<name>``, if there is one."""
        path = self._path / _META / f"checkpoint-{name}"
        try:
            fd = _open_regular(path, os.O_RDONLY)
        except UsageError:
            return None  # missing, a link or not a regular file: no checkpoint to trust
        try:
            return _read_all(fd)
        except OSError:
            return None
        finally:
            os.close(fd)

    def save_checkpoint(self, name: str, data: bytes) -> None:
        """Write the checkpoint to a new file, fsync it, and rename it over the old one."""
        meta = self._path / _META
        target = meta / f"checkpoint-{name}"
        temporary = meta / f".checkpoint-{name}.{os.getpid()}"
        try:
            meta.mkdir(parents=True, exist_ok=True)
            fd = os.open(
                temporary,
                os.O_WRONLY | os.O_CREAT | os.O_TRUNC | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0),
                0o644,
            )
            try:
                _write_at_end(fd, data)
                os.fsync(fd)
            finally:
                os.close(fd)
            os.replace(temporary, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                temporary.unlink()
            raise UsageError(
                f"cannot save checkpoint: {exc.strerror or exc}", path=str(target)
            ) from None

    def close(self) -> None:
        """Nothing to release: every operation opens and closes its own files."""

    def __repr__(self) -> str:
        return f"FolderStore({str(self._path)!r})"


_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


def _open_regular(path: Path, flags: int) -> int:
    """Open a file of the store's own without following a link or blocking; regular only.

    Raises :class:`UsageError` (a missing file without ``O_CREAT`` included), as a planted
    link or FIFO in ``.cischronicle/`` must neither redirect a write nor hang a read.
    """
    try:
        fd = os.open(
            path, flags | _NOFOLLOW | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0),
            0o644,
        )
    except OSError as exc:
        if exc.errno == errno.ELOOP or os.path.islink(path):
            what = "is a symbolic link: links are never followed"
            raise UsageError(what, path=str(path)) from None
        raise UsageError(f"cannot open: {exc.strerror or exc}", path=str(path)) from None
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise UsageError("is not a regular file", path=str(path))
    return fd


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
        fsync_dir(new.parent)
    return path


def _line(entry: _Entry) -> bytes:
    article, seq, size, published, position = entry
    day = "-" if published is None else published.isoformat()
    return f"{article}\t{seq}\t{size}\t{day}\t{position}\n".encode()


def _positioned(lines: Sequence[_Line]) -> list[_Entry]:
    """The journal's lines, each with the global position of its last event."""
    last: dict[str, int] = {}
    at = 0
    entries: list[_Entry] = []
    for article, seq, size, published in lines:
        start = last.get(article, 0)
        at += max(0, seq - start)
        last[article] = max(start, seq)
        entries.append((article, seq, size, published, at))
    return entries


def _parse(data: bytes, *, whole: bool = True) -> tuple[list[_Entry], set[str], bool] | None:
    """The journal's entries, the articles of its undated lines, whether a line has no position.

    Lines of the format before the dates have none (``None``) until it is read from their
    logs; lines of the format before the positions get the one counted from the start of
    ``data`` (``-1`` once a line without one came after a line of a part read alone).  Of a
    ``whole`` journal, every position given must be the one counted; of a part (read from
    the end), every position at least the one before it.  ``None`` when the journal is
    damaged (it is then counted afresh).
    """
    entries: list[_Entry] = []
    if data and not data.endswith(b"\n"):
        return None
    undated: set[str] = set()
    unplaced = False
    last: dict[str, int] = {}
    at: int | None = 0 if whole else None
    days: dict[str, _dt.date | None] = {"-": None}  # many articles share a day
    previous = -1  # the position of the entry before (none before the first)
    seen = last.get
    fromisoformat = _dt.date.fromisoformat
    try:
        for line in data.decode("utf-8").split("\n")[:-1]:
            fields = line.split("\t")
            width = len(fields)
            if width == 5:
                article, seq, size, day, placed = fields
            elif width == 4:
                article, seq, size, day = fields
            elif width == 3:
                article, seq, size = fields
                day = "-"
                undated.add(article)
            else:
                return None
            try:
                published = days[day]
            except KeyError:
                published = days[day] = fromisoformat(day)
            number = int(seq)
            before = seen(article, 0)
            counted = None if at is None else at + number - before if number > before else at
            if width == 5:
                reached = int(placed)
                if (counted is not None and whole and reached != counted) or (
                    entries and reached < previous
                ):
                    return None
                at = reached
            else:
                unplaced = True
                at = counted
            if number > before:
                last[article] = number
            previous = -1 if at is None else at
            entries.append((article, number, int(size), published, previous))
    except (UnicodeDecodeError, ValueError):
        return None
    return entries, undated, unplaced


def _read_all(fd: int) -> bytes:
    chunks: list[bytes] = []
    offset = 0
    while chunk := os.pread(fd, 1 << 20, offset):
        chunks.append(chunk)
        offset += len(chunk)
    return b"".join(chunks)


def _write_at_end(fd: int, data: bytes) -> None:
    offset = os.lseek(fd, 0, os.SEEK_END)
    view = memoryview(data)
    while view:
        written = os.pwrite(fd, view, offset)
        view, offset = view[written:], offset + written

