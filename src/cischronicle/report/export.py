"""Exports of a view: CSV for spreadsheets, iCalendar for calendars, JSON lines for programs.

- :func:`export_csv`: one row per meeting (of every kind) and one per decision, with the
  columns of :data:`CSV_COLUMNS` (documented in ``docs/report.md``).
- :func:`export_ics`: the meetings held and scheduled as all-day events at the precision the
  sources give: a day is one day; a month, a year or a range is one event over all of its
  days (``X-CISCHRONICLE-PRECISION`` says which, and the summary says "day not known");
  a postponed meeting's new date, when known, is one more tentative event.  Dates with an
  unknown year, and meetings with no date, cannot be put in a calendar and are left out.
- :func:`export_jsonl`: the projected state as JSON lines (see
  :func:`cischronicle.report.data.state_lines`).

Each returns the whole text (or bytes) before anything is written, so a failed export
writes nothing.
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
from collections.abc import Callable, Iterator

import icalendar
import orjson

from ..errors import UsageError
from ..projections import Decision
from ..values import Date
from .data import state_lines
from .text import date_text, place_text, plural
from .view import ChronicleView, Entry

__all__ = [
    "CSV_COLUMNS",
    "FORMATS",
    "export",
    "export_csv",
    "export_ics",
    "export_jsonl",
]

CSV_COLUMNS: tuple[str, ...] = (
    "record",
    "kind",
    "key",
    "body",
    "body_name",
    "date",
    "date_text",
    "first_day",
    "last_day",
    "city",
    "country",
    "online",
    "verdict",
    "new_dates",
    "outcome",
    "source_count",
    "sources",
    "decision",
    "decision_article",
    "quote",
)
"""The CSV columns, in order (``docs/report.md`` says what each holds)."""

_STATUS = {
    "held": "CONFIRMED",
    "pending": "TENTATIVE",
    "unconfirmed": "TENTATIVE",
    "moved": "CANCELLED",
    "postponed": "CANCELLED",
    "cancelled": "CANCELLED",
}


def _day(day: _dt.date | None) -> str:
    return "" if day is None else day.isoformat()


def _date_cells(date: Date | None) -> dict[str, str]:
    return {
        "date": "" if date is None else date.isoformat(),
        "date_text": date_text(date),
        "first_day": _day(None if date is None else date.earliest()),
        "last_day": _day(None if date is None else date.latest()),
    }


def _meeting_row(entry: Entry) -> dict[str, str]:
    place = entry.place
    return {
        "record": "meeting",
        "kind": entry.kind,
        "key": entry.key,
        "body": entry.body.value,
        "body_name": entry.body.title,
        **_date_cells(entry.date),
        "city": place.city or "",
        "country": place.country or "",
        "online": "yes" if place.online else "no",
        "verdict": entry.verdict or "",
        "new_dates": ";".join(d.isoformat() for d in entry.new_dates),
        "outcome": entry.outcome or "",
        "source_count": str(len(entry.sources)),
        "sources": ";".join(entry.sources),
    }


def _decision_row(decision: Decision, key: str) -> dict[str, str]:
    ref = decision.ref
    return {
        "record": "decision",
        "kind": "held",
        "key": key,
        "body": ref.body.value,
        "body_name": ref.body.title,
        **_date_cells(ref.date),
        "city": ref.place.city or "",
        "country": ref.place.country or "",
        "online": "yes" if ref.place.online else "no",
        "source_count": "1",
        "sources": decision.article,
        "decision": decision.summary,
        "decision_article": decision.article,
        "quote": decision.quote,
    }


def export_csv(view: ChronicleView) -> str:
    """Meetings and decisions as CSV: a header of :data:`CSV_COLUMNS`, then one row each.

    A decision's ``key`` is the key of the held meeting that adopted it (empty when that
    meeting is not identified), so decisions join their meeting's row.
    """
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS, restval="")
    writer.writeheader()
    for entry in view.entries:
        writer.writerow(_meeting_row(entry))
        for decision in entry.decisions:
            writer.writerow(_decision_row(decision, entry.key))
    for decision in view.unplaced_decisions:
        writer.writerow(_decision_row(decision, ""))
    return out.getvalue()


def _stamp(view: ChronicleView) -> _dt.datetime:
    """DTSTAMP: the knowledge date at midnight UTC, so the same chronicle gives the same file."""
    day = view.as_of or _dt.date(1970, 1, 1)
    return _dt.datetime(day.year, day.month, day.day, tzinfo=_dt.UTC)


def _calendar_event(
    view: ChronicleView,
    entry: Entry,
    date: Date,
    *,
    uid: str,
    status: str,
    summary: str,
) -> icalendar.Event | None:
    first, last = date.earliest(), date.latest()
    if first is None or last is None:
        return None
    precision = date.precision
    if precision != "day":
        summary += " (day not known)"
    event = icalendar.Event()
    event.add("uid", uid)
    event.add("dtstamp", _stamp(view))
    event.add("dtstart", first)
    event.add("dtend", last + _dt.timedelta(days=1))  # all-day: the end is exclusive
    event.add("summary", summary)
    event.add("location", place_text(entry.place))
    event.add("status", status)
    event.add("categories", [entry.kind] + ([entry.verdict] if entry.verdict else []))
    event.add(
        "description",
        f"{date_text(date)} ({precision} precision). {entry.status}."
        f" {plural(len(entry.sources), 'source')}: {', '.join(entry.sources)}.",
    )
    event.add("x-cischronicle-precision", precision)
    event.add("x-cischronicle-kind", entry.kind)
    return event


def _calendar_events(view: ChronicleView) -> Iterator[icalendar.Event]:
    for entry in view.entries:
        if entry.kind not in ("held", "scheduled") or entry.date is None:
            continue
        name = f"{entry.body.title}, {place_text(entry.place)}"
        if entry.kind == "held":
            summary, status = name, "CONFIRMED"
        else:
            verdict = entry.verdict or "pending"
            summary, status = f"{name} (scheduled: {verdict})", _STATUS.get(verdict, "TENTATIVE")
        event = _calendar_event(
            view, entry, entry.date, uid=f"{entry.key}@cischronicle", status=status, summary=summary
        )
        if event is not None:
            yield event
        for n, new_date in enumerate(entry.new_dates if entry.kind == "scheduled" else ()):
            moved = _calendar_event(
                view,
                entry,
                new_date,
                uid=f"{entry.key}+{n}@cischronicle",
                status="TENTATIVE",
                summary=f"{name} (postponed from {date_text(entry.date)})",
            )
            if moved is not None:
                yield moved


def export_ics(view: ChronicleView) -> bytes:
    """The meetings held and scheduled as an iCalendar feed of all-day events (RFC 5545)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//cischronicle//CIS meetings//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "CIS meetings")
    for event in _calendar_events(view):
        calendar.add_component(event)
    data: bytes = calendar.to_ical()
    return data


def export_jsonl(view: ChronicleView) -> str:
    """The projected state as JSON lines, one record per line (see ``state_lines``)."""
    return "".join(orjson.dumps(record).decode() + "\n" for record in state_lines(view))


FORMATS: dict[str, Callable[[ChronicleView], str | bytes]] = {
    "csv": export_csv,
    "ics": export_ics,
    "jsonl": export_jsonl,
}
"""The export formats by name."""


def export(view: ChronicleView, format: str) -> bytes:
    """``view`` in the named format as bytes (UTF-8), or :class:`UsageError` for another name."""
    try:
        function = FORMATS[format]
    except KeyError:
        known = ", ".join(FORMATS)
        raise UsageError(f"unknown export format {format!r}; known: {known}") from None
    data = function(view)
    return data if isinstance(data, bytes) else data.encode("utf-8")
