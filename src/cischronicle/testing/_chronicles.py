"""Article logs and chronicles: one world of meetings, reported truthfully or with one defect.

A chronicle is built from a *world*: articles with publication dates, and meetings as they
happened (a body, a city or online, a day, and an outcome: held, cancelled, postponed, or
still to come).  Each article makes *claims* about the meetings, each true of its meeting but
perhaps vaguer (a year for the day, a country for the city); a few mistaken claims are
retracted.  ``violating`` adds one defect that a check must flag.  Claims are then made
precise where needed to tell meetings apart, and written as events with their text.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
import os
from collections.abc import Iterable
from pathlib import Path

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import SearchStrategy

from ..checks import CHECKS
from ..chronicle import Chronicle
from ..errors import UsageError
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
from ..log import JsonlLog, MemoryLog
from ..values import BODY_NAMES, Body, Date, DateRange, PartialDate, Place, Provenance
from ._strategies import _CITY_NAMES, _SUMMARIES, _partial, _shift, meeting_refs
from ._strategies import article_ids as _article_ids
from ._strategies import bodies as _bodies


@attrs.frozen
class ArticleLog:
    """One article's events, with the article text that every quote is taken from."""

    article: str
    text: str
    events: tuple[Event, ...]

    @property
    def published(self) -> _dt.date | None:
        """The publication date in the log's ``ArticleRecorded`` event."""
        first = self.events[0]
        assert isinstance(first, ArticleRecorded)
        return first.published

    def memory_log(self) -> MemoryLog:
        """A :class:`MemoryLog` holding the events."""
        log = MemoryLog(self.article)
        log.append(self.events)
        return log

    def write(self, folder: str | os.PathLike[str]) -> JsonlLog:
        """Append the events to ``<folder>/<article>.jsonl`` (a new log) and return it."""
        log = JsonlLog(Path(folder) / f"{self.article}.jsonl")
        log.append(self.events, expected_seq=0)
        return log


class GeneratedChronicle(Chronicle):
    """A chronicle of generated article logs (in memory), which keeps the logs and texts."""

    def __init__(self, articles: Iterable[ArticleLog]) -> None:
        """Build the chronicle of ``articles`` (distinct article ids)."""
        self.articles: tuple[ArticleLog, ...] = tuple(articles)
        super().__init__(a.memory_log() for a in self.articles)

    def write(self, folder: str | os.PathLike[str]) -> Path:
        """Write every log to ``folder`` as ``<article>.jsonl``; return the folder."""
        path = Path(folder)
        path.mkdir(parents=True, exist_ok=True)
        for article in self.articles:
            article.write(path)
        return path

    def __repr__(self) -> str:
        return f"GeneratedChronicle({list(self.articles)!r})"


_MISTAKE = -1


@attrs.define
class _Claim:
    """A claim one article will make: the event to write, before its text and id exist."""

    kind: str  # held, scheduled, decision, postponed, cancelled
    article: int
    ref: MeetingRef
    meeting: int  # truth meeting number; _MISTAKE for a claim that is retracted
    precise: MeetingRef | None = None  # the exact truth; None for fixed (defect) claims
    summary: str = _SUMMARIES[0]
    new_date: Date | None = None
    retracted_in: int | None = None
    day: _dt.date | None = None  # the day of a defect's meeting


def _coarse_date(day: _dt.date, how: str, before: int, after: int) -> Date | None:
    """A date a source could give for ``day``: always true of it (or no date at all)."""
    if how == "none":
        return None
    if how in ("day", "month", "year"):
        return _partial(day, how, True)
    if how in ("xday", "xmonth"):
        return _partial(day, how[1:], False)
    first, last = _shift(day, -before), _shift(day, after)
    if first == last:
        return PartialDate.from_date(day)
    if how == "xrange":
        return DateRange(_partial(first, "day", False), _partial(last, "day", False))
    return DateRange(PartialDate.from_date(first), PartialDate.from_date(last))


_ALL_HOWS = ("day", "month", "year", "xday", "xmonth", "range", "xrange", "none")
_KNOWN_YEAR_HOWS = ("day", "month", "year", "range")


def _coarse_ref(
    draw: st.DrawFn, body: Body, place: Place, day: _dt.date, hows: tuple[str, ...]
) -> MeetingRef:
    """A reference a source could give to the meeting of ``body`` at ``place`` on ``day``."""
    how = draw(st.sampled_from(hows))
    before, after = (draw(_OFFSETS), draw(_OFFSETS)) if how.endswith("range") else (0, 0)
    date = _coarse_date(day, how, before, after)
    vague = draw(_VAGUENESS)
    if vague == "none":
        place = Place()
    elif vague == "country" and not place.online:
        place = Place(country=place.country)
    return MeetingRef(body=body, place=place, date=date)


_OFFSETS = st.integers(0, 40)
_VAGUENESS = st.sampled_from(("full", "country", "none"))
_TRUTH_PLACES = st.one_of(
    st.sampled_from(_CITY_NAMES).map(Place.of_city), st.just(Place(online=True))
)


def _pick(draw: st.DrawFn, options: list[int]) -> int | None:
    return options[draw(st.integers(0, len(options) - 1))] if options else None


@attrs.frozen
class _Spec:
    article_ids: SearchStrategy[str]
    published: SearchStrategy[_dt.date | None]
    bodies: SearchStrategy[Body]
    days: SearchStrategy[_dt.date] | None  # None: days near the articles' publication
    min_articles: int
    max_articles: int
    max_meetings: int
    mistakes: SearchStrategy[MeetingRef] = attrs.field(init=False)
    dated: SearchStrategy[_dt.date] = attrs.field(init=False)

    def __attrs_post_init__(self) -> None:
        # Built once: building strategies inside a draw loop costs more than drawing.
        object.__setattr__(self, "mistakes", meeting_refs(bodies=self.bodies))
        dated = self.published.filter(lambda d: d is not None)
        object.__setattr__(self, "dated", dated)


def _spec(
    article_ids: SearchStrategy[str] | None,
    published: SearchStrategy[_dt.date | None] | None,
    bodies: SearchStrategy[Body] | None,
    days: SearchStrategy[_dt.date] | None,
    min_articles: int,
    max_articles: int,
    max_meetings: int,
) -> _Spec:
    if not 1 <= min_articles <= max_articles:
        raise UsageError(
            f"need 1 <= min_articles <= max_articles, not {min_articles}, {max_articles}"
        )
    lo, hi = _dt.date(2023, 1, 1), _dt.date(2025, 12, 31)
    return _Spec(
        _article_ids() if article_ids is None else article_ids,
        # Mostly dated: three dated branches for one undated.
        st.one_of(st.dates(lo, hi), st.dates(lo, hi), st.dates(lo, hi), st.none())
        if published is None
        else published,
        _bodies() if bodies is None else bodies,
        days,
        min_articles,
        max_articles,
        max_meetings,
    )


_OTHER_CITY = st.integers(1, len(_CITY_NAMES) - 1)
_NEAR = 400  # days: base meetings of the defect's body this close are left out


_AROUND = st.integers(-150, 60)
_ANY_DAY = st.dates(_dt.date(2022, 1, 1), _dt.date(2026, 12, 31))


def _day(draw: st.DrawFn, spec: _Spec, pubs: list[_dt.date | None]) -> _dt.date:
    """A meeting day: from ``spec.days``, or by default near some article's publication."""
    if spec.days is not None:
        return draw(spec.days)
    dated = [p for p in pubs if p is not None]
    if not dated:
        return draw(_ANY_DAY)
    return _shift(dated[draw(st.integers(0, len(dated) - 1))], draw(_AROUND))


def _defect_claims(
    draw: st.DrawFn, check: str, spec: _Spec, pubs: list[_dt.date | None]
) -> list[_Claim]:
    """The claims that make ``check`` flag the chronicle (fixed: never made more precise)."""
    body = draw(spec.bodies)
    dated = [i for i, p in enumerate(pubs) if p is not None]
    if check == "held-after-publication":
        article = _pick(draw, dated)
        assert article is not None
        published = pubs[article]
        assert published is not None
        day = _shift(published, draw(st.integers(1, _NEAR)))
        ref = _coarse_ref(draw, body, draw(_TRUTH_PLACES), day, _KNOWN_YEAR_HOWS)
        first = None if ref.date is None else ref.date.earliest()
        if first is None or first <= published:
            ref = attrs.evolve(ref, date=PartialDate.from_date(day))
        kind = draw(st.sampled_from(("held", "decision")))
        return [_Claim(kind, article, ref, meeting=-10, day=day)]
    if check == "scheduled-meeting-took-place":
        today = max(p for p in pubs if p is not None)
        day = _shift(today, -draw(st.integers(1, _NEAR)))
        ref = _coarse_ref(draw, body, draw(_TRUTH_PLACES), day, _KNOWN_YEAR_HOWS)
        last = None if ref.date is None else ref.date.latest()
        if last is None or last >= today:
            ref = attrs.evolve(ref, date=PartialDate.from_date(day))
        article = draw(st.integers(0, len(pubs) - 1))
        return [_Claim("scheduled", article, ref, meeting=-10, day=day)]
    # conflicting-reports: two sets of articles report the same body on one day in two
    # cities, or in one city on days up to a week apart.
    n = len(pubs)
    side_a = set(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n, unique=True)))
    side_b = set(draw(st.lists(st.integers(0, n - 1), min_size=1, max_size=n, unique=True)))
    if side_a == side_b:
        toggled = min(side_a)
        side_b = side_a ^ {toggled} or {toggled, (toggled + 1) % n}
    involved = [pubs[i] for i in side_a | side_b if pubs[i] is not None]
    anchor = min(p for p in involved if p is not None) if involved else _day(draw, spec, pubs)
    day_b = _shift(anchor, -draw(st.integers(0, _NEAR)))
    city_a = draw(st.sampled_from(_CITY_NAMES))
    if draw(st.sampled_from(("city-differs", "date-differs"))) == "city-differs":
        day_a, city_b = (
            day_b,
            _CITY_NAMES[(_CITY_NAMES.index(city_a) + draw(_OTHER_CITY)) % len(_CITY_NAMES)],
        )
    else:
        day_a, city_b = _shift(day_b, -draw(st.integers(1, 7))), city_a
    ref_a = MeetingRef(body=body, place=Place.of_city(city_a), date=PartialDate.from_date(day_a))
    ref_b = MeetingRef(body=body, place=Place.of_city(city_b), date=PartialDate.from_date(day_b))
    return [_Claim("held", i, ref_a, meeting=-10, day=day_a) for i in sorted(side_a)] + [
        _Claim("held", i, ref_b, meeting=-11, day=day_b) for i in sorted(side_b)
    ]


def _base_claims(
    draw: st.DrawFn, spec: _Spec, pubs: list[_dt.date | None], defect: list[_Claim]
) -> list[_Claim]:
    """Claims about meetings as they happened, each checkable; see :func:`chronicles`."""
    dated = [p for p in pubs if p is not None]
    today = max(dated) if dated else None
    today_article = None if today is None else pubs.index(today)
    taken: list[tuple[Body, Place, _dt.date]] = []
    reserved = [(c.ref.body, c.day) for c in defect if c.day is not None]
    claims: list[_Claim] = []
    for number in range(draw(st.integers(0, spec.max_meetings))):
        body, place, day = draw(spec.bodies), draw(_TRUTH_PLACES), _day(draw, spec, pubs)
        outcome = draw(st.sampled_from(("held", "held", "cancelled", "postponed", "open")))
        if outcome == "open" and today is not None and day < today:
            continue  # a meeting due with no news of it is what the defect is made of
        if any(
            b == body and (d == day or (p == place and abs((d - day).days) <= 7))
            for b, p, d in taken
        ) or any(b == body and abs((d - day).days) <= _NEAR for b, d in reserved):
            continue
        taken.append((body, place, day))
        before = [i for i, p in enumerate(pubs) if p is None or p <= day]
        after = [i for i, p in enumerate(pubs) if p is None or p >= day]
        wanted: list[tuple[str, int | None]] = [
            ("scheduled", _pick(draw, before)) for _ in range(draw(st.integers(0, 2)))
        ]
        if outcome != "open":
            eligible = after if outcome == "held" else list(range(len(pubs)))
            news = [(outcome, _pick(draw, eligible)) for _ in range(draw(st.integers(0, 2)))]
            announced = any(a is not None for _, a in wanted)
            if announced and all(a is None for _, a in news) and today is not None and day < today:
                news.append((outcome, today_article))  # due: some article has news of it
            wanted += news
        if outcome == "held":
            wanted += [("decision", _pick(draw, after)) for _ in range(draw(st.integers(0, 2)))]
        precise = MeetingRef(body=body, place=place, date=PartialDate.from_date(day))
        mine = [
            _Claim(kind, article, _coarse_ref(draw, body, place, day, _ALL_HOWS), number, precise)
            for kind, article in wanted
            if article is not None
        ]
        if outcome == "held" and any(c.kind == "scheduled" for c in mine):
            _inform(draw, [c for c in mine if c.kind == "held"], day)
        for claim in mine:
            claim.summary = draw(st.sampled_from(_SUMMARIES))
            if claim.kind == "postponed" and draw(st.booleans()):
                claim.new_date = PartialDate.from_date(_shift(day, draw(st.integers(7, 200))))
        claims.extend(mine)
    return claims


def _inform(draw: st.DrawFn, held: list[_Claim], day: _dt.date) -> None:
    """Make one report of an announced meeting held say so informatively, if none does.

    The check calls a planned meeting held only on a report whose date has a known year
    (or a place, in news of the planned days): a year-less or undated report alone, true as
    it is, would leave the meeting ``unconfirmed``.  So the first report gets a date with a
    known year (a day, month, year or range around ``day``) when no report has one.
    """
    if not held or any(c.ref.date is not None and c.ref.date.year_known for c in held):
        return
    how = draw(st.sampled_from(_KNOWN_YEAR_HOWS))
    before, after = (draw(_OFFSETS), draw(_OFFSETS)) if how == "range" else (0, 0)
    held[0].ref = attrs.evolve(held[0].ref, date=_coarse_date(day, how, before, after))


def _separate(claims: list[_Claim]) -> None:
    """Make claims about different meetings tell them apart, so reports merge correctly.

    Two claims of one body about different meetings that could be the same meeting are
    replaced by their exact truth (fixed defect claims stay as they are) until no such pair
    is left.  Base claims are compared within a kind (each kind is a registry of its own);
    defect claims with every kind, so no other report can change their verdict.
    """
    live = [c for c in claims if c.meeting != _MISTAKE and c.kind != "decision"]
    changed = True
    while changed:
        changed = False
        for i, a in enumerate(live):
            for b in live[i + 1 :]:
                if a.meeting == b.meeting or a.ref.body != b.ref.body:
                    continue
                if a.precise is not None and b.precise is not None and a.kind != b.kind:
                    continue
                if not a.ref.compatible(b.ref):
                    continue
                for c in (a, b):
                    if c.precise is not None and c.ref != c.precise:
                        c.ref, changed = c.precise, True
                if a.ref.compatible(b.ref):  # pragma: no cover - the spacing rules prevent it
                    raise AssertionError(f"cannot tell apart {a.ref} and {b.ref}")


def _sentence(claim: _Claim) -> str:
    ref = claim.ref
    name = BODY_NAMES[ref.body]
    where = " online" if ref.place.online else f" in {ref.place}" if ref.place.known else ""
    when = f" on {ref.date}" if ref.date is not None else ""
    if claim.kind == "held":
        return f"The {name} met{where}{when}."
    if claim.kind == "scheduled":
        return f"The next meeting of the {name} will be held{where}{when}."
    if claim.kind == "decision":
        return f"The {name}{where}{when} adopted {claim.summary}."
    if claim.kind == "postponed":
        to = f" to {claim.new_date}" if claim.new_date is not None else ""
        return f"The meeting of the {name}{where}{when} was postponed{to}."
    return f"The meeting of the {name}{where}{when} was cancelled."


_FILLERS = st.sampled_from(
    (" ", "\n\n", " Ministers met «behind closed doors». ", " — ", " 🇰🇿 ", " Сообщает ТАСС. ")  # noqa: RUF001 - Cyrillic on purpose
)
"""Text between claims: astral and Cyrillic characters keep offsets honest (code points)."""


class _Writer:
    """The text and events of one article, written sentence by sentence."""

    def __init__(self, article: str) -> None:
        self.article = article
        self.text = ""
        self.events: list[Event] = []

    def say(self, filler: str, sentence: str) -> Provenance:
        self.text += filler
        start = len(self.text)
        self.text += sentence
        return Provenance(self.article, start, len(self.text), sentence)


def _event_of(claim: _Claim, provenance: Provenance, held: str | None) -> Event:
    ident = make_event_id(provenance.article, claim.kind, provenance.start, provenance.end)
    if claim.kind == "held":
        return MeetingHeld(id=ident, provenance=provenance, meeting=claim.ref)
    if claim.kind == "scheduled":
        return NextMeetingScheduled(id=ident, provenance=provenance, meeting=claim.ref)
    if claim.kind == "decision":
        return DecisionAdopted(
            id=ident, provenance=provenance, meeting=claim.ref, summary=claim.summary, held=held
        )
    if claim.kind == "postponed":
        return MeetingPostponed(
            id=ident, provenance=provenance, meeting=claim.ref, new_date=claim.new_date
        )
    return MeetingCancelled(id=ident, provenance=provenance, meeting=claim.ref)


def _mistake(
    draw: st.DrawFn, spec: _Spec, article: int, published: _dt.date | None, articles: int
) -> _Claim:
    """A claim that an article (maybe another) retracts; often one a check would flag."""
    retractor = draw(st.integers(0, articles - 1))
    if published is not None and draw(st.booleans()):
        # Reported held after the article's own publication: flagged unless retracted.
        day = _shift(published, draw(st.integers(1, _NEAR)))
        ref = MeetingRef(
            body=draw(spec.bodies), place=draw(_TRUTH_PLACES), date=PartialDate.from_date(day)
        )
        return _Claim("held", article, ref, _MISTAKE, retracted_in=retractor)
    kind = draw(st.sampled_from(("held", "scheduled", "decision", "postponed", "cancelled")))
    return _Claim(kind, article, draw(spec.mistakes), _MISTAKE, retracted_in=retractor)


@st.composite
def _article_logs_of(draw: st.DrawFn, spec: _Spec, defect: str | None) -> tuple[ArticleLog, ...]:
    """Article logs of a world in which only ``defect`` (a check name, if any) is flagged."""
    least = max(spec.min_articles, 2 if defect == "conflicting-reports" else 1)
    ids = draw(
        st.lists(
            spec.article_ids, min_size=least, max_size=max(least, spec.max_articles), unique=True
        )
    )
    pubs = [draw(spec.published) for _ in ids]
    if defect in ("held-after-publication", "scheduled-meeting-took-place") and not any(pubs):
        pubs[0] = draw(spec.dated)
    fixed = [] if defect is None else _defect_claims(draw, defect, spec, pubs)
    claims = fixed + _base_claims(draw, spec, pubs, fixed)
    for index, published in enumerate(pubs):
        if draw(st.sampled_from((False, False, True))):
            claims.append(_mistake(draw, spec, index, published, len(ids)))
    _separate(claims)
    writers = [_Writer(article) for article in ids]
    retractions: list[tuple[int, str]] = []
    for writer, published in zip(writers, pubs, strict=True):
        line = "" if published is None else f"{draw(st.sampled_from(_CITY_NAMES))}, {published}."
        provenance = writer.say("", line)
        writer.events.append(
            ArticleRecorded(
                id=make_event_id(writer.article, "recorded", 0, len(line)),
                provenance=provenance,
                published=published,
                sha256="0" * 64,  # replaced once the text is complete
                title=f"Report {writer.article}" if draw(st.booleans()) else None,
                url=f"https://news.example/{writer.article}" if draw(st.booleans()) else None,
            )
        )
    held_events: dict[tuple[int, int], MeetingHeld] = {}
    for claim in claims:
        writer = writers[claim.article]
        held = held_events.get((claim.article, claim.meeting)) if claim.meeting >= 0 else None
        if held is not None and claim.kind == "decision":
            claim.ref = held.meeting  # the decision of the meeting this article says was held
        provenance = writer.say(draw(_FILLERS), _sentence(claim))
        event = _event_of(claim, provenance, None if held is None else held.id)
        if isinstance(event, MeetingHeld) and claim.meeting >= 0:
            held_events.setdefault((claim.article, claim.meeting), event)
        writer.events.append(event)
        if claim.retracted_in is not None:
            retractions.append((claim.retracted_in, event.id))
    for index, target in retractions:
        writer = writers[index]
        provenance = writer.say(" ", f"Correction: the report {target} was wrong.")
        writer.events.append(
            EventRetracted(
                id=make_event_id(writer.article, "retracted", provenance.start, provenance.end),
                provenance=provenance,
                retracted=target,
                reason="the article misreported the meeting",
            )
        )
    logs = []
    for writer in writers:
        first = writer.events[0]
        assert isinstance(first, ArticleRecorded)
        digest = hashlib.sha256(writer.text.encode()).hexdigest()
        events_ = (attrs.evolve(first, sha256=digest), *writer.events[1:])
        logs.append(ArticleLog(writer.article, writer.text, events_))
    return tuple(logs)


def article_logs(
    *,
    article_ids: SearchStrategy[str] | None = None,
    published: SearchStrategy[_dt.date | None] | None = None,
    bodies: SearchStrategy[Body] | None = None,
    days: SearchStrategy[_dt.date] | None = None,
    max_meetings: int = 4,
) -> SearchStrategy[ArticleLog]:
    """Valid logs of one article, with the text their quotes come from.

    The log starts with ``ArticleRecorded`` (published on a day of ``published``, or
    undated), sequence and chain are valid, every ``quote == text[start:end]``, and the
    claims are consistent with the publication date: no meeting is reported held (or as
    having decided something) after it, and a meeting announced as next is not due before
    it.  Meetings are of ``bodies`` on days of ``days`` (by default, days near the
    publication); some claims are retracted by a later ``EventRetracted`` of the same article.
    """
    spec = _spec(article_ids, published, bodies, days, 1, 1, max_meetings)
    return _article_logs_of(spec, None).map(lambda logs: logs[0])


def chronicles(
    *,
    article_ids: SearchStrategy[str] | None = None,
    published: SearchStrategy[_dt.date | None] | None = None,
    bodies: SearchStrategy[Body] | None = None,
    days: SearchStrategy[_dt.date] | None = None,
    min_articles: int = 1,
    max_articles: int = 4,
    max_meetings: int = 6,
    consistent: bool = False,
) -> SearchStrategy[GeneratedChronicle]:
    """Chronicles of ``min_articles`` to ``max_articles`` article logs (distinct ids).

    By default each log is an independent :func:`article_logs` value, so the articles may
    disagree and any check may flag them.  With ``consistent=True`` the articles report
    one world of meetings truthfully (each claim true of its meeting, only vaguer; nothing
    reported held before it happened; every meeting announced and due by the latest
    publication has news of being held, cancelled or postponed, and news of it held includes
    a report dated with a known year, which the check needs; mistakes are retracted),
    and no check flags anything: :func:`assert_consistent` passes with the default
    knowledge date (the latest publication).  Meetings happen on days of ``days``, by default
    near the articles' publication dates, so that articles have news of them.
    """
    spec = _spec(article_ids, published, bodies, days, min_articles, max_articles, max_meetings)
    if consistent:
        return _article_logs_of(spec, None).map(GeneratedChronicle)
    one = _spec(spec.article_ids, spec.published, spec.bodies, spec.days, 1, 1, max_meetings)
    return st.lists(
        _article_logs_of(one, None).map(lambda logs: logs[0]),
        min_size=min_articles,
        max_size=max_articles,
        unique_by=lambda log: log.article,
    ).map(GeneratedChronicle)


def violating(
    check: str,
    *,
    article_ids: SearchStrategy[str] | None = None,
    published: SearchStrategy[_dt.date | None] | None = None,
    bodies: SearchStrategy[Body] | None = None,
    days: SearchStrategy[_dt.date] | None = None,
    min_articles: int = 1,
    max_articles: int = 4,
    max_meetings: int = 6,
) -> SearchStrategy[GeneratedChronicle]:
    """Chronicles that the check named ``check`` flags, and no other check does.

    Each is a consistent chronicle (see :func:`chronicles`) plus one defect:

    - ``held-after-publication``: a dated article reports a meeting held (or a decision of
      it) on a date that is surely after its publication;
    - ``conflicting-reports``: two different sets of articles report one body's meeting on
      one day in two cities, or in one city on two days at most a week apart;
    - ``scheduled-meeting-took-place``: an article announces a meeting (with a known year)
      that is due before the latest publication date, and no article reports it held,
      cancelled or postponed, nor the body meeting elsewhere instead (``unconfirmed``).

    The defect's meeting is of a body of ``bodies``; other meetings of that body within
    400 days of it are left out so nothing else explains it away.  ``published`` must be
    able to give dates (two of the checks need a dated article).
    """
    if check not in CHECKS:
        raise UsageError(f"unknown check {check!r}; known: {', '.join(CHECKS)}")
    spec = _spec(article_ids, published, bodies, days, min_articles, max_articles, max_meetings)
    return _article_logs_of(spec, check).map(GeneratedChronicle)
