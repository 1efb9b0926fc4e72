"""Scoring extraction against hand-made gold, exactly as the corpus GUIDELINES.md says.

Gold files are JSON lines: first ``{"type": "Article", "published": ..., "language": ...}``,
then one line per event (``MeetingHeld``, ``NextMeetingScheduled``, ``MeetingPostponed``,
``MeetingCancelled`` with ``body``, ``city``, ``country``, ``date``; ``DecisionAdopted`` with
``keywords`` as well).

Scoring (GUIDELINES.md, "Scoring"):

- a predicted meeting event matches a gold line when ``type``, ``body``, ``city`` and
  ``country`` are equal and the ``date`` is equal (*strict*) or compatible (*lenient*: equal on
  the precision both give, ``XXXX`` matching any year; a range is compatible with what it
  overlaps; an absent date gives no precision, so it is compatible with any date).  Each gold
  line matches at most one prediction and each prediction at most one gold line (a maximum
  matching), per article and type;
- decisions: recall is the share of gold decisions for which some predicted
  ``DecisionAdopted`` of the same article contains one of the gold keywords (in its summary or
  quote, ignoring case and runs of white space); precision is the share of predicted decisions
  that contain a keyword of some gold decision of the same article.

Everything here is pure: :func:`parse_gold` and :func:`parse_split` read lines already
loaded, :func:`score_article`, :func:`combine`, :func:`by_language` and :func:`score_parts`
compute; the ``cischronicle eval`` command does the file work.

A *split* names some articles (one id per line, like the corpus's ``sealed.txt``):
:func:`score_parts` sums the named articles and the rest separately, so a part kept aside can be
scored as a whole and nothing of it is seen article by article.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any

import attrs
import orjson

from .errors import InvalidValueError
from .events import DecisionAdopted, Event, MeetingRef
from .values import PartialDate, parse_date

__all__ = [
    "HELD_AND_SCHEDULED",
    "MEETING_TYPES",
    "ArticleScore",
    "Counts",
    "DecisionCounts",
    "GoldArticle",
    "GoldDecision",
    "GoldEvent",
    "Part",
    "Scores",
    "by_language",
    "combine",
    "dates_compatible",
    "parse_gold",
    "parse_split",
    "score_article",
    "score_parts",
]

MEETING_TYPES = ("MeetingHeld", "NextMeetingScheduled", "MeetingPostponed", "MeetingCancelled")
"""The event types scored by matching body, place and date."""

HELD_AND_SCHEDULED = "MeetingHeld+NextMeetingScheduled"
"""The combined figure of the two main types (the issue's target)."""


@attrs.frozen
class GoldEvent:
    """A gold meeting line: type, body, city, country, date (ISO text or ``None``).

    ``online`` marks a meeting held by videoconference, ``new_date`` the new date of a
    postponement; ``line`` is the line of the gold file it was read from (not compared).
    """

    type: str
    body: str
    city: str | None
    country: str | None
    date: str | None
    online: bool = False
    new_date: str | None = None
    line: int | None = attrs.field(default=None, eq=False)


@attrs.frozen
class GoldDecision:
    """A gold decision: its keywords (any one identifies it) and summary."""

    keywords: tuple[str, ...]
    summary: str = ""


@attrs.frozen
class GoldArticle:
    """The gold of one article.

    ``path`` is the gold file it was read from and ``line`` the line of its ``Article``
    record (neither is compared).
    """

    article: str
    published: str | None
    language: str
    events: tuple[GoldEvent, ...]
    decisions: tuple[GoldDecision, ...]
    path: str | None = attrs.field(default=None, eq=False)
    line: int | None = attrs.field(default=None, eq=False)


def _str_or_none(record: Mapping[str, Any], key: str, where: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise InvalidValueError(f"{where}: {key} must be a string or null, not {value!r}")
    return value


def parse_gold(
    lines: Iterable[str | bytes], *, article: str, path: str | None = None
) -> GoldArticle:
    """Parse the lines of a gold file; raise :class:`InvalidValueError` naming the bad line."""
    published: str | None = None
    language = "en"
    events: list[GoldEvent] = []
    decisions: list[GoldDecision] = []
    seen_article = False
    article_line: int | None = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            record = orjson.loads(raw)
        except orjson.JSONDecodeError as exc:
            raise InvalidValueError(f"not JSON: {exc}", path=path, line=number) from None
        if not isinstance(record, dict):
            raise InvalidValueError("a gold line must be a JSON object", path=path, line=number)
        kind = record.get("type")
        where = f"{kind} line"
        try:
            if kind == "Article":
                published = _str_or_none(record, "published", where)
                language = _str_or_none(record, "language", where) or "en"
                seen_article = True
                article_line = number
            elif kind in MEETING_TYPES:
                body = record.get("body")
                if not isinstance(body, str):
                    raise InvalidValueError(f"{where}: body must be a string")
                online = record.get("online", False)
                if not isinstance(online, bool):
                    raise InvalidValueError(f"{where}: online must be true or false")
                events.append(
                    GoldEvent(
                        kind,
                        body,
                        _str_or_none(record, "city", where),
                        _str_or_none(record, "country", where),
                        _str_or_none(record, "date", where),
                        online,
                        _str_or_none(record, "new_date", where),
                        line=number,
                    )
                )
            elif kind == "DecisionAdopted":
                keywords = record.get("keywords") or []
                if not isinstance(keywords, list) or not all(isinstance(k, str) for k in keywords):
                    raise InvalidValueError(f"{where}: keywords must be a list of strings")
                decisions.append(GoldDecision(tuple(keywords), str(record.get("summary") or "")))
            else:
                raise InvalidValueError(f"unknown gold line type {kind!r}")
        except InvalidValueError as exc:
            raise InvalidValueError(exc.message, path=path, line=number) from None
    if not seen_article:
        raise InvalidValueError("gold file has no Article line", path=path)
    return GoldArticle(
        article, published, language, tuple(events), tuple(decisions), path=path, line=article_line
    )


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Whether two ISO dates agree on the precision both give (``XXXX`` matches any year)."""
    if a is None or b is None:
        return True
    try:
        first, second = parse_date(a), parse_date(b)
    except InvalidValueError:
        return a == b
    if isinstance(first, PartialDate) and isinstance(second, PartialDate):
        pairs = ((first.year, second.year), (first.month, second.month), (first.day, second.day))
        return all(x == y for x, y in pairs if x is not None and y is not None)
    return first.could_be_same_day(second)


@attrs.frozen
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """Tp / (tp + fp), 0 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        """Tp / (tp + fn), 0 when there is no gold."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.tp + other.tp, self.fp + other.fp, self.fn + other.fn)

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded figures, for JSON."""
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@attrs.frozen
class DecisionCounts:
    """Decision scoring: predictions (and how many hit a keyword), gold (and how many found)."""

    predicted: int = 0
    predicted_matched: int = 0
    gold: int = 0
    gold_matched: int = 0

    @property
    def precision(self) -> float:
        """Share of predicted decisions containing a keyword of some gold decision."""
        return self.predicted_matched / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        """Share of gold decisions found by some predicted decision."""
        return self.gold_matched / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        """The harmonic mean of precision and recall."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: DecisionCounts) -> DecisionCounts:
        return DecisionCounts(
            self.predicted + other.predicted,
            self.predicted_matched + other.predicted_matched,
            self.gold + other.gold,
            self.gold_matched + other.gold_matched,
        )

    def as_dict(self) -> dict[str, Any]:
        """Counts and rounded figures, for JSON."""
        return {
            "predicted": self.predicted,
            "predicted_matched": self.predicted_matched,
            "gold": self.gold,
            "gold_matched": self.gold_matched,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


_Key = tuple[str, str, str | None, str | None, str | None]


def _prediction(event: Event) -> _Key | None:
    kind = type(event).__name__
    if kind not in MEETING_TYPES:
        return None
    ref: MeetingRef = event.meeting  # type: ignore[union-attr]
    date = None if ref.date is None else ref.date.isoformat()
    return (kind, ref.body.value, ref.place.city, ref.place.country, date)


def _gold_key(event: GoldEvent) -> _Key:
    return (event.type, event.body, event.city, event.country, event.date)


def _max_matching(gold: list[_Key], predicted: list[_Key], *, strict: bool) -> int:
    """The size of a maximum one-to-one matching between gold and predicted lines."""

    def fits(g: _Key, p: _Key) -> bool:
        if g[:4] != p[:4]:
            return False
        return g[4] == p[4] if strict else dates_compatible(g[4], p[4])

    owner: dict[int, int] = {}

    def augment(g_index: int, visited: set[int]) -> bool:
        for p_index, p in enumerate(predicted):
            if p_index in visited or not fits(gold[g_index], p):
                continue
            visited.add(p_index)
            if p_index not in owner or augment(owner[p_index], visited):
                owner[p_index] = g_index
                return True
        return False

    return sum(augment(g_index, set()) for g_index in range(len(gold)))


_SPACE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _SPACE.sub(" ", text).casefold()


@attrs.frozen
class ArticleScore:
    """The score of one article: meeting counts by type (strict, lenient) and decisions."""

    article: str
    language: str
    strict: Mapping[str, Counts]
    lenient: Mapping[str, Counts]
    decisions: DecisionCounts
    published_correct: bool


def score_article(events: Sequence[Event], gold: GoldArticle) -> ArticleScore:
    """Score one article's extracted events against its gold."""
    strict: dict[str, Counts] = {}
    lenient: dict[str, Counts] = {}
    predictions = [k for k in (_prediction(e) for e in events) if k is not None]
    for kind in MEETING_TYPES:
        g = [_gold_key(e) for e in gold.events if e.type == kind]
        p = [k for k in predictions if k[0] == kind]
        for table, is_strict in ((strict, True), (lenient, False)):
            tp = _max_matching(g, p, strict=is_strict)
            table[kind] = Counts(tp, len(p) - tp, len(g) - tp)
    for table in (strict, lenient):
        table[HELD_AND_SCHEDULED] = table["MeetingHeld"] + table["NextMeetingScheduled"]
    texts = [
        _norm(f"{e.summary} {e.provenance.quote}") for e in events if isinstance(e, DecisionAdopted)
    ]
    keywords = [[_norm(k) for k in d.keywords if k.strip()] for d in gold.decisions]
    all_keywords = [k for ks in keywords for k in ks]
    decisions = DecisionCounts(
        predicted=len(texts),
        predicted_matched=sum(any(k in t for k in all_keywords) for t in texts),
        gold=len(keywords),
        gold_matched=sum(any(k in t for t in texts for k in ks) for ks in keywords),
    )
    recorded = next((e for e in events if type(e).__name__ == "ArticleRecorded"), None)
    published = getattr(recorded, "published", None)
    predicted_published = None if published is None else published.isoformat()
    return ArticleScore(
        gold.article, gold.language, strict, lenient, decisions,
        predicted_published == gold.published,
    )  # fmt: skip


@attrs.frozen
class Scores:
    """Scores summed over articles."""

    articles: int
    strict: Mapping[str, Counts]
    lenient: Mapping[str, Counts]
    decisions: DecisionCounts
    published_correct: int

    def as_dict(self) -> dict[str, Any]:
        """Everything as plain data, for ``--json``."""
        return {
            "articles": self.articles,
            "strict": {k: v.as_dict() for k, v in self.strict.items()},
            "lenient": {k: v.as_dict() for k, v in self.lenient.items()},
            "decisions": self.decisions.as_dict(),
            "published_correct": self.published_correct,
        }


def combine(scores: Iterable[ArticleScore]) -> Scores:
    """Sum article scores (micro-averaged figures)."""
    keys = (*MEETING_TYPES, HELD_AND_SCHEDULED)
    strict = dict.fromkeys(keys, Counts())
    lenient = dict.fromkeys(keys, Counts())
    decisions = DecisionCounts()
    count = published = 0
    for score in scores:
        count += 1
        published += score.published_correct
        decisions = decisions + score.decisions
        for key in keys:
            strict[key] = strict[key] + score.strict[key]
            lenient[key] = lenient[key] + score.lenient[key]
    return Scores(count, strict, lenient, decisions, published)


def by_language(scores: Iterable[ArticleScore]) -> dict[str, Scores]:
    """Article scores summed per language (languages sorted)."""
    grouped: dict[str, list[ArticleScore]] = {}
    for score in scores:
        grouped.setdefault(score.language, []).append(score)
    return {lang: combine(grouped[lang]) for lang in sorted(grouped)}


def parse_split(lines: Iterable[str | bytes], *, path: str | None = None) -> frozenset[str]:
    """The article ids a split file names: one per line; blank lines and ``#`` comments skipped.

    Raises :class:`InvalidValueError` naming the line for a line that is not one id (text
    with spaces inside, or not UTF-8), and naming the file when it names no article.
    """
    named: set[str] = set()
    for number, raw in enumerate(lines, start=1):
        try:
            text = raw.decode("utf-8") if isinstance(raw, bytes) else raw
        except UnicodeDecodeError:
            raise InvalidValueError("not UTF-8 text", path=path, line=number) from None
        text = text.strip()
        if not text or text.startswith("#"):
            continue
        if len(text.split()) != 1:
            raise InvalidValueError(
                f"one article id per line, not {text!r}", path=path, line=number
            )
        named.add(text)
    if not named:
        raise InvalidValueError("the split file names no article", path=path)
    return frozenset(named)


@attrs.frozen
class Part:
    """The scores of a part of the articles: summed over all of them, and by language.

    ``not_found`` counts the ids a split named that no scored article has.
    """

    scores: Scores
    by_language: Mapping[str, Scores]
    not_found: int = 0

    def as_dict(self) -> dict[str, Any]:
        """Everything as plain data, for ``--json``: ``all``, ``by_language``, ``not_found``."""
        return {
            "all": self.scores.as_dict(),
            "by_language": {lang: s.as_dict() for lang, s in self.by_language.items()},
            "not_found": self.not_found,
        }


def score_parts(scores: Sequence[ArticleScore], named: Collection[str]) -> dict[str, Part]:
    """The articles ``named`` and the rest, each summed: ``{"named": ..., "rest": ...}``."""
    inside = [s for s in scores if s.article in named]
    outside = [s for s in scores if s.article not in named]
    not_found = len(set(named) - {s.article for s in inside})
    return {
        "named": Part(combine(inside), by_language(inside), not_found),
        "rest": Part(combine(outside), by_language(outside)),
    }
