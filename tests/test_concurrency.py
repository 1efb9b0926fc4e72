"""Concurrent writers: several processes append to one log; nothing interleaves or repeats."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cischronicle import ConcurrencyError, JsonlLog
from helpers import recorded
from writer import ARTICLE, claim

WRITER = Path(__file__).resolve().parent / "writer.py"
PROCESSES = 4
PER_PROCESS = 30


def _run_writers(tmp_path: Path, *extra: str, batch: int = 1) -> tuple[JsonlLog, list[str]]:
    """Start PROCESSES writers on one log, release them together, read while they write."""
    path = tmp_path / f"{ARTICLE}.jsonl"
    log = JsonlLog(path)
    log.append([recorded(ARTICLE, "2024-04-12")])
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [
                sys.executable,
                str(WRITER),
                str(path),
                str(k * PER_PROCESS),
                str(PER_PROCESS),
                str(batch),
                "--go",
                str(go),
                *extra,
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for k in range(PROCESSES)
    ]
    go.touch()
    reads = 0
    while any(p.poll() is None for p in procs):
        # A strict read while others append never sees half an append (shared lock).
        list(JsonlLog(path).read())
        reads += 1
    outputs = []
    for proc in procs:
        out, _ = proc.communicate()
        assert proc.returncode == 0, out
        outputs.append(out)
    assert reads > 0
    return JsonlLog(path), outputs


def _assert_every_claim_once(log: JsonlLog) -> None:
    envs = list(log.read())
    assert [e.seq for e in envs] == list(range(1, PROCESSES * PER_PROCESS + 2))
    ids = [e.event.id for e in envs[1:]]
    assert sorted(ids) == sorted(claim(n).id for n in range(PROCESSES * PER_PROCESS))
    assert len(set(ids)) == len(ids)
    assert log.verify().ok


def test_processes_appending_at_once_never_interleave(tmp_path: Path) -> None:
    """Four processes appending one event at a time: every event once, seq contiguous, chain ok.

    The writers are slow (short writes with pauses), so the strict reads done meanwhile would
    see half-written lines if reading did not take the shared lock.
    """
    log, outputs = _run_writers(tmp_path, "--slow")
    _assert_every_claim_once(log)
    acks = [int(line.split()[1]) for out in outputs for line in out.splitlines()]
    assert sorted(acks) == list(range(2, PROCESSES * PER_PROCESS + 2)), "each seq acked once"


def test_processes_appending_batches_at_once(tmp_path: Path) -> None:
    """Batches from several processes land whole and in one piece each."""
    log, _ = _run_writers(tmp_path, batch=7)
    _assert_every_claim_once(log)
    # Each batch of seven (the last of a writer is shorter) sits in consecutive lines.
    number = {claim(n).id: n for n in range(PROCESSES * PER_PROCESS)}
    order = [number[e.event.id] for e in list(log.read())[1:]]
    batches = 0
    for i, n in enumerate(order):
        if (n % PER_PROCESS) % 7 == 0:
            size = min(7, PER_PROCESS - n % PER_PROCESS)
            assert order[i : i + size] == list(range(n, n + size))
            batches += 1
    assert batches == PROCESSES * -(-PER_PROCESS // 7)


def test_optimistic_writers_retry_on_conflict(tmp_path: Path) -> None:
    """Writers passing expected_seq retry on ConcurrencyError and still store each event once."""
    log, outputs = _run_writers(tmp_path, "--expect")
    _assert_every_claim_once(log)
    acks = [int(line.split()[1]) for out in outputs for line in out.splitlines() if "ack" in line]
    assert len(acks) == PROCESSES * PER_PROCESS


def test_stale_expected_seq_raises_and_writes_nothing(tmp_path: Path) -> None:
    """A writer that expects an old last seq gets ConcurrencyError; the file is unchanged."""
    path = tmp_path / f"{ARTICLE}.jsonl"
    first, second = JsonlLog(path), JsonlLog(path)
    first.append([recorded(ARTICLE, None)])
    seen = second.last_seq()
    first.append([claim(0)])
    before = path.read_bytes()
    with pytest.raises(ConcurrencyError) as info:
        second.append([claim(1)], expected_seq=seen)
    assert info.value.path == str(path) and "log is at 2" in str(info.value)
    assert path.read_bytes() == before
    assert second.append([claim(1)], expected_seq=2) == 3
