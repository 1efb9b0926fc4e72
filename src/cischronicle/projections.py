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
from collections.abc import Callable, Iterable, Iterator
from typing import cast

import attrs

from ._index import Index
from .errors import InvalidValueError
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
from .values import Body, Date, DateRange, PartialDate, Place, check_as_of

__all__ = [
    "ArticleInfo",
    "Changes",
    "ChronicleState",
    "Decision",
    "Meeting",
    "MeetingRegistry",
    "Part",
    "Report",
    "StateParts",
    "project",
    "project_decisions",
    "project_meetings",
    "part_of",
    "part_of_year",
    "project_schedule",
    "resolve_past_year",
]


@attrs.frozen
class ArticleInfo:
    """What the chronicle knows of an article (from its ``ArticleRecorded`` event)."""

    article: str
    published: _dt.date | None
    title: str | None
    url: str | None
    language: str

    def __reduce__(self) -> tuple[type[ArticleInfo], tuple[object, ...]]:
        # Saved as a call of the class with its fields: a checkpoint loads faster so.
        return (ArticleInfo, (self.article, self.published, self.title, self.url, self.language))


@attrs.frozen
class Report:
    """One source's claim about a meeting: which event, which article, what it said."""

    event_id: str
    article: str
    published: _dt.date | None
    ref: MeetingRef
    quote: str
    new_date: Date | None = None

    def __reduce__(self) -> tuple[type[Report], tuple[object, ...]]:
        # Saved as a call of the class with its fields: a checkpoint loads faster so.
        fields = (self.event_id, self.article, self.published, self.ref, self.quote)
        return (Report, (*fields, self.new_date))


@attrs.frozen
class Meeting:
    """A meeting as all its reports agree: body, place, date, and every source."""

    key: str
    body: Body
    place: Place
    date: Date | None
    reports: tuple[Report, ...]

    def __reduce__(self) -> tuple[type[Meeting], tuple[object, ...]]:
        # Saved as a call of the class with its fields: a checkpoint loads faster so.
        return (Meeting, (self.key, self.body, self.place, self.date, self.reports))

    @property
    def ref(self) -> MeetingRef:
        """The merged meeting as a :class:`MeetingRef`."""
        if self.reports:
            # Mostly the first report's ref already says it all: share it.
            first = self.reports[0].ref
            if first.place is self.place and first.date is self.date and first.body is self.body:
                return first
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
        return _by_date(self.key, self.date)


def _by_date(key: str, date: Date | None) -> tuple[int, _dt.date, str]:
    """The sort key of a meeting with this key and date (see :meth:`Meeting.sort_key`)."""
    first = None if date is None else date.earliest()
    return (0, first, key) if first is not None else (1, _dt.date.min, key)


def _sort_key(meeting: _Kept) -> tuple[int, _dt.date, str]:
    """:meth:`Meeting.sort_key` of a meeting, however a registry keeps it."""
    key, _, _, date = _fields(meeting)
    return _by_date(key, date)


Part = tuple[Body, int | None]
"""A part of the state (see :meth:`ChronicleState.in_parts`): a body and the first year of its
span of years, or ``None`` for the body's meetings that no one span holds (undated, year-less,
or over years of two spans)."""


def part_of(body: Body, date: Date | None, years: int) -> Part:
    """The part that holds a meeting of ``body`` dated ``date``, in spans of ``years`` years.

    A date whose first and last possible days fall in one span (``years * n`` to
    ``years * (n + 1) - 1``) goes to that span; any other date, or none, to the body's part
    of no span (``None``).
    """
    first = None if date is None else date.earliest()
    last = None if date is None else date.latest()
    if first is None or last is None:
        return (body, None)
    start = first.year - first.year % years
    if last.year - start >= years:
        return (body, None)  # its days fall in two spans
    return (body, start)


def part_of_year(body: Body, year: int, years: int) -> Part:
    """The part that holds a meeting of ``body`` within the known ``year`` (see :func:`part_of`)."""
    return (body, year - year % years)


_YEARS_BACK = 8
"""How many years before its publication a year-less past date is looked for (29 February
needs a leap year, at most 8 years back)."""


def _with_year(date: Date, year: int) -> Date | None:
    """``date`` (year unknown) in ``year`` (a range may end in the next), or ``None``."""
    try:
        if isinstance(date, PartialDate):
            return PartialDate(year, date.month, date.day)
        start = PartialDate(year, date.start.month, date.start.day)
        # Over the new year when the end's day of the year comes before the start's; decided
        # before building the end, whose 29 February may exist only in the next year.
        wraps = (date.end.month or 12, date.end.day or 31) < (date.start.month or 1,
                                                              date.start.day or 1)
        end = PartialDate(year + wraps, date.end.month, date.end.day)
        return DateRange(start, end)
    except InvalidValueError:  # 29 February of a common year
        return None


def resolve_past_year(date: Date | None, published: _dt.date | None) -> Date | None:
    """A year-less date of something past, read against its article's publication day.

    An article that says a meeting was held "on 12 April", with no year, means the latest
    12 April not after its publication: the date takes the latest year in which its first
    day is on or before ``published`` (``XXXX-04-12`` published 2024-04-12 is 2024-04-12,
    published 2024-04-11 is 2023-04-12; ``XXXX-04`` published 2024-04-10 is 2024-04).  A
    date whose year is known, no date, or no publication date is returned as it is: without
    its article's document time a year-less date says nothing of the year.
    """
    if date is None or published is None or date.year_known:
        return date
    return _resolved(date, published)


@functools.lru_cache(maxsize=1 << 14)
def _resolved(date: Date, published: _dt.date) -> Date:
    """:func:`resolve_past_year` of a year-less date, remembered.

    The checks ask again and again for the same reports, and a date is an immutable value.
    """
    for year in range(published.year, max(0, published.year - _YEARS_BACK), -1):
        candidate = _with_year(date, year)
        if candidate is None:
            continue
        first = candidate.earliest()
        if first is not None and first <= published:
            return candidate
    return date


@attrs.frozen
class Decision:
    """A decision as one article reports it, with the meeting that adopted it."""

    event_id: str
    article: str
    summary: str
    ref: MeetingRef
    quote: str

    def __reduce__(self) -> tuple[type[Decision], tuple[object, ...]]:
        # Saved as a call of the class with its fields: a checkpoint loads faster so.
        return (Decision, (self.event_id, self.article, self.summary, self.ref, self.quote))


_Claim = Report | Decision
"""What a registry merges: reports, or the decisions of the decided-meetings registry."""

_SHORT = 16
"""A meeting keeps its reports in a tuple (shared by its frozen value) up to this many."""


class _Cluster:
    """A meeting of two reports or more while reports are folded into it.

    A registry keeps a meeting of one report as that report alone, and a meeting it was
    asked for as the frozen :class:`Meeting`: one object, not two, for the garbage collector
    to walk.  A report that joins either makes a cluster of it again.
    """

    __slots__ = ("body", "date", "key", "place", "reports")

    def __init__(self, kept: _Claim | Meeting) -> None:
        self.key, self.body, self.place, self.date = _fields(kept)
        # A tuple while short, so the frozen meeting shares it and no list is kept per
        # meeting; a list once long, so adding to a big meeting never copies it.
        reports = _claims(kept)
        self.reports: tuple[_Claim, ...] | list[_Claim] = (
            reports if len(reports) < _SHORT else list(reports)
        )

    def add(self, claim: _Claim) -> None:
        reports = self.reports
        if type(reports) is list:
            reports.append(claim)
        elif len(reports) < _SHORT:
            self.reports = (*reports, claim)
        else:
            self.reports = [*reports, claim]
        ref = claim.ref
        if ref.place is not self.place:
            self.place = self.place.merge(ref.place)
        date = ref.date
        # A partial date merged with itself is itself (a range may be put more tightly).
        if date is not None and (date is not self.date or type(date) is not PartialDate):
            merged = date if self.date is None else self.date.intersect(date)
            assert merged is not None
            self.date = merged


_Kept = Report | Decision | _Cluster | Meeting
"""A meeting as a registry keeps it: its one report, a cluster, or frozen."""


def _fields(kept: _Kept) -> tuple[str, Body, Place, Date | None]:
    """The key, body, place and date of a meeting, however it is kept."""
    if isinstance(kept, (Report, Decision)):
        ref = kept.ref
        return kept.event_id, ref.body, ref.place, ref.date
    return kept.key, kept.body, kept.place, kept.date


def _claims(kept: _Kept) -> tuple[_Claim, ...] | list[_Claim]:
    """The reports of a meeting, however it is kept."""
    if isinstance(kept, (Report, Decision)):
        return (kept,)
    return kept.reports


def _accepts(kept: _Kept, ref: MeetingRef) -> bool:
    """Whether ``ref`` could be the meeting (of its body): compatible place and date."""
    if isinstance(kept, (Report, Decision)):
        own = kept.ref
        place, date = own.place, own.date
    else:
        place, date = kept.place, kept.date
    if not place.compatible(ref.place):
        return False
    return date is None or ref.date is None or date.could_be_same_day(ref.date)


def _same_ref(a: MeetingRef, b: MeetingRef) -> bool:
    """``a == b``, quickly when they are one object or differ in body or city."""
    if a is b:
        return True
    if a.body is not b.body:
        return False
    pa, pb = a.place, b.place
    if pa is not pb and (pa.city != pb.city or pa != pb):
        return False
    da, db = a.date, b.date
    return da is db or da == db


class Changes:
    """What a fold changed, for whoever keeps results derived from the state up to date.

    ``meetings`` lists the body and date of every meeting that changed (as it was before and
    as it is after: a meeting the fold made, joined, or took apart), ``scheduled`` the keys
    of the scheduled meetings among them, ``keys`` the kind (``held``, ``scheduled``,
    ``postponed``, ``cancelled``, ``decided``) and key of each; ``published`` the
    publication dates of the articles recorded; ``claims`` the reports of meetings held
    (``held``) and the decisions (``decision``) folded, as kind and event id, in fold order;
    ``added`` every claim folded, as the kind of its registry (``held``, ``scheduled``,
    ``postponed``, ``cancelled``, ``decided``) and its event id, in fold order;
    ``everything`` says a change could not be followed so narrowly (a retraction, an
    article recorded again, an event id folded again): every derived result is stale.
    """

    __slots__ = ("added", "claims", "everything", "keys", "meetings", "published", "scheduled")

    def __init__(self) -> None:
        """No change yet."""
        self.meetings: list[tuple[Body, Date | None]] = []
        self.scheduled: set[str] = set()
        self.keys: set[tuple[str, str]] = set()
        self.published: list[_dt.date | None] = []
        self.claims: list[tuple[str, str]] = []
        self.added: list[tuple[str, str]] = []
        self.everything = False


class MeetingRegistry:
    """Meetings of one kind (held, scheduled, postponed or cancelled), merged from reports.

    Meetings and reports are indexed by body, by date (year; month and day, known or unknown
    year) and by city, so adding a report looks only at meetings that could be compatible with
    it: the cost depends on how many meetings a body holds around that date in that city, not
    on how many the chronicle holds.
    """

    def __init__(self) -> None:
        """Create an empty registry."""
        self._clusters: dict[str, _Kept] = {}
        self._cluster_index = Index()
        # Reports by body, date and city, for retractions only: built at the first one.
        self._report_index: Index | None = None
        # Every live report by event id, in the order first folded.
        self._reports: dict[str, _Claim] = {}
        # The order each live report was last folded in, and the key of its meeting: for
        # retractions (and meeting_of), so kept only from the first one on (see _track).
        self._seq: dict[str, int] | None = None
        self._report_cluster: dict[str, str] | None = None
        self._counter = 0
        # The last report's meeting ref and the key of the meeting it went to (None: one of
        # its own, as it fitted several): a report with the same ref goes there too.
        self._last: tuple[MeetingRef, str | None] | None = None
        # Where changed meetings are noted while a caller follows the fold (see Changes), and
        # whether this registry's are scheduled ones; never kept in a checkpoint.
        self._changes: Changes | None = None
        self._scheduled = False
        self._kind = ""

    def _changed(self, key: str, body: Body, date: Date | None) -> None:
        changes = self._changes
        if changes is not None:
            changes.meetings.append((body, date))
            changes.keys.add((self._kind, key))
            if self._scheduled:
                changes.scheduled.add(key)

    def __len__(self) -> int:
        return len(self._clusters)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, MeetingRegistry):
            return NotImplemented
        return self.meetings() == other.meetings()

    __hash__ = None  # type: ignore[assignment]

    def _compatible(self, ref: MeetingRef, limit: int | None = None) -> list[_Kept]:
        found: list[_Kept] = []
        if not self._clusters:
            return found
        clusters = self._clusters
        for key in self._cluster_index.candidates(ref):
            cluster = clusters[key]
            if _accepts(cluster, ref):
                found.append(cluster)
                if limit is not None and len(found) >= limit:
                    break
        return found

    # -- folding --------------------------------------------------------------------------
    def add(self, report: Report) -> None:
        """Merge ``report`` into the one meeting it fits, or start a new meeting."""
        self._add(report)

    def _add(self, report: _Claim) -> None:
        event_id = report.event_id
        reports = self._reports
        old = reports.get(event_id) if self._report_index is not None else None
        size = len(reports)
        reports[event_id] = report
        if len(reports) == size:
            if self._seq is None:
                self._track()  # an id folded again: its place in the order moves
            if self._changes is not None:
                self._changes.everything = True  # and its meeting may move: follow no further
        self._fold(report, old)

    def _fold(self, report: _Claim, old: _Claim | None = None) -> None:
        """Index and place a report already in ``_reports`` (where it replaced ``old``)."""
        event_id = report.event_id
        index = self._report_index
        if index is not None:
            if old is not None:
                index.unfile(event_id, old.ref.body, old.ref.date, old.ref.place.city)
            ref = report.ref
            index.file(event_id, ref.body, ref.date, ref.place.city)
        seq = self._seq
        if seq is not None:
            self._counter += 1
            seq[event_id] = self._counter
        self._place(report)

    def _track(self) -> tuple[dict[str, int], dict[str, str]]:
        """The fold order and meeting of every live report, built the first time asked.

        Until then no report was withdrawn and no id folded twice: the fold order is the
        order of ``_reports``, and each report is in exactly one meeting.
        """
        if self._seq is None or self._report_cluster is None:
            self._seq = {key: number for number, key in enumerate(self._reports, 1)}
            self._counter = len(self._seq)
            self._report_cluster = {
                report.event_id: key
                for key, kept in self._clusters.items()
                for report in _claims(kept)
            }
        return self._seq, self._report_cluster

    def _place(self, report: _Claim) -> None:
        ref = report.ref
        last = self._last
        if last is not None and _same_ref(last[0], ref):
            # The same claim as the last report, with nothing else changed since: the
            # meeting it went to is still the only one it fits (merging narrowed it to what
            # this ref also allows), and a ref that fitted several still fits them all.
            found = None if last[1] is None else self._clusters[last[1]]
            ambiguous = found is None
        else:
            matches = self._compatible(ref, limit=2)
            found = matches[0] if len(matches) == 1 else None
            ambiguous = len(matches) > 1
        if found is not None:
            if type(found) is _Cluster:
                cluster = found
            else:  # one report, or frozen: a cluster again
                cluster = _Cluster(cast("_Claim | Meeting", found))
                self._clusters[cluster.key] = cluster
            key, city, date = cluster.key, cluster.place.city, cluster.date
            cluster.add(report)
            if self._changes is not None:
                self._changed(key, cluster.body, date)
                self._changed(key, cluster.body, cluster.date)
            if cluster.place.city != city or (cluster.date is not date and cluster.date != date):
                index = self._cluster_index
                index.unfile(key, cluster.body, date, city)
                index.file(key, cluster.body, cluster.date, cluster.place.city)
            self._last = (ref, key)
        else:
            key = report.event_id  # a meeting of its own, kept as its one report
            old = self._clusters.setdefault(key, report)
            if old is not report:  # an id folded again: its new meeting replaces the old
                _, body, place, date = _fields(old)
                self._cluster_index.unfile(key, body, date, place.city)
                self._clusters[key] = report
                self._changed(key, body, date)
            self._cluster_index.file(key, ref.body, ref.date, ref.place.city)
            self._changed(key, ref.body, ref.date)
            self._last = (ref, None if ambiguous else key)
        if self._report_cluster is not None:
            self._report_cluster[report.event_id] = key

    def retract(self, event_id: str) -> bool:
        """Withdraw the report of ``event_id``; return whether it was here.

        The result is exactly as if the report had never been made.  A report's place in a
        meeting depends only on the reports compatible with it, and theirs on the reports
        compatible with them: so the reports connected to the retracted one by compatibility
        are merged again, in the order they were folded, and no other meeting changes.
        """
        retracted = self._reports.get(event_id)
        if retracted is None:
            return False
        seq, report_cluster = self._track()
        index = self._report_index
        if index is None:
            # Most folds never retract: the index is filed only once a retraction needs it.
            index = self._report_index = Index()
            for key, report in self._reports.items():
                ref = report.ref
                index.file(key, ref.body, ref.date, ref.place.city)
        component = {event_id}
        queue = [retracted.ref]
        while queue:
            ref = queue.pop()
            for key in index.candidates(ref):
                if key not in component:
                    other = self._reports[key].ref
                    if ref.compatible(other):
                        component.add(key)
                        queue.append(other)
        for key in {report_cluster[k] for k in component}:
            _, body, place, date = _fields(self._clusters.pop(key))
            self._cluster_index.unfile(key, body, date, place.city)
            self._changed(key, body, date)
        del self._reports[event_id]
        del seq[event_id]
        del report_cluster[event_id]
        ref = retracted.ref
        index.unfile(event_id, ref.body, ref.date, ref.place.city)
        component.discard(event_id)
        self._last = None
        for key in sorted(component, key=seq.__getitem__):
            self._place(self._reports[key])
        self._last = None
        return True

    # -- queries --------------------------------------------------------------------------
    def _meeting(self, kept: _Kept) -> Meeting:
        # Queries ask for the same meetings again and again (checks ask for those near
        # every scheduled one): the frozen value is kept until a report joins it.
        if type(kept) is Meeting:
            return kept
        frozen = self._frozen_meeting(kept)
        self._clusters[frozen.key] = frozen
        return frozen

    def _frozen_meeting(self, kept: _Kept) -> Meeting:
        if type(kept) is Meeting:
            return kept
        key, body, place, date = _fields(kept)
        return Meeting(key, body, place, date, self._frozen(_claims(kept)))

    def _frozen(self, claims: tuple[_Claim, ...] | list[_Claim]) -> tuple[Report, ...]:
        """A meeting's reports as a tuple (its own, while it is short)."""
        return cast("tuple[Report, ...]", claims if type(claims) is tuple else tuple(claims))

    def meetings(self) -> tuple[Meeting, ...]:
        """Every meeting, by date (undated last)."""
        return tuple(self.by_date())

    def by_date(self) -> Iterator[Meeting]:
        """Every meeting, by date (undated last), made one at a time as it is read.

        What :meth:`meetings` gives, for a pass over many meetings that need not be held
        all at once.  The registry should not change during the pass.
        """
        for kept in sorted(self._clusters.values(), key=_sort_key):
            yield self._frozen_meeting(kept)

    def __iter__(self) -> Iterator[Meeting]:
        return iter(self.meetings())

    def reports(self) -> Iterator[Report]:
        """Every live report, in the order it was folded."""
        return iter(cast("dict[str, Report]", self._reports).values())

    def report(self, event_id: str) -> Report | None:
        """The live report of ``event_id``, if there is one."""
        claim = self._reports.get(event_id)
        return None if claim is None else self._report(claim)

    def _report(self, claim: _Claim) -> Report:
        return cast("Report", claim)

    def compatible(self, ref: MeetingRef) -> tuple[Meeting, ...]:
        """The meetings that could be the one ``ref`` describes."""
        found = self._compatible(ref)
        if not found:
            return ()
        if len(found) == 1:
            return (self._meeting(found[0]),)
        return tuple(sorted(map(self._meeting, found), key=Meeting.sort_key))

    def meeting_of(self, event_id: str) -> Meeting | None:
        """The meeting a report was merged into, if the report is live."""
        key = self._track()[1].get(event_id)
        return None if key is None else self._meeting(self._clusters[key])

    def of_body(self, body: Body) -> tuple[Meeting, ...]:
        """The meetings of one body, by date."""
        return tuple(m for m in self.meetings() if m.body == body)

    def get(self, key: str) -> Meeting | None:
        """The meeting of key ``key``, if there is one."""
        kept = self._clusters.get(key)
        return None if kept is None else self._meeting(kept)

    def near(self, body: Body, date: Date | None) -> set[str]:
        """The keys of every meeting of ``body`` that a meeting dated ``date`` may concern.

        Every meeting that could be compatible with one of ``body`` on ``date`` (in any
        place), and, for a date within one known year, every meeting dated within a year of
        it (only those are filed by year): what a check of a meeting looks at (compatible
        meetings, and the meetings of the same body a year around) is near it.  Some others
        may be among them.
        """
        index = self._cluster_index
        keys = set(index.candidates(MeetingRef(body=body, date=date)))
        first = None if date is None else date.earliest()
        last = None if date is None else date.latest()
        if first is not None and last is not None and first.year == last.year:
            for year in range(first.year - 1, first.year + 2):
                keys.update(index.in_year(body, year))
        return keys

    def in_years(self, body: Body, first: int, last: int) -> tuple[Meeting, ...]:
        """The meetings of ``body`` dated within the years ``first..last`` (known years)."""
        clusters, meeting = self._clusters, self._meeting
        found = [
            meeting(clusters[key])
            for year in range(first, last + 1)
            for key in self._cluster_index.in_year(body, year)
        ]
        return tuple(sorted(found, key=Meeting.sort_key))


    # -- parts ----------------------------------------------------------------------------
    def _like(self, part: MeetingRegistry) -> None:
        """Make the empty ``part`` follow what this registry follows (fold order, retractions)."""
        part._counter = self._counter
        if self._seq is not None:
            part._seq, part._report_cluster = {}, {}
        if self._report_index is not None:
            part._report_index = Index()

    def _split_into(
        self,
        registry_of: Callable[[Part], MeetingRegistry],
        where: Callable[[Body, Date | None], Part],
        claims: dict[str, Part],
    ) -> dict[str, Part]:
        """Put each meeting, with its reports, into the empty part ``where`` says it belongs to.

        ``registry_of`` gives the part's registry (made like this one); a meeting goes to the
        part of its body and date, its reports with it (``claims`` gets the part of each, by
        event id).  Every lookup of a registry is by body and by the index's keys of a date,
        so a part folds and answers for its meetings exactly as the whole registry does, when
        every meeting a lookup can reach is in the parts at hand (see ``resume``).  Returns
        the part of every meeting, by key.
        """
        meetings: dict[str, Part] = {}
        for key, kept in self._clusters.items():
            _, body, place, date = _fields(kept)
            at = meetings[key] = where(body, date)
            part = registry_of(at)
            part._clusters[key] = kept
            part._cluster_index.file(key, body, date, place.city)
            for claim in _claims(kept):
                claims[claim.event_id] = at
        seq, report_cluster = self._seq, self._report_cluster
        for event_id, claim in self._reports.items():
            part = registry_of(claims[event_id])
            part._reports[event_id] = claim
            if part._report_index is not None:
                ref = claim.ref
                part._report_index.file(event_id, ref.body, ref.date, ref.place.city)
            if seq is not None and report_cluster is not None:
                assert part._seq is not None and part._report_cluster is not None
                part._seq[event_id] = seq[event_id]
                part._report_cluster[event_id] = report_cluster[event_id]
        return meetings

    def _join_from(
        self, parts: list[MeetingRegistry], order: str | None, *, reports: bool = True
    ) -> None:
        """Fill this empty registry with ``parts`` (see :meth:`_split_into`).

        ``order`` gives, for every report in fold order, the position of its part in
        ``parts`` (one character each, ``chr(position)``); without it the parts' reports
        are put one part after the other (right within each body, which is all a fold of
        new reports and the checks of a body read).
        """
        for part in parts:
            self._clusters.update(part._clusters)
            self._counter = max(self._counter, part._counter)
            if part._seq is not None and part._report_cluster is not None:
                if self._seq is None or self._report_cluster is None:
                    self._seq, self._report_cluster = {}, {}
                self._seq.update(part._seq)
                self._report_cluster.update(part._report_cluster)
        self._cluster_index = Index.joined(part._cluster_index for part in parts)
        if any(part._report_index is not None for part in parts):
            self._report_index = Index.joined(
                part._report_index for part in parts if part._report_index is not None
            )
        if not reports:
            return
        if order is None:
            for part in parts:
                self._reports.update(part._reports)
            return
        each = [iter(part._reports.items()) for part in parts]
        self._reports.update(next(each[ord(at)]) for at in order)


class _DecidedRegistry(MeetingRegistry):
    """The meetings decisions were adopted at, merged like the meetings reported held.

    It merges the decisions themselves, and makes their reports only when they are read,
    with the publication date of the article as known then: one object per decision, not
    two, for the garbage collector to walk.  Its reports are the state's decisions, the
    same dict: the state adds a decision there, then folds it in (:meth:`_fold`), and a
    retraction here takes it out of both.
    """

    def __init__(self, articles: dict[str, ArticleInfo], decisions: dict[str, Decision]) -> None:
        """Create a registry of ``decisions`` (none folded yet), dated from ``articles``."""
        super().__init__()
        self._articles = articles
        self._reports = cast("dict[str, _Claim]", decisions)

    def _report(self, claim: _Claim) -> Report:
        if isinstance(claim, Report):
            return claim
        info = self._articles.get(claim.article)
        published = None if info is None else info.published
        return Report(claim.event_id, claim.article, published, claim.ref, claim.quote)

    def _frozen(self, claims: tuple[_Claim, ...] | list[_Claim]) -> tuple[Report, ...]:
        return tuple(map(self._report, claims))

    def reports(self) -> Iterator[Report]:
        """Every live decision's report, in the order it was folded."""
        return map(self._report, self._reports.values())


def _registry_of(
    part: Callable[[Part], ChronicleState], kind: str, at: Part
) -> MeetingRegistry:
    """The registry of ``kind`` of the part ``at`` (made by ``part`` when first asked for)."""
    return part(at)._registries()[kind]


@attrs.frozen
class StateParts:
    """A state split by :meth:`ChronicleState.in_parts`: the shared part and the parts.

    ``meetings`` says where each meeting went (by kind and key), ``claims`` where each claim
    went (by kind and event id).
    """

    state: ChronicleState
    common: ChronicleState
    parts: dict[Part, ChronicleState]
    meetings: dict[tuple[str, str], Part]
    claims: dict[str, dict[str, Part]]

    def fold_order(self, order: list[Part]) -> dict[str, str]:
        """For each kind of registry, the part of every claim in fold order, as positions.

        One character per claim, ``chr(order.index(part))``: what :meth:`ChronicleState.joined`
        needs to put the parts' claims back in the order they were folded.
        """
        at = {part: chr(n) for n, part in enumerate(order)}
        state = self.state
        found = {}
        for kind, registry in state._registries().items():
            if kind != "decided":
                of = self.claims[kind]
                found[kind] = "".join(at[of[event_id]] for event_id in registry._reports)
        decided = self.claims["decided"]
        found["decided"] = "".join(at[decided[event_id]] for event_id in state.decisions)
        return found


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
        self._decided: _DecidedRegistry | None = None
        # Whether a decision was folded before its article was recorded: the decided
        # meetings then read a publication date that may still change.
        self._unrecorded_decisions = False
        # What the fold changes, noted while a caller follows it (see follow()).
        self._changes: Changes | None = None

    def follow(self) -> Changes:
        """Start noting what folding changes (until :meth:`unfollow`); return the notes.

        Whoever keeps results derived from the state (the checks' findings) reads them to
        re-derive only what the newly folded events can have changed.
        """
        changes = Changes()
        self._changes = changes
        self.scheduled._scheduled = True
        kinds = ("held", "scheduled", "postponed", "cancelled", "decided")
        registries = (self.held, self.scheduled, self.postponed, self.cancelled, self.decided)
        for kind, registry in zip(kinds, registries, strict=True):
            registry._changes = changes
            registry._kind = kind
        return changes

    def unfollow(self) -> None:
        """Stop noting changes (a state is saved without its notes)."""
        self._changes = None
        for registry in (self.held, self.scheduled, self.postponed, self.cancelled):
            registry._changes = None
        if self._decided is not None:
            self._decided._changes = None

    # -- parts ----------------------------------------------------------------------------
    def _registries(self) -> dict[str, MeetingRegistry]:
        """The registries of meetings, by kind (the decided meetings only when built)."""
        found = {
            "held": self.held,
            "scheduled": self.scheduled,
            "postponed": self.postponed,
            "cancelled": self.cancelled,
        }
        if self._decided is not None:
            found["decided"] = self._decided
        return found

    def new_part(self) -> ChronicleState:
        """An empty part of this state (see :meth:`in_parts`): no meetings, no articles.

        Its registries follow what this state's follow (fold order, retractions), and it has
        the decided meetings when this state has them, so a part made for a body the state
        had no meeting of yet joins the others like them.
        """
        part = ChronicleState()
        part._unrecorded_decisions = self._unrecorded_decisions
        if self._decided is not None:
            part._decided = _DecidedRegistry(part.articles, part.decisions)
        for kind, registry in self._registries().items():
            registry._like(part._registries()[kind])
        return part

    def in_parts(self, years: int) -> StateParts:
        """The state in parts: what every part shares, and one part per body and span of years.

        A meeting goes to the part of its body and of the span of ``years`` years its date
        lies in (:func:`part_of`), with its reports; the body's meetings of no one span
        (undated, year-less, over two spans) to the body's part of no span.  Every lookup
        the fold and the checks make is by body first, then by the index's keys of a date,
        so the parts that hold every meeting a lookup can reach answer it exactly as the
        whole state does (which parts those are: ``cischronicle.resume``).  A part holds its
        meetings of every kind, their reports and decisions, and the articles they come
        from; the shared part holds the retractions, the count of events, the articles no
        claim comes from, and empty registries that say what the parts' registries follow.
        :meth:`joined` puts them back together; all share their values with this state.
        """
        common = self.new_part()
        common.retracted = self.retracted
        common.excluded = self.excluded
        common.event_count = self.event_count
        parts: dict[Part, ChronicleState] = {}

        def part(at: Part) -> ChronicleState:
            found = parts.get(at)
            if found is None:
                found = parts[at] = common.new_part()
            return found

        def where(body: Body, date: Date | None) -> Part:
            return part_of(body, date, years)

        meetings: dict[tuple[str, str], Part] = {}
        claims: dict[str, dict[str, Part]] = {}
        for kind, registry in self._registries().items():
            claims[kind] = {}
            of_kind = functools.partial(_registry_of, part, kind)
            placed = registry._split_into(of_kind, where, claims[kind])
            meetings.update(((kind, key), at) for key, at in placed.items())
        if self._decided is None:
            decided = claims["decided"] = {}
            for event_id, decision in self.decisions.items():
                at = decided[event_id] = where(decision.ref.body, decision.ref.date)
                part(at).decisions[event_id] = decision
        cited: set[str] = set()
        for each in parts.values():
            for registry in (each.held, each.scheduled, each.postponed, each.cancelled):
                for claim in registry._reports.values():
                    each._cite(self.articles, claim.article)
            for decision in each.decisions.values():
                each._cite(self.articles, decision.article)
            cited.update(each.articles)
        common.articles.update(
            (article, info) for article, info in self.articles.items() if article not in cited
        )
        return StateParts(self, common, parts, meetings, claims)

    def part_holding(self, kind: str, key: str, years: int) -> Part | None:
        """The part of :meth:`in_parts` the meeting ``key`` of ``kind`` belongs to.

        ``kind`` is ``held``, ``scheduled``, ``postponed``, ``cancelled`` or ``decided``;
        ``None`` when this state has no such meeting.
        """
        registry = self._registries().get(kind)
        kept = None if registry is None else registry._clusters.get(key)
        if kept is None:
            return None
        _, body, _, date = _fields(kept)
        return part_of(body, date, years)

    def _cite(self, articles: dict[str, ArticleInfo], article: str) -> None:
        if article not in self.articles:
            info = articles.get(article)
            if info is not None:
                self.articles[article] = info

    @classmethod
    def joined(
        cls,
        common: ChronicleState,
        parts: list[ChronicleState],
        *,
        order: dict[str, str] | None = None,
        articles: list[str] | None = None,
    ) -> ChronicleState:
        """The state of ``common`` and ``parts`` (different ones), from :meth:`in_parts`.

        With ``order`` (:meth:`StateParts.fold_order` over ``parts``, in that order) and
        ``articles`` (every article in the order recorded), the state is the one split;
        without them the claims and articles of one part come after another's, which is
        right for everything a fold of new claims and the checks read.
        """
        state = cls()
        state.retracted = common.retracted
        state.excluded = common.excluded
        state.event_count = common.event_count
        state._unrecorded_decisions = common._unrecorded_decisions or any(
            part._unrecorded_decisions for part in parts
        )
        known: dict[str, ArticleInfo] = {}
        for part in parts:
            known.update(part.articles)
        known.update(common.articles)
        state.articles = known if articles is None else {a: known[a] for a in articles}
        if order is None:
            for part in parts:
                state.decisions.update(part.decisions)
        else:
            each = [iter(part.decisions.items()) for part in parts]
            state.decisions.update(next(each[ord(at)]) for at in order["decided"])
        if common._decided is not None:
            state._decided = _DecidedRegistry(state.articles, state.decisions)
        for kind, registry in state._registries().items():
            common._registries()[kind]._like(registry)
            registry._join_from(
                [part._registries()[kind] for part in parts],
                None if order is None else order[kind],
                reports=kind != "decided",
            )
        return state

    def _everything_changed(self) -> None:
        if self._changes is not None:
            self._changes.everything = True

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

    def held_date(self, report: Report) -> Date | None:
        """The date of a report of a meeting held, a year-less one read against its article.

        See :func:`resolve_past_year`: the article's publication date (as the chronicle
        knows it now) gives a year-less date its year; without one it stays year-less.
        """
        return resolve_past_year(report.ref.date, self.published(report.article))

    def meetings(self) -> tuple[Meeting, ...]:
        """The meetings reported held, merged, by date."""
        return self.held.meetings()

    def schedule(self) -> tuple[Meeting, ...]:
        """The meetings reported scheduled, merged, by date."""
        return self.scheduled.meetings()

    @property
    def decided(self) -> MeetingRegistry:
        """The meetings the decisions were adopted at, merged like the meetings reported held.

        A decision adopted at a meeting says that the meeting took place.  The registry is
        built at the first call, then kept up to date by the fold (and copied with the
        state), so the checks do not merge every decision again each time they run.
        """
        if self._decided is None:
            registry = _DecidedRegistry(self.articles, self.decisions)
            for decision in self.decisions.values():
                registry._fold(decision)
            self._decided = registry
        return self._decided

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
                key = meeting_of[ref] = _fields(matches[0])[0] if len(matches) == 1 else None
            grouped.setdefault(key or decision.event_id, []).append(decision)
        return {k: tuple(v) for k, v in grouped.items()}

    # -- folding --------------------------------------------------------------------------
    def apply(self, event: Event) -> None:
        """Fold one event into the state (the imperative step behind :func:`project`)."""
        self.event_count += 1
        article = event.provenance.article
        if isinstance(event, ArticleRecorded):
            if article in self.articles:
                self._everything_changed()  # reports already judged read another date now
            if self._decided is not None and (
                self._unrecorded_decisions or article in self.articles
            ):
                # The decided meetings already read may carry another publication date.
                self._decided = None
                self._everything_changed()
            self.articles[article] = ArticleInfo(
                article, event.published, event.title, event.url, event.language
            )
            if self._changes is not None:
                self._changes.published.append(event.published)
            return
        if isinstance(event, EventRetracted):
            self._everything_changed()
            self.retracted[event.retracted] = event
            for registry in (self.held, self.scheduled, self.postponed, self.cancelled):
                if registry.retract(event.retracted):
                    break
            else:
                if self._decided is not None:
                    self._decided.retract(event.retracted)  # out of the decisions, too
                self.decisions.pop(event.retracted, None)
            return
        if event.id in self.retracted:
            return
        info = self.articles.get(article)
        if info is not None:
            article = info.article  # one string per article, shared by all its claims
        if isinstance(event, DecisionAdopted):
            decision = Decision(
                event.id, article, event.summary, event.meeting, event.provenance.quote
            )
            if info is None:
                self._unrecorded_decisions = True
            if event.id in self.decisions:
                self._everything_changed()  # said again: in the first one's place
                # ... which a fold of the decided meetings cannot give: merged again.
                self._decided = None
            self.decisions[event.id] = decision
            if self._decided is not None:
                self._decided._fold(decision)
            if self._changes is not None:
                self._changes.claims.append(("decision", event.id))
                self._changes.added.append(("decided", event.id))
            return
        new_date = None
        if isinstance(event, MeetingHeld):
            registry = self.held
        elif isinstance(event, NextMeetingScheduled):
            registry = self.scheduled
        elif isinstance(event, MeetingPostponed):
            registry, new_date = self.postponed, event.new_date
        elif isinstance(event, MeetingCancelled):
            registry = self.cancelled
        else:  # pragma: no cover - exhaustive over Event
            raise TypeError(f"not an event: {event!r}")
        published = None if info is None else info.published
        registry._add(
            Report(event.id, article, published, event.meeting, event.provenance.quote, new_date)
        )
        if self._changes is not None:
            if registry is self.held:
                self._changes.claims.append(("held", event.id))
            self._changes.added.append((registry._kind, event.id))


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
    as_of = check_as_of(as_of)
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
