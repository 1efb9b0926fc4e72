"""Exports: CSV rows that round-trip, an iCalendar feed that parses back, JSON lines that load."""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import icalendar
import orjson
import pytest

from chronicles import MINSK_SOURCES, write_postponed_store
from cischronicle import UsageError
from cischronicle.cli import load_view
from cischronicle.report.export import CSV_COLUMNS, export, export_csv, export_ics, export_jsonl
from helpers import run

ROOT = Path(__file__).resolve().parent.parent
EVENTS = str(ROOT / "events")


@pytest.fixture
def store(tmp_path: Path) -> str:
    """The postponed-meeting chronicle on disk."""
    return str(write_postponed_store(tmp_path / "events"))


def _events(data: bytes) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(data).walk("VEVENT"))


def test_csv_round_trips_one_row_per_meeting_and_decision() -> None:
    """The CSV reads back with the csv module: the documented header, one row each."""
    view = load_view(EVENTS, None)
    rows = list(csv.DictReader(io.StringIO(export_csv(view), newline="")))
    assert tuple(rows[0].keys()) == CSV_COLUMNS
    meetings = [r for r in rows if r["record"] == "meeting"]
    decisions = [r for r in rows if r["record"] == "decision"]
    assert len(meetings) == len(view.entries)
    assert len(decisions) == sum(len(e.decisions) for e in view.entries) + len(
        view.unplaced_decisions
    )
    keys = {r["key"] for r in meetings}
    assert all(r["key"] in keys for r in decisions if r["key"])
    ashgabat = next(r for r in meetings if r["city"] == "Ashgabat" and r["kind"] == "held")
    assert ashgabat["date"] == "XXXX-10-10" and ashgabat["date_text"] == "10 October, year unknown"
    assert ashgabat["first_day"] == ""  # no year: no day to give


def test_csv_of_the_postponed_chronicle(store: str) -> None:
    """The postponed meeting and the verdict of its announcement are rows of the CSV."""
    rows = list(csv.DictReader(io.StringIO(export_csv(load_view(store, None)), newline="")))
    (postponed,) = [r for r in rows if r["kind"] == "postponed"]
    assert postponed["city"] == "Tashkent" and postponed["new_dates"] == "2024-06"
    verdicts = {r["city"] or r["online"]: r["verdict"] for r in rows if r["kind"] == "scheduled"}
    assert verdicts == {"Tashkent": "postponed", "yes": "cancelled"}
    (minsk,) = [r for r in rows if r["record"] == "meeting" and r["city"] == "Minsk"]
    assert minsk["source_count"] == str(MINSK_SOURCES)
    assert len(minsk["sources"].split(";")) == MINSK_SOURCES


def test_ics_parses_back_as_all_day_events() -> None:
    """The seed feed parses back; every event is all-day; year-unknown ones are left out."""
    view = load_view(EVENTS, None)
    events = _events(export_ics(view))
    placeable = [
        e
        for e in view.entries
        if e.kind in ("held", "scheduled") and e.date is not None and e.date.year_known
    ]
    assert len(events) == len(placeable) == 7
    for event in events:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert type(start) is dt.date and type(end) is dt.date and end > start
        assert str(event["uid"]).endswith("@cischronicle")
    months = [e for e in events if str(e["x-cischronicle-precision"]) == "month"]
    (april,) = months  # the Central Asia + Russia meeting of April 2025: the whole month
    assert april.decoded("dtstart") == dt.date(2025, 4, 1)
    assert april.decoded("dtend") == dt.date(2025, 5, 1)
    assert "(day not known)" in str(april["summary"])
    years = [e for e in events if str(e["x-cischronicle-precision"]) == "year"]
    assert [(e.decoded("dtstart"), e.decoded("dtend")) for e in years] == [
        (dt.date(2024, 1, 1), dt.date(2025, 1, 1))
    ]


def test_ics_of_the_postponed_chronicle(store: str) -> None:
    """A postponed meeting is cancelled at its old date and tentative over its new month."""
    events = _events(export_ics(load_view(store, None)))
    tashkent = sorted(
        (e for e in events if "Tashkent" in str(e["location"])), key=lambda e: e.decoded("dtstart")
    )
    assert [str(e["status"]) for e in tashkent] == ["CANCELLED", "TENTATIVE"]
    assert tashkent[1].decoded("dtstart") == dt.date(2024, 6, 1)
    assert "postponed from 12 April 2024" in str(tashkent[1]["summary"])
    online = [e for e in events if str(e["location"]) == "online"]
    assert [str(e["status"]) for e in online] == ["CANCELLED"]


def test_jsonl_lines_parse(store: str) -> None:
    """Every JSON line loads; a chronicle record first, then articles, meetings and findings."""
    lines = export_jsonl(load_view(store, None)).splitlines()
    records = [orjson.loads(line) for line in lines]
    assert records[0]["record"] == "chronicle" and records[0]["as_of"] == "2024-03-20"
    kinds = [r["kind"] for r in records if r["record"] == "meeting"]
    assert kinds == ["held", "scheduled", "postponed", "scheduled", "cancelled"]
    assert sum(r["record"] == "article" for r in records) == 2 + MINSK_SOURCES - 1
    assert sum(r["record"] == "finding" for r in records) == 2


def test_unknown_format_is_a_usage_error() -> None:
    """Asking the library for an unknown format raises UsageError naming the known ones."""
    with pytest.raises(UsageError, match="csv, ics, jsonl"):
        export(load_view(EVENTS, None), "xml")


@pytest.mark.parametrize("fmt", ["csv", "ics", "jsonl"])
def test_export_command_writes_stdout_or_a_file(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Export prints to stdout by default and writes the same bytes with --output."""
    code, out, err = run(capsys, "export", EVENTS, "--format", fmt)
    assert code == 0 and err == "" and out
    target = tmp_path / f"out.{fmt}"
    code, again, _ = run(capsys, "export", EVENTS, "--format", fmt, "--output", str(target))
    assert code == 0 and again == ""
    assert target.read_bytes() == out.encode("utf-8")


def test_export_as_of_limits_what_is_known(capsys: pytest.CaptureFixture[str]) -> None:
    """--as-of exports what the chronicle knew on that day."""
    code, out, _ = run(capsys, "export", EVENTS, "--format", "jsonl", "--as-of", "2023-10-12")
    first = orjson.loads(out.splitlines()[0])
    assert code == 0 and first["as_of"] == "2023-10-12"


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["export", EVENTS, "--format", "xml"], "unknown export format 'xml'"),
        (["export", "no/such/store", "--format", "csv"], "no such folder"),
        (["export", EVENTS, "--format", "csv", "--output", "no/such/dir/x.csv"], "cannot write"),
    ],
)
def test_bad_export_input_exits_2_with_one_line(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Unknown format, missing store or unwritable output: one line on stderr, exit 2."""
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == "" and err.count("\n") == 1 and message in err
