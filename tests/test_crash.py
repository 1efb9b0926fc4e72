"""Crash safety: torn tails at every byte, and writers killed with SIGKILL mid-append."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from cischronicle import Event, JsonlLog, TornTailError
from helpers import recorded
from writer import ARTICLE, claim

WRITER = Path(__file__).resolve().parent / "writer.py"


def _events(n: int) -> list[Event]:
    """ArticleRecorded and ``n`` claims, as the writer process appends them."""
    return [recorded(ARTICLE, "2024-04-12"), *(claim(i) for i in range(n))]


def _full_log(tmp_path: Path, n: int) -> bytes:
    """The bytes of a log of ``_events(n)`` written in one-event appends."""
    log = JsonlLog(tmp_path / "full" / f"{ARTICLE}.jsonl")
    log.path.parent.mkdir()
    for event in _events(n):
        log.append([event])
    return log.path.read_bytes()


def test_cut_at_every_byte_of_the_last_lines(tmp_path: Path) -> None:
    """Cut anywhere in the last two lines: repair mode reads exactly the complete lines."""
    events = _events(4)
    full = _full_log(tmp_path, 4)
    starts = [i + 1 for i, b in enumerate(full) if b == ord("\n")][:-1]
    first_cut = starts[-2]  # the start of the second-to-last line
    path = tmp_path / f"{ARTICLE}.jsonl"
    for cut in range(first_cut, len(full) + 1):
        data = full[:cut]
        path.write_bytes(data)
        complete = data.count(b"\n")
        got = [env.event for env in JsonlLog(path, mode="repair").read()]
        assert got == events[:complete], cut
        torn = not data.endswith(b"\n")
        if torn:
            with pytest.raises(TornTailError) as info:
                list(JsonlLog(path).read())
            assert info.value.line == complete + 1 and info.value.offset == data.rfind(b"\n") + 1
        assert path.read_bytes() == data, "reading must never change the file"


def test_repair_after_cut_keeps_lines_and_moves_the_tail(tmp_path: Path) -> None:
    """For every cut of the last line, repair leaves a valid log and keeps the torn bytes."""
    full = _full_log(tmp_path, 3)
    last_start = full.rstrip(b"\n").rfind(b"\n") + 1
    for cut in range(last_start, len(full) + 1):
        folder = tmp_path / f"cut{cut}"
        folder.mkdir()
        path = folder / f"{ARTICLE}.jsonl"
        path.write_bytes(full[:cut])
        log = JsonlLog(path)
        result = log.repair()
        tail = full[last_start:cut] if cut < len(full) else b""
        assert result.moved == len(tail)
        if tail:
            assert result.side_file is not None
            assert Path(result.side_file).read_bytes() == tail
        else:
            assert result.side_file is None and not list(folder.glob("*.torn-*"))
        assert path.read_bytes() == full[: cut - len(tail)]
        assert log.verify().ok
        # The repaired log accepts appends again, continuing seq and chain.
        log.append([claim(99)])
        assert JsonlLog(path).verify().ok


def _kill_writer_midway(
    path: Path, first: int, count: int, batch: int, acks: int, pause: float
) -> int:
    """Start a slow writer, SIGKILL it ``pause`` s after ``acks`` acked appends; last acked seq."""
    proc = subprocess.Popen(
        [sys.executable, str(WRITER), str(path), str(first), str(count), str(batch), "--slow"],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    last = 0
    for _ in range(acks):
        line = proc.stdout.readline()
        if not line:
            break
        last = int(line.split()[1])
    time.sleep(pause)  # not a timing assertion: only to land the kill at varied points
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    return last


def test_sigkilled_writers_leave_a_repairable_prefix(tmp_path: Path) -> None:
    """Writers killed mid-append, many times: every acked line survives, repair gives a prefix."""
    rng = random.Random(4)
    path = tmp_path / f"{ARTICLE}.jsonl"
    JsonlLog(path).append(_events(0))
    written = 0  # claims started so far; claim numbers follow the seq (seq = n + 2)
    torn_seen = 0
    for _ in range(10):
        batch = rng.choice([1, 5, 20])
        acked = _kill_writer_midway(
            path, written, 1000, batch, rng.randint(1, 3), rng.uniform(0, 0.05)
        )
        log = JsonlLog(path)
        result = log.repair()
        torn_seen += result.moved > 0
        envs = list(log.read())
        assert envs[-1].seq >= acked, "an acknowledged append was lost"
        assert [e.event for e in envs] == _events(len(envs) - 1), "not a prefix"
        assert log.verify().ok
        written = len(envs) - 1
    assert written > 0
    # Torn tails depend on where the kill lands; the side files hold whatever was cut.
    assert len(list(tmp_path.glob("*.torn-*"))) == torn_seen
