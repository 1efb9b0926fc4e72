"""What a reader is shown: every meeting the chronicle knows, with its verdict and decisions.

:func:`build_view` gathers a projected state and the findings of its checks into one
:class:`ChronicleView`: the meetings held, scheduled, postponed and cancelled as
:class:`Entry` values in date order, each scheduled meeting with the verdict of the
``scheduled-meeting-took-place`` check and, where it was held or moved, the held meeting it
became.  The text, JSON, HTML and export forms are all made from this one view, so they
always show the same things.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterable, Sequence
from typing import Literal

import attrs

from ..checks import Finding, run_checks
from ..projections import ArticleInfo, ChronicleState, Decision, Meeting, Report
from ..values import Body, Date, Place

__all__ = [
    "KINDS",
    "SCHEDULE_CHECK",
    "VERDICTS",
    "ChronicleView",
    "Entry",
    "Kind",
    "build_view",
    "new_dates",
]

Kind = Literal["held", "scheduled", "postponed", "cancelled"]
"""What the sources say of a meeting: it was held, is scheduled, was postponed or cancelled."""

KINDS: tuple[Kind, ...] = ("held", "scheduled", "postponed", "cancelled")
"""Every kind, in the order a view lists meetings of the same date."""

VERDICTS: tuple[str, ...] = ("held", "moved", "postponed", "cancelled", "pending", "unconfirmed")
"""The verdicts a scheduled meeting can have (see ``docs/checks.md``)."""

SCHEDULE_CHECK = "scheduled-meeting-took-place"
"""The check whose findings give scheduled meetings their verdicts."""

_KIND_ORDER = {kind: n for n, kind in enumerate(KINDS)}
_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


@attrs.frozen
class Entry:
    """One meeting as a reader sees it: kind, merged meeting, verdict, outcome and decisions.

    ``verdict`` and ``finding`` are set for scheduled meetings; ``outcome`` is the key of the
    held meeting a scheduled one became (verdicts ``held`` and ``moved``); ``new_dates`` are
    the dates a postponed meeting was put off to, as far as sources say.
    """

    kind: Kind
    meeting: Meeting
    verdict: str | None = None
    finding: Finding | None = None
    outcome: str | None = None
    new_dates: tuple[Date, ...] = ()
    decisions: tuple[Decision, ...] = ()

    @property
    def key(self) -> str:
        """The meeting's key (the event id of its first report); unique across kinds."""
        return self.meeting.key

    @property
    def anchor(self) -> str:
        """An HTML id for the meeting: its key with every character but ``[A-Za-z0-9_-]`` dashed."""
        return "m-" + _UNSAFE.sub("-", self.meeting.key)

    @property
    def body(self) -> Body:
        """The body that meets."""
        return self.meeting.body

    @property
    def place(self) -> Place:
        """Where, as far as all its reports agree."""
        return self.meeting.place

    @property
    def date(self) -> Date | None:
        """When, as far as all its reports agree."""
        return self.meeting.date

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the articles that report it, sorted."""
        return self.meeting.sources

    @property
    def status(self) -> str:
        """The kind, or the verdict of a scheduled meeting (``scheduled: pending``)."""
        if self.kind == "scheduled" and self.verdict is not None:
            return f"scheduled: {self.verdict}"
        return self.kind

    def sort_key(self) -> tuple[int, _dt.date, int, str]:
        """By date (undated and year-unknown last), then held before scheduled, then key."""
        rank, first, key = self.meeting.sort_key()
        return rank, first, _KIND_ORDER[self.kind], key


@attrs.frozen
class ChronicleView:
    """Everything a reader is shown of a chronicle as of its knowledge date."""

    as_of: _dt.date | None
    articles: tuple[ArticleInfo, ...]
    entries: tuple[Entry, ...]
    findings: tuple[Finding, ...]
    unplaced_decisions: tuple[Decision, ...]
    reports: dict[str, Report] = attrs.field(eq=False, repr=False)
    _by_key: dict[str, Entry] = attrs.field(eq=False, repr=False, init=False)

    def __attrs_post_init__(self) -> None:
        # Entries are looked up by key for every announcement's outcome: one dict, not a scan.
        object.__setattr__(self, "_by_key", {e.key: e for e in self.entries})

    def of_kind(self, kind: Kind) -> tuple[Entry, ...]:
        """The entries of one kind, in date order."""
        return tuple(e for e in self.entries if e.kind == kind)

    def entry(self, key: str) -> Entry | None:
        """The entry of a meeting key, if there is one."""
        return self._by_key.get(key)

    @property
    def bodies(self) -> tuple[Body, ...]:
        """The bodies that have a meeting in the view, in the vocabulary's order."""
        present = {e.body for e in self.entries}
        return tuple(b for b in Body if b in present)

    @property
    def inconsistent(self) -> tuple[Finding, ...]:
        """The findings that say sources are inconsistent."""
        return tuple(f for f in self.findings if f.inconsistent)

    def evidence(self, finding: Finding) -> tuple[Report, ...]:
        """The reports a finding rests on (the ones still in the state), in its order."""
        return tuple(self.reports[i] for i in finding.evidence if i in self.reports)


def new_dates(meetings: Iterable[Meeting]) -> tuple[Date, ...]:
    """The dates the reports of ``meetings`` put a meeting off to, each once, sorted."""
    seen: dict[str, Date] = {}
    for meeting in meetings:
        for report in meeting.reports:
            if report.new_date is not None:
                seen.setdefault(report.new_date.isoformat(), report.new_date)
    return tuple(seen[k] for k in sorted(seen))


def build_view(
    state: ChronicleState,
    *,
    as_of: _dt.date | None = None,
    findings: Sequence[Finding] | None = None,
) -> ChronicleView:
    """The view of ``state``: every meeting with its verdict, decisions and the findings.

    ``as_of`` is the knowledge date (default: the latest publication date in the state);
    ``findings`` are the checks' findings, run here when not given.
    """
    knowledge = as_of if as_of is not None else state.latest_published()
    found = tuple(run_checks(state, as_of=knowledge) if findings is None else findings)
    held = state.meetings()
    held_of = {r.event_id: m.key for m in held for r in m.reports}
    postponed_of = {r.event_id: m for m in state.postponed.meetings() for r in m.reports}
    # Each scheduled meeting's finding names the meeting's own reports first in its evidence.
    verdict_of: dict[str, Finding] = {}
    for each in found:
        if each.check == SCHEDULE_CHECK:
            for event_id in each.evidence:
                verdict_of.setdefault(event_id, each)
    decisions = state.decisions_by_meeting()
    held_keys = {m.key for m in held}

    entries: list[Entry] = [Entry("held", m, decisions=decisions.get(m.key, ())) for m in held]
    for meeting in state.schedule():
        finding: Finding | None = next(
            (verdict_of[r.event_id] for r in meeting.reports if r.event_id in verdict_of), None
        )
        outcome = None
        put_off: tuple[Date, ...] = ()
        if finding is not None and finding.verdict in ("held", "moved"):
            outcome = next((held_of[i] for i in finding.evidence if i in held_of), None)
        if finding is not None and finding.verdict == "postponed":
            put_off = new_dates(postponed_of[i] for i in finding.evidence if i in postponed_of)
        entries.append(
            Entry(
                "scheduled",
                meeting,
                verdict=None if finding is None else finding.verdict,
                finding=finding,
                outcome=outcome,
                new_dates=put_off,
            )
        )
    for meeting in state.postponed.meetings():
        entries.append(Entry("postponed", meeting, new_dates=new_dates([meeting])))
    entries.extend(Entry("cancelled", m) for m in state.cancelled.meetings())
    entries.sort(key=Entry.sort_key)

    reports: dict[str, Report] = {}
    for registry in (state.held, state.scheduled, state.postponed, state.cancelled):
        for report in registry.reports():
            reports[report.event_id] = report
    for report in state.decided.reports():
        reports.setdefault(report.event_id, report)
    unplaced = tuple(d for key, group in decisions.items() if key not in held_keys for d in group)
    articles = tuple(sorted(state.articles.values(), key=lambda a: a.article))
    return ChronicleView(knowledge, articles, tuple(entries), found, unplaced, reports)
