"""Decisions: what a meeting adopted, approved, signed or decided, read by a small clause grammar.

A sentence is read as words (with offsets).  An *adoption verb* (``lexicon/decisions.toml``:
English forms, Russian lemmas found with pymorphy3) is read in its clause:

- **active** ("the ministers have also unanimously approved X", "министры подписали X"): the
  object follows the verb; "agreed to found X", "decided to create X" and "instructed the
  ministers to draft X" keep the infinitive phrase as the object;
- **passive** ("X were formally adopted", "X was signed by the heads of state", "были приняты
  X", "подписан протокол"): the object is the subject before the auxiliary, or, for a dummy
  subject ("It was decided to ...") or a Russian short participle with nothing before it,
  what follows;
- **inverted** ("Adopted were X", "Among the documents signed were X"): what follows "were";
- **nominal** ("resulted in the signing of X", "состоялось подписание X"): only when the
  sentence says the act was done.

A verb is dropped when its clause negates it ("did not sign", "не подписали"), makes it modal,
future or a proposal ("will sign", "are expected to adopt", "proposed", "to be considered"),
or places it earlier ("adopted in 2005", "previously approved", "ранее утвержденная").

The object runs to the end of its clause and is split into items: at a list marker after a
head ("12 documents, including A, B and C"), at a colon (the list then continuing on bullet
lines or "firstly/secondly" sentences), and at coordination before a new document noun
("a protocol on X and an agreement on Y").  Items without content ("a number of documents"),
procedure ("took part", "the agenda") and the scheduling of the next meeting are dropped.

Every scan is a left-to-right pass over words or a regex without nested repetition: the work
is linear in the length of the sentence.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Iterable, Sequence
from importlib import resources
from typing import Any, Literal, NamedTuple

import attrs

from .model import DecisionCandidate, Document, Sentence
from .places import place_named
from .text import russian_morphology
from .timex import count_of, is_calendar_name

__all__ = ["find_decisions"]

_Form = Literal["past", "short", "nominal", "other"]


class _Word(NamedTuple):
    """A word or punctuation mark of a sentence: offsets into the text, and its lower case."""

    start: int
    end: int
    low: str
    cased: str


_WORD = re.compile(r"\w+(?:[-'’.]\w+)*(?:n't|'ve|’ve)?|[^\w\s]")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_BULLET_MARKS = "-–—•*▪►·"
_BULLET = re.compile(rf"\s*(?:[{re.escape(_BULLET_MARKS)}]|\d{{1,2}}[.)]|[a-zа-я][)])\s+")
_SUMMARY_WORDS = 24


# --- the lexicon ------------------------------------------------------------------------------


@attrs.frozen
class _Lexicon:
    """The vocabulary of ``lexicon/decisions.toml``, as sets for membership tests."""

    en_verbs: dict[str, str]
    en_particles: dict[str, frozenset[str]]
    en_phrasal: dict[str, frozenset[str]]
    """Particles that make a verb of adoption another verb ("passed on")."""
    en_phrases: dict[str, tuple[tuple[tuple[str, ...], str], ...]]
    en_needs_joint: frozenset[str]
    en_continuations: tuple[tuple[str, ...], ...]
    en_infinitives: frozenset[str]
    en_nominals: dict[str, str]
    en_gerunds: dict[str, str]
    en_done: tuple[str, ...]
    en_passive: frozenset[str]
    en_perfect: frozenset[str]
    en_adverbs: frozenset[str]
    en_negation: frozenset[str]
    en_modal: frozenset[str]
    en_after_not_done: frozenset[str]
    en_earlier: frozenset[str]
    en_aside: tuple[str, ...]
    en_institutions: frozenset[str]
    en_partners: frozenset[str]
    en_reduced: frozenset[str]
    en_inverted: frozenset[str]
    en_determiners: frozenset[str]
    en_dummy: frozenset[str]
    en_comma_stops: frozenset[str]
    en_word_stops: frozenset[str]
    en_other_predicates: frozenset[str]
    en_list_markers: tuple[tuple[str, ...], ...]
    en_ordinals: frozenset[str]
    en_openers: frozenset[str]
    en_needs_infinitive: frozenset[str]
    en_needs_document: frozenset[str]
    en_two_objects: frozenset[str]
    en_founded_heads: frozenset[str]
    en_founding: frozenset[str]
    en_document_objects: frozenset[str]
    en_include_links: frozenset[str]
    ru_include_links: frozenset[str]
    ru_unadopted: frozenset[str]
    """Lemmas in the subject of "Документы включают X" that make them not adopted ("проект")."""
    en_collections: frozenset[str]
    """Singular nouns for several documents ("package"): a list's subject, as "documents" is."""
    en_unadopted: frozenset[str]
    """Words in the subject of "The documents include X" that make them not adopted ("draft")."""
    en_among_openers: tuple[tuple[str, ...], ...]
    outcome_nouns: frozenset[str]
    en_outcome_copulas: frozenset[str]
    ru_outcome_copulas: frozenset[str]
    en_among_links: frozenset[str]
    en_list_openers: tuple[tuple[str, ...], ...]
    reporting: frozenset[str]
    next_words: tuple[str, ...]
    meeting_words: tuple[str, ...]
    meeting_relations: frozenset[str]
    """Prepositions that tie a procedural noun to a meeting ("the invitation to the summit")."""
    meeting_procedure: frozenset[str]
    """Nouns that are procedure when they are a meeting's ("the programme of the summit")."""
    ru_verbs: frozenset[str]
    ru_stems: tuple[str, ...]
    ru_infinitive_verbs: frozenset[str]
    ru_weak_verbs: frozenset[str]
    ru_nominals: frozenset[str]
    ru_done: frozenset[str]
    ru_passive: frozenset[str]
    ru_future: frozenset[str]
    ru_negation: frozenset[str]
    ru_modal: frozenset[str]
    ru_earlier: frozenset[str]
    ru_aside: tuple[str, ...]
    ru_partners: frozenset[str]
    ru_prepositions: frozenset[str]
    ru_comma_stops: frozenset[str]
    ru_word_stops: frozenset[str]
    ru_list_markers: tuple[tuple[str, ...], ...]
    ru_ordinals: tuple[str, ...]
    ru_list_openers: tuple[tuple[str, ...], ...]
    ru_among_openers: tuple[tuple[str, ...], ...]
    ru_among_links: frozenset[str]
    ru_after_not_done: tuple[tuple[str, ...], ...]
    ru_receive: frozenset[str]
    adjunct_prepositions: frozenset[str]
    holding: frozenset[str]
    en_ending: tuple[str, ...]
    contentless: frozenset[str]
    ru_deferrals: frozenset[str]
    pronouns: frozenset[str]
    anniversary: tuple[str, ...]
    bilateral_talks: re.Pattern[str]
    talks_back: re.Pattern[str]
    nouns_en: frozenset[str]
    nouns_ru: frozenset[str]
    vague_en: frozenset[str]
    rest: frozenset[str]
    """Words opening an item that stands for the rest of a list ("other decisions")."""
    vague_ru: frozenset[str]
    generic_documents: frozenset[str]
    """Document nouns that say nothing of content after a draft word ("draft documents")."""
    destinations: frozenset[str]
    """Words that only say where a draft goes ("to be submitted to the heads of state")."""
    sending: frozenset[str]
    """Prepositions that send generic documents somewhere ("документы к саммиту")."""
    scheduling_en: tuple[str, ...]
    scheduling_ru: tuple[str, ...]
    procedural_en: frozenset[str]
    procedural_ru: tuple[str, ...]
    trigger_words: re.Pattern[str]


def _phrases(words: Iterable[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(_WORD.findall(phrase)) for phrase in words)


def _idioms(table: dict[str, str]) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """Idioms by their first word: (words, lemma), the longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, lemma in table.items():
        words = tuple(w.low for w in _words(phrase, 0, len(phrase)))
        by_first.setdefault(words[0], []).append((words, lemma))
    return {k: tuple(sorted(v, key=lambda p: -len(p[0]))) for k, v in by_first.items()}


@functools.cache
def _lexicon() -> _Lexicon:
    """The lexicon, read once."""
    source = resources.files("cischronicle").joinpath("lexicon", "decisions.toml")
    data: dict[str, Any] = tomllib.loads(source.read_text(encoding="utf-8"))
    en, ru, nouns, vague, sched = (
        data["en"], data["ru"], data["nouns"], data["vague"], data["scheduling"]
    )  # fmt: skip
    en_verbs: dict[str, str] = dict(en["verbs"])
    stems = tuple(ru["stems"])
    cheap = sorted(
        {*en_verbs, *en["nominals"], *en["gerunds"], *stems, *ru["nominals"],
         *(phrase.split()[0] for phrase in en["phrases"]), *en["outcome_nouns"],
         *ru["outcome_nouns"], *en["include_links"], *ru["include_links"]},
        key=len,
        reverse=True,
    )
    return _Lexicon(
        en_verbs=en_verbs,
        en_particles={k: frozenset(v) for k, v in en["particles"].items()},
        en_phrasal={k: frozenset(v) for k, v in en["phrasal"].items()},
        en_phrases=_idioms(en["phrases"]),
        en_needs_joint=frozenset(en["needs_joint"]),
        en_continuations=_phrases(en["passive_continuations"]),
        en_infinitives=frozenset(en["decided_infinitives"]),
        en_nominals=dict(en["nominals"]),
        en_gerunds=dict(en["gerunds"]),
        en_done=tuple(en["done_cues"]),
        en_passive=frozenset(en["passive_aux"]),
        en_perfect=frozenset(en["perfect_aux"]),
        en_adverbs=frozenset(en["adverbs"]),
        en_negation=frozenset(en["negation"]),
        en_modal=frozenset(en["modal"]),
        en_after_not_done=frozenset(en["after_not_done"]),
        en_earlier=frozenset(en["earlier"]),
        en_aside=tuple(en["aside"]),
        en_institutions=frozenset(en["institutions"]),
        en_partners=frozenset(en["partners"]),
        en_reduced=frozenset(en["reduced"]),
        en_inverted=frozenset(en["inverted_openers"]),
        en_determiners=frozenset(en["determiners"]),
        en_dummy=frozenset(en["dummy_subjects"]),
        en_comma_stops=frozenset(en["comma_stops"]),
        en_word_stops=frozenset(en["word_stops"]),
        en_other_predicates=frozenset(en["other_predicates"]),
        en_list_markers=_phrases(en["list_markers"]),
        en_ordinals=frozenset(en["ordinals"]),
        en_openers=frozenset(en["adverbial_openers"]),
        en_needs_infinitive=frozenset(en["needs_infinitive"]),
        en_needs_document=frozenset(en["needs_document"]),
        en_two_objects=frozenset(en["two_objects"]),
        en_founded_heads=frozenset(en["founded_heads"]),
        en_founding=frozenset(en["founding_lemmas"]),
        en_document_objects=frozenset(en["document_objects"]),
        en_include_links=frozenset(en["include_links"]),
        en_unadopted=frozenset(en["unadopted"]),
        en_collections=frozenset(en["document_collections"]),
        ru_include_links=frozenset(ru["include_links"]),
        ru_unadopted=frozenset(ru["unadopted"]),
        en_among_openers=_phrases(en["among_openers"]),
        outcome_nouns=frozenset(en["outcome_nouns"] + ru["outcome_nouns"]),
        en_outcome_copulas=frozenset(en["outcome_copulas"]),
        ru_outcome_copulas=frozenset(ru["outcome_copulas"]),
        en_among_links=frozenset(en["among_links"]),
        en_list_openers=_phrases(en["list_openers"]),
        reporting=frozenset(en["reporting"]),
        next_words=tuple(sched["next_words"]),
        meeting_words=tuple(sched["meeting_words"]),
        meeting_relations=frozenset(sched["meeting_relations"]),
        meeting_procedure=frozenset(sched["meeting_procedure"]),
        ru_verbs=frozenset(ru["verbs"]),
        ru_stems=stems,
        ru_infinitive_verbs=frozenset(ru["infinitive_verbs"]),
        ru_weak_verbs=frozenset(ru["weak_verbs"]),
        ru_nominals=frozenset(ru["nominals"]),
        ru_done=frozenset(ru["done_cues"]),
        ru_passive=frozenset(ru["passive_aux"]),
        ru_future=frozenset(ru["future_aux"]),
        ru_negation=frozenset(ru["negation"]),
        ru_modal=frozenset(ru["modal"]),
        ru_earlier=frozenset(ru["earlier"]),
        ru_aside=tuple(ru["aside"]),
        ru_partners=frozenset(ru["partners"]),
        ru_prepositions=frozenset(ru["prepositions"]),
        ru_comma_stops=frozenset(ru["comma_stops"]),
        ru_word_stops=frozenset(ru["word_stops"]),
        ru_list_markers=_phrases(ru["list_markers"]),
        ru_ordinals=tuple(ru["ordinals"]),
        ru_list_openers=_phrases(ru["list_openers"]),
        ru_among_openers=_phrases(ru["among_openers"]),
        ru_among_links=frozenset(ru["among_links"]),
        ru_after_not_done=_phrases(ru["after_not_done"]),
        ru_receive=frozenset(ru["receive_verbs"]),
        adjunct_prepositions=frozenset(en["adjunct_prepositions"] + ru["adjunct_prepositions"]),
        holding=frozenset(sched["holding"]),
        en_ending=tuple(en["ending_verbs"]),
        contentless=frozenset(en["contentless"]),
        ru_deferrals=frozenset(ru["deferrals"]),
        pronouns=frozenset(data["shared"]["pronouns"]),
        anniversary=tuple(data["shared"]["anniversary"]),
        # whole words: "встречи с" is no "встречи стало"
        talks_back=re.compile(r"\W*(?:" + "|".join(
            re.escape(cue) for cue in data["shared"]["talks_back"]) + r")(?!\w)"),
        bilateral_talks=re.compile("|".join(
            rf"(?<!\w){re.escape(cue)}(?!\w)" for cue in data["shared"]["bilateral_talks"]
        )),
        nouns_en=frozenset(nouns["en"]),
        nouns_ru=frozenset(nouns["ru"]),
        vague_en=frozenset(vague["en"]),
        rest=frozenset(data["rest"]["words"]),
        vague_ru=frozenset(vague["ru"]),
        generic_documents=frozenset(data["drafts"]["generic"]),
        destinations=frozenset(data["drafts"]["destination"]),
        sending=frozenset(data["drafts"]["sending"]),
        scheduling_en=tuple(sched["en"]),
        scheduling_ru=tuple(sched["ru"]),
        procedural_en=frozenset(sched["procedural_en"]),
        procedural_ru=tuple(sched["procedural_ru"]),
        # One alternation of plain words: the cheap test that a sentence may hold a decision.
        trigger_words=re.compile("|".join(re.escape(w) for w in cheap)),
    )


# --- Russian morphology ---------------------------------------------------------------------




@functools.lru_cache(maxsize=1 << 16)
def _ru_lemma(word: str) -> str:
    """The most likely lemma of a Russian word (the word itself when it is not Cyrillic)."""
    if not word or not ("а" <= word[0] <= "я" or word[0] == "ё"):
        return word
    return str(russian_morphology().parse(word)[0].normal_form)


_KEY_WORD = re.compile(r"[^\W_]{4,}|[A-ZА-ЯЁ]{2,}")


def decision_keys(summary: str) -> frozenset[str]:
    """The content words of a decision's summary, as lemmas, to tell two wordings of one.

    "план консультаций" and "решение о Плане многоуровневых межмидовских консультаций" share
    their keys; short words (prepositions, articles) are not keys.
    """
    keys = set()
    for match in _KEY_WORD.finditer(summary):
        word = match.group(0).lower()
        keys.add(_ru_lemma(word) if "а" <= word[0] <= "я" or word[0] == "ё" else word.rstrip("s"))
    return frozenset(keys)


@functools.lru_cache(maxsize=1 << 14)
def _ru_reading(word: str) -> tuple[str, _Form] | None:
    """The adoption lemma of a Russian word and its form, or ``None`` if it is none of them."""
    lex = _lexicon()
    if not word.startswith(lex.ru_stems):
        return None
    for parse in russian_morphology().parse(word):
        lemma = str(parse.normal_form)
        tag = parse.tag
        if lemma in lex.ru_nominals and tag.POS == "NOUN":
            return lemma, "nominal"
        if lemma not in lex.ru_verbs:
            continue
        if tag.POS == "VERB" and tag.tense == "past":
            return lemma, "past"
        if tag.POS == "PRTS":
            return lemma, "short"
        return lemma, "other"
    return None


# --- words ----------------------------------------------------------------------------------


def _words(text: str, start: int, end: int) -> list[_Word]:
    return [
        _Word(m.start(), m.end(), m.group().lower(), m.group())
        for m in _WORD.finditer(text, start, end)
    ]


def _is_adverb(low: str, lex: _Lexicon) -> bool:
    return low in lex.en_adverbs or (low.endswith("ly") and len(low) > 4)


_CLAUSE_PUNCT = frozenset(';:()"“”«»')


def _clause_start(words: Sequence[_Word], at: int) -> int:
    """The index of the first word of the clause of ``words[at]`` (after ; : or a quote)."""
    i = at
    while i > 0 and words[i - 1].low not in _CLAUSE_PUNCT:
        i -= 1
    return i


def _since_comma(before: list[str]) -> list[str]:
    """The words of a window after its last comma."""
    for i in range(len(before) - 1, -1, -1):
        if before[i] == ",":
            return before[i + 1 :]
    return before


def _window(words: Sequence[_Word], at: int, size: int) -> list[str]:
    """Up to ``size`` words before ``words[at]`` in its clause, nearest last."""
    low = max(_clause_start(words, at), at - size)
    return [w.low for w in words[low:at]]


# --- the grammar ----------------------------------------------------------------------------


class _Reading(NamedTuple):
    """A verb read in its clause: where its object lies (word indices, end excluded)."""

    verb: int
    lemma: str
    obj_start: int
    obj_end: int


def _aside(words: Sequence[_Word], at: int, beginnings: tuple[str, ...]) -> bool:
    """Whether the clause sets ``words[at]`` beside the meeting.

    Before the verb ("on the sidelines, the presidents signed"), or in the first words after it
    ("signed a bilateral agreement", "подписали двустороннее соглашение").
    """
    return any(
        w.low.startswith(beginnings)
        for w in (*words[_clause_start(words, at) : at], *words[at + 1 : at + 1 + _ASIDE_AFTER])
    )


_ASIDE_AFTER = 3


def _with_partner(words: Sequence[_Word], at: int, partners: frozenset[str]) -> bool:
    """Whether the verb's clause has one partner after "with": a bilateral act.

    "С главой МИД Беларуси российский министр подписал план", "signed a plan with his Tajik
    counterpart".
    """
    low = max(_clause_start(words, at), at - _PARTNER_REACH)
    high = at + 1
    while high < min(len(words), at + _PARTNER_REACH) and words[high].low not in ",.;:":
        high += 1  # the verb's object, up to its clause's comma
    return any(
        words[i].low in _WITH and any(w.low in partners for w in words[i + 1 : i + 4])
        for i in range(low, high)
    )


def _in_relative(words: Sequence[_Word], at: int) -> bool:
    """Whether the verb stands in a relative clause opened by "which" or "который" after a comma.

    "an appeal, which the ministers adopted unanimously", "заявление, которое министры приняли
    единогласно": what was adopted is the noun before the comma, told with the clause it
    stands in; the words after the verb are no document.
    """
    for i in range(at - 1, max(-1, at - _RELATIVE_REACH), -1):
        low = words[i].low
        if low in (",", ";", ":", "(", ")") or low in _CLAUSE_PUNCT:
            return False
        if low in _OPENS_RELATIVE and i > 0 and words[i - 1].low == ",":
            return True
    return False


_RELATIVE_REACH = 8
_WITH = frozenset(["with", "с", "со"])
_PARTNER_REACH = 12


def _en_blocked(words: Sequence[_Word], at: int, lex: _Lexicon) -> bool:
    """Whether the clause makes the English verb at ``at`` negated, modal, earlier or aside."""
    if _aside(words, at, lex.en_aside) or _with_partner(words, at, lex.en_partners):
        return True
    if _in_relative(words, at):
        return True
    before = _window(words, at, 7)
    low = max(_clause_start(words, at), at - 7)
    # A capitalised "May" or "Will" inside the clause is a month or a name, not a modal.
    modal = [w.low for k, w in enumerate(words[low:at][-5:], start=max(low, at - 5))
             if w.low in lex.en_modal
             and (w.cased[:1].islower() or w is words[_clause_start(words, at)])
             and not (w.low.endswith("ed") and k + 1 < at and words[k + 1].low == "by")
             and not (w.low == "to" and k + 1 < at and (words[k + 1].low in lex.en_determiners
                                                         or words[k + 1].cased[:1].isupper()))
             and not (w.low in lex.nouns_en and k > 0
                      and words[k - 1].low in lex.en_determiners)]
    # ("a statement, proposed by Russia, was adopted": a participle with its agent tells what
    # was proposed before, not that the adoption is only proposed; "its commitment to the
    # charter and decided", "observer status to Serbia and decided": a preposition, no
    # infinitive; "a plan on water was approved": a document, no plan to act)
    if modal or any(w in lex.en_negation for w in before[-5:]):
        return True
    if any(w in lex.en_earlier for w in _since_comma(before)[-3:]):
        return True
    after = [w.low for w in words[at + 1 : at + 4]]
    if after and after[0] in lex.en_after_not_done:
        return True
    if len(after) >= 2 and after[0] in ("in", "back") and _YEAR.fullmatch(after[1]):
        return True
    return any(w in ("earlier", "previously", "ago", "formerly") for w in after) or (
        len(after) >= 2 and after[0] == "last" and after[1] in ("year", "month", "week", "time")
    )


def _skip_adverbs(words: Sequence[_Word], i: int, step: int, lex: _Lexicon) -> int:
    while 0 <= i < len(words) and _is_adverb(words[i].low, lex):
        i += step
    return i


def _en_phrase(words: Sequence[_Word], at: int, lex: _Lexicon) -> _Reading | None:
    """The reading of an idiom of adoption starting at ``at`` ("gave the green light to X")."""
    for phrase, lemma in lex.en_phrases.get(words[at].low, ()):
        end = at + len(phrase)
        if tuple(w.low for w in words[at:end]) != phrase:
            continue
        opens_passive = words[at].low in lex.en_nominals
        if (_clause_start(words, at) >= at and not opens_passive) or _en_blocked(words, at, lex):
            return None  # no subject before it, or negated, modal, earlier or aside
        if lemma in lex.en_needs_document and not _document_near(words, end, lex, True, 3):
            return None  # "resulted in a stalemate"; "resulted in the adoption of" is a noun's
        return _Reading(at, lemma, end, len(words))
    return None


def _en_readings(words: Sequence[_Word], lex: _Lexicon, sentence_low: str) -> list[_Reading]:
    readings: list[_Reading] = []
    n = len(words)
    listing = _documents_include(words, lex)
    verb = next((i for i in range(listing) if words[i].low in lex.en_verbs), None)
    if listing and verb is not None:
        # "The list of adopted documents includes X": what the adopted documents include
        return [_Reading(verb, lex.en_verbs[words[verb].low], listing, n)]
    if listing and not any(w.low in lex.en_unadopted for w in words[:listing]):
        # "The documents include X, Y and Z", after a report of the meeting: the documents it
        # produced ("The draft documents include X" are none)
        return [_Reading(listing - 1, "adopt", listing, n)]
    for at, word in enumerate(words):
        lemma = lex.en_verbs.get(word.low)
        if word.low in lex.en_phrases and (idiom := _en_phrase(words, at, lex)) is not None:
            readings.append(idiom)
            continue
        if lemma is not None:
            reading = _en_verb(words, at, lemma, lex)
        elif word.low in lex.en_nominals:
            reading = _en_nominal(words, at, lex.en_nominals[word.low], lex, sentence_low)
            if reading is None and word.low in lex.en_gerunds:
                reading = _en_gerund(words, at, lex.en_gerunds[word.low], lex)
        elif word.low in lex.en_gerunds:
            reading = _en_gerund(words, at, lex.en_gerunds[word.low], lex)
        else:
            continue
        if reading is not None and reading.obj_start < min(reading.obj_end, n):
            readings.append(reading)
            if reading.obj_end <= reading.verb:
                more = _continuation_after(words, reading.verb + 1, lex)
                if more is not None:
                    readings.append(_Reading(reading.verb, reading.lemma, more, n))
    return readings


def _continuation_after(words: Sequence[_Word], at: int, lex: _Lexicon) -> int | None:
    """Where more of a passive's subject starts after its verb ("..., as well as B"), or None."""
    at = _skip_adverbs(words, at, 1, lex)
    if at < len(words) and words[at].low == ",":
        size = _marker_at(words, at + 1, lex.en_continuations)
        start = at + 1 + size
        if size and any(w.low in lex.nouns_en for w in words[start : start + 4]):
            return start  # a document ("as well as a decision on X"), not a verb
    return None


def _en_verb(words: Sequence[_Word], at: int, lemma: str, lex: _Lexicon) -> _Reading | None:
    """The reading of an English adoption verb: active, passive or inverted, or none."""
    n = len(words)
    prev = _skip_adverbs(words, at - 1, -1, lex)
    prev_low = words[prev].low if prev >= 0 else ""
    nxt = _skip_adverbs(words, at + 1, 1, lex)
    next_low = words[nxt].low if nxt < n else ""
    clause = _clause_start(words, at)
    if lemma == "set up":
        if next_low != "up":
            return None
        nxt = _skip_adverbs(words, nxt + 1, 1, lex)
        next_low = words[nxt].low if nxt < n else ""
        if not any(w.low in lex.nouns_en or w.low in lex.en_founded_heads
                   or w.low in lex.en_institutions for w in words[nxt : nxt + 4]):  # fmt: skip
            return None  # "set up shop": what is set up is a body or a document
    if _en_blocked(words, at, lex):
        return None
    if next_low in lex.en_phrasal.get(lemma, ()):
        return None  # "were passed on to the Council of Heads of State": sent, not adopted
    if _present(words[at].low, lemma) and any(w.low in lex.en_modal for w in words[clause:at]):
        return None  # a present form under a modal anywhere in its clause: "will meet and sign"
    if _present(words[at].low, lemma) and next_low == "of":
        return None  # "the latest sign of isolation": a noun
    # Inverted: "Adopted were X", "Among the documents signed were X", "Also approved was X".
    if next_low in ("were", "was") and (
        prev < clause or prev_low in lex.en_inverted or words[clause].low in lex.en_inverted
    ):
        return _Reading(at, lemma, nxt + 1, n)
    linked = _linked(words, at, clause, lex, english=True)
    if linked is not None:
        return _Reading(at, lemma, linked, n)
    # "were considered and approved": the auxiliary of the first participle serves both.
    aux = prev
    if prev_low == "and" and prev >= 2 and words[prev - 1].low.endswith("ed"):
        aux = _skip_adverbs(words, prev - 2, -1, lex)
    if aux >= 0 and words[aux].low in lex.en_passive:
        return _en_passive(words, at, aux, nxt, lemma, lex)
    # Active: a subject (or a perfect auxiliary) before, an object after.
    if _list_item_start(words, at):
        # "The ministers:\n- approved the budget;": a list line whose subject is its header's
        nxt_item = _skip_adverbs(words, at + 1, 1, lex)
        if nxt_item < n and words[nxt_item].low not in lex.en_reduced:
            return _Reading(at, lemma, nxt_item, n)
    if prev < clause or prev_low in lex.en_determiners or prev_low == "as" or (
        prev_low.endswith(("'s", "’s"))
    ):  # fmt: skip
        # no subject, "the adopted decisions", "as agreed", "Moldova's newly elected president"
        return None
    has_document = next_low not in lex.en_reduced and any(
        w.low in lex.nouns_en for w in words[nxt : nxt + 4]
    )
    if next_low == ":":
        return _Reading(at, lemma, nxt, n)  # "The council endorsed: A; B."
    marker = _marker_at(words, nxt + 1, lex.en_list_markers) if next_low == "," else 0
    if marker:
        # "approved, in particular, the concept of X": a parenthesis before the object
        start = nxt + 1 + marker
        return _Reading(at, lemma, start + (start < n and words[start].low == ","), n)
    copula_at = next((k for k in range(nxt, min(n, nxt + 3)) if words[k].low in _COPULAS), None)
    if copula_at is not None and prev_low not in lex.nouns_en and not any(
        w.low in lex.nouns_en for w in words[nxt:copula_at]
    ):  # fmt: skip
        return None  # "The documents we signed this morning are practical": a relative clause
    copula = _copula_after(words, nxt, lex) if prev_low in lex.nouns_en else None
    if copula is not None and _vague(words, _front(words, clause, prev + 1, lex), prev + 1, lex,
                                     english=True):  # fmt: skip
        # "Another document inked by the leaders was a concept of X": what the copula names
        return _Reading(at, lemma, copula + 1, n)
    if next_low in lex.en_reduced and prev_low in lex.nouns_en and prev_low.endswith("s"):
        # "The documents signed by the leaders were ...": a participle on a count of
        # documents, which a list may then name ("Among them were A and B")
        start = _front(words, clause, prev + 1, lex)
        if _vague(words, start, prev + 1, lex, english=True):
            return _Reading(at, lemma, start, prev + 1)
        among = _among_the(words, start, prev)
        if among is not None:
            return _Reading(at, lemma, start, among)  # "A treaty was among the papers signed"
    if prev_low == "," and not has_document:
        return None  # "the accord, signed by ...": an apposition, unless a document follows
    particles = lex.en_particles.get(lemma)
    if particles is not None:
        if next_low not in particles:
            if lemma in lex.en_document_objects and has_document:
                return _Reading(at, lemma, nxt, n)  # "agreed a plan of consultations"
            return None
        if next_low == "to":
            if not _en_infinitive_ok(words, nxt + 1, lex):
                return None
            return _Reading(at, lemma, nxt, n)
        if next_low in ("on", "upon", "that", "up"):
            return _Reading(at, lemma, nxt + 1, n)
        return _Reading(at, lemma, nxt, n)
    if next_low in lex.en_reduced or not next_low:
        return None
    if lemma in lex.en_needs_infinitive and not _infinitive_object(words, nxt):
        return None  # "told the ministers to draft X"; "told reporters what they want to do"
    if lemma in lex.en_needs_document and not any(
        w.low in lex.nouns_en for w in words[nxt : nxt + 3]
    ):
        return None
    if lemma in lex.en_needs_joint and not any(w.low == "joint" for w in words[nxt : nxt + 3]):
        return None  # "the ministry issued a statement": its own, not the meeting's
    return _Reading(at, lemma, nxt, n)


_COPULAS = frozenset(["is", "are", "was", "were"])


def _copula_after(words: Sequence[_Word], at: int, lex: _Lexicon) -> int | None:
    """The copula that a reduced participle's phrase at ``words[at]`` runs up to, or None.

    "(document) inked by the leaders was a concept": the phrase is "by the leaders" and the
    copula is followed by a document, not a participle ("were published") nor anything else.
    """
    if at >= len(words) or words[at].low not in _AGENT_OR_PLACE:
        return None
    for i in range(at + 1, min(len(words) - 1, at + _COPULA_REACH)):
        low = words[i].low
        if low in (",", ";", ":", ".") or low in lex.en_verbs:
            return None
        if low in ("was", "were", "is", "are"):
            following = words[i + 1].low
            if following.endswith("ed") or following in lex.en_verbs or following == "not":
                return None
            if not _document_near(words, i + 1, lex, english=True):
                return None  # "were the usual mix": no document named
            return i
    return None


def _infinitive_object(words: Sequence[_Word], at: int) -> bool:
    """Whether an infinitive follows the object that starts at ``words[at]`` in its clause.

    "told the ministers to draft X"; not "told reporters what they want to achieve" nor "told
    journalists, referring to the crisis".
    """
    for word in words[at : at + _INFINITIVE_REACH]:
        if word.low == "to":
            return True
        if word.low in _WH_WORDS or not word.low[:1].isalnum():
            return False
    return False


_INFINITIVE_REACH = 8
_WH_WORDS = frozenset(["what", "how", "when", "where", "why", "whether", "which", "who"])
_AGENT_OR_PLACE = frozenset(["by", "at", "in", "during"])
_COPULA_REACH = 8


def _present(low: str, lemma: str) -> bool:
    """Whether ``low`` is a present form of ``lemma`` ("sign", "signs", "ratifies")."""
    return low in (lemma, lemma + "s") or (lemma.endswith("y") and low == lemma[:-1] + "ies")


def _linked(
    words: Sequence[_Word], at: int, clause: int, lex: _Lexicon, *, english: bool
) -> int | None:
    """Where the list starts that a participle in a noun phrase links to, or ``None``.

    "Among the signed papers are X", "Среди подписанных документов — X" (an "among" opener and
    a copula or dash), "The documents signed at the talks included X" (a document noun, the
    participle, and "include").
    """
    end = min(len(words), at + 9)
    openers = lex.en_among_openers if english else lex.ru_among_openers
    if clause + 1 < len(words) and not _marker_at(words, clause, openers) and _marker_at(
        words, clause + 1, openers
    ) and words[clause].low.isalpha():
        clause += 1  # "Key among the documents approved was X", "Chief among them"
    if _marker_at(words, clause, openers) and at <= clause + 6:
        links = lex.en_among_links if english else lex.ru_among_links
        for i in range(at + 1, end):
            if words[i].low in links:
                return i + 1
            if words[i].low == ",":
                break
        return None
    if english and at > clause and words[at - 1].low in lex.nouns_en:
        for i in range(at + 1, end):
            if words[i].low in lex.en_include_links:
                return i + 1
            if words[i].low in (",", "and") or words[i].low in lex.en_verbs:
                break
    return None


def _after_predicate(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> int:
    """The start of a subject after an earlier predicate of its clause.

    "A concept was approved, and a decision was adopted on X": the subject is "a decision".
    """
    seen = False
    for j in range(start, end):
        low = words[j].low
        if low in lex.en_passive or low in lex.en_perfect:
            seen = True
        elif low in lex.en_verbs and j > start and words[j - 1].low not in lex.en_determiners:
            seen = True  # "the leaders adopted an appeal, and a roadmap was agreed"
        elif seen and low in (",", "and", "but", "while", "whereas"):
            start = j + 1
    return _skip_adverbs(words, start, 1, lex)


def _en_passive(
    words: Sequence[_Word], at: int, aux: int, nxt: int, lemma: str, lex: _Lexicon
) -> _Reading | None:
    """A passive ("X were signed"): the object is the subject, or what follows the verb."""
    n = len(words)
    next_low = words[nxt].low if nxt < n else ""
    if words[aux].low in ("be", "being"):
        return None  # "to be signed", "will be adopted", "being considered"
    subject_end = _skip_adverbs(words, aux - 1, -1, lex)
    if subject_end >= 0 and words[subject_end].low in lex.en_perfect:
        subject_end = _skip_adverbs(words, subject_end - 1, -1, lex)
    clause = _clause_start(words, at)
    subject_start = _front(words, clause, subject_end + 1, lex)
    subject_start = _after_predicate(words, subject_start, subject_end + 1, lex)
    subject = [w.low for w in words[subject_start : subject_end + 1]]
    if next_low in ("upon", "on") and lemma in lex.en_particles:
        nxt += 1
        next_low = words[nxt].low if nxt < n else ""
    if next_low == ",":
        nxt += 1
    if _marker_at(words, nxt, lex.en_list_markers):
        return _Reading(at, lemma, nxt, n)  # "were agreed upon, namely, A and B"
    if subject and subject[-1] in lex.en_dummy:
        if next_low in ("that", "to") and lemma in lex.en_particles:
            if next_low == "to" and not _en_infinitive_ok(words, nxt + 1, lex):
                return None
            return _Reading(at, lemma, nxt + (next_low == "that"), n)
        return None
    if not subject:
        return None  # "an organisation that was established ...": a relative clause
    if lemma in lex.en_two_objects and next_low in ("the", "a", "an"):
        return _Reading(at, lemma, nxt, n)  # "Turkmenistan was granted the chairmanship"
    if next_low == ":" and _vague(words, subject_start, subject_end + 1, lex, english=True):
        return _Reading(at, lemma, nxt, n)  # "documents were adopted: A, B and C"
    if lemma in lex.en_founding and subject[-1] in lex.en_founded_heads:
        return None  # the founding of an organisation, not a meeting's decision
    if lemma in lex.en_needs_document and subject[-1] not in lex.nouns_en:
        return None
    if _vague(words, subject_start, subject_end + 1, lex, english=True) and next_low in (
        "on",
        "about",
        "concerning",
        "regarding",
        "to",
        "for",
        "in",
    ):
        return _Reading(at, lemma, nxt, n)  # "documents were signed on X", "a decision ... to"
    return _Reading(at, lemma, subject_start, subject_end + 1)


def _among_the(words: Sequence[_Word], start: int, head: int) -> int | None:
    """Where "was among the" starts before a plural document head, after its subject, or None.

    "A treaty on water was among the documents signed": the subject is what was signed.
    """
    for i in range(head - 1, start, -1):
        if words[i].low in ("among", "amongst"):
            if i - 1 > start and words[i - 1].low in ("was", "were", "is", "are"):
                return i - 1
            return None
    return None


def _en_infinitive_ok(words: Sequence[_Word], at: int, lex: _Lexicon) -> bool:
    """Whether the infinitive at ``at`` ("to found", "to create") states a decision."""
    at = _skip_adverbs(words, at, 1, lex)
    return at < len(words) and words[at].low in lex.en_infinitives


def _front(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> int:
    """The start of a subject after a fronted adverbial or a reporting verb.

    "At the meeting, X were signed", "He said a proposal ... was approved", "..., and also X".
    """
    i = start
    for j in range(end - 1, start - 1, -1):
        # (a word of reporting that ends the subject is its noun: "the plan of the member
        # states was approved")
        if (words[j].low in lex.reporting and j < end - 1) or words[j].low == "that":
            i = j + 1
            if words[j].low in lex.en_openers:  # "According to her, the decision ...": its source
                i = next((k + 1 for k in range(i, min(end, i + 6)) if words[k].low == ","), i)
            break
    while i < end and (_is_adverb(words[i].low, lex) or words[i].low in (",", "that")):
        i += 1
    if i < end and words[i].low in lex.en_openers:
        for j in range(i + 1, end):
            if words[j].low == ",":
                return _skip_adverbs(words, j + 1, 1, lex)
    return i


def _en_gerund(words: Sequence[_Word], at: int, lemma: str, lex: _Lexicon) -> _Reading | None:
    """A participial adjunct of a reported act: "..., also adopting X", "by approving X"."""
    prev = _skip_adverbs(words, at - 1, -1, lex)
    if prev < 0 or words[prev].low not in (",", "by") or _en_blocked(words, at, lex):
        return None  # "..., also adopting X"; "wrapped up the summit by approving X"
    nxt = _skip_adverbs(words, at + 1, 1, lex)
    if nxt >= len(words) or words[nxt].low in lex.en_reduced:
        return None
    return _Reading(at, lemma, nxt, len(words))


def _en_nominal(
    words: Sequence[_Word], at: int, lemma: str, lex: _Lexicon, sentence_low: str
) -> _Reading | None:
    if at + 1 >= len(words) or words[at + 1].low != "of":
        return None
    before = [w.low for w in words[max(0, at - 3) : at] if w.low not in ("the", "a", "an")]
    if before and before[-1] in ("for", "on", "towards", "toward", "about", "upon"):
        return None  # "called for the adoption of", "work on the signing of"
    agent = any(w.low == "by" for w in words[at + 2 : at + 40])
    ended_with = bool(before) and before[-1] == "with" and any(
        verb in sentence_low for verb in lex.en_ending
    )  # "ended on Friday, 21 May, with the adoption of X"
    if not agent and not ended_with and not any(cue in sentence_low for cue in lex.en_done):
        return None
    if _anniversary(words, at, lex):
        return None
    if _en_blocked(words, at, lex):
        return None
    return _Reading(at, lemma, at + 2, len(words))


def _ru_readings(words: Sequence[_Word], lex: _Lexicon) -> list[_Reading]:
    readings: list[_Reading] = []
    n = len(words)
    listing = _ru_documents_include(words, lex)
    if listing:
        # "Подписанные документы включают X и Y": what the documents include
        return [_Reading(listing - 1, "принять", listing, n)]
    for at, word in enumerate(words):
        reading = _ru_reading(word.low) if word.low[:1].isalpha() else None
        if reading is None:
            continue
        lemma, form = reading
        before = _window(words, at, 6)
        if any(w in lex.ru_negation for w in before[-2:]) or any(
            w in lex.ru_modal or w in lex.ru_future for w in before
        ) or (at + 1 < n and words[at + 1].low in lex.ru_negation):
            continue  # also "подписан не был": negated after the participle
        if any(w in lex.ru_earlier for w in _since_comma(before)[-3:]):
            continue
        if _aside(words, at, lex.ru_aside) or _with_partner(words, at, lex.ru_partners):
            continue  # "на полях саммита президенты подписали ...": not the council's act
        if _in_relative(words, at):
            continue
        if _ru_earlier_after(words, at) or _marker_at(words, at + 1, lex.ru_after_not_done) or (
            at + 1 < n and _ru_pos(words[at + 1].low) == "ADJF"
            and _marker_at(words, at + 2, lex.ru_after_not_done)
        ):  # fmt: skip
            continue  # "принята в 2005 году", "принято к сведению", "приняли активное участие"
        if form == "nominal":
            if not any(w.low in lex.ru_done for w in words) or _anniversary(words, at, lex):
                continue
            readings.append(_Reading(at, lemma, at + 1, n))
        elif form == "past":
            if at and words[at - 1].low in _RU_WH_OBJECTS:
                continue  # "что подписали лидеры": the object is the question word
            readings.append(_Reading(at, lemma, at + 1, n))
        elif form == "short":
            readings.append(_ru_short(words, at, lemma, lex))
        else:
            linked = _linked(words, at, _clause_start(words, at), lex, english=False)
            if linked is not None:
                readings.append(_Reading(at, lemma, linked, n))
    return [r for r in readings if r.obj_start < min(r.obj_end, n)]


def _before_meeting_adjunct(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> int:
    """Where an item ends before an adjunct of the meeting it was adopted at.

    "an agreement on countering illegal migration at a summit in Tajikistan on Friday": the
    agreement; the summit is where, not what.
    """
    for i in range(start + 1, end):
        if words[i].low in _AT_MEETING and any(
            w.low.startswith(lex.meeting_words) for w in words[i + 1 : min(end, i + 4)]
        ):
            return i
    return end


_AT_MEETING = frozenset(["at", "during"])
"""Before a meeting noun: the meeting where the object was adopted, no part of the object."""
_RU_PAST_ENDINGS = ("л", "ла", "ло", "ли", "лся", "лась", "лось", "лись")
"""Endings of a Russian past verb: a cheap test before its morphology."""
_RU_WH_OBJECTS = frozenset(["что", "какие", "какой", "какое", "какую", "чего"])
"""Right before a Russian past verb: its object is this question word, and what follows the
verb is its subject ("что подписали лидеры")."""
_ITEM_MARKS = frozenset(_BULLET_MARKS)


def _talks_before(doc: Document, sentence: Sentence, low_sentence: str, lex: _Lexicon) -> bool:
    """Whether a sentence opens on the meeting told before it, and that was talks with someone.

    "Президент провел встречу с премьером. В ходе встречи была подписана программа": the
    programme is of those talks, not of the council.
    """
    if sentence.index == 0 or lex.talks_back.match(low_sentence) is None:
        return False
    before = doc.sentences[sentence.index - 1]
    return lex.bilateral_talks.search(doc.text[before.start : before.end].lower()) is not None


def _outcome_readings(words: Sequence[_Word], lex: _Lexicon, english: bool) -> list[_Reading]:
    """What a copula after a noun of outcome names, when it is a document.

    "The main outcome of the summit was X", "Главным итогом встречи стало X".
    """
    found: list[_Reading] = []
    if not any(noun in w.low for w in words for noun in lex.outcome_nouns):
        return found  # (every form of a noun of outcome holds its lemma: "итогом", "results")
    copulas = lex.en_outcome_copulas if english else lex.ru_outcome_copulas
    for at, word in enumerate(words):
        if not _is_outcome(word.low, lex, english):
            continue
        if at and (words[at - 1].low in lex.ru_prepositions or words[at - 1].low == "as"):
            continue  # "по итогам встречи", "as a result": an adverbial, not the subject
        for j in range(at + 1, min(len(words) - 1, at + _COPULA_REACH)):
            low = words[j].low
            if low in (",", ";", ":", "."):
                break
            if low in copulas:
                if _document_near(words, j + 1, lex, english):
                    found.append(_Reading(j, "adopt", j + 1, len(words)))
                break
    return found


def _list_item_start(words: Sequence[_Word], at: int) -> bool:
    """Whether the verb at ``at`` opens a list line: after a bullet or "1)" at the line's start."""
    if at == 0:
        return False
    mark = words[at - 1].low
    if mark in (")", ".") and at >= 2 and words[at - 2].low.isdigit():
        return at == 2 or words[at - 3].low in _ITEM_ENDS
    return mark in _ITEM_MARKS and (at == 1 or words[at - 2].low in _ITEM_ENDS)


_ITEM_ENDS = frozenset((";", ":"))
"""What ends the item (or the header) before a list line that shares one sentence with it."""


def _list_header(
    text: str, words: Sequence[_Word], lex: _Lexicon, english: bool
) -> Literal["adopted", "outcomes"] | None:
    """Whether a line with no verb heads a list of what was adopted, and of which kind.

    "adopted": it ends with a colon and holds a document noun and an adoption participle (an
    English one of the adoption verbs, or a Russian full participle of one: "Signed documents:",
    "Перечень подписанных документов:"). "outcomes": it holds a noun of what a meeting gave
    ("Key outcomes of the summit:"), so only the lines that name a document were adopted.
    """
    if len(words) < 2 or len(words) > _HEADER_WORDS or words[-1].low != ":":
        return None
    if any(_is_outcome(w.low, lex, english) for w in words):
        return "outcomes"
    if not any(_is_noun(w.low, lex, english) for w in words):
        return None
    if english:
        adopted = any(w.low in lex.en_verbs and w.low.endswith("ed") for w in words)
    else:
        adopted = any(_ru_participle_of(w.low, lex) for w in words)
    return "adopted" if adopted else None


_HEADER_WORDS = 8


def _names_document(text: str, candidate: DecisionCandidate, lex: _Lexicon, english: bool) -> bool:
    """Whether a listed item names a document among its first words ("a statement on X")."""
    return _document_near(_words(text, candidate.start, candidate.end), 0, lex, english)


def _document_near(
    words: Sequence[_Word], at: int, lex: _Lexicon, english: bool, reach: int = 4
) -> bool:
    """Whether a document noun stands among the ``reach`` words from ``words[at]``."""
    return any(_is_noun(w.low, lex, english) for w in words[at : at + reach])


def _is_outcome(low: str, lex: _Lexicon, english: bool) -> bool:
    """Whether a word is a noun of what a meeting gave ("outcome", "итогом")."""
    return low in lex.outcome_nouns or (not english and _ru_lemma(low) in lex.outcome_nouns)


def _ru_participle_of(word: str, lex: _Lexicon) -> bool:
    """Whether a Russian word is a full participle of an adoption verb ("подписанные")."""
    parsed = russian_morphology().parse(word)[0]
    if parsed.tag.POS != "PRTF":
        return False
    verb = parsed.inflect({"INFN"})
    return verb is not None and verb.word in lex.ru_verbs


def _anniversary(words: Sequence[_Word], at: int, lex: _Lexicon) -> bool:
    """Whether the act's noun at ``at`` is the occasion of an anniversary, an earlier act.

    "The fifth anniversary of the signing of the treaty", "пятилетию подписания Договора".
    """
    return any(a in w.low for w in words[max(0, at - 3) : at] for a in lex.anniversary)


def _ru_earlier_after(words: Sequence[_Word], at: int) -> bool:
    after = [w.low for w in words[at + 1 : at + 5]]
    if after[:1] == ["ранее"] or after[:2] == ["еще", "в"] or after[:2] == ["ещё", "в"]:
        return True
    return (
        len(after) >= 3
        and after[0] == "в"
        and bool(_YEAR.fullmatch(after[1]))
        and (after[2].startswith("год"))
    )


def _ru_short(words: Sequence[_Word], at: int, lemma: str, lex: _Lexicon) -> _Reading:
    """A Russian short participle: its object after it, or, if nothing follows, before."""
    n = len(words)
    clause = _clause_start(words, at)
    end = _object_end(words, at + 1, n, lex, "ru")
    after = at + 1
    while after < end and _ru_pos(words[after].low) in ("ADVB", "PRCL"):
        after += 1  # "принято также заявление"; "было принято именно в год ...": no object after
    if after < end and words[after].low not in lex.ru_prepositions:
        return _Reading(at, lemma, after, n)
    subject_end = at
    while subject_end > clause and words[subject_end - 1].low in lex.ru_passive:
        subject_end -= 1
    subject_start = clause
    for j in range(subject_end - 1, clause - 1, -1):
        if words[j].low == ",":
            subject_start = j + 1
            break
    if subject_start < subject_end and words[subject_start].low not in lex.ru_prepositions:
        return _Reading(at, lemma, subject_start, subject_end)
    return _Reading(at, lemma, after, n)


# --- objects and items ----------------------------------------------------------------------


def _object_end(words: Sequence[_Word], start: int, end: int, lex: _Lexicon, language: str) -> int:
    """Where the object that starts at ``words[start]`` ends (its clause, first predicate)."""
    english = language == "en"
    comma_stops = lex.en_comma_stops if english else lex.ru_comma_stops
    word_stops = lex.en_word_stops if english else lex.ru_word_stops
    for i in range(start, end):
        low = words[i].low
        if low in (";", "(") or (low in _DASHES and i > start and not _joined(words, i, end)
                                 and not _after_marker(words, start, i, lex, english)):
            return i
        if low in _CLOSING and i > start and (
            _reported(words, i + 1, end, lex) or _quoted(words, start)
        ):
            return i  # '... X”, the minister said'; '"We signed X," he told reporters'
        if low == ":" and i > start:
            return i
        if i > start and low in word_stops:
            return i
        following = words[i + 1].low if i + 1 < end else ""
        if low == "," and (following in comma_stops or _is_verbal(following, lex, english)):
            markers = lex.en_list_markers if english else lex.ru_list_markers
            if not (_marker_at(words, i + 1, markers) or _marker_at(words, i + 1, _ALSO)):
                return i
        if low == "," and english and _participial(words, i + 1, end, lex):
            return i  # a participial adjunct: "documents, meeting the interests of ..."
        if low == "," and english and any(
            words[k].low == "to" and k + 1 < end and words[k + 1].low.isalpha()
            and words[k + 1].low == words[k + 1].cased
            for k in range(i + 1, min(end, i + 4))
        ):  # fmt: skip
            return i  # an infinitive's clause: "leaders sign documents, Russia to chair next year"
        if low == "," and _reported(words, i + 1, end, lex):
            return i  # "..., Lebedev said"
        if low in ("and", "и") and i > start and _is_verbal(following, lex, english):
            return i
        if not english and i > start and low.endswith(_RU_PAST_ENDINGS) and _ru_past(low):
            return i  # "Подписанием заявления о X завершился саммит": the clause's own verb
        if english and low == "and" and i > start and _own_passive(words, i + 1, end, lex):
            return i  # "adopted an appeal, and a roadmap was agreed": another clause
        if english and low == "and" and following in lex.en_other_predicates:
            return i
        if english and low == "and" and _nominal_act(words, i + 1, len(words), lex):
            return i  # "the signing of A and the adoption of B": B is the other act's
        if english and low == "." and i > start:
            return i
        if (
            english
            and low == "that"
            and i > start
            and words[i - 1].low in lex.nouns_en
            and (following in lex.en_modal or following in lex.en_passive)
        ):
            return i  # "the documents that will go to the heads of state": a relative
    return end


def _quoted(words: Sequence[_Word], at: int) -> bool:
    """Whether ``words[at]`` stands inside a quotation opened before it in its sentence."""
    depth, straight = 0, False
    for word in words[:at]:
        if word.low in _OPENING:
            depth += 1
        elif word.low in _CLOSING and word.low != '"':
            depth = max(0, depth - 1)
        elif word.low == '"':
            straight = not straight
    return depth > 0 or straight


_OPENING = frozenset("“«")


def _nominal_act(words: Sequence[_Word], at: int, end: int, lex: _Lexicon) -> bool:
    """Whether a noun of an act and its "of" start at ``words[at]`` ("the adoption of").

    ``end`` is the sentence's, not the object's limit, which stops at that noun.
    """
    if at < end and words[at].low in lex.en_determiners:
        at += 1
    return at + 1 < end and words[at].low in lex.en_nominals and words[at + 1].low == "of"


def _own_passive(words: Sequence[_Word], at: int, end: int, lex: _Lexicon) -> bool:
    """Whether a clause of its own starts at ``words[at]``: a subject and a passive adoption.

    "... and a roadmap for economic development was agreed": the words up to the next comma
    hold an auxiliary with an adoption verb right after it (adverbs between).
    """
    for i in range(at + 1, min(end, at + _OWN_CLAUSE)):
        low = words[i].low
        if low in (",", ";", ".", ":", "which", "that", "who"):
            return False
        if low in lex.en_passive and words[i - 1].low not in lex.en_determiners:
            verb = _skip_adverbs(words, i + 1, 1, lex)  # past ``end``, a limit at that verb
            return verb < len(words) and words[verb].low in lex.en_verbs
    return False


_OWN_CLAUSE = 12
"""How many words a subject of a coordinated passive clause may have before its auxiliary."""


def _after_marker(
    words: Sequence[_Word], start: int, at: int, lex: _Lexicon, english: bool
) -> bool:
    """Whether a list marker ends right before ``words[at]`` ("среди которых – план ...")."""
    markers = lex.en_list_markers if english else lex.ru_list_markers
    return any(at - len(m) >= start and _marker_at(words, at - len(m), (m,)) == len(m)
               for m in markers)  # fmt: skip


_CLOSING = frozenset('"”»')
_DASHES = frozenset("-–—")


def _joined(words: Sequence[_Word], i: int, end: int) -> bool:
    """Whether the dash at ``words[i]`` joins what it stands between, not ending a phrase.

    A range of numbers ("2026–2027") or, in Russian, an apposition of two nouns in one case
    ("государств — членов союза").
    """
    if i == 0 or i + 1 >= end:
        return False
    left, right = words[i - 1].low, words[i + 1].low
    if left.isdigit() and right.isdigit():
        return True
    return _ru_case_noun(left) is not None and _ru_case_noun(left) == _ru_case_noun(right)


@functools.lru_cache(maxsize=1 << 12)
def _ru_case_noun(word: str) -> str | None:
    """The case of a Russian noun (its likeliest reading), or ``None`` if it is not a noun."""
    if not word[:1].isalpha() or word[:1].isascii():
        return None
    tag = russian_morphology().parse(word)[0].tag
    return str(tag.case) if tag.POS == "NOUN" and tag.case else None


_ALSO = (("as", "well", "as"), ("а", "также"), ("and", "also"), ("и", "также"))


def _reported(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> bool:
    """Whether ``words[start:end]`` is a short reporting tail ("the Russian minister said")."""
    for i in range(start, min(end, start + 6)):
        if words[i].low in lex.reporting:
            return (
                i + 1 >= end or not words[i + 1].low[:1].isalnum() or i + 2 >= end
                or words[i + 1].low in lex.adjunct_prepositions
            )  # "..., the minister said after the talks"
    return False


def _participial(words: Sequence[_Word], at: int, end: int, lex: _Lexicon) -> bool:
    """Whether ``words[at]`` opens a participial adjunct ("also adopting X", "meeting Y")."""
    at = _skip_adverbs(words, at, 1, lex)
    if at + 1 >= end or not words[at].low.endswith("ing") or len(words[at].low) < 6:
        return False
    if _marker_at(words, at, lex.en_list_markers):
        return False
    return words[at + 1].low not in ("and", "or", ",", ".", "of", ";", ")")


def _is_verbal(low: str, lex: _Lexicon, english: bool) -> bool:
    """Whether ``low`` opens another predicate (an adoption verb, or any Russian past verb)."""
    if english:
        return low in lex.en_verbs
    if not low[:1].isalpha() or low[:1].isascii():
        return False
    reading = _ru_reading(low)
    if reading is not None:
        return reading[1] in ("past", "short")
    return low.endswith(("ли", "лся", "лись")) and _ru_past(low)


@functools.lru_cache(maxsize=1 << 14)
def _ru_past(word: str) -> bool:
    tag = russian_morphology().parse(word)[0].tag
    return bool(tag.POS == "VERB" and tag.tense == "past")


def _marker_at(words: Sequence[_Word], i: int, markers: tuple[tuple[str, ...], ...]) -> int:
    """The number of words of the list marker at ``words[i]``, or 0."""
    for marker in markers:
        size = len(marker)
        if all(i + k < len(words) and words[i + k].low == marker[k] for k in range(size)):
            return size
    return 0


def _is_noun(low: str, lex: _Lexicon, english: bool) -> bool:
    if english:
        return low in lex.nouns_en
    return _ru_lemma(low) in lex.nouns_ru or not lex.nouns_ru.isdisjoint(_ru_noun_lemmas(low))


@functools.lru_cache(maxsize=1 << 14)
def _ru_noun_lemmas(word: str) -> frozenset[str]:
    """Every noun reading's lemma of a Russian word: "устав" is a charter as well as "устать"."""
    return frozenset(str(p.normal_form) for p in russian_morphology().parse(word)
                     if p.tag.POS == "NOUN")  # fmt: skip


def _starts_item(
    words: Sequence[_Word], i: int, end: int, lex: _Lexicon, english: bool, loose: bool
) -> bool:
    """Whether a coordinated piece at ``words[i]`` is a new item (a document noun early on)."""
    if i >= end:
        return False
    first = words[i].low
    if loose and (first in ("on", "about", "regarding", "о", "об", "по")):
        return True
    if not english and _ru_prepositional_only(first):
        return False  # "о сохранении и соблюдении Договора": a second object of "о", one item
    if not english and _ru_pos(first) == "PRTF":
        # "Программу действий на 2023–2025 годы, предусматривающую реализацию проектов": what
        # the item before provides, no item of its own
        return False
    # "..., and a decision on ...": a determiner starts an item if a document noun follows;
    # "the peoples of the CIS and the world community" goes on
    for k in range(i, min(i + 4, end)):
        low = words[k].low
        if low in (",", "and", "и", "of", "on", "in", "for", "о", "об", "по", "в"):
            return False
        if _is_noun(low, lex, english):
            return True
    return False


def _split(
    words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool, loose: bool
) -> list[tuple[int, int]]:
    """The items of a coordination ``words[start:end]``: cut before each new document noun."""
    items: list[tuple[int, int]] = []
    begin = start
    i = start
    while i < end:
        low = words[i].low
        cut = 0
        if low in (",", ";"):
            cut = 1
            if i + 1 < end and words[i + 1].low in ("and", "и"):
                cut = 2
            cut += _marker_at(words, i + 1, (*_ALSO, *lex.en_continuations))
        elif low in ("and", "и"):
            cut = 1
        elif low in ("as", "а") and i + 2 < end and words[i + 1].low in ("well", "также"):
            cut = 3 if low == "as" and i + 2 < end and words[i + 2].low == "as" else 2
        if cut and i > begin and _starts_item(words, i + cut, end, lex, english, loose):
            items.append((begin, i))
            begin = i + cut
            i += cut
            continue
        i += 1
    items.append((begin, end))
    return [(a, b) for a, b in items if a < b]


def _items(
    words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool
) -> list[tuple[int, int]]:
    """The items an object states: the list after a marker, else its coordination."""
    markers = lex.en_list_markers if english else lex.ru_list_markers
    for i in range(start, end):
        size = _marker_at(words, i, markers)
        if size:
            at = i + size + (i + size < end and words[i + size].low in (",", ":", *_DASHES))
            listed = _split(words, at, end, lex, english, loose=True)
            head = (start, i - 1 if i > start and words[i - 1].low == "," else i)
            core = (head[0], _head_end(words, *head, lex, english))
            if head[0] >= head[1] or _vague(words, *core, lex, english, counts=True):
                return listed
            return [head, *listed]
    return _split(words, start, end, lex, english, loose=_parallel(words, start, end, lex, english))


_TOPICAL = frozenset(["on", "of", "about", "regarding", "concerning", "о", "об", "по"])


def _head_end(words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool) -> int:
    """The end of a list head's noun phrase: before a preposition that is not its topic.

    "12 documents at their summit in Dushanbe, including ...": the head is "12 documents".
    """
    stops = lex.en_reduced if english else lex.ru_prepositions
    for i in range(start + 1, end):
        if words[i].low in stops and words[i].low not in _TOPICAL:
            return i
    return end


def _parallel(words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool) -> bool:
    """Whether an object lists parallel items: it opens with "on" or its head is plural.

    "statements on A, on B and on C", "documents were signed on A, as well as on B".
    """
    if start < end and words[start].low in ("on", "about", "о", "об"):
        return True
    for i in range(start, min(start + 4, end)):
        low = words[i].low
        if _is_noun(low, lex, english):
            return low.endswith("s") if english else _ru_plural(low)
    return False


def _several(words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool) -> bool:
    """Whether an item speaks of several documents, which a list may then name.

    "15 documents", "five agreements", "ряд документов" do; "a statement on X" is one document,
    told by its own words.
    """
    for w in words[start:end]:
        if w.low.isdigit() or (english and w.low.endswith("s") and _is_noun(w.low, lex, True)):
            return True
        if not english and _is_noun(w.low, lex, False) and _ru_plural(w.low):
            return True
        if (count_of(w.low) or 0) > 1:
            return True  # "five documents", "пять документов"
    return False


@functools.lru_cache(maxsize=1 << 12)
def _ru_pos(word: str) -> str | None:
    """The part of speech of a Russian word's first reading ("ADJF", "ADVB", "PRCL", "PRTF")."""
    parses = russian_morphology().parse(word)
    return str(parses[0].tag.POS) if parses and parses[0].tag.POS else None


@functools.lru_cache(maxsize=1 << 12)
def _ru_prepositional_only(word: str) -> bool:
    """Whether every reading of a Russian word is a noun in the prepositional case."""
    parses = russian_morphology().parse(word)
    return bool(parses) and all(
        p.tag.POS == "NOUN" and p.tag.case in ("loct", "loc2") for p in parses
    )


@functools.lru_cache(maxsize=1 << 12)
def _ru_plural(word: str) -> bool:
    return bool(russian_morphology().parse(word)[0].tag.number == "plur")


def _content_words(
    words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool
) -> list[str]:
    vague = lex.vague_en if english else lex.vague_ru
    out = []
    for w in words[start:end]:
        if not w.low[:1].isalnum() or (english and _is_adverb(w.low, lex)):
            continue
        key = w.low if english else _ru_lemma(w.low)
        if key in vague or _is_noun(w.low, lex, english):
            continue
        out.append(w.low)
    return out


def _vague(
    words: Sequence[_Word],
    start: int,
    end: int,
    lex: _Lexicon,
    english: bool,
    *,
    counts: bool = False,
) -> bool:
    """Whether an item names documents without saying what they are about.

    With ``counts`` a number is no content either, in figures or words: "12 documents,
    including A and B", "eight documents. These documents include ..." is the head of a list,
    and the list says what was adopted.
    """
    content = _content_words(words, start, end, lex, english)
    return all(counts and (w.isdigit() or count_of(w) is not None) for w in content)


def _adjunct_start(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> int:
    """Where an adjunct of place or time starts in an item ("11 documents at the summit")."""
    for i in range(start + 1, end):
        if words[i].low in lex.adjunct_prepositions:
            return i
    return end


def _colon_list(
    words: Sequence[_Word], start: int, limit: int, lex: _Lexicon, language: str
) -> list[tuple[int, int]]:
    """The items after a colon: ";"-separated segments, each split at its coordination."""
    spans: list[tuple[int, int]] = []
    at = start
    while at < limit:
        end = _object_end(words, at, limit, lex, language)
        spans.extend(_split(words, at, end, lex, language == "en", loose=True))
        if end >= limit or words[end].low != ";":
            break
        at = end + 1
    return spans


def _of_a_meeting(words: Sequence[_Word], at: int, end: int, lex: _Lexicon) -> bool:
    """Whether ``words[at:end]`` relate the noun before them to a meeting ("to the summit")."""
    return at < end and words[at].low in lex.meeting_relations and any(
        w.low.startswith(lex.meeting_words) for w in words[at + 1 : min(end, at + 5)]
    )


def _keep(
    text: str, words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool
) -> bool:
    """Whether the item ``words[start:end]`` is a decision worth reporting."""
    if start >= end:
        return False
    phrase = text[words[start].start : words[end - 1].end].lower()
    head = start
    while head + 1 < end and words[head].low in lex.en_determiners:
        head += 1
    if head + 1 < end and _is_draft(words[head].low):
        # "the draft agenda", "проект повестки дня": the draft of a procedure is procedure
        phrase = text[words[head + 1].start : words[end - 1].end].lower()
    if english:
        if words[start].low in ("part", "note", "notice") or any(
            phrase == p or (" " in p and phrase.startswith(p + " ")) for p in lex.procedural_en
        ) or (
            (words[head].low in lex.procedural_en or words[head].low in lex.meeting_procedure)
            and _of_a_meeting(words, head + 1, end, lex)
        ):  # fmt: skip
            # "the agenda", "the agenda of the summit in July" (a phrase begins it), "the
            # invitation to the summit" (a procedural noun of a meeting)
            return False
        if any(cue in phrase for cue in lex.scheduling_en):
            return False
    else:
        if phrase.startswith(lex.procedural_ru):
            return False
        if any(cue in phrase for cue in lex.scheduling_ru):
            return False
    if _next_meeting(words, start, end, lex) or _holding_meeting(words, start, end, lex):
        return False
    if _passed_on(words, start, end, lex, english):
        return False
    if place_named(text[words[head].start : words[end - 1].end]) is not None:
        return False  # "agreed on the venue of the next meeting: Moscow": a place, no document
    if _apposition(words, start, end):
        return False
    rest = head + 1 < end and words[head].low in lex.rest
    if rest and _is_noun(words[head + 1].low, lex, english):
        return False  # "other decisions aimed at ...": the rest of a list
    return not _vague(words, start, end, lex, english) or _one_document(
        words, start, end, lex, english
    )


def _passed_on(
    words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool
) -> bool:  # fmt: skip
    """Whether an item is drafts that say only where they go, with no content of their own.

    "The draft documents to be submitted to the heads of state", "проекты документов, которые
    будут внесены на рассмотрение Совета глав государств", "документы к июльскому саммиту":
    passed on, not decided; "the draft agreement on X" has content.
    """
    head = next((i for i in range(start, min(end, start + 4)) if _is_draft(words[i].low)), None)
    if head is not None:
        rest = words[head + 1 : end]
        if rest and _key(rest[0].low, english) in lex.generic_documents:
            rest = rest[1:]
        elif rest and _is_noun(rest[0].low, lex, english):
            return False  # "the draft agreement", "проект соглашения": a document of its own
    else:
        # "документы к июльскому саммиту": generic documents sent to a meeting are drafts too
        head = next((i for i in range(start, min(end - 1, start + 4))
                     if _key(words[i].low, english) in lex.generic_documents
                     and words[i + 1].low in lex.sending), None)  # fmt: skip
        if head is None:
            return False
        rest = words[head + 1 : end]
    if any(not (w.low in lex.en_determiners or w.low in lex.vague_en
                or _key(w.low, english) in lex.vague_ru) for w in words[start:head]):
        return False  # (only "the", "a package of" and the like before it)
    return all(
        not w.low[:1].isalnum() or _key(w.low, english) in lex.destinations
        or w.low in lex.sending or w.low in lex.en_determiners
        or (english and _is_adverb(w.low, lex))
        or (w.cased.isupper() and len(w.cased) > 1) or is_calendar_name(w.low)
        for w in rest
    )  # ("for the CIS summit", "к июльскому саммиту ШОС")


def _key(low: str, english: bool) -> str:
    """A word as the vocabulary lists it: English forms as they stand, Russian lemmas."""
    return low if english else _ru_lemma(low)


def _apposition(words: Sequence[_Word], start: int, end: int) -> bool:
    """Whether an item after a comma describes the one before it rather than adding one.

    "adopted the CIS Charter, a founding document that Ukraine never signed": an indefinite
    article right after the comma and a relative clause in the item (with its pronoun, or its
    auxiliary: "a text Moscow had pushed for") say what the Charter is;
    so does a part of a whole ("granted observer status to Iran, one of Armenia's key trading
    partners", "один из ...").
    """
    if start == 0 or words[start - 1].low != ",":
        return False
    if start + 1 < end and words[start].low in _ONE and words[start + 1].low in ("of", "из"):
        return True
    return words[start].low in ("a", "an") and any(
        w.low in _RELATIVES or w.low in _CLAUSE_AUXILIARIES for w in words[start + 1 : end]
    )  # (a relative with no pronoun has its auxiliary: "a text Moscow had pushed hard for")


_CLAUSE_AUXILIARIES = frozenset(["had", "has", "have", "was", "were", "is", "are"])


_ONE = frozenset(["one", "один", "одна", "одно", "одним", "одной", "одного"])


def _one_document(
    words: Sequence[_Word], start: int, end: int, lex: _Lexicon, english: bool
) -> bool:
    """Whether the item names one document of a kind ("a joint statement").

    A distinct document ("совместное заявление"), unlike "documents" or "a package of
    agreements".
    """
    nouns = [w.low for w in words[start:end] if _is_noun(w.low, lex, english)]
    if len(nouns) != 1:
        return False  # "a number of documents" has one too, but in the plural
    noun = nouns[0]
    if noun in lex.contentless or _ru_lemma(noun) in lex.contentless:
        return False
    if english:
        return not any(noun.endswith(e) and noun[: -len(e)] in lex.nouns_en for e in ("s", "es"))
    return _ru_singular(noun)


@functools.lru_cache(maxsize=1 << 12)
def _ru_singular(word: str) -> bool:
    """Whether a Russian noun is singular (its likeliest reading)."""
    return str(russian_morphology().parse(word)[0].tag.number or "") == "sing"


def _holding_meeting(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the item holds a meeting ("to hold the session in Minsk"), not a year of X.

    What is held is a meeting unless it is named by capitalised words, past any acronym, with
    no meeting word among them: "to hold the Year of the Volunteer", "провести Год экологии",
    "to hold a CIS Agro-Industrial Fair" (but "to hold the CIS summit").
    """
    for i in range(start, end):
        if words[i].low not in lex.holding:
            continue
        j = i + 1
        while j < end and (words[j].low in lex.en_determiners
                           or _ACRONYM.fullmatch(words[j].cased)):  # fmt: skip
            j += 1  # ("to hold a CIS Agro-Industrial Fair": the fair, named after the acronym)
        if j >= end:
            return True
        named = words[j].cased[:1].isupper()
        return not named or any(w.low.startswith(lex.meeting_words)
                                for w in words[j : min(end, j + _NAME_REACH)])
    return False


_NAME_REACH = 5
"""How many words of a name after a verb of holding may hold its meeting word ("the CSTO
Collective Security Council session")."""


def _next_meeting(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the item speaks of the next meeting ("the next CIS summit", "очередной саммит")."""
    for i in range(start, end):
        if words[i].low.startswith(lex.next_words):
            for k in range(i + 1, min(i + 5, end)):
                if words[k].low.startswith(lex.meeting_words):
                    return True
    return False


def _is_draft(low: str) -> bool:
    return low in ("draft", "drafts") or _ru_lemma(low) == "проект"


_TRIM = " \t\n,;:.-–—\"'“”«»()"


def _summary(text: str) -> str:
    words = text.strip(_TRIM).split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    summary = " ".join(words[:_SUMMARY_WORDS]).strip(_TRIM)
    return summary + ("…" if len(words) > _SUMMARY_WORDS else "")


# --- lists over following sentences ---------------------------------------------------------


def _continuation(doc: Document, sentence: Sentence, lex: _Lexicon) -> list[tuple[int, int, int]]:
    """Bullet lines or "firstly/secondly" sentences after ``sentence``: (index, start, end)."""
    out: list[tuple[int, int, int]] = []
    ordinals = (*lex.en_ordinals, *lex.ru_ordinals)
    for later in doc.sentences[sentence.index + 1 : sentence.index + 40]:
        chunk = doc.text[later.start : later.end]
        bullet = _BULLET.match(chunk)
        start = later.start
        if bullet is not None:
            start += bullet.end()
        else:
            first = chunk.split(None, 1)[0].rstrip(",:").lower() if chunk.split() else ""
            if first not in ordinals:
                # A list line without a marker still continues a list that has begun.
                if not (
                    out and chunk.rstrip().endswith(";") and later.paragraph > sentence.paragraph
                ):
                    break
            else:
                start += len(chunk) - len(chunk.lstrip()) + len(chunk.split(None, 1)[0])
        out.append((later.index, start, later.end))
    return out


# --- the stage ------------------------------------------------------------------------------


def find_decisions(doc: Document, sentence: Sentence) -> tuple[DecisionCandidate, ...]:
    """The decisions ``sentence`` states as adopted, in text order (one per distinct item).

    Each candidate's span is the object phrase that names the decision and its ``summary``
    that phrase trimmed; items of a list that continues on following lines (after a colon)
    carry the index of the sentence that states the adoption.
    """
    lex = _lexicon()
    text = doc.text
    english = doc.language != "ru"
    if doc.language not in ("en", "ru"):
        return ()
    low_sentence = text[sentence.start : sentence.end].lower()
    if lex.trigger_words.search(low_sentence) is None:
        return ()
    words = _words(text, sentence.start, sentence.end)
    readings = _en_readings(words, lex, low_sentence) if english else _ru_readings(words, lex)
    if english and readings and all(words[r.verb].low in lex.en_include_links for r in readings):
        # "These documents include A and B" after "... signed 11 documents.": the sentence
        # before reads them as its list
        before = doc.sentences[sentence.index - 1] if sentence.index > 0 else None
        if before is not None and _en_readings(
            _words(text, before.start, before.end), lex, text[before.start : before.end].lower()
        ):  # fmt: skip
            readings = []
    readings += _outcome_readings(words, lex, english)
    if not readings:
        header = _list_header(text, words, lex, english)
        if header is None:
            return ()
        # "Signed documents:", "Перечень подписанных документов:": the lines after it list
        # what was adopted; after "Key outcomes:", the lines that name a document
        listed = _listed(doc, sentence, lex, english, set())
        if header == "outcomes":
            listed = [c for c in listed if _names_document(text, c, lex, english)]
        return tuple(listed)
    found: list[DecisionCandidate] = []
    taken: set[tuple[int, int]] = set()
    verbs = sorted({r.verb for r in readings})
    language = "en" if english else "ru"
    talks = [m.start() for m in lex.bilateral_talks.finditer(low_sentence)]
    if not talks and _talks_before(doc, sentence, low_sentence, lex):
        talks = [0]  # "... провел встречу с премьером. В ходе встречи была подписана программа"
    for reading in readings:
        start, limit = reading.obj_start, reading.obj_end
        if start < len(words) and words[start].low in lex.pronouns:
            continue  # "signed it", "подписали его": a document told before
        if talks and min(talks) < words[reading.verb].start - sentence.start:
            continue  # "talks with X, following which the ministers signed ...": bilateral
        # Another adoption verb after this one starts a clause of its own.
        limit = min([limit, *(v for v in verbs if v > max(start, reading.verb))])
        if words[start].low == ":":
            # "The leaders approved: A; B; C." -- the verb itself opens a list
            end, start = start, start + 1
        else:
            end = _object_end(words, start, limit, lex, language)
            if not english and not _ru_object_ok(words, reading, start, end, lex):
                continue
        if end < len(words) and words[end].low == ":":
            if end + 1 >= len(words):
                found.extend(_listed(doc, sentence, lex, english, taken))
                continue
            spans = _colon_list(words, end + 1, limit, lex, language)
        else:
            spans = _items(words, start, end, lex, english)
            if all(_vague(words, a, b, lex, english) for a, b in spans):
                relative = _relative_end(words, end, limit, lex, language)
                if relative > end:
                    spans, end = [(start, relative)], relative
        if all(_vague(words, a, _adjunct_start(words, a, b, lex), lex, english, counts=True)
               and _several(words, a, b, lex, english) for a, b in spans):
            # "signed 15 documents. Among them: ...": the list, when one follows, says what
            listed = _listed(doc, sentence, lex, english, taken)
            if listed:
                found.extend(listed)
                continue
        # The quote of a decision stated by a verb and its object starts at the verb.
        active = reading.verb < start <= reading.verb + 3
        for a, b in spans:
            b = _trim_end(words, a, _before_meeting_adjunct(words, a, b, lex))
            if not _keep(text, words, a, b, lex, english):
                continue
            quote = words[reading.verb].start if active and a == start else words[a].start
            key = (quote, words[b - 1].end)
            if key in taken:
                continue
            taken.add(key)
            summary = _summary(text[words[a].start : key[1]])
            found.append(DecisionCandidate(key[0], key[1], sentence.index, summary))
    found.sort(key=lambda c: (c.sentence, c.start))
    return tuple(found)


_RELATIVES = frozenset(
    [
        "which",
        "that",
        "who",
        "whose",
        "который",
        "которые",
        "которое",
        "которая",
        "которую",
        "которых",
        "которым",
        "которой",
        "которого",
        "котором",
    ]
)
_OPENS_RELATIVE = _RELATIVES - {"that", "who", "whose"}
"""The pronouns that open a relative clause about a thing after a comma ("which", "который")."""


def _relative_end(
    words: Sequence[_Word], end: int, limit: int, lex: _Lexicon, language: str
) -> int:
    """The end of a relative clause that says what vague documents are about, or ``end``.

    "documents, which are to raise the anti-terrorist potential": the clause is their content.
    """
    if end + 1 < limit and words[end].low == "," and words[end + 1].low in _RELATIVES:
        closing = _object_end(words, end + 2, limit, lex, language)
        if any(_is_verbal(w.low, lex, language == "en") for w in words[end + 2 : closing + 1]):
            return end  # "a statement, which the ministers adopted": the act, no content
        return closing
    return end


def _ru_object_ok(
    words: Sequence[_Word], reading: _Reading, start: int, end: int, lex: _Lexicon
) -> bool:
    """Whether a Russian verb's object suits it ("решили создать", not "решили вопрос")."""
    if start >= end:
        return False
    first = words[start].low
    content = [w.low for w in words[start:end] if w.low[:1].isalpha()]
    if content and all(_ru_pos(w) == "ADVB" for w in content):
        return False  # "решение лидеры подписали единогласно": how, not what
    if reading.lemma == "поручить" and sum(
        w.low[:1].isalpha() for w in words[start:end]
    ) < _INSTRUCTION_WORDS:  # fmt: skip
        return False  # "его доработку поручили правительствам": an addressee, nothing to do
    if reading.lemma in lex.ru_infinitive_verbs and reading.lemma != "поручить":
        # "поручили МИД подготовить" keeps its addressee; the others need an infinitive.
        if _is_infinitive(first):
            return _ru_lemma(first) not in lex.ru_deferrals  # "решено проработать", deferral
        return first in ("о", "об", "что")
    if first == "решение" and start + 1 < end and _is_infinitive(words[start + 1].low) and (
        _ru_lemma(words[start + 1].low) in lex.ru_deferrals
    ):  # fmt: skip
        return False  # "приняли решение продолжить консультации": a deferral, as "решили"
    if reading.lemma in lex.ru_receive and (
        _ru_head_animate(words, start, end) or _hosted(words, start, end, lex)
    ):
        return False  # "министры были приняты президентом", "Ашхабад принимал СГП": hosting
    return not (reading.lemma in lex.ru_weak_verbs and first in lex.ru_prepositions)


_INSTRUCTION_WORDS = 2
"""An instruction names whom and what: "поручили МИД подготовить проект"."""


def _hosted(words: Sequence[_Word], start: int, end: int, lex: _Lexicon) -> bool:
    """Whether the object (within two words) is a meeting or a body named by its acronym."""
    for w in words[start : min(end, start + 2)]:
        if w.low.startswith(lex.meeting_words) or _ACRONYM.fullmatch(w.cased):
            return True
    return False


_ACRONYM = re.compile(r"[A-ZА-ЯЁ]{2,6}")


def _ru_head_animate(words: Sequence[_Word], start: int, end: int) -> bool:
    """Whether the first noun of ``words[start:end]`` (within three words) is animate."""
    for w in words[start : min(end, start + 3)]:
        animacy = _ru_animacy(w.low)
        if animacy is not None:
            return animacy
    return False


@functools.lru_cache(maxsize=1 << 12)
def _ru_animacy(word: str) -> bool | None:
    """Whether a Russian noun is animate ("министры"), or ``None`` if the word is no noun.

    Animate in any of its noun readings: "глав" is of heads as well as of chapters.
    """
    if not word[:1].isalpha() or word[:1].isascii():
        return None
    parses = russian_morphology().parse(word)
    if parses[0].tag.POS != "NOUN":
        return None
    return any(p.tag.POS == "NOUN" and p.tag.animacy == "anim" for p in parses)


def _is_infinitive(low: str) -> bool:
    return low.endswith(("ть", "ти", "чь", "ться"))


_DANGLING = frozenset(["and", "or", "also", "as", "well", "и", "или", "а", "также"])


def _trim_end(words: Sequence[_Word], start: int, end: int) -> int:
    """``end`` less trailing punctuation and dangling coordinators ("X, also", "X and")."""
    while end > start and (
        words[end - 1].low in _DANGLING
        or (not words[end - 1].low[:1].isalnum() and words[end - 1].low not in ')»”"')
    ):
        end -= 1
    return end


_SUBJECT_WORDS = 3
"""Words that may stand between a determiner and the document noun of a list's subject."""


def _documents_include(words: Sequence[_Word], lex: _Lexicon) -> int:
    """Where the list starts after "These documents include", "The signed agreements included".

    A determiner, a few words ending in a plural document noun, and "include": the sentence
    goes on with the list of the sentence before.  ``0`` when it does not open so.
    """
    if not words or words[0].low not in lex.en_determiners:
        return 0
    for i in range(1, min(len(words) - 1, _SUBJECT_WORDS + 2)):
        low = words[i].low
        if (low.endswith("s") and _is_noun(low, lex, True)) or low in lex.en_collections:
            return i + 2 if words[i + 1].low in lex.en_include_links else 0
    return 0


def _ru_documents_include(words: Sequence[_Word], lex: _Lexicon) -> int:
    """Where the list starts after "Подписанные документы включают", or ``0``.

    A few words opening the sentence, the last a plural document noun, then the verb; no word of
    drafts or plans among them ("Проекты документов включают ..." are none).
    """
    for i in range(min(len(words) - 1, _SUBJECT_WORDS + 1)):
        if words[i + 1].low in lex.ru_include_links and _is_noun(words[i].low, lex, False):
            opening = {_ru_lemma(w.low) for w in words[: i + 1]}
            return 0 if opening & lex.ru_unadopted else i + 2
    return 0


def _listed(
    doc: Document,
    sentence: Sentence,
    lex: _Lexicon,
    english: bool,
    taken: set[tuple[int, int]],
) -> list[DecisionCandidate]:
    """The items of a list that continues after ``sentence`` (bullet lines, "firstly")."""
    out: list[DecisionCandidate] = []
    text = doc.text
    language = "en" if english else "ru"
    following = doc.sentences[sentence.index + 1 : sentence.index + 2]
    if following:
        # "Among them: ...", "Среди них — A, B и C.": a sentence that goes on with the list
        opening = _words(text, following[0].start, following[0].end)
        openers = lex.en_list_openers if english else lex.ru_list_openers
        at = _marker_at(opening, 0, openers) or (_documents_include(opening, lex) if english
                                                 else 0)  # fmt: skip
        includes = lex.en_include_links if english else lex.ru_include_links
        if at and any(opening[r.verb].low not in includes for r in (
            _en_readings(opening, lex, text[following[0].start : following[0].end].lower())
            if english else _ru_readings(opening, lex)
        )):  # fmt: skip
            # "В частности, были приняты следующие решения: ...": its own verb tells ("These
            # documents include A" goes on with this list)
            return out
        if at:
            links = lex.en_among_links if english else lex.ru_among_links
            while at < len(opening) and (
                opening[at].low in (":", ",", *_DASHES) or opening[at].low in links
                or _marker_at(opening, at, openers)
            ):
                # "Among them were A, B and C"; "Это, в частности, A и B": a second opener too
                at += _marker_at(opening, at, openers) or 1
            if at >= len(opening):
                sentence = following[0]  # its items are on the lines after it
            else:
                for a, b in _colon_list(opening, at, len(opening), lex, language):
                    b = _trim_end(opening, a, b)
                    if _keep(text, opening, a, b, lex, english):
                        key = (opening[a].start, opening[b - 1].end)
                        if key not in taken:
                            taken.add(key)
                            summary = _summary(text[key[0] : key[1]])
                            out.append(DecisionCandidate(*key, sentence.index, summary))
                return out
    for _index, a, b in _continuation(doc, sentence, lex):
        item = _words(text, a, b)
        stop = _trim_end(item, 0, _object_end(item, 0, len(item), lex, "en" if english else "ru"))
        if not stop or not _keep(text, item, 0, stop, lex, english):
            continue
        key = (item[0].start, item[stop - 1].end)
        if key not in taken:
            taken.add(key)
            out.append(
                DecisionCandidate(key[0], key[1], sentence.index, _summary(text[key[0] : key[1]]))
            )
    return out
