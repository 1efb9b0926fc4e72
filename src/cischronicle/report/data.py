"""Plain-data forms of a view: ``check --json``, ``timeline --json`` and JSON lines.

A meeting keeps its wire form (``body``, ``city``, ``country``, ``date``, ``online``, as in
the logs) and gains what a reader needs: ``kind``, ``body_name``, ``date_text``,
``place_text``, every source, and for a scheduled meeting its ``verdict``.  Nothing is
folded here: every source and report is listed.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..checks import Finding
from ..codec import converter
from ..events import MeetingRef
from ..projections import ArticleInfo, Decision, Report
from .text import LEGEND, date_text, place_text
from .view import ChronicleView, Entry

__all__ = [
    "article_data",
    "check_data",
    "decision_data",
    "entry_data",
    "finding_data",
    "meeting_data",
    "state_lines",
    "timeline_data",
]


def meeting_data(ref: MeetingRef) -> dict[str, Any]:
    """A meeting in its wire form (as in the logs) with its body, date and place in words."""
    data: dict[str, Any] = converter.unstructure(ref, MeetingRef)
    data["body_name"] = ref.body.title
    data["date_text"] = date_text(ref.date)
    data["place_text"] = place_text(ref.place)
    return data


def _report_data(report: Report) -> dict[str, Any]:
    data: dict[str, Any] = {
        "event": report.event_id,
        "article": report.article,
        "published": None if report.published is None else report.published.isoformat(),
        "quote": report.quote,
    }
    if report.new_date is not None:
        data["new_date"] = report.new_date.isoformat()
    return data


def decision_data(decision: Decision) -> dict[str, Any]:
    """A decision: its event, article, summary, quote and the meeting that adopted it."""
    return {
        "event": decision.event_id,
        "article": decision.article,
        "summary": decision.summary,
        "quote": decision.quote,
        "meeting": meeting_data(decision.ref),
    }


def entry_data(entry: Entry, *, reports: bool = False) -> dict[str, Any]:
    """One meeting of a view; with ``reports``, every report's quote and the decisions too."""
    data = meeting_data(entry.meeting.ref)
    data["kind"] = entry.kind
    data["key"] = entry.key
    data["sources"] = list(entry.sources)
    data["events"] = [r.event_id for r in entry.meeting.reports]
    if entry.kind == "scheduled":
        data["verdict"] = entry.verdict
        data["outcome"] = entry.outcome
    if entry.kind == "postponed" or entry.verdict == "postponed":
        data["new_dates"] = [d.isoformat() for d in entry.new_dates]
        data["new_dates_text"] = [date_text(d) for d in entry.new_dates]
    if reports:
        data["reports"] = [_report_data(r) for r in entry.meeting.reports]
        data["decisions"] = [decision_data(d) for d in entry.decisions]
    return data


def finding_data(finding: Finding) -> dict[str, Any]:
    """A finding: check, verdict, message, meeting, evidence and whether it is inconsistent."""
    return {
        "check": finding.check,
        "verdict": finding.verdict,
        "message": finding.message,
        "inconsistent": finding.inconsistent,
        "meeting": meeting_data(finding.meeting),
        "evidence": list(finding.evidence),
    }


def article_data(article: ArticleInfo) -> dict[str, Any]:
    """An article the chronicle records: id, publication date, title, URL and language."""
    return {
        "article": article.article,
        "published": None if article.published is None else article.published.isoformat(),
        "title": article.title,
        "url": article.url,
        "language": article.language,
    }


def _as_of(view: ChronicleView) -> str | None:
    return None if view.as_of is None else view.as_of.isoformat()


def check_data(view: ChronicleView) -> dict[str, Any]:
    """What ``check --json`` prints: meetings by kind (every source) and every finding."""
    return {
        "as_of": _as_of(view),
        "legend": LEGEND,
        "articles": len(view.articles),
        "meetings": [entry_data(e) for e in view.of_kind("held")],
        "scheduled": [entry_data(e) for e in view.of_kind("scheduled")],
        "postponed": [entry_data(e) for e in view.of_kind("postponed")],
        "cancelled": [entry_data(e) for e in view.of_kind("cancelled")],
        "findings": [finding_data(f) for f in view.findings],
        "inconsistent": len(view.inconsistent),
    }


def timeline_data(view: ChronicleView) -> dict[str, Any]:
    """What ``timeline --json`` prints: every meeting in date order with reports and decisions."""
    return {
        "as_of": _as_of(view),
        "legend": LEGEND,
        "timeline": [entry_data(e, reports=True) for e in view.entries],
        "unplaced_decisions": [decision_data(d) for d in view.unplaced_decisions],
    }


def state_lines(view: ChronicleView) -> Iterator[dict[str, Any]]:
    """The projected state as records, one per JSON line (``export --format jsonl``).

    First a ``chronicle`` record (``as_of``, counts), then one ``article`` record per
    article, one ``meeting`` per meeting of every kind (with reports and decisions), one
    ``decision`` per decision whose meeting is not identified, and one ``finding`` per
    finding.  Every record has a ``record`` field naming its type.
    """
    yield {
        "record": "chronicle",
        "as_of": _as_of(view),
        "articles": len(view.articles),
        "meetings": len(view.entries),
        "findings": len(view.findings),
    }
    for article in view.articles:
        yield {"record": "article", **article_data(article)}
    for entry in view.entries:
        yield {"record": "meeting", **entry_data(entry, reports=True)}
    for decision in view.unplaced_decisions:
        yield {"record": "decision", **decision_data(decision)}
    for finding in view.findings:
        yield {"record": "finding", **finding_data(finding)}
