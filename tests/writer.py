"""A writer process for the crash and concurrency tests: appends numbered claims to one log.

Usage: ``python writer.py LOG FIRST COUNT BATCH [--expect] [--go FILE] [--slow]``.

Appends ``claim(FIRST) .. claim(FIRST + COUNT - 1)`` in batches of ``BATCH`` and prints
``ack <seq>`` (flushed) after each append has returned, so the parent knows what was
acknowledged.  ``--expect``: every append passes ``expected_seq`` and retries on
``ConcurrencyError`` (printing ``conflict``).  ``--go FILE``: wait until FILE exists before
the first append.  ``--slow``: every ``os.write`` writes at most 64 bytes and then pauses a
millisecond (a slow disk returning short writes), so a kill usually lands inside a write.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

from cischronicle import ConcurrencyError, JsonlLog, MeetingHeld
from helpers import held

ARTICLE = "crash"


def claim(n: int) -> MeetingHeld:
    """The ``n``-th claim a writer appends: distinct id, a few hundred bytes of line."""
    return held(ARTICLE, "cis-cfm", "Minsk", f"2024-{n % 12 + 1:02d}", n=n)


_REAL_WRITE = os.write


def _slow_write(fd: int, data: bytes) -> int:
    """A short write of at most 64 bytes followed by a pause: a slow disk."""
    written = _REAL_WRITE(fd, data[:64])
    time.sleep(0.001)
    return written


def main() -> None:
    """Append the claims the arguments ask for, acknowledging each append on stdout."""
    parser = argparse.ArgumentParser()
    parser.add_argument("log")
    parser.add_argument("first", type=int)
    parser.add_argument("count", type=int)
    parser.add_argument("batch", type=int)
    parser.add_argument("--expect", action="store_true")
    parser.add_argument("--go")
    parser.add_argument("--slow", action="store_true")
    args = parser.parse_args()
    if args.slow:
        os.write = _slow_write
    if args.go:
        while not Path(args.go).exists():
            time.sleep(0.005)
    log = JsonlLog(args.log)
    numbers = list(range(args.first, args.first + args.count))
    for start in range(0, len(numbers), args.batch):
        batch = [claim(n) for n in numbers[start : start + args.batch]]
        while True:
            try:
                seq = log.append(batch, expected_seq=log.last_seq() if args.expect else None)
                break
            except ConcurrencyError:
                sys.stdout.write("conflict\n")
        sys.stdout.write(f"ack {seq}\n")
        sys.stdout.flush()


if __name__ == "__main__":
    main()
