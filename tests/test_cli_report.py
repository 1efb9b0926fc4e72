"""check, timeline, report and export on a chronicle with a postponed and a cancelled meeting."""

from __future__ import annotations

from pathlib import Path

import orjson
import pytest

from chronicles import MINSK_SOURCES, write_postponed_store
from helpers import run


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A folder of logs where the Tashkent session is postponed and a summit cancelled."""
    return str(write_postponed_store(tmp_path / "events"))


def test_check_text_shows_postponed_and_cancelled(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Check prints the postponed meeting with its new date and the cancelled one, in words."""
    code, out, _ = run(capsys, "check", store)
    assert code == 0
    assert "Meetings postponed (1):" in out and "Meetings cancelled (1):" in out
    tashkent = [line for line in out.splitlines() if "Tashkent" in line]
    assert len(tashkent) == 3 and all("postponed to June 2024" in line for line in tashkent)
    assert "CIS Council of Foreign Ministers (cis-cfm)" in out
    assert f"{MINSK_SOURCES} sources: a and {MINSK_SOURCES - 1} more" in out
    assert "2 findings, 0 inconsistent" in out
    assert "in online" not in out and "online" in out
    assert "Legend:" in out


def test_check_json_shows_postponed_and_cancelled(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Check --json lists postponed and cancelled meetings, their verdicts and every source."""
    code, out, _ = run(capsys, "check", store, "--json")
    data = orjson.loads(out)
    assert code == 0
    (postponed,) = data["postponed"]
    assert postponed["city"] == "Tashkent" and postponed["new_dates"] == ["2024-06"]
    (cancelled,) = data["cancelled"]
    assert cancelled["online"] is True and cancelled["body_name"] == "CIS Council of Heads of State"
    verdicts = {s["city"] or "online": s["verdict"] for s in data["scheduled"]}
    assert verdicts == {"Tashkent": "postponed", "online": "cancelled"}
    (minsk,) = data["meetings"]
    assert len(minsk["sources"]) == MINSK_SOURCES and minsk["date_text"] == "13 October 2023"
    assert all("in online" not in f["message"] for f in data["findings"])


def test_timeline_shows_every_kind_in_date_order(
    store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """Timeline lists held, scheduled, postponed and cancelled meetings by date, folded."""
    code, out, _ = run(capsys, "timeline", store)
    assert code == 0
    assert out.index("Minsk") < out.index("Tashkent") < out.index("online")
    assert "scheduled: postponed to June 2024" in out and "\nLegend" not in out[:1]
    assert "cancelled" in out and f"{MINSK_SOURCES - 1} more reports" in out


def test_timeline_json_lists_every_report(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    """Timeline --json has every meeting, kind, verdict, report and decision, unfolded."""
    code, out, _ = run(capsys, "timeline", store, "--json")
    data = orjson.loads(out)
    assert code == 0
    kinds = [(m["kind"], m["city"] or "online") for m in data["timeline"]]
    assert kinds == [
        ("held", "Minsk"),
        ("scheduled", "Tashkent"),
        ("postponed", "Tashkent"),
        ("scheduled", "online"),
        ("cancelled", "online"),
    ]
    minsk = data["timeline"][0]
    assert len(minsk["reports"]) == MINSK_SOURCES and minsk["decisions"][0]["article"] == "a"
    assert data["timeline"][2]["reports"][0]["new_date"] == "2024-06"


def test_help_is_for_users_with_an_example_per_command(
    capsys: pytest.CaptureFixture[str],
) -> None:
    """--help describes the tool in plain words and shows an example of every command."""
    code, out, _ = run(capsys, "--help")
    assert code == 0
    assert "the only module that prints" not in out and "``" not in out
    commands = ["check", "timeline", "report", "export", "extract", "ingest", "eval", "verify"]
    for command in [*commands, "repair"]:
        assert f"  cischronicle {command} " in out, command
    for command in ("check", "timeline"):
        _, sub, _ = run(capsys, command, "--help")
        assert "example:" in sub and f"cischronicle {command} events/" in sub
