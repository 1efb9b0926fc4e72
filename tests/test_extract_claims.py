"""Predicates typed by lemma, tense, modality and negation, in English and Russian."""

from __future__ import annotations

import time

import pytest

from cischronicle.extract.claims import find_predicates, kind_of
from cischronicle.extract.model import ClaimKind, Tense
from cischronicle.extract.text import read_document


def _kinds(text: str) -> list[tuple[str, str | None]]:
    """(words, claim kind) of each predicate of ``text``."""
    language = "ru" if any("а" <= c <= "я" for c in text.lower()) else "en"
    doc = read_document(text, language=language)
    return [
        (text[p.start : p.end], p.kind.value if p.kind else None)
        for s in doc.sentences
        for p in find_predicates(doc, s)
    ]


@pytest.mark.parametrize(
    ("text", "words", "kind"),
    [
        ("The envoys convened behind closed doors.", "convened", "held"),
        ("Their gathering is taking place in a sanatorium.", "taking place", "held"),
        ("Tashkent is hosting the ministers this week.", "hosting", "held"),
        ("The council is going to reconvene after the holidays.", "reconvene", "scheduled"),
        ("Officials expect that the body will sit again soon.", "sit", "scheduled"),
        ("The premiers are to assemble next spring.", "assemble", "scheduled"),
        ("The round has been slated for the autumn.", "slated", "scheduled"),
        ("The forum was rescheduled to a later month.", "rescheduled", "postponed"),
        ("The sitting has been called off.", "called off", "cancelled"),
        ("Organisers say the meeting will not go ahead.", "go ahead", "cancelled"),
        ("The talks never took place.", "took place", None),
        # a plan that was: as planned, superseded (it claims nothing on its own)
        ("The envoys were to have gathered in May.", "gathered", "scheduled"),
        ("Премьеры соберутся в конце года.", "соберутся", "scheduled"),
        ("Встреча министров завершилась вечером.", "завершилась", "held"),
        ("Сессия не состоится из-за эпидемии.", "состоится", "cancelled"),
        ("Совещание будет проведено весной.", "проведено", "scheduled"),
        ("Саммит был отложен на неопределённый срок.", "отложен", "postponed"),
    ],
)  # fmt: skip
def test_predicate_kinds(text: str, words: str, kind: str | None) -> None:
    """The kind comes from the lemma's class and the clause's grammar."""
    assert (words, kind) in _kinds(text)


def test_meeting_as_a_noun_is_no_predicate() -> None:
    """'the next meeting' is a noun: only the verb after it makes a claim."""
    assert _kinds("The next meeting will be held soon.") == [("held", "scheduled")]


def test_headline_infinitive_is_a_plan() -> None:
    """A headline 'X to meet in Y' announces a meeting."""
    assert _kinds("Commonwealth premiers to meet in the south") == [("meet", "scheduled")]


def test_kind_table() -> None:
    """A negated future cancels; a negated past or unreal past claims nothing."""
    assert kind_of("event", Tense.FUTURE, negated=True, unreal=False) is ClaimKind.CANCELLED
    assert kind_of("event", Tense.PAST, negated=True, unreal=False) is None
    assert kind_of("event", Tense.PAST, negated=False, unreal=True) is None
    assert kind_of("act", Tense.FUTURE, negated=False, unreal=False) is None


def test_someone_who_stays_away_leaves_the_meeting_standing() -> None:
    """A negated 'attend' still says the meeting takes (or took) place."""
    assert kind_of("attend", Tense.FUTURE, negated=True, unreal=False) is ClaimKind.SCHEDULED
    assert kind_of("attend", Tense.PAST, negated=True, unreal=False) is ClaimKind.HELD
    assert kind_of("attend", Tense.PAST, negated=True, unreal=True) is None


def test_predicates_are_linear_on_hostile_text() -> None:
    """Runs of auxiliaries and trigger words do not make the scan slow."""
    text = "will be " * 5000 + "held " * 5000 + "не состоится " * 2000
    doc = read_document(text, language="en")
    started = time.perf_counter()
    for sentence in doc.sentences:
        find_predicates(doc, sentence)
    assert time.perf_counter() - started < 10.0


def test_an_adverb_inside_the_chain_keeps_the_future() -> None:
    """'will instead take place' is a future: the adverb does not break the chain."""
    assert _kinds("The session will instead take place in Gomel.") == [
        ("take place", "scheduled")
    ]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-12-01 The league's summit in Minsk has been canceled.",
        " date 2024-12-01 The league's summit in Minsk has been cancelled.",
    ],
)
def test_american_and_british_spellings_of_a_verb_in_l(text: str) -> None:
    """'Canceled' and 'cancelled', 'traveled' and 'travelled': one verb, both spellings."""
    predicates = find_predicates(read_document(text), read_document(text).sentences[-1])
    assert [p.kind for p in predicates] == [ClaimKind.CANCELLED]


def test_commencing_and_being_in_session_are_happenings() -> None:
    """'The summit commenced', 'the council was in session': the meeting took place."""
    for text in (
        " date 2024-10-12 The league's summit commenced in Dushanbe on Thursday.",
        " date 2024-10-12 The league's council was in session in Minsk on Friday.",
    ):
        doc = read_document(text)
        assert [p.kind for p in find_predicates(doc, doc.sentences[-1])] == [ClaimKind.HELD]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (" date 2024-04-01 The league's summit has been put on hold.", ClaimKind.POSTPONED),
        (" date 2024-04-01 The league's summit was suspended.", ClaimKind.POSTPONED),
        (" date 2024-04-01 The league's summit was brought forward to 8 October.",
         ClaimKind.POSTPONED),
        (" date 2024-04-01 The league's summit was shelved.", ClaimKind.CANCELLED),
        (" date 2024-04-01 Саммит лиги сорван.", ClaimKind.CANCELLED),
    ],
)  # fmt: skip
def test_more_verbs_of_putting_off_and_calling_off(text: str, kind: ClaimKind) -> None:
    """'Put on hold', 'suspended', 'brought forward'; 'shelved', 'сорван'."""
    doc = read_document(text)
    assert [p.kind for p in find_predicates(doc, doc.sentences[-1])] == [kind]


def test_taking_an_active_part_in_russian_is_attending() -> None:
    """'Принял активное участие в заседании': the verb attends, whatever the adjective."""
    doc = read_document("Министр принял активное участие в заседании.", language="ru")
    assert [p.lemma for p in find_predicates(doc, doc.sentences[0])] == ["attend:принять"]


@pytest.mark.parametrize(
    "sentence",
    ["Kazakhstan took an active part in the session.", "Armenia took a full part in the session."],
)
def test_taking_an_active_or_full_part_is_attending(sentence: str) -> None:
    """'Took an active part in the session': the verb of taking part, in the past."""
    doc = read_document(sentence)
    assert [(p.lemma.split(":")[0], p.tense) for p in find_predicates(doc, doc.sentences[0])] == [
        ("attend", Tense.PAST)
    ]



def test_a_base_form_after_a_possessive_is_a_noun() -> None:
    """'The Commonwealth's host': a noun, no claim of hosting."""
    text = "The organisers thanked the Commonwealth’s host for the reception."
    assert not [w for w, _ in _kinds(text) if w == "host"]


def test_a_third_person_form_after_a_preposition_is_a_plural_noun() -> None:
    """'Watched for signs of friction': 'signs' is a noun, no act; 'signs the treaty' is a verb."""
    assert "signs" not in [w for w, _ in _kinds("The meeting will be watched for signs of friction.")]
    assert "signs" in [w for w, _ in _kinds("The council signs the treaty today.")]
