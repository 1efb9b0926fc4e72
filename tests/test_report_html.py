"""The HTML report: self-contained, escaped, complete, and its timeline's geometry."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from chronicles import SCRIPT_QUOTE, write_postponed_store
from cischronicle import JsonlLog, project
from cischronicle.cli import load_view
from cischronicle.report import build_view
from cischronicle.report.html import WIDTH, render_html, timeline_layout
from helpers import held, recorded, run, scheduled

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture
def store(tmp_path: Path) -> str:
    """The postponed-meeting chronicle on disk."""
    return str(write_postponed_store(tmp_path / "events"))


def test_untrusted_quotes_are_escaped(store: str) -> None:
    """A quote holding <script> reaches the page as text, never as markup."""
    page = render_html(load_view(store, None))
    assert "<script" not in page and "<b>more</b>" not in page
    assert "&lt;script&gt;alert(&#39;owned&#39;)&lt;/script&gt;" in page
    assert "a &lt;script&gt; in a summary" in page
    assert SCRIPT_QUOTE not in page


def test_page_is_self_contained() -> None:
    """No script, stylesheet link, image or URL to fetch: only the SVG namespace names a URL."""
    page = render_html(load_view(str(ROOT / "events"), None))
    assert re.findall(r"https?://[^\s\"'<>)]+", page) == ["http://www.w3.org/2000/svg"]
    assert not re.search(r"<(script|link|img|iframe)\b|@import|src=", page)
    assert '<meta name="viewport"' in page


def test_page_has_every_meeting_verdict_and_finding() -> None:
    """Each meeting has a row with its verdict, and each finding is listed."""
    view = load_view(str(ROOT / "events"), None)
    page = render_html(view)
    for entry in view.entries:
        assert f'id="{entry.anchor}"' in page
        assert f'data-verdict="{entry.verdict or ""}"' in page
    assert page.count('<li class="finding') == len(view.findings) == 4


def test_postponed_meeting_is_in_the_report(store: str) -> None:
    """The postponed Tashkent session has its row, its new date and an arrow to it."""
    view = load_view(store, None)
    page = render_html(view)
    assert page.count('data-kind="postponed"') == 1
    assert "postponed</span> to June 2024" in page
    layout = timeline_layout(view)
    (arrow,) = layout.arrows
    assert arrow.verdict == "postponed"
    start, end = (float(n) for n in re.findall(r"[\d.]+", arrow.path)[::6][:2])
    assert end > start  # April to June: the arrow points forward in time
    ghosts = [m for m in layout.marks if m.ghost]
    assert len(ghosts) == 1 and ghosts[0].label == "to June 2024"


def test_rendering_is_deterministic() -> None:
    """The same chronicle gives the same page, byte for byte (no clock, no random ids)."""
    view = load_view(str(ROOT / "events"), None)
    assert render_html(view) == render_html(load_view(str(ROOT / "events"), None))


def test_timeline_places_known_years_on_the_axis_and_unknown_in_the_band() -> None:
    """Marks with a year sit on the axis, year-unknown ones in the band at the right."""
    layout = timeline_layout(load_view(str(ROOT / "events"), None))
    assert layout.band is not None
    assert [t.label for t in layout.ticks if t.label] == ["2023", "2024", "2025"]
    for mark in layout.marks:
        assert 0 < mark.x < WIDTH
    in_band = [m for m in layout.marks if layout.band[0] <= m.x <= layout.band[1]]
    assert sorted(m.label for m in in_band) == ["Ashgabat", "Ashgabat"]
    assert len(layout.lanes) == 3


def test_conflicting_sources_are_shown_side_by_side(tmp_path: Path) -> None:
    """A city-differs finding shows what each source said in its own column."""
    for article, city in (("a", "Minsk"), ("b", "Kazan")):
        JsonlLog(tmp_path / f"{article}.jsonl").append(
            [recorded(article, "2024-05-01"), held(article, "cis-cfm", city, "2024-04-12")]
        )
    view = load_view(str(tmp_path), None)
    page = render_html(view)
    assert 'data-verdict="city-differs"' in page
    sides = re.findall(r'<div class="side"><h4>(.*?)</h4>', page)
    assert sorted(sides) == ["Kazan, RU, 12 April 2024", "Minsk, BY, 12 April 2024"]
    assert page.count('<li class="finding inconsistent"') == 1 and "(1 inconsistent)" in page


def test_empty_chronicle_renders(tmp_path: Path) -> None:
    """A chronicle with no meetings still makes a valid page that says so."""
    page = render_html(build_view(project([])))
    assert "No dated article" in page and "No findings." in page


def test_report_command_writes_the_page(
    store: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Report --html writes the page and says how much it holds."""
    out_file = tmp_path / "out.html"
    code, out, err = run(capsys, "report", store, "--html", str(out_file))
    assert code == 0 and err == ""
    assert "5 meetings, 2 findings" in out
    assert out_file.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")


@pytest.mark.parametrize("target", ["no/such/dir/out.html", "."])
def test_report_to_an_unwritable_place_exits_2(
    store: str, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An output that cannot be written is one line on stderr and exit 2."""
    code, _, err = run(capsys, "report", store, "--html", str(tmp_path / target))
    assert code == 2 and err.count("\n") == 1 and err.startswith("cischronicle: error:")


def test_report_of_a_missing_store_exits_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A store that does not exist is one line on stderr and exit 2, and nothing is written."""
    out_file = tmp_path / "out.html"
    code, _, err = run(capsys, "report", str(tmp_path / "nope"), "--html", str(out_file))
    assert code == 2 and "no such folder" in err and err.count("\n") == 1
    assert not out_file.exists()


def test_arrows_lead_from_announcements_to_what_became_of_them(tmp_path: Path) -> None:
    """A scheduled meeting held as planned, and one held elsewhere, each get an arrow."""
    JsonlLog(tmp_path / "a.jsonl").append(
        [
            recorded("a", "2023-10-12"),
            scheduled("a", "cis-cfm", "Minsk", "2024-04-12"),
            scheduled("a", "cis-chs", "Minsk", "2024-05-10", n=1),
        ]
    )
    JsonlLog(tmp_path / "b.jsonl").append(
        [
            recorded("b", "2024-06-01"),
            held("b", "cis-cfm", "Minsk", "2024-04-12"),
            held("b", "cis-chs", "Kazan", "2024-06-01", n=1),
        ]
    )
    view = load_view(str(tmp_path), None)
    verdicts = {e.body.value: (e.verdict, e.outcome) for e in view.of_kind("scheduled")}
    held_keys = {e.body.value: e.key for e in view.of_kind("held")}
    assert verdicts == {
        "cis-cfm": ("held", held_keys["cis-cfm"]),
        "cis-chs": ("moved", held_keys["cis-chs"]),
    }
    layout = timeline_layout(view)
    assert sorted(a.verdict for a in layout.arrows) == ["held", "moved"]
    page = render_html(view)
    assert "met instead: 1 June 2024, Kazan, RU" in page
