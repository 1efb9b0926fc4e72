"""Run every benchmark, print one table, write the figures as JSON.

Usage (from the repository root, with the ``bench`` extra installed)::

    python benchmarks/run.py            # the standard run: a few minutes on 2 cores
    python benchmarks/run.py --full     # adds the 1e6-event replay and check-scaling runs
    python benchmarks/run.py --quick    # tiny sizes: checks that everything runs (the tests)
    python benchmarks/run.py --json out.json --only replay,checks

Each figure comes with its baseline, measured in the same process run (so a noisy machine
slows both alike), and with the target the issue sets:

- replay: typed replay (JSONL logs -> codec -> every standard projection), events/s, against
  ``orjson.loads`` of the same lines; target ratio >= 0.5; peak RSS of replay against holding
  every event in a list (fresh subprocesses);
- append: durable appends (single events, one article per call, 500 events per call),
  against an ``eventsourcing`` SQLite application saving the same events in the same groups;
  target >= 3x for batch appends;
- extract: articles/s of the extractor (``bench_extract.py``, when it is there); target >= 100
  per core (issue 10; the earlier 300/s was withdrawn);
- checks: project + run_checks at growing sizes; target: 10x the events costs <= 12x the time.

The JSON (default ``benchmarks/results/latest.json``, a git-ignored folder) holds the table
rows, every module's detailed rows, the command line and the machine's facts.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import importlib
import inspect
import json
import os
import platform
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import bench_append  # noqa: E402
import bench_checks  # noqa: E402
import bench_replay  # noqa: E402

BENCHMARKS = ("replay", "append", "extract", "checks")
"""The benchmarks, in the order they run."""

SIZES: dict[str, dict[str, Any]] = {
    "quick": {
        "replay": [300],
        "replay_memory": False,
        "append": 60,
        "checks": [200, 2_000],
        "repeat": 1,
    },
    "standard": {
        "replay": [100_000],
        "replay_memory": True,
        "append": 2_000,
        "checks": [1_000, 10_000, 100_000],
        "repeat": 3,
    },
    "full": {
        "replay": [100_000, 1_000_000],
        "replay_memory": True,
        "append": 2_000,
        "checks": [1_000, 10_000, 100_000, 1_000_000],
        "repeat": 3,
    },
}
"""What each mode runs: event counts per benchmark, and repetitions (the best is kept)."""

Row = dict[str, Any]


# -- the benchmarks, each returning (detailed rows, table rows) ---------------------------


def run_replay(sizes: dict[str, Any]) -> tuple[list[Row], list[Row]]:
    """Typed replay against plain orjson.loads, and peak memory against a list of events."""
    detail: list[Row] = []
    table: list[Row] = []
    for n in sizes["replay"]:
        repeat = 1 if n >= 1_000_000 else sizes["repeat"]
        row = bench_replay.measure(n, repeat=repeat, memory=sizes["replay_memory"])
        detail.append(row)
        table.append(
            _row(
                "replay",
                row["events"],
                "typed replay, events/s",
                row["typed_replay_events_per_s"],
                "orjson.loads, lines/s",
                row["plain_orjson_events_per_s"],
                row["ratio_to_plain"],
                ">= 0.5x",
                row["ratio_to_plain"] >= 0.5,
            )
        )
        if "peak_rss_mib_replay" in row:
            listed = row["peak_rss_mib_all_events_in_a_list"]
            held = row["events_held_by_replayed_state"]
            table.append(
                _row(
                    "replay streams",
                    row["events"],
                    "events held by the state",
                    held,
                    "held by a list of events",
                    row["events_held_by_the_list"],
                    round(held / max(1, row["events_held_by_the_list"]), 3),
                    "0 (retractions aside)",
                    held == 0,
                )
            )
            for mode in ("stream", "replay"):
                rss = row[f"peak_rss_mib_{mode}"]
                table.append(
                    _row(
                        f"{mode} memory",
                        row["events"],
                        f"peak RSS of {mode}, MiB",
                        rss,
                        "all events in a list, MiB",
                        listed,
                        round(rss / listed, 2),
                        "< list" if mode == "stream" else "-",
                        rss < listed if mode == "stream" else None,
                    )
                )
    return detail, table


def run_append(sizes: dict[str, Any]) -> tuple[list[Row], list[Row]]:
    """Durable appends against the eventsourcing library's SQLite application."""
    rows = bench_append.measure(sizes["append"])
    table = []
    for row in rows:
        target = row["target_ratio"]
        table.append(
            _row(
                row["benchmark"],
                row["events"],
                "cischronicle, events/s",
                row["cischronicle_events_per_s"],
                "eventsourcing SQLite, events/s",
                row["eventsourcing_sqlite_events_per_s"],  # None without the bench extra
                row["ratio"],
                "-" if target is None else f">= {target:g}x",
                None if target is None or row["ratio"] is None else row["ratio"] >= target,
            )
        )
        table.append(
            _row(
                "  (syscall floor)",
                row["events"],
                "open+write+fsync, events/s",
                row["syscall_floor_events_per_s"],
                "eventsourcing SQLite, events/s",
                row["eventsourcing_sqlite_events_per_s"],
                row["floor_ratio"],
                "-",
                None,
            )
        )
    return rows, table


def run_extract(quick: bool) -> tuple[list[Row], list[Row]]:
    """Articles/s of the extractor over the seeds and the shared corpus (``bench_extract``).

    Uses the module's ``measure`` when it has one; otherwise its ``SETS``, ``_texts`` and
    ``_rate`` (best of five rounds, CPU-time rate), one row per set of articles.  The issue
    sets an absolute target (100 articles/s per core, issue 10) and names no alternative to
    compare with, so the wall-clock rate of the same rounds stands in the baseline column.
    """
    if not (HERE / "bench_extract.py").exists():
        note = "bench_extract.py is not there yet: extraction was not measured"
        return [{"benchmark": "extract", "skipped": note}], [_skipped("extract", note)]
    module = importlib.import_module("bench_extract")
    if hasattr(module, "measure"):
        measure: Callable[..., Any] = module.measure
        kwargs = {"quick": quick} if "quick" in inspect.signature(measure).parameters else {}
        result = measure(**kwargs)
        rows: list[Row] = result if isinstance(result, list) else [result]
    else:
        rows = _extract_rows(module, seconds=0.05 if quick else 3.0)
    target = float(getattr(module, "TARGET", 100.0))
    table = []
    for row in rows:
        name = str(row.get("benchmark", "extract"))
        rate = _first(row, ("articles_per_s", "cischronicle_articles_per_s", "rate"))
        if rate is None:
            table.append(_skipped(name, str(row.get("skipped", json.dumps(row)[:80]))))
            continue
        wall = row.get("wall_articles_per_s")
        table.append(
            _row(
                name,
                _first(row, ("articles", "n")),
                "articles/s (CPU time)",
                rate,
                "same rounds, wall clock" if wall is not None else "-",
                wall,
                None,
                f">= {target:g}/s",
                rate >= target,
            )
        )
    return rows, table


def _extract_rows(module: ModuleType, *, seconds: float) -> list[Row]:
    rows: list[Row] = []
    for name, folder in module.SETS.items():
        if not folder.is_dir():
            rows.append({"benchmark": f"extract ({name})", "skipped": f"{name} folder is absent"})
            continue
        texts = module._texts(folder)
        cpu, wall = module._rate(texts, seconds)
        rows.append(
            {
                "benchmark": f"extract ({name})",
                "articles": len(texts),
                "articles_per_s": round(cpu, 1),
                "wall_articles_per_s": round(wall, 1),
                "seconds": seconds,
            }
        )
    return rows


def run_checks(sizes: dict[str, Any]) -> tuple[list[Row], list[Row]]:
    """Project + run_checks at growing sizes: growth of time against growth of events.

    A second row per size gives the CPU time with the cyclic garbage collector off, with no
    target: it shows what the fold and the checks cost apart from the collector's traversals.
    """
    rows = bench_checks.measure(sizes["checks"], repeat=sizes["repeat"])
    table = []
    for row in rows:
        growth = row.get("time_growth")
        table.append(
            _row(
                "check scaling",
                row["events"],
                "project + checks, CPU s",
                row["seconds"],
                "previous size, s" if growth is not None else "-",
                row.get("previous_seconds"),
                growth,
                "-" if growth is None else f"<= {row['target_time_growth_max']:g}x",
                None if growth is None else growth <= row["target_time_growth_max"],
            )
        )
    previous = None
    for row in rows:
        table.append(
            _row(
                "  (no cyclic GC)",
                row["events"],
                "project + checks, CPU s",
                row["seconds_without_gc"],
                "previous size, s" if previous is not None else "-",
                previous,
                row.get("time_growth_without_gc"),
                "-",
                None,
            )
        )
        previous = row["seconds_without_gc"]
    return rows, table


# -- table and JSON -----------------------------------------------------------------------


def _row(
    benchmark: str,
    size: object,
    figure: str,
    value: object,
    baseline: str,
    baseline_value: object,
    ratio: object,
    target: str,
    met: bool | None,
) -> Row:
    return {
        "benchmark": benchmark,
        "size": size,
        "figure": figure,
        "value": value,
        "baseline": baseline,
        "baseline_value": baseline_value,
        "ratio": ratio,
        "target": target,
        "met": met,
    }


def _skipped(benchmark: str, note: str) -> Row:
    return {**_row(benchmark, None, note, None, "-", None, None, "-", None), "skipped": True}


def _first(row: Row, keys: Sequence[str]) -> Any:
    return next((row[k] for k in keys if row.get(k) is not None), None)


def _cell(value: object) -> str:
    if value is None:
        return "-"
    if isinstance(value, bool):
        return "yes" if value else "NO"
    if isinstance(value, float):
        return f"{value:,.4g}" if abs(value) < 1000 else f"{value:,.0f}"
    if isinstance(value, int):
        return f"{value:,}"
    return str(value)


TABLE_KEYS = (
    "benchmark",
    "size",
    "figure",
    "value",
    "baseline",
    "baseline_value",
    "ratio",
    "target",
    "met",
)
"""The fields of every table row, in column order."""


def format_table(rows: list[Row]) -> str:
    """The table rows as aligned text, one line per figure."""
    head = [
        "benchmark",
        "size",
        "figure",
        "value",
        "baseline (same run)",
        "value",
        "ratio",
        "target",
        "met",
    ]
    lines = [head] + [[_cell(r[k]) for k in TABLE_KEYS] for r in rows]
    widths = [max(len(line[i]) for line in lines) for i in range(len(head))]
    numeric = {1, 3, 5, 6}
    out = []
    for number, line in enumerate(lines):
        cells = [
            c.rjust(w) if i in numeric else c.ljust(w)
            for i, (c, w) in enumerate(zip(line, widths, strict=True))
        ]
        out.append("  ".join(cells).rstrip())
        if number == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def machine() -> dict[str, Any]:
    """The facts that explain the figures: CPU count, load, Python and library versions."""
    import orjson

    facts: dict[str, Any] = {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "orjson": orjson.__version__,
    }
    with contextlib.suppress(OSError):  # platforms without getloadavg
        facts["load_average"] = [round(x, 2) for x in os.getloadavg()]
    try:
        from importlib.metadata import version

        facts["eventsourcing"] = version("eventsourcing")
    except Exception:
        facts["eventsourcing"] = None
    return facts


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmarks the arguments ask for; print the table; write and return the JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--quick", action="store_true", help="tiny sizes: does everything run?")
    mode.add_argument("--full", action="store_true", help="add the 1e6-event runs (long)")
    parser.add_argument(
        "--json",
        type=Path,
        default=HERE / "results" / "latest.json",
        help="where to write the figures (default: benchmarks/results/latest.json)",
    )
    parser.add_argument(
        "--only",
        default=",".join(BENCHMARKS),
        help=f"comma-separated subset of {', '.join(BENCHMARKS)}",
    )
    args = parser.parse_args(argv)
    chosen = [b.strip() for b in args.only.split(",") if b.strip()]
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s): {', '.join(unknown)}")
    name = "quick" if args.quick else "full" if args.full else "standard"
    sizes = SIZES[name]
    started = time.perf_counter()
    details: dict[str, list[Row]] = {}
    table: list[Row] = []
    runners: dict[str, Callable[[], tuple[list[Row], list[Row]]]] = {
        "replay": lambda: run_replay(sizes),
        "append": lambda: run_append(sizes),
        "extract": lambda: run_extract(args.quick),
        "checks": lambda: run_checks(sizes),
    }
    for benchmark in BENCHMARKS:
        if benchmark not in chosen:
            continue
        print(f"running {benchmark} ...", file=sys.stderr, flush=True)
        t0 = time.perf_counter()
        detail, rows = runners[benchmark]()
        details[benchmark] = detail
        table.extend(rows)
        print(f"  {benchmark}: {time.perf_counter() - t0:.1f} s", file=sys.stderr, flush=True)
    result: dict[str, Any] = {
        "mode": name,
        "command": "python benchmarks/run.py"
        + "".join(f" {a}" for a in (sys.argv[1:] if argv is None else argv)),
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "seconds": round(time.perf_counter() - started, 1),
        "machine": machine(),
        "table": table,
        "details": details,
    }
    print(format_table(table))
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(result, indent=2) + "\n")
    print(f"\nwrote {args.json} ({result['seconds']} s)", file=sys.stderr)
    return result


if __name__ == "__main__":
    main()
