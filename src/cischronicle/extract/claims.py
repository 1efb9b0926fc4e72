"""Claims: the words that say something happened to a meeting, typed by their grammar.

A predicate is a trigger word of ``lexicon/triggers.toml`` (a verb such as "hold", "convene",
"postpone", "состояться", or a noun such as "postponement") found in a sentence.  Its claim
follows from its class and the grammar around it, not from the wording of one article:

- English verbs: the verb's form (a past form, a participle, ``-ing``, the base after "to") and
  the auxiliaries before it in its clause give the tense ("will", "is to", "is expected to" make
  a future; "was", "has been" a past); "not", "never", "n't" negate it; "was to have" and "was
  supposed to" make an unreal past, which claims nothing.
- Russian verbs: the lemma and the tense come from the morphological analyser (``pymorphy3``):
  "состоится" is a perfective non-past (a future), "прошло" a past, "будет" + infinitive a
  future; "не" before the verb negates it.
- Modifiers of a meeting noun make nominal claims: "the upcoming summit", "предстоящий саммит"
  (scheduled), "the previous session" (held).

The class and tense give the kind: a meeting that happens (class ``event``, ``host``,
``attend``; ``act`` in the past) is held when the tense is past or present and scheduled when
it is future; a negated future is a cancellation, except of ``attend`` (someone who "will not
attend" leaves the meeting standing); ``schedule``, ``postpone`` and ``cancel``
words give their own kind; a negated past, an unreal past or a negated plan claims nothing.
"""

from __future__ import annotations

import functools
import re
import tomllib
from collections.abc import Sequence
from importlib import resources
from typing import Any

import attrs

from .model import ClaimKind, Document, Predicate, Sentence, Tense
from .text import clause_bounds, russian_morphology, russian_readings
from .timex import calendar, find_timexes_in

__all__ = ["Lexicon", "find_predicates", "lexicon", "reporting_spans", "russian_future"]

_VOWELS = "aeiou"


def _forms(lemma: str, irregular: dict[str, list[str]]) -> dict[str, str]:
    """The inflected forms of an English verb lemma: form -> ``base|3sg|past|pp|ing``.

    A verb in a single vowel and "l" has both spellings of its -ed and -ing forms: British
    "cancelled", "travelling" and American "canceled", "traveling".
    """
    forms = _spelled(lemma, irregular)
    if _VOWEL_L.search(lemma):
        for form, kind in list(forms.items()):
            if kind in ("past", "pp", "ing"):
                single = form.replace("lled", "led").replace("lling", "ling")
                double = re.sub(r"l(ed|ing)$", r"ll\1", single)
                forms.setdefault(single, kind)
                forms.setdefault(double, kind)
    return forms


_VOWEL_L = re.compile(r"(?<![aeiou])[aeiou]l$")


def _spelled(lemma: str, irregular: dict[str, list[str]]) -> dict[str, str]:
    """The forms of a lemma as its table or the regular rules spell them."""
    if lemma in irregular:
        third, past, participle, ing = irregular[lemma]
        forms = {lemma: "base", third: "3sg", past: "past", ing: "ing"}
        forms.setdefault(participle, "pp")
        if participle == past:
            forms[past] = "past"
        return forms
    if lemma.endswith("e"):
        stem = lemma[:-1]
        return {lemma: "base", lemma + "s": "3sg", lemma + "d": "past", stem + "ing": "ing"}
    if lemma.endswith(("s", "sh", "ch", "x", "z")):
        third = lemma + "es"
    elif lemma.endswith("y") and len(lemma) > 1 and lemma[-2] not in _VOWELS:
        return {lemma: "base", lemma[:-1] + "ies": "3sg", lemma[:-1] + "ied": "past",
                lemma + "ing": "ing"}  # fmt: skip
    else:
        third = lemma + "s"
    return {lemma: "base", third: "3sg", lemma + "ed": "past", lemma + "ing": "ing"}


@attrs.frozen
class Lexicon:
    """The trigger words compiled: English forms, Russian lemmas, grammar words."""

    en_pattern: re.Pattern[str]
    en_forms: dict[str, tuple[str, str, str]]
    """Lower-case phrase -> (class, lemma, form)."""
    en_nouns: dict[str, str]
    ru_classes: dict[str, tuple[str, ...]]
    ru_host_with_object: frozenset[str]
    ru_event_with_subject: frozenset[str]
    """Russian lemma -> its classes (a lemma such as "принять" is both host and act)."""
    ru_nouns: dict[str, str]
    future: re.Pattern[str]
    past_aux: re.Pattern[str]
    former_plan: re.Pattern[str]
    """Before a plan's verb: the plan as it was ("had been scheduled", "was originally planned")."""
    passive_aux: re.Pattern[str]
    """Forms of "be" that make a participle passive ("was held"; not "has attended")."""
    present_aux: re.Pattern[str]
    negation: re.Pattern[str]
    unreal: re.Pattern[str]
    reporting: re.Pattern[str]
    scheduled_modifier: re.Pattern[str]
    following_modifier: re.Pattern[str]
    preceding_modifier: re.Pattern[str]
    """Before a meeting noun, in English or Russian: the next one, another than the one held."""
    ongoing_modifier: re.Pattern[str]
    past_modifier: re.Pattern[str]
    ru_future: frozenset[str]
    ru_negation: frozenset[str]
    ru_experiential: frozenset[str]
    ru_offer: frozenset[str]
    accomplished: re.Pattern[str]
    """Before an English infinitive: done in the past ("had to be held", "managed to meet")."""
    ru_accomplished: frozenset[str]
    """Right before a Russian infinitive: done in the past ("пришлось провести")."""
    ru_plan_nouns: frozenset[str]
    """Before the noun of holding, a decision to hold: a plan ("решение о проведении")."""
    ru_question: frozenset[str]
    """Right after a verb, a question ("состоится ли"): it claims nothing."""
    ru_unreal: frozenset[tuple[str, ...]]
    coordinating: frozenset[str]
    """The words that coordinate clauses ("and", "but", "и", "а")."""
    about_before: re.Pattern[str]
    """A preposition relating an act's object to a meeting, up to three words before its noun
    ("the agenda of the upcoming CIS summit", "повестку к саммиту")."""
    directed: frozenset[str]
    """Verbs of motion that are verbs only before a direction ("heads to Minsk")."""
    directions: frozenset[str]
    personal_subjects: frozenset[str]
    """Personal pronouns that make a base form of planning a verb ("we plan a meeting")."""
    ru_question_words: frozenset[str]
    """Words of an indirect question before a verb ("какие встречи прошли"): no claim."""
    ru_former: frozenset[str]
    """Adverbs of origin that make a plan told in the past one that was ("изначально")."""
    ru_complementizers: frozenset[str]
    """Russian words that open a clause of what was said or planned ("что")."""
    ru_past_be: frozenset[str]
    ru_intend: frozenset[str]
    no_more: re.Pattern[str]
    ru_no_more: frozenset[str]
    ru_possibility: frozenset[str]
    conditions: re.Pattern[str]
    auxiliary_infinitives: frozenset[str]
    """Infinitives that lead on to another verb ("to be held", "to take place"), not an act."""
    gap_lead: re.Pattern[str]
    """A comma and a coordination before a meeting whose verb is left out ("..., а саммит")."""
    questions: re.Pattern[str]
    ru_reporting: re.Pattern[str]
    ru_scheduled_modifier: re.Pattern[str]
    ru_past_modifier: re.Pattern[str]
    inchoative: frozenset[str]
    """Lemmas that say a meeting began (English and Russian)."""
    meet_with: frozenset[str]
    """Lemmas of meeting whose "with" names whom one met ("met with students")."""
    terminative: frozenset[str]
    """Verbs that say a meeting ended ("ended", "завершился")."""
    time_subject: frozenset[str]
    """Verbs of happening only with a time as their subject ("April saw the ministers ...")."""
    not_present: frozenset[str]
    """Verbs of happening that in the present describe a body ("brings together")."""
    past_form: re.Pattern[str]
    """An English past form: a listed one, or a word ending in "-ed" not after "be" or "to"."""
    inverted: frozenset[str]
    """Verbs of happening only before their subject ("Then came the summit")."""
    chain_words: frozenset[str]
    """Words of an English verb's auxiliary chain (auxiliaries, modals, negation, adverbs)."""
    habitual: re.Pattern[str]
    copula_future: re.Pattern[str]
    contrast_adjunct: re.Pattern[str]
    """After a negated verb, what the negation denies instead of the meeting ("will not take
    place in Minsk but in Moscow")."""
    prepositions: frozenset[str]
    """English prepositions (an act's object stands after none)."""
    infinitive_gap: re.Pattern[str]
    """Between a verb and the infinitive it governs: maybe an adverb, maybe "to" ("agreed to
    hold", "решили провести", "предстоит также рассмотреть")."""
    complementizer: re.Pattern[str]
    """Right after a verb: the word opening a clause of what was said ("agreed that", "решили,
    что")."""
    copula_past_after: re.Pattern[str]
    """Right after a meeting noun: a past copula and a place or date ("was in Minsk in 2019")."""
    copula_future_after: re.Pattern[str]
    """Right after a meeting noun: a future or present copula and a place or date ("will be in
    Moscow in October", "is in Moscow in October"), read after a meeting told to come."""
    copula_past_before: re.Pattern[str]
    """A past copula at most two words before a meeting noun ("was the meeting", "стало
    заседание"): searched up to the noun."""
    iterative: re.Pattern[str]
    experience: re.Pattern[str]
    period: re.Pattern[str]
    as_scheduled: re.Pattern[str]
    noun_bases: frozenset[str]
    motion: frozenset[str]
    temporal_conjunction: re.Pattern[str]
    ordinal_infinitive: re.Pattern[str]
    """Closing the clause of an English present perfect: of some earlier time ("before")."""
    frames: dict[str, re.Pattern[str]]
    frame_end: re.Pattern[str]
    """The last word of any frame right before a position: a cheap test before a frame's own
    pattern is searched ("... ahead of", "... на")."""
    """``past``, ``future``, ``during``: prepositions placing a sentence at a meeting."""
    determiner_after: re.Pattern[str]
    """Whitespace and a determiner: a noun phrase follows ("holds the presidency")."""
    subject_before: re.Pattern[str]
    """One of the subjects that stand for the article's meeting or people, right before a
    relative pronoun ("the ministers, who last met in Ashgabat")."""
    distributive: re.Pattern[str]
    """Right before a place: "both in", "оба в" (the place is every meeting's of the
    sentence)."""
    person_after: re.Pattern[str]
    """A title of one person after a verb, maybe after a name or nationality ("met Turkmen
    President X"): the verb's object is that person."""
    here: re.Pattern[str]
    venue: re.Pattern[str]
    there: re.Pattern[str]
    same_venue: re.Pattern[str]
    """"At the same venue": the place of the story's own meeting."""
    demonstrative: re.Pattern[str]
    then: re.Pattern[str]
    coordination: re.Pattern[str]
    conjunct: re.Pattern[str]
    conjunct_before: re.Pattern[str]
    """A conjunction ending a stretch of text, maybe with a parenthetical and an adverb after
    it ("and, in the end, took place": one verb coordinated with the one before)."""
    sequence_after: re.Pattern[str]
    """A time adverb of sequence ending a stretch of text ("and before that in Astana")."""
    contrast: re.Pattern[str]
    deadline: re.Pattern[str]
    horizon: re.Pattern[str]
    since: re.Pattern[str]
    year_name: re.Pattern[str]
    """What makes the year before it a name ("2026 the Year of ...")."""
    offers: re.Pattern[str]
    instead: re.Pattern[str]
    later: re.Pattern[str]
    """After a meeting called off: a new date to come, so it is only put off."""
    aside: re.Pattern[str]
    earlier: re.Pattern[str]
    pronoun_near: re.Pattern[str]
    """A personal pronoun right before the verb, through auxiliaries ("..., однако из-за
    пандемии он был перенесен")."""
    possibility: re.Pattern[str]
    """A modal of possibility before "be" ("could be agreed"): a time to come."""
    plans_that_were: re.Pattern[str]
    """In a verb's chain: a plan that was ("had been due to"), see ``Predicate.superseded``."""
    time_subject_noun: re.Pattern[str]
    """A clause's subject that is a time ("The year opened in Almaty"): no meeting's."""
    person_subject: re.Pattern[str]
    """A person's pronoun as the clause's subject ("he met with ..."): no meeting of a body."""
    time_preposition: re.Pattern[str]
    """A time preposition right before a meeting noun, maybe through an article ("after the")."""
    comparison: re.Pattern[str]
    """A comparison opening a phrase after its comma ("Armenia, as in October last year ...")."""
    respectively: re.Pattern[str]
    move_to: re.Pattern[str]
    """Between a verb of moving and where the meeting goes ("moved from Almaty to Astana")."""
    then_after: re.Pattern[str]
    """"Then" closing a clause ("... chaired by Belarus then.")."""
    again: re.Pattern[str]
    """"Again" by a verb of meeting to come ("agreed to meet again"): another meeting."""
    pronoun_subject: re.Pattern[str]
    pronoun_object: re.Pattern[str]
    pronoun_after: re.Pattern[str]
    """A personal pronoun right after a verb, its object ("postponed it", "отложили его")."""
    act_subject: re.Pattern[str]
    """A noun of an act ("рассмотрение", "signing"): as a subject, no meeting's."""
    explicit_subject: re.Pattern[str]
    not_there_after: re.Pattern[str]
    """Whitespace and a word after "there" that makes it no place ("there is")."""
    anchor_ending: re.Pattern[str]
    """A relative date's last word that takes the meeting after it ("the day before")."""
    anchor_link: re.Pattern[str]
    """Whitespace and a word linking a relative date to its meeting ("the next day after")."""


def _words(phrases: list[str], *, cased: bool = False) -> re.Pattern[str]:
    """Phrases as one pattern of whole words; ``*`` is any ending, ``_`` one word or none.

    ``cased``: as written (lower case: "said" reports, "Said" may be a name).  Grammar phrases
    are searched in a verb's chain of auxiliaries (see :func:`_chain`), where anything found
    governs the verb.
    """
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        pattern = ""
        for word in phrase.split():
            if word == "_":
                pattern += r"(?:\s+[\w'’-]+)?"  # "in this Kazakh city", "in this city"
                continue
            pieces = re.split("['’]", word.rstrip("*"))
            ending = r"\w*" if word.endswith("*") else ""
            if pattern:
                pattern += r"\s+"
            pattern += "['’]".join(map(re.escape, pieces)) + ending
        alternatives.append(pattern)
    body = "(?<![\\w'’])(?:" + "|".join(alternatives) + ")(?!\\w)"
    return re.compile(body, 0 if cased else re.IGNORECASE)


@functools.cache
def lexicon() -> Lexicon:
    """The compiled trigger lexicon (read from the package's data once)."""
    data: dict[str, Any] = tomllib.loads(
        resources.files("cischronicle").joinpath("lexicon/triggers.toml").read_text("utf-8")
    )
    en, ru = data["en"], data["ru"]
    irregular = en["irregular"]
    forms: dict[str, tuple[str, str, str]] = {}
    particles = frozenset(en["grammar"]["particles"])
    pronoun = "|".join(p for p in data["deixis"]["object_pronouns"] if p.isascii())
    for cls in ("event", "host", "attend", "act", "schedule", "postpone", "cancel"):
        for entry in en[cls]:
            first, *rest = entry.split()
            for form, kind in _forms(first, irregular).items():
                phrase = " ".join([form, *rest])
                forms.setdefault(phrase.lower(), (cls, entry, kind))
    put_off = {phrase for phrase, (cls, _, _) in forms.items() if cls in ("postpone", "cancel")
               and len(phrase.split()) == 2 and phrase.split()[1] in particles}  # fmt: skip

    def spaced(phrase: str) -> str:
        words = list(map(re.escape, phrase.split()))
        if phrase in put_off:
            # a pronoun object between the verb and its particle: "put it off", "called it off"
            return words[0] + r"\s+(?:(?:" + pronoun + r")\s+)?" + words[1]
        return r"\s+".join(words)

    alternatives = sorted(forms, key=len, reverse=True)
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(spaced, alternatives)) + r")(?![\w-])", re.IGNORECASE
    )
    ru_classes: dict[str, tuple[str, ...]] = {}
    for cls in ("event", "host", "attend", "act", "schedule", "postpone", "cancel"):
        for lemma in ru[cls]:
            ru_classes[lemma] = (*ru_classes.get(lemma, ()), cls)
    grammar, ru_grammar, deixis = en["grammar"], ru["grammar"], data["deixis"]
    return Lexicon(
        en_pattern=pattern,
        en_forms=forms,
        en_nouns={n: cls for cls, nouns in en["nouns"].items() for n in nouns},
        ru_classes=ru_classes,
        ru_host_with_object=frozenset(ru["host_with_object"]),
        ru_event_with_subject=frozenset(ru["event_with_subject"]),
        ru_nouns={n: cls for cls, nouns in ru["nouns"].items() for n in nouns},
        future=_words(grammar["future"]),
        past_aux=_words(grammar["past_aux"]),
        former_plan=re.compile(
            r"(?i)\bhad\s+(?:\w+ly\s+)?been\b|\b(?:was|were)\s+"
            + _words(grammar["former_plan"]).pattern
            # the adverb first: "the meeting initially was scheduled for 3 April"
            + "|" + _words(grammar["former_plan"]).pattern + r"\s+(?:was|were)\b"
        ),
        passive_aux=_words(grammar["passive_aux"]),
        present_aux=_words(grammar["present_aux"]),
        negation=_words(grammar["negation"]),
        unreal=_words(grammar["unreal"] + grammar["plans_that_were"]),
        accomplished=_words(grammar["accomplished"]),
        ru_accomplished=frozenset(ru_grammar["accomplished"]),
        reporting=_words(grammar["reporting"], cased=True),
        scheduled_modifier=_words(grammar["scheduled_modifiers"]),
        following_modifier=_words(grammar["following_modifiers"]
                                  + ru_grammar["following_modifiers"]),
        preceding_modifier=_words(grammar["preceding_modifiers"]
                                  + ru_grammar["preceding_modifiers"]),
        past_modifier=_words(grammar["past_modifiers"]),
        ongoing_modifier=_words(grammar["ongoing_modifiers"]),
        ru_future=frozenset(ru_grammar["future"]),
        ru_negation=frozenset(ru_grammar["negation"]),
        ru_experiential=frozenset(ru_grammar["experiential"]),
        ru_offer=frozenset(ru_grammar["offer"]),
        ru_plan_nouns=frozenset(ru_grammar["plan_nouns"]),
        ru_question=frozenset(ru_grammar["question"]),
        ru_unreal=frozenset(tuple(p.split()) for p in ru_grammar["unreal"]),
        coordinating=frozenset(deixis["coordinations"]),
        about_before=re.compile(
            _words(grammar["about"] + ru_grammar["about"]).pattern
            + r"\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE,
        ),
        directed=frozenset(grammar["directed"]),
        directions=frozenset(grammar["directions"]),
        personal_subjects=frozenset(grammar["personal_subjects"]),
        ru_question_words=frozenset(ru_grammar["question_words"]),
        ru_former=frozenset(ru_grammar["former"]),
        ru_complementizers=frozenset(ru_grammar["complementizers"]),
        ru_past_be=frozenset(ru_grammar["past_be"]),
        ru_intend=frozenset(ru_grammar["intend"]),
        no_more=_words(grammar["no_more"]),
        ru_no_more=frozenset(ru_grammar["no_more"]),
        ru_possibility=frozenset(ru_grammar["possibility"]),
        conditions=_words(grammar["conditions"]),
        auxiliary_infinitives=frozenset(grammar["auxiliary_infinitives"]),
        gap_lead=re.compile(r"\s*,?\s*" + _words(deixis["coordinations"]).pattern
                            + r"\s+(?:[\w'’-]+\s+){0,2}", re.IGNORECASE),
        questions=_words(grammar["questions"]),
        ru_reporting=_words(ru_grammar["reporting"], cased=True),
        ru_scheduled_modifier=_words(ru_grammar["scheduled_modifiers"]),
        ru_past_modifier=_words(ru_grammar["past_modifiers"]),
        inchoative=frozenset(en["inchoative"]),
        meet_with=frozenset(en["meet_with"]),
        terminative=frozenset(en["terminative"]),
        time_subject=frozenset(en["time_subject"]),
        not_present=frozenset(en["not_present"]),
        past_form=re.compile(
            r"(?<![\w'’])(?:" + _words(en["grammar"]["past_forms"], cased=True).pattern
            + r"|(?<!\bbe\s)(?<!\bto\s)(?<!\bis\s)(?<!\bare\s)[a-z]{2,}ed)(?![\w'’])"
        ),
        inverted=frozenset(en["inverted"]),
        chain_words=frozenset(
            w.lower().replace("’", "'")
            for key in ("future", "past_aux", "present_aux", "negation", "unreal",
                        "plans_that_were", "chain_adverbs",
                        "accomplished")
            for phrase in grammar[key]
            for w in phrase.split()
        ),
        habitual=_words(grammar["habitual"]),
        copula_future=_words(grammar["copula_future"] + ru_grammar["copula_future"]),
        prepositions=frozenset(grammar["prepositions"]),
        contrast_adjunct=_words(grammar["contrast_adjuncts"]),
        infinitive_gap=re.compile(r"\s+(?:" + _words(
            grammar["chain_adverbs"] + ru_grammar["adverbs"]
        ).pattern + r"\s+)?(?:to\s+)?", re.IGNORECASE),
        complementizer=re.compile(r"\s*,?\s*" + _words(
            grammar["complementizers"] + ru_grammar["complementizers"]
        ).pattern, re.IGNORECASE),
        copula_past_after=_copula_after(grammar["copula_past"] + ru_grammar["copula_past"],
                                        grammar["copula_complements"]
                                        + ru_grammar["copula_complements"]),
        copula_future_after=_copula_after(grammar["copula_future"] + ru_grammar["copula_future"]
                                          + grammar["copula_present"],
                                          grammar["copula_complements"]
                                          + ru_grammar["copula_complements"]),
        copula_past_before=re.compile(
            _words(grammar["copula_past"] + ru_grammar["copula_past"]).pattern
            + r"\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE
        ),
        iterative=_words(grammar["iterative"]),
        experience=_words(grammar["experience"]),
        period=_words(grammar["period"]),
        as_scheduled=_words(grammar["as_scheduled"]),
        noun_bases=frozenset(grammar["noun_bases"]),
        motion=frozenset(grammar["motion"]),
        temporal_conjunction=re.compile(
            _words(grammar["temporal_conjunctions"]).pattern
            + r"\s+(?:(?:the|a|an|its|their|all|both|[A-Z][\w-]*)\s+){0,5}"
            + r"(?:[\w-]+\s+){0,2}$", re.IGNORECASE,
        ),
        ordinal_infinitive=re.compile(
            r"(?i)\b(?:the|its|their|a)\s+" + _words(grammar["ordinal_heads"]).pattern
            + r"[^,;:.!?]*?\bto\s+(?:be\s+)?(?:\w+ly\s+)?$"
        ),
        frames={
            # (not after a determiner: "the following summit" is an adjective's, no frame)
            when: re.compile(
                r"(?<!\bthe\s)(?<!\ba\s)(?<!\bits\s)(?<!\btheir\s)"
                + _words([w for part in parts for w in en["frames"][part] + ru["frames"][part]])
                .pattern + r"\s+$", re.IGNORECASE,
            )
            for when, parts in (
                ("past", ("past",)), ("future", ("future", "purpose", "preparation")),
                ("during", ("during",)), ("alongside", ("alongside",)),
                ("purpose", ("purpose",)), ("since", ("since",)),
                ("preparation", ("preparation",)),
                # any frame that makes its meeting another one than the verb's: one search
                ("related", ("past", "future", "purpose", "preparation", "alongside", "since")),
                ("any", ("past", "future", "purpose", "preparation", "during", "alongside",
                         "since")),
            )
        },
        frame_end=re.compile(
            _words(sorted({phrase.split()[-1]
                           for when in ("past", "future", "purpose", "preparation", "during",
                                        "alongside", "since")
                           for phrase in en["frames"][when] + ru["frames"][when]}))
            .pattern + r"\s+$", re.IGNORECASE,
        ),
        determiner_after=_after_space(grammar["determiners"]),
        person_after=re.compile(
            r"\s+(?:[A-ZА-ЯЁ][\w'’-]+\s+){0,2}(?i:" + _words(grammar["person_titles"]).pattern
            + r")(?![\w-])"
        ),
        here=_words(deixis["here"]),
        venue=_words(deixis["venue"]),
        there=_words(deixis["there"]),
        same_venue=_words(deixis["same_venue"]),
        distributive=re.compile(
            r"(?i)(?<![\w-])" + _words(deixis["distributive"]).pattern
            + r"\s*,?\s+(?:in|at|в|во)\s+$"
        ),
        explicit_subject=re.compile(r"\W*" + _words(deixis["subjects"]).pattern, re.IGNORECASE),
        subject_before=re.compile(
            r"(?i)" + _words(deixis["subjects"]).pattern + r"[\s,]*$"
        ),
        act_subject=_words(deixis["act_subjects"]),
        pronoun_object=re.compile(
            r"(?i)\s+" + _words(deixis["objects"]).pattern + r"(?!\s*(?:of|-|–)\b)"
        ),
        pronoun_after=re.compile(r"(?i)\s+" + _words(deixis["object_pronouns"]).pattern),
        pronoun_subject=re.compile(
            r"(?i)\W*(?:" + _words(deixis["subject_openers"]).pattern + r"\s+)?"
            r"(?:" + _words(deixis["subject_fronts"]).pattern + r"\s*,?\s+)?(?:"
            + _words(deixis["subjects"]).pattern + r")?"
            r"(?:\s*,[^,;:]{1,40},)?\s*"  # a parenthetical: ", по словам министра,"
            r"(?:\w+ly\s+|also\s+|now\s+|again\s+|тоже\s+|также\s+)?"
            r"(?:will|shall|would|is|are|was|were|has|have|had|to|be|been|не|будет|будут)?\s*"
            r"(?:\w+\s+){0,2}$"
        ),
        person_subject=re.compile(
            r"(?i)\W*" + _words(deixis["person_pronouns"]).pattern + r"\s+(?:[\w'’-]+\s+){0,2}$"
        ),
        time_subject_noun=re.compile(
            r"(?i)\W*(?:the|this|that|last|next|этот|тот|прошлый)?\s*"
            + _words(_time_nouns(deixis["time_nouns"])).pattern + r"\s+$"
        ),
        plans_that_were=_words(grammar["plans_that_were"]),
        possibility=re.compile(
            r"(?i)" + _words(grammar["possibility"]).pattern + r"\s+(?:not\s+|also\s+)?be\b"
        ),
        pronoun_near=re.compile(
            r"(?i)(?<!\w)" + _words(deixis["pronouns"]).pattern
            + r"\s+(?:(?:was|were|has|have|had|been|already|also|будет|будут|был|была|было|были"
            r"|уже|также|тоже)\s+){0,2}$"
        ),
        earlier=re.compile(
            r"\W{0,3}" + _words(deixis["earlier"]).pattern + r"\W(?!\W*"
            + _words(deixis["earlier_reported"]).pattern + ")", re.IGNORECASE,
        ),
        respectively=_words(deixis["respectively"]),
        move_to=re.compile(
            r"\s+(?:" + _words(deixis["move_from"]).pattern + r"\s+[\w-]+(?:\s+[\w-]+)?\s+)?"
            + _words(deixis["move_to"]).pattern + r"\s+", re.IGNORECASE,
        ),
        then_after=re.compile(_words(deixis["then_after"]).pattern + r"[\s.!?;,\"'»”]*$",
                              re.IGNORECASE),
        again=_words(deixis["again"]),
        comparison=re.compile(r",\s*" + _words(deixis["comparisons"]).pattern, re.IGNORECASE),
        time_preposition=re.compile(
            _words(deixis["time_prepositions"]).pattern
            + r"\s+(?:(?:the|a|an|its|their|this|that)\s+)?$", re.IGNORECASE,
        ),
        deadline=re.compile(_words(deixis["deadline"]).pattern + r"\s+$", re.IGNORECASE),
        horizon=re.compile(_words(deixis["horizon"]).pattern + r"\s+$", re.IGNORECASE),
        since=re.compile(_words(deixis["since"]).pattern + r"\s+(?:the\s+)?$", re.IGNORECASE),
        year_name=re.compile(r"\W{0,4}(?:(?:as|года|г\.)\s+)?" + _words(deixis["year_names"],
                                                                       cased=True).pattern),
        offers=re.compile(_words(deixis["offers"]).pattern, re.IGNORECASE),
        instead=re.compile(_words(deixis["instead"]).pattern, re.IGNORECASE),
        later=re.compile(_words(deixis["later"]).pattern, re.IGNORECASE),
        aside=re.compile(r"\s+(?:" + _words(deixis["aside"]).pattern + r")", re.IGNORECASE),
        coordination=re.compile(r",\s+" + _words(deixis["coordinations"]).pattern + r"\s+",
                                re.IGNORECASE),
        conjunct=re.compile(r"\s" + _words(deixis["conjuncts"]).pattern + r"\s", re.IGNORECASE),
        sequence_after=re.compile(
            r"\s" + _words(deixis["sequence"]).pattern + r"\s*,?\s*$", re.IGNORECASE
        ),
        conjunct_before=re.compile(  # verbs joined by "and" or "but" share their subject
            _words([*deixis["conjuncts"], *deixis["contrasts"]]).pattern
            + r"(?:\s*,[^,]{1,30},)?\s*(?:\w+\s+)?$",
            re.IGNORECASE,
        ),
        contrast=re.compile(r",\s" + _words(deixis["contrasts"]).pattern + r"\s", re.IGNORECASE),
        then=re.compile(r"\W{0,3}" + _words(deixis["then"]).pattern + r"\W", re.IGNORECASE),
        demonstrative=re.compile(_words(deixis["demonstratives"]).pattern + r"\s+$", re.IGNORECASE),
        not_there_after=_after_space(deixis["not_there_before"]),
        anchor_ending=re.compile(_words(deixis["anchor_endings"]).pattern + "$", re.IGNORECASE),
        anchor_link=_after_space(deixis["anchor_links"], optional=True),
    )


def _time_nouns(others: list[str]) -> list[str]:
    """The nouns of a time: the calendar's units and seasons, in every form, and ``others``."""
    data = calendar()
    return [*(form for forms in data["units"].values() for form in forms),
            *(form for forms in data["seasons"].values() for form in forms), *others]  # fmt: skip


def _copula_after(copulas: list[str], complements: list[str]) -> re.Pattern[str]:
    """Whitespace, a copula and a preposition of place or time (to ``match`` after a noun)."""
    return re.compile(r"\s+" + _words(copulas).pattern + r"\s+" + _words(complements).pattern
                      + r"\s", re.IGNORECASE)  # fmt: skip


def _after_space(phrases: list[str], *, optional: bool = False) -> re.Pattern[str]:
    """Whitespace, then one of the phrases as a whole word (to ``match`` right after a word)."""
    return re.compile(r"\s" + ("*" if optional else "+") + _words(phrases).pattern, re.IGNORECASE)


# --- kinds ------------------------------------------------------------------------------


def kind_of(cls: str, tense: Tense, *, negated: bool, unreal: bool) -> ClaimKind | None:
    """The claim a predicate of a class makes, given its tense, negation and reality."""
    if unreal:
        return None  # "asked to postpone", "proposed to call off", "could be postponed"
    if cls == "postpone":
        return None if negated else ClaimKind.POSTPONED
    if cls == "cancel":
        return None if negated else ClaimKind.CANCELLED
    if cls == "schedule":
        return None if negated else ClaimKind.SCHEDULED
    if cls == "attend":
        negated = False  # "Armenia will not attend the meeting": the meeting still takes place
    if tense is Tense.FUTURE:
        if cls == "act":
            return None  # "will discuss", "will sign": the meeting is claimed elsewhere
        if negated:
            # The meeting itself will not take place ("Minsk will not host the summit" denies
            # the host, not the meeting).
            return ClaimKind.CANCELLED if cls == "event" else None
        return ClaimKind.SCHEDULED
    if negated:
        return None
    if tense in (Tense.PAST, Tense.PRESENT):
        return ClaimKind.HELD
    return None


# --- English ----------------------------------------------------------------------------

_CLAUSE_START = re.compile(r"[;:.!?\"“”«»()]|\s[–—-]\s|,\s+(?:but|while|which|whereas)\s")
_WINDOW = 60


def _left_context(text: str, low: int, position: int) -> str:
    """The words before ``position`` in its clause (at most :data:`_WINDOW` characters)."""
    start = max(low, position - _WINDOW)
    window = text[start:position]
    cut = None
    for match in _CLAUSE_START.finditer(window):
        cut = match.end()
    return window[cut:] if cut is not None else window


_CHAIN_WORD = re.compile(r"[\w'’]+")


@functools.cache
def _month_names() -> frozenset[str]:
    """Every written form of a month, lower case (``lexicon/calendar.toml``)."""
    return frozenset(form.lower() for forms in calendar()["months"].values() for form in forms)


def _chain(before: str, lex: Lexicon) -> str:
    """The verb's chain of auxiliaries.

    The words right before it that are auxiliaries, modals, negation or adverbs ("will not
    be", "is now expected to", "was to have").
    """
    words = _CHAIN_WORD.findall(before)
    kept: list[str] = []
    for word in reversed(words[-8:]):
        low = word.lower().replace("’", "'")
        if word[:1].isupper() and low in _month_names():
            break  # "on 12 May met": a month, not the modal
        contracted = low.endswith("n't") and low[:-3] in lex.chain_words | {"wo", "ca", "do"}
        if low in lex.chain_words or low.endswith("ly") or low in ("n't", "'ll") or contracted:
            kept.append(low)
        else:
            break
    return " ".join(reversed(kept)) + " "


def _english_tense(form: str, before: str, lex: Lexicon) -> tuple[Tense, bool]:
    """The tense of an English verb form given its chain of auxiliaries; whether it is unreal.

    Only the auxiliaries that govern the verb count ("that was due to take place in Kiev on 18
    April will not take place": the second verb's chain is "will not").
    """
    before = _chain(before, lex)
    if lex.accomplished.search(before):
        return Tense.PAST, False  # "had to be held online", "managed to meet"
    if lex.unreal.search(before):
        return Tense.PAST, True
    if lex.future.search(before):
        return Tense.FUTURE, False
    if _INFINITIVE.search(before):
        return Tense.FUTURE, False  # "to meet", "to be held": an intention or a plan
    if lex.present_aux.search(before) and form in ("ing", "pp", "past"):
        return Tense.PRESENT, False
    if lex.past_aux.search(before):
        return Tense.PAST, False
    if form in ("past", "pp"):
        return Tense.PAST, False
    if form in ("3sg", "ing"):
        return Tense.PRESENT, False
    if form == "base":
        return Tense.PRESENT, False
    return Tense.UNKNOWN, False


def _ordinal_infinitive(text: str, start: int, at: int, lex: Lexicon) -> Tense | None:
    """The tense of an infinitive that describes an ordinal head, or None for any other.

    "It was the first summit since 2019 to be attended by all leaders" tells a meeting held:
    the infinitive is in the time of the copula before its head, and with none it has no time
    of its own (``Tense.UNKNOWN``).
    """
    head = lex.ordinal_infinitive.search(text, start, at)
    if head is None:
        return None
    before = text[start : head.start()].rstrip()
    if lex.copula_future.search(before[-16:]):
        return Tense.FUTURE
    last = _CHAIN_WORD.findall(before)[-2:]
    words = " ".join(last).lower()
    if lex.past_aux.search(words):
        return Tense.PAST
    if lex.present_aux.search(words):
        return Tense.PRESENT
    return Tense.UNKNOWN


_BY_AFTER = re.compile(r"(?i)\s+by\b")
_BY_LOWER = re.compile(r"\s+by(?=\s+[a-z])")


def _by_means(text: str, end: int, lex: Lexicon) -> bool:
    """Whether "by" after a verb names a means, not an agent.

    A bare lower-case noun is a means ("met by video link"); a determiner or a name is an agent
    ("chaired by the minister", "hosted by Kazakhstan").
    """
    by = _BY_LOWER.match(text, end)
    return by is not None and lex.determiner_after.match(text, by.end()) is None


_TO_AFTER = re.compile(r"(?i)\s+to\b")
_COORDINATED = re.compile(r"(?i)(?:,|\band|\bor)\s+(?:\w+ly\s+|also\s+)?$")
_NEGATED = re.compile(r"(?i)(?<!\w)(?:failed|refused|unable|unlikely)\s+to\s+(?:\w+ly\s+)?$")
_NO_MORE_REACH = 30
"""How far after a negated verb "again" may stand ("will not meet in Astana again")."""
_FAILED = re.compile(
    r"(?i)(?<!\w)(?:failed|refused|declined|(?:was|were)\s+(?:unable|not\s+able))\s+to\s+"
    r"(?:\w+ly\s+)?$"
)
_INFINITIVE = re.compile(r"(?i)(?<![\w'’])to\s+(?:be\s+)?(?:\w+ly\s+)?$")
_INDEFINITE_MODIFIED = re.compile(r"(?i)(?<![\w'’])(?:a|an)\s+[a-z-]+\s+$")
"""An indefinite article and one word before a base form: a noun with its modifier."""
_DETERMINER = re.compile(
    r"(?i)(?<![\w'’])(?:a|an|the|this|that|these|its|their|our|his|her|of|under|similar|new|first|"
    r"joint|action|work|long-term)\s+$"
    r"|(?<!\b[Ll]et)(?<!\b[Ii]t)(?<!\b[Tt]hat)(?<!\b[Ww]hat)['’]s\s+$"  # "year's chair": a noun
)


_LAST_WORD = re.compile(r"(?<![\w'’])([a-z]+)\s+$")
"""The word right before a verb form, in lower case (a preposition makes a noun of it)."""
_RELATIVE_THAT = re.compile(r"(?i)(?<![\w'’])that\s+$")
"""Before a verb's third person: a relative pronoun ("that opens"), no determiner of a noun."""


def _english(doc: Document, sentence: Sentence, lex: Lexicon) -> list[Predicate]:
    text = doc.text
    found: list[Predicate] = []
    bare: list[bool] = []  # an -ed form with no auxiliary: a past verb or a participle
    by_participles: list[bool] = []  # "hosted by India": in the time of its clause's verb
    participles: list[bool] = []  # an -ing form set off by commas, with no time of its own
    for match in lex.en_pattern.finditer(text, sentence.start, sentence.end):
        words = match.group(0).lower().split()
        if " ".join(words) not in lex.en_forms:
            del words[1]  # "put it off": the phrase without its pronoun object
        cls, lemma, form = lex.en_forms[" ".join(words)]
        before = _left_context(text, sentence.start, match.start())
        participle = form == "ing" and (
            _APPOSED.search(before) is not None
            or (not before.strip() and _FRONTED_ADJUNCT.match(text, match.end()) is not None)
        )  # "Meeting in Chisinau on the eve of the summit, the ministers ...": fronted
        if form == "ing" and not _BE_BEFORE.search(before) and not participle:
            continue  # "the opening of", "the next meeting": a noun unless after a form of "be"
        if lemma in lex.directed and text[match.end() : match.end() + _DIRECTION_REACH].split()[
            :1
        ] not in [[w] for w in lex.directions]:
            continue  # "the heads of state": a noun; "heads to Minsk": a verb of motion
        if lemma in ("set", "due", "expect") and not _SCHEDULE_AFTER.match(text, match.end()):
            continue  # "set" and "due" schedule only before "for", "to", "in", "on"
        if lemma == "due" and _BECAUSE.match(text, match.end()):
            continue  # "due to the pandemic": because of it
        if cls == "schedule" and form in ("base", "3sg") and not _TO_AFTER.match(
            text, match.end()
        ) and not lex.future.search(_chain(before, lex)) and not (
            form == "base" and personal_subject_before(text, match.start())
        ):  # fmt: skip
            continue  # "outlined plans for cooperation": a noun; "plans to meet", "we plan" plan
        if lemma in lex.time_subject and not (
            form == "past" and _time_subject(text, sentence, match.start())
        ):
            continue  # "April saw the ministers in Almaty"; not "Putin saw the leaders"
        if lemma in lex.inverted and not (form == "past" and _INVERTED_BEFORE.search(before)):
            continue  # "Then came the summit"; not "the decision came after talks"
        if lemma in lex.inchoative and _ASPECT_AFTER.match(text, match.end()):
            continue  # "began arriving", "started to prepare": the other verb's beginning
        if cls == "schedule" and _AS_BEFORE.search(before):
            continue  # "will meet in Minsk as planned": an adverb of the verb before it
        if lemma == "move" and not _MOVE_AFTER.match(text, match.end()):
            continue  # "moved to/from" a date or place postpones; other moves do not
        if lemma in lex.noun_bases and form == "base" and not lex.future.search(before):
            continue  # frequent nouns or adjectives in their base form
        chain = _chain(before, lex)
        if form in ("base", "3sg") and _DETERMINER.search(before) and not lex.future.search(
            chain
        ) and not (form == "3sg" and _RELATIVE_THAT.search(before)):  # fmt: skip
            # "a plan", "the start", "its close": a noun; "will first attend", "a summit that
            # opens tomorrow": a verb
            continue
        if form == "base" and _INDEFINITE_MODIFIED.search(before):
            continue  # "a good start", "a fresh start": a singular subject takes no base verb
        if form == "3sg" and (last := _LAST_WORD.search(before)) is not None and (
            last.group(1).lower() in lex.prepositions and last.group(1).lower() != "to"
        ):  # fmt: skip
            continue  # "watched for signs of friction": a plural noun after a preposition
        tense, unreal = _english_tense(form, before, lex)
        if lemma in lex.not_present and tense is Tense.PRESENT:
            continue  # "the council brings together the prime ministers": what it is
        if participle and not chain.strip():
            tense = Tense.UNKNOWN  # "..., approving the drafts": the time of its clause's verb
        if _FAILED.search(before):
            tense = Tense.PAST  # "failed to agree at their meeting": the meeting was held
        if tense is Tense.PRESENT and form in ("base", "3sg") and found and (
            found[-1].tense is Tense.FUTURE
            and lex.temporal_conjunction.search(text, found[-1].end, match.start())
        ):  # fmt: skip
            tense = Tense.FUTURE  # "will meet on 10 April, before the ministers gather"
        if lemma in lex.motion and (
            tense is Tense.PRESENT or (form in ("past", "pp") and _PERFECT.search(chain + " "))
        ):  # fmt: skip
            # "leaders arrive in Bishkek for the summit", "have arrived for the summit": it is
            # about to open
            tense = Tense.FUTURE
        purpose = False
        if form == "base" and chain.split()[-1:] == ["to"] and found and (
            found[-1].lemma.split(":", 1)[0] in ("attend", "event")
            and match.start() - found[-1].end <= _PURPOSE_GAP
        ):  # fmt: skip
            dated_after = bool(find_timexes_in(text, match.end(), sentence.end))
            if found[-1].tense is Tense.PAST and not dated_after:
                # "arrived in Ashgabat to attend the meeting": the purpose of what was done,
                # at its time, not a plan
                tense = found[-1].tense
            elif dated_after and cls == "attend" and found[-1].lemma.split(":", 1)[1] in (
                lex.motion
            ):  # fmt: skip
                # "arrived on Sunday to attend the meeting on Monday": the meeting's own date,
                # near the story, tells whether it was held ("will leave on Thursday to attend
                # the meeting on Friday": Thursday is the leaving's, the meeting still to come)
                purpose = True
                if found[-1].tense is Tense.PAST:
                    tense = Tense.UNKNOWN
        if _INFINITIVE.search(chain):
            tense = _ordinal_infinitive(text, sentence.start, match.start(), lex) or tense
        if "would" in chain.split() and lex.conditions.search(text, sentence.start, sentence.end):
            unreal = True  # "would be held in Minsk if all members agree": hypothetical
        clause_start = max(sentence.start, text.rfind(",", sentence.start, match.start()) + 1)
        if lex.conditions.search(text, clause_start, match.start()):
            unreal = True  # "... if all members agree": a condition, not a claim
        asked = lex.questions.search(text, clause_start, match.start())
        if asked is not None and not any(asked.end() <= p.start for p in found):
            unreal = True  # "whether the summit will take place": asked, not told
        ed = form in ("pp", "past")  # regular verbs share one -ed form for both
        by = _BY_AFTER.match(text, match.end()) is not None and not _by_means(
            text, match.end(), lex
        )
        if ed and not chain.strip() and by:
            # "a council ... chaired by the Kyrgyz minister": a participle with no tense of its
            # own; the clause's verb says when.
            tense = Tense.UNKNOWN
        negated = bool(lex.negation.search(chain) or _NEGATED.search(before))
        if negated and cls == "act" and _FAILED.search(before):
            negated = False  # "the council failed to sign the code": it met, and signed nothing
        if negated and lex.contrast_adjunct.search(text, match.end(), sentence.end):
            negated = False  # "will not take place in Minsk but in Moscow": a place denied
        if negated and tense is Tense.FUTURE and lex.no_more.search(
            text, match.end(), min(sentence.end, match.end() + _NO_MORE_REACH)
        ):
            unreal = True  # "will not meet again this year": no further meeting, none called off
        if ed and cls == "schedule" and not lex.past_aux.search(chain):
            tense = Tense.FUTURE  # "scheduled for October", "slated to open"
        kind = kind_of(cls, tense, negated=negated, unreal=unreal)
        if purpose and tense is Tense.UNKNOWN and not negated and not unreal:
            kind = ClaimKind.HELD  # (one dated after the story is to come: see meetings)
        passive = ed and (by or bool(lex.passive_aux.search(chain)))
        if form == "base" and not chain.strip() and found and _COORDINATED.search(before):
            # "will discuss X and sign Y": a verb coordinated with the one before shares its
            # auxiliaries
            tense = found[-1].tense
            negated = negated or found[-1].negated
            kind = kind_of(cls, tense, negated=negated, unreal=unreal)
        # "had (originally) been scheduled for October 16 in Tashkent", "was originally planned
        # as an in-person event": a plan that was, which only says where and when a meeting put
        # off was to be
        superseded = cls == "schedule" and not negated and lex.former_plan.search(chain) is not None
        if unreal and not negated and cls in ("event", "schedule") and lex.plans_that_were.search(
            chain
        ):  # fmt: skip
            superseded, kind = True, ClaimKind.SCHEDULED  # "had been due to meet in Tashkent"
        found.append(Predicate(match.start(), match.end(), sentence.index, f"{cls}:{lemma}",
                               tense, kind, negated=negated, passive=passive,
                               superseded=superseded, purpose=purpose))  # fmt: skip
        # (adverbs alone are no auxiliary, "the summit originally planned for 15 October",
        # unless the phrase is set off by a comma: ", originally scheduled for Osh," is a plan
        # that was)
        bare.append(ed and (not chain.strip() or (
            all(w.endswith("ly") for w in chain.split())
            and not before.rstrip()[: -len(chain.strip())].rstrip().endswith(",")
        )))
        participles.append(participle and tense is Tense.UNKNOWN)
        by_participles.append(ed and not chain.strip() and by)
    for index, predicate in enumerate(found):
        if by_participles[index] and predicate.tense is Tense.UNKNOWN and not any(
            p.tense is not Tense.UNKNOWN and not p.nominal for p in found
        ) and lex.past_form.search(text, sentence.start, predicate.start) and not (
            lex.future.search(text, sentence.start, sentence.end)
        ):  # fmt: skip
            # "the friction that overshadowed the previous council, hosted by India in May
            # 2023": no verb of the lexicon says when, but the clause's verb is past
            cls = predicate.lemma.split(":", 1)[0]
            found[index] = attrs.evolve(predicate, tense=Tense.PAST, kind=kind_of(
                cls, Tense.PAST, negated=predicate.negated, unreal=False))  # fmt: skip
    # An -ed form with no auxiliary before a verb that has one is a participle modifying a
    # noun ("the summit scheduled for May has been postponed"), not the clause's verb.
    for index, predicate in enumerate(found):
        if bare[index] and (
            any(not bare[later] for later in range(index + 1, len(found)))
            or _BRACKET_BEFORE.search(text, max(sentence.start, predicate.start - 3),
                                      predicate.start)
        ):  # fmt: skip
            # ... or one in brackets: "the Strategy until 2030 (adopted in 2020)"
            found[index] = attrs.evolve(predicate, reduced=True)
    for index, predicate in enumerate(found):
        if not participles[index]:
            continue
        # "The heads of state, meeting in Chisinau on 23 October, failed to agree": the
        # participle is in the time of its clause's verb, whatever that verb claims: the
        # verb before it ("prepared ..., approving the drafts the presidents will sign"),
        # else the one after it
        timed = [k for k, p in enumerate(found) if not participles[k]
                 and p.tense is not Tense.UNKNOWN and not p.nominal]  # fmt: skip
        earlier = [k for k in timed if k < index]
        later = [k for k in timed if k > index and _CLOSED_PHRASE.fullmatch(
            text, predicate.end, found[k].start)]  # fmt: skip
        verb = found[earlier[-1]] if earlier else found[later[0]] if later else None
        if verb is not None:
            cls = predicate.lemma.split(":", 1)[0]
            found[index] = attrs.evolve(predicate, tense=verb.tense, kind=kind_of(
                cls, verb.tense, negated=False, unreal=False))  # fmt: skip
    for match in _noun_pattern(tuple(lex.en_nouns)).finditer(text, sentence.start, sentence.end):
        cls = lex.en_nouns[match.group(0).lower()]
        found.append(Predicate(match.start(), match.end(), sentence.index, f"{cls}:noun",
                               Tense.UNKNOWN, kind_of(cls, Tense.UNKNOWN, negated=False,
                               unreal=False), nominal=True))  # fmt: skip
    return found


_CLOSED_PHRASE = re.compile(r"(?is)[^,]*,(?:(?!\b(?:that|which|who|whom)\b).)*")
"""Between a participle and its clause's verb: the comma closing its phrase, no relative."""
_FRONTED_ADJUNCT = re.compile(r"(?i)\s+(?:in|at|on|with)\s[^,.;:!?]{1,80},")
"""After a participle opening its sentence, an adjunct and a comma: "Meeting in Minsk, ..."."""
# "The ministers, meeting in Minsk today, signed": a participle set off after its subject.
_APPOSED = re.compile(r"(?i)[\w'’)],\s+(?:\w+ly\s+)?$")
_BE_BEFORE = re.compile(
    r"(?i)(?:\b(?:is|are|am|was|were|be|been)|\b(?:it|he|she|that|who|what|there|here)['’]s"
    r"|['’]re)\s+(?:(?:not|also|still|now|already|\w+ly)\s+)?$"
)
"""A form of "be" before an -ing form: a verb ("are meeting"); "Friday's meeting" is a noun."""
_DIRECTION_REACH = 8
_SCHEDULE_AFTER = re.compile(
    r"(?i)\s+(?:for|to|in|on|at|from|between|this|next|mid|early|late|later|around)\b"
)
_BECAUSE = re.compile(
    r"\s+to\s+(?:the|a|an|its|their|his|her|this|that|these|those|[A-ZА-ЯЁ]|\w+(?:ing|ion|ity)\b)"
)
""""Due to" before a noun phrase: a cause, not a schedule ("due to the pandemic")."""


def _time_subject(text: str, sentence: Sentence, at: int) -> bool:
    """Whether the words of the clause before ``at`` are a time and nothing else.

    "April saw ...", "The year 2019 saw ...", "Then October brought ...".
    """
    low = max(sentence.start, max(text.rfind(mark, sentence.start, at) for mark in ";:,") + 1)
    found = find_timexes_in(text, low, at)
    if not found:
        return False
    rest = text[low : found[0].start] + text[found[-1].end : at]
    return _TIME_SUBJECT_REST.fullmatch(rest) is not None


_TIME_SUBJECT_REST = re.compile(r"(?i)[\s\W]*(?:(?:then|the|and|but|year|month)\s*)*")
"""What may stand beside the time that is a verb's subject: "Then", "the", "year"."""
_INVERTED_BEFORE = re.compile(r"(?i)(?:^|[.;:,]|\bthen|\bnext|\bafter\s+that|\blater)\s*$")
"""Right before an inverted verb of happening: the clause's start, "Then", "Next"."""
_AS_BEFORE = re.compile(r"(?i)(?<![\w'’])as\s+(?:originally\s+|previously\s+|earlier\s+)?$")
"""Right before a verb of planning: "as planned", "as originally scheduled" (an adverb)."""
_ASPECT_AFTER = re.compile(r"\s+(?:to\s+(?!the\b|a\b|an\b)[a-z]+\b|[a-z]{3,}ing\b)(?!\s+of\b)")
"""After a verb of beginning, another verb that begins: a gerund ("began arriving") or an
infinitive ("started to prepare"), not a noun ("opened to the press" is no infinitive)."""
_MOVE_AFTER = re.compile(r"(?i)\s+(?:\w+\s+){0,3}?(?:to|from|until|till)\b")


@functools.cache
def _noun_pattern(nouns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(
        r"(?<!\w)(?:" + "|".join(map(re.escape, sorted(nouns, key=len, reverse=True))) + r")(?!\w)",
        re.IGNORECASE,
    )


# --- Russian ----------------------------------------------------------------------------

_RU_WORD = re.compile(r"[а-яёА-ЯЁ]+(?:-[а-яёА-ЯЁ]+)?")




@functools.lru_cache(maxsize=65536)
def _parse(word: str) -> tuple[str, str, str, str]:
    """(lemma, part of speech, tense, voice) of a Russian word form."""
    parsed = russian_morphology().parse(word)[0]
    tag = parsed.tag
    lemma = parsed.normal_form
    if tag.POS in ("PRTF", "PRTS", "GRND"):
        verb = parsed.inflect({"INFN"})  # a participle's lemma is its verb's
        if verb is not None:
            lemma = verb.word
    return (lemma, str(tag.POS or ""), str(tag.tense or ""), str(tag.voice or ""))


def russian_future(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a Russian finite verb in the future ("представит").

    A first person set off by a comma is a parenthesis, not the clause's time ("Напомню, на
    майском заседании мы отметили ...").
    """
    return any(
        _parse(m.group(0).lower())[1:3] == ("VERB", "futr") and not (
            _PARENTHESIS_AFTER.match(text, m.end())
            and russian_morphology().parse(m.group(0).lower())[0].tag.person == "1per"
        )
        for m in _RU_WORD.finditer(text, start, end)
    )  # fmt: skip


_PARENTHESIS_AFTER = re.compile(r"\s*,")


_EXPERIENCE = 6
"""How many words before a verb an adverb of experience may stand ("Ранее заседание СМИД
проходило в Алма-Ате")."""


def _experiential(word: str, tense: Tense, previous: Sequence[str], lex: Lexicon) -> bool:
    """Whether a Russian past verb tells what has been, not news ("уже принимал саммит").

    An imperfective past ("принимал", not "принял") after one of the lexicon's adverbs.
    """
    return (
        tense is Tense.PAST and any(w in lex.ru_experiential for w in previous[-_EXPERIENCE:])
        and russian_morphology().parse(word)[0].tag.aspect == "impf"
    )  # fmt: skip


def personal_subject_before(text: str, start: int) -> bool:
    """Whether a personal pronoun ("we", "they") is the word right before ``start``."""
    last = text[max(0, start - _PRONOUN_REACH) : start].split()[-1:]
    return bool(last) and last[0].lower() in lexicon().personal_subjects


_PRONOUN_REACH = 8


_SUBJECT_PARTS = ("NOUN", "NPRO")
"""Russian parts of speech that can be a verb's subject."""


def subject_between(text: str, low: int, start: int) -> bool:
    """Whether words between ``low`` and a verb at ``start`` hold a subject of their own.

    English: a word beyond the verb's chain of auxiliaries (", Lavrov met", not ", has been
    postponed"); Russian: a noun or a pronoun (", Лавров встретился").
    """
    before = text[low:start]
    if _HAS_CYRILLIC.search(before):
        return any(morph_tags(word.lower())[0] in _SUBJECT_PARTS
                   for word in _RU_WORD.findall(before))  # fmt: skip
    words = _CHAIN_WORD.findall(before)
    return len(_chain(before, lexicon()).split()) < len(words)


@functools.lru_cache(maxsize=65536)
def morph_tags(word: str) -> tuple[str, str]:
    """(part of speech, case) of a Russian word form, by its likeliest reading."""
    parsed = russian_morphology().parse(word)[0]
    return str(parsed.tag.POS or ""), str(parsed.tag.case or "")


def happening_participle_at(text: str, start: int) -> bool:
    """Whether a Russian past participle of a verb of happening starts at ``start``.

    "Совет, собиравшийся в конце августа в Чолпон-Ате": any reading of the word will do.
    """
    word = _RU_WORD.match(text, start)
    return word is not None and any(
        parse.tag.POS == "PRTF" and parse.tag.tense == "past"
        and "event" in lexicon().ru_classes.get(parse.normal_form, ())
        for parse in russian_morphology().parse(word.group(0))
    )  # fmt: skip


_PURPOSE_GAP = 40
"""How far after a verb of coming an infinitive of purpose may stand ("arrived in X to")."""

_BRACKET_BEFORE = re.compile(r"\(\s*$")


def _russian(doc: Document, sentence: Sentence, lex: Lexicon) -> list[Predicate]:
    text = doc.text
    words = [(m.start(), m.end(), m.group(0).lower()) for m in
             _RU_WORD.finditer(text, sentence.start, sentence.end)]  # fmt: skip
    found: list[Predicate] = []
    for index, (start, end, word) in enumerate(words):
        lemma, pos, tense_tag, _ = _parse(word)
        if lemma in lex.ru_nouns and pos == "NOUN":
            cls = lex.ru_nouns[lemma]
            found.append(Predicate(start, end, sentence.index, f"{cls}:noun", Tense.UNKNOWN,
                                   kind_of(cls, Tense.UNKNOWN, negated=False, unreal=False),
                                   nominal=True))  # fmt: skip
            continue
        classes = lex.ru_classes.get(lemma)
        if not classes or pos not in ("VERB", "INFN", "PRTS", "PRTF", "NOUN"):
            continue
        if pos == "PRTF" and not set(classes) & {"schedule", "postpone", "cancel"}:
            continue  # "запланированного на 11 октября": a plan; "прошедшего": a modifier
        if pos == "NOUN" and lemma != "проведение":
            continue
        previous = [w for _, _, w in words[max(0, index - 3) : index]]
        if lemma in lex.ru_intend and pos == "VERB" and any(
            _parse(w)[1] == "INFN" for _, _, w in words[index + 1 : index + 1 + _INTEND_REACH]
        ):  # fmt: skip
            continue  # "собирались принимать": intending, not gathering
        intended = [_parse(w) for w in previous[-_INTEND_REACH:]]
        intended_before = pos == "INFN" and any(
            p[0] in lex.ru_intend and p[1] == "VERB" and p[2] == "past" for p in intended
        )  # fmt: skip
        negated = bool(previous) and previous[-1] in lex.ru_negation
        no_more = negated and len(previous) > 1 and previous[-2] in lex.ru_no_more
        after = [w for _, _, w in words[index + 1 : index + 1 + _ACCOMPLISHED_AFTER]]
        if pos == "INFN" and (
            (previous[-1:] and previous[-1] in lex.ru_accomplished)
            or any(w in lex.ru_accomplished for w in after)
        ):  # fmt: skip
            # "пришлось провести по видеосвязи": it was held so; "согласовать текст не
            # удалось": a past attempt, no plan
            tense = Tense.PAST
        elif pos == "INFN":
            tense = Tense.FUTURE  # "решили провести", "планируется провести": a plan
        elif pos == "NOUN":
            # "принято решение о проведении саммита": a decision to hold it plans it
            planned = any(w in lex.ru_plan_nouns for w in previous[-2:])
            tense = Tense.FUTURE if planned else Tense.UNKNOWN
        elif pos == "PRTF":
            tense = Tense.FUTURE
        elif pos == "PRTS":
            # "намечена", "запланирована": a plan as it stands; "проведено": done
            plan = "schedule" in classes and not _past_plan(previous[-1:], lex)
            future = plan or any(w in lex.ru_future for w in previous)
            tense = Tense.FUTURE if future else Tense.PAST
        elif tense_tag == "futr":
            tense = Tense.FUTURE
        elif tense_tag == "pres":
            tense = Tense.PRESENT
        else:
            tense = Tense.PAST
        if lemma in lex.not_present and tense is Tense.PRESENT:
            continue  # "ЕАЭС объединяет пять государств": what it is
        if _PARTICIPATION.match(text, end):
            classes = ("attend",)  # "принять участие", "примут участие": take part
        # "готов провести", "предложил провести": an offer, which claims nothing
        offered = pos == "INFN" and (
            any(w in lex.ru_offer for w in previous[-2:])
            or any(w in lex.ru_possibility for w in previous[-1:])
        )
        if offered:
            tense = Tense.UNKNOWN  # nor does it make its clause speak of the future
        # "должен был пройти", "ранее планировалось провести": a plan that was
        unreal = pos == "INFN" and (
            tuple(previous[-2:]) in lex.ru_unreal or _past_plan(previous[-1:], lex)
            or intended_before or offered  # "просили перенести": a request puts nothing off
        )
        if tense is Tense.FUTURE and pos == "VERB" and _planned_that(
            [w for _, _, w in words[max(0, index - _THAT_REACH) : index]], lex
        ):  # fmt: skip
            unreal = True  # "предполагалось, что министры соберутся в Гродно": a plan that was
        following = [w for _, _, w in words[index + 1 : index + 2]]
        if _past_plan([word], lex) and following and _parse(following[0])[1] == "INFN":
            unreal = True  # the plan verb itself: "планировалось провести"
        if following and following[0] in lex.ru_question:
            unreal = True  # "неизвестно, состоится ли саммит": a question, no claim
        if any(w in lex.ru_question_words for w in previous):
            unreal = True  # "вспоминаем, какие встречи прошли": which ones, no claim
        if pos == "PRTS" and "schedule" in classes and any(
            w in lex.ru_past_be for w in previous
        ) and any(w in lex.ru_former for w in previous):  # fmt: skip
            unreal = True  # "изначально было намечено на 30 мая": a plan that was
        for cls in classes:
            # "в этом году больше не соберутся": no further meeting, none called off
            kind = kind_of(cls, tense, negated=negated, unreal=offered or unreal or no_more)
            superseded = unreal and not negated and cls in ("event", "schedule")
            if superseded:
                kind = ClaimKind.SCHEDULED  # as it was planned (see Predicate.superseded)
            earlier = [w for _, _, w in words[max(0, index - 6) : index]]
            experiential = pos == "VERB" and _experiential(word, tense, earlier, lex)
            found.append(Predicate(start, end, sentence.index, f"{cls}:{lemma}", tense, kind,
                                   negated=negated, nominal=pos == "NOUN",
                                   passive=pos in ("PRTS", "PRTF"),
                                   reduced=pos == "PRTF", superseded=superseded,
                                   experiential=experiential))  # fmt: skip
            break
    return found


_PARTICIPATION = re.compile(r"\s+(?:[а-яё]+[оеы][ей]\s+)?участи[еяю]", re.IGNORECASE)
"""After "принять": taking part, maybe with an adjective ("приняли активное участие")."""
_ACCOMPLISHED_AFTER = 3
"""How far after an infinitive a word of accomplishment may stand ("текст не удалось")."""
_INTEND_REACH = 2
"""How many words an infinitive may stand from a verb of intending ("собирались в мае провести")."""


_THAT_REACH = 8
"""How many words before a verb a past plan and its "что" may stand ("предполагалось, что
министры соберутся")."""


def _planned_that(previous: Sequence[str], lex: Lexicon) -> bool:
    """Whether a past plan verb and the conjunction of its clause stand among ``previous``."""
    return any(
        word in lex.ru_complementizers and k > 0 and _past_plan(previous[k - 1 : k], lex)
        for k, word in enumerate(previous)
    )


def _past_plan(words: Sequence[str], lex: Lexicon) -> bool:
    """Whether the word is a plan verb in the past ("планировалось", "намечалось")."""
    for word in words:
        lemma, pos, tense_tag, _ = _parse(word)
        if pos == "VERB" and tense_tag == "past" and "schedule" in lex.ru_classes.get(lemma, ()):
            return True
    return False


def find_predicates(doc: Document, sentence: Sentence) -> tuple[Predicate, ...]:
    """The predicates of one sentence, in text order (Russian and English words alike)."""
    lex = lexicon()
    found = _english(doc, sentence, lex)
    if _HAS_CYRILLIC.search(doc.text, sentence.start, sentence.end):
        found.extend(_russian(doc, sentence, lex))
    text = doc.text
    habitual = [m.span() for m in lex.habitual.finditer(text, sentence.start, sentence.end)]
    iterative = [m.span() for m in lex.iterative.finditer(text, sentence.start, sentence.end)]
    if habitual or iterative:
        # "Meetings are traditionally held twice a year", "have been held there several
        # times": a habit or a repetition, not a meeting.
        found = [
            attrs.evolve(p, kind=None) if p.kind is ClaimKind.HELD and (
                (p.tense is Tense.PRESENT and any(abs(h[0] - p.start) < _HABIT_REACH
                                                 for h in habitual))
                or any(abs(h[0] - p.start) < _HABIT_REACH for h in iterative)
            ) else p
            for p in found
        ]  # fmt: skip
    found = [attrs.evolve(p, kind=None) if _perfect_of_experience(text, p, sentence, lex) else p
             for p in found]  # fmt: skip
    found = [attrs.evolve(p, kind=ClaimKind.POSTPONED) if _not_as_scheduled(text, p, sentence, lex)
             else p for p in found]  # fmt: skip
    return tuple(sorted(found, key=lambda p: p.start))


def _not_as_scheduled(text: str, predicate: Predicate, sentence: Sentence, lex: Lexicon) -> bool:
    """Whether a meeting that "will not take place as scheduled" is put off, not called off."""
    if predicate.kind is not ClaimKind.CANCELLED or not predicate.negated:
        return False
    end = clause_bounds(text, sentence.start, sentence.end, predicate.start)[1]
    return lex.as_scheduled.search(text, predicate.end, end) is not None


_HABIT_REACH = 40
_PERFECT = re.compile(r"(?i)(?<!\w)(?:has|have)\s+(?:\w+\s+)?$")


def _perfect_of_experience(
    text: str, predicate: Predicate, sentence: Sentence, lex: Lexicon
) -> bool:
    """Whether an English present perfect tells what has been, not news.

    "Kyrgyzstan has hosted the ministers before": "before" (or "in the past") closing the
    clause of a present perfect speaks of some earlier time, of no one meeting; so does "since"
    anywhere after the verb ("has not attended their meetings since 2014").
    """
    if predicate.kind is not ClaimKind.HELD or not _PERFECT.search(
        text, max(sentence.start, predicate.start - 24), predicate.start
    ):  # fmt: skip
        return False
    end = clause_bounds(text, sentence.start, sentence.end, predicate.start)[1]
    return lex.period.search(text, predicate.end, end) is not None or any(
        not text[match.end() : end].strip(" ,.;:!?\"”»")
        for match in lex.experience.finditer(text, predicate.end, end)
    )


_OBJECT_GAP = 3


def hosting_predicates(
    doc: Document, sentence: Sentence, objects: Sequence[int], subjects: Sequence[int] = ()
) -> tuple[Predicate, ...]:
    """Verbs that host the meeting named right after them ("Ашхабад принимал СГП СНГ").

    ``objects`` are where the sentence's mentions of meetings and bodies start.  Such a verb
    means something else when no meeting follows ("принял решение"), so only the mentions,
    found after the predicates, can tell.  ``subjects`` are where they end: the meeting may
    also come first, with the city right after the verb ("саммит СНГ примет Астана").  Verbs
    that tell of a meeting only beside it ("в Бишкеке идет саммит", "саммит продлится один
    день") are found here too, as happenings.
    """
    lex = lexicon()
    text = doc.text
    found: list[Predicate] = []
    for match in _RU_WORD.finditer(text, sentence.start, sentence.end):
        word = match.group(0).lower()
        lemma, pos, tense_tag, _ = _parse(word)
        if lemma in lex.ru_event_with_subject and pos == "VERB":
            happening = _happening_beside(match, objects, subjects, lemma, tense_tag, text,
                                          sentence, lex)  # fmt: skip
            if happening is not None:
                found.append(happening)
            continue
        if lemma not in lex.ru_host_with_object or pos != "VERB":
            continue
        if not any(match.end() < at <= match.end() + _OBJECT_GAP for at in objects) and not (
            any(match.start() - _OBJECT_GAP <= at <= match.start() for at in subjects)
            and _city_after(text, match.end(), sentence.end)
        ):  # fmt: skip
            continue
        before, negated, tense = _ru_verb_state(match, tense_tag, text, sentence, lex)
        found.append(Predicate(match.start(), match.end(), sentence.index, f"host:{lemma}",
                               tense, kind_of("host", tense, negated=negated, unreal=False),
                               negated=negated,
                               experiential=_experiential(word, tense, before, lex)))  # fmt: skip
    return tuple(found)


def _ru_verb_state(
    match: re.Match[str], tense_tag: str, text: str, sentence: Sentence, lex: Lexicon
) -> tuple[list[str], bool, Tense]:
    """A Russian verb's words before it, whether "не" negates it, and its tense."""
    before = text[max(sentence.start, match.start() - 24) : match.start()].lower().split()
    negated = bool(before) and before[-1] in lex.ru_negation
    tense = {"futr": Tense.FUTURE, "pres": Tense.PRESENT}.get(tense_tag, Tense.PAST)
    return before, negated, tense


def _happening_beside(
    match: re.Match[str], objects: Sequence[int], subjects: Sequence[int], lemma: str,
    tense_tag: str, text: str, sentence: Sentence, lex: Lexicon,
) -> Predicate | None:  # fmt: skip
    """A verb that tells of the meeting right beside it, its subject, or ``None``.

    The meeting stands right after the verb, or ends at most a place or a date before it
    ("саммит СНГ в Бишкеке продлится"), and is in the nominative ("речь идет о саммите" is
    about one).
    """
    spans = list(zip(objects, subjects, strict=False))
    if not any(
        (match.end() < start <= match.end() + _OBJECT_GAP
         or (match.start() - _SUBJECT_REACH <= end <= match.start()
             and not _VERB_BETWEEN.search(text, end, match.start())))
        and _nominative(text, start)
        for start, end in spans
    ):  # fmt: skip
        return None
    _, negated, tense = _ru_verb_state(match, tense_tag, text, sentence, lex)
    return Predicate(match.start(), match.end(), sentence.index, f"event:{lemma}", tense,
                     kind_of("event", tense, negated=negated, unreal=False),
                     negated=negated)  # fmt: skip


_SUBJECT_REACH = 30
"""How far before such a verb its meeting may end (a place or a date between)."""
_VERB_BETWEEN = re.compile(r"[,;:]")


def _nominative(text: str, start: int) -> bool:
    """Whether the Russian word at ``start`` may be in the nominative ("саммит", "заседание")."""
    word = _RU_WORD.match(text, start)
    return word is not None and any("nomn" in r for r in russian_readings(word.group(0)))


_NEXT_NAME = re.compile(r"\s+([А-ЯЁ][\w-]+)")


def _city_after(text: str, end: int, limit: int) -> bool:
    """Whether a city's name comes right after a verb ("примет Астана")."""
    from .places import place_named  # the gazetteer's names

    name = _NEXT_NAME.match(text, end, limit)
    place = place_named(name.group(1)) if name is not None else None
    return place is not None and place.city is not None


_HAS_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def reporting_spans(doc: Document, sentence: Sentence) -> tuple[tuple[int, int], ...]:
    """The reporting words of a sentence ("said", "told", "сообщил"): claims about the report."""
    lex = lexicon()
    text = doc.text
    spans = [m.span() for m in lex.reporting.finditer(text, sentence.start, sentence.end)]
    spans.extend(m.span() for m in lex.ru_reporting.finditer(text, sentence.start, sentence.end))
    return tuple(sorted(spans))
