"""Smoke runs of the benchmarks: each runs at tiny sizes and reports the expected figures.

No timing is asserted here: speed is what ``benchmarks/run.py`` measures and reports.
"""

from __future__ import annotations

import importlib
import json
from pathlib import Path
from types import ModuleType

import pytest

from cischronicle import Chronicle, project


@pytest.fixture
def bench(root: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, ModuleType]:
    """The benchmark modules, imported from the repository's benchmarks/ folder."""
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    names = ("synthetic", "bench_replay", "bench_append", "bench_checks", "run")
    return {name: importlib.import_module(name) for name in names}


def test_quick_run_prints_a_table_and_writes_json(
    bench: dict[str, ModuleType], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`run.py --quick` runs every benchmark and writes the table and details as JSON."""
    out = tmp_path / "results" / "quick.json"
    result = bench["run"].main(["--quick", "--json", str(out)])
    written = json.loads(out.read_text())
    assert written == json.loads(json.dumps(result))
    assert written["mode"] == "quick"
    assert set(written["details"]) == {"replay", "append", "extract", "checks"}
    assert {"cpus", "python"} <= set(written["machine"])
    names = {row["benchmark"] for row in written["table"]}
    assert {"replay", "append (single)", "append (article)", "append (large)"} <= names
    assert "check scaling" in names
    assert any(name.startswith("extract") for name in names)
    for row in written["table"]:
        assert set(row) >= set(bench["run"].TABLE_KEYS)
    printed = capsys.readouterr().out
    assert "typed replay, events/s" in printed
    assert "project + checks, CPU s" in printed


def test_only_runs_the_chosen_benchmarks(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    """`--only` restricts the run, and an unknown name is a usage error."""
    result = bench["run"].main(["--quick", "--only", "checks", "--json", str(tmp_path / "c.json")])
    assert set(result["details"]) == {"checks"}
    with pytest.raises(SystemExit):
        bench["run"].main(["--quick", "--only", "nonsense", "--json", str(tmp_path / "x.json")])


def test_replay_reports_rates_and_memory_of_every_mode(bench: dict[str, ModuleType]) -> None:
    """The replay benchmark folds every event and reports rates and peak RSS per mode."""
    row = bench["bench_replay"].measure(150, repeat=1, memory=True)
    assert row["events"] >= 150
    assert row["typed_replay_events_per_s"] > 0
    assert row["plain_orjson_events_per_s"] > 0
    assert row["bare_typed_decode_events_per_s"] > 0 and row["bare_ratio_to_plain"] > 0
    for mode in ("import", "stream", "replay", "all_events_in_a_list"):
        assert row[f"peak_rss_mib_{mode}"] > 0
    assert row["events_held_by_replayed_state"] == 0
    assert row["events_held_by_the_list"] > 0
    assert set(row["stages_us_per_event"]) == {
        "order logs",
        "read, decode, verify",
        "project",
        "queries",
    }


def test_append_reports_every_mode(bench: dict[str, ModuleType]) -> None:
    """The append benchmark measures single, per-article and large batch appends."""
    rows = bench["bench_append"].measure(40)
    assert [r["benchmark"] for r in rows] == [
        "append (single)",
        "append (article)",
        "append (large)",
    ]
    for row in rows:
        assert row["cischronicle_events_per_s"] > 0
        assert row["syscall_floor_events_per_s"] > 0
        has_baseline = bench["bench_append"].has_baseline()
        assert (row["eventsourcing_sqlite_events_per_s"] is not None) == has_baseline


def test_append_writes_what_it_was_given(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    """The append benchmark's logs read back as the same events, each log in its order."""
    batches = bench["bench_append"]._batches(30)
    appends = bench["bench_append"]._split(batches, "article")
    count = bench["bench_append"].ours(tmp_path, appends)
    assert count == sum(len(b) for b in batches)
    logs = {s.article: [e.event for e in s.log.read()] for s in Chronicle.load(tmp_path).sources}
    assert logs == {b[0].provenance.article: b for b in batches}


def test_append_floor_writes_every_line(bench: dict[str, ModuleType], tmp_path: Path) -> None:
    """The system-call floor writes each article's encoded lines to that article's file."""
    batches = bench["bench_append"]._batches(30)
    appends = bench["bench_append"]._split(batches, "article")
    payloads = bench["bench_append"].encoded(appends)
    assert bench["bench_append"].syscall_floor(tmp_path, payloads) == sum(map(len, batches))
    for batch in batches:
        stored = (tmp_path / f"{batch[0].provenance.article}.jsonl").read_bytes()
        assert stored.count(b"\n") == len(batch)


def test_append_baseline_saves_the_same_events(
    bench: dict[str, ModuleType], tmp_path: Path
) -> None:
    """The eventsourcing baseline saves as many events as cischronicle appends."""
    pytest.importorskip("eventsourcing")
    batches = bench["bench_append"]._batches(20)
    appends = bench["bench_append"]._split(batches, "article")
    assert bench["bench_append"].baseline(tmp_path, appends) == sum(len(b) for b in batches)


def test_check_scaling_reports_growth(bench: dict[str, ModuleType]) -> None:
    """The check-scaling rows give the time growth against the previous size."""
    rows = bench["bench_checks"].measure([100, 1_000], repeat=1)
    assert [r["events"] for r in rows] == [100, 1_000]
    assert "time_growth" not in rows[0]
    assert rows[1]["time_growth"] > 0
    assert rows[1]["target_time_growth_max"] == 12.0


def test_synthetic_chronicles_are_deterministic_and_valid(
    bench: dict[str, ModuleType], tmp_path: Path
) -> None:
    """Synthetic events are the same for the same seed, and their logs load back strictly."""
    synthetic = bench["synthetic"]
    events = synthetic.events(300)
    assert events == synthetic.events(300)
    assert events != synthetic.events(300, seed=1)
    logs, lines = synthetic.write_logs(tmp_path, 300)
    chronicle = Chronicle.load(tmp_path)
    assert len(chronicle) == logs
    state = project(chronicle.events())
    assert state.event_count == lines == len(events)
    assert state == project(Chronicle.from_events(events).events())


def test_table_lines_up(bench: dict[str, ModuleType]) -> None:
    """The printed table has a header, a rule and one aligned line per row."""
    run = bench["run"]
    rows = [
        run._row("replay", 1000, "events/s", 12_345.6, "orjson", 99_000, 0.125, ">= 0.5x", False),
        run._row("checks", 10, "s", 0.5, "-", None, None, "-", None),
    ]
    lines = run.format_table(rows).splitlines()
    assert len(lines) == 4
    assert set(lines[1]) <= {"-", " "}
    assert "12,346" in lines[2] and "NO" in lines[2]
    assert lines[3].startswith("checks")


def test_incremental_store_benchmark_runs_on_the_chosen_backend(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`bench_stores.py N --incremental --backend sqlite` measures SQLite alone, resumed."""
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    stores = importlib.import_module("bench_stores")
    args = ["400", "--incremental", "--repeat", "1", "--backend", "sqlite"]
    assert stores.main(args) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["incremental"]["backend"] for row in rows] == ["sqlite"]
    assert rows[0]["incremental"]["command_resume_s"] > 0
    with pytest.raises(SystemExit):
        stores.main(["400", "--incremental", "--backend", "nonsense"])


def test_collector_benchmark_measures_every_variant(
    root: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """`bench_collector.py` times each variant's resumed check; with the collector off, none."""
    monkeypatch.syspath_prepend(str(root / "benchmarks"))
    collector = importlib.import_module("bench_collector")
    assert collector.main(["300", "--rounds", "1"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [row["variant"] for row in rows] == list(collector.VARIANTS)
    assert all(row["command_s"][0] > 0 for row in rows)
    assert rows[-1]["gc_s"] == [0, 0]
    assert len({row["runs"][0]["lines"] for row in rows}) == 1
