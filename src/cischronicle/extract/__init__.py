"""Extraction: from an article's text to its events, each with the quote that states it.

:func:`extract` is pure (no I/O, no network, no clock, no randomness): the same text always
gives the same events with the same ids.  It reads

- the article itself (:mod:`.dateline`): publication date, dateline, title, language;
- dates (:mod:`.dates`, resolved by :mod:`.dateref`), places (:mod:`.places`), bodies
  (:mod:`.bodies`, with :mod:`.organisations`) in each sentence (:mod:`.text`);
- the verbs and frames that make claims (:mod:`.patterns`), paired with their meetings
  sentence by sentence (:mod:`.analysis`, with anaphora in :mod:`.context` and each claim's
  own place and date in :mod:`.slots`);
- decisions (:mod:`.decisions`);

and assembles one event per distinct meeting (:mod:`.assemble`).  It abstains rather than
guesses: a claim it cannot tie to a body of the vocabulary is left out, and a date or place the
text does not give stays unknown.  :mod:`.reconcile` compares a new reading with a log.
"""

from __future__ import annotations

import datetime as _dt
import hashlib

from ..errors import InvalidValueError
from ..events import ArticleRecorded, Event, make_event_id
from ..values import PartialDate, Provenance
from .analysis import analyse
from .assemble import build_events
from .bodies import find_mentions
from .context import Article, default_body
from .dateline import Masthead, read_masthead
from .decisions import DecisionCandidate, find_decisions
from .text import split_sentences, words_in_sentences

__all__ = ["extract"]


def _check(text: object, article_id: object, published: object) -> _dt.date | None:
    if not isinstance(text, str):
        raise InvalidValueError(f"article text must be str, not {type(text).__name__}")
    if not isinstance(article_id, str) or not article_id or article_id != article_id.strip():
        raise InvalidValueError(f"article id must be a non-empty string, not {article_id!r}")
    if published is None:
        return None
    if isinstance(published, _dt.datetime):
        return published.date()
    if isinstance(published, _dt.date):
        return published
    raise InvalidValueError(f"published must be a date or None, not {type(published).__name__}")


def extract(text: str, *, article_id: str, published: _dt.date | None = None) -> tuple[Event, ...]:
    """The events an article's text states, starting with its ``ArticleRecorded``.

    ``published`` overrides the publication date read from the text (a leading ``date
    YYYY-MM-DD`` marker, a dated dateline or a date stamp at the top).  Raises
    :class:`~cischronicle.errors.InvalidValueError` (a ``ChronicleError``) when ``text`` is not
    a ``str``, the id is empty or ``published`` is not a date; never raises on any text.
    """
    override = _check(text, article_id, published)
    masthead = read_masthead(text)
    if override is not None:
        masthead = Masthead(
            PartialDate.from_date(override), (0, 0), masthead.dateline_place,
            masthead.dateline, masthead.title, masthead.language,
        )  # fmt: skip
    sentences = split_sentences(text)
    lower = text.lower()
    present = words_in_sentences(text, sentences, lower)
    mentions = [
        find_mentions(text, s.start, s.end, w) for s, w in zip(sentences, present, strict=True)
    ]
    near: dict[tuple[int, int], str | None] = {}
    default_org, body = default_body(text, sentences, mentions, near)
    article = Article(text, masthead, default_org, body, near=near, lower=lower)
    decisions: list[DecisionCandidate] = []
    for index, sentence in enumerate(sentences):
        analyse(article, sentence, index, mentions[index], present[index])
        decisions.extend(find_decisions(text, sentences, index, present[index]))
    events = build_events(article_id, article, decisions)
    return (_recorded(text, article_id, masthead, override), *events)


def _recorded(
    text: str, article_id: str, masthead: Masthead, override: _dt.date | None
) -> ArticleRecorded:
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    published = masthead.published
    day = None
    start, end = 0, 0
    if override is not None:
        day = override
    elif published is not None and published.year and published.month and published.day:
        day = _dt.date(published.year, published.month, published.day)
        start, end = masthead.evidence
    title = None
    if masthead.title is not None:
        title = text[masthead.title[0] : masthead.title[1]]
    return ArticleRecorded(
        id=make_event_id(article_id, "ArticleRecorded", start, end, sha),
        provenance=Provenance.of(text, start, end, article=article_id),
        published=day,
        sha256=sha,
        title=title,
        url=None,
        language=masthead.language,
    )
