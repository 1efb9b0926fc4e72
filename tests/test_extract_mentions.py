"""Mentions of bodies and meetings: atoms joined by glue, families and organisations."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle.extract.mentions import _atoms, _atoms_by_alternation, body_of, find_mentions
from cischronicle.extract.model import MentionKind
from cischronicle.extract.text import read_document


def _mentions(text: str) -> list[tuple[str, str, str | None, bool]]:
    """(words, kind, body slug, other) of each mention in ``text``."""
    doc = read_document(text, language="ru" if any("а" <= c <= "я" for c in text) else "en")
    return [
        (text[m.start : m.end], m.kind.value, m.body.value if m.body else None, m.other)
        for s in doc.sentences
        for m in find_mentions(doc, s)
    ]


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("Delegates came to a sitting of the Council of the CIS Heads of Government.",
         "sitting of the Council of the CIS Heads of Government", "cis-chg"),
        ("The Commonwealth's top diplomats gathered.", "Commonwealth's top diplomats", "cis-cfm"),
        ("An extraordinary CIS summit opened.", "CIS summit", "cis-chs"),
        ("The SCO Council of Foreign Ministers debated.", "SCO Council of Foreign Ministers",
         "sco-cfm"),
        ("The Eurasian Intergovernmental Council sat in the morning.",
         "Eurasian Intergovernmental Council", "eaeu-ic"),
        ("Очередное заседание Совета глав правительств СНГ прошло спокойно.",
         "заседание Совета глав правительств СНГ", "cis-chg"),
        ("Участники встречи глав МИД ОДКБ договорились.", "встречи глав МИД ОДКБ", "csto-cfm"),
        ("Евразийский межправсовет собирался в Казани.", "Евразийский межправсовет", "eaeu-ic"),
        ("Решения Межправсовета помогут.", "Межправсовета", "eaeu-ic"),
    ],
)  # fmt: skip
def test_named_bodies(text: str, words: str, body: str) -> None:
    """A meeting noun, glue, organisation and council or people make one mention of a body."""
    assert (words, body) in [(w, b) for w, _, b, _ in _mentions(text)]


@pytest.mark.parametrize(
    ("text", "words", "body"),
    [
        ("Heads of CIS member states signed a declaration.", "Heads of CIS member states",
         "cis-chs"),
        ("The heads of the SCO countries met.", "heads of the SCO countries", None),
        ("The heads of the CIS member governments met.",
         "heads of the CIS member governments", "cis-chg"),
        ("At the meeting of the Council of the Heads of States of the Commonwealth they spoke.",
         "meeting of the Council of the Heads of States of the Commonwealth", "cis-chs"),
    ],
)  # fmt: skip
def test_people_named_around_the_organisation(text: str, words: str, body: str | None) -> None:
    """'Heads of CIS member states': the word after the organisation says whose heads."""
    assert (words, body) in [(w, b) for w, _, b, _ in _mentions(text)]


def test_a_verb_is_no_meeting_noun() -> None:
    """'Премьеры ... встречались': the verb is not the noun 'встреча', so no event mention."""
    found = _mentions("Премьеры стран Содружества встречались в Сочи.")
    expected = [("Премьеры стран Содружества", "participants")]
    assert [(w, kind) for w, kind, _, _ in found] == expected


def test_a_meeting_after_a_possessive_is_of_the_organisation_before() -> None:
    """'BRICS is preparing for its own summit': BRICS's, not the CIS summit."""
    found = _mentions("The BRICS group is preparing for its own summit in Kazan.")
    assert [(w, body, other) for w, _, body, other in found] == [("summit", None, True)]


def test_heads_of_anything_else_name_no_council() -> None:
    """'The heads of delegations of the CIS countries' name no council's people."""
    found = _mentions("The heads of delegations of the CIS countries met.")
    assert all(body is None for _, _, body, _ in found)


def test_other_organisations_are_never_ours() -> None:
    """A council of an organisation outside the vocabulary is marked other, with no body."""
    found = _mentions("The GUAM Council of Foreign Ministers convened, and BRICS leaders met.")
    assert found and all(other and body is None for _, _, body, other in found)


def test_a_council_of_ours_outside_the_vocabulary_is_other() -> None:
    """An SCO summit names a council the vocabulary lacks: other, not the CIS summit."""
    ((_, _, body, other),) = _mentions("The SCO summit drew crowds.")
    assert body is None and other


def test_bare_meeting_nouns_name_no_body() -> None:
    """'the session' is an event mention whose body is left to the meeting stage."""
    ((words, kind, body, _),) = _mentions("Later the session ran long.")
    assert (words, kind, body) == ("session", MentionKind.EVENT.value, None)


def test_people_without_an_organisation_take_the_one_their_sentence_names() -> None:
    """'foreign ministers' in a sentence naming only the CIS are the CIS ministers."""
    found = _mentions("In the CIS capitals, foreign ministers prepared their speeches.")
    assert ("foreign ministers", "participants", "cis-cfm", False) in found


def test_weak_people_words_need_an_organisation() -> None:
    """'presidents' alone are anyone's presidents (nobody's mention); 'CIS presidents' are ours."""
    ((words, _, body, other),) = _mentions("The presidents smiled for the cameras.")
    assert (words, body, other) == ("presidents", None, True)
    assert _mentions("CIS presidents smiled for the cameras.")[0][2] == "cis-chs"


def test_body_table() -> None:
    """Organisation and family give the body; a pair outside the table gives none."""
    assert body_of("cis", "cfm") is not None and body_of("sco", "chg") is None


def test_mentions_are_linear_on_hostile_text() -> None:
    """Long runs of glue words and organisation names do not make the scan slow."""
    text = ("of the CIS " * 3000) + ("Council " * 3000) + ("СНГ, " * 3000)
    doc = read_document(text, language="en")
    started = time.perf_counter()
    for sentence in doc.sentences:
        find_mentions(doc, sentence)
    assert time.perf_counter() - started < 5.0


FRAGMENTS = [
    "CIS", "the Commonwealth of Independent States", "Council of Foreign Ministers", "SCO",
    "heads of state and government", "heads of state", "foreign ministers", "summit", "сессии",
    "заседание", "СМИД", "Совета глав государств", "СНГ", "ОДКБ", "GUAM", "leaders", "Leaders",
    "the", " of ", " and ", ", ", "-", "'s", "ЕАЭС", "EAEU", "Central Asia - Russia", "Summit",
    "x", "Commonwealth's", "UN", "EU", "premiers", "ministerial", "round", " ",
]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.text(max_size=20))
def test_word_start_scan_equals_the_alternation(parts: list[str], noise: str) -> None:
    """Trying each word start against its own phrases finds what the one alternation finds."""
    text = " ".join(parts) + noise
    assert _atoms(text, 0, len(text)) == _atoms_by_alternation(text, 0, len(text))


def test_a_format_named_after_in_gives_the_organisation() -> None:
    """'Meeting of the heads of foreign affairs agencies in the Central Asia - Russia format'."""
    text = (
        "He took part in the seventh meeting of the heads of foreign affairs agencies in the"
        " Central Asia – Russia format."
    )
    doc = read_document(text)
    found = find_mentions(doc, doc.sentences[0])
    assert [(m.body.value if m.body else None) for m in found] == ["ca-russia-fm"]


def test_a_months_possessive_dates_a_meeting_noun_and_names_nothing() -> None:
    """'last October's summit' is the topic's summit of last October, not October's."""
    from cischronicle import extract

    text = (
        " date 2025-10-14 The CIS summit was held in Osh on Friday. Georgia stayed away, as it"
        " did at last October's summit in Gomel."
    )
    found = [(e.meeting.body.value, str(e.meeting.place), e.meeting.date.isoformat())
             for e in extract(text, article_id="t")[1:] if hasattr(e, "meeting")]
    assert ("cis-chs", "Gomel, BY", "2024-10") in found


@pytest.mark.parametrize(
    ("head", "plural"),
    [("sessions", True), ("summit meetings", True), ("talks", False), ("summit", False),
     ("заседаний", True), ("саммиты", True), ("встречи в верхах", False), ("заседания", False)],
)
def test_a_meeting_noun_is_plural_only_in_every_reading(head: str, plural: bool) -> None:
    """'заседаний' is plural; 'встречи' may be 'of a meeting', so it is not taken as plural."""
    from cischronicle.extract.mentions import _plural

    assert _plural(head) is plural


def test_heads_of_state_members_of_another_organisation_are_its() -> None:
    """'встреча глав государств — членов ОДКБ' is a CSTO meeting, not the CIS summit."""
    from cischronicle.extract.mentions import find_mentions
    from cischronicle.extract.text import read_document

    doc = read_document(
        "В Гомеле прошло заседание СМИД СНГ, а в Оше состоялась неформальная встреча глав"
        " государств — членов ОДКБ."
    )
    found = find_mentions(doc, doc.sentences[0])[-1]
    assert (found.organisation, found.other) == ("csto", True)


def test_a_council_the_vocabulary_does_not_list_is_anothers() -> None:
    """'a session of the CSTO Permanent Council' is no meeting of the CSTO's ministers."""
    from cischronicle.extract.mentions import find_mentions
    from cischronicle.extract.text import read_document

    doc = read_document("The statement came after a session of the CSTO Permanent Council.")
    (found,) = find_mentions(doc, doc.sentences[0])
    assert (found.organisation, found.other) == ("other", True)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("Главы кабминов стран СНГ соберутся в Минске.", "cis-chg"),
        ("Председатели правительств государств СНГ соберутся в Минске.", "cis-chg"),
        ("Главы дипведомств СНГ соберутся в Минске.", "cis-cfm"),
    ],
)
def test_russian_names_of_the_councils_people(text: str, body: str) -> None:
    """'Главы кабминов', 'председатели правительств', 'главы дипведомств' name the councils."""
    doc = read_document(text)
    assert [m.body.value for m in find_mentions(doc, doc.sentences[0]) if m.body] == [body]
