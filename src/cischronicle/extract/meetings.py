"""Meetings: each claim tied to the meeting it is about, with that meeting's date and place.

For each sentence, every predicate that makes a claim (:mod:`.claims`) is paired with the
mention it governs (:mod:`.mentions`): for verbs of happening, the nearest mention of its
clause, a named body preferred to a bare meeting noun; for verbs of taking part or hosting, the
mention after it; for acts ("signed", "discussed"), the people or council before it.  Mentions
that name no body ("the meeting", "the summit", "it") are resolved by salience: the body the
article is about (named most, and first) beats the body named last.  A sentence that names no
meeting at all still makes a claim when its subject is a pronoun ("It will be hosted by Minsk in
May").  A meeting noun with no verb makes a nominal claim when a modifier or its date says when
("the upcoming summit", "the previous session", "the 8 October summit").

Each claim's date and place come from its own clause: the temporal expression and the place
nearest the predicate, never from a reporting clause ("..., he told reporters in Moscow on
Friday").  Dates are resolved against document time by the claim's tense (:mod:`.timex`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

import attrs

from ..values import Body, Date, DateRange, PartialDate, Place, load_lexicon
from .claims import (
    happening_participle_at,
    lexicon,
    morph_tags,
    personal_subject_before,
    reporting_spans,
    russian_future,
    subject_between,
)
from .masthead import FIRST_YEAR, reference_year_at
from .mentions import (
    body_of,
    formats,
    names_body,
    names_organisation,
    object_of_preposition,
    organisation_and_family,
    organisations_in,
    other_names,
    partner_before,
    stands_for_organisation,
)
from .model import (
    ClaimKind,
    Dateline,
    DecisionCandidate,
    Document,
    DocumentTime,
    Mention,
    MentionKind,
    PlaceMention,
    PlaceRole,
    Predicate,
    Sentence,
    Tense,
)
from .text import clause_bounds, russian_readings
from .timex import Timex, calendar, count_of, find_timexes_in, is_calendar_name

__all__ = [
    "MeetingClaim",
    "SentenceReading",
    "Topic",
    "find_claims",
    "find_topic",
    "place_hints",
]


@attrs.frozen
class SentenceReading:
    """What the earlier stages found in one sentence."""

    sentence: Sentence
    mentions: tuple[Mention, ...]
    predicates: tuple[Predicate, ...]
    timexes: tuple[Timex, ...]
    places: tuple[PlaceMention, ...]


@attrs.frozen
class Topic:
    """The body an article is about (``None`` when about another body), and its organisation."""

    body: Body | None
    organisation: str | None
    named: frozenset[Body] = frozenset()
    """The bodies the article names by a council's name or its members ("the Council of Heads
    of State", "CIS leaders"), not only by a meeting noun ("the summit")."""


@attrs.frozen
class MeetingClaim:
    """A claim about one meeting of a body, with what the text says of its date and place."""

    kind: ClaimKind
    body: Body
    place: Place
    date: Date | None
    sentence: int
    start: int
    end: int
    tense: Tense
    new_date: Date | None = None
    retrospective: bool = False
    explicit: bool = False
    """Whether the date came from a temporal expression (not a default)."""
    headline: bool = False
    """Whether the claim is made by a headline, whose present tense tells no day."""
    inchoative: bool = False
    """Whether its verb says the meeting began ("opened", "began", "открылось")."""
    terminative: bool = False
    """Whether its verb says the meeting ended ("ended", "завершился")."""
    offset_days: int | None = None
    """Days from the related meeting ("on the eve of": -1), when a relative date says so."""
    related: Body | None = None
    """The body of the meeting this one is dated or placed by ("on the eve of the summit"):
    where that meeting is placed, so is this one (see :mod:`.assemble`)."""
    earlier: bool = False
    """Whether its clause tells of something before the story's news ("Earlier, on 7
    October, ..."): never the meeting the news reports."""
    superseded: bool = False
    """Whether it tells a plan that was (see :attr:`.Predicate.superseded`): only a meeting
    put off takes its date and place."""
    following: bool = False
    """Whether its meeting is told as the next one ("the next meeting", "следующее заседание"):
    another than the one the story reports held, even with no date or place."""
    preceding: bool = False
    """Whether its meeting is told as the one before ("the previous meeting", "предыдущее
    заседание"): another than the one the story reports, whose place it does not give."""
    borrowed: bool = False
    """Whether its place or date is the related meeting's ("ahead of the summit, the ministers
    met in Minsk"), not its own: it gives way to a meeting the text places itself."""


def foreign_decisions(
    doc: Document, readings: Sequence[SentenceReading], decisions: Sequence[DecisionCandidate]
) -> list[DecisionCandidate]:
    """The decisions that are not another body's.

    A decision is another body's when its sentence names that body before it and none of
    ours: "the Board of the Eurasian Economic Commission approved new duty rates" is no
    decision of the council the article is about ("... appointed a member of the Board of the
    Commission" still is).  People count when they are another organisation's and the subject,
    before every verb ("the SCO heads of government adopted a communique"; not "the leaders
    adopted", not "approved the draft for the SCO heads of state").
    """
    by_index = {reading.sentence.index: reading for reading in readings}
    before: dict[int, list[int]] = {}
    for index in {d.sentence for d in decisions}:  # only sentences that adopt something
        reading = by_index.get(index)
        if reading is None or any(not m.other for m in reading.mentions):
            continue  # one of ours is named: its sentence's decisions may be its own
        previous = by_index.get(index - 1)
        if not reading.mentions and previous is not None and _another_meeting_only(previous):
            # "... met as the Collective Security Council. They approved the budget": the
            # sentence before told only another body's meeting, whose people these are
            before[index] = [reading.sentence.start]
            continue
        verb = min((p.start for p in reading.predicates), default=reading.sentence.end)
        starts = [m.start for m in reading.mentions if m.other and (
            m.kind is not MentionKind.PARTICIPANTS
            or (m.organisation is not None and m.start < verb)
        )]  # fmt: skip
        names = starts + list(other_names(doc, reading.sentence))
        # A state named as the sentence's subject ("Kyrgyzstan took over the chairmanship and
        # has declared the year a 'Year of SCO Sustainable Development'"): its own act
        names += [p.start for p in reading.places
                  if not p.adjective and p.place.city is None and p.start < verb
                  and _STATE_SUBJECT.fullmatch(doc.text, reading.sentence.start, p.start)
                  and _VERB_AFTER.match(doc.text, p.end)]  # fmt: skip
        # Named after the first verb, another body acts only as the subject of a verb of its
        # own ("..., and the Commission adopted"), not inside an object ("approved the drafts
        # submitted to the Collective Security Council, and adopted a statement").
        before[index] = [at for at in names if not object_of_preposition(doc.text, at) and (
            at < verb or _subject_of_verb(doc.text, at, [p.start for p in reading.predicates])
        )]  # fmt: skip
    return [d for d in decisions
            if not any(at < d.start for at in before.get(d.sentence, ()))]  # fmt: skip


_STATE_SUBJECT = re.compile(r"\W*")
"""Before a state that opens its sentence: nothing but punctuation."""
_VERB_AFTER = re.compile(r"\s+[a-zа-яё]")
"""After a state that is a subject: its verb, in lower case (not "'s", not "Foreign Ministry")."""


def _subject_of_verb(text: str, at: int, verbs: Sequence[int]) -> bool:
    """Whether a predicate follows the name at ``at`` with no comma or "and" between them."""
    following = [v for v in verbs if v > at]
    if not following:
        return False
    between = text[at : min(following)]
    return not any(mark in between for mark in ",;:") and not _coordinated(between)


def _coordinated(words: str) -> bool:
    """Whether a coordinating word of the lexicon ("and", "и", "but") stands in ``words``."""
    return any(w in lexicon().coordinating for w in words.lower().split())


def _another_meeting_only(reading: SentenceReading) -> bool:
    """Whether a sentence tells of a meeting of another body and names none of ours."""
    return any(m.other and m.kind is not MentionKind.PARTICIPANTS for m in reading.mentions) and (
        all(m.other for m in reading.mentions)
    )


def with_actors(
    readings: Sequence[SentenceReading], decisions: Sequence[DecisionCandidate], topic: Topic
) -> list[DecisionCandidate]:
    """The decisions with the body their sentence names as acting before them, if any.

    "The presidents approved a plan ...": the heads of state's, so their meeting's, even
    when the ministers' meeting was told last.
    """
    by_index = {reading.sentence.index: reading for reading in readings}
    found: list[DecisionCandidate] = []
    for decision in decisions:
        reading = by_index.get(decision.sentence)
        actors = [] if reading is None else [
            m for m in reading.mentions
            if m.end <= decision.start and m.kind is not MentionKind.EVENT and m.family
        ]  # fmt: skip
        actor = _resolve(actors[-1], topic) if actors else None
        if actor is None and actors and actors[-1].organisation is None and (
            actors[-1].family is not None and topic.organisation is not None
        ):  # fmt: skip
            # "Лидеры утвердили концепцию": anyone's leaders, so the article's organisation's
            # heads of state when one of their meetings is held here (else no one's)
            actor = body_of(topic.organisation, actors[-1].family)
        if actor is None and actors and any(
            m.organisation is not None and m.family == actors[-1].family
            and body_of(m.organisation, m.family) is None for m in actors
        ):  # fmt: skip
            # "встреча лидеров государств ОДКБ, на которой президенты приняли заявление":
            # the people of a council we do not follow
            found.append(attrs.evolve(decision, foreign=True))
            continue
        if actor is None and reading is not None and not reading.mentions and found and (
            found[-1].sentence in (decision.sentence, decision.sentence - 1)
        ):  # fmt: skip
            actor = found[-1].actor  # "They also adopted ...": the same people
        found.append(decision if actor is None else attrs.evolve(decision, actor=actor))
    return found


def find_topic(readings: Sequence[SentenceReading], doc: Document) -> Topic:
    """The body the article is about: the most salient named body (early mentions weigh more)."""
    scores: dict[Body | str, float] = {"other": 0.0}
    # The story's lead: its first lines, and the first sentence that names a body of ours,
    # however much headline, byline and standfirst stand before it.
    lead = next((r.sentence.index for r in readings
                 if any(m.body is not None and not m.other for m in r.mentions)), 0)  # fmt: skip
    for reading in readings:
        weight = 3.0 if reading.sentence.index < 3 or reading.sentence.index == lead else 1.0
        for rank, mention in enumerate(reading.mentions):
            # The first mention of a sentence is most often its subject: what it is about.
            score = weight * (1.5 if rank == 0 else 1.0)
            if mention.other:
                if mention.organisation is not None or mention.family is None:
                    scores["other"] += score  # "the leaders", anyone's, tell nothing
            elif mention.body is not None:
                scores[mention.body] = scores.get(mention.body, 0.0) + score
    named_orgs = [org for _, org in organisations_in(doc.text)]
    orgs = Counter(org for org in named_orgs if org != "other")
    # An article that names no organisation at all speaks of the Commonwealth's councils:
    # "the Council of Heads of State" with nothing else said is the CIS one.
    organisation = orgs.most_common(1)[0][0] if orgs else (None if named_orgs else _DEFAULT_ORG)
    named = frozenset(
        m.body for r in readings for m in r.mentions
        if m.body is not None and m.kind is not MentionKind.EVENT
        and (m.family is not None or m.kind is MentionKind.NAME)  # (the EAEU's by name)
        and (not _EVENT_FAMILY_HEAD.search(m.head) or m.kind is MentionKind.NAME)
    )  # fmt: skip
    ours = [(score, body) for body, score in scores.items() if isinstance(body, Body)]
    if not ours:
        return Topic(None, organisation, named)
    best_score, best = max(ours, key=lambda pair: pair[0])
    if scores["other"] > 2 * best_score:
        return Topic(None, organisation, named)  # an article about another body
    if organisation is None:
        organisation = organisation_and_family(best)[0]
    own = organisation_and_family(best)[0]
    named |= {body for r in readings for m in r.mentions
              if m.kind is MentionKind.PARTICIPANTS and m.organisation is None
              and (body := body_of(own, m.family)) is not None}  # fmt: skip
    return Topic(best, organisation, named)


_DEFAULT_ORG = "cis"
_FUTURE_AUX = re.compile(r"(?i)(?<![\w'’])(?:will|shall|['’]ll|будет|будут)(?!\w)")
_HEADLINE_TO = re.compile(r"(?<![\w'’])to(?=\s+[a-z]{2,}\b)")
"""A headline's future: "Ministers to represent seven countries at the council"."""


def _headline_to(text: str, start: int, end: int) -> bool:
    """Whether "to" and a lower-case verb, not a noun phrase ("to the summit"), stand there."""
    return any(
        lexicon().determiner_after.match(text, m.end()) is None
        for m in _HEADLINE_TO.finditer(text, start, end)
    )
_EVENT_FAMILY_HEAD = re.compile(r"(?i)summit|саммит|в верхах")


def _resolve(mention: Mention, topic: Topic, *, distinct: bool = False) -> Body | None:
    """The body a mention stands for, resolving families and bare nouns by the topic.

    ``distinct``: the mention is another meeting than the one the sentence is about ("on the
    eve of the summit"), so a bare "summit" is not the topic's own meeting.
    """
    if mention.other:
        if (
            mention.organisation is None and mention.family is not None
            and topic.body is not None and organisation_and_family(topic.body)[1] == mention.family
        ):  # fmt: skip
            # "the presidents", "the leaders" of an article about a council of heads: its own
            return topic.body
        if (
            mention.organisation is None and mention.family is not None
            and topic.organisation is not None and topic.body is not None
            and mention.head.isascii() and mention.head.endswith("s") and mention.family != "chs"
        ):  # fmt: skip
            # "The prime ministers last met in Minsk" in an article about the CIS: its premiers
            return body_of(topic.organisation, mention.family)
        return None
    if mention.body is not None:
        return mention.body
    if mention.complement is not None:
        # "the meeting of X", "X's meeting": the topic's meeting if X names the topic's body in
        # short, else the one body named in the article that X names, else another body's.
        if mention.family is not None and topic.body is not None and topic.organisation and (
            names_organisation(mention.complement, topic.organisation)
            or stands_for_organisation(mention.complement)
        ):
            # "саммит организации": the organisation's council of the head's family (an SCO
            # summit is no meeting of its foreign ministers)
            return body_of(topic.organisation, mention.family)
        if topic.body is not None and names_body(mention.complement, topic.body):
            return topic.body
        if topic.body is not None and stands_for_organisation(mention.complement):
            return topic.body  # "a session of the bloc": the article's council
        named = [body for body in topic.named if names_body(mention.complement, body)]
        return named[0] if len(named) == 1 else None
    if mention.family is not None:
        organisation = mention.organisation or topic.organisation
        if mention.kind is MentionKind.NAME and (
            mention.organisation is None and organisation in formats()
        ):  # fmt: skip
            # "the Council of Foreign Ministers" in a story of the Central Asia + Russia format
            # and the CIS: the topic's council of its kind, else the one the story names
            councils = [b for b in topic.named if organisation_and_family(b)[1] == mention.family
                        and organisation_and_family(b)[0] not in formats()]  # fmt: skip
            if topic.body in councils or len(councils) == 1:
                return topic.body if topic.body in councils else councils[0]
            own = organisation_and_family(topic.body)[0] if topic.body is not None else None
            if own is not None and own not in formats():
                organisation = own  # "the Council of Heads of State": the topic's organisation's
        body = body_of(organisation, mention.family)
        if (
            mention.kind is MentionKind.EVENT and mention.organisation is None
            and body is not None and body not in topic.named and topic.body is not None
            and not distinct and _EVENT_FAMILY_HEAD.search(mention.head) is not None
        ):  # fmt: skip
            # (not "next meetings of the heads of state": people say whose, not the noun)
            # A bare "the summit" in an article that names no such council: its own meeting,
            # loosely called a summit ("the ministers' summit").
            return topic.body
        return body
    if mention.organisation is not None and mention.organisation != (
        organisation_and_family(topic.body)[0] if topic.body else None
    ):
        return None
    return topic.body


def _their_kind(mention: Mention, reading: SentenceReading) -> bool:
    """Whether people of the meeting noun's kind come before it in its sentence.

    "The leaders are to sign it at their next summit": the summit is the leaders' council, not
    the article's council loosely called a summit.
    """
    return mention.family is not None and any(
        m.kind is MentionKind.PARTICIPANTS and m.family == mention.family
        and m.end <= mention.start
        for m in reading.mentions
    )


def _bare(mention: Mention) -> bool:
    """Whether a mention is a meeting noun that names nobody ("a meeting", "the session")."""
    return _unowned(mention) and mention.family is None


_APPOSITION = re.compile(r"\s*[-–—:]\s*")


def _apposition(mention: Mention, mentions: Sequence[Mention], text: str) -> Mention | None:
    """The mention a bare meeting noun is set beside by a dash or colon, which says what it is.

    "Another meeting will take place - the session of the Supreme Economic Council": that
    session, not the article's topic.
    """
    if not _bare(mention):
        return None
    for other in mentions:
        if other.start > mention.end and _APPOSITION.fullmatch(text, mention.end, other.start):
            return other
    return None


def _local_body(
    mention: Mention, reading: SentenceReading, clause: tuple[int, int], topic: Topic,
    governed: Collection[int],
) -> Body | None:  # fmt: skip
    """The one body the people or councils acting in a bare meeting noun's clause stand for.

    "The CIS heads of government exchanged views at a meeting in Dushanbe": their meeting,
    whatever the article's topic.  Only who acts counts (``governed``: the starts of mentions
    a predicate governs), not a complement ("a declaration of the heads of state").
    """
    bodies = {
        _resolve(other, topic) for other in reading.mentions
        if other is not mention and other.kind is not MentionKind.EVENT
        and clause[0] <= other.start < clause[1] and other.start in governed
    }  # fmt: skip
    bodies.discard(None)
    return bodies.pop() if len(bodies) == 1 else None


# --- choosing the mention a predicate governs -------------------------------------------

_COUNCIL_LIST_COMMA = re.compile(r"\s*,\s*(?:the\s+)?")
"""Between two items of a list of councils or people ("A, the B and C")."""
_COORDINATION = re.compile(
    r"^\s*(?:(?:on|in|at|в|на)\s+[^,;.]{1,60}?|,\s*[^,;.]{1,40}?(?=,))?"  # its own date or place,
    # or a phrase between commas (", намеченное на 15 октября, а также")
    r"(?:,?\s+and|,?\s+as\s+well\s+as|,?\s+и|,?\s+а\s+также)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?-i:[a-z][\w-]*)\s+)?$",  # a modifier of its own ("and the informal summit")
    re.IGNORECASE,
)
_HEADLINE_COORDINATION = re.compile(r"^\s*,\s+$")
"""A headline's comma between two mentions: "Bishkek to host CIS foreign ministers, heads of
state this week"."""
_RU_HAS = re.compile(r"[а-яё]", re.IGNORECASE)
_OBJECT_GAP = 40
_WHICH = r"which|who|котор\w+"
"""The relative pronouns of a clause about a noun; with "that", where and when, the rest."""
_RELATIVE = re.compile(rf"(?i)\s*(?:{_WHICH}|that|где|когда)\b")


def _own_weight(mention: Mention) -> int:
    """How much a mention says on its own: a named body beats people, people beat a noun."""
    if mention.kind is MentionKind.NAME:
        return 0
    if mention.kind is MentionKind.PARTICIPANTS:
        return 1
    return 2


def _anchored(
    text: str, mention: Mention, anchors: Sequence[Timex], verb: Predicate | None = None,
    others: Sequence[Mention] = (),
) -> bool:  # fmt: skip
    """Whether a relative date points at the mention ("on the eve of the summit").

    Such a mention is the meeting that dates another one, not the one the verb is about.  With
    the ``verb`` between them ("на следующий день состоится встреча") the date is the verb's,
    and with another of the sentence's ``others`` between them that one is what it points at
    ("накануне саммита министры ...": the summit, not the ministers).
    """
    return any(
        0 <= mention.start - t.end <= _ANCHOR_GAP
        and _ANCHOR_JOIN.fullmatch(text, t.end, mention.start) is not None
        and not (verb is not None and t.end <= verb.start and verb.end <= mention.start)
        and not any(t.end <= o.start and o.end <= mention.start for o in others)
        and _takes_anchor(text, t)
        for t in anchors
    )


def _takes_anchor(text: str, timex: Timex) -> bool:
    """Whether a relative date is followed by the meeting it counts from.

    "The day before", "on the eve of", "накануне" take it; "the next day", "на следующий
    день" only with a link ("the next day after the summit").
    """
    lex = lexicon()
    return (
        lex.anchor_ending.search(text, timex.start, timex.end) is not None
        or lex.anchor_link.match(text, timex.end) is not None
    )


# Between "on the eve of" and its meeting: a few words, no comma, no "that" ("накануне, что").
_ANCHOR_JOIN = re.compile(r"(?i)\s*(?:(?!that\b|что\b)[\w'’-]+\s+){0,3}")


def _other_object(
    predicate: Predicate, mentions: Sequence[Mention], text: str, timexes: Sequence[Timex] = ()
) -> bool:
    """Whether an active verb's object is something other than a meeting.

    "Tajikistan, which holds the rotating presidency": "holds" holds no meeting.  A date right
    after the verb is no object: "will take place the day before".
    """
    return (
        not predicate.passive and (
            lexicon().determiner_after.match(text, predicate.end) is not None
            or _ru_accusative_after(text, predicate.end)
            or _ru_transitive_object(text, predicate)
            or lexicon().person_after.match(text, predicate.end) is not None
            or _NAME_AFTER.match(text, predicate.end) is not None
            or (predicate.lemma.startswith("host:") and _noun_after(text, predicate.end))
        )
        and not any(0 <= m.start - predicate.end <= _OBJECT_GAP for m in mentions)
        and not any(0 <= t.start - predicate.end <= 2 for t in timexes)
    )  # fmt: skip


_NAME_AFTER = re.compile(r"[ \t]+[A-Z](?:[a-z]+|[A-Z]+)\b")
"""An English name right after a verb, with no article: its object in a headline ("Snow closes
Kordai pass", "Tokayev meets Putin", "PRESIDENT MEETS CHINESE DELEGATION"); a meeting named
there, or a date, is no such object."""
_WORD_AFTER = re.compile(r"[ \t]+([a-z][\w-]*)")


def _noun_after(text: str, end: int) -> bool:
    """Whether an English word that is no preposition or adverb follows a verb right away.

    "Tashkent hosts international tourism fair": the object a headline leaves its article off
    (a meeting there is a mention, checked apart).
    """
    word = _WORD_AFTER.match(text, end)
    return word is not None and word.group(1) not in lexicon().prepositions and not (
        word.group(1).endswith("ly")
    )


_RU_NEXT_WORD = re.compile(r"\s+([а-яё]+)(?=[\s,.;:!?])")


def _ru_accusative_after(text: str, end: int) -> bool:
    """Whether a Russian verb is followed by an object that is plainly accusative.

    "Рахмон открыл новую школу": a word that can only be accusative is the verb's object.
    """
    word = _RU_NEXT_WORD.match(text, end)
    if word is None or not _RU_HAS.search(text, max(0, end - 3), end):
        return False
    return morph_tags(word.group(1))[1] == "accs" and not any(
        "nomn" in r for r in russian_readings(word.group(1))
    )


def _ru_transitive_object(text: str, predicate: Predicate) -> bool:
    """Whether a Russian transitive verb has a noun phrase that may be its object right after it.

    "министр провел телефонный разговор": "провести" takes an object, and the words after it
    may be accusative ("телефонный" is nominative too, so :func:`_ru_accusative_after` cannot
    tell); a meeting named there is checked apart.
    """
    verb = text[predicate.start : predicate.end].lower()
    word = _RU_NEXT_WORD.match(text, predicate.end)
    if word is None or not verb.isalpha() or not _RU_HAS.match(verb):
        return False
    if not any({"VERB", "tran"} <= r for r in russian_readings(verb)):
        return False
    readings = russian_readings(word.group(1))
    if any(r & _NOT_OBJECT for r in readings):
        return False  # "прошло в октябре": a preposition, not an object
    return any("accs" in r and ({"NOUN"} <= r or {"ADJF"} <= r) for r in readings)


_NOT_OBJECT = frozenset(["PREP", "CONJ", "PRCL", "ADVB", "Abbr", "Apro", "NUMR"])


def _verb_between(start: int, end: int, predicates: Sequence[Predicate], text: str) -> bool:
    """Whether a verb of its own (not a participle) or a report stands in ``start..end``.

    "The CIS summit on October 14, the Kremlin said, and the ministers will meet": a clause
    ends before "and"; "the ministerial, planned for 15 October, and the summit ... have been
    postponed" coordinates two subjects.
    """
    return any(start <= p.start < end and not p.reduced for p in predicates) or (
        lexicon().reporting.search(text, start, end) is not None
    )




def _shared_subject(
    previous: tuple[Predicate, list[tuple[Mention | None, Body]]], predicate: Predicate,
    reading: SentenceReading, text: str,
) -> list[tuple[Mention | None, Body]]:  # fmt: skip
    """The targets of the verb before, when this one is coordinated with it by "and"."""
    other, targets = previous
    if not targets or other.kind is None:
        return []
    if not lexicon().conjunct_before.search(text, other.end, predicate.start):
        return []
    if any(other.end <= m.start < predicate.start for m in reading.mentions):
        return []  # a subject (or object) of its own between them
    return [(None, body) for _, body in targets]


_CONJUNCT_GAP = 40


_TO_VERB = re.compile(r"\s+to\s+(?:be\s+)?([a-z]+)\b")


def _plans_an_act(predicate: Predicate, reading: SentenceReading, text: str) -> bool:
    """Whether a verb of planning governs an undated act ("expect to sign agreements").

    Not a meeting ("expect to meet"), nor an act in a sentence that tells a day or a month,
    which is when its people meet ("will meet on October 16 and are expected to adopt a
    declaration"); a verb that is no trigger of ours is an act too ("planned to establish
    guidelines for 2023": a year is what the guidelines are for).
    """
    if not predicate.lemma.startswith("schedule:") or any(
        t.day is not None or t.month is not None or t.weekday is not None
        or t.event_offset_days is not None or t.unit in ("day", "week", "month")
        for t in reading.timexes
    ):  # fmt: skip
        return False
    if any(
        lexicon().infinitive_gap.fullmatch(text, predicate.end, other.start) is not None
        and other.lemma.startswith("act:")
        for other in reading.predicates
    ):  # fmt: skip
        return True  # "expect to sign agreements", "предстоит согласовать"
    verb = _TO_VERB.match(text, predicate.end)
    if verb is None or any(p.start == verb.start(1) for p in reading.predicates):
        return False
    # "planned to establish guidelines for 2023": a verb that is no trigger is an act
    return verb.group(1).lower() not in lexicon().auxiliary_infinitives


def _respective(
    targets: Sequence[tuple[Mention | None, Body]], mention: Mention | None,
    reading: SentenceReading, text: str, clause: tuple[int, int],
) -> _Scope | None:  # fmt: skip
    """The date scope of a meeting's rank in a list dated "respectively", if the clause has one.

    "The meetings of the CFM and of the CHS, scheduled for October 15 and October 16
    respectively": the second meeting is the 16th's.
    """
    named = sorted((m for m, _ in targets if m is not None), key=lambda m: m.start)
    if mention is None or len(named) < 2 or len(named) != len(targets):
        return None
    if not lexicon().respectively.search(text, clause[0], clause[1]):
        return None
    after = named[-1].end
    dated = [t for t in reading.timexes
             if after <= t.start < clause[1] and t.event_offset_days is None]  # fmt: skip
    if len(dated) != len(named):
        return None
    timex = dated[named.index(mention)]
    return _Scope((timex.start, timex.end), timex.start, timex.end, leading=False)


def _after_put_off(predicate: Predicate, reading: SentenceReading, text: str) -> int | None:
    """Where the postponement ends that the verb is coordinated after, sharing its subject.

    "The summit planned for 16 October has been postponed and will be held online": the
    meeting as it will now be held, dated only by what follows the postponement ("postponed
    to 24 October and will take place in Moscow").
    """
    return next((
        other.end for other in reading.predicates
        if other.kind is ClaimKind.POSTPONED and other.end <= predicate.start
        and predicate.start - other.end <= _CONJUNCT_GAP
        and lexicon().conjunct.search(text, other.end, predicate.start) is not None
        and not any(other.end <= m.start < predicate.start for m in reading.mentions)
    ), None)  # fmt: skip


def _own_clause_start(
    predicate: Predicate, reading: SentenceReading, text: str, low: int, subject: int
) -> int:
    """Where a verb's own clause starts: after a coordination followed by its subject.

    "He will travel to Astana for the summit on October 14, and CIS foreign ministers will meet
    there the day before": the ministers' meeting is not dated by the summit's day.
    """
    start = low
    for coordination in lexicon().coordination.finditer(text, low, min(subject, predicate.start)):
        if any(coordination.end() <= m.start <= coordination.end() + _SUBJECT_GAP
               and m.end <= predicate.start for m in reading.mentions) and any(
            start <= m.start and m.end <= coordination.start() and _dated(m, reading)
            for m in reading.mentions
        ):  # fmt: skip
            start = coordination.end()  # the date before is the dated meeting's there
    return start


def _between(
    predicate: Predicate, mention: Mention, others: Sequence[Predicate], text: str,
    mentions: Sequence[Mention] = (),
) -> bool:  # fmt: skip
    """Whether another predicate stands between a predicate and a mention.

    Then the mention is that one's: "The Council will take place, it has been approved, on
    13 October".  A relative clause on the mention does not stand between: in "the session
    that was due to take place on 18 April has been called off" the session is called off.
    """
    low, high = sorted((mention.end, predicate.start) if mention.end <= predicate.start
                       else (predicate.end, mention.start))  # fmt: skip
    relative = mention.end <= predicate.start and _RELATIVE.match(text, mention.end) is not None
    aside = _aside(text, mention.end, predicate.start) if mention.end <= predicate.start else None
    if mention.end <= predicate.start:
        for coordination in lexicon().coordination.finditer(text, low, high):
            if lexicon().explicit_subject.match(text, coordination.end(), predicate.start) or (
                any(coordination.end() <= m.start <= coordination.end() + _SUBJECT_GAP
                    and m.end <= predicate.start for m in mentions)
                and _verb_between(mention.end, coordination.start(), others, text)
            ):  # fmt: skip
                # "The previous summit took place in Astana, and the next one is due ...",
                # "..., and CIS foreign ministers will meet there": the verb has a subject of
                # its own after the coordination
                return True
    for other in others:
        if other is predicate or other.kind is None or other.reduced:
            continue
        if relative and other.kind is not predicate.kind:
            continue  # inside the relative clause on the mention
        if aside is not None and aside[0] <= other.start < aside[1]:
            continue  # inside a phrase set off on the mention: "the session, planned for May, was"
        if abs(other.start - predicate.start) <= _CHAIN:
            continue  # chained to it: "is scheduled to take place"
        if low <= other.start and other.end <= high:
            return True
    return False


_Targeted = list[tuple[Predicate, list[tuple[Mention | None, Body]]]]


def _superseded_plans(targeted: _Targeted, text: str, end: int) -> _Targeted:
    """Drop the plans told in a phrase set off on a meeting that the main verb then tells of.

    "The session, originally scheduled for Minsk, has been moved to Moscow": the plan only
    names the session; its date and place stay the plan's (see :func:`_in_rival_phrase`).
    """
    kept: _Targeted = []
    for predicate, targets in targeted:
        if predicate.lemma.startswith("schedule:"):
            targets = [
                (mention, body) for mention, body in targets
                if mention is None or not _told_aside(predicate, mention, targeted, text, end)
            ]  # fmt: skip
        kept.append((predicate, targets))
    return kept


def _moved_plans(
    targeted: _Targeted, reading: SentenceReading, text: str
) -> tuple[_Targeted, dict[tuple[int, int], int]]:
    """Drop a plan that the verb right after it, sharing its subject, moves to another place.

    "The summit was planned in Minsk on October 14 but was moved to Astana": one meeting to
    come, in Astana, on the plan's day.  The second value maps each such move to where the
    plan's words start, which may date it.
    """
    kept = list(targeted)
    moved_from: dict[tuple[int, int], int] = {}
    for index in range(1, len(kept)):
        (plan, plan_targets), (move, move_targets) = kept[index - 1], kept[index]
        if not plan_targets or plan.kind is not ClaimKind.SCHEDULED:
            continue
        if move.kind is not ClaimKind.POSTPONED or not _moves_venue(move, reading, text):
            continue
        if not move_targets or any(m is not None for m, _ in move_targets):
            continue  # the move has a subject of its own: another meeting's
        if {b for _, b in move_targets} != {b for _, b in plan_targets}:
            continue
        kept[index - 1] = (plan, [])
        moved_from[(move.start, move.end)] = plan.start
    return kept, moved_from


def _told_aside(
    predicate: Predicate, mention: Mention, targeted: _Targeted, text: str, end: int
) -> bool:
    aside = _aside(text, mention.end, end)
    if aside is not None and aside[0] <= predicate.start < aside[1]:
        after = aside[1]  # "the session, planned for May, was ..."
    elif predicate.reduced and mention.end <= predicate.start:
        after = predicate.end  # "the session scheduled for Friday will be held online"
    else:
        return False
    return any(
        other.start >= after and other is not predicate
        and any(m is mention for m, _ in targets)
        for other, targets in targeted
    )  # fmt: skip


_VENUE_GAP = 25
_ASIDE_REACH = 40
"""How far after a verb "on the sidelines" makes its meeting one aside ("expected to meet on
the sidelines")."""


def _moves_into_meeting(predicate: Predicate, reading: SentenceReading, text: str) -> bool:
    """Whether a verb of moving goes "to" a meeting or a body: not putting a meeting off.

    "After the narrow session the leaders moved to an expanded meeting", "the real action moved
    to the Supreme Eurasian Economic Council": a meeting or body a few words after "to" is
    where something went, not a date or place a meeting went to.
    """
    to = lexicon().move_to.match(text, predicate.end)
    if to is None:
        return False
    if any(to.end() <= m.start <= to.end() + _INTO_MEETING for m in reading.mentions):
        return True
    # "the session has moved to the expanded format": neither a date nor a place after "to"
    starts = [t.start for t in reading.timexes] + [p.start for p in reading.places]
    return predicate.lemma == "postpone:move" and not any(
        to.end() <= start <= to.end() + _INTO_MEETING for start in starts
    )  # fmt: skip


_INTO_MEETING = 24
"""Characters of modifiers between "to" and the meeting moved into ("an expanded")."""


def _moves_venue(predicate: Predicate, reading: SentenceReading, text: str) -> bool:
    """Whether a postponing verb moves the meeting to a place, not to a date.

    "Moved to Gomel", "перенесено в Москву": a place right after it, no date before that place
    and no verb but another move ("pushed back two weeks, moved to Moscow" moves it;
    "postponed and will be held via videoconference" does not).
    """
    # (after a noun, a place "in" is its meeting's: "the postponement of the summit in Minsk")
    place = None if predicate.nominal else next((
        p for p in reading.places if p.role is PlaceRole.AT
        and predicate.end <= p.start <= predicate.end + _VENUE_GAP), None)  # fmt: skip
    if place is None:
        # "moved from Almaty to Astana": the city after "to" is where it goes
        place = next((p for p in reading.places if p.place.city is not None
                      and predicate.end <= p.start <= predicate.end + 2 * _VENUE_GAP
                      and lexicon().move_to.fullmatch(text, predicate.end, p.start)),
                     None)  # fmt: skip
    return place is not None and not any(
        predicate.end <= t.start < place.start for t in reading.timexes
    ) and not any(predicate.end <= p.start < place.end and p.kind is not ClaimKind.POSTPONED
                  for p in reading.predicates)  # fmt: skip


_ASIDE_OPEN = re.compile(r"\s*,")


def _aside(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The phrase set off by commas right after a mention, if it closes before ``end``."""
    opening = _ASIDE_OPEN.match(text, start, end)
    if opening is None:
        return None
    closing = text.find(",", opening.end(), end)
    return (opening.end(), closing) if closing >= 0 else None


_RELATIVE_AFTER = re.compile(rf"(?i)(?<![\w-])(?:{_WHICH}|that)(?![\w-])")
"""A relative pronoun after a meeting noun: the clause it opens is about something else."""


def _unknown_antecedent(text: str, low: int, topic: Topic) -> bool:
    """Whether a relative clause's antecedent stands for no meeting or people of the article's.

    "The Interstate Council of the Community, which met ...": another body's. "The ministers,
    who last met in Ashgabat": the article's people, so its meeting; so is a noun phrase that
    ends in the article's organisation ("the leaders of the CIS, who ...").
    """
    if not _RELATIVE.match(text, low):
        return False
    start = max(0, low - _ANTECEDENT_GAP)
    if lexicon().subject_before.search(text, start, low):
        return False
    named = organisations_in(text, start, low)
    return not (named and named[-1][1] == topic.organisation
                and text[named[-1][0] : low].count(" ") <= _ORGANISATION_WORDS)  # fmt: skip


_ORGANISATION_WORDS = 4
"""At most so many words from an organisation's name to the relative pronoun after it."""


_ANTECEDENT_GAP = 40
_EN_RELATIVE = re.compile(r"(?i)\s*(?:which|who)\b")
"""An English relative pronoun set off by a comma (Russian "который" clauses are read by their
own verbs, often a meeting's: "заседание, которое, по словам министра, пройдет ...")."""
_CLAUSE_MARKS = ".;:!?\n"
"""What ends the clause before a relative clause: its subject starts after one of them."""
def _chain_only(words: str) -> bool:
    """Whether ``words`` are only a verb's chain (auxiliaries, modals, adverbs), or nothing.

    Between an English verb and the noun right before it, its subject ("the heads of state
    will also convene").
    """
    chain = lexicon().chain_words
    return all(w in chain or w.endswith("ly") for w in words.lower().replace("’", "'").split())


_SUBJECT_TAIL = re.compile(r"(?:\s+(?:in|at|on|of|в|во|на)\s+[\w'’-]+(?:\s+[\w'’-]+)?)?\s*"
                           r"(?:\s+(?:also|then|further|unanimously|также|единогласно))?\s+")
"""Between a meeting noun and the verb it is the subject of: a place or date phrase of its own
at most ("the April meeting in Almaty approved")."""
_LIST_REACH = 160
_LIST_GAP = re.compile(
    r"(?i)\s*,\s*[^;:.!?()\[\]]*?\s(?:and|or|и|или)\s[^;:.!?()\[\]]*?,?\s*"
)
"""Between the first item of a list and a relative pronoun after its last: the other items."""
_RELATIVE_REACH = 45
"""How far before a relative pronoun its antecedent may end ("the session of the council in
Minsk on 12 April, which ..."), brackets between not counted; a noun further back is not what
it stands for."""
_BRACKETED = re.compile(r"\([^()]*\)")
_RELATIVE_BEFORE = re.compile(
    r"(?i)(?<=\w)\s+(?:which|котор\w+)\s+(?:[\w'’]+\s+){0,3}$"
)
"""A relative pronoun with no comma before it, right before a verb and its auxiliaries ("that"
also opens what is said: "the committee said that the summit will ...")."""
_COUNTED = re.compile(r"(?<![\w.,:/-])(?:[2-9]|[1-9]\d{1,2})[ \t]+$")
"""A number (2 to 999, not a year) right before a plural meeting noun: a count of them."""
_WORDS_BEFORE = re.compile(r"[^\W\d_]+")


def _counted(text: str, start: int) -> bool:
    """Whether a count stands right before a meeting noun ("58 заседаний", "two meetings").

    A number, or a count word of the calendar data, maybe through one modifier ("two online
    meetings").
    """
    if _COUNTED.search(text, max(0, start - 8), start):
        return True
    words = _WORDS_BEFORE.findall(text, max(0, start - 30), start)[-2:]
    return any((count_of(word) or 0) > 1 for word in words)
_TO_BE = re.compile(r"\s+to\s+be\s+(?:\w+ly\s+)?")
"""Between a meeting and a participle modifying it: "preparations for the summit to be held in
Osh" (the summit, framed by "preparations for", is the one to be held)."""


_INFINITIVE_PASSIVE = re.compile(r"(?<!\w)to\s+be\s+(?:\w+ly\s+)?$")
"""Right before a participle: an infinitive that modifies the noun before it ("to be held")."""
_MODIFIED_GAP = re.compile(
    r"(?:\s+(?:of|in|at|on|for)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?\s*,?\s*"
)
"""Between a meeting noun and the infinitive that modifies it: a short phrase of its own and a
comma ("a summit of the bloc, to be held on Friday")."""
_INFINITIVE_MODIFIER = re.compile(_MODIFIED_GAP.pattern + r"to\s+be\s")


def _closed_relative(
    text: str, low: int, predicate: Predicate, others: Sequence[Predicate]
) -> int | None:
    """Where an English relative clause opening the verb's clause closes (its comma), if it does.

    "Uzbekistan, which takes over in January, will host the summit": the comma before "will".
    """
    closed = text.find(",", low, predicate.start)
    if (
        _EN_RELATIVE.match(text, low) and closed > low and text.find(",", closed + 1,
                                                                    predicate.start) < 0
        and not any(low <= p.start < closed for p in others if p.kind is not None)
    ):  # fmt: skip
        return closed
    return None


def _after_relative(
    text: str, low: int, predicate: Predicate, others: Sequence[Predicate]
) -> bool:
    """Whether a verb has a subject of its own after the relative clause opening its clause.

    "Накануне саммита, который пройдет в Душанбе, Лавров встретился с коллегой": "встретился"
    is the main clause's, whose subject is a noun after the clause's comma; "которое пройдет
    в пятницу и примет" goes on, and "The session, which had been scheduled for May, has been
    postponed" has the antecedent for its subject.
    """
    first = next((p for p in others if low <= p.start < predicate.start and p.kind), None)
    comma = text.rfind(",", first.end, predicate.start) if first is not None else -1
    if comma < 0:
        return False
    main = next(p.start for p in (*others, predicate) if comma < p.start)  # its first verb
    return subject_between(text, comma + 1, main)


def _plan_told_after(text: str, predicate: Predicate, others: Sequence[Predicate]) -> bool:
    """Whether an act's clause of what was said tells a meeting to come.

    "The leaders agreed that the summit would take place in Dushanbe", "договорились, что
    саммит пройдет в Душанбе": the meeting is the clause's, to come; the agreement claims none.
    """
    if not lexicon().complementizer.match(text, predicate.end):
        return False
    verb = next((p for p in others if p.start > predicate.end and p.kind is not None), None)
    return verb is not None and verb.tense is Tense.FUTURE and verb.lemma.split(":", 1)[0] in (
        "event", "host"
    )


_VERB_COLON = re.compile(r"(?:[ \t]+[\w-]+){0,2}[ \t]*:")
"""A verb, at most two words ("twice", "два раза"), and a colon that opens its list."""
_AGENT_BY = re.compile(r"(?i)\s+by\s+(?:the\s+)?$")
_AGENT_REACH = 12


def _agent_of(text: str, predicate: Predicate, mention: Mention) -> bool:
    """Whether people or a council right after a passive are its agent.

    "was adopted by the CIS foreign ministers"; in Russian the agent is in the instrumental,
    right after the participle ("утверждена министрами иностранных дел").
    """
    if not 0 <= mention.start - predicate.end <= _AGENT_REACH:
        return False
    if _RU_HAS.search(text, mention.start, mention.end):
        head = _OBJECT_WORDS.match(text, mention.start)
        return head is not None and not text[predicate.end : mention.start].strip() and (
            morph_tags(head.group(0).lower())[1] == "ablt"
        )
    return _AGENT_BY.fullmatch(text, predicate.end, mention.start) is not None


def _subject_start(text: str, low: int) -> int:
    """Where the subject before a relative clause starting at ``low`` starts."""
    return max(text.rfind(mark, 0, low) for mark in _CLAUSE_MARKS) + 1


def _governed(
    predicate: Predicate, mentions: Sequence[Mention], clause: tuple[int, int], text: str,
    anchors: Sequence[Timex] = (), others: Sequence[Predicate] = (), *, headline: bool = False,
) -> list[Mention]:
    """The mentions a predicate is about (with those coordinated with the chosen one)."""
    cls = predicate.lemma.split(":", 1)[0]
    low, high = clause
    if cls not in ("act", "attend", "host") and _RELATIVE.match(text, low) and not any(
        low <= m.start < predicate.start for m in mentions
    ) and not _after_relative(text, low, predicate, others) and not (
        _WHEN_CLAUSE.match(text, low) and any(
        predicate.end <= m.start < high for m in mentions
    )):  # fmt: skip
        # ("where", "где" point to a place or a time: "из Нур-Султана, где состоялось заседание
        # ВЕЭС" has its own subject after the verb)
        # "the Council, which is to convene in X": the antecedent, right before the pronoun;
        # but "Tajikistan, which holds the presidency" holds no meeting: a verb with an object
        # that is no meeting says nothing of one.
        if _other_object(predicate, mentions, text):
            return []
        antecedents = [m for m in mentions if m.end <= low and len(
            _BRACKETED.sub("", text[m.end : low])) <= _RELATIVE_REACH]  # fmt: skip
        # "meetings of the CSTO Council of Foreign Ministers, the Council of Defence Ministers
        # and the Committee of Secretaries, which took place yesterday": the antecedent is the
        # whole list, its first item too
        listed = [m for m in mentions if m.end <= low and m not in antecedents[-1:]
                  and low - m.end <= _LIST_REACH
                  and _LIST_GAP.fullmatch(text, m.end, low)
                  and not any(m.end <= o.start < low for o in others)]  # fmt: skip
        return [*listed[:1], *antecedents[-1:]]
    closed = _closed_relative(text, low, predicate, others)
    if closed is not None:
        # "The Council, which brings together the prime ministers of five states, will meet":
        # the relative clause closed before the verb, whose subject stands before it
        mentions = [m for m in mentions if not low <= m.start < closed]  # the clause's own
        low = _subject_start(text, low)
    pronoun = _RELATIVE_BEFORE.search(text, low, predicate.start)
    if pronoun is not None and cls not in ("act", "attend", "host"):
        # "the session of the Collective Security Council which opens today": the noun right
        # before the pronoun is the verb's subject; another body's meeting is no claim of ours
        near = [m for m in mentions if pronoun.start() - _ANTECEDENT_GAP <= m.end
                <= pronoun.start() and "," not in text[m.end : pronoun.start()]]  # fmt: skip
        if near and near[-1].other:
            return []
    inside = [m for m in mentions if m.start < high and m.end > low
              and not _anchored(text, m, anchors, predicate, mentions)
              and (predicate.reduced or not _framed(text, m)
                   or _TO_BE.fullmatch(text, m.end, predicate.start) is not None
                   or (_CONJUNCT_SUBJECT.fullmatch(text, m.end, predicate.start) is not None
                       and not _RU_HAS.search(text, predicate.start, predicate.end)))
              and not _between(predicate, m, others, text, mentions)
              and (not _after_time_preposition(text, m, low)
                   # "before the heads of state convene": a conjunction, and its subject
                   or _CONJUNCT_SUBJECT.fullmatch(text, m.end, predicate.start) is not None)
              and not _occasion_of_a_plan(predicate, m, text)]
    before = [m for m in inside if m.end <= predicate.start]
    after = [m for m in inside if m.start >= predicate.end]
    if cls == "act":
        # Who acted: the people or the council before the verb, never its object; a passive
        # ("statements of the Council were approved") names what was acted on, not who acted.
        if predicate.passive:
            # "was adopted by the CIS foreign ministers", "утверждена министрами": the agent
            # acted; with none named, the passive names only what was acted on
            return [m for m in mentions if m.kind is not MentionKind.EVENT
                    and _agent_of(text, predicate, m)][:1]  # fmt: skip
        if any(lexicon().infinitive_gap.fullmatch(text, predicate.end, other.start)
               and other.kind is not None and other.lemma.split(":", 1)[0] in ("event", "host")
               for other in others):  # fmt: skip
            # "agreed to hold the next session in Ashgabat", "договорились провести": the
            # meeting is the infinitive's, to come; the agreement claims none
            return []
        if _plan_told_after(text, predicate, others):
            return []  # "agreed that the summit would take place in Dushanbe": so is a clause
        # ("С главой МИД Китая он обсудил ...": the partner, with "с", is not who acted; "the
        # ministers reviewed the drafts for the heads of state and signed ...": the object of
        # the English verb before, with no comma after it, is not who signed)
        english_verb = not _RU_HAS.search(text, predicate.start, predicate.end)
        pool = [m for m in before if m.kind is not MentionKind.EVENT
                and not partner_before(text, m.start)
                and not (english_verb and any(
                    p.end <= m.start and p.start < predicate.start and p is not predicate
                    and not _CLAUSE_STOP.search(text, p.end, m.start) for p in others
                ))]  # fmt: skip
        if not pool and before and before[-1].kind is MentionKind.EVENT and (
            _SUBJECT_TAIL.fullmatch(text, before[-1].end, predicate.start)
        ):  # fmt: skip
            # "The ministers' April meeting in Almaty approved a plan": the meeting acted
            pool = before[-1:]
    elif cls in ("attend", "host"):
        # "took part in the session", "Minsk hosted the summit"; passive "the session, chaired
        # by X" and "the summit hosted by Minsk" have their meeting before them.
        pool = before if predicate.passive else after
        if not pool and cls == "host" and _RU_HAS.search(text, predicate.start, predicate.end):
            pool = before  # "саммит СНГ примет Астана": the meeting first, the host after
        relative = not predicate.passive and _RELATIVE.match(text, low)
        if relative:
            # "the SCO summit, which Putin will attend in October, follows the CIS summit": the
            # object of a relative clause's verb is not beyond the clause's comma
            pool = [m for m in pool if "," not in text[predicate.end : m.start]]
        if not pool and not predicate.passive:
            # "the CIS summit that Astana hosted on 14 October": a relative clause of its own,
            # with no comma, whose object is the noun before "that"
            pool = [m for m in mentions if m.end <= predicate.start
                    and _RESTRICTIVE_RELATIVE.fullmatch(text, m.end, predicate.start)][-1:]
            if pool:
                return pool
        if not pool and relative and (predicate.tense is not Tense.PRESENT or not any(
            o.kind is not None and o is not predicate for o in others
        )):  # fmt: skip
            # "the summit, which Turkmenistan will host in October": the object is the
            # relative pronoun's antecedent, right before it ("which Tajikistan is hosting"
            # leaves the time to a main verb of meeting, if there is one)
            return [m for m in mentions if m.end <= low and len(
                _BRACKETED.sub("", text[m.end : low])) <= _RELATIVE_REACH][-1:]  # fmt: skip
    elif predicate.nominal and predicate.lemma.endswith(":noun"):
        # "the postponement of the summit", "the summit's postponement": a noun's meeting is its
        # complement or its modifier, not the object of a verb it is subject of ("the
        # postponement will not affect the session of the heads of government")
        pool = [m for m in before if _NOUN_MODIFIER_GAP.fullmatch(text, m.end, predicate.start)]
        pool += [m for m in after if _NOUN_COMPLEMENT_GAP.fullmatch(text, predicate.end, m.start)]
    else:
        pool = before + after
    if not pool:
        return []

    to_be = _INFINITIVE_PASSIVE.search(text, max(0, predicate.start - 24), predicate.start)
    if to_be is not None:
        # "a summit of the bloc, to be held on Friday": the noun the infinitive modifies
        # (framed or not: "arrived for a summit ..., to be held")
        modified = [m for m in mentions if m.end <= to_be.start()
                    and _MODIFIED_GAP.fullmatch(text, m.end, to_be.start())]  # fmt: skip
        if modified:
            return modified[-1:]

    def distance(m: Mention) -> int:
        return predicate.start - m.end if m.end <= predicate.start else m.start - predicate.end

    near = [m for m in pool if distance(m) <= 120]
    if not near:
        return []
    # An English active verb's meeting is its subject, before it; Russian puts the subject
    # after the verb as often as before ("В Минске прошло заседание").
    english = not _RU_HAS.search(text, predicate.start, predicate.end)
    # ("we plan a meeting of ...": a personal pronoun is the subject; the meeting is the object)
    subject_first = english and not predicate.passive and cls not in ("attend", "host") and (
        not personal_subject_before(text, predicate.start)
    )

    def rank(m: Mention) -> tuple[int, int, int, int]:
        side = 1 if subject_first and m.start >= predicate.end else 0
        # the noun right before an English verb is its subject, whatever it names ("the last
        # gathering before the heads of state convene")
        adjacent = 0 if subject_first and m.end <= predicate.start and _chain_only(
            text[m.end : predicate.start]
        ) else 1  # fmt: skip
        return side, adjacent, _own_weight(m) if distance(m) < 80 else 3, distance(m)

    best = min(near, key=rank)
    # "the heads of state and government": one span, a mention per council, both chosen
    chosen = [best, *(m for m in inside if m is not best and (m.start, m.end) == (best.start,
                                                                                  best.end))]
    if predicate.reduced:
        return chosen  # a participle modifies one noun: "the session, planned for 15 October"
    ordered = sorted(inside, key=lambda m: m.start)
    at = ordered.index(best)
    for step in (-1, 1):
        index = at
        while 0 <= index + step < len(ordered):
            left, right = sorted((ordered[index], ordered[index + step]), key=lambda m: m.start)
            between = text[left.end : right.start]
            if not _COORDINATION.match(between) and not (
                headline and _HEADLINE_COORDINATION.match(between)
            ) and not (
                # "the foreign ministers, defence ministers and secretaries ...", "the Council
                # of Foreign Ministers, the Council of Defence Ministers and ...": a list
                _COUNCIL_LIST_COMMA.fullmatch(between) is not None
                and MentionKind.EVENT not in (left.kind, right.kind)
            ):  # fmt: skip
                break
            index += step
            chosen.append(ordered[index])
    return chosen


_NOUN_MODIFIER_GAP = re.compile(r"(?:['’]s?)?\s*")
"""Between a meeting and a noun of what befell it: "the summit's postponement"."""
_NOUN_COMPLEMENT_GAP = re.compile(r"(?i)\s+(?:(?:of|in|to)\s+(?:[\w-]+\s+){0,3}?)?")
"""Between a noun of what befell a meeting and the meeting: "the postponement of the summit",
"перенос заседания" (a genitive right after it)."""


# --- dates and places --------------------------------------------------------------------

_REPORT_GAP = 40
_FROM_BEFORE = re.compile(r"(?i)(?<!\w)(?:from|с|со)\s+$")
_NEW_DATE_BEFORE = re.compile(
    r"(?i)(?:\bto|\buntil|\btill|\bfor|\bна|\bдо|\bпозднее)\s+(?:\w+\s+){0,2}$"
)


_COMPLEMENTIZER = re.compile(r"(?i)(?<!\w)(?:that|что|как|whether)(?!\w)")
_REPORT_AFTER = re.compile(r"(?i)[\s,]*(?:[\w'’-]+\s+){0,3}?(?:in|at|on|from|в|на|во)?\s*$")


def _in_report(position: int, reports: Sequence[tuple[int, int]], text: str) -> bool:
    """Whether ``position`` is an argument of a reporting word.

    "Told reporters in Moscow on Friday", "said on Friday", "сообщил в пятницу": at most three
    words after it, and no "that" between.
    """
    for _, end in reports:
        if (
            0 <= position - end <= _REPORT_GAP
            and _REPORT_AFTER.match(text, end, position)
            and not _COMPLEMENTIZER.search(text, end, position)
        ):
            return True
    return False


def _occasion_of_a_plan(predicate: Predicate, mention: Mention, text: str) -> bool:
    """Whether a fronted "At the summit, ..." is where a plan was made, not what it plans.

    "At the CIS summit in Moscow, the leaders agreed to meet next year in Dushanbe": the summit
    is the occasion; the plan is of another meeting.
    """
    return (
        predicate.kind is ClaimKind.SCHEDULED and mention.end <= predicate.start
        and "," in text[mention.end : predicate.start]
        and _framed_by("during", text, mention)
    )  # fmt: skip


def _reported(
    position: int, reports: Sequence[tuple[int, int]], text: str, scope: _Scope
) -> bool:
    """Whether ``position`` is the reporting word's, not the claim's told after it.

    "Said after the meeting in Sochi on Thursday": Sochi and Thursday follow the report, but
    the meeting named between them is what they place and date.
    """
    if not _in_report(position, reports, text):
        return False
    return not any(end <= scope.region[0] < position for _, end in reports)


def _distance(item: Timex | PlaceMention, region: tuple[int, int]) -> int:
    """How far an item is from a claim's region (0 when it overlaps)."""
    if item.end <= region[0]:
        return region[0] - item.end
    if item.start >= region[1]:
        return item.start - region[1]
    return 0


def _nearest(
    items: Sequence[Timex | PlaceMention], low: int, high: int, region: tuple[int, int]
) -> list[int]:
    """Indexes of the items in ``low..high``, nearest the region first.

    An item counts when it starts there, or starts before and runs into it: a window cut
    through a name ("в Санкт-Петербург на встречу" with the window's start in "Санкт-") still
    holds it.
    """
    indexes = [i for i, item in enumerate(items) if item.start < high and item.end > low]
    return sorted(indexes, key=lambda i: _distance(items[i], region))


def _tense_for(kind: ClaimKind, tense: Tense) -> Tense:
    if kind is ClaimKind.HELD:
        return tense if tense in (Tense.PRESENT, Tense.UNKNOWN) else Tense.PAST
    if kind is ClaimKind.CANCELLED and tense is Tense.FUTURE:
        return Tense.FUTURE  # "will no longer take place in October": the October to come
    if kind is not ClaimKind.SCHEDULED:
        # the day a meeting put off or called off was to be: the nearest such day, before or
        # after the story ("the summit due on 16 October was postponed", told in December)
        return Tense.UNKNOWN
    return Tense.FUTURE  # a plan's date


@attrs.frozen
class _Scope:
    """Where a claim's date and place may come from: its region and the span to search."""

    region: tuple[int, int]
    low: int
    high: int
    leading: bool = True
    """Whether a leading adverbial before ``low`` may date or place it ("On 12 April, ...")."""
    claiming: frozenset[tuple[int, int]] = frozenset()
    """The spans of the sentence's predicates that make claims of their own: a date nearer
    one of them is its ("will not meet on 3 April as planned": "planned" claims nothing)."""
    verb: tuple[int, int] | None = None
    """The claim's own predicate, never a rival ("Bishkek will host the CFM on 12 October and
    the CHG on 26 October": Bishkek, next to "host", places the CHG too)."""


_CHAIN = 25
_SUBJECT_GAP = 4
"""Characters a subject may start after a coordination ("and the ministers")."""


_POSSESSIVE_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}")


def _possessed_by_other(timex: Timex, scope: _Scope, reading: SentenceReading, text: str) -> bool:
    """Whether a date is another meeting's, by the possessive or as its modifier.

    "Ahead of Friday's summit, the ministers will meet on Thursday": Friday is the summit's;
    so is "пятничного" in "накануне пятничного саммита министры встретятся в четверг".
    """
    after = _POSSESSIVE_AFTER.match(text, timex.end)
    if after is None and _adjectival(text, timex):
        after = _MODIFIES.match(text, timex.end)
    if after is None or _relative_before(timex, reading.timexes, scope, text) is not None:
        # ("will meet on the eve of the November summit": the summit's month dates the claim
        # by the relative date)
        return False
    low, high = scope.region
    own = [m for m in reading.mentions if m.start < high and m.end > low]
    return any(
        timex.end < m.start <= after.end() and m not in own
        and not any(o.family is not None and o.family == m.family for o in own)
        for m in reading.mentions
    )  # fmt: skip


def _of_framed_meeting(timex: Timex, scope: _Scope, reading: SentenceReading, text: str) -> bool:
    """Whether a date right after the noun of a meeting a frame relates to the claim is its.

    "Ahead of the CIS summit in Dushanbe on October 11, the ministers met in Moscow": the 11th
    is the summit's (a place may stand between), not the ministers'.  A relative date before
    the frame's noun still counts from it ("on the eve of the summit on 27 November").
    """
    if _relative_before(timex, reading.timexes, scope, text) is not None:
        return False
    low, high = scope.region
    for mention in reading.mentions:
        if low <= mention.start < high or not mention.end <= timex.start:
            continue
        gap = text[mention.end:timex.start]
        for place in reading.places:
            if mention.end <= place.start and place.end <= timex.start:
                gap = gap.replace(text[place.start:place.end], " ")
        if _DATE_OF_NOUN.fullmatch(gap) and _framed(text, mention):
            return True
    return False


_DATE_OF_NOUN = re.compile(r"(?i)(?:\s+(?:in|at|в|во|на)(?:\s+the)?\s+)?\s*(?:on|of|в|на)?\s*")


def _counted_for_other(
    timex: Timex, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether a day counted from the claim's is another meeting's, named between them.

    "The ministers meet on Thursday, setting the stage for a summit in the same city the
    following day": "the following day" is the summit's, counted from Thursday; it says
    nothing of the ministers' day.
    """
    return (
        timex.event_offset_days is not None and not _takes_anchor(text, timex)
        and any(scope.region[1] <= m.start and m.end <= timex.start
                and m.start not in range(*scope.region) for m in reading.mentions)
    )  # fmt: skip


def _year_told_before(text: str, timex: Timex, time: DocumentTime) -> int | None:
    """The year of a month told as "that October" or "в октябре того же года", or ``None``.

    It is the year of the last month and year the story told before it (the anchors of
    document time): "At the Tashkent summit in May 1992 ... That October" is October 1992; "in
    October of that year" points at the last year told at all ("The next steps came in 1994").
    """
    if timex.month is None or timex.year is not None or timex.to_month is not None:
        return None
    before, after = _anaphoric()
    if after.match(text, timex.end):
        told = [year for at, year in time.years if at < timex.start]
        return told[-1] if told else None
    if not before.search(text, max(0, timex.start - _ANAPHORIC_REACH), timex.start):
        return None
    told = [year for at, year in time.anchors if at < timex.start]
    return told[-1] if told else None


_PARAGRAPH_YEAR = re.compile(
    r"(?:^|[.!?]\s+|\n)[\s—–-]*(?:(?:in|by|в|во|к)\s+)?((?:19|20)\d\d)"
    r"(?:\s+(?:год|году|года|year))?(?:\s*[,:—–]|\s+(?!\d))",
    re.IGNORECASE | re.MULTILINE,
)
"""A year opening a sentence: the time a paragraph then tells of ("2021 год был непростым.",
"In 2019, ...")."""


_PARAGRAPH_REACH = 3000


def _paragraph_year(text: str, timex: Timex) -> int | None:
    """The year a month of the past takes from its paragraph, or ``None``.

    A paragraph that opens a sentence with a year ("2021 год был непростым. ... саммит в
    октябре пришлось провести по видеосвязи") tells of that year: a month with no year of its
    own, later in the paragraph, is in it.
    """
    if timex.month is None or timex.year is not None or timex.to_month is not None:
        return None
    paragraph = _paragraph_start(text, timex.start)
    opened = [int(m.group(1)) for m in _PARAGRAPH_YEAR.finditer(text, paragraph, timex.start)]
    return opened[-1] if opened and opened[-1] >= FIRST_YEAR else None


def _paragraph_start(text: str, position: int) -> int:
    """Where the paragraph of ``position`` starts, read back at most ``_PARAGRAPH_REACH``.

    (A text of one endless line costs no more per date.)
    """
    low = max(0, position - _PARAGRAPH_REACH)
    return max(text.rfind("\n", low, position) + 1, low)


_ANAPHORIC_REACH = 12


@functools.cache
def _anaphoric() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Words before and after a month that point at the year told last."""
    table = calendar()["anaphoric"]

    def words(items: list[str]) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)

    return (re.compile(r"(?i)(?<![\w-])(?:" + words(table["before"]) + r")\s+$"),
            re.compile(r"(?i)\s*,?\s*(?:" + words(table["after"]) + r")(?![\w-])"))  # fmt: skip


@functools.cache
def _date_adjectives() -> frozenset[str]:
    """The adjective forms of months and weekdays ("октябрьском", "пятничного"), lower case."""
    data = calendar()
    return frozenset(
        form.lower() for table in ("month_adjectives", "weekday_adjectives")
        for forms in data[table].values() for form in forms
    )  # fmt: skip


def _adjectival(text: str, timex: Timex) -> bool:
    """Whether a date may modify the noun after it.

    A month's or weekday's adjective ("пятничного"), or an English month's bare name ("ahead
    of July summit"; a Russian "в октябре" before its noun is the clause's time).
    """
    words = text[timex.start : timex.end].split()
    bare_month = (timex.month is not None and timex.day is None and timex.year is None
                  and timex.to_month is None and timex.part is None
                  and words[-1:] != [] and words[-1].isascii())  # fmt: skip
    return bool(words) and (words[-1].lower() in _date_adjectives() or bare_month)


_MODIFIES = re.compile(r"[ \t]{1,2}")
"""Between a date and the meeting noun it modifies ("на пятничном саммите", "the October
summit")."""


def _nearer_other(
    item: Timex | PlaceMention, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether another claim's predicate stands nearer the item than this claim does.

    "They wrapped up their session, sending papers to the presidents who gather here
    tomorrow": "tomorrow" belongs to "gather", not to "wrapped up".  Predicates of one kind
    next to each other ("is scheduled to take place") are one; of two kinds ("agreed to hold
    the next one in Minsk") they are rivals.  An item between the same commas as the
    claim's verb, and not as the other's, is the claim's ("wrapped up their summit in Gomel,
    agreeing to hold the next one in Osh").
    """
    own = _distance(item, scope.region)
    own_kind = next((p.kind for p in reading.predicates if (p.start, p.end) == scope.verb), None)
    comma, close = _set_off(item, reading.sentence, text)
    segment = (comma + 1 if comma >= 0 else reading.sentence.start, close)
    mine = scope.verb is not None and segment[0] <= scope.verb[0] < segment[1]
    for predicate in reading.predicates:
        if predicate.kind is None or (predicate.start, predicate.end) not in scope.claiming:
            continue
        if (predicate.start, predicate.end) == scope.verb:
            continue
        if not scope.low <= predicate.start < scope.high:
            continue  # in another clause ("met on 12 April; it will meet again"): not a rival
        low, high = scope.region
        if predicate.start <= high + _CHAIN and predicate.end >= low - _CHAIN and (
            scope.verb is not None and (own_kind is None or predicate.kind is own_kind)
        ):
            continue  # the claim's own predicate, or one chained to it
        if mine and not segment[0] <= predicate.start < segment[1]:
            continue
        if (
            scope.verb is not None and scope.verb[1] <= item.start <= item.end <= predicate.start
            and lexicon().conjunct.search(text, item.end, predicate.start)
        ):  # fmt: skip
            continue  # "met in Ashgabat in May and will next convene ...": before "and", ours
        span = (predicate.start, predicate.end)
        if _distance(item, span) < own:
            return True
        if (
            scope.verb is not None and not mine and segment[0] <= predicate.start < segment[1]
            and scope.verb[1] <= segment[0]
            and (word := _FIRST_WORD.match(text, segment[0])) is not None
            and word.group(1).lower() in lexicon().coordinating
        ):  # fmt: skip
            # "... will travel to the SCO Council in India, and in June the CSTO ministers will
            # meet in Minsk": a clause of its own after the comma, its verb's
            return True
    return False


_FIRST_WORD = re.compile(r"\s*(\w+)\s")


def _in_rival_phrase(
    item: Timex | PlaceMention, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether the item stands in a phrase set off by commas around another claim's verb.

    "The meeting, planned for 16 October in Tashkent, will be held by video link": Tashkent is
    the plan's, "by video link" the meeting's as it will now be held, however near each stands
    to the other verb.  What people did at a meeting is not set apart from it: "the prime
    ministers, meeting in Sochi on May 26, signed ..." tells of one meeting.
    """
    if scope.verb is None:
        return False
    if any((p.start, p.end) in scope.claiming and _plan_phrase(p, item, scope)
           for p in reading.predicates):  # fmt: skip
        return True
    before, after = _set_off(item, reading.sentence, text)
    low, high = max(scope.low, before + 1), min(scope.high, after)
    if low <= scope.verb[0] < high:
        return False
    own = next((p for p in reading.predicates if (p.start, p.end) == scope.verb), None)
    if own is not None and own.lemma.split(":", 1)[0] in ("act", "attend"):
        return False  # acts at the meeting the phrase tells of
    return any(
        predicate.kind is not None
        and (predicate.start, predicate.end) in scope.claiming
        and low <= predicate.start < high
        for predicate in reading.predicates
    )


def _bracketed_clause(
    timex: Timex, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether a date stands in brackets with a verb of its own that is not the claim's.

    "The strategy until 2030 (adopted in 2020)": the year is the adoption's; "the summit
    (10-11 October)" has no verb in its brackets and keeps its date.
    """
    sentence = reading.sentence
    opening = text.rfind("(", sentence.start, timex.start)
    if opening < 0 or ")" in text[opening : timex.start]:
        return False
    closing = text.find(")", timex.end, sentence.end)
    if closing < 0:
        return False
    if scope.verb is not None and opening < scope.verb[0] < closing:
        return False
    return any(opening < p.start < closing for p in reading.predicates)


def _aside_of(timex: Timex, reading: SentenceReading, text: str) -> tuple[int, int, bool] | None:
    """The commas around a relative or agent aside that holds a date, and whether it is an agent.

    "Uzbekistan, which takes over in January, will host ...", "The Council, chaired by
    Turkmenistan this year, met ...": the comma before the pronoun or the participle, and the
    comma after the date (the sentence's end if none).
    """
    sentence = reading.sentence
    comma = text.rfind(",", sentence.start, timex.start)
    agent = comma >= 0 and _AGENT_ASIDE.match(text, comma + 1) is not None
    if comma < 0 or (_RELATIVE.match(text, comma + 1) is None and not agent):
        return None  # (a comma after the pronoun, before the date, ends the clause first)
    closing = text.find(",", timex.end, sentence.end)
    return comma, sentence.end if closing < 0 else closing, agent


def _aside_verbs(
    timex: Timex, scope: _Scope, reading: SentenceReading, text: str
) -> tuple[list[Predicate], int, bool] | None:
    """The verbs of an aside that holds a date, its closing comma, and whether it is an agent's.

    ``None`` when the date stands in no such aside, or the aside holds the claim's own verb.
    """
    aside = _aside_of(timex, reading, text) if scope.verb is not None else None
    if aside is None or scope.verb is None:
        return None
    comma, closing, agent = aside
    if comma < scope.verb[0] < closing:
        return None
    return [p for p in reading.predicates if comma < p.start < closing], closing, agent


def _relative_aside(timex: Timex, scope: _Scope, reading: SentenceReading, text: str) -> bool:
    """Whether a date stands in an aside set off by commas with no verb of meetings.

    "Uzbekistan, which takes over the chairmanship in January, will host next year's summit":
    January is when it takes over, not the summit's month; so is "this year" in "The Council,
    chaired by Turkmenistan this year, met in Ashgabat" (chairing by an agent is a presidency).
    A clause with a verb of meetings ("which met in March") is read by its own claim.
    """
    aside = _aside_verbs(timex, scope, reading, text)
    if aside is None:
        return False
    verbs, _, agent = aside
    return all(agent and p.lemma.startswith("attend:") for p in verbs)


def _in_aside(timex: Timex, scope: _Scope, reading: SentenceReading, text: str) -> bool:
    """Whether a date stands in a relative aside whose verbs name no meeting of their own.

    "Russia, which chairs the Commonwealth this year, is to host the summit": a verb of
    chairing or hosting with no meeting after it in the aside (a verb of happening always tells
    its own: "which met in March").
    """
    aside = _aside_verbs(timex, scope, reading, text)
    if aside is None or aside[2]:
        return False
    verbs, closing, _ = aside
    return not any(p.lemma.startswith("event:")
                   or any(p.end <= m.start < closing for m in reading.mentions)
                   for p in verbs)  # fmt: skip


_AGENT_ASIDE = re.compile(r"(?i)\s*[a-z]+\s+by\b")
"""A participle with its agent opening an aside: "chaired by Turkmenistan", "led by Kazakhstan"."""
_TIME_PREPOSITION_REACH = 30


def _after_time_preposition(text: str, mention: Mention, low: int) -> bool:
    """Whether a meeting noun follows a time preposition ("after the meeting in Astana")."""
    start = max(low, mention.start - _TIME_PREPOSITION_REACH)
    return lexicon().time_preposition.search(text, start, mention.start) is not None


_PLACE_OF_NOUN = re.compile(r"(?i)\s+(?:in|at|в|во|на)\s+(?:the\s+)?$")


def _of_another_meeting(
    place: PlaceMention, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether a place right after another meeting's noun is its.

    It is when that noun is after a time preposition, or when a comma parts it from the claim.

    "Following talks in Dushanbe, the leaders agreed to meet next year in Moscow": Dushanbe is
    where the talks were, not where they will meet; so is a place after a meeting the sentence
    is set at ("В ходе заседания СМИД в Москве министры решили провести следующее ...").
    """
    low, high = scope.region
    own = next((p.kind for p in reading.predicates if (p.start, p.end) == scope.verb), None)
    between = (place.end, low) if place.end <= low else (high, place.start)
    listed = _CLAUSE_STOP.search(text, *between) is not None
    return any(
        not (low <= m.start < high) and m.end <= place.start
        and _PLACE_OF_NOUN.fullmatch(text, m.end, place.start) is not None
        and (_after_time_preposition(text, m, reading.sentence.start)
             or _framed(text, m)
             or (own is ClaimKind.SCHEDULED and _framed_by("during", text, m))
             # "саммит в Душанбе, перенос Межправсовета": another item of a list, its noun's
             or listed)
        for m in reading.mentions
    )  # fmt: skip


def _of_another_holding(
    place: PlaceMention, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether a verb of holding between the claim and the place holds something else there.

    "The heads of government approved the programme, and a decision was taken to hold a CIS
    fair in Minsk next year": Minsk is where the fair will be, not where they approved.
    """
    return any(
        p.lemma.split(":", 1)[0] in ("event", "host") and (p.start, p.end) != scope.verb
        and scope.region[1] <= p.start and p.end <= place.start
        and place.start - p.end <= _HOLDING_REACH
        and _other_object(p, reading.mentions, text, reading.timexes)
        for p in reading.predicates
    )  # fmt: skip


_HOLDING_REACH = 60
"""How far after a verb of holding its object's place may stand ("to hold a fair in Minsk")."""


def _set_off(item: Timex | PlaceMention, sentence: Sentence, text: str) -> tuple[int, int]:
    """The comma before an item (-1 if none) and the comma after it (the sentence end if none)."""
    after = text.find(",", item.end, sentence.end)
    return text.rfind(",", sentence.start, item.start), after if after >= 0 else sentence.end


def _compared(item: Timex | PlaceMention, reading: SentenceReading, text: str) -> bool:
    """Whether the item stands in a comparison set off by commas: another occasion's.

    "Armenia, as in October last year in Bishkek, did not attend": neither Bishkek nor last
    October is the summit's.
    """
    comma, close = _set_off(item, reading.sentence, text)
    return comma >= 0 and lexicon().comparison.match(text, comma) is not None and (
        close < reading.sentence.end
    )


_PERSON_RELATIVE = re.compile(r"(?i)\s*(?:who|whom|whose|кто|котор\w+)\b")


def _about_someone(
    item: Timex | PlaceMention, scope: _Scope, reading: SentenceReading, text: str
) -> bool:
    """Whether the item stands in a relative clause set off on something that is no meeting.

    "Putin, who arrived in Bishkek on Thursday for a state visit, attended the summit": the
    Thursday is his arrival's, whatever its verb claims.  A clause on a meeting ("the summit,
    which opened on Monday, adopted ...") tells of the meeting.
    """
    comma, high = _set_off(item, reading.sentence, text)
    if comma < 0 or not _PERSON_RELATIVE.match(text, comma + 1):
        return False
    if scope.verb is not None and comma < scope.verb[0] < high:
        return False
    if any(comma - 3 <= m.end <= comma for m in reading.mentions):
        return False  # the clause is on a meeting
    return any(comma < p.start < high and p.kind is not None for p in reading.predicates)


def _plan_phrase(predicate: Predicate, item: Timex | PlaceMention, scope: _Scope) -> bool:
    """Whether the item is in a plan's participle phrase before the claim's verb.

    "The meeting scheduled for Friday in Minsk will be held online": Minsk is the plan's.
    """
    assert scope.verb is not None
    return (
        predicate.reduced and predicate.lemma.startswith("schedule:")
        and predicate.end <= item.start and item.end <= scope.verb[0]
    )  # fmt: skip


def _replaced(item: Timex | PlaceMention, scope: _Scope, text: str) -> bool:
    """Whether the item tells of what the claim replaces ("instead of ... in Minsk")."""
    marker = lexicon().instead.search(text, scope.region[1], item.start)
    return marker is not None


def _in_other_clause(
    item: Timex | PlaceMention, reading: SentenceReading, text: str,
    verb: tuple[int, int] | None = None,
) -> bool:  # fmt: skip
    """Whether a date or place stands in a clause with a verb of its own.

    The claim's own ``verb`` is not another's: "In October, Tashkent will host the meetings of
    the CFM and the CHS" dates both meetings.
    """
    sentence = reading.sentence
    low, high = clause_bounds(text, sentence.start, sentence.end, item.start)
    return any(low <= p.start and p.end <= high and (p.start, p.end) != verb
               for p in reading.predicates)  # fmt: skip


def _planned_for(timex: Timex, reading: SentenceReading) -> bool:
    """Whether a plan's verb governs the date ("намеченное на 16 октября": not a new date)."""
    return any(
        p.kind is ClaimKind.SCHEDULED and p.end <= timex.start <= p.end + _CHAIN
        for p in reading.predicates
    )


def _masthead_spans(time: DocumentTime) -> tuple[tuple[int, int], ...]:
    """The spans of the stamp and dateline that date the article: never a claim's date."""
    spans = [time.evidence]
    if time.dateline is not None:
        spans.append((time.dateline.start, time.dateline.end))
    return tuple(span for span in spans if span[1] > span[0])


_Item = TypeVar("_Item", Timex, PlaceMention)


def _own_first(
    items: list[_Item], scope: _Scope, reading: SentenceReading, text: str
) -> list[_Item]:
    """The items outside another plan's phrase, if the claim's scope has any; else all.

    "The meeting, planned for 16 October in Tashkent, will be held by video link": online, but
    still on 16 October, which the verb does not change.
    """
    own = [item for item in items if not _in_rival_phrase(item, scope, reading, text)]
    # "will be held online on the same day": a day counted from another names no day of its own
    dated = [item for item in own
             if not isinstance(item, Timex) or item.event_offset_days is None]  # fmt: skip
    if any(scope.low <= item.start < scope.high for item in dated):
        return own
    # Nothing of its own: the plan's phrase still tells the meeting's, but not a past one's ("The
    # ministers, who last met in Moscow in October, will gather in Minsk": another meeting).
    own_tense = next((p.tense for p in reading.predicates if (p.start, p.end) == scope.verb), None)
    if own_tense is not Tense.FUTURE:
        return items
    return [item for item in items if item in own or not _in_past_phrase(item, reading, text)]


def _in_past_phrase(item: Timex | PlaceMention, reading: SentenceReading, text: str) -> bool:
    """Whether the item stands between the commas of a phrase whose verb of holding is past."""
    before, after = _set_off(item, reading.sentence, text)
    return any(
        p.kind is ClaimKind.HELD and p.tense is Tense.PAST and before < p.start < after
        for p in reading.predicates
    )


_WHEN_CLAUSE = re.compile(r"(?i)(?:when|where|когда|где)\b")
_TOLD_BEFORE = 40


def _told_before(items: Sequence[_Item], scope: _Scope, text: str) -> list[int]:
    """The items of the phrase right before a "when" or "where" clause, which it points to.

    "The ministers are expected in Dushanbe in early November, where the council will gather":
    the council gathers in Dushanbe in early November.
    """
    if not _WHEN_CLAUSE.match(text, scope.low):
        return []
    comma = text.rfind(",", max(0, scope.low - 3), scope.low)
    if comma < 0:
        return []
    found = [i for i, item in enumerate(items)
             if comma - _TOLD_BEFORE <= item.start and item.end <= comma]  # fmt: skip
    return sorted(found, key=lambda i: -items[i].end)
_AS_PLANNED = (ClaimKind.POSTPONED, ClaimKind.CANCELLED)
"""Claims that speak of a meeting as it was planned: its planned date and place are theirs."""


def _month_told_before(timex: Timex, reading: SentenceReading) -> Timex:
    """A bare "the month" as the month its sentence named before it, else as it is.

    "The premiers gathered in early June, and the ministers met at the end of the month": the
    end of June ("this month" is the story's; "the month" with none named before, too).
    """
    if timex.unit != "month" or timex.offset is not None:
        return timex
    named = [t for t in reading.timexes
             if t.end <= timex.start and t.month is not None and t.unit is None]  # fmt: skip
    if not named:
        return timex
    return attrs.evolve(timex, unit=None, month=named[-1].month, year=named[-1].year)


def _told_as_past(reading: SentenceReading, clause: tuple[int, int], time: DocumentTime) -> bool:
    """Whether the clause has a time surely before the story ("два года назад", "in 2019")."""
    published = time.published
    return any(
        clause[0] <= t.start < clause[1] and (
            (t.offset is not None and t.offset < 0) or t.direction < 0
            or (published is not None and t.year is not None and t.year < published.year)
        )
        for t in reading.timexes
    )  # fmt: skip


def _section_heading(
    doc: Document, sentence: Sentence, stamps: Sequence[tuple[int, int]]
) -> Timex | None:
    """The date that heads the sentence's section: a sentence of a date alone before it.

    "February. The year's diplomacy opened in Almaty", "12 октября" on a line of its own over
    "Саммит прошел в Душанбе": in its paragraph, or alone in the paragraph right before it.
    The masthead's stamp is no heading.
    """
    paragraph = sentence.paragraph
    for index in range(sentence.index - 1, max(-1, sentence.index - _HEADING_REACH), -1):
        before = doc.sentences[index]
        if before.paragraph < paragraph - 1:
            return None
        if before.end - before.start > _HEADING_LENGTH:
            if before.paragraph < paragraph:
                return None  # the paragraph before is prose: no heading over this one
            continue
        heading = _date_alone(doc.text, before.start, before.end)
        if heading is None or any(a <= heading.start < b for a, b in stamps):
            continue
        if before.paragraph < paragraph and any(
            0 <= k < len(doc.sentences) and doc.sentences[k].paragraph == before.paragraph
            for k in (index - 1, index + 1)
        ):  # fmt: skip
            return None  # a paragraph of its own, the date alone in it
        return heading
    return None


def _date_alone(text: str, start: int, end: int) -> Timex | None:
    """The one date a sentence holds with nothing else but punctuation ("February.")."""
    if not any(w.isdigit() or is_calendar_name(w) for w in _SHORT_WORD.findall(text, start, end)):
        return None  # no word of the calendar (a cheap test first)
    found = find_timexes_in(text, start, end)
    if len(found) != 1:
        return None
    rest = text[start : found[0].start] + text[found[0].end : end]
    return found[0] if _HEADING_REST.fullmatch(rest) else None


_HEADING_REACH = 12
"""How many sentences back a section's heading may stand."""
_HEADING_LENGTH = 40
_HEADING_REST = re.compile(r"[\s.:,;—–-]*")
_SHORT_WORD = re.compile(r"[^\W_]+")


def _date_for(
    doc: Document, time: DocumentTime, reading: SentenceReading, scope: _Scope,
    kind: ClaimKind, tense: Tense, reports: Sequence[tuple[int, int]], *, former: bool = False,
    opened: bool = False,
) -> tuple[Date | None, Date | None, int | None]:  # fmt: skip
    """The claim's date (for a postponement, the new date too) from its scope.

    The third value is a day offset from another meeting ("the day before", "on the eve of")
    when that is all the text says.
    """
    text = doc.text
    stamps = _masthead_spans(time)
    timexes = [t for t in reading.timexes if not _reported(t.start, reports, text, scope)
               # "On March 18, the Committee said the session had been postponed": the report's
               and not any(t.end <= a and b <= scope.region[0] for a, b in reports)
               and not _years_long(t) and not _purpose(text, t, kind, scope, reading)
               and not _deadline(text, t) and not _horizon(text, t)
               and not (_since(text, t) and kind is not ClaimKind.POSTPONED)
               and not any(a <= t.start < b for a, b in stamps)
               and not _nearer_other(t, scope, reading, text)
               and not _possessed_by_other(t, scope, reading, text)
               and not _of_framed_meeting(t, scope, reading, text)
               and not _counted_for_other(t, scope, reading, text)
               and not _about_someone(t, scope, reading, text)
               and not _compared(t, reading, text)
               and not _bracketed_clause(t, scope, reading, text)
               and not _relative_aside(t, scope, reading, text)
               and not _replaced(t, scope, text)]  # fmt: skip
    if kind not in _AS_PLANNED:
        timexes = _own_first(timexes, scope, reading, text)
    order = _nearest(timexes, scope.low, scope.high, scope.region)
    told = _told_before(timexes, scope, text)
    if told and (not order or all(timexes[i].month is None for i in order)):
        # "the day before, when the council met in Ashgabat": a "when" clause is at the time
        # told right before it ("in early November, where ... for its autumn session": the
        # month says more than the season)
        order = told
    if not order and scope.leading:
        # A leading adverbial has no verb of its own: "On 12 April, ..." dates the claim,
        # "Ukraine, which chaired it last year, ..." does not.
        order = [i for i in _nearest(timexes, reading.sentence.start, scope.low, scope.region)
                 if not _in_other_clause(timexes[i], reading, text, scope.verb)][:1]  # fmt: skip
    if not order and not timexes:
        heading = _section_heading(doc, reading.sentence, stamps)
        if heading is not None:
            # "February. The Eurasian Intergovernmental Council gathered in Almaty ...": a
            # section headed by a date is of that date, when its sentence has none
            timexes = [heading]
            order = [0]
    # Of the dates near the claim, the most specific: "the autumn meeting ... on October 13".
    # A date in an aside of chairing or hosting with no meeting of its own ("Russia, which
    # chairs the Commonwealth this year, is to host the summit in October 2024") gives way to
    # one outside it.
    order.sort(key=lambda i: (_in_aside(timexes[i], scope, reading, text),
                              _far(timexes[i], scope.region, text),
                              -_specificity(timexes[i])))  # fmt: skip
    date: Date | None = None
    new_date: Date | None = None
    # A relative date in scope ("on the eve of") relates the claim to another meeting even
    # when the claim has a date of its own.
    offset = next((timexes[i].event_offset_days for i in order
                   if timexes[i].event_offset_days is not None), None)  # fmt: skip
    # a plan that was: its day is the nearest, before or after the story, like a put-off one's
    resolve_tense = Tense.UNKNOWN if former else _tense_for(kind, tense)
    weekday_month: PartialDate | None = None
    year_told = False
    for index in order:
        timex = timexes[index]
        year = reference_year_at(doc, timex.start, time) or _sentence_year(reading, timex)
        told_year = _year_told_before(text, timex, time)
        if told_year is None and resolve_tense not in (Tense.FUTURE, Tense.PRESENT):
            # "2021 год был непростым. ... в октябре" (a present tells a timetable, its own year)
            told_year = _paragraph_year(text, timex)
        if told_year is not None:
            timex = attrs.evolve(timex, year=told_year)  # "That October the presidents convened"
        timex = _month_told_before(timex, reading)
        if (
            kind is ClaimKind.POSTPONED
            and timex.start > scope.region[0]
            and _NEW_DATE_BEFORE.search(text, max(scope.low, timex.start - 20), timex.start)
            and not _planned_for(timex, reading)
        ):
            if new_date is None:
                new_date = timex.resolve(time, Tense.FUTURE, reference_year=year)
                nearest = timex.resolve(time, Tense.UNKNOWN, reference_year=year)
                if nearest != new_date and _year_in_paragraph(text, timex, nearest):
                    new_date = nearest  # "pushed back to December 18", in a paragraph of 2020
            continue
        if timex.event_offset_days is not None:
            continue
        if date is not None:
            continue  # only a postponement's new date may still be found
        value = timex.resolve(time, resolve_tense, reference_year=year)
        if kind in _AS_PLANNED and _long_past(value, timex, time) and not (
            _year_in_paragraph(text, timex, value)
        ):  # fmt: skip
            # a plan put off or called off is mostly put off before its day: "the summit
            # scheduled for October 11 has been postponed", told in April, is this October's
            value = timex.resolve(time, Tense.FUTURE, reference_year=year)
        value = _with_year_beside(value, timex, timexes, time, resolve_tense, year, reading,
                                  scope, postponed=kind is ClaimKind.POSTPONED)  # fmt: skip
        value = _of_the_year_told(value, timex, time)
        if value is not None and timex.year is not None and timex.year < FIRST_YEAR:
            continue  # "the 1941-1945 title": no meeting of these bodies was before them
        if value is not None:
            year_told = timex.year is not None
            date = _refined(value, timex, timexes, reading, doc, time, resolve_tense)
            date = _from_anchor(date, timex, timexes, scope, text)
            span = date
            if kind is ClaimKind.POSTPONED and isinstance(span, DateRange) and (
                _FROM_BEFORE.search(text, max(scope.low, timex.start - 8), timex.start)
            ):  # fmt: skip
                # "postponed from May 29 to October 16": the plan's day, then the new one
                date, new_date = span.start, new_date or span.end
            if kind is not ClaimKind.POSTPONED:
                break
        if timex.weekday is not None and _weekday_in_dateline(time) and weekday_month is None:
            # "on Friday" under a year-less dateline: some day near it, in its month, unless
            # a date after it says which ("в пятницу, 5 апреля"); under way ("are meeting on
            # Friday"), the dateline's own day
            weekday_month = _dateline_month(time)
            if (tense is Tense.PRESENT or opened) and kind is ClaimKind.HELD and (
                time.dateline is not None
            ):  # fmt: skip
                weekday_month = time.dateline.date  # also "opened here on Tuesday": under way
    if date is None and weekday_month is not None:
        date = weekday_month
    if (
        isinstance(date, PartialDate) and isinstance(new_date, PartialDate) and not year_told
        and date.year is not None and new_date.year is not None and date.year < new_date.year
        and (date.month or 0) <= (new_date.month or 0)
    ):  # fmt: skip
        # "planned for October, postponed to December", told in March: the plan's October is
        # the one before December, not last year's
        date = attrs.evolve(date, year=new_date.year)
    return date, new_date, offset


def _long_past(value: Date | None, timex: Timex, time: DocumentTime) -> bool:
    """Whether a year-less date was resolved to a day long before the story (over a season)."""
    if timex.year is not None or time.published is None or not isinstance(value, PartialDate):
        return False
    latest = value.latest()
    return latest is not None and latest < time.published - _PUT_OFF_BEFORE


def _year_in_paragraph(text: str, timex: Timex, value: Date | None) -> bool:
    """Whether the year a date was resolved to is written in its paragraph before it.

    "The ministers' session due in Tashkent in early April 2020 was postponed ... The summit, due
    in Tashkent in October, was pushed back": the October of 2020 the paragraph tells of.
    """
    first = None if value is None else value.earliest()
    if first is None:
        return False
    paragraph = _paragraph_start(text, timex.start)
    return any(int(m.group(0)) == first.year for m in _YEAR.finditer(text, paragraph, timex.start))


_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


_PUT_OFF_BEFORE = _dt.timedelta(days=92)
"""How long after its day a plan may still be told put off ("the summit due on 16 October was
postponed", told in December)."""


_ANCHOR_PHRASE = 60


def _from_anchor(
    date: Date, timex: Timex, timexes: Sequence[Timex], scope: _Scope, text: str
) -> Date:
    """The claim's day when its date is the anchor's of a relative one after the claim.

    "Will meet on the eve of the CSTO summit scheduled for November 27": 27 November is the
    summit's, the claim's day the one before.  A date set off by a comma restates the claim's
    own day ("on the eve of the summit, on October 12"); a claim told after the relative date
    is the anchor's own ("накануне саммита, который состоится 10 октября").
    """
    relative = _relative_before(timex, timexes, scope, text)
    if relative is not None and isinstance(date, PartialDate):
        assert relative.event_offset_days is not None
        return shift_days(date, relative.event_offset_days) or date
    return date


def _relative_before(
    timex: Timex, timexes: Sequence[Timex], scope: _Scope, text: str
) -> Timex | None:
    """The relative date whose anchor ``timex`` dates, if any, after the claim or leading it.

    "will meet on the eve of the November summit", "a day before the summit on 27 November";
    "On the eve of the summit on 11 October, the ministers will meet" (set off by a comma).
    """
    return next((
        relative for relative in timexes
        if relative.event_offset_days is not None
        and (scope.region[1] <= relative.start
             or (timex.end <= scope.region[0]
                 and "," in text[timex.end:scope.region[0]]))
        and relative.end <= timex.start <= relative.end + _ANCHOR_PHRASE
        and not _APPOSED_DATE.search(text, relative.end, timex.start)
    ), None)  # fmt: skip


_APPOSED_DATE = re.compile(
    r"(?i),\s*(?:(?:that is|i\.\s?e\.|namely|то есть|т\.\s?е\.|а именно),?\s*)?(?:on|в|на)?\s*$"
)
"""A date set off by a comma, perhaps after "that is" ("накануне саммита, то есть 15 сентября")."""


_NEAR = 50


def _far(timex: Timex, region: tuple[int, int], text: str) -> bool:
    """Whether a date is far from a claim's region: over ``_NEAR`` away, past a comma.

    "wrapped up their spring session in the Belarusian capital on Friday": Friday is in the
    same phrase, however long, and says more than the season.
    """
    if _distance(timex, region) <= _NEAR:
        return False
    low, high = (timex.end, region[0]) if timex.end <= region[0] else (region[1], timex.start)
    return _CLAUSE_STOP.search(text, low, high) is not None
_REFINING_GAP = 40
_RANK = {"year": 1, "range": 2, "month": 3, "day": 4}


def _refined(
    value: Date, timex: Timex, timexes: Sequence[Timex], reading: SentenceReading,
    doc: Document, time: DocumentTime, tense: Tense,
) -> Date:  # fmt: skip
    """The date, or a finer one set after it by a comma with no verb between.

    "in late May 2019 in Ashgabat, tentatively May 31": the second date refines the first.
    """
    following = [t for t in timexes if t.start >= timex.end]
    if not following:
        return value
    after = min(following, key=lambda t: t.start)
    gap = doc.text[timex.end : after.start]
    if len(gap) > _REFINING_GAP or "," not in gap or after.event_offset_days is not None:
        return value
    if any(timex.end <= p.start < after.start for p in reading.predicates):
        return value
    year = reference_year_at(doc, after.start, time) or _sentence_year(reading, after)
    finer = after.resolve(time, tense, reference_year=year)
    if finer is None or _RANK[finer.precision] <= _RANK[value.precision]:
        return value
    return finer if value.could_be_same_day(finer) else value
_FOR = re.compile(r"(?i)(?<!\w)(?:for|through|until|till|to|на|до)\s+(?:the\s+)?$")


def _years_long(timex: Timex) -> bool:
    """Whether a temporal expression spans years ("for 2026-2030"): no meeting's date."""
    return timex.year is not None and timex.to_year is not None and timex.to_year > timex.year


def _purpose(
    text: str, timex: Timex, kind: ClaimKind, scope: _Scope, reading: SentenceReading
) -> bool:
    """Whether a date after "for" belongs to what was decided, not to the meeting.

    "A plan for 2025" is the plan's; a plan's own date ("scheduled for 9 October") is kept.
    """
    if kind is not ClaimKind.HELD:
        return False  # a plan's date, kept by a postponement or a cancellation too
    if _adjectival(text, timex) and any(0 <= m.start - timex.end <= 1 for m in reading.mentions):
        return False  # "на майском заседании": the month is the meeting's, "на" its "at"
    return _FOR.search(text, max(0, timex.start - 12), timex.start) is not None


def _deadline(text: str, timex: Timex) -> bool:
    """Whether a day is a deadline ("submit it by June 1, 2007"), not a meeting's day."""
    return timex.day is not None and bool(
        lexicon().deadline.search(text, max(0, timex.start - 20), timex.start)
    )


def _since(text: str, timex: Timex) -> bool:
    """Whether a date starts a period ("not attended since 2014"), not a meeting's day.

    A postponement keeps its "с" ("перенесено с 12 октября"): there it is the planned day.
    """
    return not timex.is_range and bool(
        lexicon().since.search(text, max(0, timex.start - 16), timex.start)
    )


def _horizon(text: str, timex: Timex) -> bool:
    """Whether a year is a plan's horizon or a name, not a meeting's year.

    "Development until 2030"; "declaring 2026 the Year of Folk Crafts".
    """
    return timex.year is not None and timex.month is None and timex.season is None and bool(
        lexicon().horizon.search(text, max(0, timex.start - 12), timex.start)
        or lexicon().year_name.match(text, timex.end)
    )


def _specificity(timex: Timex) -> int:
    """How much of the calendar a temporal expression pins down (a day most)."""
    if timex.event_offset_days is not None:
        return -1
    if timex.day is not None or (timex.unit == "day" and timex.offset is not None):
        return 3
    if timex.weekday is not None:
        return 3
    if timex.month is not None:
        return 2
    return 1


def _with_year_beside(
    value: Date | None, timex: Timex, near: Sequence[Timex], time: DocumentTime, tense: Tense,
    reference_year: int | None, reading: SentenceReading, scope: _Scope, *,
    postponed: bool = False,
) -> Date | None:  # fmt: skip
    """A year-less month or day given the year another expression of the claim names alone.

    Not, for a meeting put off, the year it was put off to ("scheduled for October 11, has been
    postponed until next year": the October to come, not next year's).

    "In 2019 the prime ministers met in Sochi in June", "в прошлом году ... встречались в Сочи
    в июне": June of that year, not the June nearest the story.  Not a year with another verb
    between ("18 декабря состоялось заседание, на котором принято решение о ... в 2021 году").
    """
    if not isinstance(value, PartialDate) or timex.year is not None or timex.month is None:
        return value
    if timex.unit is not None or timex.weekday is not None or timex.is_range:
        return value  # the year is the expression's own ("in October next year")
    for other in sorted(near, key=lambda t: abs(t.start - timex.start)):
        if other is timex or other.month is not None or other.season is not None:
            continue
        if other.part is not None or other.is_range or other.event_offset_days is not None:
            continue
        if other.unit not in (None, "year"):
            continue
        if other.unit == "year" and (other.offset or 0) < 0 and tense is Tense.FUTURE:
            continue  # "the decision to hold it on 8 October was taken last year": the act's
        if postponed and other.start > timex.start:
            continue  # the new date's year
        low, high = min(other.end, timex.end), max(other.start, timex.start)
        if any(low <= p.start < high and (p.start, p.end) != scope.verb
               for p in reading.predicates):  # fmt: skip
            continue
        verb = scope.verb[1] if scope.verb is not None else scope.region[1]
        if any(low <= m.start < high and m.start >= verb for m in reading.mentions):
            continue  # another meeting's year: "the summit on 10 October, after the one in 2022"
        year = other.resolve(time, tense, reference_year=reference_year)
        if isinstance(year, PartialDate) and year.precision == "year" and year.year:
            return _in_year(value, year.year)
    return value


_YEAR_TOLD = 250
"""How far back a year told with its month still is "the year" ("in October 2026. ... in the
first half of the year")."""


def _of_the_year_told(value: Date | None, timex: Timex, time: DocumentTime) -> Date | None:
    """A part of "the year" (no determiner) in the year the text has just told, if any.

    "The summit will be held in October 2026. The heads of government will meet in the first
    half of the year": 2026's first half, not the publication year's.  "This year" is the
    story's.
    """
    if timex.unit != "year" or timex.offset is not None or time.published is None:
        return value
    told = [year for at, year in time.anchors if timex.start - _YEAR_TOLD <= at < timex.start]
    if not told or told[-1] == time.published.year:
        return value
    if isinstance(value, PartialDate) and value.year == time.published.year:
        return _in_year(value, told[-1])
    if isinstance(value, DateRange) and value.start.year == time.published.year == value.end.year:
        start, end = _in_year(value.start, told[-1]), _in_year(value.end, told[-1])
        if start is value.start or end is value.end:
            return value  # a day that year has not (29 February)
        return DateRange(start, end)
    return value


def _in_year(date: PartialDate, year: int) -> PartialDate:
    """The same month and day in another year; the date as it was if that year lacks the day.

    29 February moved to a year that is not a leap year stays where it was.
    """
    try:
        return PartialDate(year, date.month, date.day)
    except ValueError:
        return date


def _sentence_year(reading: SentenceReading, timex: Timex) -> int | None:
    """A year the sentence names alone before a year-less date, as that date's year.

    "The agenda for 2023: Bishkek will host the council on 12 October", when nothing else
    gives the year.
    """
    years = [t.year for t in reading.timexes if t.year is not None and t.year >= FIRST_YEAR
             and t.month is None and t.end <= timex.start]  # fmt: skip
    return years[-1] if years else None


def _weekday_in_dateline(time: DocumentTime) -> bool:
    return time.published is None and time.dateline is not None and time.dateline.date is not None


def _dateline_month(time: DocumentTime) -> PartialDate | None:
    assert time.dateline is not None and time.dateline.date is not None
    day = time.dateline.date
    return PartialDate(day.year, day.month) if day.month is not None else None


def _venue(
    reading: SentenceReading, scope: _Scope, text: str, filed: tuple[int, int]
) -> Place | None:
    """The one city of a clause that names a venue ("Minsk will be the venue for the summit")."""
    low, high = clause_bounds(text, reading.sentence.start, reading.sentence.end, scope.region[0])
    if lexicon().venue.search(text, low, high) is None:
        return None
    cities = {p.place for p in reading.places if p.place.city and low <= p.start < high
              and not filed[0] <= p.start < filed[1]}  # fmt: skip
    return cities.pop() if len(cities) == 1 else None


@attrs.frozen
class _Pointed:
    """The places words of deixis point to, as the article has told them so far."""

    previous: Place | None = None
    """The last city named before the sentence: what "in the city" or "there" points to."""
    story: Place | None = None
    """The city of the first claim of the article's body that names one: "here" with no
    dateline."""



_NOWHERE = _Pointed()


def _place_for(
    reading: SentenceReading, scope: _Scope, reports: Sequence[tuple[int, int]], text: str,
    dateline: Dateline | None, pointed: _Pointed = _NOWHERE, *, as_planned: bool = False,
) -> Place:  # fmt: skip
    """The claim's place: the place nearest its region in its scope, never the dateline's.

    A place set off with another claim's verb is that claim's, unless this claim speaks of the
    meeting as it was planned (put off, called off: "the meeting, planned in Tashkent, has been
    postponed").

    With none, "here" is the dateline's city (with no dateline, the city of the story's own
    meeting, ``pointed.story``) and "in the city" or "there" the last city named before the
    sentence (``pointed.previous``).
    """
    filed = (dateline.start, dateline.end) if dateline is not None else (0, 0)
    places = [p for p in reading.places if p.role is PlaceRole.AT
              and not filed[0] <= p.start < filed[1]
              and not _reported(p.start, reports, text, scope)
              and not _nearer_other(p, scope, reading, text)
              and not _compared(p, reading, text)
              and not _replaced(p, scope, text)
              and not _of_another_meeting(p, scope, reading, text)
              and not _of_another_holding(p, scope, reading, text)]  # fmt: skip
    if not as_planned:
        places = _own_first(places, scope, reading, text)
        trailing = _trailing_place(reading, scope, text)
        if trailing is not None and trailing.online:
            return trailing  # "намеченное в Ташкенте, провести в срок, но по видеосвязи"
    order = _nearest(places, scope.low, scope.high, scope.region)
    if not order:
        # "прибыл в Ашхабад из Нур-Султана, где состоялось заседание": the place "где" points
        # to is the one right before it, whatever its role there
        anywhere = [p for p in reading.places if not filed[0] <= p.start < filed[1]]
        where = _told_before(anywhere, scope, text)[:1]
        if where:
            return anywhere[where[0]].place
    if not order and scope.leading:
        order = [i for i in _nearest(places, reading.sentence.start, scope.low, scope.region)
                 if not _in_other_clause(places[i], reading, text, scope.verb)][:1]  # fmt: skip
    if order:
        chosen = places[order[0]].place
        if chosen.city is None and chosen.country is not None:
            # "Kazakhstan hosted the summit in Astana": a city of the country told refines it
            return next((places[i].place for i in order[1:] if places[i].place.city
                         and places[i].place.country == chosen.country), chosen)  # fmt: skip
        return chosen
    trailing = _trailing_place(reading, scope, text)
    if trailing is not None:
        return trailing
    venue = _venue(reading, scope, text, filed)
    if venue is not None:
        return venue
    here = lexicon().here.search(text, scope.low, scope.high)
    if here is not None and dateline is not None and dateline.place is not None:
        return dateline.place  # "gather here", "здесь же": where the story was filed
    if here is not None and pointed.story is not None:
        return pointed.story  # "live coverage from Astana ... the ministers met here"
    if lexicon().same_venue.search(text, scope.low, scope.high) is not None:
        # "Later on Friday, the ministers met separately at the same venue": the story's own
        # meeting's, where the story is filed or its first placed claim is
        if dateline is not None and dateline.place is not None and dateline.place.city:
            return dateline.place
        if pointed.story is not None:
            return pointed.story
        if pointed.previous is not None:
            return pointed.previous
    there = here or _there(text, scope.low, scope.high)  # with no dateline, the city told
    if there is not None:
        # "Dushanbe will stay busy: the heads of government convene in the city on 2 November"
        before = _last_city_of([p for p in reading.places if p.end <= there.start()])
        if before is not None:
            return before  # a place told as a location first ("..., the Kremlin said")
        if pointed.previous is not None:
            return pointed.previous
    return Place()




def _trailing_place(reading: SentenceReading, scope: _Scope, text: str) -> Place | None:
    """The place of a verbless clause of contrast right after the claim's clause, if any.

    "The council will meet on 20 December, but by video link", "состоится 20 декабря, но в
    формате видеоконференции": the clause has no verb of its own, so it goes on the claim's.
    """
    contrast = lexicon().contrast.match(text, scope.high)
    if contrast is None:
        return None
    sentence = reading.sentence
    low, high = clause_bounds(text, sentence.start, sentence.end, contrast.end())
    if any(low <= p.start < high for p in reading.predicates):
        return None
    at = [p for p in reading.places if p.role is PlaceRole.AT and low <= p.start < high]
    return at[0].place if at else None


def _there(text: str, low: int, high: int) -> re.Match[str] | None:
    """The first word pointing at the last city named ("in the city", "там"), if any.

    "There" before "is", "will" and the like ("there is no doubt") points nowhere.
    """
    lex = lexicon()
    for match in lex.there.finditer(text, low, high):
        if match.group(0).lower() != "there" or not lex.not_there_after.match(text, match.end()):
            return match
    return None


_OF_STATES = re.compile(r"(?i)\s+(?:of\s+(?:the\s+)?)?")


def _of_states(reading: SentenceReading, text: str, topic: Topic) -> SentenceReading:
    """People named as one or two states' are theirs, not a council's.

    "The presidents of Russia and Belarus", "президенты России и Белоруссии".
    """
    mentions = list(reading.mentions)
    for index, mention in enumerate(mentions):
        if mention.kind is not MentionKind.PARTICIPANTS or mention.organisation is not None:
            continue
        gap = _OF_STATES.match(text, mention.end)
        counted = _COUNTED_STATES.match(text, mention.end)
        number = None if counted is None else (
            int(counted.group(1)) if counted.group(1).isdigit() else count_of(counted.group(1))
        )  # fmt: skip
        if number is None:
            # "the two leaders", "both presidents": counted before them
            before = _COUNT_BEFORE.search(text, max(0, mention.start - 16), mention.start)
            word = None if before is None else before.group(1).lower()
            number = None if word is None else (2 if word in _pair_words() else count_of(word))
        few = number is not None and (number <= _FEWEST_MEMBERS or not _members(
            topic.organisation, number))  # fmt: skip
        if few or (gap is not None and 0 < _states_listed(reading, text, gap.end()) <= _FEW_STATES):
            mentions[index] = attrs.evolve(mention, organisation="other", body=None, other=True)
    if mentions == list(reading.mentions):
        return reading
    return attrs.evolve(reading, mentions=tuple(mentions))


_COUNT_BEFORE = re.compile(r"(?i)(?<![\w-])(\w+)\s+$")


@functools.cache
def _pair_words() -> frozenset[str]:
    return frozenset(load_lexicon("bodies")["grammar"]["pair_words"])


_COUNTED_STATES = re.compile(
    r"(?i)\s+(?:of\s+(?:the\s+)?)?(\w+)\s+(?:countries|states|nations|стран|государств)\b"
)
_FEWEST_MEMBERS = 4
"""People of at most this many countries counted ("Президенты четырех стран", "the leaders of
the three states") are a group of some members: no body here has fewer than five."""
def _members(organisation: str | None, number: int) -> bool:
    """Whether an organisation has had ``number`` members (an unknown one may have had any)."""
    span = load_lexicon("bodies")["members"].get(organisation or "")
    return span is None or span[0] <= number <= span[1]


_FEW_STATES = 2
"""At most this many states named after people make them those states' ("the presidents of
Russia and Belarus"); more are a council's members ("of Armenia, Kazakhstan, Kyrgyzstan and
Russia")."""
_STATE_LIST_GAP = re.compile(r"\s*(?:,|and|и)\s*(?:(?:and|и)\s+)?")


def _states_listed(reading: SentenceReading, text: str, start: int) -> int:
    """How many countries are listed from ``start`` on ("Russia, Belarus and Armenia": 3)."""
    count, at = 0, start
    for place in sorted(reading.places, key=lambda p: p.start):
        if place.start < at:
            continue
        if place.start != at and not _STATE_LIST_GAP.fullmatch(text, at, place.start):
            break
        if place.place.city is not None or place.place.country is None or place.place.online:
            break
        count, at = count + 1, place.end
    return count


def _last_city_of(places: Sequence[PlaceMention]) -> Place | None:
    """The last city of ``places`` named as a location, else the last one named, if any."""
    cities = [p for p in places if p.place.city]
    located = [p for p in cities if p.role is PlaceRole.AT]
    return (located or cities)[-1].place if cities else None


def _located_city(reading: SentenceReading) -> bool:
    """Whether the sentence names a city as a location ("in Almaty", "Almaty hosted")."""
    return any(p.place.city and p.role is PlaceRole.AT for p in reading.places)


# --- nominal claims -----------------------------------------------------------------------


_NOT_MODIFIER = ("NOUN", "VERB", "INFN")
"""Russian parts of speech a frame cannot reach across: "накануне саммита", but not
"Накануне в Бишкеке прошло заседание" (the verb's own, and "накануне" means the day before)."""
_FRAME_WORD = re.compile(r"[\w'’-]+\s+$")
_FRAME_GAP = 3


_FRAME_END = 24
"""How far back the last word of a frame is looked for (its longest word and the spaces)."""


def _framed_by(when: str, text: str, mention: Mention) -> bool:
    """Whether a frame of ``when`` governs the mention: "at the next summit", "после саммита".

    Up to three words may stand between, but only modifiers: in "на рассмотрение Совета" the
    preposition governs "рассмотрение" (a Russian common noun, by its morphology), not the
    council, and no frame reaches across a Russian verb; a name may stand in a participle's
    phrase ("на проходящей в Самарканде встрече").
    """
    pattern = lexicon().frames[when]
    last = lexicon().frame_end
    low = max(0, mention.start - 60)
    end = mention.start
    for _ in range(_FRAME_GAP + 1):
        if last.search(text, max(low, end - _FRAME_END), end) and pattern.search(text, low, end):
            return True
        word = _FRAME_WORD.search(text, low, end)
        if word is None or (_RU_HAS.match(word.group(0)) and word.group(0)[0].islower()
                            and morph_tags(word.group(0).rstrip().lower())[0] in _NOT_MODIFIER):
            # a common noun or a verb; a name may stand in a participle's phrase
            return False  # fmt: skip
        end = word.start()
    return False


def _counted_from(text: str, mention: Mention) -> bool:
    """Whether the mention is a meeting time is counted from ("since their October meeting").

    Not when "since" opens a clause of its own, with its verb after the meeting ("since the
    summit was announced", "since the summit is only months away").
    """
    if not _framed_by("since", text, mention):
        return False
    lex = lexicon()
    limit = min(len(text), mention.end + _SINCE_REACH)
    stop = _CLAUSE_STOP.search(text, mention.end, limit)
    high = stop.start() if stop is not None else limit
    return not any(pattern.search(text, mention.end, high)
                   for pattern in (lex.past_aux, lex.present_aux, lex.future))  # fmt: skip


_CLAUSE_STOP = re.compile(r"[,;:.!?]")
_SINCE_REACH = 120
"""How far after a meeting counted from its clause is looked at for a verb of its own."""


def _frame_kind(text: str, mention: Mention, future: bool) -> ClaimKind | None:
    """The claim of a preposition placing the sentence at a meeting ("following the session")."""
    if not _framed_by("any", text, mention):
        return None  # one search rules out every frame
    if _counted_from(text, mention):
        return ClaimKind.HELD  # "the first summit since the one in Minsk": counted from
    if _framed_by("past", text, mention):
        return ClaimKind.SCHEDULED if future else ClaimKind.HELD
    if _framed_by("future", text, mention):
        return ClaimKind.SCHEDULED
    if _framed_by("during", text, mention) or _framed_by("alongside", text, mention):
        return ClaimKind.SCHEDULED if future else ClaimKind.HELD
    return None


def _far_anchor(mention: Mention, reading: SentenceReading) -> bool:
    """Whether a relative date more than a day away points at the mention.

    "On the eve of the summit, the ministers meet": where the summit is; "a week after the
    summit, the premiers meet in Minsk": the summit may be elsewhere.
    """
    return any(
        t.event_offset_days is not None and abs(t.event_offset_days) > 1
        and 0 <= mention.start - t.end <= _ANCHOR_GAP
        for t in reading.timexes
    )  # fmt: skip


def _relational(text: str, mention: Mention, reading: SentenceReading) -> bool:
    """Whether a relative date ("a day after", "on the eve of") points at this mention."""
    return any(
        t.event_offset_days is not None and 0 <= mention.start - t.end <= _ANCHOR_GAP
        for t in reading.timexes
    )


_ANCHOR_GAP = 25
_COORDINATED_MEETING = re.compile(r"(?i)\s*(?:,\s*|\s(?:and|и|as well as)\s+)(?:the\s+)?")
"""Between two meetings of one frame: "(at the meetings of A) and (the) B", "A и B"."""


def _anchored_day(
    mention: Mention, reading: SentenceReading, clause: tuple[int, int], time: DocumentTime
) -> PartialDate | None:
    """The day of a meeting a relative date points at, counted from its clause's own day.

    "Lavrov held talks in Minsk on Thursday, a day before the meeting of the Council": the
    meeting is on the Friday, whatever the talks were (the day is read in the tense of the
    clause's verb, which stands before it).
    """
    relation = next((t for t in reading.timexes if t.event_offset_days is not None
                     and 0 <= mention.start - t.end <= _ANCHOR_GAP), None)  # fmt: skip
    if relation is None or relation.event_offset_days is None:
        return None
    days = [t for t in reading.timexes if t.event_offset_days is None
            and clause[0] <= t.start and t.end <= relation.start
            and any(clause[0] <= p.start < t.start for p in reading.predicates)]  # fmt: skip
    if not days:
        return None
    tense = next((p.tense for p in reversed(reading.predicates)
                  if clause[0] <= p.start < relation.start), Tense.UNKNOWN)  # fmt: skip
    value = days[-1].resolve(time, tense)
    if not isinstance(value, PartialDate) or value.day is None or value.month is None:
        return None
    return shift_days(value, -relation.event_offset_days)


def _framed(text: str, mention: Mention) -> bool:
    """Whether a mention is the object of a frame that relates it to another meeting.

    "Ahead of the summit", "following the session": the verb's meeting is another one.
    """
    return _framed_by("related", text, mention)  # past, future or alongside


def _told_past_at(text: str, mention: Mention, clause: tuple[int, int]) -> bool:
    """Whether an English sentence set at the meeting tells in the past what happened there.

    "At the CIS summit in Moscow in April, Putin said ...": the words after the frame's comma
    have a past form and no future.
    """
    if not mention.head.isascii() or not _frames_during(text, mention):
        return False
    comma = text.find(",", mention.end, clause[1])
    if comma < 0:
        return False
    return not _FUTURE_AUX.search(text, comma, clause[1]) and bool(
        lexicon().past_form.search(text, comma, clause[1])
    )


def _frames_during(text: str, mention: Mention) -> bool:
    """Whether the mention follows a preposition of being at it ("at the summit")."""
    return _framed_by("during", text, mention)


def _nominal_kind(text: str, mention: Mention, ru: bool) -> ClaimKind | None:
    lex = lexicon()
    window = text[_in_sentence(text, mention.start - 40, mention.start) : mention.end]
    scheduled = lex.ru_scheduled_modifier if ru else lex.scheduled_modifier
    past = lex.ru_past_modifier if ru else lex.past_modifier
    tail = window[-(mention.end - mention.start) - 25 :]
    phrase = _modifier_phrase_start(text, mention, max(0, mention.start - _PARTICIPLE_REACH), ru)
    if phrase < mention.start - 25:
        tail = text[phrase : mention.end]  # "прошедшем в пятницу в Душанбе саммите"
    if scheduled.search(tail):
        return ClaimKind.SCHEDULED
    if past.search(tail) or lex.ongoing_modifier.search(tail):
        return ClaimKind.HELD
    after = _postposed(text, mention, ru)
    if after is not None:
        return after[0]
    return None


def _postposed(text: str, mention: Mention, ru: bool) -> tuple[ClaimKind, int] | None:
    """The kind a Russian participle set off right after the mention says, and its phrase's end.

    "Заседание СМИД, прошедшее 10 октября в Душанбе, было посвящено ...": held, and the day
    and place up to the closing comma are the meeting's.
    """
    if not ru:
        return None
    comma = _POSTPOSED.match(text, mention.end)
    if comma is None:
        return None
    lex = lexicon()
    end = text.find(",", comma.end())
    stop = _SENTENCE_END.search(text, comma.end())
    high = min(x for x in (end, stop.start() if stop else -1, len(text)) if x >= 0)
    if lex.ru_scheduled_modifier.match(text, comma.end()):
        return ClaimKind.SCHEDULED, high
    if lex.ru_past_modifier.match(text, comma.end()) or lex.ongoing_modifier.match(
        text, comma.end()
    ) or happening_participle_at(text, comma.end()):
        return ClaimKind.HELD, high
    return None


_POSTPOSED = re.compile(r"\s*,\s*")
_SENTENCE_END = re.compile(r"[.!?;]")


def _future_clause(
    text: str, clause: tuple[int, int], reading: SentenceReading, ru: bool
) -> bool:
    """Whether a clause tells of the future: a future or planning verb, or a future auxiliary.

    A plan a past verb just made ("decided to hold the next one", "было решено провести") is
    the past's: "At the summit, it was decided to hold the next one in Dushanbe" tells of a
    summit held.
    """
    return any(
        (p.tense is Tense.FUTURE or (p.kind is ClaimKind.SCHEDULED and p.tense is not Tense.PAST))
        and clause[0] <= p.start < clause[1]
        and not any(q.tense is Tense.PAST and 0 <= p.start - q.end <= _DECIDED_TO
                    for q in reading.predicates)
        for p in reading.predicates
    ) or bool(_FUTURE_AUX.search(text, clause[0], clause[1])) or bool(
        lexicon().possibility.search(text, clause[0], clause[1])
    ) or (ru and russian_future(text, clause[0], clause[1]))  # fmt: skip


_DECIDED_TO = 5
"""Characters between a past verb and the plan it makes ("decided to hold", "решено провести")."""


def _modifier_phrase_start(text: str, mention: Mention, low: int, ru: bool) -> int:
    """Where a Russian participle modifying the mention starts, its adjuncts between.

    "На прошедшем в пятницу в Душанбе саммите": the day and the place between the participle
    and its noun are the noun's.  Without one, the mention's start.
    """
    if not ru:
        return mention.start
    lex = lexicon()
    window = max(low, mention.start - _PARTICIPLE_REACH)
    window = max([window, *(text.rfind(mark, window, mention.start) + 1 for mark in _PHRASE_MARKS)])
    found = [m.start() for pattern in (lex.ru_past_modifier, lex.ru_scheduled_modifier,
                                       lex.ongoing_modifier)
             for m in pattern.finditer(text, window, mention.start)]  # fmt: skip
    return max(found, default=mention.start)  # the nearest modifies the noun


_PARTICIPLE_REACH = 50
_PHRASE_MARKS = ".,;:!?«»\"()"
"""Marks a participle's phrase does not reach across, back from its noun."""


def _ongoing(text: str, mention: Mention) -> bool:
    """Whether a modifier says the meeting is under way ("the ongoing summit", "проходящей")."""
    return bool(lexicon().ongoing_modifier.search(
        text, _in_sentence(text, mention.start - 40, mention.start), mention.end
    ))


_SENTENCE_BREAK = re.compile(r"[.!?\n]\s")
"""The end of a sentence and the space after it, within a window before a mention."""


def _to_sentence_end(text: str, end: int, high: int) -> int:
    """``high``, moved back to the end of the sentence ``end`` is in, if that comes first."""
    high = min(high, len(text))
    stop = _SENTENCE_BREAK.search(text, end, high)
    return stop.start() if stop is not None else high


def _in_sentence(text: str, low: int, start: int) -> int:
    """``low``, moved past the end of a sentence before ``start`` ("в текущем году. Заседание")."""
    low = max(0, low)
    ends = [m.end() for m in _SENTENCE_BREAK.finditer(text, low, start)]
    return ends[-1] if ends else low


# --- the stage ----------------------------------------------------------------------------


def shift_days(date: PartialDate, days: int) -> PartialDate | None:
    """A day-precise date moved by ``days`` (a year-less one stays year-less)."""
    if date.month is None or date.day is None:
        return None
    base = _dt.date(date.year or 2000, date.month, date.day) + _dt.timedelta(days=days)
    return PartialDate(base.year if date.year is not None else None, base.month, base.day)


def _relative(
    claims: Sequence[MeetingClaim], claim: MeetingClaim, offset: int,
    others: Sequence[tuple[int, PartialDate]] = (), *, today: PartialDate | None = None,
    paragraphs: Sequence[int] = (),
) -> Date | None:  # fmt: skip
    """The date ``offset`` days from the meeting a relative date points to.

    A negative offset ("the day before", "on the eve of") points forward, to a meeting of
    another body dated in the article (one outside the vocabulary too, ``others``: "the day
    before the CSTO summit"), or to the story's own news, a meeting of another body told held
    with no date (``today``: "В Бишкеке завершился саммит. Накануне прошло заседание СМИД");
    a zero or positive one ("the same day", "the next day") points back, to the last dated
    meeting of its own kind before it (else of any kind), never to another claim of the same
    meeting ("planned for the following day, will go ahead").
    """
    if offset < 0:
        pool = [c for c in claims if c.body != claim.body and c.date is not None]
        if paragraphs:
            # one of its own paragraph first: "A few weeks later, CIS leaders gathered on 28
            # September. Foreign ministers had met the day before", in a review of the year
            pool.sort(key=lambda c: paragraphs[c.sentence] != paragraphs[claim.sentence])
    else:
        pool = [c for c in claims if c.start <= claim.start and c.date is not None
                and c is not claim
                and not (c.body == claim.body and c.sentence == claim.sentence)][::-1]  # fmt: skip
        # One of the claim's own sentence first ("the ministers meet on 12 October, and the
        # leaders gather the following day"); then a meeting held "the same day" is of a day a
        # meeting was held, not of a plan.
        pool.sort(key=lambda c: (c.sentence != claim.sentence, c.kind is not claim.kind))
    told_past = claim.kind is ClaimKind.HELD and claim.tense is Tense.PAST
    for other in pool:
        date = other.date
        if isinstance(date, PartialDate) and date.day is not None and date.month is not None:
            day = shift_days(date, offset)
            if told_past and today is not None and day is not None and today.surely_before(day):
                continue  # "Накануне прошло заседание СМИД, а в пятницу пройдет саммит"
            return day
    if offset < 0 and others:
        _, day = min(others, key=lambda item: abs(item[0] - claim.start))
        return shift_days(day, offset)
    if offset < 0 and today is not None and any(
        c.body != claim.body and c.kind is ClaimKind.HELD and c.date is None
        and not c.retrospective and c.start < claim.start
        for c in claims
    ):  # fmt: skip
        return shift_days(today, offset)
    return None


def _story_day(time: DocumentTime) -> PartialDate | None:
    """The story's day: its publication date, else a dated dateline's day."""
    if time.published is not None:
        return PartialDate.from_date(time.published)
    dateline = time.dateline
    if dateline is not None and dateline.date is not None and dateline.date.day is not None:
        return dateline.date
    return None


def _other_meetings(
    doc: Document, time: DocumentTime, readings: Sequence[SentenceReading]
) -> list[tuple[int, PartialDate]]:
    """(position, day) of each day-precise date in a sentence naming another body's meeting.

    "The heads of state will gather on 28 November for a session of the Collective Security
    Council.  The day before the summit, ...": the summit is no meeting of the vocabulary,
    but its day dates the one before it.
    """
    found: list[tuple[int, PartialDate]] = []
    stamps = _masthead_spans(time)
    for reading in readings:
        if not any(m.other and m.kind is not MentionKind.PARTICIPANTS for m in reading.mentions):
            continue
        for timex in reading.timexes:
            if timex.event_offset_days is not None or timex.day is None or timex.is_range:
                continue
            if any(a <= timex.start < b for a, b in stamps):
                continue
            day = timex.resolve(time, Tense.UNKNOWN)
            if isinstance(day, PartialDate) and day.day is not None:
                found.append((timex.start, day))
    return found


def _after_today(date: Date | None, time: DocumentTime) -> bool:
    """Whether a date is surely after the document's day (its publication or dateline)."""
    if date is None:
        return False
    today: PartialDate | None = None
    if time.published is not None:
        today = PartialDate.from_date(time.published)
    elif time.dateline is not None and time.dateline.date is not None:
        today = time.dateline.date
    if today is None:
        return False
    if today.year is None and isinstance(date, PartialDate) and date.year is None:
        # Both year-less (a dateline and "tomorrow"): the same year, unless it wraps; a month
        # is after the day only if it starts after that day's month.
        if date.day is None:
            return (today.month or 0) < (date.month or 0)
        return (today.month or 0, today.day or 0) < (date.month or 0, date.day)
    return today.surely_before(date)


def is_headline(text: str, sentence: Sentence) -> bool:
    """Whether a sentence reads as a headline: short, on a line of its own, no closing stop."""
    return (
        sentence.end - sentence.start < _HEADLINE_LENGTH
        and text[sentence.end - 1] not in ".!?…»\"”"
        and (sentence.end == len(text) or text[sentence.end] == "\n")
    )


_HEADLINE_LENGTH = 160


def _generic(mention: Mention, claim: MeetingClaim) -> bool:
    """Whether a claim speaks of meetings in general: a plural noun, no date, no place.

    "They have in the past attended CIS summits selectively" tells of no one summit; "the
    summits in Minsk and Dushanbe" or "talks" (one meeting, a plural word) do.
    """
    return mention.plural and claim.date is None and not claim.place.known


def _claim(
    doc: Document, time: DocumentTime, reading: SentenceReading, scope: _Scope,
    kind: ClaimKind, tense: Tense, body: Body, reports: Sequence[tuple[int, int]], *,
    retrospective: bool, date_scope: _Scope | None = None, inchoative: bool = False,
    pointed: _Pointed = _NOWHERE, former: bool = False, act: bool = False,
    terminative: bool = False,
) -> tuple[MeetingClaim, int | None]:  # fmt: skip
    """The claim of one predicate (or meeting noun) about one meeting, dated and placed.

    A meeting told as held on a day after the story is one to come ("the summit opens
    tomorrow"), but a past act (``act``) dated so dates its object, not its meeting: "the
    heads of state approved the chairmanship of Kyrgyzstan in 2023", told in 2022, leaves
    the meeting held and undated (news of the day).
    """
    date, new_date, offset = _date_for(doc, time, reading, date_scope or scope, kind, tense,
                                       reports, former=former, opened=inchoative)  # fmt: skip
    place = _place_for(reading, scope, reports, doc.text, time.dateline, pointed,
                       as_planned=kind in _AS_PLANNED)
    undated = False
    if kind is ClaimKind.HELD and _after_today(date, time) and (
        tense in (Tense.PRESENT, Tense.UNKNOWN)
        or (time.published is not None and isinstance(date, PartialDate) and date.year)
    ):  # fmt: skip
        if act and tense is Tense.PAST:
            date, offset, undated = None, None, True
        else:
            # "the summit opens tomorrow"; "the summit held on 10 October 2024" told on the 9th
            kind, tense = ClaimKind.SCHEDULED, Tense.FUTURE
    elif kind is ClaimKind.HELD and tense is Tense.PRESENT and date is not None and (
        _story_day(time) is None and (time.dateline is None or time.dateline.date is None)
    ):  # fmt: skip
        # "The CIS summit takes place in Ashgabat on 11 October" in a text with no day of its
        # own: a present with a calendar date is a timetable, not a meeting under way (that
        # one is "today")
        kind, tense = ClaimKind.SCHEDULED, Tense.FUTURE
    sentence = reading.sentence
    if kind is ClaimKind.CANCELLED and lexicon().later.search(doc.text, scope.region[1],
                                                                sentence.end):  # fmt: skip
        # "will not take place on Friday; a new date will be set later": only put off
        kind = ClaimKind.POSTPONED
    claim = MeetingClaim(
        kind, body, place, date, sentence.index, sentence.start, sentence.end, tense,
        new_date=new_date, retrospective=retrospective and date is None and not undated,
        explicit=date is not None, headline=is_headline(doc.text, sentence),
        inchoative=inchoative, terminative=terminative,
    )  # fmt: skip
    return claim, offset


_NOMINAL_BEFORE = 30
_NOMINAL_AFTER = 45
_DATE_BEFORE = 16
_DATE_AFTER = 16


def _targets(
    predicate: Predicate, reading: SentenceReading, reports: Sequence[tuple[int, int]],
    text: str, topic: Topic, governed_mentions: set[int],
    others: Callable[[], Sequence[int]] = tuple,
) -> list[tuple[Mention | None, Body]]:  # fmt: skip
    """The meetings a predicate makes a claim about.

    The mentions it governs are noted in ``governed_mentions``: a negated or unreal happening
    governs its mention too, so that the mention makes no nominal claim.  ``others`` gives where
    the sentence names organisations or bodies outside the vocabulary (read only when needed):
    one that is the verb's subject owns the meeting noun after the verb ("NATO will hold a
    summit in Vilnius").
    """
    sentence = reading.sentence
    clause = clause_bounds(text, sentence.start, sentence.end, predicate.start)
    relative = [t for t in reading.timexes if t.event_offset_days is not None]
    if predicate.kind is None:
        if not predicate.lemma.startswith("act:") and not predicate.nominal:
            # ("о проведении следующего заседания": the noun of holding claims nothing and
            # leaves its meeting to claim by its own words)
            for mention in _governed(predicate, reading.mentions, clause, text, relative,
                                     reading.predicates):  # fmt: skip
                governed_mentions.add(mention.start)
        return []
    if any(r[0] <= predicate.start < r[1] for r in reports):
        return []
    if predicate.kind is ClaimKind.POSTPONED and _moves_into_meeting(predicate, reading, text):
        return []  # "the leaders moved to an expanded meeting": into a meeting, not put off
    if predicate.lemma.split(":", 1)[0] in ("event", "schedule") and (
        lexicon().aside.search(text, predicate.end, min(clause[1], predicate.end + _ASIDE_REACH))
        or _fronted_aside(text, clause[0], predicate.start)
    ):
        # "were expected to meet on the sidelines", "On the sidelines, Putin met Aliyev": a
        # meeting aside, not the body's
        return []
    if predicate.lemma.startswith("event:") and predicate.lemma[6:] in lexicon().meet_with and (
        _MET_WITH.match(text, predicate.end)
    ) and not any(
        predicate.end <= m.start < clause[1] and not m.other
        and m.kind in (MentionKind.NAME, MentionKind.PARTICIPANTS)
        for m in reading.mentions
    ):  # fmt: skip
        # "the ministers met with students of the university", "встретился с президентом":
        # people met, no session (unless they are the council's: "met with their CIS
        # counterparts")
        return []
    chosen = _governed(predicate, reading.mentions, clause, text, relative, reading.predicates,
                       headline=is_headline(text, sentence))  # fmt: skip
    if not chosen:
        chosen = _subject_before_dash(predicate, reading, text, clause)
    cls = predicate.lemma.split(":", 1)[0]
    if predicate.lemma == "schedule:expect" and chosen and all(
        m.kind is MentionKind.PARTICIPANTS for m in chosen
    ) and _EXPECTED_AT.match(text, predicate.end):  # fmt: skip
        # "the heads of government are expected in the Turkmen capital this evening": their
        # coming, not the meeting, which the story dates apart
        return []
    if any(_unowned(m) and m.start >= predicate.end for m in chosen) and (
        _other_subject(predicate, reading, text, others(), clause[0])
        or (cls == "event" and _person_subject(predicate, reading, text, clause[0]))
        or (
            _PAIR_SUBJECT.match(text, clause[0], predicate.start) is not None and (
                cls in ("event", "host") or (cls == "schedule" and any(
                    p.lemma.split(":", 1)[0] in ("event", "host")
                    and predicate.end <= p.start < clause[1] for p in reading.predicates
                ))
            )
        )
    ):  # fmt: skip
        # (two people as the subject hold their own talks: "Wang Yi and Lavrov are due to
        # hold talks on Monday evening")
        governed_mentions.update(m.start for m in chosen if _unowned(m)
                                 and m.start >= predicate.end)  # fmt: skip
        chosen = [m for m in chosen if not (_unowned(m) and m.start >= predicate.end)]
        if not chosen:
            return []
    if predicate.lemma.split(":", 1)[-1] in lexicon().motion:
        # "flew to Beijing for talks": coming to a meeting that names nobody is no council's;
        # nor is coming with people after it ("Putin is arriving on Wednesday, and the other
        # leaders are expected on Thursday": they come too, to no meeting named)
        chosen = [m for m in chosen if not _bare(m) and m.kind is not MentionKind.PARTICIPANTS]
        # "flew to Gomel for a summit, to be held on Friday": the summit's own verb tells it
        chosen = [m for m in chosen if not _INFINITIVE_MODIFIER.match(text, m.end)]
    if cls in ("event", "host") and lexicon().pronoun_object.match(text, predicate.end):
        # "wrapped up the summit, agreeing to hold the next one in Tashkent": the next meeting
        # of the kind named before, else of the article's body; a meeting the sentence is set
        # at ("At the CIS summit, they decided to hold the next one") still tells of itself
        governed_mentions.update(m.start for m in chosen if not _framed_by("during", text, m))
        named = [b for b in (_resolve(m, topic) for m in chosen) if b is not None]
        body = named[0] if named else topic.body
        return [] if body is None else [(None, body)]
    if cls in ("event", "host") and _other_object(
        predicate, reading.mentions, text, reading.timexes
    ) and all(
        m.end <= predicate.start for m in chosen
    ):
        # "..., whose country holds the rotating presidency": the verb's object is no meeting,
        # so the meeting named before it is not what it holds.
        governed_mentions.update(m.start for m in chosen)
        return []
    if any(m.plural and predicate.end <= m.start <= predicate.end + _VENUE_GAP
           and _counted(text, m.start) for m in reading.mentions):  # fmt: skip
        return []  # "the premiers have held two online meetings": a count, no one meeting
    if _puts_off_an_act(predicate, text, clause[0]):
        return []
    if cls == "postpone":
        # "решение отложено до следующей встречи": the meeting after "until" ("до", "to") is
        # when, not what
        until = [m for m in chosen if m.start >= predicate.end
                 and _NEW_DATE_BEFORE.search(text, predicate.end, m.start)]  # fmt: skip
        governed_mentions.update(m.start for m in until)
        chosen = [m for m in chosen if m not in until]
        if chosen and not any(
            m.kind is not MentionKind.PARTICIPANTS
            and (m in chosen or clause[0] <= m.start < clause[1])
            for m in reading.mentions
        ) and not (
            lexicon().pronoun_near.search(text, clause[0], predicate.start)
            or lexicon().pronoun_after.match(text, predicate.end)
            or lexicon().pronoun_after.search(text, predicate.start, predicate.end)
        ):  # fmt: skip
            # "Проект соглашения ..., премьеры вновь отложили", "the draft was put off by the
            # premiers": people put off what they do not name as a meeting
            return []
    if cls == "event" and chosen and all(
        _resolve(m, topic) is None
        or (m.kind is MentionKind.PARTICIPANTS and m.organisation is None) for m in chosen
    ):  # fmt: skip
        # "the bloc's leaders gathered for the CIS summit", "the union's presidents met for the
        # Supreme Eurasian Economic Council": people of no council we know, or of none named
        # beside them, meet for the one named after the verb
        chosen = [m for m in reading.mentions if m.start >= predicate.end
                  and _MET_FOR.fullmatch(text, predicate.end, m.start)
                  and _resolve(m, topic) is not None][:1] or chosen
    targets: list[tuple[Mention | None, Body]] = []
    for mention in chosen:
        governed_mentions.add(mention.start)
        if mention.plural and _counted(text, mention.start):
            return []  # "58 заседаний СМИД были проведены с 1993 года": no one meeting
        apposed = _apposition(mention, reading.mentions, text)
        if apposed is not None:
            governed_mentions.add(apposed.start)
            mention = apposed
        body = _resolve(mention, topic, distinct=_their_kind(mention, reading))
        if body is not None:
            targets.append((mention, body))
    # The subject's clause starts after a coordination: "The previous summit took place in
    # Astana, and the next one is due in Moscow".
    low = max([clause[0], *(m.end() for m in lexicon().coordination.finditer(
        text, clause[0], predicate.start))])  # fmt: skip
    low = _past_leading_date(text, low, predicate.start, reading.timexes)
    low = _past_leading_phrases(text, low, predicate, reading)
    if not chosen and topic.body is not None and cls in (
        "event", "schedule", "postpone", "cancel", "host"
    ) and not _unknown_antecedent(text, clause[0], topic) and not lexicon().act_subject.search(
        text, low, predicate.start
    ) and not lexicon().time_subject_noun.match(text, low, predicate.start) and not (
        lexicon().person_subject.match(text, low, predicate.start)
    ) and (
        lexicon().pronoun_subject.match(text, low, predicate.start)
        or lexicon().pronoun_near.search(text, low, predicate.start)
    ) and not _other_object(
        predicate, reading.mentions, text
    ) and not any(
        m.start < clause[1] and m.end > low and not _anchored(text, m, relative,
                                                               others=reading.mentions)
        and not _in_report(m.start, reports, text)
        and not _after_time_preposition(text, m, low)
        for m in reading.mentions
    ):  # fmt: skip
        # (a meeting in the report, "he told reporters after the talks", is no subject)
        targets.append((None, _antecedent(predicate, reading, text, topic) or topic.body))
    return targets


def _antecedent(
    predicate: Predicate, reading: SentenceReading, text: str, topic: Topic
) -> Body | None:
    """The body of "it" that opens a clause after a colon or semicolon: the meeting named before.

    "A meeting in the Central Asia plus Russia format ... never took place: it was called off":
    that meeting, not the article's council.
    """
    if not lexicon().pronoun_near.search(text, max(0, predicate.start - 24), predicate.start):
        return None
    stop = max(text.rfind(mark, reading.sentence.start, predicate.start) for mark in ":;")
    if stop < 0:
        return None
    before = [b for m in reading.mentions if m.end <= stop
              and (b := _resolve(m, topic)) is not None]  # fmt: skip
    return before[-1] if before else None



_MET_WITH = re.compile(r"(?i)\s+(?:with|со?)\s")
"""Right after a verb of meeting: whom one met ("met with", "встретился с")."""


_DASH_END = re.compile(r"\s[—–-]\s*$")


def _subject_before_dash(
    predicate: Predicate, reading: SentenceReading, text: str, clause: tuple[int, int]
) -> list[Mention]:
    """The subject a dash parts from its verb, in a clause of its own with no verb.

    "Следующая встреча премьеров стран Содружества – заседание Совета глав правительств СНГ –
    запланирована на май в Минске": the noun phrase before the dash is the verb's subject.
    """
    sentence = reading.sentence
    if clause[0] - _DASH_REACH <= sentence.start or not _DASH_END.search(
        text, clause[0] - _DASH_REACH, clause[0]
    ) or any(clause[0] <= m.start < predicate.start for m in reading.mentions):  # fmt: skip
        return []
    before = clause_bounds(text, sentence.start, sentence.end, clause[0] - _DASH_REACH)
    if any(before[0] <= p.start < before[1] for p in reading.predicates):
        return []
    return [m for m in reading.mentions if before[0] <= m.start and m.end <= before[1]][:1]


_DASH_REACH = 3
"""How far before a clause its opening dash stands (" – ")."""


_PAIR_SUBJECT = re.compile(
    r"\W*(?-i:[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\s+(?:and|и)\s+"
    r"(?-i:[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+)?)\s+(?-i:[a-zа-яё][\w\s'’-]*)?$"
)
"""A clause opened by two names joined by "and", then the verb's words: two people's subject."""


_NAME_SUBJECT = re.compile(
    r"(?i:\W*(?:date\W+[\d-]+\W+)?)(?-i:[A-ZА-ЯЁ][\w'’-]+(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2}?"
    r"\s+([A-ZА-ЯЁ][\w'’-]+)|([A-ZА-ЯЁ][\w'’-]+))\s+(?-i:[a-zа-яё][\w\s'’-]*)?$"
)
"""A clause opened by a name (after a leading date marker), then the verb's words: "Lavrov
will hold talks"."""


def _person_subject(predicate: Predicate, reading: SentenceReading, text: str, low: int) -> bool:
    """Whether the verb's subject is a name that is no place and no body: a person's own talks.

    "Lavrov held talks in Minsk on Thursday, a day before the meeting of the Council": his
    talks, not the council's meeting ("Kazakhstan will hold the summit": a place hosts).
    """
    subject = _NAME_SUBJECT.match(text, low, predicate.start)
    if subject is None:
        return False
    last = subject.group(1) or subject.group(2)
    if is_calendar_name(last):
        return False  # "Last June we gathered in Almaty": a time, no one's name
    if last.isascii():
        if last.endswith("s"):
            return False  # "Ministers held talks": people, not a name
    elif not any({"Name", "Surn", "Patr"} & r for r in russian_readings(last)):
        return False  # "Министры приняли решение": a common noun; "Было принято": a verb
    return not any(low <= m.start < predicate.start for m in reading.mentions) and not any(
        low <= p.start < predicate.start for p in reading.places
    )


_RESTRICTIVE_RELATIVE = re.compile(r"(?i)\s+(?:that|which)\s+(?:[\w'’-]+\s+){1,4}")
"""Between a meeting and the verb of a relative clause about it with its own subject: "the
summit that Astana hosted", "the session which Kyrgyzstan will host"."""
_EXPECTED_AT = re.compile(r"(?i)\s+(?:in|at|в|во)\s")
"""After "expected" with people as its subject: where they come ("are expected in Minsk")."""
_MET_FOR = re.compile(
    r"(?i)(?:\s+(?:in|on|в|во)\s+[\w-]+(?:\s+[\w-]+)?)?\s+(?:for|at|на|для)\s+"
    r"(?:the\s+|a\s+|an\s+|their\s+|its\s+)?"
)
"""Between a verb of meeting and the meeting it is for: "gathered (in Moscow) for the summit"."""


def _unowned(mention: Mention) -> bool:
    """Whether a meeting noun names no organisation or council ("a summit", "its session").

    Unlike :func:`_bare`, its noun may say the kind of meeting ("summit").
    """
    return (
        mention.kind is MentionKind.EVENT and mention.body is None
        and mention.organisation is None and mention.complement is None
    )  # fmt: skip


def _other_subject(
    predicate: Predicate, reading: SentenceReading, text: str, others: Sequence[int], low: int
) -> bool:
    """Whether the verb's subject is an organisation or body outside the vocabulary.

    "NATO will hold a summit in Vilnius", "The Interparliamentary Assembly of CIS member
    states will hold its next plenary session": the name stands first in the verb's clause,
    with no mention of ours before it and no comma or "and" between it and the verb.
    """
    subject = [at for at in others if low <= at < predicate.start
               and not object_of_preposition(text, at)]  # fmt: skip
    if not subject:
        return False
    first = min(subject)
    if any(low <= m.start < first for m in reading.mentions):
        return False
    return _subject_of_verb(text, first, [predicate.start])


def _puts_off_an_act(predicate: Predicate, text: str, low: int) -> bool:
    """Whether a verb of putting off is about an act right beside it, not a meeting.

    "лидеры обсудили, но решение отложили", "postponed the signing".
    """
    if not predicate.lemma.startswith("postpone:"):
        return False
    act = lexicon().act_subject
    after = _ACT_DETERMINER.match(text, predicate.end)
    return bool(act.search(text, max(low, predicate.start - _ACT_NEAR), predicate.start)
                or (after is not None and act.match(text, after.end())))  # fmt: skip


_ACT_DETERMINER = re.compile(r"(?i)\s+(?:(?:the|a|an|its|their)\s+)?")


_ACT_NEAR = 16
"""How far before a verb of putting off a noun of an act makes it the act's ("решение отложили")."""
_LEADING_COMMA = re.compile(r"\s*,")
_CONJUNCT_SUBJECT = re.compile(r"\s+(?:\w+ly\s+|also\s+)?")
"""Between a meeting after "before" and its own verb: "before" is a conjunction there ("two days
before the foreign ministers gather in Minsk"), and the meeting is the verb's subject."""
_OPENING = re.compile(r"\W*")


def _first_word(text: str, low: int, high: int) -> int:
    """Where a clause's first word starts, after its opening marks."""
    opening = _OPENING.match(text, low, high)
    return low if opening is None else opening.end()


def _fronted_aside(text: str, low: int, high: int) -> bool:
    """Whether the clause opens with a setting aside ("On the sidelines, Putin met ...")."""
    start = _first_word(text, low, high)
    found = lexicon().aside.search(text, max(0, start - 1), high)  # it starts with a space
    return found is not None and found.start() <= start


def _fronted_frame(text: str, low: int, mention: Mention) -> bool:
    """Whether a time preposition opening its clause governs the mention.

    "After the meeting, Lavrov will hold a press conference": the meeting is in the clause's
    time, not before it.
    """
    start = _first_word(text, low, mention.start)
    return lexicon().time_preposition.fullmatch(text, start, mention.start) is not None


def _past_leading_date(text: str, low: int, high: int, timexes: Sequence[Timex]) -> int:
    """Where the subject starts after a leading date and its comma, if any.

    "Next October, we ...", "Last year the ministers met".
    """
    for timex in timexes:
        if low <= timex.start < high and not text[low : timex.start].strip(" \"'«“„([—–-"):
            comma = _LEADING_COMMA.match(text, timex.end, high)
            if comma is not None:
                return comma.end()
            if text[timex.end : timex.end + 1].isspace():
                return timex.end
    return low


_LEADING_PHRASE = 60
_LEADING_PHRASES = 2


def _past_leading_phrases(
    text: str, low: int, predicate: Predicate, reading: SentenceReading
) -> int:
    """Where the subject starts after up to two short phrases set off by commas.

    "Before that, the ministers met", "On 12 May 2020, with borders closed by the pandemic,
    the ministers met": the subject is after the last comma.  A phrase with a meeting or a
    claiming verb of its own is no mere lead-in.
    """
    for _ in range(_LEADING_PHRASES):
        comma = text.find(",", low, min(predicate.start, low + _LEADING_PHRASE))
        if comma < 0:
            break
        if any(low <= m.start < comma for m in reading.mentions) or any(
            low <= p.start < comma and p.kind is not None for p in reading.predicates
        ):  # fmt: skip
            break
        low = comma + 1
    return low


def _dated_future_acts(reading: SentenceReading, text: str) -> SentenceReading:
    """The reading with a future act that its clause dates made a plan of its people's meeting.

    "Министры иностранных дел Содружества 15 октября обсудят ход подготовки", "the ministers
    will discuss security on 15 October": the people meet that day.  With no date, the act
    claims nothing of its own ("will sign agreements"); the meeting is told elsewhere.
    """
    if not any(p.kind is None and p.tense is Tense.FUTURE for p in reading.predicates):
        return reading
    changed = []
    for predicate in reading.predicates:
        if (
            predicate.kind is None and predicate.tense is Tense.FUTURE and not predicate.negated
            and predicate.lemma.startswith("act:")
        ):  # fmt: skip
            low, high = clause_bounds(text, reading.sentence.start, reading.sentence.end,
                                      predicate.start)  # fmt: skip
            relative = _RELATIVE_AFTER.search(text, low, predicate.start)
            if relative is not None:
                # "approving the drafts that the presidents will sign today": a description of
                # the drafts, no plan of a meeting; its people are the relative clause's
                low = relative.end()
            if any(low <= t.start < high and t.event_offset_days is None and t.day is not None
                   for t in reading.timexes) and any(
                low <= m.start and m.end <= predicate.start
                and m.kind is MentionKind.PARTICIPANTS
                and (not m.other or (m.organisation is None and m.family is not None))
                for m in reading.mentions
            ):  # fmt: skip
                predicate = attrs.evolve(predicate, kind=ClaimKind.SCHEDULED)
        changed.append(predicate)
    return attrs.evolve(reading, predicates=tuple(changed))


def _distributed_place(reading: SentenceReading, text: str) -> Place | None:
    """The place a sentence gives every meeting it tells ("both in Dushanbe"), if any."""
    for place in reading.places:
        if place.role is PlaceRole.AT and lexicon().distributive.search(
            text, max(reading.sentence.start, place.start - _DISTRIBUTIVE_REACH), place.start
        ):  # fmt: skip
            return place.place
    return None


_DISTRIBUTIVE_REACH = 20


def _plans_before(
    found: Sequence[tuple[MeetingClaim, int | None]], doc: Document, reading: SentenceReading
) -> bool:
    """Whether a verbless sentence goes on a plan to come told in its paragraph before it.

    The last claim of a sentence before it is a plan. A sentence with verbs of its own tells
    its own time: "«Постановили провести следующий СМИД в Киеве», - сказал он в ходе
    заседания СМИД в четверг" is of a meeting held.
    """
    sentence = reading.sentence
    last = next((c for c, _ in reversed(found) if c.sentence < sentence.index), None)
    if last is None or reading.predicates:
        return False  # (a sentence with verbs of its own tells its own time)
    told = doc.sentences[last.sentence]
    return (
        last.kind is ClaimKind.SCHEDULED and last.tense is Tense.FUTURE
        and told.paragraph == sentence.paragraph
    )  # fmt: skip


def _local_topic(
    found: Sequence[tuple[MeetingClaim, int | None]], reading: SentenceReading, topic: Topic,
    doc: Document, previous: SentenceReading | None = None,
) -> Topic:
    """The topic for a sentence that names no body: the one body its paragraph last claimed.

    "... with the Supreme Eurasian Economic Council on 26 December. The leaders also agreed that
    the next session will be held in Minsk": that council's next session, not the article's.
    With no claim there, the one body the sentence before names in the same paragraph: "The
    main event of the autumn was the CIS summit in Moscow. On 8 October the Council of Heads of
    State met in the Kremlin" (``previous``).
    """
    if topic.body is None:
        return topic
    named = {m.body for m in reading.mentions if m.body is not None and not m.other}
    if len(named) == 1 and topic.body not in named:
        # "attended the CIS Council of Heads of Government meeting in Ashgabat, where the prime
        # ministers signed an agreement": the people of that council's kind are its own
        (body,) = named
        if _bare_people_of(body, reading):
            return _topic_of(topic, body)
    if any(m.body is not None or m.organisation is not None for m in reading.mentions):
        return topic
    # (claims are found sentence by sentence: the last ones before are at the end, so this
    # reads back only through them, not through the whole article each time)
    before: set[Body] = set()
    last: int | None = None
    for claim, _ in reversed(found):
        if claim.sentence >= reading.sentence.index:
            continue
        if last is not None and claim.sentence != last:
            break
        last = claim.sentence
        before.add(claim.body)
    if (last is None or last < reading.sentence.index - 1) and previous is not None and (
        previous.sentence.paragraph == reading.sentence.paragraph
    ):  # fmt: skip
        named_before = {m.body for m in previous.mentions if m.body is not None and not m.other}
        if len(named_before) == 1 and topic.body not in named_before:
            (body,) = named_before
            return _topic_of(topic, body)
    if last is None or len(before) != 1:
        return topic
    (body,) = before
    if doc.sentences[last].paragraph != reading.sentence.paragraph and not (
        last == reading.sentence.index - 1 and _bare_people_of(body, reading)
    ):  # fmt: skip
        # (the last claims before, in the sentence's own paragraph; or right before it, when
        # the sentence's people are of that council's kind: "... the Eurasian
        # Intergovernmental Council will take place on April 10 by video. / 'The heads of
        # government will hold the meeting via video link,' the commission noted.")
        return topic
    if body == topic.body:
        return topic
    return _topic_of(topic, body)


def _topic_of(topic: Topic, body: Body) -> Topic:
    """The topic with ``body`` for its body, and that body's organisation."""
    return attrs.evolve(topic, body=body, organisation=organisation_and_family(body)[0])


def _bare_people_of(body: Body, reading: SentenceReading) -> bool:
    """Whether the sentence names people of the body's kind and of no organisation.

    "The prime ministers", "the heads of government": people of no council by their words.
    """
    family = organisation_and_family(body)[1]
    return any(m.kind is MentionKind.PARTICIPANTS and m.organisation is None and m.body is None
               and m.family == family for m in reading.mentions)  # fmt: skip


def _coming_gives_way(
    found: list[tuple[MeetingClaim, int | None]],
    makers: Sequence[tuple[int, Predicate, Mention | None]],
) -> None:
    """A meeting someone comes to and whose own verb the sentence tells is claimed by that verb.

    "Putin flew to Minsk on Tuesday for the CIS summit, which opens on Thursday": the summit
    opens on Thursday; the flight only says where (in place).
    """
    motion = lexicon().motion
    own = {id(mention): index for index, predicate, mention in makers if mention is not None
           and predicate.lemma.split(":", 1)[0] in ("event", "host")}  # fmt: skip
    dropped = []
    for index, predicate, mention in makers:
        if mention is None or predicate.lemma.split(":", 1)[-1] not in motion:
            continue
        if (other := own.get(id(mention))) is None:
            continue
        claim, offset = found[other]
        if not claim.place.known and found[index][0].place.known:
            found[other] = (attrs.evolve(claim, place=found[index][0].place), offset)
        dropped.append(index)
    for index in sorted(dropped, reverse=True):
        del found[index]


def find_claims(
    doc: Document, time: DocumentTime, readings: Sequence[SentenceReading], topic: Topic
) -> tuple[MeetingClaim, ...]:
    """Every claim the article makes about meetings of the vocabulary's bodies, in text order."""
    text = doc.text
    found: list[tuple[MeetingClaim, int | None]] = []
    co_located: set[int] = set()
    """Claims of a meeting another one is held ahead of ("ahead of the summit"): same place."""
    simultaneous: set[int] = set()
    """Claims of a meeting held alongside another ("alongside the ministerial"): same place and
    day."""
    pointed = _NOWHERE
    story_from = 0
    readings = [_of_states(reading, doc.text, topic) for reading in readings]
    previous_located = False
    for index, reading in enumerate(readings):
        if index and (previous_city := _last_city_of(readings[index - 1].places)) and (
            _located_city(readings[index - 1]) or not previous_located
        ):  # fmt: skip
            # a city named otherwise ("и Душанбе согласился") does not displace one told as a
            # location before it ("там же" is still Alma-Ata), but is better than none
            pointed = attrs.evolve(pointed, previous=previous_city)
            previous_located = _located_city(readings[index - 1])
        if pointed.story is None:
            # (only the claims told since the last sentence: the earlier ones named no city)
            story = next((c.place for c, _ in found[story_from:]
                          if c.body == topic.body and c.place.city), None)  # fmt: skip
            pointed = attrs.evolve(pointed, story=story)
            story_from = len(found)
        reading = _dated_future_acts(reading, doc.text)
        sentence = reading.sentence
        reports = reporting_spans(doc, sentence)
        governed_mentions: set[int] = set()
        targeted: _Targeted = []
        claiming_spans = []
        verb_claims_from = len(found)
        local = _local_topic(found, reading, topic, doc, readings[index - 1] if index else None)
        others_named = functools.cache(functools.partial(other_names, doc, sentence))  # if asked
        for predicate in reading.predicates:
            before = len(governed_mentions)
            targets = _targets(predicate, reading, reports, text, local, governed_mentions,
                               others_named)  # fmt: skip
            if not targets and predicate.kind is not None and targeted and not _puts_off_an_act(
                predicate, text, clause_bounds(text, sentence.start, sentence.end,
                                               predicate.start)[0]
            ):  # fmt: skip
                # "it was postponed ... and, in the end, took place online today": a verb
                # coordinated with the one before, with no subject of its own, shares its
                targets = _shared_subject(targeted[-1], predicate, reading, text)
            if targets and _plans_an_act(predicate, reading, text):
                # "they expect to sign agreements": what is planned is an act, so only a
                # meeting named after it is ("expect to sign them at the summit in Minsk"; "the
                # summit is expected to adopt a declaration" may be said of one under way)
                targets = [(m, b) for m, b in targets if m is not None
                           and m.start >= predicate.end and m.kind is MentionKind.EVENT]
            targeted.append((predicate, targets))
            if targets or (predicate.kind is not None and len(governed_mentions) > before):
                # It speaks of a meeting, ours or not: its dates and places are its own.
                claiming_spans.append((predicate.start, predicate.end))
        claiming = frozenset(claiming_spans)
        makers: list[tuple[int, Predicate, Mention | None]] = []
        targeted = _superseded_plans(targeted, text, sentence.end)
        targeted, moved_from = _moved_plans(targeted, reading, text)
        for predicate, targets in targeted:
            assert predicate.kind is not None or not targets
            kind, tense = predicate.kind, predicate.tense
            if kind is ClaimKind.POSTPONED and _moves_venue(predicate, reading, text):
                kind, tense = ClaimKind.SCHEDULED, Tense.FUTURE  # "moved to Gomel": held there
                venue_moved = predicate.tense is Tense.PAST
            else:
                venue_moved = False
            clause = clause_bounds(text, sentence.start, sentence.end, predicate.start)
            if _VERB_COLON.fullmatch(text, predicate.end, clause[1] + 1):
                # "met twice: in June in Dushanbe and in the autumn in Minsk", "встречались
                # дважды: ...": the list after the colon is the verb's
                clause = (clause[0], clause_bounds(text, sentence.start, sentence.end,
                                                   clause[1] + 1)[1])  # fmt: skip
            first = next((m for m, _ in targets if m is not None), None)
            about = _meeting_object(predicate, reading, text, clause)
            for mention, body in targets:
                assert kind is not None
                if about is not None and _resolve(about, topic) == body:
                    # "The leaders agreed on the agenda of the summit": the act is about the
                    # meeting, not done at one of theirs
                    continue
                low = predicate.start if mention is None else min(predicate.start, mention.start)
                high = predicate.end if mention is None else max(predicate.end, mention.end)
                if mention is not None and mention.end <= predicate.start and any(
                    (p.start, p.end) in claiming and mention.end <= p.start
                    and p.end <= predicate.start and p.kind is ClaimKind.HELD
                    and kind is not ClaimKind.HELD
                    for p in reading.predicates
                ):  # fmt: skip
                    # "last met in Ashgabat in May and will next convene in Moscow": a plan after
                    # a verb of what was held has its own words, not those between its subject
                    # and it
                    low = predicate.start
                if mention is not None and first is not None and mention.start > first.start:
                    # "host the CFM on 12 October and the CHG on 26 October": a coordinated
                    # meeting is dated and placed by what follows it
                    low, high = mention.start, mention.end
                scope = _Scope((low, high), clause[0],
                               clause[1] if about is None else about.start, claiming=claiming,
                               verb=(predicate.start, predicate.end))  # fmt: skip
                date_scope = attrs.evolve(scope, low=_own_clause_start(
                    predicate, reading, text, clause[0],
                    mention.start if mention is not None else predicate.start,
                ))  # fmt: skip
                if predicate.purpose:
                    # "arrived on Sunday to attend the meeting on Monday": Sunday is the coming's
                    date_scope = attrs.evolve(date_scope, low=max(date_scope.low, predicate.start),
                                              leading=False)  # fmt: skip
                if venue_moved and mention is not None:
                    # "в сентябре встречу перенесли в Петербург": September, before the meeting
                    # is named, is when it was moved ("the session, planned for 12 May in
                    # Osh, has been moved" keeps the plan's day)
                    date_scope = attrs.evolve(date_scope, low=max(date_scope.low, mention.start),
                                              leading=False)  # fmt: skip
                if (predicate.start, predicate.end) in moved_from:
                    # "planned for 14 October in Minsk, but moved to Astana": the plan's day
                    low_plan = moved_from[(predicate.start, predicate.end)]
                    date_scope = attrs.evolve(date_scope, low=min(date_scope.low, low_plan),
                                              region=(low_plan, predicate.end))  # fmt: skip
                put_off = _after_put_off(predicate, reading, text)
                if kind is ClaimKind.SCHEDULED and put_off is not None:
                    # "The summit planned for 16 October has been postponed and will be held
                    # online": the plan's day was put off, so only words after it date it
                    date_scope = attrs.evolve(date_scope, region=(put_off, predicate.end),
                                              low=put_off, leading=False)  # fmt: skip
                if mention is not None and first is not None and mention.start > first.start:
                    # "the summit on 15 October and the ministers' meeting a day earlier":
                    # the date before the conjunction is the first meeting's (the place
                    # before the verb, "Bishkek will host", is both's)
                    date_scope = attrs.evolve(
                        scope, low=_after_conjunct(mention, reading, text, clause[0])
                    )
                retrospective = predicate.experiential or (
                    mention is not None and _nominal_kind(
                        text, mention, bool(_RU_HAS.search(text, mention.start, mention.end))
                    ) is ClaimKind.HELD and predicate.kind is ClaimKind.HELD
                )  # fmt: skip
                ranked = _respective(targets, mention, reading, text, clause)
                if ranked is not None:
                    # "scheduled for October 15 and October 16 respectively"
                    date_scope = attrs.evolve(ranked, claiming=scope.claiming, verb=scope.verb)
                pairs = [] if len(targets) > 1 else _adjunct_pairs(
                    text, reading, predicate.end, _verbless_tail(text, reading, clause),
                    dates_alone=kind in (ClaimKind.HELD, ClaimKind.SCHEDULED),
                    led=any(clause[0] <= t.start < predicate.start for t in reading.timexes),
                )  # fmt: skip
                dated_only = pairs and not any(
                    p.role is PlaceRole.AT and pairs[0][0] <= p.start < pairs[-1][1]
                    for p in reading.places
                )  # fmt: skip
                scopes = [(scope, date_scope)] if not pairs else [
                    (scope if dated_only else own, own)
                    for pair in pairs
                    # (a pair with no date of its own is the one a leading date dates: "In 2019
                    # the ministers met in Bishkek, and in 2022 in Tashkent")
                    for own in [attrs.evolve(scope, region=pair, low=pair[0], high=pair[1],
                                             leading=not any(pair[0] <= t.start < pair[1]
                                                             for t in reading.timexes))]
                ]  # fmt: skip
                for place_scope, day_scope in scopes:
                    made = _claim(doc, time, reading, place_scope, kind, tense, body, reports,
                                  retrospective=retrospective, date_scope=day_scope,
                                  inchoative=predicate.lemma.split(":", 1)[1]
                                  in lexicon().inchoative, pointed=pointed,
                                  terminative=predicate.lemma.split(":", 1)[1]
                                  in lexicon().terminative,
                                  former=predicate.superseded,
                                  act=predicate.lemma.startswith("act:"))  # fmt: skip
                    if mention is not None and _generic(mention, made[0]):
                        continue
                    if not made[0].place.known and predicate.lemma.startswith("host:") and (
                        _closed_relative(text, clause[0], predicate, reading.predicates)
                        is not None
                    ):  # fmt: skip
                        # "Uzbekistan, which takes over in January, will host the summit": the
                        # host before the relative clause places it
                        host = next((p for p in reading.places
                                     if _subject_start(text, clause[0]) <= p.start < clause[0]),
                                    None)  # fmt: skip
                        if host is not None:
                            made = (attrs.evolve(made[0], place=host.place), made[1])
                    if predicate.superseded or lexicon().instead.search(
                        text, clause[0], predicate.start
                    ):  # "вместо намеченной ранее встречи в Минске": what was replaced
                        made = (attrs.evolve(made[0], superseded=True), made[1])
                    made = _year_named(made, mention, text)
                    found.append(_told(made, mention, found, text, clause[0]))
                    makers.append((len(found) - 1, predicate, mention))
        _coming_gives_way(found, makers)
        told_by_verbs = [claim for claim, _ in found[verb_claims_from:]]
        coordinated: tuple[int, ClaimKind] | None = None
        """Where the last framed meeting ended, and its kind ("at the meetings of A and B")."""
        for mention in reading.mentions:
            if mention.start in governed_mentions:
                continue
            # (with no claim of ours before it, the verb of another body's claim is left out:
            # "в 2024 году прошел саммит БРИКС, а в августе 2005 года — саммит СНГ")
            verb = told_by_verbs[-1] if told_by_verbs else _gapping_verb(reading, mention)
            gap = _gapped(mention, reading, text) if verb is not None else None
            if gap is not None:
                # "Заседание СМИД пройдет 7 октября, а саммит — 8 октября": the verb left out
                # is the last one's, the words after the mention are the gapped meeting's
                gapped = _resolve(mention, topic)
                if gapped is None and mention.family is not None and topic.organisation and (
                    mention.organisation is None
                ):  # fmt: skip
                    # "the ministers met on Thursday and the presidents on Friday": the people
                    # coordinated with the article's are of its organisation
                    gapped = body_of(topic.organisation, mention.family)
                if gapped is not None and verb is not None and verb.kind is not None:
                    scope = _Scope((mention.start, mention.end), gap[0], gap[1],
                                   leading=False)  # fmt: skip
                    made = _claim(doc, time, reading, scope, verb.kind, verb.tense,
                                  gapped, reports, retrospective=False)  # fmt: skip
                    verb_place = verb.place if isinstance(verb, MeetingClaim) else next((
                        p.place for p in reversed(reading.places) if p.role is PlaceRole.AT
                        and clause_bounds(text, sentence.start, sentence.end, verb.start)[0]
                        <= p.start < verb.start
                    ), Place())  # fmt: skip
                    if not made[0].place.known and verb_place.known:
                        # "9 октября в Душанбе собрались министры, а 10 октября — главы
                        # государств": the place left out with the verb is the verb's
                        made = (attrs.evolve(made[0], place=verb_place), made[1])
                    found.append(_told(made, mention, found, text, mention.start))
                continue
            if mention.kind is MentionKind.PARTICIPANTS:
                continue
            ru = bool(_RU_HAS.search(text, mention.start, mention.end))
            nominal = _nominal_kind(text, mention, ru)
            by_copula = dated_after = came = False
            clause = clause_bounds(text, sentence.start, sentence.end, mention.start)
            framed = counted = False
            relative = _RELATIVE_AFTER.search(text, mention.end, clause[1])
            # "approving the drafts that the presidents will sign today": the relative clause's
            # future is not the meeting's
            own_clause = clause if relative is None else (clause[0], relative.start())
            told_future = _future_clause(text, own_clause, reading, ru)
            if nominal is ClaimKind.HELD and told_future and not _ongoing(text, mention):
                nominal = None  # "it will be the last meeting this year": the final one
            if nominal is None and mention.head not in ("talks", "conference"):
                future = told_future or (
                    is_headline(text, sentence)
                    and _headline_to(text, clause[0], mention.start)
                )  # fmt: skip
                if any(clause[0] <= a and b <= mention.start for a, b in reports) or (
                    _after_time_preposition(text, mention, clause[0])
                    and not _relational(text, mention, reading)
                    and not _fronted_frame(text, clause[0], mention)
                    # ("are expected to sign documents after the meeting": no date of its own,
                    # in the clause's time)
                    and (not future or _dated(mention, reading))
                ):  # fmt: skip
                    # ("a day after the ministers' meeting, on October 16": the anchor of a
                    # relative date is in the clause's time)
                    # "пройдет в Ашхабаде, сообщил Рахмон по итогам встречи в Душанбе": the
                    # report's own words, at the time of the report; "it will be the second
                    # summit after the meeting in Astana in 2022": a time before the verb's
                    future = False
                nominal = _frame_kind(text, mention, future)
                framed = nominal is not None
                # a meeting counted from ("since their October meeting") is past, no news
                counted = nominal is ClaimKind.HELD and _counted_from(text, mention)
                came = nominal is ClaimKind.SCHEDULED and not future and _framed_by(
                    "purpose", text, mention
                ) and _past_verb_in(text, clause[0], mention.start)  # fmt: skip
                if came and any(mention.end <= t.start < clause[1] for t in reading.timexes):
                    # "прилетел в субботу для участия в заседании в понедельник": at its own
                    # date, nearest the story, as after "arrived to attend" (held if before it)
                    nominal = ClaimKind.HELD
                if nominal is None and coordinated is not None and _COORDINATED_MEETING.fullmatch(
                    text, coordinated[0], mention.start
                ):  # fmt: skip
                    # "at the meetings of the Council of Heads of Government and the Council of
                    # Foreign Ministers": the frame is both's
                    nominal, framed = coordinated[1], True
                if nominal is None:
                    nominal = _copula_future(text, clause, reading, mention)
                    by_copula = nominal is not None
                if nominal is None and future and _dated(mention, reading):
                    nominal = ClaimKind.SCHEDULED  # "..., followed by the summit on Friday"
                if nominal is None and not future and (
                    copula := lexicon().copula_past_after.match(text, mention.end)
                ) and any(copula.end() <= t.start < clause[1] and t.event_offset_days is None
                          for t in reading.timexes):  # fmt: skip
                    # "The last time Armenia took part in a CSTO ministerial was in Yerevan in
                    # November 2022": the copula's words date and place the meeting
                    nominal = ClaimKind.HELD
                if nominal is None and _dated(mention, reading):
                    if (
                        lexicon().past_aux.search(text, mention.end, clause[1])
                        or lexicon().copula_past_before.search(text, clause[0], mention.start)
                    ) and not any(
                        clause[0] <= p.start < clause[1] for p in reading.predicates
                    ):  # fmt: skip
                        # "Friday's meeting of CIS heads of government was the first ...":
                        # a dated meeting a past copula speaks of was held
                        nominal = ClaimKind.HELD
                    else:
                        # "confirmed their participation in the summit in Minsk on 11
                        # October", told on 5 October: a meeting dated after the story is
                        # one to come
                        nominal, dated_after = ClaimKind.HELD, True
            if nominal is None:
                continue
            if (nominal is ClaimKind.SCHEDULED or dated_after) and lexicon().offers.search(
                text, clause[0], mention.start
            ):
                continue  # "had proposed holding the next session in Minsk": a proposal
            anchor = _relational(text, mention, reading)
            target = _resolve(mention, topic, distinct=anchor or (
                framed and not _frames_during(text, mention)
            ) or _their_kind(mention, reading))  # fmt: skip
            if not anchor and _bare(mention):
                target = _local_body(mention, reading, clause, topic, governed_mentions) or target
            if target is None:
                continue
            body = target
            if body is None:
                continue
            # A noun phrase's own date and place stand next to it ("the 8 October summit",
            # "the session in Minsk on 12 April"), not elsewhere in its clause.
            opening = _after_conjunct(mention, reading, text, clause[0])
            scope = _Scope(
                (mention.start, mention.end),
                max(opening, mention.start - _NOMINAL_BEFORE),
                min(clause[1], mention.end + _NOMINAL_AFTER),
                leading=False,
                claiming=claiming if framed else frozenset(),
            )  # a framed meeting's place is not the one a verb's claim has nearer
            # Its date stands right next to it: "the 8 October summit", "the session on 12 May";
            # a meeting named as the anchor of a relative date ("a day after the ministers'
            # meeting, on October 16") is not dated by it.
            postposed = _postposed(text, mention, ru)
            date_scope = _Scope(
                (mention.start, mention.end),
                max(opening, min(mention.start - _DATE_BEFORE,
                                 _modifier_phrase_start(text, mention, clause[0], ru))),
                max(min(clause[1], max(mention.end + _DATE_AFTER, _placed_end(mention, reading))),
                    postposed[1] if postposed is not None else 0),
                leading=False,
            )
            if postposed is not None:
                scope = attrs.evolve(scope, high=max(scope.high, postposed[1]))
            if came:
                # "прилетел в субботу для участия в заседании": Saturday is the coming's
                date_scope = attrs.evolve(date_scope, low=max(date_scope.low, mention.start))
            if framed and (comma := text.find(",", mention.end, date_scope.high)) >= 0:
                # "Ahead of the summit, on October 7, the ministers will gather": a date set
                # off after a framed meeting is the clause's, not the frame's meeting's
                date_scope = attrs.evolve(date_scope, high=comma)
            if anchor:
                date_scope = _Scope((mention.start, mention.end), mention.start, mention.start,
                                    leading=False)  # fmt: skip
                if _far_anchor(mention, reading):
                    # its place is its own phrase's ("a week after the summit in Dushanbe"), not
                    # the clause's, which is the meeting dated by it
                    own_places = [p.end for p in reading.places if p.role is PlaceRole.AT
                                  and 0 <= p.start - mention.end <= _NEXT_GAP]  # fmt: skip
                    scope = attrs.evolve(scope, low=mention.start,
                                         high=max([mention.end, *own_places]) + 1)
            elif by_copula:
                date_scope = scope  # the copula's clause tells the meeting's date as its own
            elif (nominal is ClaimKind.HELD and lexicon().copula_past_after.match(
                text, mention.end
            )) or (nominal is ClaimKind.SCHEDULED and lexicon().copula_future_after.match(
                text, mention.end
            )):  # fmt: skip
                # "The leaders' last meeting was in Minsk in October 2019", "the next summit
                # will be in Moscow in October": the copula's words are the meeting's date and
                # place
                date_scope = attrs.evolve(date_scope, high=max(date_scope.high, clause[1]))
                scope = attrs.evolve(scope, high=max(scope.high, clause[1]))
            tense = Tense.PAST if nominal is ClaimKind.HELD else Tense.FUTURE
            if (framed or dated_after) and nominal is ClaimKind.HELD and not any(
                p.tense is Tense.PAST and clause[0] <= p.start < clause[1]
                and _meeting_object(p, reading, text, clause) is not mention
                for p in reading.predicates
            ) and not _told_past_at(text, mention, clause) and not (
                counted
            ):  # fmt: skip
                # (a past act about the meeting, "agreed the drafts for the summit on 10
                # October", does not set its time; a meeting counted from is past)
                # "пригласил лидеров на саммит в Минск 11 октября": "at the summit" with no
                # past of its own is at the nearest such day, to come if it is after the story
                tense = Tense.UNKNOWN
                if _plans_before(found, doc, reading) and not _told_as_past(reading, clause, time):
                    # "The premiers will gather in June. Then come the main events: the
                    # ministers on 9 October ...": a plan goes on the plans told before it
                    nominal, tense = ClaimKind.SCHEDULED, Tense.FUTURE
            ongoing = nominal is ClaimKind.HELD and _ongoing(text, mention)
            if ongoing:
                tense = Tense.PRESENT  # under way: the story's day
            made = _claim(doc, time, reading, scope, nominal, tense, body, reports,
                          retrospective=(not framed or counted)
                          and nominal is ClaimKind.HELD and not ongoing,
                          date_scope=date_scope, pointed=pointed)  # fmt: skip
            if anchor and made[0].date is None:
                pointed_day = _anchored_day(mention, reading, clause, time)
                if pointed_day is not None:
                    made = (attrs.evolve(made[0], date=pointed_day, explicit=True), made[1])
            if dated_after and made[0].kind is not ClaimKind.SCHEDULED and not (
                made[0].place.known and any(
                    (t.year is not None or _anchored_to_story(t)
                     or _year_told_before(text, t, time) is not None)
                    and date_scope.low <= t.start < date_scope.high
                    for t in reading.timexes
                )
            ):  # (or "that October", in the year the story told last)
                # dated before the story, in passing: no claim, unless the text says where and
                # in which year ("the summit in Minsk in October 2023 showed ...": it was held;
                # "Friday's session in Minsk lasted three hours": the story's week)
                continue
            if lexicon().instead.search(text, clause[0], mention.start):
                made = (attrs.evolve(made[0], superseded=True), made[1])  # replaced
            made = _year_named(made, mention, text)
            found.append(_told(made, mention, found, text, clause[0]))
            if framed:
                coordinated = (mention.end, nominal)
            if framed and nominal is ClaimKind.SCHEDULED and not _far_anchor(
                mention, reading
            ) and not _framed_by("preparation", text, mention):  # fmt: skip
                # (prepared for, it is to come, but not thereby where the preparing was)
                co_located.add(len(found) - 1)
            if framed and _framed_by("alongside", text, mention):
                simultaneous.add(len(found) - 1)  # "alongside the ministerial meeting"
        shared = _distributed_place(reading, text)
        if shared is not None:
            # "the ministers on 9 October and the summit on 10 October, both in Dushanbe"
            found[verb_claims_from:] = [
                (attrs.evolve(c, place=shared), o) if not c.place.known else (c, o)
                for c, o in found[verb_claims_from:]
            ]
    claims = [claim for claim, _ in found]
    others = _other_meetings(doc, time, readings)
    paragraphs = [sentence.paragraph for sentence in doc.sentences]
    resolved = []
    current = list(claims)  # as dated so far: "the same day" counts from a day just worked out
    for index, (claim, offset) in enumerate(found):
        if offset is not None and claim.date is None:
            day = _relative(current, claim, offset, others, today=_story_day(time),
                            paragraphs=paragraphs)  # fmt: skip
            # a day the text gives, counted from another ("the day before"): said, not a default
            claim = attrs.evolve(claim, date=day, explicit=day is not None)
            if claim.kind is ClaimKind.HELD and claim.tense in (Tense.PRESENT, Tense.UNKNOWN) and (
                _after_today(day, time)
            ):  # fmt: skip
                # "... and the leaders gather there the following day", told before: to come
                claim = attrs.evolve(claim, kind=ClaimKind.SCHEDULED, tense=Tense.FUTURE)
            current[index] = claim
        if index in simultaneous:
            place, date, _ = _related(claims, claim)
            claim = attrs.evolve(claim, place=claim.place if claim.place.known else place,
                                 date=claim.date or date)  # fmt: skip
        if offset is not None or index in co_located:
            # Meetings related by "on the eve of" or "ahead of" meet in one place, and in one
            # month as far as the text says.  A meeting that another, held one was "ahead of"
            # is not thereby to come: no claim; one it was held on the eve of was held too
            # ("the ministers last met in Ashgabat last October, on the eve of the summit").
            if index in co_located and _related_held_long_ago(claims, claim, time):
                days = next((o for c, o in found if o is not None and c.body != claim.body
                             and c.sentence == claim.sentence), None)  # fmt: skip
                if days is None or claim.kind is not ClaimKind.SCHEDULED:
                    continue
                claim = attrs.evolve(claim, kind=ClaimKind.HELD, tense=Tense.PAST)
                _, held, _ = _related(claims, claim)
                if claim.date is None and isinstance(held, PartialDate) and held.day is not None:
                    claim = attrs.evolve(claim, date=shift_days(held, -days), explicit=True)
            place, date, related = _related(claims, claim)
            if related is None and offset is not None:
                related = _anchor_body(_reading_of(readings, claim.sentence), text, topic)
            claim = attrs.evolve(claim, related=related, offset_days=offset)
            if not claim.place.known and place.known:
                claim = attrs.evolve(claim, place=place, borrowed=True)
            if claim.date is None and isinstance(date, PartialDate) and date.month is not None:
                claim = attrs.evolve(claim, date=PartialDate(date.year, date.month),
                                     borrowed=True)  # fmt: skip
        resolved.append(claim)
    return tuple(_placed_by_related(resolved))


def _placed_by_related(claims: list[MeetingClaim]) -> list[MeetingClaim]:
    """A meeting another is related to ("on the eve of") is where that one is, if unplaced.

    "Our next meeting will take place in Ashgabat, on the eve of the Council of Heads of State,
    which is scheduled for 11 October": the council meets in Ashgabat too.
    """
    placed = {(c.sentence, c.related): c.place for c in claims
              if c.related is not None and c.offset_days is not None and c.place.city}  # fmt: skip
    if not placed:
        return claims
    return [
        attrs.evolve(c, place=placed[(c.sentence, c.body)], borrowed=True)
        if not c.place.known and (c.sentence, c.body) in placed else c
        for c in claims
    ]




_PAIR_GAP_WORDS = 5


_GAP_CONJUNCTION = re.compile(r"\s(?:and|а)\s+(?:the\s+)?$")
"""Right before a meeting whose verb is left out, with no comma: "... and the presidents"."""
_GAP_FRONTED = re.compile(r"\s*,\s*(?:а|и|and|but)\s+(?:[\w'’-]+\s+){1,4}[—–]\s*")
"""Between a clause and a meeting whose verb is left out, its time first: ", а 10 октября — "."""
_GAP_AFTER = re.compile(r"\s*[—–]\s*|\s+(?=(?:on|in|at|в|во|на)\s)")


def _gapped(mention: Mention, reading: SentenceReading, text: str) -> tuple[int, int] | None:
    """Where the words of a meeting whose verb is left out start and end, if it is one.

    "Заседание СМИД пройдет 7 октября, а саммит — 8 октября", "the ministers will meet on
    October 7, and the heads of state on October 8": after a comma and a conjunction, a meeting
    with no verb of its own, then a dash or a time or place, takes the verb before it.  The
    time may come first, then a dash: "9 октября собрались министры, а 10 октября — главы
    государств".
    """
    sentence = reading.sentence
    comma = text.rfind(",", sentence.start, mention.start)
    conjunction = _GAP_CONJUNCTION.search(text, sentence.start, mention.start)
    if comma < 0 and conjunction is not None:
        comma = conjunction.start()  # "met on Thursday and the presidents on Friday"
    if comma < 0 or not any(p.end <= comma for p in reading.predicates):
        return None
    fronted = _GAP_FRONTED.fullmatch(text, comma, mention.start)
    if fronted is not None and not any(
        p.start > comma for p in reading.predicates
    ) and any(comma < t.start < mention.start for t in reading.timexes):  # fmt: skip
        return comma, clause_bounds(text, sentence.start, sentence.end, mention.end)[1]
    lead = lexicon().gap_lead.match(text, comma, mention.start)
    if lead is None or lead.end() != mention.start:
        return None
    after = _GAP_AFTER.match(text, mention.end, sentence.end)
    if after is None:
        return None
    end = clause_bounds(text, sentence.start, sentence.end, after.end())[1]
    starts = [t.start for t in reading.timexes] + [p.start for p in reading.places]
    if any(mention.end <= p.start < end for p in reading.predicates) or not any(
        mention.end <= start < end for start in starts
    ):  # fmt: skip
        return None
    return mention.start, end


_TAIL_OPENING = re.compile(r"\s*,\s*(?:а|и|but|and)\s")
"""A clause cut off after a comma and a conjunction ("..., а в 2022 году – в Ташкенте")."""


def _verbless_tail(text: str, reading: SentenceReading, clause: tuple[int, int]) -> int:
    """Where a clause's adjuncts may end: past a clause after it with no verb and no meeting.

    "в 2019 году СМИД ШОС собирался в Бишкеке, а в 2022 году – в Ташкенте": the words after
    "а" are the verb's, left out, with their own time and place.
    """
    sentence = reading.sentence
    opening = _TAIL_OPENING.match(text, clause[1]) if clause[1] < sentence.end else None
    if opening is None:
        return clause[1]
    following = clause_bounds(text, sentence.start, sentence.end, opening.end())
    end = following[1]
    # (the clause may itself be cut at a dash: "а в 2022 году – в Ташкенте")
    while end < sentence.end and text[end : end + 3].strip() in ("–", "—", "-"):
        end = clause_bounds(text, sentence.start, sentence.end, end + 3)[1]
    if any(following[0] <= p.start < end for p in reading.predicates) or any(
        following[0] <= m.start < end for m in reading.mentions
    ):  # fmt: skip
        return clause[1]
    return end


def _adjunct_pairs(
    text: str, reading: SentenceReading, start: int, end: int, *, dates_alone: bool = False,
    led: bool = False,
) -> list[tuple[int, int]]:
    """The spans of coordinated place-and-date pairs after a verb, when there are several.

    "The council met in Ashgabat in May 2023 and in Moscow in December 2023": two meetings, one
    per pair.  Each pair must have one place and one date, and the pairs must be joined by a
    conjunction; otherwise there is none.  With ``dates_alone``, a list of dates alone is one
    meeting per date too: "hosted the summit in 2007, in 2011 and in September 2018", "met in
    2007 and again in 2011" (the place, if any, is told outside the list and shared).  With
    ``led`` (a date leads the verb's clause), the first pair may be a place alone: "In 2019 the
    ministers met in Bishkek, and in 2022 in Tashkent".
    """
    items: list[tuple[int, int, str]] = sorted(
        [(p.start, p.end, "place") for p in reading.places
         if p.role is PlaceRole.AT and start <= p.start < end]
        + [(t.start, t.end, "date") for t in reading.timexes
           if t.event_offset_days is None and start <= t.start < end]
    )  # fmt: skip
    groups: list[list[tuple[int, int, str]]] = []
    joins: list[str] = []
    for item in items:
        if groups:
            gap = text[groups[-1][-1][1] : item[0]]
            # a conjunction, maybe with a preposition after it: " and in ", ", as well as in ";
            # in a list, a comma: ", in 2011 and in 2018"
            bare = _GAP_PREPOSITION.sub(" ", gap.rstrip() + " ")
            bare = lexicon().sequence_after.sub(" ", bare)  # "and before that in"
            if len(gap.split()) <= _PAIR_GAP_WORDS and (
                lexicon().conjunct_before.search(gap.rstrip() + " ")
                or lexicon().conjunct_before.search(bare)
            ):  # fmt: skip
                joins.append("and")
            elif _LIST_COMMA.fullmatch(gap):
                joins.append(",")
            else:
                if len(gap.split()) > 2:
                    return []  # another word between: not a list of pairs
                groups[-1].append(item)
                continue
        groups.append([item])
    kinds = [sorted(kind for *_, kind in g) for g in groups]
    if len(groups) < 2 or not joins or joins[-1] != "and":
        return []
    if all(k == ["date", "place"] for k in kinds[1:]) and (
        kinds[0] == ["date", "place"] or (led and kinds[0] == ["place"])
    ):  # fmt: skip
        return [(g[0][0], g[-1][1]) for g in groups]
    if dates_alone and all(k == ["date"] for k in kinds[1:]) and (
        kinds[0] == ["date"] or [kind for *_, kind in groups[0]] == ["place", "date"]
    ):  # fmt: skip
        # "met in Dushanbe in 2007 and 2011": a place before the first date is all the dates'
        return [(g[-1][0], g[-1][1]) for g in groups]
    return []


_GAP_PREPOSITION = re.compile(r"\s(?:in|on|at|в|во|на)(?:\s+the)?\s+$", re.IGNORECASE)
"""A preposition ending the words between two listed adjuncts: " and again in ", " and in the
" (autumn)."""
_LIST_COMMA = re.compile(r"\s*,\s*(?:(?:in|on|at|в|во|на)\s+)?")
"""Between two adjuncts of a list before its last: ", in " of "in 2007, in 2011 and in 2018"."""


def _after_conjunct(mention: Mention, reading: SentenceReading, text: str, low: int) -> int:
    """Where a meeting's own words may start: after a conjunction joining it to one before.

    "the CIS summit on October 15 and a meeting of the ministers a day earlier": October 15 is
    the summit's.
    """
    before = [m.end for m in reading.mentions if low <= m.end <= mention.start]
    if not before:
        return low
    joins = list(lexicon().conjunct.finditer(text, before[-1], mention.start))
    return joins[-1].end() if joins else low


_YEAR_BEFORE = re.compile(r"(?<![\w.,/-])((?:19|20)\d\d)(?:['’]s)?[ \t]+$")


def _year_named(
    made: tuple[MeetingClaim, int | None], mention: Mention | None, text: str
) -> tuple[MeetingClaim, int | None]:
    """The claim dated by a year modifying its meeting ("the 2023 CIS summit"), if it has none."""
    claim, offset = made
    if mention is None or claim.explicit:
        return made
    year = _YEAR_BEFORE.search(text, max(0, mention.start - 8), mention.start)
    if year is None or int(year.group(1)) < FIRST_YEAR:
        return made
    return attrs.evolve(claim, date=PartialDate(int(year.group(1))), explicit=True), offset


def _meeting_object(
    predicate: Predicate, reading: SentenceReading, text: str, clause: tuple[int, int]
) -> Mention | None:
    """The meeting an act's object is about ("approved the agenda of the summit"), if any.

    Its date and place are that meeting's, not those of the meeting where the act was done.
    """
    if not predicate.lemma.startswith("act:"):
        return None
    return next((
        m for m in reading.mentions
        if predicate.end <= m.start < clause[1] and m.kind is not MentionKind.PARTICIPANTS
        and (lexicon().about_before.search(text, max(predicate.end, m.start - _ABOUT_REACH),
                                           m.start)
             or _object_of(text, predicate, m))
    ), None)  # fmt: skip


_OBJECT_WORDS = re.compile(r"[\w'’-]+")
_OBJECT_REACH = 3
"""Words that may stand between an act and the meeting it is about ("discussed the upcoming
CIS summit", "согласовали повестку октябрьского саммита")."""


def _object_of(text: str, predicate: Predicate, mention: Mention) -> bool:
    """Whether a meeting is an act's object, or in Russian the genitive of its object.

    "The presidents discussed the upcoming summit", "согласовали повестку саммита": what the
    act is about, a few words after it and framed by nothing ("signed at the summit" is where
    it was done).
    """
    if len(_OBJECT_WORDS.findall(text, predicate.end, mention.start)) > _OBJECT_REACH or (
        _framed_by("any", text, mention)
    ):  # fmt: skip
        return False
    if _RU_HAS.search(text, mention.start, mention.end):
        head = _OBJECT_WORDS.match(text, mention.start)
        return head is not None and morph_tags(head.group(0).lower())[1] == "gent"
    return all(word.lower() not in lexicon().prepositions
               for word in _OBJECT_WORDS.findall(text, predicate.end, mention.start))


_ABOUT_REACH = 40


def _gapping_verb(reading: SentenceReading, mention: Mention) -> Predicate | None:
    """The last verb of holding before a mention, whose claim was another body's."""
    verbs = [p for p in reading.predicates if p.end <= mention.start
             and p.kind in (ClaimKind.HELD, ClaimKind.SCHEDULED)
             and p.lemma.split(":", 1)[0] in ("event", "host")]  # fmt: skip
    return verbs[-1] if verbs else None


def _past_verb_in(text: str, low: int, high: int) -> bool:
    """Whether a Russian verb in the past tense stands between ``low`` and ``high``."""
    return any(
        any("VERB" in reading and "past" in reading for reading in russian_readings(word))
        for word in _RU_WORDS.findall(text, low, high)
    )


_RU_WORDS = re.compile(r"[а-яё]+", re.IGNORECASE)


def _anchored_to_story(timex: Timex) -> bool:
    """Whether a date counts from the story's own day.

    "On Friday", "yesterday", "last week", "last June" (the one before the story's month).
    """
    return timex.unit is not None or (timex.weekday is not None and timex.month is None) or (
        timex.direction != 0 and timex.year is None
    )


def _dated(mention: Mention, reading: SentenceReading) -> bool:
    """Whether a date stands right by the mention ("the summit on Friday", "the 8 May summit")."""
    placed = _placed_end(mention, reading)
    return any(
        t.event_offset_days is None
        and (0 <= t.start - mention.end <= _DATE_AFTER or 0 <= mention.start - t.end <= 4
             or mention.end < t.start < placed or _date_and_place_before(t, mention, reading))
        for t in reading.timexes
    )


def _date_and_place_before(timex: Timex, mention: Mention, reading: SentenceReading) -> bool:
    """Whether a date, then one place, stand right before the mention, a few marks apart.

    "11 октября в Душанбе — заседание СМИД СНГ": a timetable's line, the meeting at that date.
    """
    places = [p for p in reading.places if timex.end <= p.start and p.end <= mention.start]
    return len(places) == 1 and places[0].role is PlaceRole.AT and (
        places[0].start - timex.end <= _HEADING_TO_PLACE
        and mention.start - places[0].end <= _HEADING_TO_MEETING
    )  # fmt: skip


_HEADING_TO_PLACE = 5
"""Between a date and the place after it: ", ", " в ", " in "."""
_HEADING_TO_MEETING = 6
"""Between that place and the meeting: " — ", ": a ", " - the "."""


_NEXT_GAP = 5


def _placed_end(mention: Mention, reading: SentenceReading) -> int:
    """Where the date after the place right after a meeting noun ends, else the noun's end.

    "The summit in Saint Petersburg on 26 December": the place stands between the noun and
    its date, which is still the noun's own.
    """
    place = next((p for p in reading.places if p.role is PlaceRole.AT
                  and 0 <= p.start - mention.end <= _NEXT_GAP), None)  # fmt: skip
    if place is None:
        return mention.end
    timex = next((t for t in reading.timexes if 0 <= t.start - place.end <= _NEXT_GAP), None)
    return mention.end if timex is None else timex.end


def _copula_future(
    text: str, clause: tuple[int, int], reading: SentenceReading, mention: Mention
) -> ClaimKind | None:
    """The claim of a future copula with no claim of its own about a dated or placed meeting.

    "The next big event will be the session of the council on 3 June in Minsk": "will be"
    makes no claim, but the session it names, with its day, is one to come.  Negated ("встречи
    в Санкт-Петербурге в конце декабря не будет"), the meeting is called off.
    """
    if mention.kind is MentionKind.PARTICIPANTS or any(
        p.kind is not None and clause[0] <= p.start < clause[1] for p in reading.predicates
    ):
        return None
    copula = lexicon().copula_future.search(text, clause[0], clause[1])
    if copula is None:
        return None
    near = range(mention.start - _NOMINAL_BEFORE, mention.end + _NOMINAL_AFTER)
    if not (any(t.start in near and t.event_offset_days is None for t in reading.timexes) or any(
        p.start in near and p.role is PlaceRole.AT for p in reading.places
    )):  # fmt: skip
        return None
    negated = _NEGATION_BEFORE.search(text, max(clause[0], copula.start() - 6), copula.start())
    return ClaimKind.CANCELLED if negated else ClaimKind.SCHEDULED


_NEGATION_BEFORE = re.compile(r"(?i)(?<!\w)(?:не|not)\s+$")


_FOLLOWING_REACH = 24
"""How far before a meeting noun "next" may stand ("the next regular ministerial meeting")."""
_AGAIN_REACH = 12
"""How far from a claim's words "again" may stand ("agreed to meet again", "вновь соберутся")."""


def _told(
    made: tuple[MeetingClaim, int | None], mention: Mention | None,
    found: Sequence[tuple[MeetingClaim, int | None]], text: str, clause: int,
) -> tuple[MeetingClaim, int | None]:  # fmt: skip
    """A claim of "that meeting" is of the meeting last told of that body: its date and place.

    "The ministers last met in Yerevan in 2022.  At that meeting (back then), they adopted
    ...": the adoption was in Yerevan in 2022, not news of the day.  A claim whose clause opens
    with "earlier" or "ранее" is marked as told before the news (see ``MeetingClaim.earlier``).
    """
    claim, offset = made
    lex = lexicon()
    if lex.earlier.match(text, clause):
        claim = attrs.evolve(claim, earlier=True)
        made = (claim, offset)
    if (mention is not None and lex.following_modifier.search(
        text, _in_sentence(text, mention.start - _FOLLOWING_REACH, mention.start), mention.start
    )) or (claim.kind is ClaimKind.SCHEDULED and lex.again.search(
        text, _in_sentence(text, claim.start - _AGAIN_REACH, claim.start),
        _to_sentence_end(text, claim.end, claim.end + _AGAIN_REACH),
    )):  # fmt: skip
        # "the next meeting", "agreed to meet again": another meeting than the one told
        claim = attrs.evolve(claim, following=True)
        made = (claim, offset)
    if mention is not None and lex.preceding_modifier.search(
        text, _in_sentence(text, mention.start - _FOLLOWING_REACH, mention.start), mention.start
    ):  # fmt: skip
        claim = attrs.evolve(claim, preceding=True)
        made = (claim, offset)
    demonstrative = mention is not None and _bare(mention) and lex.demonstrative.search(
        text, max(0, mention.start - 20), mention.start
    )
    if claim.date is None and lex.then_after.search(text, claim.start, claim.end):
        # "... a meeting of the Eurasian Intergovernmental Council chaired by Belarus then":
        # at the time last told, of whichever meeting
        dated = [c for c, _ in found if c.sentence < claim.sentence and c.date is not None]
        if dated:
            claim = attrs.evolve(claim, date=dated[-1].date, explicit=True)
            made = (claim, offset)
    continued = _continued(claim, mention, found)
    if not demonstrative and not lex.then.match(text, clause) and continued is None:
        return made
    told = [c for c, _ in found if c.body == claim.body and c.sentence < claim.sentence
            and c.kind is claim.kind]  # fmt: skip
    if continued is not None:
        told = [continued]
    if not told:
        return made
    last = told[-1]
    return attrs.evolve(claim, place=claim.place if claim.place.known else last.place,
                        date=claim.date or last.date, explicit=claim.explicit or last.explicit,
                        retrospective=last.retrospective), offset  # fmt: skip


def _continued(
    claim: MeetingClaim, mention: Mention | None, found: Sequence[tuple[MeetingClaim, int | None]]
) -> MeetingClaim | None:
    """The dated meeting the sentence right before told held, which an undated one goes on.

    "The heads of government met in Almaty in early February. The premiers approved ...": what
    they approved, they approved there and then, not on the story's day.  Only a past claim
    with no date and no place, by people or no noun, of the same body.
    """
    if (
        claim.kind is not ClaimKind.HELD or claim.tense is not Tense.PAST or claim.headline
        or claim.date is not None or claim.place.known
        or (mention is not None and mention.kind is not MentionKind.PARTICIPANTS)
    ):  # fmt: skip
        return None
    before = []
    for told, _ in reversed(found):  # (found sentence by sentence: the last ones at the end)
        if told.sentence < claim.sentence - 1:
            break
        if told.sentence == claim.sentence - 1:
            before.append(told)
    if len({c.body for c in before}) != 1:
        return None
    last = before[0]
    if last.body != claim.body or last.kind is not ClaimKind.HELD or not last.explicit:
        return None
    return last


_RECENT = _dt.timedelta(days=7)


def _related_held_long_ago(
    claims: Sequence[MeetingClaim], claim: MeetingClaim, time: DocumentTime
) -> bool:
    """Whether the other meeting of the claim's sentence was held well before the story's day.

    "On 3 March 2019, on the eve of the summit, the ministers gathered", told in 2024: the
    meeting it was held ahead of is not thereby to come.
    """
    if time.published is None:
        return False
    for other in claims:
        if other.sentence != claim.sentence or other.body == claim.body:
            continue
        latest = other.date.latest() if other.date is not None else None
        if other.kind is ClaimKind.HELD and latest is not None and (
            latest < time.published - _RECENT
        ):
            return True
    return False


def _related(
    claims: Sequence[MeetingClaim], claim: MeetingClaim
) -> tuple[Place, Date | None, Body | None]:
    """The place, date and body of another body's meeting claimed in the same sentence."""
    for other in claims:
        if other.sentence == claim.sentence and other.body != claim.body:
            return other.place, other.date, other.body
    return Place(), None, None


def _reading_of(readings: Sequence[SentenceReading], index: int) -> SentenceReading:
    return next(r for r in readings if r.sentence.index == index)


def _anchor_body(reading: SentenceReading, text: str, topic: Topic) -> Body | None:
    """The body of the meeting a relative date of the sentence points at, if any.

    "On the eve of the summit": the summit's body.
    """
    relative = [t for t in reading.timexes if t.event_offset_days is not None]
    for mention in reading.mentions:
        if _anchored(text, mention, relative):
            return _resolve(mention, topic, distinct=True)
    return None


_HINT_AFTER = 30


def place_hints(
    doc: Document, readings: Sequence[SentenceReading], topic: Topic
) -> dict[Body, frozenset[Place]]:
    """Where the article places each body's meeting in a noun phrase, claim or not.

    "CIS summit in Dushanbe: presidents sign ..." places the summit even where no verb makes a
    claim of it: a place right after a mention ("the summit in Dushanbe") or naming it ("the
    Dushanbe summit").  A meeting noun told as one to come or one before ("the next session in
    Almaty") places that one, not the body's meeting of the story.
    """
    text = doc.text
    hints: dict[Body, set[Place]] = {}
    for reading in readings:
        for mention in reading.mentions:
            body = _resolve(mention, topic)
            if body is None:
                continue
            ru = bool(_RU_HAS.search(text, mention.start, mention.end))
            if mention.kind is MentionKind.EVENT and _nominal_kind(text, mention, ru) is not None:
                continue  # "the next session in Almaty", "the previous one in Osh": another's
            for place in reading.places:
                after = 0 <= place.start - mention.end <= _HINT_AFTER and _HINT_JOIN.fullmatch(
                    text, mention.end, place.start
                )
                inside = mention.start <= place.start and place.end <= mention.end
                before = 0 <= mention.start - place.end <= 2
                if place.role is PlaceRole.AT and (after or inside or before):
                    hints.setdefault(body, set()).add(place.place)
    return {body: frozenset(places) for body, places in hints.items()}


_HINT_JOIN = re.compile(r"(?i)\s*(?:in|at|в|во|на)\s+(?:the\s+)?")
