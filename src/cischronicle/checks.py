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

import datetime as _dt
from collections.abc import Iterable, Iterator
from itertools import groupby
from operator import itemgetter
from typing import TypeVar

import attrs

from .events import MeetingRef
from .projections import Changes, ChronicleState, Meeting, Report
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
    publication date, is no evidence.  Returns the precise and the vague evidence.
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


def _due(name: str, ref: MeetingRef, own: tuple[str, ...], today: _dt.date | None) -> Finding:
    """``pending`` or ``unconfirmed``: the verdict of a meeting no report decides."""
    latest = None if ref.date is None else ref.date.latest()
    if today is None or latest is None or latest >= today:
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
    :meth:`findings` from the knowledge date, which every new article may move.  The
    findings always equal ``run_checks(state)``.
    """

    __slots__ = ("_judged",)

    def __init__(self) -> None:
        """Nothing judged yet (see :meth:`of`)."""
        # key -> (sort key, the finding, or the ref and own ids of an open verdict)
        self._judged: dict[str, tuple[tuple[int, _dt.date, str], Finding | _Open]] = {}

    @classmethod
    def of(cls, state: ChronicleState) -> CheckedState:
        """Judge every scheduled meeting of ``state``."""
        checked = cls()
        state.decided  # noqa: B018 - built now, and kept with the state, for later updates
        for scheduled in state.scheduled.by_date():
            checked._judge(state, scheduled)
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
            self._judged = CheckedState.of(state)._judged
            return set(self._judged)
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
        return (
            tuple(scheduled)
            + check_conflicting_reports(state)
            + check_held_after_publication(state)
        )


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
    name = "conflicting-reports"
    # Rows of plain values, sorted and grouped, rather than dicts of lists: nothing here for
    # the garbage collector to track, however many reports there are.
    reports: list[Report] = []
    by_day: list[tuple[_dt.date, str, str, int]] = []
    for report in state.held.reports():
        ref = report.ref
        day, city = _day_of(ref.date), ref.place.city
        if day is None or city is None:
            continue
        by_day.append((day, ref.body.value, city, len(reports)))
        reports.append(report)
    by_day.sort()
    findings: list[Finding] = []
    for (day, body), rows in groupby(by_day, itemgetter(0, 1)):
        cities = _runs(rows, reports)
        for i, (first, a) in enumerate(cities):
            for second, b in cities[i + 1 :]:
                if _from_different_articles(a, b):
                    findings.append(
                        Finding(
                            name,
                            "city-differs",
                            f"{body} on {day}: {first} ({_articles(a)})"
                            f" vs {second} ({_articles(b)})",
                            a[0].ref,
                            _report_ids(a + b),
                        )
                    )
    window = _dt.timedelta(days=CONFLICT_WINDOW_DAYS)
    by_city = sorted((city, body, day, n) for day, body, city, n in by_day)
    for (city, body), in_city in groupby(by_city, itemgetter(0, 1)):
        days = _runs(in_city, reports)
        for i, (day_a, a) in enumerate(days):
            for day_b, b in days[i + 1 :]:
                if day_b - day_a > window:
                    break
                if _from_different_articles(a, b):
                    findings.append(
                        Finding(
                            name,
                            "date-differs",
                            f"{body} in {city}: {day_a} ({_articles(a)})"
                            f" vs {day_b} ({_articles(b)})",
                            a[0].ref,
                            _report_ids(a + b),
                        )
                    )
    return tuple(findings)


_V = TypeVar("_V")


def _runs(
    rows: Iterable[tuple[object, object, _V, int]], reports: list[Report]
) -> list[tuple[_V, list[Report]]]:
    """Sorted rows grouped by their third value: each value with its reports, in order."""
    runs: list[tuple[_V, list[Report]]] = []
    for _, _, value, number in rows:
        if runs and runs[-1][0] == value:
            runs[-1][1].append(reports[number])
        else:
            runs.append((value, [reports[number]]))
    return runs


def _from_different_articles(a: list[Report], b: list[Report]) -> bool:
    """Whether some article says one thing and a different article the other."""
    return len({r.article for r in a} | {r.article for r in b}) > 1


def _articles(reports: list[Report]) -> str:
    return ", ".join(sorted({r.article for r in reports}))


def _report_ids(reports: list[Report]) -> tuple[str, ...]:
    return tuple(r.event_id for r in reports)


def _claims_held(state: ChronicleState) -> Iterator[tuple[str, str, MeetingRef]]:
    for report in state.held.reports():
        yield report.event_id, report.article, report.ref
    for decision in state.decisions.values():
        yield decision.event_id, decision.article, decision.ref


def check_held_after_publication(state: ChronicleState) -> tuple[Finding, ...]:
    """``held-after-publication``: a meeting reported held on a date after the article."""
    name = "held-after-publication"
    findings: list[Finding] = []
    articles = state.articles
    for event_id, article, ref in _claims_held(state):
        info = articles.get(article)
        published = None if info is None else info.published
        if published is None or ref.date is None:
            continue
        # Surely after the publication day: its first possible day is after it.
        first = ref.date.earliest()
        if first is not None and published < first:
            findings.append(
                Finding(
                    name,
                    "after-publication",
                    f"{article} (published {published}) reports {_describe(ref)} as held",
                    ref,
                    (event_id,),
                )
            )
    return tuple(findings)


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
