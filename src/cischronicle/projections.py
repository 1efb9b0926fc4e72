"""Projections: pure folds of an event stream into what the chronicle knows.

``project(events)`` folds a stream into a :class:`ChronicleState`: the meetings reported held,
the meetings scheduled, postponed and cancelled, and the decisions by meeting.  Reports of the
same meeting from several articles (same body, compatible place and date) are merged into one
:class:`Meeting` that keeps every source; its date and place are the most precise that all
its reports agree on.

A report joins the one existing meeting it is compatible with; when it fits none, or more
than one (it cannot say which), it starts a meeting of its own.  Folding is incremental:
``project(rest, state=project(prefix))`` equals ``project(prefix + rest)``, and the input
state is never changed.
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

import attrs

from .events import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    EventRetracted,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
)
from .values import Body, Date, PartialDate, Place

__all__ = [
    "ArticleInfo",
    "ChronicleState",
    "Decision",
    "Meeting",
    "MeetingRegistry",
    "Report",
    "project",
    "project_decisions",
    "project_meetings",
    "project_schedule",
]


@attrs.frozen
class ArticleInfo:
    """What the chronicle knows of an article (from its ``ArticleRecorded`` event)."""

    article: str
    published: _dt.date | None
    title: str | None
    url: str | None
    language: str


@attrs.frozen
class Report:
    """One source's claim about a meeting: which event, which article, what it said."""

    event_id: str
    article: str
    published: _dt.date | None
    ref: MeetingRef
    quote: str
    new_date: Date | None = None


@attrs.frozen
class Meeting:
    """A meeting as all its reports agree: body, place, date, and every source."""

    key: str
    body: Body
    place: Place
    date: Date | None
    reports: tuple[Report, ...]

    @property
    def ref(self) -> MeetingRef:
        """The merged meeting as a :class:`MeetingRef`."""
        return MeetingRef(body=self.body, place=self.place, date=self.date)

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the articles that report the meeting, sorted."""
        return tuple(sorted({r.article for r in self.reports}))

    @property
    def announced(self) -> _dt.date | None:
        """The earliest known publication date among the reports."""
        dates = [r.published for r in self.reports if r.published is not None]
        return min(dates) if dates else None

    def sort_key(self) -> tuple[int, _dt.date, str]:
        """Dated meetings by earliest possible day, then undated ones; ties by key."""
        first = None if self.date is None else self.date.earliest()
        return (0, first, self.key) if first is not None else (1, _dt.date.min, self.key)


class _Cluster:
    __slots__ = ("body", "date", "frozen", "key", "place", "reports")

    def __init__(self, report: Report) -> None:
        self.key = report.event_id
        self.body = report.ref.body
        self.place = report.ref.place
        self.date = report.ref.date
        self.reports = [report]
        self.frozen: Meeting | None = None

    def accepts(self, ref: MeetingRef) -> bool:
        if not self.place.compatible(ref.place):
            return False
        if self.date is None or ref.date is None:
            return True
        return self.date.could_be_same_day(ref.date)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.frozen = None
        self.place = self.place.merge(report.ref.place)
        if report.ref.date is not None:
            merged = report.ref.date if self.date is None else self.date.intersect(report.ref.date)
            assert merged is not None
            self.date = merged

    def ref(self) -> MeetingRef:
        return MeetingRef(body=self.body, place=self.place, date=self.date)

    def freeze(self) -> Meeting:
        # Queries freeze the same clusters again and again (checks ask for the meetings
        # near every scheduled one): the frozen value is kept until the cluster changes.
        if self.frozen is None:
            self.frozen = Meeting(self.key, self.body, self.place, self.date, tuple(self.reports))
        return self.frozen


_T = TypeVar("_T")
_NO_CITY = ""
_IndexKey = tuple[object, ...]


def _months_between(first: _dt.date, last: _dt.date) -> list[int]:
    months: list[int] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < 12:
        months.append(month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


@functools.lru_cache(maxsize=1 << 16)
def _cluster_keys(date: Date | None) -> tuple[_IndexKey, ...]:
    """The index keys a meeting (or report) with this date is filed under.

    Known-year dates are filed by year (``y``) and by month (``ym``: any date within one
    month) with the day (``ymd``) or month-only (``ymonly``) detail; unknown-year dates by
    month (``xm``) and day (``xmd``) or month-only (``xmonly``).  What fits none of these
    (multi-month, multi-year, unknown-year ranges, undated) goes to a coarse key.
    """
    if date is None:
        return (("none",),)
    first, last = date.earliest(), date.latest()
    if first is None or last is None:
        if isinstance(date, PartialDate) and date.month is not None:
            if date.day is not None:
                return (("xmd", date.month, date.day), ("xm", date.month))
            return (("xmonly", date.month), ("xm", date.month))
        return (("xcoarse",),)
    if first.year != last.year:
        return (("span",),)
    if first == last:
        return (("y", first.year), ("ymd", first.month, first.day), ("ym", first.month))
    if first.month == last.month:
        return (("y", first.year), ("ymonly", first.month), ("ym", first.month))
    return (("y", first.year), ("coarse",))


@functools.lru_cache(maxsize=1 << 16)
def _lookup_keys(date: Date | None) -> tuple[_IndexKey, ...] | None:
    """The index keys where items compatible with this date are filed; None means all."""
    if date is None:
        return None
    keys: list[_IndexKey] = [("span",), ("none",), ("xcoarse",)]
    first, last = date.earliest(), date.latest()
    if first is not None and last is not None:
        if last.year - first.year > 1:
            return None
        keys.extend(("y", year) for year in range(first.year, last.year + 1))
        if first == last:
            keys.extend([("xmd", first.month, first.day), ("xmonly", first.month)])
        else:
            keys.extend(("xm", month) for month in _months_between(first, last))
        return tuple(keys)
    if not isinstance(date, PartialDate) or date.month is None:
        return None
    month = date.month
    keys.append(("coarse",))
    if date.day is None:
        return (*keys, ("ym", month), ("xm", month))
    day = date.day
    return (*keys, ("ymd", month, day), ("ymonly", month), ("xmd", month, day), ("xmonly", month))


@functools.lru_cache(maxsize=1 << 16)
def _slots(body: Body, date: Date | None, city: str) -> tuple[tuple[Body, _IndexKey, str], ...]:
    """The index slots of an item: shared tuples, so filing many reports costs little memory."""
    return tuple((body, date_key, city) for date_key in _cluster_keys(date))


class _Index(Generic[_T]):
    """Items filed by body, date keys and city; finds those that could match a meeting."""

    def __init__(self) -> None:
        # (body, date key, city or "") -> item key -> item; one flat level keeps filing cheap
        self._buckets: dict[tuple[Body, _IndexKey, str], dict[str, _T]] = {}
        # (body, date key) -> the cities filed under it, for lookups that know no city
        self._cities: dict[tuple[Body, _IndexKey], dict[str, None]] = {}
        self._filed: dict[str, tuple[tuple[Body, _IndexKey, str], ...]] = {}

    def file(self, key: str, ref: MeetingRef, item: _T) -> None:
        if key in self._filed:
            self.unfile(key)
        city = ref.place.city or _NO_CITY
        body = ref.body
        slots = _slots(body, ref.date, city)
        buckets = self._buckets
        for slot in slots:
            group = buckets.get(slot)
            if group is None:
                group = buckets[slot] = {}
                self._cities.setdefault((body, slot[1]), {})[city] = None
            group[key] = item
        self._filed[key] = slots

    def unfile(self, key: str) -> None:
        for slot in self._filed.pop(key, ()):
            self._buckets[slot].pop(key, None)

    def candidates(self, ref: MeetingRef) -> dict[str, _T]:
        """Every item that could be compatible with ``ref`` (and some that are not), by key."""
        keys = _lookup_keys(ref.date)
        body = ref.body
        city = ref.place.city
        buckets = self._buckets
        found: dict[str, _T] = {}
        if keys is None:
            for (b_body, _, b_city), group in buckets.items():
                if b_body == body and (city is None or b_city in (city, _NO_CITY)):
                    found.update(group)
        elif city is None:
            for date_key in keys:
                for b_city in self._cities.get((body, date_key), ()):
                    found.update(buckets[(body, date_key, b_city)])
        else:
            for date_key in keys:
                in_city = buckets.get((body, date_key, city))
                if in_city:
                    found.update(in_city)
                no_city = buckets.get((body, date_key, _NO_CITY))
                if no_city:
                    found.update(no_city)
        return found

    def in_year(self, body: Body, year: int) -> Iterator[_T]:
        date_key = ("y", year)
        for city in self._cities.get((body, date_key), ()):
            yield from self._buckets[(body, date_key, city)].values()


class MeetingRegistry:
    """Meetings of one kind (held, scheduled, postponed or cancelled), merged from reports.

    Meetings and reports are indexed by body, by date (year; month and day, known or unknown
    year) and by city, so adding a report looks only at meetings that could be compatible with
    it: the cost depends on how many meetings a body holds around that date in that city, not
    on how many the chronicle holds.
    """

    def __init__(self) -> None:
        """Create an empty registry."""
        self._clusters: dict[str, _Cluster] = {}
        self._cluster_index: _Index[_Cluster] = _Index()
        # Reports by body, date and city, for retractions only: built at the first one.
        self._report_index: _Index[Report] | None = None
        self._report_cluster: dict[str, str] = {}
        self._order: dict[str, tuple[int, Report]] = {}
        self._counter = 0

    def __len__(self) -> int:
        return len(self._clusters)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MeetingRegistry):
            return NotImplemented
        return self.meetings() == other.meetings()

    __hash__ = None  # type: ignore[assignment]

    def _compatible(self, ref: MeetingRef, limit: int | None = None) -> list[_Cluster]:
        found: list[_Cluster] = []
        for cluster in self._cluster_index.candidates(ref).values():
            if cluster.accepts(ref):
                found.append(cluster)
                if limit is not None and len(found) >= limit:
                    break
        return found

    # -- folding --------------------------------------------------------------------------
    def add(self, report: Report) -> None:
        """Merge ``report`` into the one meeting it fits, or start a new meeting."""
        self._counter += 1
        self._order[report.event_id] = (self._counter, report)
        if self._report_index is not None:
            self._report_index.file(report.event_id, report.ref, report)
        self._place(report)

    def _place(self, report: Report) -> None:
        matches = self._compatible(report.ref, limit=2)
        if len(matches) == 1:
            cluster = matches[0]
            old = (cluster.place.city, cluster.date)
            cluster.add(report)
            if (cluster.place.city, cluster.date) != old:
                self._cluster_index.file(cluster.key, cluster.ref(), cluster)
        else:
            cluster = _Cluster(report)
            self._clusters[cluster.key] = cluster
            self._cluster_index.file(cluster.key, report.ref, cluster)
        self._report_cluster[report.event_id] = cluster.key

    def retract(self, event_id: str) -> bool:
        """Withdraw the report of ``event_id``; return whether it was here.

        The result is exactly as if the report had never been made.  A report's place in a
        meeting depends only on the reports compatible with it, and theirs on the reports
        compatible with them: so the reports connected to the retracted one by compatibility
        are merged again, in the order they were folded, and no other meeting changes.
        """
        entry = self._order.get(event_id)
        if entry is None:
            return False
        index = self._report_index
        if index is None:
            # Most folds never retract: the index is filed only once a retraction needs it.
            index = self._report_index = _Index()
            for _, report in self._order.values():
                index.file(report.event_id, report.ref, report)
        component = {event_id}
        queue = [entry[1].ref]
        while queue:
            ref = queue.pop()
            for key, other in index.candidates(ref).items():
                if key not in component and ref.compatible(other.ref):
                    component.add(key)
                    queue.append(other.ref)
        for key in {self._report_cluster[k] for k in component}:
            self._cluster_index.unfile(key)
            del self._clusters[key]
        del self._order[event_id]
        del self._report_cluster[event_id]
        index.unfile(event_id)
        component.discard(event_id)
        for _, report in sorted(self._order[k] for k in component):
            self._place(report)
        return True

    # -- queries --------------------------------------------------------------------------
    def meetings(self) -> tuple[Meeting, ...]:
        """Every meeting, by date (undated last)."""
        return tuple(sorted((c.freeze() for c in self._clusters.values()), key=Meeting.sort_key))

    def __iter__(self) -> Iterator[Meeting]:
        return iter(self.meetings())

    def reports(self) -> Iterator[Report]:
        """Every live report, in the order it was folded."""
        return (report for _, report in self._order.values())

    def compatible(self, ref: MeetingRef) -> tuple[Meeting, ...]:
        """The meetings that could be the one ``ref`` describes."""
        return tuple(sorted((c.freeze() for c in self._compatible(ref)), key=Meeting.sort_key))

    def meeting_of(self, event_id: str) -> Meeting | None:
        """The meeting a report was merged into, if the report is live."""
        key = self._report_cluster.get(event_id)
        return None if key is None else self._clusters[key].freeze()

    def of_body(self, body: Body) -> tuple[Meeting, ...]:
        """The meetings of one body, by date."""
        return tuple(m for m in self.meetings() if m.body == body)

    def in_years(self, body: Body, first: int, last: int) -> tuple[Meeting, ...]:
        """The meetings of ``body`` dated within the years ``first..last`` (known years)."""
        found = [
            cluster.freeze()
            for year in range(first, last + 1)
            for cluster in self._cluster_index.in_year(body, year)
        ]
        return tuple(sorted(found, key=Meeting.sort_key))


@attrs.frozen
class Decision:
    """A decision as one article reports it, with the meeting that adopted it."""

    event_id: str
    article: str
    summary: str
    ref: MeetingRef
    quote: str


class ChronicleState:
    """Everything the projections know after folding a stream of events."""

    def __init__(self) -> None:
        """Create the state of an empty chronicle."""
        self.articles: dict[str, ArticleInfo] = {}
        self.held = MeetingRegistry()
        self.scheduled = MeetingRegistry()
        self.postponed = MeetingRegistry()
        self.cancelled = MeetingRegistry()
        self.decisions: dict[str, Decision] = {}
        self.retracted: dict[str, EventRetracted] = {}
        self.excluded: set[str] = set()
        """Articles left out because they were published after the ``as_of`` day."""
        self.event_count = 0

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ChronicleState):
            return NotImplemented
        return (
            self.articles == other.articles
            and self.held == other.held
            and self.scheduled == other.scheduled
            and self.postponed == other.postponed
            and self.cancelled == other.cancelled
            and self.decisions == other.decisions
            and self.retracted == other.retracted
            and self.excluded == other.excluded
        )

    __hash__ = None  # type: ignore[assignment]

    def latest_published(self) -> _dt.date | None:
        """The latest publication date of any article folded, or ``None``."""
        dates = [a.published for a in self.articles.values() if a.published is not None]
        return max(dates) if dates else None

    def published(self, article: str) -> _dt.date | None:
        """The publication date of ``article``, if known."""
        info = self.articles.get(article)
        return None if info is None else info.published

    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings reported held, merged, by date."""
        return self.held.meetings()

    def schedule(self) -> tuple[Meeting, ...]:
        """The meetings reported scheduled, merged, by date."""
        return self.scheduled.meetings()

    def decisions_by_meeting(self) -> dict[str, tuple[Decision, ...]]:
        """Decisions grouped by the key of the held meeting that adopted them.

        A decision whose meeting matches no single held meeting is grouped under its own
        event id.
        """
        grouped: dict[str, list[Decision]] = {}
        # The decisions of one article share its meeting: look each meeting up once.
        meeting_of: dict[MeetingRef, str | None] = {}
        for decision in self.decisions.values():
            ref = decision.ref
            if ref in meeting_of:
                key = meeting_of[ref]
            else:
                matches = self.held._compatible(ref, limit=2)
                key = meeting_of[ref] = matches[0].key if len(matches) == 1 else None
            grouped.setdefault(key or decision.event_id, []).append(decision)
        return {k: tuple(v) for k, v in grouped.items()}

    # -- folding --------------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        """Fold one event into the state (the imperative step behind :func:`project`)."""
        self.event_count += 1
        article = event.provenance.article
        if isinstance(event, ArticleRecorded):
            self.articles[article] = ArticleInfo(
                article, event.published, event.title, event.url, event.language
            )
            return
        if isinstance(event, EventRetracted):
            self.retracted[event.retracted] = event
            for registry in (self.held, self.scheduled, self.postponed, self.cancelled):
                if registry.retract(event.retracted):
                    break
            else:
                self.decisions.pop(event.retracted, None)
            return
        if event.id in self.retracted:
            return
        info = self.articles.get(article)
        if info is not None:
            article = info.article  # one string per article, shared by all its claims
        if isinstance(event, DecisionAdopted):
            self.decisions[event.id] = Decision(
                event.id, article, event.summary, event.meeting, event.provenance.quote
            )
            return
        report = Report(
            event.id,
            article,
            None if info is None else info.published,
            event.meeting,
            event.provenance.quote,
            event.new_date if isinstance(event, MeetingPostponed) else None,
        )
        if isinstance(event, MeetingHeld):
            self.held.add(report)
        elif isinstance(event, NextMeetingScheduled):
            self.scheduled.add(report)
        elif isinstance(event, MeetingPostponed):
            self.postponed.add(report)
        elif isinstance(event, MeetingCancelled):
            self.cancelled.add(report)
        else:  # pragma: no cover - exhaustive over Event
            raise TypeError(f"not an event: {event!r}")


def project(
    events: Iterable[Event],
    *,
    as_of: _dt.date | None = None,
    state: ChronicleState | None = None,
) -> ChronicleState:
    """Fold ``events`` into a new :class:`ChronicleState` (``state`` is copied, not changed).

    With ``as_of``, events of articles published after that day are left out: the state is
    what the chronicle knew on that day.  Articles with no publication date are kept.
    """
    result = ChronicleState() if state is None else copy.deepcopy(state)
    for event in events:
        if as_of is not None:
            article = event.provenance.article
            if (
                isinstance(event, ArticleRecorded)
                and event.published is not None
                and event.published > as_of
            ):
                result.excluded.add(article)
            if article in result.excluded:
                continue
        result.apply(event)
    return result


def project_meetings(events: Iterable[Event], *, as_of: _dt.date | None = None) -> MeetingRegistry:
    """The meetings reported held, merged across sources."""
    return project(events, as_of=as_of).held


def project_schedule(events: Iterable[Event], *, as_of: _dt.date | None = None) -> MeetingRegistry:
    """The meetings reported scheduled, merged across sources."""
    return project(events, as_of=as_of).scheduled


def project_decisions(
    events: Iterable[Event], *, as_of: _dt.date | None = None
) -> dict[str, tuple[Decision, ...]]:
    """Decisions grouped by the key of the held meeting that adopted them."""
    return project(events, as_of=as_of).decisions_by_meeting()
