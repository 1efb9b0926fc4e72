"""Consistency checks over projected state: findings, never exceptions.

Each check returns :class:`Finding` values that name the check, a verdict, a one-line message,
the meeting concerned and the ids of the events that support the verdict.

- ``scheduled-meeting-took-place``: for every scheduled meeting, one of ``held``, ``moved``,
  ``postponed``, ``cancelled``, ``pending`` or ``unconfirmed``; held only on informative
  reports (a date with a known year, or a place in news of the planned days).
- ``conflicting-reports``: reports from different articles of what must be the same meeting
  that disagree on its city (``city-differs``) or its day (``date-differs``).
- ``held-after-publication``: an article reports as held (or as having decided something) a
  meeting dated surely after the article's own publication (``after-publication``).

Uncertain evidence never makes a verdict: only dates and places that are known for certain
prove a meeting moved or two reports conflict.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import heapq
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

import attrs

from .events import MeetingRef
from .projections import (
    Changes,
    ChronicleState,
    Decision,
    Meeting,
    Part,
    Report,
    part_of,
    part_of_year,
)
from .values import Body, Date, PartialDate, Place, check_as_of

__all__ = [
    "CHECKS",
    "CONFLICT_WINDOW_DAYS",
    "HELD_NEWS_WINDOW_DAYS",
    "INCONSISTENT_VERDICTS",
    "MOVE_WINDOW_DAYS",
    "SCHEDULED_CHECK",
    "CheckedState",
    "Finding",
    "check_conflicting_reports",
    "check_held_after_publication",
    "check_scheduled_meetings",
    "due_finding",
    "due_verdict",
    "run_checks",
]

MOVE_WINDOW_DAYS = 92
"""A held meeting this close to a scheduled date, elsewhere or on another day, replaced it."""

HELD_NEWS_WINDOW_DAYS = 14
"""An undated report of a planned meeting held, naming its place, is evidence when its article
was published on a planned day or at most this many days after the last one (news of it)."""

CONFLICT_WINDOW_DAYS = 7
"""Two day-precise reports of a body's meeting in one city this close are the same meeting."""

INCONSISTENT_VERDICTS = frozenset({"city-differs", "date-differs", "after-publication"})
"""Verdicts that mean the sources are inconsistent (the CLI exits 1 when it finds one)."""


@attrs.frozen
class Finding:
    """One result of a check: its name, verdict, message, meeting and supporting events."""

    check: str
    verdict: str
    message: str
    meeting: MeetingRef
    evidence: tuple[str, ...]

    def __reduce__(self) -> tuple[type[Finding], tuple[object, ...]]:
        # Saved as a call of the class with its fields: a checkpoint loads faster so.
        return (Finding, (self.check, self.verdict, self.message, self.meeting, self.evidence))

    @property
    def inconsistent(self) -> bool:
        """Whether the verdict says the sources are inconsistent."""
        return self.verdict in INCONSISTENT_VERDICTS


def _day_of(date: Date | None) -> _dt.date | None:
    # Day precision is a day given; read without the precision property's call.
    if isinstance(date, PartialDate) and date.day is not None and date.year is not None:
        return date.earliest()
    return None


def _at(place: Place) -> str:
    """Where, as a phrase: ``in Almaty, KZ``, or ``online`` (never "in online")."""
    return "online" if place.online else f"in {place}"


def _describe(ref: MeetingRef) -> str:
    date = "no date" if ref.date is None else ref.date.isoformat()
    return f"{ref.body.value} {_at(ref.place)} ({date})"


def _ids(meetings: Iterable[Meeting]) -> tuple[str, ...]:
    return tuple(r.event_id for m in meetings for r in m.reports)


def _could_be(ref: MeetingRef, meeting: Meeting) -> bool:
    """``ref.compatible(meeting.ref)``, without building the meeting's ref."""
    if ref.body != meeting.body or not ref.place.compatible(meeting.place):
        return False
    return ref.date is None or meeting.date is None or ref.date.could_be_same_day(meeting.date)


def _measurable(date: Date | None) -> bool:
    return date is not None and date.year_known and date.precision in ("day", "month", "range")


def _held_near(state: ChronicleState, scheduled: Meeting) -> tuple[Meeting, ...]:
    if scheduled.date is None or not scheduled.date.year_known:
        return ()
    first, last = scheduled.date.earliest(), scheduled.date.latest()
    assert first is not None and last is not None
    return state.held.in_years(scheduled.body, first.year - 1, last.year + 1)


def _moved_to(scheduled: Meeting, held: Iterable[Meeting]) -> Meeting | None:
    """The held meeting that certainly replaced ``scheduled``, if there is exactly one."""
    announced = scheduled.announced
    if announced is None or not _measurable(scheduled.date):
        return None
    assert scheduled.date is not None
    first, last = scheduled.date.earliest(), scheduled.date.latest()
    assert first is not None and last is not None
    window = _dt.timedelta(days=MOVE_WINDOW_DAYS)
    ref = scheduled.ref
    found: list[Meeting] = []
    for meeting in held:
        if not _measurable(meeting.date) or _could_be(ref, meeting):
            continue
        assert meeting.date is not None
        m_first, m_last = meeting.date.earliest(), meeting.date.latest()
        assert m_first is not None and m_last is not None
        if m_first <= announced:  # not surely after the announcement
            continue
        if m_first < first - window or m_last > last + window:
            continue
        found.append(meeting)
    return found[0] if len(found) == 1 else None


_Evidence = tuple[Report, Date | None]
"""A report that a planned meeting was held, with the date it gives (its year resolved)."""


def _precise(date: Date) -> bool:
    """Dated to a day or a month (year known), or to a range of at most 31 days."""
    first, last = date.earliest(), date.latest()
    if first is None or last is None:
        return False
    if isinstance(date, PartialDate):
        return date.month is not None
    return (last - first).days < 31


def _news_soon_after(plan: Date | None, published: _dt.date | None) -> bool:
    """Whether an article published on ``published`` is news of the days planned."""
    if plan is None or published is None:
        return False
    first, last = plan.earliest(), plan.latest()
    if first is None or last is None:
        return False
    return first <= published <= last + _dt.timedelta(days=HELD_NEWS_WINDOW_DAYS)


_DAYS_SPAN = 7
"""The longest range a report may give to still name a plan's days (a meeting of some days)."""


def _to_the_days(date: Date) -> bool:
    """Whether a date names days: a day, or a range of at most :data:`_DAYS_SPAN` days."""
    if isinstance(date, PartialDate):
        return date.day is not None
    first, last = date.earliest(), date.latest()
    return first is not None and last is not None and (last - first).days < _DAYS_SPAN


def _held_evidence(
    state: ChronicleState, ref: MeetingRef, announced: _dt.date | None, meetings: Iterable[Meeting]
) -> tuple[list[_Evidence], list[_Evidence]]:
    """The reports in ``meetings`` that say the planned meeting ``ref`` was held.

    Each report is judged on what it states itself, a year-less date read against its
    article's publication (:meth:`ChronicleState.held_date`).  It is evidence when

    - its date has a known year, could be a planned day, and could be after the
      announcement: *precise* when dated to the day or month (:func:`_precise`), *vague*
      when only to the year or a longer range;
    - or it has no date, names a place (compatible with the plan), and its article was
      published on a planned day or at most :data:`HELD_NEWS_WINDOW_DAYS` after (and not
      before the announcement): vague.

    A report with no date and no place, or with a year-less date whose article has no
    publication date, is no evidence; nor, for a plan whose year is unknown, is a report
    dated only to a month or a year (it would fit that month of any year), only one dated to
    the day (:func:`_to_the_days`).  Returns the precise and the vague evidence.
    """
    plan = ref.date
    precise: list[_Evidence] = []
    vague: list[_Evidence] = []
    for meeting in meetings:
        for report in meeting.reports:
            place = report.ref.place
            if report.ref.body != ref.body or not place.compatible(ref.place):
                continue
            date = state.held_date(report)
            if date is not None:
                last = date.latest()
                if last is None:
                    continue  # year unknown: the report could be of any year
                if plan is not None and not plan.could_be_same_day(date):
                    continue  # its year, read from the article, is not the plan's
                if plan is not None and plan.latest() is None and not _to_the_days(date):
                    continue  # a plan of unknown year: only its very day tells which year
                if announced is not None and last < announced:
                    continue  # surely before the announcement: another meeting
                (precise if _precise(date) else vague).append((report, date))
            elif place.known:
                published = state.published(report.article)
                if _news_soon_after(plan, published) and (
                    announced is None or published is None or published >= announced
                ):
                    vague.append((report, None))
    return precise, vague


def _held_finding(
    state: ChronicleState, name: str, ref: MeetingRef, own: tuple[str, ...], found: list[_Evidence]
) -> Finding:
    said = []
    for report, date in found:
        when = (
            str(date)
            if date is not None
            else f"undated, in news of {state.published(report.article)}"
        )
        text = f"{report.ref.place} {when}"
        if text not in said:
            said.append(text)
    ids = own + tuple(report.event_id for report, _ in found)
    return Finding(name, "held", f"{_describe(ref)} was held: {', '.join(said)}", ref, ids)


def _judged(state: ChronicleState, scheduled: Meeting, name: str) -> Finding | None:
    """The verdict of a scheduled meeting on the reports, or ``None`` when none decides it.

    ``None`` leaves the verdict to the knowledge date (:func:`_due`): pending or unconfirmed.
    """
    ref = scheduled.ref
    own = _ids([scheduled])
    since = scheduled.announced
    precise, vague = _held_evidence(state, ref, since, state.held.compatible(ref))
    if not precise and state.decisions:
        # A decision adopted at the meeting says it was held, too.
        decided = _held_evidence(state, ref, since, state.decided.compatible(ref))
        precise, vague = decided[0], vague or decided[1]
    if precise:
        return _held_finding(state, name, ref, own, precise)
    cancelled = state.cancelled.compatible(ref)
    if cancelled:
        return Finding(
            name, "cancelled", f"{_describe(ref)} was cancelled", ref, own + _ids(cancelled)
        )
    postponed = state.postponed.compatible(ref)
    if postponed:
        new_dates = {
            r.new_date.isoformat() for m in postponed for r in m.reports if r.new_date is not None
        }
        to = f" to {', '.join(sorted(new_dates))}" if new_dates else ""
        return Finding(
            name, "postponed", f"{_describe(ref)} was postponed{to}", ref, own + _ids(postponed)
        )
    moved = _moved_to(scheduled, _held_near(state, scheduled))
    if moved is not None:
        return Finding(
            name,
            "moved",
            f"{_describe(ref)} did not take place as planned: the body met"
            f" {_at(moved.place)} on {moved.date} instead",
            ref,
            own + _ids([moved]),
        )
    if vague:
        return _held_finding(state, name, ref, own, vague)
    return None


def due_verdict(latest: _dt.date | None, today: _dt.date | None) -> str:
    """``pending`` or ``unconfirmed``: the verdict of a scheduled meeting no report decides.

    ``latest`` is the last day the meeting may be on (``None``: no date, or no known year),
    ``today`` the knowledge date: it is due, unconfirmed, once that day is past.
    """
    if today is None or latest is None or latest >= today:
        return "pending"
    return "unconfirmed"


def _due(name: str, ref: MeetingRef, own: tuple[str, ...], today: _dt.date | None) -> Finding:
    """``pending`` or ``unconfirmed``: the verdict of a meeting no report decides."""
    latest = None if ref.date is None else ref.date.latest()
    if due_verdict(latest, today) == "pending":
        why = (
            "no date given"
            if ref.date is None
            else "its year is unknown"
            if latest is None
            else f"not due as of {today}"
            if today is not None
            else "no knowledge date"
        )
        return Finding(name, "pending", f"{_describe(ref)} is pending: {why}", ref, own)
    return Finding(
        name,
        "unconfirmed",
        f"{_describe(ref)} was due by {today}; no report says whether it took place",
        ref,
        own,
    )


SCHEDULED_CHECK = "scheduled-meeting-took-place"
"""The name of the check that gives every scheduled meeting a verdict."""


def due_finding(ref: MeetingRef, own: tuple[str, ...], today: _dt.date | None) -> Finding:
    """The verdict of a scheduled meeting no report decides, as of ``today``.

    ``pending`` when the meeting is not known to be due by ``today``, else ``unconfirmed``;
    ``own`` are the ids of the meeting's own reports (see :meth:`CheckedState.undecided`).
    """
    return _due(SCHEDULED_CHECK, ref, own, today)


def check_scheduled_meetings(
    state: ChronicleState, *, as_of: _dt.date | None = None
) -> tuple[Finding, ...]:
    """``scheduled-meeting-took-place``: a verdict for every scheduled meeting.

    Only informative reports say a planned meeting was held (see :func:`_held_evidence`):
    a report of it held (or, failing that, of a decision adopted at it) whose date, its year
    known or read from its article's publication date, could be a planned day; or an
    undated one naming a place, in news published within :data:`HELD_NEWS_WINDOW_DAYS` of
    the planned days.  The verdict is the first that applies:

    ``held`` when such a report is dated to the day or month; ``cancelled`` / ``postponed``
    when a report says so; ``moved`` when the body certainly met instead at another date or
    place close to the scheduled one (within :data:`MOVE_WINDOW_DAYS`, after the
    announcement, and exactly one such meeting); ``held`` on vaguer evidence (a year, a
    long range, a place in news of the days); ``pending`` when the meeting is not known to
    be due as of the knowledge date (``as_of``, by default the latest publication date);
    ``unconfirmed`` otherwise.  So one vague report of the meeting held cannot hide a
    cancellation, a postponement or a move.
    """
    today = as_of if as_of is not None else state.latest_published()
    name = SCHEDULED_CHECK
    findings: list[Finding] = []
    for scheduled in state.scheduled.by_date():  # not all held at once: a long pass
        finding = _judged(state, scheduled, name)
        findings.append(
            finding if finding is not None else _due(name, scheduled.ref, _ids([scheduled]), today)
        )
    return tuple(findings)


_Open = tuple[MeetingRef, tuple[str, ...]]
"""A scheduled meeting no report decides: its ref and its own reports' ids."""


class CheckedState:
    """The findings of :func:`run_checks` over a state, kept up to date as the state grows.

    Made once over a whole state (:meth:`of`), then told what each fold changed
    (:meth:`update`, with the :class:`~cischronicle.projections.Changes` the state noted):
    it judges again only the scheduled meetings near a changed meeting, the only ones whose
    verdict the change can move.  A verdict no report decides is kept open and given at
    :meth:`findings` from the knowledge date, which every new article may move.  The checks
    over every report are kept too: the reports that name a day and a city, sorted by day
    and by city, with the conflicts of each group (only the groups a new report joins are
    looked at again), and the claims held after their article's publication (only new
    claims are judged).  The findings always equal ``run_checks(state)``.
    """

    __slots__ = (
        "_after_decided",
        "_after_held",
        "_by_city",
        "_by_day",
        "_city_differs",
        "_date_differs",
        "_folded",
        "_judged",
    )

    def __init__(self) -> None:
        """Nothing judged yet (see :meth:`of`)."""
        # key -> (sort key, the finding, or the ref and own ids of an open verdict)
        self._judged: dict[str, tuple[tuple[int, _dt.date, str], Finding | _Open]] = {}
        # The reports of meetings held that name a day and a city, sorted both ways, and the
        # conflicts found among them, by (day, body) and by (city, body, the first day's year).
        self._by_day: list[_DayRow] = []
        self._by_city: list[_CityRow] = []
        self._city_differs: dict[tuple[_dt.date, str], tuple[Finding, ...]] = {}
        self._date_differs: dict[tuple[str, str, int], tuple[Finding, ...]] = {}
        self._folded = 0  # reports of meetings held numbered so far (their fold order)
        # Held after publication, in the order the reports and the decisions were folded.
        self._after_held: list[Finding] = []
        self._after_decided: list[Finding] = []

    @classmethod
    def of(cls, state: ChronicleState) -> CheckedState:
        """Judge every scheduled meeting of ``state``, and every report."""
        checked = cls()
        state.decided  # noqa: B018 - built now, and kept with the state, for later updates
        for scheduled in state.scheduled.by_date():
            checked._judge(state, scheduled)
        reports = list(state.held.reports())
        checked._folded = len(reports)
        checked._by_day = sorted(_day_rows(reports))
        checked._by_city = sorted(_city_row(row) for row in checked._by_day)
        for (day, body), rows in groupby(checked._by_day, itemgetter(0, 1)):
            found = _city_differs(list(rows))
            if found:
                checked._city_differs[(day, body)] = tuple(found)
        for (city, body), in_city in groupby(checked._by_city, itemgetter(0, 1)):
            by_year: dict[int, list[Finding]] = {}
            for year, finding in _date_pairs(list(in_city)):
                by_year.setdefault(year, []).append(finding)
            for year, found in by_year.items():
                checked._date_differs[(city, body, year)] = tuple(found)
        checked._after_held = _held_after(state, reports)
        checked._after_decided = _decided_after(state, state.decisions.values())
        return checked

    def _judge(self, state: ChronicleState, scheduled: Meeting) -> None:
        finding = _judged(state, scheduled, SCHEDULED_CHECK)
        kept: Finding | _Open = (
            finding if finding is not None else (scheduled.ref, _ids([scheduled]))
        )
        self._judged[scheduled.key] = (scheduled.sort_key(), kept)

    def update(self, state: ChronicleState, changes: Changes) -> set[str]:
        """Judge again what the fold that noted ``changes`` into ``state`` can have moved.

        Returns the keys of the scheduled meetings judged again (or gone); after a change
        that could not be followed (``changes.everything``), every key.
        """
        if changes.everything:
            fresh = CheckedState.of(state)
            for name in self.__slots__:
                setattr(self, name, getattr(fresh, name))
            return set(self._judged)
        self._follow_reports(state, changes.claims)
        keys = set(changes.scheduled)
        seen: set[tuple[Body, Date | None]] = set()
        for body, date in changes.meetings:
            if (body, date) not in seen:
                seen.add((body, date))
                keys |= state.scheduled.near(body, date)
        for key in keys:
            meeting = state.scheduled.get(key)
            if meeting is None:
                self._judged.pop(key, None)
            else:
                self._judge(state, meeting)
        return keys

    def _follow_reports(self, state: ChronicleState, claims: list[tuple[str, str]]) -> None:
        """Judge the reports and decisions a fold added, and the conflicts they can make."""
        days: set[tuple[_dt.date, str]] = set()
        cities: set[tuple[str, str, int]] = set()
        for kind, event_id in claims:
            if kind == "decision":
                decision = state.decisions.get(event_id)
                if decision is not None:
                    self._after_decided += _decided_after(state, [decision])
                continue
            report = state.held.report(event_id)
            if report is None:  # pragma: no cover - a retraction changes everything
                continue
            self._after_held += _held_after(state, [report])
            for row in _day_rows([report], self._folded):
                bisect.insort(self._by_day, row)
                bisect.insort(self._by_city, _city_row(row))
                days.add((row[0], row[1]))
                # Its day pairs with days a week around: the first of a pair in its year or the
                # year before.
                cities.update((row[2], row[1], year) for year in (row[0].year - 1, row[0].year))
            self._folded += 1
        for day, body in days:
            rows = _group(self._by_day, day, body)
            self._keep(self._city_differs, (day, body), _city_differs(rows))
        for city, body, year in cities:
            in_city = _in_year(self._by_city, city, body, year)
            found = [f for first, f in _date_pairs(in_city) if first == year]
            self._keep(self._date_differs, (city, body, year), found)

    @staticmethod
    def _keep(kept: dict[_K, tuple[Finding, ...]], key: _K, found: list[Finding]) -> None:
        if found:
            kept[key] = tuple(found)
        else:
            kept.pop(key, None)

    def reports_findings(self) -> tuple[Finding, ...]:
        """The findings of the checks over every report (conflicting, held after publication).

        What :func:`check_conflicting_reports` and :func:`check_held_after_publication` find
        over the state this was kept up to date with, in their order.
        """
        conflicts = [f for key in sorted(self._city_differs) for f in self._city_differs[key]]
        conflicts += [f for key in sorted(self._date_differs) for f in self._date_differs[key]]
        return (*conflicts, *self._after_held, *self._after_decided)

    def undecided(self, key: str) -> tuple[MeetingRef, tuple[str, ...]] | None:
        """The ref and own event ids of the scheduled meeting ``key`` if no report decides it.

        :func:`due_finding` words its verdict as of a knowledge date.
        """
        kept = self._judged[key][1]
        return None if isinstance(kept, Finding) else kept

    def in_parts(self, years: int) -> tuple[CheckedState, dict[Part, CheckedState]]:
        """The findings in parts: those over every report, and one part per part of the state.

        A part holds the verdicts of the scheduled meetings of its part of the state
        (:meth:`ChronicleState.in_parts` with the same ``years``) and the reports that name a
        day and a city within its body and years; the shared part (the first) the conflicts
        found and the claims held after their publication, which ``check`` prints whole.
        :meth:`joined` puts them together.
        """
        common = CheckedState._sharing(self)
        parts: dict[Part, CheckedState] = {}
        for key, judged in self._judged.items():
            kept = judged[1]
            ref = kept.meeting if isinstance(kept, Finding) else kept[0]
            at = part_of(ref.body, ref.date, years)
            parts.setdefault(at, CheckedState())._judged[key] = judged
        for row in self._by_day:
            at = part_of_year(Body(row[1]), row[0].year, years)
            parts.setdefault(at, CheckedState())._by_day.append(row)
        for city_row in self._by_city:
            at = part_of_year(Body(city_row[1]), city_row[2].year, years)
            parts.setdefault(at, CheckedState())._by_city.append(city_row)
        return common, parts

    @classmethod
    def _sharing(cls, source: CheckedState) -> CheckedState:
        """A state with ``source``'s findings over every report, and no part's."""
        shared = cls()
        shared._city_differs = source._city_differs
        shared._date_differs = source._date_differs
        shared._folded = source._folded
        shared._after_held = source._after_held
        shared._after_decided = source._after_decided
        return shared

    @classmethod
    def joined(cls, common: CheckedState, parts: list[CheckedState]) -> CheckedState:
        """The findings of ``common`` and ``parts`` (different ones), from :meth:`in_parts`."""
        checked = cls._sharing(common)
        for part in parts:
            checked._judged.update(part._judged)
        checked._by_day = list(heapq.merge(*(part._by_day for part in parts)))
        checked._by_city = list(heapq.merge(*(part._by_city for part in parts)))
        return checked

    def is_open(self, key: str) -> bool:
        """Whether no report decides the scheduled meeting ``key`` (pending or unconfirmed)."""
        return not isinstance(self._judged[key][1], Finding)

    def finding(self, key: str, today: _dt.date | None) -> Finding:
        """The finding of the scheduled meeting ``key``, an open one as of ``today``."""
        kept = self._judged[key][1]
        if isinstance(kept, Finding):
            return kept
        return _due(SCHEDULED_CHECK, kept[0], kept[1], today)

    def findings(self, state: ChronicleState) -> tuple[Finding, ...]:
        """What ``run_checks(state)`` finds (the state this was kept up to date with)."""
        today = state.latest_published()
        name = SCHEDULED_CHECK
        scheduled = [
            kept if isinstance(kept, Finding) else _due(name, kept[0], kept[1], today)
            for _, kept in sorted(self._judged.values(), key=itemgetter(0))
        ]
        return tuple(scheduled) + self.reports_findings()


_K = TypeVar("_K", tuple[_dt.date, str], tuple[str, str, int])


def _group(rows: list[_R], first: object, second: object) -> list[_R]:
    """The rows of a sorted list whose first two values are ``first`` and ``second``."""
    at = bisect.bisect_left(rows, (first, second))
    found = []
    while at < len(rows) and rows[at][0] == first and rows[at][1] == second:
        found.append(rows[at])
        at += 1
    return found


def check_conflicting_reports(state: ChronicleState) -> tuple[Finding, ...]:
    """``conflicting-reports``: sources that disagree on what must be the same held meeting.

    Judged on what each report itself states, never on a meeting merged from several reports
    (a merged meeting may take its city from one source and its day from another, and no
    source would then have said both).  Two reports of a body's meeting held, from different
    articles, each naming a city and a day (year known), must be the same meeting when:

    - they give the same day and different cities (``city-differs``: a body does not meet in
      two cities on one day);
    - they give the same city and days at most :data:`CONFLICT_WINDOW_DAYS` apart
      (``date-differs``).
    """
    by_day = sorted(_day_rows(state.held.reports()))
    findings: list[Finding] = []
    for _, rows in groupby(by_day, itemgetter(0, 1)):
        findings += _city_differs(list(rows))
    by_city = sorted(_city_row(row) for row in by_day)
    for _, in_city in groupby(by_city, itemgetter(0, 1)):
        findings += _date_differs(list(in_city))
    return tuple(findings)


_DayRow = tuple[_dt.date, str, str, int, Report]
"""A report of a meeting held, naming a day and a city: day, body, city, fold order, report."""

_CityRow = tuple[str, str, _dt.date, int, Report]
"""The same, by city: city, body, day, fold order, report."""

_R = TypeVar("_R", _DayRow, _CityRow)

_CONFLICTS = "conflicting-reports"


def _day_rows(reports: Iterable[Report], start: int = 0) -> Iterator[_DayRow]:
    """The reports that name a day and a city, numbered in their order from ``start``."""
    number = start
    for report in reports:
        ref = report.ref
        day, city = _day_of(ref.date), ref.place.city
        if day is not None and city is not None:
            yield (day, ref.body.value, city, number, report)
        number += 1


def _city_row(row: _DayRow) -> _CityRow:
    day, body, city, number, report = row
    return (city, body, day, number, report)


def _city_differs(rows: list[_DayRow]) -> list[Finding]:
    """``city-differs`` among the sorted reports of one body on one day."""
    if not rows:
        return []
    day, body = rows[0][0], rows[0][1]
    cities = _runs(rows)
    findings = []
    for i, (first, a) in enumerate(cities):
        for second, b in cities[i + 1 :]:
            if _from_different_articles(a, b):
                findings.append(
                    Finding(
                        _CONFLICTS,
                        "city-differs",
                        f"{body} on {day}: {first} ({_articles(a)}) vs {second} ({_articles(b)})",
                        a[0].ref,
                        _report_ids(a + b),
                    )
                )
    return findings


def _date_differs(rows: list[_CityRow]) -> list[Finding]:
    """``date-differs`` among the sorted reports of one body in one city."""
    return [finding for _, finding in _date_pairs(rows)]


def _date_pairs(rows: list[_CityRow]) -> Iterator[tuple[int, Finding]]:
    """``date-differs`` among the sorted reports of one body in one city, in order.

    Each with the year of its first day: the conflicts are kept by it (see :func:`_in_year`).
    """
    if not rows:
        return
    city, body = rows[0][0], rows[0][1]
    window = _dt.timedelta(days=CONFLICT_WINDOW_DAYS)
    days = _runs(rows)
    for i, (day_a, a) in enumerate(days):
        for day_b, b in days[i + 1 :]:
            if day_b - day_a > window:
                break
            if _from_different_articles(a, b):
                yield day_a.year, Finding(
                    _CONFLICTS,
                    "date-differs",
                    f"{body} in {city}: {day_a} ({_articles(a)}) vs {day_b} ({_articles(b)})",
                    a[0].ref,
                    _report_ids(a + b),
                )


def _in_year(rows: list[_CityRow], city: str, body: str, year: int) -> list[_CityRow]:
    """The rows of one body in one city that a conflict whose first day is in ``year`` reads.

    Its days, and those of the next year's first days within the window: a conflict's days
    are at most :data:`CONFLICT_WINDOW_DAYS` apart.
    """
    first = _dt.date(max(year, _dt.MINYEAR), 1, 1)
    try:
        end = _dt.date(year + 1, 1, 1) + _dt.timedelta(days=CONFLICT_WINDOW_DAYS + 1)
    except (ValueError, OverflowError):
        end = _dt.date.max
    at = bisect.bisect_left(rows, (city, body, first))
    found = []
    while at < len(rows) and rows[at][0] == city and rows[at][1] == body and rows[at][2] < end:
        found.append(rows[at])
        at += 1
    return found


_V = TypeVar("_V")


def _runs(rows: Iterable[tuple[object, object, _V, int, Report]]) -> list[tuple[_V, list[Report]]]:
    """Sorted rows grouped by their third value: each value with its reports, in order."""
    runs: list[tuple[_V, list[Report]]] = []
    for _, _, value, _, report in rows:
        if runs and runs[-1][0] == value:
            runs[-1][1].append(report)
        else:
            runs.append((value, [report]))
    return runs


def _from_different_articles(a: list[Report], b: list[Report]) -> bool:
    """Whether some article says one thing and a different article the other."""
    return len({r.article for r in a} | {r.article for r in b}) > 1


def _articles(reports: list[Report]) -> str:
    return ", ".join(sorted({r.article for r in reports}))


def _report_ids(reports: list[Report]) -> tuple[str, ...]:
    return tuple(r.event_id for r in reports)


def _after_publication(
    state: ChronicleState, event_id: str, article: str, ref: MeetingRef
) -> Finding | None:
    """The ``held-after-publication`` finding of one claim of a meeting held, if any."""
    info = state.articles.get(article)
    published = None if info is None else info.published
    if published is None or ref.date is None:
        return None
    # Surely after the publication day: its first possible day is after it.
    first = ref.date.earliest()
    if first is None or published >= first:
        return None
    return Finding(
        "held-after-publication",
        "after-publication",
        f"{article} (published {published}) reports {_describe(ref)} as held",
        ref,
        (event_id,),
    )


def _held_after(state: ChronicleState, reports: Iterable[Report]) -> list[Finding]:
    found = (_after_publication(state, r.event_id, r.article, r.ref) for r in reports)
    return [finding for finding in found if finding is not None]


def _decided_after(state: ChronicleState, decisions: Iterable[Decision]) -> list[Finding]:
    found = (_after_publication(state, d.event_id, d.article, d.ref) for d in decisions)
    return [finding for finding in found if finding is not None]


def check_held_after_publication(state: ChronicleState) -> tuple[Finding, ...]:
    """``held-after-publication``: a meeting reported held on a date after the article."""
    held = _held_after(state, state.held.reports())
    return tuple(held + _decided_after(state, state.decisions.values()))


CHECKS = (
    "scheduled-meeting-took-place",
    "conflicting-reports",
    "held-after-publication",
)
"""The names of the checks :func:`run_checks` runs, in order."""


def run_checks(state: ChronicleState, *, as_of: _dt.date | None = None) -> tuple[Finding, ...]:
    """Run every check over ``state``; ``as_of`` is the knowledge date (default: latest)."""
    as_of = check_as_of(as_of)
    return (
        check_scheduled_meetings(state, as_of=as_of)
        + check_conflicting_reports(state)
        + check_held_after_publication(state)
    )
