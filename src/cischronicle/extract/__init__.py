"""Extraction: from an article's text to its events, each with the quote that states it.

:func:`extract` is pure (no I/O, no clock, no randomness): the same text always gives the same
events with the same ids.  It is a pipeline of stages over frozen records (:mod:`.model`):

1. :mod:`.text`: sentences and the language (English and Russian are read; an article in any
   other language is recorded with its language and no claims);
2. :mod:`.masthead`: document time (publication date, dateline, reference year);
3. :mod:`.timex`, :mod:`.places`, :mod:`.mentions`, :mod:`.claims`: per sentence, temporal
   expressions, places, mentions of bodies and meetings, and predicates typed by their grammar;
4. :mod:`.meetings`: the article's topic, and each claim tied to its meeting, date and place;
5. :mod:`.decisions`: what meetings adopted;
6. :mod:`.assemble`: one event per distinct meeting, decisions tied to their meeting.

The vocabulary (bodies, trigger words, the calendar, the gazetteer, decision words) is data in
``cischronicle/lexicon/``, compiled once.  The extractor abstains rather than guesses: a claim
it cannot tie to a body of the vocabulary is left out, and a date or place the text does not
give stays unknown.  :mod:`.reconcile` compares a new reading with a log.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import hashlib

from ..errors import InvalidValueError
from ..events import ArticleRecorded, Event, make_event_id
from ..values import Provenance
from .assemble import build_events
from .claims import find_predicates, hosting_predicates
from .decisions import find_decisions
from .masthead import read_document_time
from .meetings import (
    SentenceReading,
    find_claims,
    find_topic,
    foreign_decisions,
    place_hints,
    with_actors,
)
from .mentions import find_mentions
from .model import DecisionCandidate, Document, DocumentTime, Mention, MentionKind
from .places import find_places
from .text import read_document
from .timex import find_timexes

__all__ = ["READ_LANGUAGES", "extract"]

READ_LANGUAGES = frozenset({"en", "ru"})
"""Languages whose claims are read; other articles are recorded with no claims."""


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
    doc = read_document(text)
    timexes = {sentence.index: find_timexes(doc, sentence) for sentence in doc.sentences}
    time = read_document_time(doc, published=override, timexes=timexes)
    recorded = _recorded(doc, article_id, time, override)
    if doc.language not in READ_LANGUAGES:
        return (recorded,)
    end = len(text) if time.story_end is None else time.story_end
    story = [sentence for sentence in doc.sentences
             if sentence.start < end and not _in_link(sentence.start, time.links)]  # fmt: skip
    readings = []
    told: str | None = None  # the organisation named last: "in this format" points to it
    subject: Mention | None = None  # the first body (ours or not) the sentence before named
    for sentence in story:
        predicates = find_predicates(doc, sentence)
        mentions = find_mentions(doc, sentence, [p.start for p in predicates], told, subject)
        claiming = {p.start for p in predicates if p.kind is not None}
        # "are meeting in Astana": the verb claims; its word is no meeting noun as well
        mentions = tuple(m for m in mentions if not (
            m.kind is MentionKind.EVENT and m.start in claiming
            and m.organisation is None and m.complement is None
        ))  # fmt: skip
        told = next((m.organisation for m in reversed(mentions) if m.organisation), told)
        subject = next((m for m in mentions if m.body is not None or m.other), None)
        hosting = hosting_predicates(doc, sentence, [m.start for m in mentions],
                                     [m.end for m in mentions])  # fmt: skip
        if hosting:
            spans = {(p.start, p.end) for p in hosting}
            predicates = tuple(sorted(
                [p for p in predicates if (p.start, p.end) not in spans] + list(hosting),
                key=lambda p: p.start,
            ))  # fmt: skip
        readings.append(SentenceReading(
            sentence, mentions, predicates, timexes[sentence.index], find_places(doc, sentence)
        ))  # fmt: skip
    topic = find_topic(readings, doc)
    claims = find_claims(doc, time, readings, topic)
    decisions: list[DecisionCandidate] = []
    for sentence in story:
        decisions.extend(find_decisions(doc, sentence))
    decisions = with_actors(readings, foreign_decisions(doc, readings, decisions), topic)
    hints = place_hints(doc, readings, topic)
    return (recorded, *build_events(article_id, doc, time, claims, decisions, topic, hints))


def _in_link(position: int, links: tuple[tuple[int, int], ...]) -> bool:
    """Whether ``position`` falls in a line that links to another story ("Read also: ...").

    ``links`` are in text order and do not overlap: one binary search, not a scan per sentence.
    """
    index = bisect.bisect_right(links, position, key=lambda link: link[0]) - 1
    return index >= 0 and links[index][0] <= position < links[index][1]


def _recorded(
    doc: Document, article_id: str, time: DocumentTime, override: _dt.date | None
) -> ArticleRecorded:
    text = doc.text
    sha = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()
    start, end = (0, 0) if override is not None else time.evidence
    title = None if time.title is None else text[time.title[0] : time.title[1]]
    return ArticleRecorded(
        id=make_event_id(article_id, "ArticleRecorded", start, end, sha),
        provenance=Provenance.of(text, start, end, article=article_id),
        published=time.published,
        sha256=sha,
        title=title,
        url=None,
        language=doc.language,
    )
