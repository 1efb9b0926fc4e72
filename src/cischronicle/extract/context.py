"""The article-wide context of sentence analysis: claims so far, and what anaphors refer to.

:class:`Article` carries what the analyser has read so far: the claims made, the mentions
seen, the relations between meetings.  :func:`default_body` says which body an article is
mostly about; :func:`resolve` says which body a mention names, following "the meeting", "the
session", "the summit" back to the meeting last talked about (a bilateral meeting, "a
meeting" with someone, or "another meeting" refer to nothing of ours).
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
from .scan import Quick
from .text import Sentence

__all__ = [
    "Article",
    "Claim",
    "RelationFact",
    "Resolved",
    "claims_back",
    "default_body",
    "index_of",
    "resolve",
]


_HISTORY = 8  # sentences an anaphor may look back


_LOOK_BACK = 400  # mentions an anaphor may look back (bounds the work on huge texts)


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
    """Claim ``source`` happens on the eve of / ahead of / a day after a meeting of ``target``.

    ``span`` covers the phrase and the other meeting's name ("on the eve of the CIS summit")
    when the sentence names it.
    """

    source: int
    target: Body
    kind: str
    target_date: Date | None = None
    span: tuple[int, int] | None = None


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
    lower: str | None = None
    """``text.lower()``, when the caller has it."""

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

_ANOTHER_QUICK = Quick(_ANOTHER)


_INDEFINITE = re.compile(r"an?\s", re.IGNORECASE)


_EVENT_NOUN = re.compile(
    r"meeting|session|summit|gathering|sitting|talks|conference|briefing|forum|fair"
    r"|заседани|встреч|саммит|брифинг|переговор",
    re.IGNORECASE,
)


def resolve(article: Article, mention: Mention, index: int, limit: int) -> Resolved:
    """The body ``mention`` (in sentence ``index``) names, after anaphora; ``None`` if none."""
    if mention.family == "other":
        return Resolved(mention, None)
    if mention.family != "anaphor":
        return Resolved(
            mention,
            _explicit_body(mention, article.text, limit, article.default_org, article.near),
        )
    head = mention.head
    before = article.text[max(0, mention.start - 24) : mention.start]
    if _ANOTHER_QUICK.search(before) or _ANOTHER.match(article.text, mention.start):
        return Resolved(mention, None)  # "another meeting" is not the one talked about
    if _INDEFINITE.match(article.text, mention.start) and mention.org is None:
        return Resolved(mention, None)  # "a local council met": some meeting, not this one
    if mention.org is not None:
        if head in ("summit", "саммит"):
            return Resolved(mention, body_of("summit", mention.org))
        if mention.org != article.default_org:
            return Resolved(mention, None)
    if head in ("summit", "саммит"):
        for earlier in _recent(article.history, index):
            if (
                earlier.mention.family in ("chs", "sec", "summit")
                or earlier.mention.head == "summit"
            ):
                return Resolved(mention, earlier.body)
        return Resolved(mention, body_of("summit", article.default_org))
    if head == "council":
        for earlier in _recent(article.history, index):
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


def claims_back(article: Article, before: int) -> Iterator[Claim]:
    """The claims before position ``before``, latest first, at most _LOOK_BACK of them."""
    for position in range(before - 1, max(-1, before - 1 - _LOOK_BACK), -1):
        yield article.claims[position]


def index_of(article: Article, claim: Claim) -> int:
    """The position of one of the sentence's own claims in ``article.claims``."""
    for position in range(len(article.claims) - 1, -1, -1):
        if article.claims[position] is claim:
            return position
    raise ValueError("claim not in the article")  # pragma: no cover - callers pass own claims
