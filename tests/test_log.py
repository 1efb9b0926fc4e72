"""The store contract, run against every log backend, plus the file backend's own duties."""

from __future__ import annotations

import os
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cischronicle import (
    ChronicleError,
    ConcurrencyError,
    DecodeError,
    Event,
    EventLog,
    InvalidValueError,
    JsonlLog,
    LogCorruptError,
    MemoryLog,
    SequenceError,
    TornTailError,
)
from cischronicle import log as log_module
from helpers import decided, held, recorded, scheduled

ARTICLE = "art1"


def some_events(n: int) -> list[Event]:
    """An ArticleRecorded followed by ``n`` claims of ARTICLE."""
    claims: list[Event] = []
    for i in range(n):
        kind = i % 3
        if kind == 0:
            claims.append(held(ARTICLE, "cis-cfm", "Minsk", f"2024-04-{i % 28 + 1:02d}", n=i))
        elif kind == 1:
            claims.append(scheduled(ARTICLE, "cis-chs", "Bishkek", "2024-10", n=i))
        else:
            claims.append(decided(ARTICLE, "cis-cfm", "Minsk", "2024-04", f"decision {i}"))
    return [recorded(ARTICLE, "2024-04-12"), *claims]


class LogContract:
    """What every EventLog backend must do; subclasses say how to make and reopen a log."""

    def make(self, tmp_path: Path) -> EventLog:
        """A new, empty log in ``tmp_path``."""
        raise NotImplementedError

    def reopen(self, log: EventLog) -> EventLog:
        """The same log, opened afresh."""
        raise NotImplementedError

    def stored(self, log: EventLog) -> bytes:
        """The bytes the log holds."""
        raise NotImplementedError

    def test_empty_log_reads_nothing(self, tmp_path: Path) -> None:
        """A new log has no lines and last seq 0."""
        log = self.make(tmp_path)
        assert list(log.read()) == [] and log.last_seq() == 0

    def test_append_then_read_in_order(self, tmp_path: Path) -> None:
        """Appended events read back in order with contiguous seq from 1."""
        log = self.make(tmp_path)
        events = some_events(5)
        assert log.append(events[:2]) == 2
        assert log.append(events[2:]) == 6
        envs = list(self.reopen(log).read())
        assert [e.event for e in envs] == events
        assert [e.seq for e in envs] == [1, 2, 3, 4, 5, 6]

    def test_first_event_must_be_article_recorded(self, tmp_path: Path) -> None:
        """A log starts with its ArticleRecorded; anything else is refused and nothing stored."""
        log = self.make(tmp_path)
        with pytest.raises(InvalidValueError, match="starts with one ArticleRecorded"):
            log.append(some_events(2)[1:])
        assert log.last_seq() == 0

    def test_second_article_recorded_refused(self, tmp_path: Path) -> None:
        """A log holds exactly one ArticleRecorded."""
        log = self.make(tmp_path)
        log.append(some_events(1))
        before = self.stored(log)
        with pytest.raises(InvalidValueError):
            log.append([recorded(ARTICLE, None)])
        assert self.stored(log) == before

    def test_event_of_other_article_refused_whole_batch(self, tmp_path: Path) -> None:
        """A batch with another article's event is refused whole: nothing is written."""
        log = self.make(tmp_path)
        log.append(some_events(1))
        before = self.stored(log)
        with pytest.raises(InvalidValueError, match="other"):
            log.append(
                [held(ARTICLE, "cis-cfm", "Minsk", "2024"), held("other", "cis-cfm", None, None)]
            )
        assert self.stored(log) == before and log.last_seq() == 2

    def test_expected_seq_guards_against_other_writers(self, tmp_path: Path) -> None:
        """An append expecting a stale seq raises ConcurrencyError and writes nothing."""
        log = self.make(tmp_path)
        events = some_events(3)
        log.append(events[:2], expected_seq=0)
        before = self.stored(log)
        with pytest.raises(ConcurrencyError):
            log.append(events[2:], expected_seq=1)
        assert self.stored(log) == before
        assert log.append(events[2:], expected_seq=2) == 4

    @settings(
        max_examples=15,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.differing_executors,
        ],
    )
    @given(st.lists(st.integers(1, 4), min_size=1, max_size=5))
    def test_appending_never_changes_written_bytes(self, tmp_path: Path, sizes: list[int]) -> None:
        """Every append leaves the bytes already stored exactly as they were."""
        folder = tmp_path / f"run{len(list(tmp_path.iterdir()))}"
        folder.mkdir()
        log = self.make(folder)
        events = some_events(sum(sizes))
        log.append(events[:1])
        at = 1
        for size in sizes:
            before = self.stored(log)
            log.append(events[at : at + size])
            at += size
            assert self.stored(log).startswith(before) and len(self.stored(log)) > len(before)
        assert [e.event for e in self.reopen(log).read()] == events


class TestMemoryLog(LogContract):
    """The in-memory fake honours the contract."""

    def make(self, tmp_path: Path) -> EventLog:
        """A new, empty log in ``tmp_path``."""
        return MemoryLog(ARTICLE)

    def reopen(self, log: EventLog) -> EventLog:
        """The same log, opened afresh."""
        return log

    def stored(self, log: EventLog) -> bytes:
        """The bytes the log holds."""
        assert isinstance(log, MemoryLog)
        return b"\n".join(log.lines())


class TestJsonlLog(LogContract):
    """The JSONL file backend honours the contract."""

    def make(self, tmp_path: Path) -> EventLog:
        """A new, empty log in ``tmp_path``."""
        return JsonlLog(tmp_path / f"{ARTICLE}.jsonl")

    def reopen(self, log: EventLog) -> EventLog:
        """The same log, opened afresh."""
        assert isinstance(log, JsonlLog)
        return JsonlLog(log.path)

    def stored(self, log: EventLog) -> bytes:
        """The bytes the log holds."""
        assert isinstance(log, JsonlLog)
        return log.path.read_bytes() if log.path.exists() else b""

    def test_memory_and_file_store_the_same_bytes(self, tmp_path: Path) -> None:
        """Both backends produce identical lines for the same events."""
        events = some_events(4)
        mem, disk = MemoryLog(ARTICLE), JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
        mem.append(events)
        disk.append(events)
        assert disk.path.read_bytes() == b"".join(line + b"\n" for line in mem.lines())

    def test_refused_first_batch_creates_no_file(self, tmp_path: Path) -> None:
        """A refused batch on a new log leaves no file behind."""
        log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
        with pytest.raises(InvalidValueError):
            log.append(some_events(1)[1:] or [held(ARTICLE, "cis-cfm", None, None)])
        assert not log.path.exists()

    def test_append_is_fsynced_once_per_batch(
        self, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        """A batch append syncs the file once, and the folder when the log is created."""
        calls: list[int] = []
        real = os.fsync
        monkeypatch.setattr(os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
        log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
        log.append(some_events(10))
        assert len(calls) == 2  # the file, then the new file's folder
        calls.clear()
        log.append([held(ARTICLE, "cis-cfm", "Minsk", "2025", n=99)])
        assert len(calls) == 1

    def test_other_writer_is_noticed(self, tmp_path: Path) -> None:
        """Two handles on one file continue each other's sequence and chain."""
        path = tmp_path / f"{ARTICLE}.jsonl"
        first, second = JsonlLog(path), JsonlLog(path)
        events = some_events(3)
        first.append(events[:2])
        second.append(events[2:3])
        first.append(events[3:])
        assert [e.seq for e in JsonlLog(path).read()] == [1, 2, 3, 4]

    def _write(self, tmp_path: Path, lines: list[bytes], tail: bytes = b"\n") -> JsonlLog:
        path = tmp_path / f"{ARTICLE}.jsonl"
        path.write_bytes(b"\n".join(lines) + tail)
        return JsonlLog(path)

    def _lines(self, tmp_path: Path, n: int = 3) -> list[bytes]:
        scratch = tmp_path / "scratch"
        scratch.mkdir(exist_ok=True)
        log = JsonlLog(scratch / f"{ARTICLE}.jsonl")
        log.append(some_events(n))
        return log.path.read_bytes().splitlines()

    def test_malformed_line_names_file_and_line(self, tmp_path: Path) -> None:
        """A line that is not JSON raises DecodeError with the file and line number."""
        lines = self._lines(tmp_path)
        lines[2] = b'{"broken": '
        log = self._write(tmp_path, lines)
        with pytest.raises(DecodeError) as info:
            list(log.read())
        assert info.value.line == 3 and info.value.path == str(log.path)

    def test_gap_in_sequence_is_refused(self, tmp_path: Path) -> None:
        """A missing line shows up as a sequence gap at the line after it."""
        lines = self._lines(tmp_path)
        del lines[1]
        log = self._write(tmp_path, lines)
        with pytest.raises(SequenceError, match="gap") as info:
            list(log.read())
        assert info.value.line == 2

    def test_repeated_line_is_refused(self, tmp_path: Path) -> None:
        """A repeated line shows up as a sequence repeat."""
        lines = self._lines(tmp_path)
        log = self._write(tmp_path, [*lines[:3], lines[2]])
        with pytest.raises(SequenceError, match="repeat"):
            list(log.read())

    def test_edited_line_breaks_the_chain(self, tmp_path: Path) -> None:
        """Editing a stored line (keeping it valid) is caught by the next line's hash."""
        lines = self._lines(tmp_path)
        data = orjson.loads(lines[1])
        data["meeting"]["city"], data["meeting"]["country"] = "Moscow", "RU"
        lines[1] = orjson.dumps(data, option=orjson.OPT_SORT_KEYS)
        log = self._write(tmp_path, lines)
        with pytest.raises(LogCorruptError, match="chain") as info:
            list(log.read())
        assert info.value.line == 3

    def test_torn_tail_is_an_error_and_append_is_refused(self, tmp_path: Path) -> None:
        """A last line without newline is reported, and appending to it changes nothing."""
        lines = self._lines(tmp_path)
        log = self._write(tmp_path, [*lines[:2], lines[2][:20]], tail=b"")
        before = log.path.read_bytes()
        with pytest.raises(LogCorruptError, match="torn"):
            list(log.read())
        with pytest.raises(LogCorruptError):
            log.append([held(ARTICLE, "cis-cfm", None, "2024", n=5)])
        assert log.path.read_bytes() == before

    def test_article_mismatch_is_refused(self, tmp_path: Path) -> None:
        """A log file named for one article cannot hold another's events."""
        lines = self._lines(tmp_path)
        path = tmp_path / "other.jsonl"
        path.write_bytes(b"\n".join(lines) + b"\n")
        with pytest.raises(LogCorruptError, match="article"):
            list(JsonlLog(path).read())


def test_stream_yields_what_read_yields(tmp_path: Path) -> None:
    """JsonlLog.stream gives the events of read, in order, and notes the same tail."""
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    events = some_events(7)
    log.append(events)
    streamed = list(JsonlLog(log.path).stream())
    assert streamed == [env.event for env in JsonlLog(log.path).read()] == events


@pytest.mark.parametrize("damage", ["chain", "seq", "empty", "json"])
def test_stream_raises_what_read_raises(tmp_path: Path, damage: str) -> None:
    """A damaged log makes stream raise the error read raises, naming the same line."""
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    log.append(some_events(4))
    lines = log.path.read_bytes().splitlines(keepends=True)
    if damage == "chain":
        lines[2], lines[3] = lines[3], lines[2]
    elif damage == "seq":
        data = orjson.loads(lines[2])
        data["seq"] = 9
        lines[2] = orjson.dumps(data, option=orjson.OPT_SORT_KEYS) + b"\n"
    elif damage == "empty":
        lines[2] = b"   \n"
    else:
        lines[2] = b"{not json\n"
    log.path.write_bytes(b"".join(lines))
    with pytest.raises(ChronicleError) as by_read:
        list(JsonlLog(log.path).read())
    with pytest.raises(ChronicleError) as by_stream:
        list(JsonlLog(log.path).stream())
    assert type(by_stream.value) is type(by_read.value)
    assert by_stream.value.line == by_read.value.line == 3
    assert str(by_stream.value) == str(by_read.value)


def test_a_stream_after_its_first_line_reads_it_once(tmp_path: Path) -> None:
    """Given the first line read to order it, a log streams the same events from line 2."""
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    log.append(some_events(4))
    first = log.first_line()
    assert first is not None and first[1] == 1
    assert list(log.stream(after=first)) == list(log.stream()) == some_events(4)


def test_a_stream_after_another_first_line_reads_its_own(tmp_path: Path) -> None:
    """A first line that is no longer the file's is ignored: the log is read from its top."""
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    log.append(some_events(2))
    first = log.first_line()
    assert first is not None
    other = JsonlLog(tmp_path / "other" / f"{ARTICLE}.jsonl")
    (tmp_path / "other").mkdir()
    events = [recorded(ARTICLE, "2025-01-01"), held(ARTICLE, "cis-cfm", "Baku", "2024-12-01")]
    other.append(events)
    assert list(other.stream(after=first)) == events


def test_a_log_read_in_many_chunks_reads_as_in_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A log longer than the read chunk (set to 64 bytes) reads the events and torn tail of one."""
    log = JsonlLog(tmp_path / f"{ARTICLE}.jsonl")
    log.append(some_events(5))
    with log.path.open("ab") as handle:
        handle.write(b'{"torn')
    whole = [env.event for env in JsonlLog(log.path, mode="repair").read()]
    monkeypatch.setattr(log_module, "_READ_CHUNK", 64)
    assert [env.event for env in JsonlLog(log.path, mode="repair").read()] == whole
    assert whole == some_events(5)
    with pytest.raises(TornTailError) as torn:
        list(JsonlLog(log.path).read())
    assert torn.value.line == 7
