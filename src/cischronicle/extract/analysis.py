"""Sentence analysis: from the phrases of one sentence to claims about meetings.

For each sentence the analyser finds meeting mentions (resolving "the meeting", "the summit"
to the body the article is talking about), triggers, places, dates and relations, pairs each
trigger with the meeting it is about, and fills each claim's place and date from the part of
the sentence that belongs to it.  The result is a list of :class:`Claim`; merging claims that
describe the same meeting, and the defaults that need the whole article, come later
(:mod:`.assemble`).
"""

from __future__ import annotations

import re

from ..values import Body
from .bodies import Mention
from .context import (
    Article,
    RelationFact,
    Resolved,
    claims_back,
    index_of,
    resolve,
)
from .dates import find_dates
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
from .places import find_places
from .scan import Quick
from .slots import add_claims, dated_near, tense_for
from .text import Sentence, words_present

__all__ = ["analyse"]

_SAME_PLACE = re.compile(
    r"\bin\s+the\s+same\s+(?:city|place|venue)\b|(?<!\w)там\s+же(?!\w)", re.IGNORECASE
)

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
_HEADLINE = re.compile(r"[.!?]\s*$")  # what a sentence ends with unless it is a headline
_PRESENT_SIMPLE = re.compile(r"\b(?:kicks\s+off|opens|begins|starts|convenes|meets|meet)\b", re.I)


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
    headline: bool | None = None  # worked out when an ongoing trigger asks
    for trigger in triggers:
        if trigger.flags == "ongoing" and headline is None:
            # Not ending in . ! ? (before white space at the end): _HEADLINE without the engine.
            headline = (
                not sentence.text.rstrip().endswith((".", "!", "?"))
                and len(sentence.text.split()) <= 20
            )
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
            if trigger.flags == "participle":
                tense = tense_near(text, trigger.start, trigger.end, sentence.start, sentence.end)
                kind = SCHEDULED if tense == "future" else HELD
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
        resolved = resolve(article, mention, index, sentence.end)
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
            named = resolve(article, following, index, sentence.end)
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
        if dated_near(dates, resolved) and (
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
        add_claims(article, sentence, index, kind, resolved, trigger, places, dates, anchor,
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
                (c for c in claims_back(article, first_claim) if c.body != source.body), None
            )
            if relation.kind in ("eve", "before", "after", "same") and earlier is not None:
                article.relations.append(
                    RelationFact(index_of(article, source), earlier.body, relation.kind)
                )
            continue
        if target.body is None or source.body == target.body:
            continue
        inner = [d for d in find_dates(text, relation.end, target.end) if d.kind == "absolute"]
        tense = tense_for(source.kind)  # "gathered on the eve of the 8 October summit": past
        target_date = inner[0].resolve(article.masthead.anchor, tense) if inner else None
        article.relations.append(
            RelationFact(
                index_of(article, source), target.body, relation.kind, target_date,
                (relation.start, target.end),
            )
        )  # fmt: skip
    if ("same" in sentence.text or "там же" in sentence.text) and _SAME_PLACE.search(sentence.text):
        placed = next((c for c in claims_back(article, first_claim) if c.place.known), None)
        for claim in article.claims[first_claim:]:
            if not claim.place.known and placed is not None:
                claim.place = placed.place  # "there", "in the same city", "там же"


_APPOSITION = re.compile(r"^\s*[-–—:]\s*(?:\w+\s+)?$")
_ALONGSIDE = re.compile(
    r"(?:alongside|together\s+with|along\s+with|back[- ]to[- ]back\s+with|in\s+parallel\s+with)"
    r"\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_ALONGSIDE_QUICK = Quick(_ALONGSIDE)


def _alongside(
    text: str, mentions: list[Resolved], pairs: dict[int, tuple[str, Resolved, Trigger | None]]
) -> None:
    """A meeting held "alongside" another in the same clause gets the same claim."""
    for resolved in mentions:
        if resolved.start in pairs or resolved.body is None or resolved.mention.plural:
            continue
        if not _ALONGSIDE_QUICK.search(text, max(0, resolved.start - 40), resolved.start):
            continue
        earlier = [p for start, p in pairs.items() if start < resolved.start and p[2] is not None]
        if earlier:
            kind, _, trigger = max(earlier, key=lambda p: p[1].start)
            pairs[resolved.start] = (kind, resolved, trigger)


KINDS = (HELD, SCHEDULED, POSTPONED, CANCELLED)
