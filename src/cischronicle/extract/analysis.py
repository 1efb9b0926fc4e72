"""Sentence analysis: from the phrases of one sentence to claims about meetings.

For each sentence the analyser finds meeting mentions (resolving "the meeting", "the summit"
to the body the article is talking about), triggers, places, dates and relations, pairs each
trigger with the meeting it is about, and fills each claim's place and date from the part of
the sentence that belongs to it.  The result is a list of :class:`Claim`; merging claims that
describe the same meeting, and the defaults that need the whole article, come later
(:mod:`.assemble`).
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Iterator

import attrs

from ..values import Body, Date, Place
from .bodies import CIS, Mention, body_of, count_organisations, organisation_near
from .dateline import Masthead
from .dates import DateMention, find_dates
from .patterns import (
    CANCELLED,
    FRAME,
    HELD,
    POSTPONED,
    SCHEDULED,
    Relation,
    Trigger,
    find_relations,
    find_triggers,
    tense_near,
)
from .places import PlaceMention, find_places
from .text import Sentence, words_present

__all__ = ["Article", "Claim", "RelationFact", "Resolved", "analyse"]

_HISTORY = 8  # sentences an anaphor may look back
_LOOK_BACK = 400  # mentions an anaphor may look back (bounds the work on huge texts)
_GAP_RIGHT = re.compile(r"^[^;:.!?\"“”«»]{0,80}$")
_GAP_FRAME = re.compile(
    r"^\s*(?:(?:the|a|an|its|this|that|their|today['’]s|yesterday['’]s|\w+-\w+|extended|narrow"
    r"|regular|recent|last|previous|next|plenary|informal|extraordinary|jubilee|expanded"
    r"|ministerial|closing|opening|final|first|second|CIS|SCO|CSTO|очередн\w+|\w+ом)\s+){0,4}$",
    re.IGNORECASE,
)
_GAP_LEFT = re.compile(r"^(?:[^;:!?\"“”«».]|\.(?=\S)){0,200}$")
_COORD_GAP = re.compile(
    r"^\s*,?\s*(?:and|as\s+well\s+as|и|а\s+также)\s+(?:the\s+|a\s+)?$", re.IGNORECASE
)
_HEADLINE = re.compile(r"[.!?]\s*$")
_PRESENT_SIMPLE = re.compile(r"\b(?:kicks\s+off|opens|begins|starts|convenes|meets|meet)\b", re.I)
_STARTED = re.compile(r"\b(?:began|begun|opened|kicked\s+off|started)\b", re.I)
_NOT_MEETING_DATE_PREPS = frozenset({"since", "until", "till", "by", "before", "after", "of", "to"})


@attrs.frozen
class Resolved:
    """A mention with the body it names after anaphora (``None``: outside the vocabulary)."""

    mention: Mention
    body: Body | None

    @property
    def start(self) -> int:
        """Where the mention starts."""
        return self.mention.start

    @property
    def end(self) -> int:
        """Where the mention ends."""
        return self.mention.end


@attrs.define
class Claim:
    """What one sentence says about one meeting: kind, body, place, date and the quote span.

    ``flags`` record how the claim was read: ``ongoing`` (is taking place, began), ``frame``
    (only placed at a meeting by a preposition), ``next`` / ``last`` (the next, the previous
    meeting), ``self`` (no verb: "the upcoming meeting"), ``today`` (dated by "today"),
    ``weekday`` (a weekday that could not be resolved), ``city`` (the text names the city).
    """

    kind: str
    body: Body
    place: Place
    date: Date | None
    start: int
    end: int
    sentence: int
    anchor: int
    flags: set[str] = attrs.field(factory=set)
    new_date: Date | None = None
    place_span: tuple[int, int] | None = None


@attrs.frozen
class RelationFact:
    """Claim ``source`` happens on the eve of / ahead of / a day after a meeting of ``target``."""

    source: int
    target: Body
    kind: str
    target_date: Date | None = None


@attrs.define
class Article:
    """The article-wide context the analyser needs and keeps."""

    text: str
    masthead: Masthead
    default_org: str | None
    default_body: Body | None
    history: list[tuple[int, Resolved]] = attrs.field(factory=list)
    claims: list[Claim] = attrs.field(factory=list)
    relations: list[RelationFact] = attrs.field(factory=list)
    mentions: list[tuple[int, Resolved]] = attrs.field(factory=list)
    near: dict[tuple[int, int], str | None] = attrs.field(factory=dict)

    @property
    def year(self) -> int | None:
        """The publication year, when known."""
        anchor = self.masthead.anchor
        return None if anchor is None else anchor.year


def _explicit_body(
    mention: Mention,
    text: str,
    limit: int,
    default_org: str | None,
    memo: dict[tuple[int, int], str | None] | None = None,
) -> Body | None:
    org = mention.org
    if org is None:
        key = (mention.start, mention.end)
        if memo is not None and key in memo:
            org = memo[key]
        else:
            org = organisation_near(text, mention.start, mention.end, limit)
            if memo is not None:
                memo[key] = org
    org = org or default_org
    if mention.family == "cfm" and org is None:
        return None
    return body_of(mention.family, org)


def default_body(
    text: str,
    sentences: list[Sentence],
    mentions: list[list[Mention]],
    memo: dict[tuple[int, int], str | None] | None = None,
) -> tuple[str | None, Body | None]:
    """The organisation and the body the article is mostly about (for anaphors).

    ``mentions`` holds the mentions of each sentence (:func:`find_mentions`); ``memo`` keeps
    the organisation found next to each mention, for :func:`analyse` to reuse.
    """
    orgs = count_organisations(text)
    default_org = None
    if orgs:
        best = max(orgs.values())
        default_org = CIS if orgs.get(CIS) == best else orgs.most_common(1)[0][0]
    scores: Counter[Body] = Counter()
    for sentence, found in zip(sentences, mentions, strict=True):
        for mention in found:
            if mention.family in ("anaphor", "other") or mention.plural:
                continue
            body = _explicit_body(mention, text, sentence.end, default_org, memo)
            if body is not None:
                scores[body] += 10 if mention.role == "meeting" else 5
    for body in scores:
        org = body.value.split("-")[0]
        scores[body] += orgs.get({"ca": "ca-russia"}.get(org, org), 0)
    body = scores.most_common(1)[0][0] if scores else None
    return default_org, body


_ANOTHER = re.compile(
    r"(?:\banother|\ba\s+further|\bother|(?<!\w)ещ[её]\s+одн\w*|(?<!\w)друг\w+)"
    r"(?:\s+[\w-]+){0,2}\s*$",
    re.IGNORECASE,
)


_SAME_PLACE = re.compile(
    r"\bin\s+the\s+same\s+(?:city|place|venue)\b|(?<!\w)там\s+же(?!\w)", re.IGNORECASE
)
_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)
_EVENT_NOUN = re.compile(
    r"meeting|session|summit|gathering|sitting|talks|conference|briefing|forum|fair"
    r"|заседани|встреч|саммит|брифинг|переговор",
    re.IGNORECASE,
)


def _resolve(article: Article, mention: Mention, index: int, limit: int) -> Resolved:
    if mention.family == "other":
        return Resolved(mention, None)
    if mention.family != "anaphor":
        return Resolved(
            mention,
            _explicit_body(mention, article.text, limit, article.default_org, article.near),
        )
    head = mention.head
    before = article.text[max(0, mention.start - 24) : mention.start]
    if _ANOTHER.search(before) or _ANOTHER.match(article.text, mention.start):
        return Resolved(mention, None)  # "another meeting" is not the one talked about
    if _INDEFINITE.match(article.text, mention.start) and mention.org is None:
        return Resolved(mention, None)  # "a local council met": some meeting, not this one
    if mention.org is not None:
        if head in ("summit", "саммит"):
            return Resolved(mention, body_of("summit", mention.org))
        if mention.org != article.default_org:
            return Resolved(mention, None)
    recent = _recent(article.history, index)
    if head in ("summit", "саммит"):
        for earlier in recent:
            if (
                earlier.mention.family in ("chs", "sec", "summit")
                or earlier.mention.head == "summit"
            ):
                return Resolved(mention, earlier.body)
        return Resolved(mention, body_of("summit", article.default_org))
    if head == "council":
        for earlier in recent:
            family, role = earlier.mention.family, earlier.mention.role
            if family in ("cfm", "chs", "chg", "sec", "ic") and role == "meeting":
                return Resolved(mention, earlier.body)
        return Resolved(mention, article.default_body)
    if head == "ministerial":
        org = organisation_near(article.text, mention.start, mention.end, limit)
        return Resolved(mention, body_of("cfm", org or article.default_org))
    # "The meeting", "the session": the meeting last talked about, whether a claim made of
    # it or a meeting named (a bilateral meeting, "a meeting" with someone blocks).
    event = next(
        (
            r
            for _, r in itertools.islice(reversed(article.history), _LOOK_BACK)
            if r.start < mention.start
            and r.mention.role != "participants"
            and _EVENT_NOUN.search(article.text, r.start, r.end)
        ),
        None,
    )
    claim = _latest_claim(article.claims)
    if event is not None and (claim is None or event.start > claim.anchor):
        return Resolved(mention, event.body)
    if claim is not None:
        return Resolved(mention, claim.body)
    return Resolved(mention, article.default_body)


def _recent(history: list[tuple[int, Resolved]], index: int) -> list[Resolved]:
    """The mentions of the last few sentences, latest first (a bounded look back)."""
    found = []
    for sentence, resolved in reversed(history):
        if index - sentence > _HISTORY:
            break
        found.append(resolved)
    return found


def _latest_claim(claims: list[Claim]) -> Claim | None:
    """The first claim (by position) of the last sentence that made claims."""
    if not claims:
        return None
    last = claims[-1].sentence
    first = claims[-1]
    for claim in reversed(claims):
        if claim.sentence != last:
            break
        if claim.anchor < first.anchor:
            first = claim
    return first


def _between_ok(text: str, start: int, end: int, pattern: re.Pattern[str]) -> bool:
    return end >= start and pattern.match(text[start:end]) is not None


def _left_targets(text: str, trigger: Trigger, mentions: list[Resolved]) -> list[Resolved]:
    before = [m for m in mentions if m.end <= trigger.start]
    if not before:
        return []
    nearest = before[-1]
    if not _between_ok(text, nearest.end, trigger.start, _GAP_LEFT):
        return []
    if nearest.mention.family == "other":
        return []
    targets = [nearest]
    for earlier in reversed(before[:-1]):
        if _COORD_GAP.match(text[earlier.end : targets[-1].start]) and earlier.body is not None:
            targets.append(earlier)
        else:
            break
    return targets


def _all_before(trigger: Trigger, mentions: list[Resolved]) -> list[Resolved]:
    """Every meeting named before a postponement in its sentence ("A, and also B, are put off")."""
    found = []
    seen: set[Body] = set()
    for mention in mentions:
        if mention.end > trigger.start or mention.body is None or mention.body in seen:
            continue
        if mention.mention.role != "meeting" or mention.mention.plural:
            continue
        seen.add(mention.body)
        found.append(mention)
    return found


def _right_targets(text: str, trigger: Trigger, mentions: list[Resolved]) -> list[Resolved]:
    after = [m for m in mentions if m.start >= trigger.end]
    if not after:
        return []
    first = after[0]
    gap = _GAP_FRAME if trigger.kind == FRAME else _GAP_RIGHT
    if not _between_ok(text, trigger.end, first.start, gap):
        return []
    if first.mention.family == "other" or first.mention.role == "participants":
        return []
    targets = [first]
    for later in after[1:]:  # "the meeting of the Councils of heads of government and ..."
        if _COORD_GAP.match(text[targets[-1].end : later.start]) and later.body is not None:
            targets.append(later)
        else:
            break
    return targets


def _frame_kind(text: str, sentence: Sentence, trigger: Trigger, target: Resolved) -> str | None:
    tense = tense_near(text, trigger.start, target.end, sentence.start, sentence.end, 90)
    if trigger.flags == "after":
        return SCHEDULED if tense == "future" else HELD
    if tense == "past":
        return HELD
    if tense == "future":
        return SCHEDULED
    return None


def _pairs(
    article: Article,
    sentence: Sentence,
    triggers: list[Trigger],
    mentions: list[Resolved],
    targets_of_relations: set[int],
) -> dict[int, tuple[str, Resolved, Trigger | None]]:
    """Pair triggers with their meetings: mention start -> (kind, mention, trigger)."""
    text = article.text
    pairs: dict[int, tuple[str, Resolved, Trigger | None]] = {}
    headline = not _HEADLINE.search(sentence.text) and len(sentence.text.split()) <= 20
    for trigger in triggers:
        if (
            trigger.flags == "ongoing"
            and not headline
            and _PRESENT_SIMPLE.fullmatch(text[trigger.start : trigger.end])
        ):
            continue  # "the council meets twice a year": habit, not a meeting
        if trigger.kind in (POSTPONED, CANCELLED) and trigger.direction != "right":
            targets = _all_before(trigger, mentions)
            if not targets and trigger.direction == "both":
                targets = _right_targets(text, trigger, mentions)
        elif trigger.direction == "left" and trigger.flags != "host":
            targets = _left_targets(text, trigger, mentions)
        elif trigger.direction == "both":
            targets = _left_targets(text, trigger, mentions) or _right_targets(
                text, trigger, mentions
            )
        else:
            targets = _right_targets(text, trigger, mentions)
        for target in targets:
            if target.body is None or target.mention.plural:
                continue
            kind = trigger.kind
            if kind == FRAME and target.start in targets_of_relations:
                continue
            if kind == FRAME:
                frame_kind = _frame_kind(text, sentence, trigger, target)
                if frame_kind is None:
                    continue
                kind = frame_kind
            previous = pairs.get(target.start)
            overrides = kind in (POSTPONED, CANCELLED)
            if (
                previous is not None
                and not overrides
                and (previous[2] is None or previous[2].kind != FRAME)
            ):
                continue
            pairs[target.start] = (kind, target, trigger)
    return pairs


def _date_rank(mention: DateMention) -> int:
    if mention.kind in ("absolute", "range"):
        if mention.day is not None:
            return 0
        return 1 if mention.month is not None else 3
    if mention.kind == "season":
        return 2
    return 4


def _usable(mention: DateMention) -> bool:
    """Whether a date expression can be a meeting's date (not "by May 9", "for 2014")."""
    if not mention.is_date:
        return False
    if mention.prep in _NOT_MEETING_DATE_PREPS and mention.kind == "absolute":
        return False
    return not (mention.prep == "for" and mention.month is None)


def _pick_date(dates: list[DateMention], anchor: int, start: int, end: int) -> DateMention | None:
    best: tuple[int, int] | None = None
    chosen = None
    for mention in dates:
        if not (start <= mention.start and mention.end <= end) or not _usable(mention):
            continue
        key = (_date_rank(mention), abs(mention.start - anchor))
        if best is None or key < best:
            best, chosen = key, mention
    return chosen


_PLACE_RANK = {"in": 0, "host": 0, "modifier": 1, "capital": 1, "apposition": 2}


def _pick_place(
    places: list[PlaceMention], anchor: int, start: int, end: int
) -> PlaceMention | None:
    best: tuple[int, int, int] | None = None
    chosen = None
    for mention in places:
        if not (start <= mention.start and mention.end <= end) or not mention.locative:
            continue
        city = 0 if mention.place.city is not None or mention.place.online else 1
        key = (_PLACE_RANK.get(mention.role, 3), city, abs(mention.start - anchor))
        if best is None or key < best:
            best, chosen = key, mention
    return chosen


def _pairs_of_places(
    places: list[PlaceMention], dates: list[DateMention], start: int, end: int
) -> list[tuple[PlaceMention, DateMention]]:
    """Places each followed by a date: "in Moscow in October, as well as in Kazan in May"."""
    found = []
    for place in places:
        if not (start <= place.start < end) or place.role != "in" or place.place.city is None:
            continue
        follower = next((d for d in dates if 0 <= d.start - place.end <= 6 and d.end <= end), None)
        if follower is not None and follower.is_date:
            found.append((place, follower))
    return found if len(found) >= 2 else []


def _excluded(
    article: Article, sentence: Sentence, relations: list[Relation], mentions: list[Resolved]
) -> list[tuple[int, int]]:
    spans = [article.masthead.dateline, article.masthead.evidence]
    for relation in relations:
        target = next((m for m in mentions if 0 <= m.start - relation.end <= 12), None)
        if target is not None:
            spans.append((relation.start, target.end))
    return spans


def _outside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return not any(a <= start and end <= b for a, b in spans)


def analyse(
    article: Article,
    sentence: Sentence,
    index: int,
    raw: list[Mention],
    present: frozenset[str] | None = None,
) -> None:
    """Read one sentence with its mentions ``raw``; add its claims and relations to ``article``.

    ``present`` is :func:`~.text.words_present` of the sentence, when the caller has it.
    """
    text = article.text
    if not raw:
        return  # no meeting named: nothing to claim (decisions are read separately)
    if present is None:
        present = words_present(sentence.text)
    names_at = tuple(m.start for m in raw)
    triggers = find_triggers(text, sentence.start, sentence.end, names_at, present)
    relations = find_relations(text, sentence.start, sentence.end, present)
    relation_targets = {m.start for r in relations for m in raw if 0 <= m.start - r.end <= 12}
    mentions: list[Resolved] = []
    for number, mention in enumerate(raw):
        resolved = _resolve(article, mention, index, sentence.end)
        inside = next((t for t in triggers if t.start <= mention.start < t.end), None)
        if inside is not None and mention.family == "anaphor":
            # "the Council is scheduled to hold a meeting": the meeting of the subject.
            subject = _left_targets(text, inside, mentions)
            resolved = Resolved(mention, subject[0].body if subject else None)
        following = raw[number + 1] if number + 1 < len(raw) else None
        if (
            mention.family == "anaphor"
            and following is not None
            and _APPOSITION.match(text[mention.end : following.start])
        ):
            # "another meeting - the session of the Supreme Economic Council": that body.
            named = _resolve(article, following, index, sentence.end)
            resolved = Resolved(mention, named.body)
        mentions.append(resolved)
        if mention.start not in relation_targets:
            # "on the eve of the summit" dates this meeting; it is not what "the meeting"
            # will refer to next.
            article.history.append((index, resolved))
        article.mentions.append((index, resolved))
    excluded = _excluded(article, sentence, relations, mentions)
    pairs = _pairs(article, sentence, triggers, mentions, relation_targets)
    _alongside(text, mentions, pairs)
    unpaired = [
        r
        for r in mentions
        if r.start not in pairs
        and r.body is not None
        and not r.mention.plural
        and r.start not in relation_targets
    ]
    for resolved in unpaired:
        if resolved.mention.when == "next" and resolved.mention.role == "meeting":
            pairs[resolved.start] = (SCHEDULED, resolved, None)
    fallback = [r for r in unpaired if r.start not in pairs and r.mention.role != "other"]
    if not pairs and not fallback:
        return  # nothing claimed here: no need to read places and dates
    dates = [
        d
        for d in find_dates(text, sentence.start, sentence.end, present)
        if _outside(excluded, d.start, d.end)
    ]
    for resolved in fallback:
        if _dated_near(dates, resolved) and (
            tense_near(text, resolved.start, resolved.end, sentence.start, sentence.end) == "future"
        ):
            # "The draft will be studied by the state leaders tomorrow": a dated future.
            pairs[resolved.start] = (SCHEDULED, resolved, None)
    if not pairs:
        return
    places = [
        p
        for p in find_places(text, sentence.start, sentence.end, article.year, present)
        if _outside(excluded, p.start, p.end)
    ]
    ordered = sorted(
        pairs.values(), key=lambda p: min(p[1].start, p[2].start if p[2] else p[1].start)
    )
    first_claim = len(article.claims)
    for number, (kind, resolved, trigger) in enumerate(ordered):
        anchor = resolved.start if trigger is None else min(trigger.start, resolved.start)
        region_start = sentence.start if number == 0 else anchor
        if number > 0:
            previous = ordered[number - 1]
            if previous[2] is not None and trigger is not None and previous[2] == trigger:
                region_start = sentence.start  # coordinated subjects share the sentence
        region_end = sentence.end
        for later in ordered[number + 1 :]:
            later_anchor = (
                later[1].start if later[2] is None else min(later[2].start, later[1].start)
            )
            if later[2] is not None and later[2] == trigger:
                continue
            region_end = max(later_anchor, anchor + 1)
            break
        own = None
        partners = sorted(p[1].start for p in ordered if p[2] is not None and p[2] == trigger)
        if len(partners) > 1:
            # Coordinated meetings share what follows the verb; what sits between one
            # meeting's name and the next is its own ("A, planned for the 15th, and B ...").
            next_partners = [p for p in partners if p > resolved.start]
            own_end = next_partners[0] if next_partners else region_end
            if trigger is not None and resolved.start < trigger.start:
                own_end = min(own_end, trigger.start)
            own = (resolved.start, own_end)
        _add_claims(article, sentence, index, kind, resolved, trigger, places, dates, anchor,
                    region_start, region_end, own)  # fmt: skip
    for relation in relations:
        target = next((m for m in mentions if 0 <= m.start - relation.end <= 12), None)
        source = next(
            (
                c
                for c in reversed(article.claims[first_claim:])
                if c.anchor < relation.start or c.start <= relation.start < c.end
            ),
            None,
        )
        if source is None:
            continue
        if target is None:
            # "A day earlier, the ministers will meet": relative to the meeting just mentioned.
            earlier = next(
                (c for c in _claims_back(article, first_claim) if c.body != source.body), None
            )
            if relation.kind in ("eve", "before", "after", "same") and earlier is not None:
                article.relations.append(
                    RelationFact(_index_of(article, source), earlier.body, relation.kind)
                )
            continue
        if target.body is None or source.body == target.body:
            continue
        inner = [d for d in find_dates(text, relation.end, target.end) if d.kind == "absolute"]
        tense = _tense_for(source.kind)  # "gathered on the eve of the 8 October summit": past
        target_date = inner[0].resolve(article.masthead.anchor, tense) if inner else None
        article.relations.append(
            RelationFact(_index_of(article, source), target.body, relation.kind, target_date)
        )
    if ("same" in sentence.text or "там же" in sentence.text) and _SAME_PLACE.search(sentence.text):
        placed = next((c for c in _claims_back(article, first_claim) if c.place.known), None)
        for claim in article.claims[first_claim:]:
            if not claim.place.known and placed is not None:
                claim.place = placed.place  # "there", "in the same city", "там же"


_APPOSITION = re.compile(r"^\s*[-–—:]\s*(?:\w+\s+)?$")
_ALONGSIDE = re.compile(
    r"(?:alongside|together\s+with|along\s+with|back[- ]to[- ]back\s+with|in\s+parallel\s+with)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)


def _alongside(
    text: str, mentions: list[Resolved], pairs: dict[int, tuple[str, Resolved, Trigger | None]]
) -> None:
    """A meeting held "alongside" another in the same clause gets the same claim."""
    for resolved in mentions:
        if resolved.start in pairs or resolved.body is None or resolved.mention.plural:
            continue
        if not _ALONGSIDE.search(text, max(0, resolved.start - 40), resolved.start):
            continue
        earlier = [p for start, p in pairs.items() if start < resolved.start and p[2] is not None]
        if earlier:
            kind, _, trigger = max(earlier, key=lambda p: p[1].start)
            pairs[resolved.start] = (kind, resolved, trigger)


def _claims_back(article: Article, before: int) -> Iterator[Claim]:
    """The claims before position ``before``, latest first, at most _LOOK_BACK of them."""
    for position in range(before - 1, max(-1, before - 1 - _LOOK_BACK), -1):
        yield article.claims[position]


def _index_of(article: Article, claim: Claim) -> int:
    """The position of one of the sentence's own claims in ``article.claims``."""
    for position in range(len(article.claims) - 1, -1, -1):
        if article.claims[position] is claim:
            return position
    raise ValueError("claim not in the article")  # pragma: no cover - callers pass own claims


_LEAD = re.compile(r"[\s\-–—:.,/)]*")


def _quote_start(article: Article, start: int, first_evidence: int) -> int:
    """Where a claim's quote starts: its sentence, after a leading date marker or dateline."""
    for span_start, span_end in (article.masthead.evidence, article.masthead.dateline):
        if span_start <= start < span_end <= first_evidence:
            lead = _LEAD.match(article.text, span_end, first_evidence)
            start = lead.end() if lead is not None else span_end
    return start


def _dated_near(dates: list[DateMention], resolved: Resolved) -> bool:
    return any(abs(d.start - resolved.start) <= 80 and _usable(d) for d in dates)


def _tense_for(kind: str) -> str:
    return "past" if kind == HELD else "future"


def _add_claims(
    article: Article,
    sentence: Sentence,
    index: int,
    kind: str,
    resolved: Resolved,
    trigger: Trigger | None,
    places: list[PlaceMention],
    dates: list[DateMention],
    anchor: int,
    region_start: int,
    region_end: int,
    own: tuple[int, int] | None = None,
) -> None:
    body = resolved.body
    assert body is not None
    flags: set[str] = set()
    if trigger is not None and (
        trigger.flags == "ongoing" or _STARTED.search(article.text, trigger.start, trigger.end)
    ):
        flags.add("ongoing")
    if trigger is not None and trigger.kind == FRAME:
        flags.add("frame")
    if trigger is None:
        flags.add("self")
    if resolved.mention.when:
        flags.add(resolved.mention.when)
    if ("frame" in flags and trigger is not None) or trigger is None:
        # A frame ("said at the session of X in Bishkek on Friday") or a bare mention ("the
        # upcoming meeting") dates and places its meeting only with what is right next to it:
        # what follows its name closely, or a date just before ("On August 26-27, during").
        head = resolved.start if trigger is None else trigger.start
        before = [d for d in dates if 0 <= head - d.end <= 3]
        region_start = max(region_start, before[0].start if before else head)
        region_end = min(region_end, resolved.end + 40)
    pairs = _pairs_of_places(places, dates, region_start, region_end)
    if pairs:
        for paired_place, paired_date in pairs:
            paired_value = paired_date.resolve(article.masthead.anchor, _tense_for(kind))
            _append(article, sentence, index, kind, body, paired_place, paired_value, paired_date,
                    anchor, flags, resolved, trigger)  # fmt: skip
        return
    place = date = None
    if own is not None:
        place = _pick_place(places, resolved.start, *own)
        date = _pick_date(dates, resolved.start, *own)
    place = place or _pick_place(places, anchor, region_start, region_end)
    date = date or _pick_date(dates, anchor, region_start, region_end)
    value = None if date is None else date.resolve(article.masthead.anchor, _tense_for(kind))
    if date is not None and date.kind == "relative" and value is not None:
        flags.add("today")
    if date is not None and date.kind == "weekday" and value is None:
        flags.add("weekday")
    anchor_day = article.masthead.anchor
    if value is None and "ongoing" in flags and anchor_day is not None and anchor_day.day:
        value = anchor_day  # "is taking place", "began": on the day of publication
        date = None
        flags.add("anchored")
    new_date = None
    if kind == POSTPONED and trigger is not None:
        later = [
            d for d in dates if d.start >= trigger.end and d.prep in ("to", "until", "till", "for")
        ]
        if later:
            new_date = later[0].resolve(article.masthead.anchor, "future")
    _append(article, sentence, index, kind, body, place, value, date, anchor, flags, resolved,
            trigger, new_date)  # fmt: skip


def _append(
    article: Article,
    sentence: Sentence,
    index: int,
    kind: str,
    body: Body,
    place: PlaceMention | None,
    value: Date | None,
    date: DateMention | None,
    anchor: int,
    flags: set[str],
    resolved: Resolved,
    trigger: Trigger | None,
    new_date: Date | None = None,
) -> None:
    ends = [resolved.end]
    starts = [resolved.start]
    if trigger is not None:
        ends.append(trigger.end)
        starts.append(trigger.start)
    if place is not None:
        ends.append(place.end)
        starts.append(place.start)
    if date is not None and value is not None:
        ends.append(date.end)
        starts.append(date.start)
    start = _quote_start(article, sentence.start, min(starts))
    end = max(ends)
    claim_flags = set(flags)
    if place is not None and place.place.city is not None:
        claim_flags.add("city")
    article.claims.append(
        Claim(
            kind, body, Place() if place is None else place.place, value, start, end, index,
            anchor, claim_flags, new_date, None if place is None else (place.start, place.end),
        )
    )  # fmt: skip


KINDS = (HELD, SCHEDULED, POSTPONED, CANCELLED)
