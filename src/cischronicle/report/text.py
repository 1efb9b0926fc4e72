"""Words for people: dates, places, bodies and counts; the ``check`` and ``timeline`` text.

Every function returns text and prints nothing (the CLI prints).  Dates are written as the
sources give them, no more precisely: ``11 April 2025``, ``April 2025``, ``2024``,
``10 October, year unknown``.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import textwrap
from collections.abc import Sequence

from ..checks import INCONSISTENT_VERDICTS, Finding
from ..values import Body, Date, DateRange, PartialDate, Place
from .view import ChronicleView, Entry, Kind

__all__ = [
    "FOLD_SOURCES",
    "LEGEND",
    "SECTION_TITLES",
    "WIDTH",
    "body_text",
    "check_head",
    "check_text",
    "date_text",
    "due_detail",
    "entry_columns",
    "finding_line",
    "finding_texts",
    "legend_lines",
    "new_dates_text",
    "open_detail",
    "place_text",
    "plural",
    "scheduled_detail",
    "scheduled_heading",
    "section_heading",
    "sources_text",
    "status_text",
    "timeline_text",
    "verdict_line",
]

LEGEND = (
    "Legend: dates as sources give them (a month or year alone if that is all they say);"
    " verdicts of scheduled meetings: held, moved, postponed, cancelled, pending (not due yet),"
    " unconfirmed (due, no report either way); ! sources disagree."
)
"""The legend printed above ``check`` and ``timeline`` text (wrapped to :data:`WIDTH`)."""

WIDTH = 100
"""Prose lines of the text output are wrapped to this many characters."""

FOLD_SOURCES = 3
"""More sources than this are folded to a count and the first (``--json`` lists them all)."""

_YEAR_UNKNOWN = ", year unknown"


def _partial_text(date: PartialDate) -> str:
    parts: list[str] = []
    if date.day is not None:
        parts.append(str(date.day))
    if date.month is not None:
        parts.append(calendar.month_name[date.month])
    if date.year is not None:
        parts.append(str(date.year))
        return " ".join(parts)
    return " ".join(parts) + _YEAR_UNKNOWN


def date_text(date: Date | None) -> str:
    """A date in words at the precision known (``10 October, year unknown``; ``date unknown``)."""
    if date is None:
        return "date unknown"
    if isinstance(date, DateRange):
        start, end = _partial_text(date.start), _partial_text(date.end)
        if date.year_known:
            return f"{start} to {end}"
        return f"{start.removesuffix(_YEAR_UNKNOWN)} to {end}"
    return _partial_text(date)


def place_text(place: Place) -> str:
    """Where: ``Almaty, KZ``, ``KZ``, ``online`` or ``place unknown``."""
    return "place unknown" if not place.known else str(place)


def body_text(body: Body) -> str:
    """The body in words with its slug: ``CIS Council of Foreign Ministers (cis-cfm)``."""
    return f"{body.title} ({body.value})"


def plural(count: int, noun: str, plural_form: str | None = None) -> str:
    """``1 finding``, ``2 findings``, ``0 findings`` (``plural_form`` for irregular nouns)."""
    if count == 1:
        return f"1 {noun}"
    return f"{count} {plural_form or noun + 's'}"


def sources_text(sources: Sequence[str]) -> str:
    """Sources, folded when long: ``3 sources: a, b, c``; ``400 sources: a and 399 more``."""
    count = plural(len(sources), "source")
    if not sources:
        return "no source"
    if len(sources) <= FOLD_SOURCES:
        return f"{count}: {', '.join(sources)}"
    return f"{count}: {sources[0]} and {len(sources) - 1} more"


def new_dates_text(dates: Sequence[Date]) -> str:
    """Where a postponed meeting went: `` to 12 May 2025`` or `` (new date unknown)``."""
    if not dates:
        return " (new date unknown)"
    return " to " + " or ".join(date_text(d) for d in dates)


def status_text(entry: Entry) -> str:
    """An entry's status: ``held``, ``scheduled: pending``, ``postponed to 12 May 2025``."""
    if entry.kind == "scheduled":
        verdict = entry.verdict or "no verdict"
        if entry.verdict == "postponed":
            return f"scheduled: postponed{new_dates_text(entry.new_dates)}"
        return f"scheduled: {verdict}"
    if entry.kind == "postponed":
        return f"postponed{new_dates_text(entry.new_dates)}"
    return entry.kind


class _Columns:
    """Widths that line up the date, place and body of every entry of a view."""

    def __init__(self, entries: Sequence[Entry]) -> None:
        self.date = max((len(date_text(e.date)) for e in entries), default=0)
        self.place = max((len(place_text(e.place)) for e in entries), default=0)
        self.body = max((len(body_text(e.body)) for e in entries), default=0)

    def line(self, entry: Entry) -> str:
        return (
            f"{date_text(entry.date):<{self.date}}  {place_text(entry.place):<{self.place}}"
            f"  {body_text(entry.body):<{self.body}}"
        )


def _at(place: Place) -> str:
    """``in Almaty, KZ``; ``online``."""
    return "online" if place.online else f"in {place_text(place)}"


def scheduled_detail(entry: Entry, outcome: Entry | None, as_of: _dt.date | None) -> str:
    """Why a scheduled meeting has its verdict, in words.

    ``outcome`` is the entry of the held meeting it became (``entry.outcome``), ``as_of``
    the knowledge date of the view.
    """
    verdict = entry.verdict
    if verdict == "held":
        if outcome is None:
            return "held (a decision adopted there says so)"
        return f"held: {date_text(outcome.date)}, {place_text(outcome.place)}"
    if verdict == "moved" and outcome is not None:
        return f"did not take place as planned; the body met {_at(outcome.place)}" + (
            f" on {date_text(outcome.date)} instead"
        )
    if verdict == "postponed":
        return "postponed" + new_dates_text(entry.new_dates)
    return open_detail(verdict, entry.date, as_of)


def open_detail(verdict: str | None, date: Date | None, as_of: _dt.date | None) -> str:
    """Why a scheduled meeting dated ``date`` that no report decides is open, in words."""
    if verdict == "pending":
        if date is None:
            return "no date given"
        if not date.year_known:
            return "its year is unknown"
    return due_detail(verdict, as_of)


def due_detail(verdict: str | None, as_of: _dt.date | None) -> str:
    """Why a scheduled meeting of a known year that no report decides is open, in words."""
    if verdict == "pending":
        return f"not due as of {'no knowledge date' if as_of is None else as_of.isoformat()}"
    if verdict == "unconfirmed" and as_of is not None:
        return f"was due by {as_of}; no report says whether it took place"
    return verdict or "no verdict"


def scheduled_heading(entry: Entry) -> str:
    """The start of a scheduled meeting's finding in words: ``12 May 2025, Minsk, BY, X: ``."""
    return f"{date_text(entry.date)}, {place_text(entry.place)}, {entry.body.title}: "


def finding_line(finding: Finding, text: str) -> str:
    """One line of ``check``'s findings: a mark for inconsistent ones, the verdict, the text."""
    return verdict_line(finding.verdict, text)


def verdict_line(verdict: str, text: str) -> str:
    """The line of :func:`finding_line` for a finding with ``verdict``."""
    mark = "!" if verdict in INCONSISTENT_VERDICTS else " "
    return f" {mark}{verdict:<12} {text}"


def entry_columns(entry: Entry) -> tuple[str, str, str]:
    """The date, place and body of an entry in words: the columns of ``check``'s lines."""
    return date_text(entry.date), place_text(entry.place), body_text(entry.body)


def finding_texts(view: ChronicleView) -> list[str]:
    """Each finding of ``view`` in words: for a scheduled meeting, which one and why."""
    of_finding = {id(e.finding): e for e in view.of_kind("scheduled") if e.finding is not None}
    texts = []
    for finding in view.findings:
        entry = of_finding.get(id(finding))
        if entry is None:
            texts.append(f"{finding.check}: {finding.message}")
        else:
            outcome = None if entry.outcome is None else view.entry(entry.outcome)
            texts.append(
                f"{scheduled_heading(entry)}{scheduled_detail(entry, outcome, view.as_of)}"
            )
    return texts


def _finding_lines(view: ChronicleView) -> list[str]:
    return [
        finding_line(finding, text)
        for finding, text in zip(view.findings, finding_texts(view), strict=True)
    ]


def legend_lines() -> list[str]:
    """The legend above ``check`` and ``timeline`` text, wrapped to :data:`WIDTH`."""
    return textwrap.wrap(LEGEND, WIDTH, subsequent_indent="  ")


SECTION_TITLES: dict[Kind, str] = {
    "held": "Meetings held",
    "scheduled": "Meetings scheduled",
    "postponed": "Meetings postponed",
    "cancelled": "Meetings cancelled",
}
"""The titles of ``check``'s sections, in the order it prints them."""


def check_head(as_of: _dt.date | None, articles: int) -> list[str]:
    """The first lines ``check`` prints: the day it speaks as of, the articles, the legend."""
    when = as_of.isoformat() if as_of else "no dated article"
    return [f"as of {when}: {plural(articles, 'article')}", *legend_lines()]


def section_heading(kind: Kind, count: int) -> str:
    """A section's heading line: "Meetings held (3):", or "...: none" when it is empty."""
    return f"{SECTION_TITLES[kind]} ({count}):" if count else f"{SECTION_TITLES[kind]}: none"


def check_text(view: ChronicleView) -> str:
    """What ``cischronicle check`` prints: every meeting by kind, then every finding."""
    columns = _Columns(view.entries)
    lines = check_head(view.as_of, len(view.articles))
    for kind in SECTION_TITLES:
        entries = view.of_kind(kind)
        lines += ["", section_heading(kind, len(entries))]
        if not entries:
            continue
        for entry in entries:
            extra = "" if kind == "held" else f"  {status_text(entry).removeprefix('scheduled: ')}"
            lines.append(f"  {columns.line(entry)}{extra}  {sources_text(entry.sources)}")
    lines += ["", "Findings:" if view.findings else "Findings: none"]
    lines += _finding_lines(view)
    bad = len(view.inconsistent)
    lines += ["", f"{plural(len(view.findings), 'finding')}, {bad} inconsistent"]
    return "\n".join(lines) + "\n"


def timeline_text(view: ChronicleView) -> str:
    """What ``cischronicle timeline`` prints: every meeting in date order, quotes and decisions."""
    columns = _Columns(view.entries)
    lines = [*legend_lines(), ""]
    for entry in view.entries:
        lines.append(f"{columns.line(entry)}  {status_text(entry)}")
        reports = entry.meeting.reports
        shown = reports if len(reports) <= FOLD_SOURCES else reports[:1]
        for report in shown:
            lines.append(f"    source {report.article}: {report.quote!r}")
        if len(shown) < len(reports):
            more = plural(len(reports) - len(shown), "more report")
            lines.append(
                f"    ... {more} from {plural(len(entry.sources), 'source')}"
                " (timeline --json lists them all)"
            )
        for decision in entry.decisions:
            lines.append(f"    decided: {decision.summary} ({decision.article})")
    if view.unplaced_decisions:
        lines.append("Decisions whose meeting is not identified:")
        for decision in view.unplaced_decisions:
            lines.append(
                f"    {body_text(decision.ref.body)}, {place_text(decision.ref.place)},"
                f" {date_text(decision.ref.date)}: {decision.summary} ({decision.article})"
            )
    return "\n".join(lines) + "\n"
