"""The frozen records that the extraction stages pass to each other.

Extraction is a pipeline of pure stages; each reads the article's :class:`Document` and the
records of earlier stages and returns new records, never mutating anything:

1. :mod:`.text` splits the text into sentences (:class:`Sentence`) and detects the language;
2. :mod:`.masthead` reads document time (:class:`DocumentTime`: publication date, dateline,
   reference year);
3. :mod:`.timex` finds temporal expressions (:class:`Timex`) and resolves them against
   document time by the tense of their clause;
4. :mod:`.places` finds places (:class:`PlaceMention`) with the gazetteer;
5. :mod:`.mentions` finds mentions of bodies and meetings (:class:`Mention`);
6. :mod:`.claims` types predicates by lemma, tense, modality and negation (:class:`Predicate`);
7. :mod:`.meetings` clusters mentions into meetings and attaches claims, dates and places;
8. :mod:`.decisions` finds what meetings adopted (:class:`DecisionCandidate`);
9. :mod:`.assemble` turns the result into events.
"""

from __future__ import annotations

import datetime as _dt
import enum

import attrs

from ..values import Body, PartialDate, Place

__all__ = [
    "ClaimKind",
    "Dateline",
    "DecisionCandidate",
    "Document",
    "DocumentTime",
    "Mention",
    "MentionKind",
    "PlaceMention",
    "PlaceRole",
    "Predicate",
    "Sentence",
    "Tense",
]


class Tense(enum.Enum):
    """The time of a clause relative to document time."""

    PAST = "past"
    PRESENT = "present"
    FUTURE = "future"
    UNKNOWN = "unknown"


class ClaimKind(enum.Enum):
    """What a predicate says happened to a meeting."""

    HELD = "held"
    SCHEDULED = "scheduled"
    POSTPONED = "postponed"
    CANCELLED = "cancelled"


@attrs.frozen
class Sentence:
    """A sentence of the article: offsets into the text (end excluded) and its position."""

    index: int
    start: int
    end: int
    paragraph: int = 0


@attrs.frozen
class Document:
    """The article text as the stages see it: the text, its sentences and its language."""

    text: str
    sentences: tuple[Sentence, ...]
    language: str
    """ISO 639-1 code; only ``en`` and ``ru`` are read for claims."""

    def sentence_text(self, sentence: Sentence) -> str:
        """The characters of one sentence."""
        return self.text[sentence.start : sentence.end]


@attrs.frozen
class Dateline:
    """A dateline ("MINSK, October 25 (Xinhua) --"): where, and maybe when, the story was filed."""

    start: int
    end: int
    place: Place | None
    date: PartialDate | None = None
    """The dateline's date, its year unknown (``XXXX-10-25``) when the dateline gives none."""


@attrs.frozen
class DocumentTime:
    """What the article says about its own time.

    ``published`` is the publication date shown by the text (a stamp or a dated dateline), or
    the one a caller supplied; ``evidence`` is the span that shows it (``(0, 0)`` when none).
    ``reference_year`` is the year to read year-less dates against when there is no
    publication date: the last explicit year the text names before the point of use is
    resolved by :mod:`.timex`; this field holds the document-level fallback.
    """

    published: _dt.date | None = None
    evidence: tuple[int, int] = (0, 0)
    reference_year: int | None = None
    dateline: Dateline | None = None
    title: tuple[int, int] | None = None
    story_end: int | None = None
    """Where the story ends: the start of a "Related news" block of site chrome, if any."""
    links: tuple[tuple[int, int], ...] = ()
    """Lines that link to another story within this one ("Read also: Almaty airport expects
    record passenger flow"): site chrome, whose words are no claims of the story."""
    anchors: tuple[tuple[int, int], ...] = ()
    """(offset, year) of each dated expression that names a month and a year, in text order:
    what a year-less date later in the text is read against when there is no publication date."""
    years: tuple[tuple[int, int], ...] = ()
    """(offset, year) of every explicit year of the story's prose, in text order: what "that
    year" points back to ("The next steps came in 1994. In April of that year ...")."""
    lead: PartialDate | None = None
    """The day the lead (headline and first sentence) reports, when it names one day of the
    week before publication ("on Tuesday", "сегодня"): the news of the day's day."""


class MentionKind(enum.Enum):
    """How a mention names its meeting or body."""

    NAME = "name"
    """The body by name or description ("the CIS Council of Foreign Ministers", "СМИД СНГ")."""
    PARTICIPANTS = "participants"
    """The people who meet ("CIS foreign ministers", "the Commonwealth's premiers")."""
    EVENT = "event"
    """A meeting noun with no body of its own ("the meeting", "the summit", "the session")."""
    ANAPHOR = "anaphor"
    """A pronoun or bare head standing for a meeting or body ("it", "the Council")."""


@attrs.frozen
class Mention:
    """A mention of a meeting or of a body that meets, in one sentence.

    ``body`` is the body the words name, or ``None`` when they name none (event nouns and
    anaphora, resolved later by salience); ``other`` marks a named body outside the vocabulary
    (a GUAM or BRICS meeting), which must never be taken for one of ours.
    """

    start: int
    end: int
    sentence: int
    kind: MentionKind
    body: Body | None = None
    other: bool = False
    plural: bool = False
    head: str = ""
    """The lower-case head word ("meeting", "summit", "council", "ministers", ...)."""
    family: str | None = None
    """The kind of council the words name (``cfm``, ``chs``, ``chg``), if any."""
    organisation: str | None = None
    """The organisation the words name (``cis``, ``sco``, ...), if any."""
    complement: str | None = None
    """What a bare meeting noun is of, in lower case ("seven sectoral bodies", "высшего
    совета"), when the words after it say so: another body's meeting, unless it names the
    article's own body in short."""


class PlaceRole(enum.Enum):
    """How a place is used in its sentence."""

    AT = "at"
    """Location of something: "in Minsk", "в Минске", "Minsk hosted", "the Minsk meeting"."""
    OTHER = "other"
    """Not a location: "the Moscow office", "Minsk's position", "chairmanship of Uzbekistan"."""


@attrs.frozen
class PlaceMention:
    """A place named in the text: a city (with its country), a country, or "online"."""

    start: int
    end: int
    place: Place
    role: PlaceRole = PlaceRole.AT
    adjective: bool = False
    """Named by an adjective ("Russian", "Tajik capital"), not by its name."""


@attrs.frozen
class Predicate:
    """A word or phrase that makes a claim about a meeting, typed by its grammar.

    ``kind`` comes from the lemma and the clause's tense, modality and negation (a negated
    future is a cancellation; a negated past or an unreal past, "was to have met", is ``None``:
    no claim).  ``nominal`` marks a claim made by a noun phrase with no verb ("the upcoming
    summit", "the 8 October summit").
    """

    start: int
    end: int
    sentence: int
    lemma: str
    tense: Tense
    kind: ClaimKind | None
    negated: bool = False
    nominal: bool = False
    passive: bool = False
    """A passive or participle form ("was hosted by", "chaired by", "проведено"): its meeting
    stands before it, not after."""
    reduced: bool = False
    """A participle with no auxiliary, modifying a noun ("the summit scheduled for May",
    "намеченное на 3 апреля"): it does not stand between a verb and its subject."""
    superseded: bool = False
    """A plan told as one that was ("ранее планировалось провести в Ташкенте", "должен был
    пройти"): it schedules nothing, but says where and when a meeting put off was to be."""
    experiential: bool = False
    """A past told as what has been, not as news ("Душанбе уже принимал саммит"): with no
    date of its own, its meeting takes no news-of-the-day date."""
    purpose: bool = False
    """An infinitive of purpose after a verb of coming, with a date after it ("arrived on
    Sunday to attend the meeting on Monday"): the dates before it are the coming's; after a
    past, its meeting is near the story, before or after it."""


@attrs.frozen
class DecisionCandidate:
    """A decision the text says a meeting adopted: its span and a summary in the text's words."""

    start: int
    end: int
    sentence: int
    summary: str
    actor: Body | None = None
    """The body whose people or council its sentence names as acting before it ("The
    presidents approved ..."), when the meeting stage can tell."""
    foreign: bool = False
    """The people acting are of a council outside the vocabulary ("the CSTO leaders met in
    Moscow, where the presidents adopted a statement"): no meeting of ours adopted it."""
