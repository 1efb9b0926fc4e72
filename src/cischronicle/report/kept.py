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
from collections.abc import Callable, Iterable, Iterator
from typing import cast

import attrs

from ..checks import SCHEDULED_CHECK, CheckedState, Finding, due_verdict
from ..consistency import STRICT_VERDICTS, inconsistencies
from ..projections import Changes, ChronicleState, Meeting, MeetingRegistry, Part
from ..values import Body, Date
from .text import (
    check_head,
    due_detail,
    entry_columns,
    finding_line,
    open_detail,
    plural,
    scheduled_detail,
    scheduled_heading,
    section_heading,
    sources_text,
    status_text,
    verdict_line,
)
from .view import KINDS, Entry, Kind, new_dates

__all__ = ["CheckText", "KeptCheckText"]

_SortKey = tuple[int, _dt.date, str]

# One meeting, worded: the sort string of its line (see _sort_string), its three columns,
# its status (None for a meeting held: no status column), its sources, and its body.
_Row = tuple[str, str, str, str, "str | None", str, Body]

# A scheduled meeting no report decides, worded at each print: its three columns, its
# sources, its finding's heading, the last day it may be on (None: no date or no known year),
# and why it is pending when that day is unknown (None when it is known).
_OpenRow = tuple[str, str, str, str, str, "_dt.date | None", "str | None"]

_KEY_AT = 11
"""Where a meeting's key starts in its sort string: after the flag and the ISO date."""


def _sort_string(key: _SortKey) -> str:
    """A meeting's sort key as a string that sorts as the key does: flag, ISO day, key.

    An ISO date has ten characters for every year a ``date`` can hold, so comparing the
    strings compares the flags, then the days, then the keys.
    """
    flag, day, name = key
    return f"{flag}{day.isoformat()}{name}"


@attrs.frozen
class CheckText:
    """What ``check`` prints, and what decides its exit.

    ``findings`` are the findings of the checks over every report (conflicting reports,
    meetings held after their publication), ``unconfirmed`` how many scheduled meetings no
    report decides were due by the knowledge date: with the verdicts that reports decide
    (held, moved, postponed, cancelled), which are never inconsistent, and those still
    pending, all that :func:`~cischronicle.consistency.inconsistencies` can count.
    """

    text: str
    findings: tuple[Finding, ...]
    unconfirmed: int = 0

    def inconsistent(self, *, strict: bool = False) -> bool:
        """Whether ``check`` exits 1: a finding says sources disagree.

        With ``strict``, also a scheduled meeting that was due and that no report decides.
        """
        if inconsistencies(self.findings, strict=strict):
            return True
        counted = STRICT_VERDICTS.get(SCHEDULED_CHECK, frozenset())
        return strict and self.unconfirmed > 0 and "unconfirmed" in counted


class KeptCheckText:
    """The lines of ``check``'s text over a state, kept up to date as the state grows.

    What is printed is kept as plain strings in the order printed: for each kind the sort
    string of every meeting and its padded line, and every scheduled meeting's finding line;
    a scheduled meeting no report decides is kept as what its line is worded from at each
    print.  Beside them, the rows the lines were worded from, which an update reads to take
    a meeting's line out and to pad the lines again.  Split in parts (:meth:`in_parts`), the
    printed strings are the shared part; a text joined from the shared part and some parts
    (:meth:`joined`) can update and print the lines of those parts' meetings.
    """

    __slots__ = (
        "_dependents",
        "_deps",
        "_found",
        "_keys",
        "_lines",
        "_open",
        "_padded",
        "_pending",
        "_rows",
        "_whole",
        "_widths",
    )

    def __init__(self) -> None:
        """Nothing worded yet (see :meth:`of`)."""
        self._rows: dict[str, dict[str, _Row]] = {kind: {} for kind in KINDS}
        # Printed, in order: the sort strings, the padded lines (None: worded at each print,
        # or padded at the next), the scheduled meetings' finding lines (None: worded).
        self._keys: dict[str, list[str]] = {kind: [] for kind in KINDS}
        self._lines: dict[str, list[str | None]] = {kind: [] for kind in KINDS}
        self._found: list[str | None] = []
        self._open: dict[str, _OpenRow] = {}
        # How many meetings have a column of each width: the widest sets the padding.
        self._widths: tuple[dict[int, int], ...] = ({}, {}, {})
        self._padded: tuple[int, int, int] = (0, 0, 0)
        self._pending: set[tuple[str, str]] = set()  # lines to pad at the next print
        self._whole = True  # every row is here (not some bodies' only)
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
        if status is not None:
            status = status.removeprefix("scheduled: ")
        sources = sources_text(meeting.sources)
        sort = _sort_string(meeting.sort_key())
        self._rows[kind][key] = (sort, *columns, status, sources, meeting.body)
        keys = self._keys[kind]
        at = bisect.bisect_left(keys, sort)
        keys.insert(at, sort)
        self._lines[kind].insert(at, None)
        for counts, column in zip(self._widths, columns, strict=True):
            counts[len(column)] = counts.get(len(column), 0) + 1
        if finding is None:
            self._pending.add((kind, key))
            return
        if checked.is_open(key):
            heading = scheduled_heading(entry)
            date = meeting.date
            latest = None if date is None else date.latest()
            fixed = None if latest is not None else open_detail("pending", date, None)
            self._open[key] = (*columns, sources, heading, latest, fixed)
            self._found.insert(at, None)
            return
        held = None if entry.outcome is None else state.held.get(entry.outcome)
        outcome = None if held is None else Entry("held", held)
        text = scheduled_detail(entry, outcome, None)
        self._found.insert(at, finding_line(finding, scheduled_heading(entry) + text))
        self._pending.add((kind, key))

    def _remove(self, kind: str, key: str) -> None:
        row = self._rows[kind].pop(key, None)
        if row is None:
            return
        keys = self._keys[kind]
        at = bisect.bisect_left(keys, row[0])
        del keys[at]
        del self._lines[kind][at]
        if kind == "scheduled":
            del self._found[at]
            self._open.pop(key, None)
        for counts, column in zip(self._widths, row[1:4], strict=True):
            left = counts[len(column)] - 1
            if left:
                counts[len(column)] = left
            else:
                del counts[len(column)]
        self._pending.discard((kind, key))
        for dep in self._deps.pop(key, ()) if kind == "scheduled" else ():
            dependents = self._dependents[dep]
            dependents.discard(key)
            if not dependents:
                del self._dependents[dep]

    def _widest(self) -> tuple[int, int, int]:
        return (
            max(self._widths[0], default=0),
            max(self._widths[1], default=0),
            max(self._widths[2], default=0),
        )

    def needs_all(self) -> bool:
        """Whether the next print pads every line again, from rows this text does not hold.

        Only a text joined from some bodies' parts can lack rows; a new widest column (a
        longer date, place or body than any before) pads every line again.
        """
        return not self._whole and self._widest() != self._padded

    def _settle(self) -> None:
        """Pad the lines still to pad: all of them, for a new widest column."""
        widths = self._widest()
        if widths != self._padded:
            if not self._whole:
                raise ValueError("a new widest column pads lines of parts not held")
            self._padded = widths
            self._pending = {(kind, key) for kind in KINDS for key in self._rows[kind]}
        for kind, key in self._pending:
            if kind == "scheduled" and key in self._open:
                continue
            row = self._rows[kind][key]
            at = bisect.bisect_left(self._keys[kind], row[0])
            self._lines[kind][at] = self._line(row)
        self._pending = set()

    def _line(self, row: _Row) -> str:
        _, date, place, body, status, sources, _ = row
        return self._padded_line(date, place, body, status, sources)

    def _padded_line(
        self, date: str, place: str, body: str, status: str | None, sources: str
    ) -> str:
        wd, wp, wb = self._padded  # the widths of the date, place and body columns
        extra = "" if status is None else f"  {status}"
        return f"  {date:<{wd}}  {place:<{wp}}  {body:<{wb}}{extra}  {sources}"

    def text(self, state: ChronicleState, checked: CheckedState) -> CheckText:
        """What ``check`` prints over ``state`` (the state this was kept up to date with)."""
        return self.printed(state.latest_published(), len(state.articles), checked)

    def printed(self, today: _dt.date | None, articles: int, checked: CheckedState) -> CheckText:
        """What ``check`` prints as of ``today`` over a chronicle of ``articles`` articles.

        ``checked`` gives the findings over every report; the rest is kept here.  Only the
        scheduled meetings no report decides are worded: their verdict, and the knowledge
        date their finding names, move with ``today``.
        """
        self._settle()
        out = check_head(today, articles)
        found: list[str | None] = []
        unconfirmed = 0
        details = {verdict: due_detail(verdict, today) for verdict in ("pending", "unconfirmed")}
        for kind in KINDS:
            keys, lines = self._keys[kind], self._lines[kind]
            out += ["", section_heading(kind, len(keys))]
            if kind != "scheduled":
                out += cast("list[str]", lines)
                continue
            lines, found = list(lines), list(self._found)
            for at in _open_at(lines):
                date, place, body, sources, heading, latest, fixed = self._open[keys[at][_KEY_AT:]]
                verdict = due_verdict(latest, today)
                unconfirmed += verdict == "unconfirmed"
                lines[at] = self._padded_line(date, place, body, verdict, sources)
                found[at] = verdict_line(verdict, heading + (fixed or details[verdict]))
            out += cast("list[str]", lines)
        others = checked.reports_findings()
        count = len(self._keys["scheduled"]) + len(others)
        bad = inconsistencies(others)
        out += ["", "Findings:" if count else "Findings: none", *cast("list[str]", found)]
        out += [finding_line(f, f"{f.check}: {f.message}") for f in others]
        out += ["", f"{plural(count, 'finding')}, {len(bad)} inconsistent"]
        return CheckText("\n".join(out) + "\n", others, unconfirmed)

    def in_parts(
        self, where: Callable[[tuple[str, str]], Part]
    ) -> tuple[KeptCheckText, dict[Part, KeptCheckText]]:
        """The text in parts: the printed lines, and the rows of each part of the state.

        ``where`` gives the part of the state a meeting is in, by its kind and key
        (:attr:`~cischronicle.projections.StateParts.meetings`).  Lines still to pad are
        padded first.  A scheduled meeting's wording reads meetings its check looked at,
        of its own body; a part keeps, beside its rows, which of its scheduled meetings
        read which meeting, so that a change of that meeting words them again when their
        part is loaded (``cischronicle.resume`` says which parts are).  :meth:`joined`
        puts parts together.
        """
        self._settle()
        common = KeptCheckText()
        for name in ("_keys", "_lines", "_found", "_open", "_widths", "_padded"):
            setattr(common, name, getattr(self, name))
        parts: dict[Part, KeptCheckText] = {}
        for kind in KINDS:
            for key, row in self._rows[kind].items():
                parts.setdefault(where((kind, key)), KeptCheckText())._rows[kind][key] = row
        for key, deps in self._deps.items():
            parts[where(("scheduled", key))]._deps[key] = deps
        for dep, dependents in self._dependents.items():
            for key in dependents:
                part = parts[where(("scheduled", key))]
                part._dependents.setdefault(dep, set()).add(key)
        return common, parts

    @classmethod
    def joined(
        cls, common: KeptCheckText, parts: list[KeptCheckText], *, whole: bool
    ) -> KeptCheckText:
        """The text of ``common`` and ``parts`` (different ones), from :meth:`in_parts`.

        ``whole``: the parts are every part (else only the rows of theirs are held).
        """
        kept = cls()
        for name in ("_keys", "_lines", "_found", "_open", "_widths", "_padded"):
            setattr(kept, name, getattr(common, name))
        kept._whole = whole
        dependents = kept._dependents
        for part in parts:
            for kind in KINDS:
                kept._rows[kind].update(part._rows[kind])
            kept._deps.update(part._deps)
            for dep, keys in part._dependents.items():
                found = dependents.get(dep)
                if found is None:
                    dependents[dep] = set(keys)
                else:
                    found.update(keys)
        return kept


def _open_at(lines: list[str | None]) -> Iterator[int]:
    """Where the lines worded at each print are (``None`` among the kept lines), in order."""
    at = -1
    while True:
        try:
            at = lines.index(None, at + 1)
        except ValueError:
            return
        yield at


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
