"""The HTML report: one self-contained page (inline CSS and SVG, no script, no network).

:func:`render_html` writes a :class:`~cischronicle.report.view.ChronicleView` as a page with
a timeline per body (years on one axis; held meetings as dots, scheduled ones as rings
coloured by verdict, an arrow from each announcement to what became of it), a table of every
meeting (quotes one click away in ``<details>``) and the findings (conflicting sources side by
side).  The template is Jinja2 with autoescaping on: article text is untrusted, and every
value reaches the page escaped.  :func:`timeline_layout` is the geometry of the timeline,
kept apart from the markup so it can be tested as numbers.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from typing import Any

import attrs
import jinja2

from ..checks import Finding
from ..projections import Report
from ..values import Date, DateRange, PartialDate
from .text import (
    LEGEND,
    body_text,
    date_text,
    finding_texts,
    new_dates_text,
    place_text,
    plural,
    sources_text,
)
from .view import VERDICTS, ChronicleView, Entry

__all__ = [
    "VERDICT_COLOURS",
    "Arrow",
    "Lane",
    "Mark",
    "Tick",
    "TimelineLayout",
    "render_html",
    "timeline_layout",
]

VERDICT_COLOURS: dict[str, str] = {
    "held": "#2e7d32",
    "moved": "#e65100",
    "postponed": "#6a1b9a",
    "cancelled": "#c62828",
    "pending": "#1565c0",
    "unconfirmed": "#8d6e00",
}
"""The colour of each verdict of a scheduled meeting (ring, arrow and badge)."""

_HELD_COLOUR = "#263238"

WIDTH = 1000
"""Width of the timeline's drawing, in SVG user units."""

_MARGIN = 24
_LANE = 104  # height of one body's lane
_TOP = 34  # room above the first lane for the year labels
_BASE = 62  # the lane's baseline, below its top
_BAND = 190  # width of the year-unknown band, when there is one


@attrs.frozen
class Tick:
    """A year on the axis: where it starts and its label."""

    x: float
    label: str


@attrs.frozen
class Lane:
    """One body's strip of the timeline."""

    top: float
    baseline: float
    name: str


@attrs.frozen
class Mark:
    """A meeting drawn on the timeline: a dot (held) or a ring (scheduled), and its label.

    ``span`` is the stretch of days the date may be (month, year, range), drawn as a bar;
    ``colour`` is the verdict's; ``ghost`` marks a new date a postponed meeting went to.
    """

    x: float
    y: float
    shape: str
    colour: str
    label: str
    label_y: float
    title: str
    anchor: str
    span: tuple[float, float] | None = None
    ghost: bool = False


@attrs.frozen
class Arrow:
    """An arrow from an announced meeting to what became of it."""

    path: str
    colour: str
    title: str
    verdict: str


@attrs.frozen
class TimelineLayout:
    """The geometry of the timeline: size, axis, lanes, marks and arrows."""

    width: float
    height: float
    plot: tuple[float, float]
    band: tuple[float, float] | None
    ticks: tuple[Tick, ...]
    lanes: tuple[Lane, ...]
    marks: tuple[Mark, ...]
    arrows: tuple[Arrow, ...]


class _Scale:
    """Days to x: known years on the axis, dates of unknown year in a band at the right."""

    def __init__(self, years: Sequence[int], band: bool) -> None:
        right = WIDTH - _MARGIN - (_BAND + _MARGIN if band else 0)
        self.plot = (float(_MARGIN), float(right))
        self.band = (right + _MARGIN, WIDTH - _MARGIN) if band else None
        self.first = _dt.date(min(years), 1, 1) if years else None
        last = _dt.date(max(years) + 1, 1, 1) if years else None
        self.days = (last - self.first).days if last and self.first else 1

    def day(self, day: _dt.date) -> float:
        assert self.first is not None
        left, right = self.plot
        return left + (right - left) * (day - self.first).days / self.days

    def doy(self, month: int, day: int | None) -> float:
        assert self.band is not None
        left, right = self.band
        doy = (_dt.date(2000, month, day or 15) - _dt.date(2000, 1, 1)).days
        return left + 8 + (right - left - 16) * doy / 365

    def span(self, date: Date | None) -> tuple[float, tuple[float, float] | None] | None:
        """The x of a date and the stretch it may cover; ``None`` when it cannot be placed."""
        if date is None:
            if self.band is None:
                return None
            return (self.band[0] + self.band[1]) / 2, None
        first, last = date.earliest(), date.latest()
        if first is not None and last is not None:
            if self.first is None:
                return None
            a, b = self.day(first), self.day(last + _dt.timedelta(days=1))
            return (a + b) / 2, None if date.precision == "day" else (a, b)
        if self.band is None:
            return None
        start = date.start if isinstance(date, DateRange) else date
        end = date.end if isinstance(date, DateRange) else date
        assert isinstance(start, PartialDate) and start.month is not None
        assert isinstance(end, PartialDate) and end.month is not None
        if start.day is not None and start == end:
            return self.doy(start.month, start.day), None
        a = self.doy(start.month, start.day or 1)
        b = self.doy(end.month, end.day or 28)
        return (a + b) / 2, (min(a, b), max(a, b))


def _years(view: ChronicleView) -> list[int]:
    years: list[int] = []
    for entry in view.entries:
        for date in (entry.date, *entry.new_dates):
            if date is not None and date.year_known:
                first, last = date.earliest(), date.latest()
                assert first is not None and last is not None
                years += [first.year, last.year]
    return years


def _needs_band(view: ChronicleView) -> bool:
    return any(e.date is None or not e.date.year_known for e in view.entries)


def _drawn(view: ChronicleView) -> list[Entry]:
    """Held and scheduled meetings, and the postponed or cancelled ones no announcement explains."""
    explained = {
        event_id
        for entry in view.of_kind("scheduled")
        if entry.finding is not None
        for event_id in entry.finding.evidence
    }
    return [
        e
        for e in view.entries
        if e.kind in ("held", "scheduled")
        or not any(r.event_id in explained for r in e.meeting.reports)
    ]


def _title(entry: Entry) -> str:
    status = entry.status
    if entry.kind == "postponed" or entry.verdict == "postponed":
        status += new_dates_text(entry.new_dates)
    return (
        f"{body_text(entry.body)}: {place_text(entry.place)}, {date_text(entry.date)}"
        f" ({status}; {plural(len(entry.sources), 'source')})"
    )


def _label(entry: Entry) -> str:
    place = entry.place
    return place.city or ("online" if place.online else place.country or "?")


def timeline_layout(view: ChronicleView) -> TimelineLayout:
    """Where everything of the timeline goes: one lane per body, years left to right."""
    scale = _Scale(_years(view), _needs_band(view))
    lanes: list[Lane] = []
    lane_of: dict[str, Lane] = {}
    for n, body in enumerate(view.bodies):
        top = _TOP + n * _LANE
        lane = Lane(top, top + _BASE, body_text(body))
        lanes.append(lane)
        lane_of[body.value] = lane
    marks: list[Mark] = []
    where: dict[str, tuple[float, float]] = {}
    placed: dict[str, list[float]] = {}
    for entry in sorted(_drawn(view), key=lambda e: (e.body.value, e.sort_key())):
        pos = scale.span(entry.date)
        if pos is None:
            continue
        x, span = pos
        lane = lane_of[entry.body.value]
        xs = placed.setdefault(entry.body.value, [])
        # Labels of marks close together alternate above and below the line.
        near = sum(1 for other in xs if abs(other - x) < 70)
        xs.append(x)
        label_y = lane.baseline - 14 if near % 2 == 0 else lane.baseline + 26
        if entry.kind == "held":
            shape, colour = "dot", _HELD_COLOUR
        elif entry.kind == "scheduled":
            shape, colour = "ring", VERDICT_COLOURS.get(entry.verdict or "", "#555")
        else:
            shape, colour = entry.kind, VERDICT_COLOURS[entry.kind]
        where[entry.key] = (x, lane.baseline)
        marks.append(
            Mark(
                x,
                lane.baseline,
                shape,
                colour,
                _label(entry),
                label_y,
                _title(entry),
                entry.anchor,
                span,
            )
        )
    arrows: list[Arrow] = []
    for entry in view.of_kind("scheduled"):
        if entry.key not in where:
            continue
        x1, y = where[entry.key]
        colour = VERDICT_COLOURS.get(entry.verdict or "", "#555")
        target: tuple[float, float] | None = None
        if entry.outcome is not None and entry.outcome in where:
            target = where[entry.outcome]
        elif entry.verdict == "postponed" and entry.new_dates:
            pos = scale.span(entry.new_dates[0])
            if pos is not None:
                target = (pos[0], y)
                label = "to " + date_text(entry.new_dates[0])
                marks.append(
                    Mark(
                        pos[0],
                        y,
                        "ring",
                        colour,
                        label,
                        y + 26,
                        f"{_title(entry)}: new date",
                        entry.anchor,
                        pos[1],
                        ghost=True,
                    )
                )
        if target is None:
            continue
        x2 = target[0]
        lift = 34 if abs(x2 - x1) > 12 else 26
        spread = 0 if abs(x2 - x1) > 12 else 14
        path = (
            f"M {x1:.1f} {y - 8:.1f} C {x1 - spread:.1f} {y - lift:.1f}"
            f" {x2 + spread:.1f} {y - lift:.1f} {x2:.1f} {y - 9:.1f}"
        )
        verdict = entry.verdict or "pending"
        arrows.append(Arrow(path, colour, f"{_title(entry)}: {verdict}", verdict))
    ticks: list[Tick] = []
    if scale.first is not None:
        end_year = scale.first.year + round(scale.days / 365.25)  # the axis ends 1 January
        step = max(1, (end_year - scale.first.year) // 12)
        for year in range(scale.first.year, end_year, step):
            ticks.append(Tick(scale.day(_dt.date(year, 1, 1)), str(year)))
        ticks.append(Tick(scale.plot[1], ""))
    height = _TOP + _LANE * max(1, len(lanes)) + 8
    return TimelineLayout(
        float(WIDTH),
        float(height),
        scale.plot,
        scale.band,
        tuple(ticks),
        tuple(lanes),
        tuple(marks),
        tuple(arrows),
    )


def _sides(view: ChronicleView, finding: Finding) -> list[tuple[str, list[Report]]]:
    """The evidence of a finding grouped by what it says (place and date), in order."""
    sides: dict[str, list[Report]] = {}
    for report in view.evidence(finding):
        said = f"{place_text(report.ref.place)}, {date_text(report.ref.date)}"
        sides.setdefault(said, []).append(report)
    return list(sides.items())


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.PackageLoader("cischronicle.report", "templates"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_html(view: ChronicleView, *, title: str = "CIS meetings: the chronicle") -> str:
    """The report of ``view`` as one self-contained HTML page (every value escaped)."""
    template = _environment().get_template("report.html.j2")
    counts = {v: sum(1 for e in view.of_kind("scheduled") if e.verdict == v) for v in VERDICTS}
    context: dict[str, Any] = {
        "title": title,
        "as_of_text": (
            "No dated article"
            if view.as_of is None
            else f"As of {date_text(PartialDate.from_date(view.as_of))}"
        ),
        "view": view,
        "layout": timeline_layout(view),
        "legend": LEGEND,
        "colours": VERDICT_COLOURS,
        "held_colour": _HELD_COLOUR,
        "verdict_counts": {v: n for v, n in counts.items() if n},
        "held": view.of_kind("held"),
        "scheduled": view.of_kind("scheduled"),
        "date_text": date_text,
        "place_text": place_text,
        "body_text": body_text,
        "plural": plural,
        "sources_text": sources_text,
        "new_dates_text": new_dates_text,
        "findings": list(zip(view.findings, finding_texts(view), strict=True)),
        "sides": lambda f: _sides(view, f),
        "published": lambda a: _published(view, a),
    }
    return template.render(context)


def _published(view: ChronicleView, article: str) -> str:
    """The publication date of an article in words, or ``date not known``."""
    for info in view.articles:
        if info.article == article and info.published is not None:
            return date_text(PartialDate.from_date(info.published))
    return "date not known"
