"""The HTML report in a real browser: headless Chromium renders the seed chronicle's report.

Skipped, with the reason, where no Chromium binary is found (``.ci/run`` installs Debian's
``chromium``; ``CISCHRONICLE_CHROMIUM`` may name another binary).  Nothing is fetched from
the network: the page needs nothing, and host resolution is turned off for the browser.
With ``CISCHRONICLE_UPDATE_SCREENSHOT=1`` the screenshot is also saved as
``docs/report-screenshot.png`` (the one ``docs/report.md`` shows).
"""

from __future__ import annotations

import os
import re
import shutil
import struct
import subprocess
import zlib
from pathlib import Path

import pytest

from cischronicle.cli import load_view
from cischronicle.report.html import render_html
from cischronicle.report.text import date_text, place_text

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "report-screenshot.png"
_CANDIDATES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")


def _chromium() -> str | None:
    named = os.environ.get("CISCHRONICLE_CHROMIUM")
    if named:
        return shutil.which(named) or (named if Path(named).is_file() else None)
    return next((found for name in _CANDIDATES if (found := shutil.which(name))), None)


CHROMIUM = _chromium()
pytestmark = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no Chromium binary on PATH (apt-get install chromium, or set CISCHRONICLE_CHROMIUM)",
)


def _browse(page: Path, profile: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    """Run headless Chromium on a local page with a fresh profile and no network."""
    assert CHROMIUM is not None
    command = [
        CHROMIUM,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP * ~NOTFOUND",
        f"--user-data-dir={profile}",
        "--enable-logging=stderr",
        "--v=0",
        *args,
        page.as_uri(),
    ]
    return subprocess.run(command, capture_output=True, timeout=120, check=False)


def _console(stderr: bytes) -> list[str]:
    """The console messages Chromium logged (a page without script should have none)."""
    return [line for line in stderr.decode(errors="replace").splitlines() if ":CONSOLE" in line]


def _png_pixels(data: bytes) -> tuple[int, int, list[bytes]]:
    """Width, height and the rows of pixels of an 8-bit RGB or RGBA PNG (stdlib only)."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    pos, idat, header = 8, b"", b""
    while pos < len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind, body = data[pos + 4 : pos + 8], data[pos + 8 : pos + 8 + length]
        if kind == b"IHDR":
            header = body
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    assert depth == 8 and colour in (2, 6) and interlace == 0, "unexpected PNG layout"
    step = 3 if colour == 2 else 4
    raw, stride = zlib.decompress(idat), width * step
    rows: list[bytes] = []
    previous = bytearray(stride)
    for y in range(height):
        kind, line = (
            raw[y * (stride + 1)],
            bytearray(raw[y * (stride + 1) + 1 : (y + 1) * (stride + 1)]),
        )
        for i in range(stride):
            left = line[i - step] if i >= step else 0
            up, corner = previous[i], previous[i - step] if i >= step else 0
            if kind == 1:
                line[i] = (line[i] + left) & 255
            elif kind == 2:
                line[i] = (line[i] + up) & 255
            elif kind == 3:
                line[i] = (line[i] + (left + up) // 2) & 255
            elif kind == 4:
                p = left + up - corner
                pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
                pred = left if pa <= pb and pa <= pc else up if pb <= pc else corner
                line[i] = (line[i] + pred) & 255
        rows.append(
            bytes(line if step == 3 else b"".join(line[i : i + 3] for i in range(0, stride, 4)))
        )
        previous = line
    return width, height, rows


@pytest.fixture(scope="module")
def seed_report(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed chronicle's report, written to a temporary file."""
    page = tmp_path_factory.mktemp("report") / "report.html"
    page.write_text(render_html(load_view(str(ROOT / "events"), None)), encoding="utf-8")
    return page


def test_screenshot_is_not_blank_and_console_is_quiet(seed_report: Path, tmp_path: Path) -> None:
    """The report renders to a screenshot with content, and the console logs nothing."""
    shot = tmp_path / "report.png"
    done = _browse(
        seed_report, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1200,1600"
    )
    assert shot.is_file(), done.stderr.decode(errors="replace")[-2000:]
    assert _console(done.stderr) == []
    width, height, rows = _png_pixels(shot.read_bytes())
    assert (width, height) == (1200, 1600)
    pixels = [row[i : i + 3] for row in rows[::4] for i in range(0, len(row), 12)]
    colours = set(pixels)
    inked = sum(1 for p in pixels if p != b"\xff\xff\xff") / len(pixels)
    assert len(colours) > 50, "the screenshot is nearly uniform"
    assert 0.03 < inked < 0.9, f"{inked:.0%} of the screenshot is not white"
    if os.environ.get("CISCHRONICLE_UPDATE_SCREENSHOT") == "1":
        SCREENSHOT.write_bytes(shot.read_bytes())


def test_console_errors_are_caught(tmp_path: Path) -> None:
    """The console check sees an error when a page has one (it is not vacuous)."""
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>console.error('boom'); missingFunction();</script>")
    done = _browse(page, tmp_path / "profile", "--dump-dom")
    messages = _console(done.stderr)
    assert any("boom" in m for m in messages) and any("missingFunction" in m for m in messages)


def test_dom_has_every_seed_meeting_and_verdict(seed_report: Path, tmp_path: Path) -> None:
    """The rendered DOM has a row for each seed meeting, with its date, place and verdict."""
    done = _browse(seed_report, tmp_path / "profile", "--dump-dom")
    dom = done.stdout.decode()
    assert "</html>" in dom and _console(done.stderr) == []
    view = load_view(str(ROOT / "events"), None)
    assert view.entries
    for entry in view.entries:
        row = re.search(rf'<tr id="{entry.anchor}"[^>]*>(.*?)</tr>', dom, re.S)
        assert row is not None, entry.key
        assert date_text(entry.date) in row.group(1) and place_text(entry.place) in row.group(1)
        assert f'data-kind="{entry.kind}"' in row.group(0)
        if entry.verdict is not None:
            assert f'data-verdict="{entry.verdict}"' in row.group(0)
            assert f">{entry.verdict}</span>" in row.group(1)
    marks = re.findall(r'<g class="mark mark-(\w+)"', dom)
    assert len(marks) == len(view.of_kind("held")) + len(view.of_kind("scheduled"))
