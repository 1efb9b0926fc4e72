"""Check scaling: project a synthetic chronicle and run every check, at growing sizes.

Run alone: ``python benchmarks/bench_checks.py [N ...]`` (default 1e3 1e4 1e5).  The events
are generated in memory first (not timed); what is timed is ``project`` plus ``run_checks``.
The target is close to n log n: ten times the events costs at most twelve times the time.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import events as synthetic_events

from cischronicle import project, run_checks


def time_checks(n: int, repeat: int = 3) -> tuple[float, int, int]:
    """Best time of project + run_checks over ``n`` synthetic events; and counts."""
    events = synthetic_events(n)
    best = float("inf")
    findings = meetings = 0
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        state = project(events)
        found = run_checks(state)
        best = min(best, time.perf_counter() - start)
        findings, meetings = len(found), len(state.held)
    return best, findings, meetings


def measure(sizes: list[int], *, repeat: int = 3) -> list[dict[str, object]]:
    """One row per size, with the growth factor against the previous size.

    Each time is the best of ``repeat`` runs (one run only from 1e6 events up).
    """
    rows: list[dict[str, object]] = []
    previous: tuple[int, float] | None = None
    for n in sizes:
        seconds, findings, meetings = time_checks(n, repeat=1 if n >= 1_000_000 else repeat)
        row: dict[str, object] = {
            "benchmark": "check scaling",
            "events": n,
            "meetings": meetings,
            "findings": findings,
            "seconds": round(seconds, 4),
            "events_per_s": round(n / seconds),
        }
        if previous is not None:
            growth = n / previous[0]
            row["previous_seconds"] = round(previous[1], 4)
            row["time_growth"] = round(seconds / previous[1], 2)
            row["events_growth"] = round(growth, 1)
            row["target_time_growth_max"] = round(growth * 1.2, 1)
        rows.append(row)
        previous = (n, seconds)
    return rows


if __name__ == "__main__":
    sizes = [int(float(a)) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    for row in measure(sizes):
        print(json.dumps(row))
