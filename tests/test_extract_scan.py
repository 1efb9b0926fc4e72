"""The extractor's fast paths find exactly what the plain regular expression scans find."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cischronicle.extract import (
    analysis,
    assemble,
    bodies,
    context,
    dateline,
    dates,
    decisions,
    organisations,
    patterns,
    places,
)
from cischronicle.extract import text as textmod
from cischronicle.extract.dateline import _HEAD_START, _head_ends
from cischronicle.extract.places import _TOKEN
from cischronicle.extract.scan import (
    Prefilter,
    Quick,
    Scanner,
    literal_clauses,
    literal_starts,
    lowered,
)
from cischronicle.extract.text import literal_tree, words_first

# Pieces that make the patterns match, miss by a letter, or sit on odd case folds.
_PIECES = [
    " ", "  ", "\n", "\t", ",", ".", "(", "-", "’", "a", "I", "ı", "İ", "ſ", "K",
    "adopted", "Adopted", "ADOPTED", "readopted", "have", "has also", "were", "was", "signed",
    "on the eve of", "On The Eve Of", "a day after", "the day before", "ahead of", "накануне",
    "в тот же день", "next", "upcoming", "meeting", "will be held", "to hold the", "session",
    "the CIS", "Commonwealth", "was established", "SCO", "union", "были", "одобрены",
    "Moscow", "MINSK", "Minsk", "Bishkek", "St. Petersburg", "Nur-Sultan", "Mr.", "U.S.",
    "Kazakhstan", "Москве", "Ашхабад", "date 2024-04-12 ", "12", "April",
]  # fmt: skip
_TEXTS = st.lists(st.sampled_from(_PIECES), max_size=24).map("".join)
_SCANNED = [
    decisions._ACTIVE,
    decisions._PASSIVE,
    decisions._FOUNDING,
    decisions._SCHEDULING,
    patterns._RELATIONS,
    dateline._FUTURE_YEAR,
]


@pytest.mark.parametrize("pattern", _SCANNED, ids=lambda p: p.pattern[:30])
@given(text=_TEXTS, cut=st.integers(0, 3))
def test_a_scanner_finds_what_finditer_finds(pattern: re.Pattern[str], text: str, cut: int) -> None:
    """Scanner.finditer and .search agree with the engine's own scan, odd letters or not."""
    scanner = Scanner(pattern, min_length=1)
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    expected = [m.span() for m in pattern.finditer(text, start, end)]
    for low in (lowered(text), None):
        assert [m.span() for m in scanner.finditer(text, start, end, low)] == expected
        assert scanner.search(text, start, end, low) == bool(expected)


def test_literal_starts_are_read_from_the_syntax() -> None:
    """Optional words, groups and alternations give their first words; a class gives none."""
    pattern = re.compile(r"\b(?:have\s+|has\s+)?(?:also\s+)?(?P<v>adopted|signed)\b", re.I)
    assert literal_starts(pattern) == ("adopted", "also", "has", "have", "signed")
    assert literal_starts(re.compile(r"\w+ly")) is None
    assert literal_starts(re.compile(r"(?:a|b)\w")) is None  # too short to be worth finding
    assert literal_starts(re.compile(r"(?:a|b)\w"), min_length=1) == ("a", "b")
    assert literal_starts(re.compile(r"(?:a|b)x")) == ("ax", "bx")


def test_lowered_refuses_text_a_scan_could_misread() -> None:
    """Text whose lower case would not line up, or holding odd case folds, is refused."""
    assert lowered("The MEETING") == "the meeting"
    assert lowered("İstanbul") is None
    assert lowered("ſigned") is None


@given(words=st.lists(st.sampled_from(["met", "meet", "meeting", "meets", "m", "sess", "session"])))
def test_a_literal_tree_matches_like_the_flat_alternation(words: list[str]) -> None:
    """Grouping literal branches by their letters changes no match."""
    branches = [(w, tail) for w in words for tail in ("", r"\b", "(?i:s?)")]
    if not branches:
        return
    flat = re.compile("(?:" + "|".join(re.escape(w) + t for w, t in branches) + ")")
    tree = re.compile(literal_tree(branches))
    for text in ("meeting meets met", "sessions, m", "MEETING metsess", " ".join(words)):
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


def test_words_first_alternations_keep_their_matches() -> None:
    """The mention and trigger alternations find what a flat list of their branches finds."""
    pattern = re.compile(words_first(("took", "takes", r"has\s+taken", "held")) + r"\b")
    text = "It TOOK part; he has  taken it; Held; Takes; tookx"
    assert [m.group(0) for m in pattern.finditer(text)] == ["TOOK", "has  taken", "Held", "Takes"]


@given(
    text=st.lists(
        st.sampled_from(["\n", " ", "\t", "(", "a", "B", "date 2024-01-02 ", "\n\n", "x(", "\r"]),
        max_size=14,
    ).map("".join),
    share=st.floats(0, 1),
)
def test_dateline_heads_are_where_the_head_pattern_ends(text: str, share: float) -> None:
    """_head_ends gives the ends of _HEAD_START's matches, in order, without a scan."""
    limit = int(len(text) * share)
    assert _head_ends(text, limit) == [m.end() for m in _HEAD_START.finditer(text, 0, limit)]


@given(text=_TEXTS, cut=st.integers(0, 5))
def test_place_starts_are_those_of_capitalised_words(text: str, cut: int) -> None:
    """A token starts where a scan of capitalised words (_TOKEN) would start one."""
    low = min(cut, len(text))
    expected = {m.start() for m in _TOKEN.finditer(text, low, len(text))}
    capitals = {i for i in range(low, len(text)) if re.match("[A-ZА-ЯЁ]", text[i])}
    assert {i for i in capitals if places._token_start(text, low, i)} == expected


@given(text=_TEXTS, cut=st.integers(0, 5))
def test_the_place_prefilter_misses_no_name(text: str, cut: int) -> None:
    """Looking only where a name's first letters occur finds what trying every capital finds."""
    start = min(cut, len(text))
    fast = places.find_places(text, start, len(text))
    every_capital = re.compile("[A-ZА-ЯЁ]")
    original = places._starts
    try:
        places._starts = lambda: every_capital  # type: ignore[assignment]
        slow = places.find_places(text, start, len(text))
    finally:
        places._starts = original
    assert fast == slow


def test_mention_patterns_are_scanned_as_trees() -> None:
    """Every literal-led mention pattern still matches its phrase (a sanity check of the trees)."""
    text = "The CIS Council of Foreign Ministers met; the meeting of heads of state followed."
    spans = [(m.start, m.end) for m in bodies.find_mentions(text, 0, len(text))]
    assert [text[a:b] for a, b in spans] == [
        "Council of Foreign Ministers",
        "meeting of heads of state",
    ]


# Every prefilter the extractor uses, with its pattern.
_FILTERED: list[tuple[re.Pattern[str], Prefilter]] = [
    *((entry[1], entry[3]) for entry in bodies._GATED if entry[3] is not None),
    (decisions._ACTIVE, decisions._ACTIVE_WORDS),
    (decisions._PASSIVE, decisions._PASSIVE_WORDS),
    (decisions._FOUNDING, decisions._FOUNDING_WORDS),
    (decisions._SCHEDULING, decisions._SCHEDULING_WORDS),
    *(
        (quick.pattern, quick.prefilter)
        for quick in (
            decisions._NAMELY_QUICK,
            decisions._PLURAL_HEAD_QUICK,
            context._ANOTHER_QUICK,
            assemble._PAST_ELSEWHERE_QUICK,
            analysis._ALONGSIDE_QUICK,
        )
    ),
]
# Pieces that hold the patterns' literals whole, cut, run together and in odd cases.
_LITERAL_PIECES = sorted(
    {literal for _, f in _FILTERED for clause in f.clauses for literal in clause}
    | {" ", "\n", ",", "-", "’", "(", "ı", "İ", "ſ", "K", "ё", "Ё", "the", "of", "The"}
)
_LITERAL_TEXTS = st.lists(
    st.one_of(
        st.sampled_from(_PIECES),
        st.sampled_from(_LITERAL_PIECES),
        st.sampled_from(_LITERAL_PIECES).map(str.upper),
        st.sampled_from(_LITERAL_PIECES).map(str.title),
    ),
    max_size=24,
).map("".join)


@pytest.mark.parametrize("filtered", _FILTERED, ids=lambda f: f[0].pattern[:30])
@settings(max_examples=max(10, settings.default.max_examples // 4))
@given(text=_LITERAL_TEXTS, cut=st.integers(0, 3))
def test_a_prefilter_never_hides_a_match(
    filtered: tuple[re.Pattern[str], Prefilter], text: str, cut: int
) -> None:
    """When a pattern's prefilter says no, the engine finds nothing in that text either."""
    pattern, prefilter = filtered
    start, end = min(cut, len(text)), max(min(cut, len(text)), len(text) - cut)
    if not prefilter.may_match(lowered(text[start:end])):
        assert list(pattern.finditer(text, start, end)) == []


_MATCHING = {pattern: st.from_regex(pattern) for pattern, _ in _FILTERED}


@pytest.mark.parametrize("filtered", _FILTERED, ids=lambda f: f[0].pattern[:30])
@settings(max_examples=max(5, settings.default.max_examples // 8))  # ~35 patterns: keep it quick
@given(data=st.data())
def test_every_match_holds_a_literal_of_each_clause(
    filtered: tuple[re.Pattern[str], Prefilter], data: st.DataObject
) -> None:
    """Text the pattern matches (made from the pattern itself) passes its prefilter."""
    pattern, prefilter = filtered
    text = data.draw(_MATCHING[pattern])
    if pattern.search(text) is not None:
        assert prefilter.may_match(lowered(text))


def test_literal_clauses_are_read_from_the_syntax() -> None:
    """Words joined by spaces are separate clauses; alternatives share what they all hold."""
    clauses = literal_clauses(re.compile(r"(?:will|shall)\s+be\s+(?:held|convened)\b", re.I))
    assert set(clauses) == {("shall", "will"), ("be",), ("convened", "held")}
    assert literal_clauses(re.compile(r"\w+ly")) == (("ly",),)
    assert literal_clauses(re.compile(r"\w+\s+[a-z]")) == ()  # nothing known: no clause
    assert literal_clauses(re.compile(r"(?:meeting|Meeting)s?\s+of")) == (("meeting",), ("of",))
    assert literal_clauses(re.compile(r"a?b")) == ()  # too short to be worth a look


def test_a_prefilter_without_lower_case_lets_everything_through() -> None:
    """Text that lower-cases out of line (or with odd folds) is never filtered."""
    prefilter = Prefilter(re.compile(r"meeting", re.I))
    assert prefilter.may_match(None)
    assert not prefilter.may_match("a session")
    assert prefilter.may_match("the meeting")


# -- Plain-string and fewer-call versions of small scans ----------------------------------------

_PROSE_PIECES = [
    *_PIECES, ". ", "! ", "? ", "… ", "...", ".The", "”. ", "). ", "\n", "  \n", "Mr. ", "U.S. ",
    "will ", "was ", "is to ", "plans to ", "in 2013", "in 1998 ", "to be held", "last year",
    "next week", "put forward", "said", "the 12 April", "state", "councils", "Councils of",
    "No.", "St", "1941-1945 ", "٣", "2", "\xa0", "\u2028", "ſ", "İ", "Σ", "ΑΣ.", "... The",
    "?! A", "..”. The", "…» 5",
]  # fmt: skip
_PROSE = st.lists(st.sampled_from(_PROSE_PIECES), max_size=30).map("".join)


@given(text=_PROSE)
@example(text="It ended... The next one?! A")
def test_sentence_boundaries_are_found_where_they_can_start(text: str) -> None:
    """Boundaries tried only at . ! ? … are those the engine finds trying every character."""
    ends = sorted(i for i, char in enumerate(text) if char in ".!?…")
    for line in re.finditer(r"[^\n]+", text):
        expected = [m.span() for m in textmod._BOUNDARY.finditer(text, *line.span())]
        assert [m.span() for m in textmod._boundaries(text, *line.span(), ends)] == expected


@given(text=_PROSE)
def test_words_of_sentences_agree_with_words_present_on_every_gate_key(text: str) -> None:
    """The one-pass word starts of each sentence hold exactly the gate keys words_present has."""
    sentences = textmod.split_sentences(text)
    keys = textmod._GATE_KEYS
    for sentence, found in zip(sentences, textmod.words_in_sentences(text, sentences), strict=True):
        full = textmod.words_present(sentence.text)
        assert found <= full
        assert found & keys == full & keys


@given(text=_PROSE, cut=st.integers(0, 40))
def test_the_word_before_a_date_is_the_last_run_of_word_characters(text: str, cut: int) -> None:
    """_prep_before gives what the anchored _PREP search gives."""
    start = min(cut, len(text))
    match = dates._PREP.search(text[max(0, start - 20) : start])
    assert dates._prep_before(text, start) == (match.group(1).lower() if match else "")


@given(text=_PROSE)
def test_a_headline_test_without_the_engine(text: str) -> None:
    """Ending in . ! ? before trailing white space is what _HEADLINE finds."""
    stripped_end = text.rstrip().endswith((".", "!", "?"))
    assert stripped_end == bool(analysis._HEADLINE.search(text))


def _tense_matches_plain(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    tokens = list(patterns._TENSE_TOKEN.finditer(text, start, end))
    words = [t.group(0).lower() for t in tokens]
    found = []
    for index, token in enumerate(tokens):
        tense = patterns._tense_at(words, index)
        if tense is not None:
            found.append((token.start(), token.end(), tense))
    return found


@given(text=_PROSE, cut=st.integers(0, 5))
def test_tense_markers_are_read_from_marker_words_only(text: str, cut: int) -> None:
    """Looking only at marker words finds the markers that looking at every word finds."""
    start = min(cut, len(text))
    assert patterns._tense_matches(text, start, len(text)) == _tense_matches_plain(
        text, start, len(text)
    )


@pytest.mark.parametrize(
    "quick",
    [
        decisions._NAMELY_QUICK,
        assemble._PAST_ELSEWHERE_QUICK,
        context._ANOTHER_QUICK,
        analysis._ALONGSIDE_QUICK,
    ],
)
@given(text=_PROSE, cut=st.integers(0, 5))
def test_a_quick_search_finds_what_the_search_finds(quick: Quick, text: str, cut: int) -> None:
    """Quick.search skips text without the literals, and finds the same match otherwise."""
    start = min(cut, len(text))
    expected = quick.pattern.search(text, start, len(text))
    found = quick.search(text, start, len(text))
    assert (found and found.span()) == (expected and expected.span())


@given(text=_PROSE)
def test_words_split_at_white_space_as_a_run_of_non_space_does(text: str) -> None:
    """str.split (in decisions' summaries and checks) gives the runs of non-space."""
    assert text.split() == re.findall(r"\S+", text)
    assert (len(text.split(None, 2)) >= 2) == (len(re.findall(r"\S+", text)) >= 2)


def _when_and_plural_plain(phrase: str, word_before: str) -> tuple[str, bool]:
    words = set(re.findall(r"\w+", phrase.lower()))
    when = ""
    if (
        words & bodies._NEXT_WORDS
        or word_before in ("next", "upcoming", "forthcoming")
        or any(w.startswith("следующ") for w in words)
    ):
        when = "next"
    elif (
        words & bodies._LAST_WORDS
        or word_before in ("last", "previous")
        or any(w.startswith(("прошл", "предыдущ")) for w in words)
    ):
        when = "last"
    return when, bool(words & bodies._PLURAL_WORDS)


_PHRASE_PIECES = [
    "next ", "the last ", "meetings", "sessions ", "следующего ", "прошлом ", "предыдущем ",
    "заседаниях", "upcoming", "Previous ", "summit", "x", "ПРОШЛ",
]  # fmt: skip


@given(
    phrase=st.lists(st.sampled_from(_PHRASE_PIECES), max_size=6).map("".join),
    before=st.sampled_from(["", "next", "last", "previous", "upcoming", "the"]),
)
def test_next_last_and_plural_read_with_stems_looked_for_first(phrase: str, before: str) -> None:
    """Looking for a stem in the phrase before testing its words changes no reading."""
    assert bodies._when_and_plural(phrase, before) == _when_and_plural_plain(phrase, before)


@given(text=_PROSE, cut=st.integers(0, 60), count=st.integers(1, 8))
def test_last_words_only_are_the_words_of_last_words(text: str, cut: int, count: int) -> None:
    """The words without positions are those last_words gives."""
    position = min(cut, len(text))
    expected = [word for _, word in textmod.last_words(text, 0, position, count)]
    assert textmod.last_words_only(text, 0, position, count) == expected


@given(text=_PROSE)
def test_scheduling_looked_for_with_its_words_first(text: str) -> None:
    """The scheduling test of a decided object finds what the plain search finds."""
    assert bool(decisions._scheduling(text)) == bool(decisions._SCHEDULING.search(text))


@given(
    text=st.lists(
        st.sampled_from(["\n", "12 октября, Сочи /", "5 мая,\nМинск /", " ", "x", "/", "1"]),
        max_size=12,
    ).map("".join)
)
def test_line_start_patterns_are_tried_at_line_starts_only(text: str) -> None:
    """A (?m)^ pattern matched at each line start finds what its scan finds."""
    expected = [m.span() for m in dateline._DATE_FIRST.finditer(text)]
    assert [m.span() for m in dateline._at_line_starts(dateline._DATE_FIRST, text)] == expected


def _count_organisations_plain(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for org, word in organisations._ORG_WORDS:
        for match in word.finditer(text):
            before = text[match.start() - 1] if match.start() else " "
            after = text[match.end()] if match.end() < len(text) else " "
            if word.pattern.isupper() and (before.isalpha() or after.isalpha()):
                continue
            counts[org] += 1
    if organisations._CA_WORDS.search(text):
        for _ in organisations._CA.finditer(text):
            counts[organisations.CA_RUSSIA] += 1
    return counts


@given(
    text=st.lists(
        st.sampled_from(
            ["CIS", "CISCO", "SCO", "Commonwealth", "СНГ", "Содружества", "EAEC", "EAEU", "x",
             " ", "CSTO", "ШОС", "Eurasian Economic Union", "ОДКБ", "(", "a"]
        ),
        max_size=16,
    ).map("".join)
)  # fmt: skip
def test_organisations_counted_with_plain_string_counts(text: str) -> None:
    """Counting words with str.count and find gives the counts of the word scans."""
    assert organisations.count_organisations(text) == _count_organisations_plain(text)


_AND_PIECES = [
    " and ", " AND ", "  and  ", "and", " ", "the Joint Statement", "The joint statement", "x",
    "documents", "Statements", "U.S.", "the U.S.", "on A", "_", "’", "ſ", "K",
]  # fmt: skip


@given(
    chunk=st.lists(st.sampled_from(_AND_PIECES), max_size=12).map("".join),
    head=st.sampled_from(["the Joint", "The joint", "U.S.", "the U.S.", "x", "on", "Statement"]),
)
@example(chunk="A and xy and x", head="x")
@example(chunk=" and and the Joint", head="the Joint")
def test_and_cuts_without_a_pattern_per_head(chunk: str, head: str) -> None:
    """Cuts at "and" before the head are those the per-head pattern finds."""
    pattern = re.compile(
        r"\s+and\s+(?=" + re.escape(head) + r"\b|(?:documents|statements|agreements)\b)", re.I
    )
    expected = [m.span() for m in pattern.finditer(chunk)]
    assert [m.span() for m in decisions._and_cuts(chunk, head)] == expected


def _determiner_before_plain(text: str, low: int, position: int) -> int | None:
    words = textmod.last_words(text, low, position, 3)
    for back in range(1, len(words) + 1):
        start, word = words[-back]
        if word in bodies._DETERMINERS:
            return start
    return None


@given(
    text=st.lists(
        st.sampled_from(["the ", "The ", "(the ", "“this ", "today’s ", " ", "x ", "a", "an "]),
        max_size=8,
    ).map("".join),
    cut=st.integers(0, 20),
)
def test_the_nearest_determiner_is_found_reading_from_the_end(text: str, cut: int) -> None:
    """Reading the last words from the end finds the determiner last_words would give."""
    low = min(cut, len(text))
    found = bodies._determiner_before(text, low, len(text))
    assert found == _determiner_before_plain(text, low, len(text))
