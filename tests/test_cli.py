"""The cischronicle command: check, timeline, exit codes and one-line errors."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from cischronicle import JsonlLog
from helpers import held, recorded, run

ROOT = Path(__file__).resolve().parent.parent
EVENTS = str(ROOT / "events")


def test_check_human_report(capsys: pytest.CaptureFixture[str]) -> None:
    """Check prints meetings, schedule and verdicts, and exits 0 on the seeds."""
    code, out, _ = run(capsys, "check", EVENTS)
    assert code == 0
    assert "as of 2025-04-12" in out
    assert "pending" in out and "unconfirmed" in out and "Dushanbe" in out


def test_check_json(capsys: pytest.CaptureFixture[str]) -> None:
    """Check --json prints one object with as_of, meetings, scheduled and findings."""
    code, out, _ = run(capsys, "check", EVENTS, "--json")
    report = orjson.loads(out)
    assert code == 0 and set(report) >= {"as_of", "meetings", "scheduled", "findings"}
    assert report["as_of"] == "2025-04-12"
    almaty = [m for m in report["meetings"] if m["city"] == "Almaty" and m["body"] == "cis-cfm"]
    assert almaty[0]["date"] == "2025-04-11" and len(almaty[0]["sources"]) == 3
    assert {"body", "city", "country", "date", "sources"} <= set(almaty[0])
    finding = report["findings"][0]
    assert {"check", "verdict", "meeting", "evidence"} <= set(finding)


def test_check_as_of(capsys: pytest.CaptureFixture[str]) -> None:
    """--as-of limits the chronicle to what was known on that day."""
    code, out, _ = run(capsys, "check", EVENTS, "--json", "--as-of", "2023-10-12")
    report = orjson.loads(out)
    assert code == 0 and report["as_of"] == "2023-10-12"
    minsk = [f for f in report["findings"] if f["meeting"]["city"] == "Minsk"]
    assert minsk[0]["verdict"] == "pending"


def test_timeline_lists_meetings_sources_and_decisions(capsys: pytest.CaptureFixture[str]) -> None:
    """Timeline prints meetings in date order with their quotes and decisions."""
    code, out, _ = run(capsys, "timeline", EVENTS)
    assert code == 0
    assert out.index("Bishkek") < out.index("Moscow") < out.index("11 April 2025")
    assert "Badge of Honor" in out and "source 003_0ae8428bfa086a1d" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["check", "no/such/folder"],
        ["check", EVENTS, "--as-of", "April"],
        ["frobnicate"],
        [],
    ],
)
def test_bad_usage_exits_2_with_one_line(
    capsys: pytest.CaptureFixture[str], argv: list[str]
) -> None:
    """Bad usage or paths exit 2 with a single error line and no traceback."""
    code, _, err = run(capsys, *argv)
    assert code == 2
    assert err.strip().count("\n") == 0 or err.startswith("usage:")
    assert "Traceback" not in err and "error" in err


def test_corrupt_log_exits_2_naming_file_and_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A malformed log line is a one-line error with file and line, and the log is untouched."""
    folder = tmp_path / "events"
    shutil.copytree(ROOT / "events", folder)
    log = folder / "002_0b3a261d9db0c548.jsonl"
    lines = log.read_bytes().splitlines(keepends=True)
    lines[1] = b'{"schema": 1, "type": "MeetingHeld"\n'
    log.write_bytes(b"".join(lines))
    before = log.read_bytes()
    code, _, err = run(capsys, "check", str(folder))
    assert code == 2
    assert f"{log}:2" in err and err.count("\n") == 1
    assert log.read_bytes() == before


def test_inconsistency_exits_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A meeting held after its article's publication makes check exit 1."""
    JsonlLog(tmp_path / "a.jsonl").append(
        [recorded("a", "2024-01-01"), held("a", "cis-cfm", "Minsk", "2024-04-12")]
    )
    code, out, _ = run(capsys, "check", str(tmp_path))
    assert code == 1 and "after-publication" in out


def test_console_script_runs() -> None:
    """The installed entry point runs as a real process from the repo root."""
    exe = Path(sys.executable).parent / "cischronicle"
    if not exe.exists():
        pytest.skip("console script not installed in this environment")
    done = subprocess.run(
        [str(exe), "check"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and "Meetings held" in done.stdout


def test_an_unforeseen_os_error_is_one_escaped_line(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file system refusal no command handles exits 2 with one line, its path escaped."""

    def refuse(url: str, **_: object) -> None:
        raise PermissionError(13, "Permission denied", "events/\x1b[31ma.jsonl")

    monkeypatch.setattr("cischronicle.store.open_store", refuse)
    code, out, err = run(capsys, "check", EVENTS)
    assert code == 2 and out == ""
    assert err == "cischronicle: error: events/\\x1b[31ma.jsonl: Permission denied\n"
