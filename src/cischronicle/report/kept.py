"""The text ``cischronicle check`` prints, kept with a checkpoint and brought up to date.

:func:`~cischronicle.report.text.check_text` words every meeting and finding of a view at
each call: at 1e5 events, building the view and wording it cost more than everything else a
resumed ``check`` does.  A :class:`KeptCheckText` keeps each meeting's line and each
scheduled meeting's finding line, worded once, in the order ``check_text`` prints them.
After a fold it words again only the meetings the fold made, joined or took apart, the
scheduled meetings the checks judged again, and those whose wording reads a meeting that
changed (the held meeting a plan became, the postponements it was put off by); printing is
then a join of kept lines.  The verdicts no report decides (pending or unconfirmed,
:meth:`~cischronicle.checks.CheckedState.finding`) are worded at every print, as they depend
on the knowledge date that every new article may move; the findings of the checks over every
report are kept up to date by :class:`~cischronicle.checks.CheckedState` and only joined.

The text always equals ``check_text(build_view(state, findings=...))`` over the same state
(a property test folds random chronicles and compares them).
"""

from __future__ import annotations

import bisect
import datetime as _dt
from collections.abc import Iterable

import attrs

from ..checks import CheckedState, Finding
from ..consistency import inconsistencies
from ..projections import Changes, ChronicleState, Meeting, MeetingRegistry
from ..values import Date
from .text import (
    check_head,
    entry_columns,
    finding_line,
    open_detail,
    plural,
    scheduled_detail,
    scheduled_heading,
    section_heading,
    sources_text,
    status_text,
)
from .view import KINDS, Entry, Kind, new_dates

__all__ = ["CheckText", "KeptCheckText"]

_SortKey = tuple[int, _dt.date, str]

# One meeting, worded: its sort key, its three columns, its status (None: an open verdict,
# worded at each print), its sources, its finding's line (for an open verdict, the line's
# heading), and the date an open verdict's wording reads.
_Row = tuple[_SortKey, str, str, str, "str | None", str, "str | None", "Date | None"]

@attrs.frozen
class CheckText:
    """What ``check`` prints, and the findings worded at this print, which decide its exit.

    ``worded`` are the verdicts no report decides (pending, unconfirmed) and the findings
    of the checks over every report: all the findings that
    :func:`~cischronicle.consistency.inconsistencies` can count, strict or not (a scheduled
    meeting's verdict that reports decide, held, moved, postponed or cancelled, never is).
    """

    text: str
    worded: tuple[Finding, ...]


class KeptCheckText:
    """The lines of ``check``'s text over a state, kept up to date as the state grows."""

    __slots__ = ("_dependents", "_deps", "_lines", "_order", "_padded", "_rows", "_widths")

    def __init__(self) -> None:
        """Nothing worded yet (see :meth:`of`)."""
        self._rows: dict[str, dict[str, _Row]] = {kind: {} for kind in KINDS}
        self._order: dict[str, list[_SortKey]] = {kind: [] for kind in KINDS}
        # How many meetings have a column of each width: the widest sets the padding.
        self._widths: tuple[dict[int, int], ...] = ({}, {}, {})
        # Padded lines of decided meetings, for the widths in _padded.
        self._lines: dict[tuple[str, str], str] = {}
        self._padded: tuple[int, int, int] = (0, 0, 0)
        # Scheduled meetings whose wording reads a held or postponed meeting, both ways.
        self._deps: dict[str, tuple[tuple[str, str], ...]] = {}
        self._dependents: dict[tuple[str, str], set[str]] = {}

    @classmethod
    def of(cls, state: ChronicleState, checked: CheckedState) -> KeptCheckText:
        """Word every meeting of ``state``, with the findings ``checked`` keeps."""
        kept = cls()
        for kind in KINDS:
            for meeting in _registry(state, kind).by_date():
                kept._add(state, checked, kind, meeting)
        return kept

    def update(
        self,
        state: ChronicleState,
        checked: CheckedState,
        changes: Changes,
        judged: Iterable[str],
    ) -> None:
        """Word again what the fold that noted ``changes`` changed (``judged``: re-judged)."""
        if changes.everything:
            fresh = KeptCheckText.of(state, checked)
            for name in self.__slots__:
                setattr(self, name, getattr(fresh, name))
            return
        stale: dict[str, set[str]] = {kind: set() for kind in KINDS}
        for kind, key in changes.keys:
            if kind in stale:
                stale[kind].add(key)
                stale["scheduled"] |= self._dependents.get((kind, key), set())
        stale["scheduled"].update(judged)
        for kind in KINDS:
            registry = _registry(state, kind)
            for key in stale[kind]:
                self._remove(kind, key)
                meeting = registry.get(key)
                if meeting is not None:
                    self._add(state, checked, kind, meeting)

    def _add(
        self, state: ChronicleState, checked: CheckedState, kind: Kind, meeting: Meeting
    ) -> None:
        key = meeting.key
        finding: Finding | None = None
        if kind == "scheduled":
            entry, deps = _scheduled_entry(state, checked, meeting)
            finding = entry.finding
            if deps:
                self._deps[key] = deps
                for dep in deps:
                    self._dependents.setdefault(dep, set()).add(key)
        elif kind == "postponed":
            entry = Entry(kind, meeting, new_dates=new_dates([meeting]))
        else:
            entry = Entry(kind, meeting)
        columns = entry_columns(entry)
        status: str | None = None if kind == "held" else status_text(entry)
        line: str | None = None
        if finding is not None:
            if checked.is_open(key):
                status, line = None, scheduled_heading(entry)
            else:
                held = None if entry.outcome is None else state.held.get(entry.outcome)
                outcome = None if held is None else Entry("held", held)
                text = scheduled_detail(entry, outcome, None)
                line = finding_line(finding, scheduled_heading(entry) + text)
        if status is not None:
            status = status.removeprefix("scheduled: ")
        sort_key = meeting.sort_key()
        row: _Row = (sort_key, *columns, status, sources_text(meeting.sources), line,
                     meeting.date)
        self._rows[kind][key] = row
        bisect.insort(self._order[kind], sort_key)
        for counts, column in zip(self._widths, columns, strict=True):
            counts[len(column)] = counts.get(len(column), 0) + 1

    def _remove(self, kind: str, key: str) -> None:
        row = self._rows[kind].pop(key, None)
        if row is None:
            return
        order = self._order[kind]
        del order[bisect.bisect_left(order, row[0])]
        for counts, column in zip(self._widths, row[1:4], strict=True):
            left = counts[len(column)] - 1
            if left:
                counts[len(column)] = left
            else:
                del counts[len(column)]
        self._lines.pop((kind, key), None)
        for dep in self._deps.pop(key, ()) if kind == "scheduled" else ():
            dependents = self._dependents[dep]
            dependents.discard(key)
            if not dependents:
                del self._dependents[dep]

    def text(self, state: ChronicleState, checked: CheckedState) -> CheckText:
        """What ``check`` prints over ``state`` (the state this was kept up to date with)."""
        today = state.latest_published()
        widths = (
            max(self._widths[0], default=0),
            max(self._widths[1], default=0),
            max(self._widths[2], default=0),
        )
        if widths != self._padded:
            self._lines.clear()  # a new widest column: every line is padded again
            self._padded = widths
        wide_date, wide_place, wide_body = widths
        lines_of = self._lines
        out = check_head(today, len(state.articles))
        found: list[str] = []
        worded: list[Finding] = []
        for kind in KINDS:
            rows, order = self._rows[kind], self._order[kind]
            out += ["", section_heading(kind, len(order))]
            if not order:
                continue
            for sort_key in order:
                key = sort_key[2]
                row = rows[key]
                _, date, place, body, status, sources, heading, dated = row
                if status is None and kind == "scheduled":  # open: worded as of today
                    finding = checked.finding(key, today)
                    worded.append(finding)
                    assert heading is not None
                    detail = open_detail(finding.verdict, dated, today)
                    found.append(finding_line(finding, heading + detail))
                    out.append(
                        f"  {date:<{wide_date}}  {place:<{wide_place}}  {body:<{wide_body}}"
                        f"  {finding.verdict}  {sources}"
                    )
                    continue
                line = lines_of.get((kind, key))
                if line is None:
                    extra = "" if status is None else f"  {status}"
                    line = lines_of[(kind, key)] = (
                        f"  {date:<{wide_date}}  {place:<{wide_place}}  {body:<{wide_body}}"
                        f"{extra}  {sources}"
                    )
                if heading is not None:
                    found.append(heading)
                out.append(line)
        others = checked.reports_findings()
        found += [finding_line(f, f"{f.check}: {f.message}") for f in others]
        count = len(self._order["scheduled"]) + len(others)
        bad = inconsistencies(others)
        out += ["", "Findings:" if count else "Findings: none", *found]
        out += ["", f"{plural(count, 'finding')}, {len(bad)} inconsistent"]
        return CheckText("\n".join(out) + "\n", (*worded, *others))


def _registry(state: ChronicleState, kind: str) -> MeetingRegistry:
    """The registry of the meetings of one kind."""
    registries = {
        "held": state.held,
        "scheduled": state.scheduled,
        "postponed": state.postponed,
        "cancelled": state.cancelled,
    }
    return registries[kind]


def _scheduled_entry(
    state: ChronicleState, checked: CheckedState, meeting: Meeting
) -> tuple[Entry, tuple[tuple[str, str], ...]]:
    """A scheduled meeting's entry as :func:`build_view` makes it, and the meetings it reads.

    The held meeting a plan became is the one holding the first report of its finding's
    evidence that is a report of a meeting held; the dates it was put off to, those of the
    postponements in its evidence.  Both are among the meetings its check looked at.
    """
    finding = checked.finding(meeting.key, None)
    evidence = finding.evidence
    deps: list[tuple[str, str]] = []
    outcome = None
    put_off: tuple[Date, ...] = ()
    if finding.verdict in ("held", "moved"):
        held_of = {
            r.event_id: m.key for m in _held_looked_at(state, meeting) for r in m.reports
        }
        outcome = next((held_of[i] for i in evidence if i in held_of), None)
        if outcome is not None:
            deps.append(("held", outcome))
    elif finding.verdict == "postponed":
        ids = set(evidence)
        put = [
            m
            for m in state.postponed.compatible(meeting.ref)
            if any(r.event_id in ids for r in m.reports)
        ]
        put_off = new_dates(put)
        deps.extend(("postponed", m.key) for m in put)
    entry = Entry(
        "scheduled",
        meeting,
        verdict=finding.verdict,
        finding=finding,
        outcome=outcome,
        new_dates=put_off,
    )
    return entry, tuple(deps)


def _held_looked_at(state: ChronicleState, meeting: Meeting) -> list[Meeting]:
    """The held meetings a scheduled one's check reads: compatible, or of the years around."""
    found = list(state.held.compatible(meeting.ref))
    date = meeting.date
    first = None if date is None else date.earliest()
    last = None if date is None else date.latest()
    if first is not None and last is not None:
        found += state.held.in_years(meeting.body, first.year - 1, last.year + 1)
    return found
