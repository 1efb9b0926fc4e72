"""docs/report.md cannot rot: its commands run, its shown output is real, its code runs."""

from __future__ import annotations

import contextlib
import io
import os
import re
import shlex
from pathlib import Path

import pytest

from cischronicle.cli import main
from cischronicle.report.export import CSV_COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "report.md"
BLOCK = re.compile(r"(?P<before>[^\n]*)\n```(?P<lang>\w*)\n(?P<code>.*?)\n```", re.S)


def blocks(lang: str) -> list[tuple[str, str]]:
    """The doc's fenced ``lang`` blocks, each with the line before it (its caption)."""
    return [(m["before"], m["code"]) for m in BLOCK.finditer(DOC.read_text()) if m["lang"] == lang]


def _run(argv: list[str]) -> tuple[int, str]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(argv)
    return code, out.getvalue()


def test_the_commands_shown_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every command of the doc's sh block runs on the seeds and writes what it names."""
    os.symlink(ROOT / "events", tmp_path / "events")
    monkeypatch.chdir(tmp_path)
    ((_, code),) = blocks("sh")
    lines = code.splitlines()
    assert len(lines) >= 6
    for line in lines:
        argv = shlex.split(line)
        assert argv[0] == "cischronicle"
        status, _ = _run(argv[1:])
        assert status == 0, line
        for flag in ("--html", "--output"):
            if flag in argv:
                assert (tmp_path / argv[argv.index(flag) + 1]).stat().st_size > 0, line


def test_the_check_output_shown_is_real(monkeypatch: pytest.MonkeyPatch) -> None:
    """The check output the doc shows is what check prints for the seeds."""
    monkeypatch.chdir(ROOT)
    (shown,) = [code for before, code in blocks("text") if "cischronicle check" in before]
    status, printed = _run(["check", "events/"])
    assert status == 0 and printed == shown + "\n"


def test_the_csv_header_shown_is_the_columns() -> None:
    """The CSV header the doc shows is CSV_COLUMNS, and the column table names each one."""
    (shown,) = [code for before, code in blocks("text") if "CSV_COLUMNS" in before]
    assert shown == ",".join(CSV_COLUMNS)
    table = DOC.read_text()
    for column in CSV_COLUMNS:
        assert f"`{column}`" in table, column


def test_the_python_block_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    """The library example runs on the seeds and prints each scheduled meeting's verdict."""
    monkeypatch.chdir(ROOT)
    ((_, code),) = blocks("python")
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, str(DOC), "exec"), {"__name__": "docs_report"})
    assert out.getvalue().count("\n") == 4 and "unconfirmed" in out.getvalue()


def test_the_screenshot_shown_is_committed() -> None:
    """The screenshot the doc shows is a PNG in docs/."""
    (name,) = re.findall(r"!\[[^\]]*\]\(([^)]+)\)", DOC.read_text())
    assert (DOC.parent / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
