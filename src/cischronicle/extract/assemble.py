"""From claims to events: one event per distinct meeting, dated and placed, with its decisions.

Claims about the same meeting (same kind and body, places and dates that could be the same)
are merged into a :class:`Group` that keeps the most precise place and date any of them gave.
Article-wide reading then fills what single sentences cannot:

- relations: a meeting "on the eve of" another is the day before it, and in the same city;
- the article's main meeting held without a date of its own is dated from the publication day:
  to the day when it is reported as going on (began, is taking place) or from its own city's
  dateline, else to the month;
- a main meeting without a place takes the one city the article puts the participants in, and
  a country-only place takes the dateline's city in that country;
- a claim that gives neither place nor date is dropped when another claim of the same body
  says more (it is that meeting, or too vague to be another).
"""

from __future__ import annotations

import bisect
import itertools
import re

import attrs

from ..events import (
    DecisionAdopted,
    Event,
    MeetingCancelled,
    MeetingHeld,
    MeetingPostponed,
    MeetingRef,
    NextMeetingScheduled,
    make_event_id,
)
from ..values import Body, Date, PartialDate, Place, Provenance
from .context import Article, Claim, RelationFact, Resolved
from .dates import find_dates, shift_days
from .decisions import DecisionCandidate
from .patterns import CANCELLED, HELD, POSTPONED, SCHEDULED
from .places import find_places
from .scan import Quick

__all__ = ["Group", "build_events", "merge_claims"]

_SIX_PARTY = re.compile(
    r"\bsix[- ](?:party|sided)\s+format\b|\bthe\s+six\s+(?:states|countries)\b", re.I
)
_DIGIT = re.compile(r"\d")
_PAST_ELSEWHERE = re.compile(
    r"\b(?:last\s+year|previously|in\s+the\s+past|earlier\s+this\s+year|a\s+year\s+ago"
    r"|at\s+the\s+initiative\s+of)\b",
    re.I,
)

_PAST_ELSEWHERE_QUICK = Quick(_PAST_ELSEWHERE)


@attrs.define
class Group:
    """Claims about one meeting, with the place and date they agree on."""

    kind: str
    body: Body
    place: Place
    date: Date | None
    claims: list[Claim]
    new_date: Date | None = None
    default_dated: bool = False

    @property
    def first(self) -> int:
        """Where the first claim starts."""
        return self.claims[0].start

    @property
    def sentences(self) -> set[int]:
        """The sentences the claims come from."""
        return {c.sentence for c in self.claims}

    def flagged(self, flag: str) -> bool:
        """Whether any claim carries ``flag``."""
        return any(flag in c.flags for c in self.claims)

    def all_flagged(self, flag: str) -> bool:
        """Whether every claim carries ``flag``."""
        return all(flag in c.flags for c in self.claims)

    @property
    def vague(self) -> bool:
        """Whether the group knows neither place nor date."""
        return not self.place.known and self.date is None

    def ref(self) -> MeetingRef:
        """The meeting the group describes."""
        return MeetingRef(body=self.body, place=self.place, date=self.date)

    def absorb(self, claim: Claim) -> None:
        """Add a compatible claim, keeping the most precise place and date."""
        self.claims.append(claim)
        self.place = self.place.merge(claim.place)
        self.date = _meet(self.date, claim.date)
        if self.new_date is None:
            self.new_date = claim.new_date


def _meet(a: Date | None, b: Date | None) -> Date | None:
    if a is None:
        return b
    if b is None:
        return a
    return a.intersect(b) or a


def _compatible(group: Group, claim: Claim) -> bool:
    if group.kind != claim.kind or group.body != claim.body:
        return False
    if ("last" in claim.flags) != group.all_flagged("last") and (
        "last" in claim.flags or group.flagged("last")
    ):
        return False
    if not group.place.compatible(claim.place):
        return False
    if group.date is None or claim.date is None:
        return True
    return group.date.could_be_same_day(claim.date)


_RECENT_GROUPS = 64  # how far back a claim looks for its meeting (bounds huge texts)


def merge_claims(claims: list[Claim]) -> list[Group]:
    """Group claims that can describe the same meeting (latest compatible group first)."""
    groups: list[Group] = []
    by_key: dict[tuple[str, Body], list[Group]] = {}
    for claim in claims:
        same = by_key.setdefault((claim.kind, claim.body), [])
        target = next(
            (g for g in itertools.islice(reversed(same), _RECENT_GROUPS) if _compatible(g, claim)),
            None,
        )
        if target is None:
            group = Group(claim.kind, claim.body, claim.place, claim.date, [claim], claim.new_date)
            groups.append(group)
            same.append(group)
        else:
            target.absorb(claim)
    return groups


def _by_body(groups: list[Group], kinds: tuple[str, ...]) -> dict[Body, list[Group]]:
    index: dict[Body, list[Group]] = {}
    for group in groups:
        if group.kind in kinds:
            index.setdefault(group.body, []).append(group)
    return index


def _absorb_progressive(groups: list[Group]) -> list[Group]:
    """An undated "is being held" of a meeting also scheduled for a date is that meeting."""
    scheduled = _by_body(groups, (SCHEDULED,))
    kept = []
    for group in groups:
        undated = group.date is None or group.all_flagged("anchored")
        if group.kind == HELD and undated and group.all_flagged("ongoing"):
            target = next(
                (
                    g
                    for g in itertools.islice(scheduled.get(group.body, ()), _RECENT_GROUPS)
                    if g.date is not None
                    and (group.date is None or g.date.surely_before(group.date) is False)
                    and g.place.compatible(group.place)
                ),
                None,
            )
            if target is not None:
                target.place = target.place.merge(group.place)
                continue
        kept.append(group)
    return kept


def _absorb_into_moved(groups: list[Group]) -> list[Group]:
    """A meeting the article says was postponed or cancelled is not also still scheduled."""
    moved_by_body = _by_body(groups, (POSTPONED, CANCELLED))
    kept = []
    for group in groups:
        if group.kind == SCHEDULED:
            moved = next(
                (
                    g
                    for g in itertools.islice(moved_by_body.get(group.body, ()), _RECENT_GROUPS)
                    if g.place.compatible(group.place)
                    and (
                        g.date is None or group.date is None or g.date.could_be_same_day(group.date)
                    )
                ),
                None,
            )
            if moved is not None:
                moved.place = moved.place.merge(group.place)
                moved.date = _meet(moved.date, group.date)
                continue
        kept.append(group)
    return kept


def _nearest(candidates: list[Group], source: Group) -> Group | None:
    """The group of ``candidates`` (in text order) nearest to ``source``, same kind first."""
    firsts = [g.first for g in candidates]
    middle = bisect.bisect_left(firsts, source.first)
    window = candidates[max(0, middle - _RECENT_GROUPS) : middle + _RECENT_GROUPS]
    window = [g for g in window if g is not source]
    return min(
        window, key=lambda g: (g.kind != source.kind, abs(g.first - source.first)), default=None
    )


def _apply_relations(article: Article, groups: list[Group]) -> list[tuple[Group, Group, int]]:
    """Date and place meetings by each other; the links made: (source, target, day offset)."""
    owner = {id(c): g for g in groups for c in g.claims}
    by_body = _by_body(
        sorted(groups, key=lambda g: g.first), (HELD, SCHEDULED, POSTPONED, CANCELLED)
    )
    links: list[tuple[Group, Group, int]] = []
    for fact in article.relations:
        source = owner.get(id(article.claims[fact.source]))
        if source is None:
            continue
        target = _nearest(by_body.get(fact.target, []), source)
        if target is None:
            target = _eve_of(article, fact, source)
            if target is not None:
                groups.append(target)
                by_body.setdefault(fact.target, []).append(target)
        offset = {"eve": -1, "before": -1, "after": 1, "same": 0}.get(fact.kind)
        target_date = fact.target_date or (target.date if target is not None else None)
        if source.date is None and offset is not None and isinstance(target_date, PartialDate):
            source.date = shift_days(target_date, offset)
        if target is None:
            continue
        if offset is not None:
            links.append((source, target, offset))
        if target.date is None and offset is not None and isinstance(source.date, PartialDate):
            target.date = shift_days(source.date, -offset)
        if not source.place.known and target.place.known:
            source.place = target.place
        elif not target.place.known and source.place.known:
            target.place = source.place
    return links


def _eve_of(article: Article, fact: RelationFact, source: Group) -> Group | None:
    """The meeting "on the eve of the CIS summit" names, when no claim is about it: scheduled.

    The text places a meeting (held or to come) on the day before it, so it is still to come
    from that meeting's day.  Only when neither is dated: a dated one may be long past, and
    whether the other is still to come would need comparing dates the text does not compare.
    """
    if fact.kind != "eve" or fact.span is None or source.date is not None or fact.target_date:
        return None
    if source.kind not in (HELD, SCHEDULED):
        return None
    said = article.claims[fact.source]
    claim = Claim(SCHEDULED, fact.target, Place(), None, said.start, fact.span[1],
                  said.sentence, fact.span[0], {"relation"})  # fmt: skip
    return Group(SCHEDULED, fact.target, Place(), None, [claim])


def _month_after(article: Article, links: list[tuple[Group, Group, int]]) -> None:
    """A meeting the day after the main meeting, dated only to the publication month, is in it.

    The main meeting was held in that month by the publication day; the day after it is in the
    month too unless publication is at the month's very end.
    """
    anchor = article.masthead.anchor
    if anchor is None or anchor.day is None or anchor.day > 27:
        return
    for source, target, offset in links:
        date = source.date
        if (
            offset == -1
            and target.date is None
            and source.kind == HELD
            and source.default_dated
            and isinstance(date, PartialDate)
            and date.day is None
            and (date.year, date.month) == (anchor.year, anchor.month)
        ):
            target.date = date


def _main_held(groups: list[Group]) -> Group | None:
    held = [g for g in groups if g.kind == HELD and not g.all_flagged("last")]
    return min(held, key=lambda g: g.first, default=None)


def _default_date(article: Article, group: Group) -> None:
    anchor = article.masthead.anchor
    if group.date is not None or anchor is None or anchor.month is None:
        return
    dateline = article.masthead.dateline_place
    own_city = any("city" in c.flags for c in group.claims)
    # "met on Thursday" in a text whose year is unknown: the text names a day, perhaps not
    # the publication day, so only the month is known.
    if not group.flagged("weekday") and (
        group.flagged("ongoing")
        or (
            dateline is not None
            and own_city
            and dateline.city is not None
            and dateline.city == group.place.city
        )
    ):
        group.date = anchor if anchor.day is not None else PartialDate(anchor.year, anchor.month)
    else:
        group.date = PartialDate(anchor.year, anchor.month)
    group.default_dated = True


def _fallback_place(article: Article, group: Group) -> None:
    if group.place.known:
        if group.place.city is None and not group.place.online:
            dateline = article.masthead.dateline_place
            if dateline is not None and dateline.country == group.place.country:
                group.place = dateline
        return
    used = {c.place_span for c in article.claims if c.place_span is not None}
    cities = {
        p.place
        for p in find_places(article.text, 0, len(article.text), article.year)
        if p.role == "in"
        and p.place.city is not None
        and (p.start, p.end) not in used
        and not (article.masthead.dateline[0] <= p.start < article.masthead.dateline[1])
    }
    if len(cities) == 1:
        group.place = cities.pop()


def _drop_vague(groups: list[Group]) -> list[Group]:
    said: dict[Body, int] = {}
    for group in groups:
        if not group.vague:
            said[group.body] = said.get(group.body, 0) + 1
    kept = []
    for group in groups:
        if group.vague and group.kind in (HELD, SCHEDULED) and said.get(group.body):
            continue  # another claim of the same body says more
        kept.append(group)
    # Two vague groups of one body and kind say the same nothing: keep one.
    seen: set[tuple[str, Body]] = set()
    result = []
    for group in kept:
        if group.vague:
            key = (group.kind, group.body)
            if key in seen:
                continue
            seen.add(key)
        result.append(group)
    return result


def _six_party(article: Article, groups: list[Group]) -> None:
    """A "meeting of CIS foreign ministers" of six states is the Central Asia + Russia format."""
    lower = article.text.lower() if article.lower is None else article.lower
    if "six" not in lower or not _SIX_PARTY.search(article.text):
        return
    if any(g.body == Body.CA_RUSSIA_FM for g in groups):
        return
    main = _main_held(groups)
    if main is None or main.body != Body.CIS_CFM:
        return
    claim = main.claims[0]
    copy = Claim(HELD, Body.CA_RUSSIA_FM, main.place, main.date, claim.start, claim.end,
                 claim.sentence, claim.anchor, set(claim.flags))  # fmt: skip
    groups.append(Group(HELD, Body.CA_RUSSIA_FM, main.place, main.date, [copy]))


def merge_and_complete(article: Article) -> list[Group]:
    """All article-wide reading: merge claims, relations, defaults, vagueness."""
    groups = merge_claims(article.claims)
    groups = _absorb_progressive(groups)
    groups = _absorb_into_moved(groups)
    links = _apply_relations(article, groups)
    main = _main_held(groups)
    if main is not None:
        _fallback_place(article, main)
        _default_date(article, main)
        _month_after(article, links)
    groups = _drop_vague(groups)
    _six_party(article, groups)
    return sorted(groups, key=lambda g: g.first)


_TYPES = {
    HELD: MeetingHeld,
    SCHEDULED: NextMeetingScheduled,
    POSTPONED: MeetingPostponed,
    CANCELLED: MeetingCancelled,
}


def _best_claim(group: Group) -> Claim:
    def score(claim: Claim) -> tuple[int, int, int]:
        return (
            -(claim.date is not None) - claim.place.known,
            "self" in claim.flags or "frame" in claim.flags,
            claim.start,
        )

    return min(group.claims, key=score)


def _meeting_event(article_id: str, text: str, group: Group) -> Event:
    claim = _best_claim(group)
    ref = group.ref()
    cls = _TYPES[group.kind]
    date = "none" if ref.date is None else ref.date.isoformat()
    event_id = make_event_id(
        article_id, cls.__name__, claim.start, claim.end, ref.body.value, str(ref.place), date
    )
    provenance = Provenance.of(text, claim.start, claim.end, article=article_id)
    if group.kind == POSTPONED:
        return MeetingPostponed(
            id=event_id, provenance=provenance, meeting=ref, new_date=group.new_date
        )
    if group.kind == CANCELLED:
        return MeetingCancelled(id=event_id, provenance=provenance, meeting=ref)
    if group.kind == SCHEDULED:
        return NextMeetingScheduled(id=event_id, provenance=provenance, meeting=ref)
    return MeetingHeld(id=event_id, provenance=provenance, meeting=ref)


@attrs.frozen
class _Held:
    """The held meetings of an article, indexed for attaching decisions."""

    groups: tuple[Group, ...]  # in text order
    by_body: dict[Body, list[Group]]
    first_sentence: dict[int, int]  # id(group) -> its first sentence
    mentions: dict[int, list[Resolved]]  # sentence -> mentions naming a body

    @classmethod
    def of(cls, article: Article, groups: list[Group]) -> _Held:
        held = tuple(sorted((g for g in groups if g.kind == HELD), key=lambda g: g.first))
        mentions: dict[int, list[Resolved]] = {}
        for sentence, resolved in article.mentions:
            if resolved.body is not None:
                mentions.setdefault(sentence, []).append(resolved)
        return cls(
            held,
            _by_body(list(held), (HELD,)),
            {id(g): min(c.sentence for c in g.claims) for g in held},
            mentions,
        )

    def started_by(self, groups: list[Group] | tuple[Group, ...], sentence: int) -> list[Group]:
        return [g for g in groups if self.first_sentence[id(g)] <= sentence]


def _decision_group(
    article: Article, held: _Held, candidate: DecisionCandidate
) -> tuple[MeetingRef | None, Group | None]:
    sentence_mentions = [
        r for r in held.mentions.get(candidate.sentence, ()) if r.start < candidate.end
    ]
    clause_text = article.text[candidate.clause[0] : candidate.clause[1]]
    own_dates = []
    # A day of the month is written with digits: without one there is no need to look.
    if sentence_mentions and _DIGIT.search(article.text, candidate.start, candidate.end):
        own_dates = [
            d for d in find_dates(article.text, candidate.start, candidate.end)
            if d.kind == "absolute" and d.day is not None and d.prep == "on"
        ]  # fmt: skip
    for resolved in reversed(sentence_mentions):
        assert resolved.body is not None
        same = held.by_body.get(resolved.body, [])
        if own_dates:
            date = own_dates[0].resolve(article.masthead.anchor, "past")
            match = [g for g in same if g.date is not None and date is not None
                     and g.date.could_be_same_day(date)]  # fmt: skip
            if match:
                return match[0].ref(), match[0]
            if date is not None:
                return MeetingRef(body=resolved.body, date=date), None
        in_sentence = [g for g in same if any(c.sentence == candidate.sentence for c in g.claims)]
        if in_sentence:
            return in_sentence[0].ref(), in_sentence[0]
        earlier = held.started_by(same, candidate.sentence)
        if earlier:
            group = max(earlier, key=lambda g: g.first)
            return group.ref(), group
    if _PAST_ELSEWHERE_QUICK.search(clause_text):
        return None, None
    earlier = [
        g for g in held.started_by(held.groups, candidate.sentence) if not g.all_flagged("last")
    ]
    main = _main_held(earlier) if earlier else _main_held(list(held.groups))
    return (None, None) if main is None else (main.ref(), main)


def build_events(
    article_id: str, article: Article, decisions: list[DecisionCandidate]
) -> list[Event]:
    """Meeting events and decision events of the article, in text order."""
    groups = merge_and_complete(article)
    events: list[Event] = []
    ids: dict[int, str] = {}
    for group in groups:
        event = _meeting_event(article_id, article.text, group)
        ids[id(group)] = event.id
        events.append(event)
    held = _Held.of(article, groups)
    seen: set[tuple[int, int]] = set()
    for candidate in decisions:
        if (candidate.start, candidate.end) in seen:
            continue
        seen.add((candidate.start, candidate.end))
        ref, adopting = _decision_group(article, held, candidate)
        if ref is None:
            continue
        held_id = None if adopting is None else ids.get(id(adopting))
        event_id = make_event_id(
            article_id, "DecisionAdopted", candidate.start, candidate.end, candidate.summary
        )
        events.append(
            DecisionAdopted(
                id=event_id,
                provenance=Provenance.of(
                    article.text, candidate.start, candidate.end, article=article_id
                ),
                meeting=ref,
                summary=candidate.summary,
                held=held_id,
            )
        )
    events.sort(key=lambda e: (e.provenance.start, e.provenance.end))
    return events
