"""Strategies for values and events: each value valid on its own."""

from __future__ import annotations

import datetime as _dt
import hashlib

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from ..events import (
    ArticleRecorded,
    DecisionAdopted,
    Event,
    EventRetracted,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    make_event_id,
)
from ..values import CITIES, Body, Date, DateRange, PartialDate, Place, Provenance

_DAY_MIN, _DAY_MAX = _dt.date(1991, 12, 21), _dt.date(2035, 12, 31)
_CITY_NAMES = tuple(sorted(CITIES))
_SUMMARIES = (
    "a programme of cooperation in foreign policy",
    "a statement on the anniversary of the Victory",
    "the plan of consultations for the next year",
    "a concept of military cooperation",
    "an agreement on migration",
)


def _shift(day: _dt.date, days: int) -> _dt.date:
    """``day`` moved by ``days``, clamped to the calendar."""
    try:
        return day + _dt.timedelta(days=days)
    except OverflowError:
        return _dt.date.max if days > 0 else _dt.date.min


# -- values ------------------------------------------------------------------------------


def article_ids() -> SearchStrategy[str]:
    """Article ids that are also safe file names (``<id>.jsonl``): ``[a-z0-9][a-z0-9_-]*``."""
    return st.builds(
        lambda head, tail: head + tail,
        st.sampled_from("abcdefghijklmnopqrstuvwxyz0123456789"),
        st.text(alphabet="abcdefghijklmnopqrstuvwxyz0123456789_-", max_size=11),
    )


def _days(days: SearchStrategy[_dt.date] | None) -> SearchStrategy[_dt.date]:
    return st.dates(_DAY_MIN, _DAY_MAX) if days is None else days


def _partial(day: _dt.date, precision: str, year_known: bool) -> PartialDate:
    year = day.year if year_known or precision == "year" else None
    if precision == "year":
        return PartialDate(year)
    return PartialDate(year, day.month, day.day if precision == "day" else None)


def partial_dates(
    *,
    days: SearchStrategy[_dt.date] | None = None,
    precisions: SearchStrategy[str] | None = None,
    year_known: SearchStrategy[bool] | None = None,
) -> SearchStrategy[PartialDate]:
    """Partial dates: a day of ``days`` told to a ``"day"``, ``"month"`` or ``"year"``.

    ``year_known`` drawing ``False`` gives an unknown-year date (``XXXX-04-11``) unless the
    precision is a year.
    """
    return st.builds(
        _partial,
        _days(days),
        st.sampled_from(("day", "month", "year")) if precisions is None else precisions,
        st.booleans() if year_known is None else year_known,
    )


def _range(first: _dt.date, width: int, precision: str, year_known: bool) -> DateRange:
    last = _shift(first, width)
    start, end = _partial(first, precision, True), _partial(last, precision, True)
    if not year_known:
        start, end = attrs.evolve(start, year=None), attrs.evolve(end, year=None)
    return DateRange(start, end)


def date_ranges(
    *,
    days: SearchStrategy[_dt.date] | None = None,
    widths: SearchStrategy[int] | None = None,
    precisions: SearchStrategy[str] | None = None,
    year_known: SearchStrategy[bool] | None = None,
) -> SearchStrategy[DateRange]:
    """Date ranges from a day of ``days`` over ``widths`` days (1 to 300 by default).

    Both ends have the precision drawn from ``precisions`` (``"day"`` or ``"month"``); an
    unknown-year range drops both years.
    """
    return st.builds(
        _range,
        _days(days),
        st.integers(1, 300) if widths is None else widths,
        st.sampled_from(("day", "month")) if precisions is None else precisions,
        st.booleans() if year_known is None else year_known,
    )


def dates(*, days: SearchStrategy[_dt.date] | None = None) -> SearchStrategy[Date]:
    """Dates as sources give them: partial dates and date ranges around ``days``."""
    return st.one_of(partial_dates(days=days), date_ranges(days=days))


def places(*, cities: SearchStrategy[str] | None = None) -> SearchStrategy[Place]:
    """Places: a city of ``cities`` (canonical names by default), a country, online, unknown."""
    known = st.sampled_from(_CITY_NAMES) if cities is None else cities
    return st.one_of(
        known.map(Place.of_city),
        known.map(lambda city: Place(country=Place.of_city(city).country)),
        st.just(Place(online=True)),
        st.just(Place()),
    )


def bodies() -> SearchStrategy[Body]:
    """The bodies whose meetings the chronicle records."""
    return st.sampled_from(Body)


@st.composite
def _provenances(
    draw: st.DrawFn, articles: SearchStrategy[str], texts: SearchStrategy[str]
) -> Provenance:
    text = draw(texts)
    start = draw(st.integers(0, len(text)))
    end = draw(st.integers(start, len(text)))
    return Provenance.of(text, start, end, article=draw(articles))


def provenances(
    *, articles: SearchStrategy[str] | None = None, texts: SearchStrategy[str] | None = None
) -> SearchStrategy[Provenance]:
    """Provenances: a slice of a text of ``texts`` in an article of ``articles``.

    The default texts exclude lone surrogates, which no JSON log can store.
    """
    return _provenances(
        article_ids() if articles is None else articles,
        st.text(st.characters(codec="utf-8"), max_size=40) if texts is None else texts,
    )


def meeting_refs(
    *,
    bodies: SearchStrategy[Body] | None = None,
    places: SearchStrategy[Place] | None = None,
    dates: SearchStrategy[Date | None] | None = None,
) -> SearchStrategy[MeetingRef]:
    """References to a meeting: a body, a place and a date (or none)."""
    return st.builds(
        MeetingRef,
        body=_bodies() if bodies is None else bodies,
        place=_places() if places is None else places,
        date=st.none() | _dates() if dates is None else dates,
    )


_bodies, _places, _dates = bodies, places, dates  # shadowed by parameter names above

# -- events ------------------------------------------------------------------------------


def _event_id(kind: str, provenance: Provenance) -> str:
    return make_event_id(provenance.article, kind, provenance.start, provenance.end)


@st.composite
def _articles_recorded(
    draw: st.DrawFn,
    provenances: SearchStrategy[Provenance],
    published: SearchStrategy[_dt.date | None],
) -> ArticleRecorded:
    provenance = draw(provenances)
    article = provenance.article
    return ArticleRecorded(
        id=_event_id("ArticleRecorded", provenance),
        provenance=provenance,
        published=draw(published),
        sha256=hashlib.sha256(draw(st.binary(max_size=8))).hexdigest(),
        title=f"Report {article}" if draw(st.booleans()) else None,
        url=f"https://news.example/{article}" if draw(st.booleans()) else None,
    )


def articles_recorded(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    published: SearchStrategy[_dt.date | None] | None = None,
) -> SearchStrategy[ArticleRecorded]:
    """``ArticleRecorded`` events published on a day of ``published`` (or undated)."""
    return _articles_recorded(
        _provenances_or_default(provenances),
        st.none() | st.dates(_DAY_MIN, _DAY_MAX) if published is None else published,
    )


def _provenances_or_default(
    strategy: SearchStrategy[Provenance] | None,
) -> SearchStrategy[Provenance]:
    return provenances() if strategy is None else strategy


def _meeting_event(
    cls: type[MeetingHeld] | type[NextMeetingScheduled] | type[MeetingCancelled],
    provenances: SearchStrategy[Provenance] | None,
    meetings: SearchStrategy[MeetingRef] | None,
) -> SearchStrategy[MeetingHeld | NextMeetingScheduled | MeetingCancelled]:
    return st.builds(
        lambda p, m: cls(id=_event_id(cls.__name__, p), provenance=p, meeting=m),
        _provenances_or_default(provenances),
        meeting_refs() if meetings is None else meetings,
    )


def meetings_held(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
) -> SearchStrategy[MeetingHeld]:
    """``MeetingHeld`` claims about meetings of ``meetings``."""
    return _meeting_event(MeetingHeld, provenances, meetings)  # type: ignore[return-value]


def next_meetings_scheduled(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
) -> SearchStrategy[NextMeetingScheduled]:
    """``NextMeetingScheduled`` claims about meetings of ``meetings``."""
    return _meeting_event(NextMeetingScheduled, provenances, meetings)  # type: ignore[return-value]


def meetings_cancelled(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
) -> SearchStrategy[MeetingCancelled]:
    """``MeetingCancelled`` claims about meetings of ``meetings``."""
    return _meeting_event(MeetingCancelled, provenances, meetings)  # type: ignore[return-value]


def meetings_postponed(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
    new_dates: SearchStrategy[Date | None] | None = None,
) -> SearchStrategy[MeetingPostponed]:
    """``MeetingPostponed`` claims, to a date of ``new_dates`` (or to no date given)."""
    return st.builds(
        lambda p, m, d: MeetingPostponed(
            id=_event_id("MeetingPostponed", p), provenance=p, meeting=m, new_date=d
        ),
        _provenances_or_default(provenances),
        meeting_refs() if meetings is None else meetings,
        st.none() | dates() if new_dates is None else new_dates,
    )


def decisions_adopted(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
    summaries: SearchStrategy[str] | None = None,
) -> SearchStrategy[DecisionAdopted]:
    """``DecisionAdopted`` claims of what a meeting decided (``summaries``: non-blank)."""
    return st.builds(
        lambda p, m, s: DecisionAdopted(
            id=_event_id("DecisionAdopted", p), provenance=p, meeting=m, summary=s
        ),
        _provenances_or_default(provenances),
        meeting_refs() if meetings is None else meetings,
        st.sampled_from(_SUMMARIES) if summaries is None else summaries,
    )


def events_retracted(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    retracted: SearchStrategy[str] | None = None,
    reasons: SearchStrategy[str] | None = None,
) -> SearchStrategy[EventRetracted]:
    """``EventRetracted`` corrections withdrawing an event id of ``retracted``."""
    targets = (
        st.builds(
            make_event_id,
            article_ids(),
            st.sampled_from(("MeetingHeld", "x")),
            st.just(0),
            st.integers(0, 99),
        )
        if retracted is None
        else retracted
    )
    return st.builds(
        lambda p, r, why: EventRetracted(
            id=_event_id("EventRetracted", p), provenance=p, retracted=r, reason=why
        ),
        _provenances_or_default(provenances),
        targets,
        st.sampled_from(("misread", "duplicate", "wrong article")) if reasons is None else reasons,
    ).filter(lambda e: e.retracted != e.id)


def events(
    *,
    provenances: SearchStrategy[Provenance] | None = None,
    meetings: SearchStrategy[MeetingRef] | None = None,
) -> SearchStrategy[Event]:
    """Any event, of any type (each valid on its own; see :func:`article_logs` for logs)."""
    return st.one_of(
        meetings_held(provenances=provenances, meetings=meetings),
        next_meetings_scheduled(provenances=provenances, meetings=meetings),
        decisions_adopted(provenances=provenances, meetings=meetings),
        meetings_postponed(provenances=provenances, meetings=meetings),
        meetings_cancelled(provenances=provenances, meetings=meetings),
        events_retracted(provenances=provenances),
        articles_recorded(provenances=provenances),
    )
