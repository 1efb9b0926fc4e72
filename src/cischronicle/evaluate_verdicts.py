"""Measuring verdicts: how many meetings the gold says were scheduled get the gold's verdict.

The issue's yardstick for the whole pipeline (extraction, projections, checks) is how many
real scheduled sessions get the right verdict from ``scheduled-meeting-took-place``.  This
module measures it against hand-made gold (the corpus format, read by
:func:`~cischronicle.evaluate.parse_gold`):

1. :func:`gold_events` turns each gold file into the events it states: an
   ``ArticleRecorded`` with the gold's publication date and language, and one
   ``MeetingHeld``, ``NextMeetingScheduled``, ``MeetingPostponed`` or ``MeetingCancelled`` per
   line (dates read by :func:`~cischronicle.values.parse_date`: ``XXXX-04-12`` is a date of
   unknown year, ``null`` no date, as in any event).  Their ids start with ``gold:`` and
   their provenance quotes no character of the article (offsets 0..0, as a person's
   retraction): the claim is the annotator's, not a sentence's.  Gold decisions are left
   out: the gold annotates the meeting that adopted them as held anyway.
2. :func:`compare_verdicts` folds the gold events into one chronicle and the extracted
   events (as :func:`~cischronicle.extract.extract` gives them, decisions included: that is
   the chronicle a user gets) into another, runs the checks over each as of one knowledge
   date, and pairs every scheduled meeting of the gold chronicle with a scheduled meeting of
   the extracted one that the projections' own rule
   (:meth:`~cischronicle.projections.MeetingRegistry.compatible`: same body, compatible place
   and date) says could be the same.  The pairing is one to one and as large as possible; a
   candidate with the same date and place as the gold meeting is preferred.  A gold meeting
   left unpaired is ``missing``; an extracted one is ``spurious``.
3. :func:`measure_verdicts` does this over every article, per language and, with a split,
   per part: each group is its own pair of chronicles, built from that group's articles
   alone, so a group's figures never depend on articles outside it (and the groups need not
   add up to the whole: a meeting scheduled in one article may be reported held in another).

Everything here is pure; ``cischronicle eval --verdicts`` does the file work and prints.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs

from .checks import CheckedState
from .errors import InvalidValueError
from .evaluate import GoldArticle, GoldEvent
from .events import (
    ArticleRecorded,
    Event,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
)
from .projections import ChronicleState, Meeting, project
from .values import Body, Place, Provenance, parse_date

__all__ = [
    "MISSING",
    "VERDICTS",
    "ArticleEvents",
    "PairedVerdict",
    "VerdictComparison",
    "VerdictCounts",
    "VerdictMeasure",
    "VerdictPart",
    "compare_verdicts",
    "gold_events",
    "measure_verdicts",
]

VERDICTS = ("held", "moved", "postponed", "cancelled", "pending", "unconfirmed")
"""The verdicts ``scheduled-meeting-took-place`` gives, in the order tables show them."""

MISSING = "missing"
"""The extracted "verdict" of a gold scheduled meeting the extracted chronicle does not have
(and the gold "verdict" of a spurious one)."""

_GOLD_SHA256 = "0" * 64
"""The text hash of a gold article's record: the gold holds no text to hash."""


def _ref(gold: GoldEvent) -> MeetingRef:
    place = Place(online=True) if gold.online else Place(gold.city, gold.country)
    date = None if gold.date is None else parse_date(gold.date)
    return MeetingRef(body=Body.parse(gold.body), place=place, date=date)


def _event(article: str, gold: GoldEvent, number: int) -> Event:
    event_id = f"gold:{article}:{gold.line if gold.line is not None else number}"
    provenance = Provenance(article, 0, 0, "")
    ref = _ref(gold)
    if gold.type == "MeetingHeld":
        return MeetingHeld(id=event_id, provenance=provenance, meeting=ref)
    if gold.type == "NextMeetingScheduled":
        return NextMeetingScheduled(id=event_id, provenance=provenance, meeting=ref)
    if gold.type == "MeetingPostponed":
        new_date = None if gold.new_date is None else parse_date(gold.new_date)
        return MeetingPostponed(id=event_id, provenance=provenance, meeting=ref, new_date=new_date)
    if gold.type == "MeetingCancelled":
        return MeetingCancelled(id=event_id, provenance=provenance, meeting=ref)
    raise InvalidValueError(f"not a meeting event type: {gold.type!r}")


def gold_events(gold: GoldArticle) -> tuple[Event, ...]:
    """The events a gold file states: its article's record, then one per meeting line.

    Raises :class:`~cischronicle.errors.InvalidValueError` naming the gold file and line of
    a value the event model refuses (an unknown body, a malformed date, a city in the wrong
    country, an online meeting with a city).
    """
    try:
        published = None if gold.published is None else _dt.date.fromisoformat(gold.published)
        recorded = ArticleRecorded(
            id=f"gold:{gold.article}",
            provenance=Provenance(gold.article, 0, 0, ""),
            published=published,
            sha256=_GOLD_SHA256,
            language=gold.language,
        )
    except (InvalidValueError, ValueError) as exc:
        message = exc.message if isinstance(exc, InvalidValueError) else str(exc)
        raise InvalidValueError(
            f"Article line: {message}", path=gold.path, line=gold.line
        ) from None
    events: list[Event] = [recorded]
    for number, line in enumerate(gold.events, start=1):
        try:
            events.append(_event(gold.article, line, number))
        except InvalidValueError as exc:
            raise InvalidValueError(
                f"{line.type} line: {exc.message}", path=gold.path, line=line.line
            ) from None
    return tuple(events)


@attrs.frozen
class PairedVerdict:
    """One scheduled meeting and its two verdicts: the gold chronicle's and the extracted one's.

    ``meeting`` is the gold meeting (or, for a spurious one, the extracted meeting);
    ``gold`` or ``extracted`` is :data:`MISSING` when that chronicle has no such meeting;
    ``sources`` are the ids of the articles that report it scheduled.
    """

    meeting: MeetingRef
    gold: str
    extracted: str
    sources: tuple[str, ...]

    @property
    def same(self) -> bool:
        """Whether both chronicles have the meeting and give it the same verdict."""
        return self.gold == self.extracted and self.gold != MISSING


@attrs.frozen
class VerdictCounts:
    """The verdict figures of a chronicle pair: how many gold meetings get the gold verdict.

    ``gold`` = ``same`` + ``different`` + ``missing``; ``confusion[g][e]`` counts gold
    meetings given ``g`` by the gold chronicle and ``e`` by the extracted one (``missing``
    when it has no such meeting); ``spurious`` counts the extracted chronicle's scheduled
    meetings the gold has not, by their verdict.
    """

    confusion: Mapping[str, Mapping[str, int]] = attrs.field(factory=dict)
    spurious: Mapping[str, int] = attrs.field(factory=dict)

    @property
    def gold(self) -> int:
        """The number of scheduled meetings of the gold chronicle."""
        return sum(sum(row.values()) for row in self.confusion.values())

    @property
    def same(self) -> int:
        """Gold meetings the extracted chronicle gives the same verdict."""
        return sum(row.get(verdict, 0) for verdict, row in self.confusion.items())

    @property
    def missing(self) -> int:
        """Gold meetings the extracted chronicle has no scheduled meeting for."""
        return sum(row.get(MISSING, 0) for row in self.confusion.values())

    @property
    def different(self) -> int:
        """Gold meetings the extracted chronicle has, with another verdict."""
        return self.gold - self.same - self.missing

    @property
    def spurious_total(self) -> int:
        """Scheduled meetings of the extracted chronicle that the gold has not."""
        return sum(self.spurious.values())

    @property
    def agreement(self) -> float:
        """``same / gold``: the share of gold scheduled meetings given the right verdict."""
        return self.same / self.gold if self.gold else 0.0

    def as_dict(self) -> dict[str, Any]:
        """Counts, the share right, the confusion table and the spurious ones, for JSON."""
        return {
            "gold": self.gold,
            "same": self.same,
            "different": self.different,
            "missing": self.missing,
            "agreement": round(self.agreement, 4),
            "confusion": {g: dict(row) for g, row in self.confusion.items()},
            "spurious": self.spurious_total,
            "spurious_by_verdict": dict(self.spurious),
        }


_ORDER = (*VERDICTS, MISSING)


def _rank(verdict: str) -> tuple[int, str]:
    """Verdicts in the order of :data:`VERDICTS`, then missing, then any other by name."""
    return (_ORDER.index(verdict), "") if verdict in _ORDER else (len(_ORDER), verdict)


def _ordered(counts: Mapping[str, int]) -> dict[str, int]:
    return {k: counts[k] for k in sorted(counts, key=_rank) if counts[k]}


@attrs.frozen
class VerdictComparison:
    """Every gold scheduled meeting paired with its extracted verdict, and the spurious ones."""

    as_of: _dt.date | None
    paired: tuple[PairedVerdict, ...]
    spurious: tuple[PairedVerdict, ...]

    def counts(self) -> VerdictCounts:
        """The figures: the confusion table and the spurious meetings by verdict."""
        confusion: dict[str, dict[str, int]] = {}
        for pair in self.paired:
            row = confusion.setdefault(pair.gold, {})
            row[pair.extracted] = row.get(pair.extracted, 0) + 1
        spurious: dict[str, int] = {}
        for pair in self.spurious:
            spurious[pair.extracted] = spurious.get(pair.extracted, 0) + 1
        rows = {g: _ordered(confusion[g]) for g in sorted(confusion, key=_rank)}
        return VerdictCounts(rows, _ordered(spurious))


def _verdicts(state: ChronicleState, as_of: _dt.date | None) -> dict[str, str]:
    """The verdict of every scheduled meeting of ``state``, by meeting key."""
    checked = CheckedState.of(state)
    found = {}
    for meeting in state.scheduled.by_date():
        found[meeting.key] = checked.finding(meeting.key, as_of).verdict
    return found


def _closeness(gold: Meeting, candidate: Meeting) -> tuple[bool, bool]:
    """Sorts first the candidates that give the gold meeting's own date, then its place."""
    return (candidate.date != gold.date, candidate.place != gold.place)


def _candidates(gold: Meeting, extracted: ChronicleState) -> list[Meeting]:
    """The extracted scheduled meetings that could be ``gold``, the closest first."""
    found = extracted.scheduled.compatible(gold.ref)
    return sorted(found, key=lambda candidate: _closeness(gold, candidate))


def _pairs(gold: list[Meeting], extracted: ChronicleState) -> dict[int, Meeting]:
    """A largest one-to-one pairing of gold meetings with compatible extracted ones."""
    candidates = [_candidates(m, extracted) for m in gold]
    owner: dict[str, int] = {}

    def augment(index: int, visited: set[str]) -> bool:
        for candidate in candidates[index]:
            if candidate.key in visited:
                continue
            visited.add(candidate.key)
            if candidate.key not in owner or augment(owner[candidate.key], visited):
                owner[candidate.key] = index
                return True
        return False

    for index in range(len(gold)):
        augment(index, set())
    by_key = {c.key: c for found in candidates for c in found}
    return {index: by_key[key] for key, index in owner.items()}


def _latest_published(events: Iterable[Event]) -> _dt.date | None:
    dates = [e.published for e in events if isinstance(e, ArticleRecorded) and e.published]
    return max(dates) if dates else None


def compare_verdicts(
    gold: Iterable[Event], extracted: Iterable[Event], *, as_of: _dt.date | None = None
) -> VerdictComparison:
    """Pair every scheduled meeting of the gold chronicle with the extracted chronicle's verdict.

    ``gold`` are events such as :func:`gold_events` gives, ``extracted`` the extractor's
    events of the same articles.  Both chronicles are judged as of ``as_of`` (by default the
    latest publication date the gold gives), so a pending or unconfirmed verdict never
    differs only because the extractor read another publication date as the latest.
    """
    gold_list, extracted_list = list(gold), list(extracted)
    today = as_of if as_of is not None else _latest_published(gold_list)
    gold_state, extracted_state = project(gold_list), project(extracted_list)
    gold_verdicts = _verdicts(gold_state, today)
    extracted_verdicts = _verdicts(extracted_state, today)
    scheduled = list(gold_state.scheduled.by_date())
    pairs = _pairs(scheduled, extracted_state)
    paired = tuple(
        PairedVerdict(
            meeting.ref,
            gold_verdicts[meeting.key],
            MISSING if index not in pairs else extracted_verdicts[pairs[index].key],
            meeting.sources,
        )
        for index, meeting in enumerate(scheduled)
    )
    taken = {m.key for m in pairs.values()}
    spurious = tuple(
        PairedVerdict(m.ref, MISSING, extracted_verdicts[m.key], m.sources)
        for m in extracted_state.scheduled.by_date()
        if m.key not in taken
    )
    return VerdictComparison(today, paired, spurious)


@attrs.frozen
class ArticleEvents:
    """One article's two readings: the gold's events and the extractor's, and its language."""

    article: str
    language: str
    gold: tuple[Event, ...]
    extracted: tuple[Event, ...]


@attrs.frozen
class VerdictPart:
    """The verdict figures of a group of articles, as a whole and by language.

    ``articles`` counts the articles of the group; ``not_found`` the ids a split named
    that no article has.
    """

    articles: int
    counts: VerdictCounts
    by_language: Mapping[str, VerdictCounts]
    not_found: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Everything as plain data: ``articles``, ``all``, ``by_language``, ``not_found``."""
        return {
            "articles": self.articles,
            "all": self.counts.as_dict(),
            "by_language": {lang: c.as_dict() for lang, c in self.by_language.items()},
            "not_found": self.not_found,
        }


@attrs.frozen
class VerdictMeasure:
    """The verdict figures of every article, by language and, with a split, per part.

    ``as_of`` is the knowledge date every group was judged at; :attr:`shown_as_of` is what
    may be shown of it.
    """

    as_of: _dt.date | None
    whole: VerdictPart
    parts: Mapping[str, VerdictPart] | None = None

    @property
    def shown_as_of(self) -> _dt.date | None:
        """The knowledge date, or ``None`` with a split: it may be a named article's date."""
        return self.as_of if self.parts is None else None

    def as_dict(self) -> dict[str, Any]:
        """Plain data for ``--json``: ``as_of``, ``articles``, ``all``, ``by_language``, parts.

        ``as_of`` is left out and ``parts`` given with a split (see :attr:`shown_as_of`).
        """
        found: dict[str, Any] = {}
        if self.parts is None:
            found["as_of"] = None if self.as_of is None else self.as_of.isoformat()
        whole = self.whole.as_dict()
        del whole["not_found"]
        found.update(whole)
        if self.parts is not None:
            found["parts"] = {key: part.as_dict() for key, part in self.parts.items()}
        return found


def _counts(articles: Sequence[ArticleEvents], as_of: _dt.date | None) -> VerdictCounts:
    gold = [e for a in articles for e in a.gold]
    extracted = [e for a in articles for e in a.extracted]
    return compare_verdicts(gold, extracted, as_of=as_of).counts()


def _part(
    articles: Sequence[ArticleEvents], as_of: _dt.date | None, not_found: int = 0
) -> VerdictPart:
    languages = sorted({a.language for a in articles})
    return VerdictPart(
        len(articles),
        _counts(articles, as_of),
        {lang: _counts([a for a in articles if a.language == lang], as_of) for lang in languages},
        not_found,
    )


def measure_verdicts(
    articles: Sequence[ArticleEvents],
    *,
    named: Collection[str] | None = None,
    as_of: _dt.date | None = None,
) -> VerdictMeasure:
    """The verdict figures of ``articles``: all of them, by language, and the parts of a split.

    Every group (all, a language, a part, a part's language) is its own pair of chronicles
    built from its articles alone and compared by :func:`compare_verdicts`, all as of one
    knowledge date: ``as_of``, by default the latest publication date the gold gives for any
    article.  With ``named`` (the ids of a split) the articles named and the rest are two
    parts (``named`` and ``rest``), each given only as a whole.
    """
    today = as_of if as_of is not None else _latest_published(e for a in articles for e in a.gold)
    whole = _part(articles, today)
    if named is None:
        return VerdictMeasure(today, whole)
    inside = [a for a in articles if a.article in named]
    outside = [a for a in articles if a.article not in named]
    not_found = len(set(named) - {a.article for a in inside})
    parts = {"named": _part(inside, today, not_found), "rest": _part(outside, today)}
    return VerdictMeasure(today, whole, parts)
