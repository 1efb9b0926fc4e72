"""Check scaling: project a synthetic chronicle and run every check, at growing sizes.

Run alone: ``python benchmarks/bench_checks.py [N ...]`` (default 1e3 1e4 1e5).  The events
are generated in memory first (not timed); what is timed is ``project`` plus ``run_checks``.
The target is close to n log n: ten times the events costs at most twelve times the time.

Times are CPU time of this process (``time.process_time``), best of a few runs: the growth
factor compares runs made minutes apart, and on a shared machine wall-clock time would
measure the neighbours as much as the code.  The wall-clock time of the best run is kept
beside it, and so is the CPU time with Python's cyclic garbage collector switched off (the
input events frozen out of its way in both cases): the collector traverses every live
object now and then, and a state that outgrows the CPU caches makes each traversal slower
per object, which is the part of the growth the algorithm does not cause.
"""

from __future__ import annotations

import gc
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from synthetic import events as synthetic_events

from cischronicle import Event, project, run_checks


def _run(events: list[Event], *, collect: bool) -> tuple[float, float, int, int]:
    """One timed project + run_checks: CPU seconds, wall seconds, findings, meetings."""
    gc.collect()
    gc.freeze()  # the input events are the fixture: keep them out of the collector's way
    if not collect:
        gc.disable()
    try:
        start, start_wall = time.process_time(), time.perf_counter()
        state = project(events)
        found = run_checks(state)
        seconds, wall = time.process_time() - start, time.perf_counter() - start_wall
    finally:
        gc.enable()
        gc.unfreeze()
    return seconds, wall, len(found), len(state.held)


def time_checks(sizes: list[int], repeat: int = 3) -> dict[int, dict[str, float]]:
    """Best CPU times of project + run_checks at each size, and related figures.

    The sizes are measured in turn, round after round (``repeat`` rounds), so that a busy
    spell on the machine falls on every size rather than on one.  Per size: ``seconds`` (CPU),
    ``wall_seconds`` (of that best run), ``seconds_without_gc`` (CPU, best run with the cyclic
    collector off), ``findings`` and ``meetings``.
    """
    inputs = {n: synthetic_events(n) for n in sizes}
    best: dict[int, dict[str, float]] = {
        n: {"seconds": float("inf"), "wall_seconds": 0.0, "seconds_without_gc": float("inf")}
        for n in sizes
    }
    for _ in range(repeat):
        for n in sizes:
            for collect in (True, False):
                seconds, wall, findings, meetings = _run(inputs[n], collect=collect)
                figures = best[n]
                if not collect:
                    figures["seconds_without_gc"] = min(figures["seconds_without_gc"], seconds)
                elif seconds < figures["seconds"]:
                    figures["seconds"], figures["wall_seconds"] = seconds, wall
                figures["findings"], figures["meetings"] = findings, meetings
    return best


def measure(sizes: list[int], *, repeat: int = 3) -> list[dict[str, object]]:
    """One row per size, with the growth factor against the previous size.

    Each time is the best of ``repeat`` rounds over all the sizes (see :func:`time_checks`).
    """
    rows: list[dict[str, object]] = []
    previous: tuple[int, float, float] | None = None
    measured = time_checks(sizes, repeat=repeat)
    for n in sizes:
        timed = measured[n]
        seconds, without_gc = timed["seconds"], timed["seconds_without_gc"]
        row: dict[str, object] = {
            "benchmark": "check scaling",
            "events": n,
            "meetings": int(timed["meetings"]),
            "findings": int(timed["findings"]),
            "seconds": round(seconds, 4),
            "wall_seconds": round(timed["wall_seconds"], 4),
            "seconds_without_gc": round(without_gc, 4),
            "us_per_event": round(seconds / n * 1e6, 1),
        }
        if previous is not None:
            growth = n / previous[0]
            row["previous_seconds"] = round(previous[1], 4)
            row["time_growth"] = round(seconds / previous[1], 2)
            row["time_growth_without_gc"] = round(without_gc / previous[2], 2)
            row["events_growth"] = round(growth, 1)
            row["target_time_growth_max"] = round(growth * 1.2, 1)
        rows.append(row)
        previous = (n, seconds, without_gc)
    return rows


if __name__ == "__main__":
    sizes = [int(float(a)) for a in sys.argv[1:]] or [1_000, 10_000, 100_000]
    for row in measure(sizes):
        print(json.dumps(row))
