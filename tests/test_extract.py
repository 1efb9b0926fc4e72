"""extract(): its contract, robustness on any text, the seed logs, and the corpus."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import (
    ArticleRecorded,
    ChronicleError,
    DecisionAdopted,
    EventRetracted,
    JsonlLog,
    MeetingHeld,
    encode_line,
    extract,
    read_article,
)
from cischronicle.evaluate import HELD_AND_SCHEDULED, combine, parse_gold, score_article

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

# Regression floors on the open part of ../shared/corpus (articles not named in sealed.txt),
# set a little below what the extractor measured there (English 0.84, Russian 0.87, English
# decisions 0.97; `cischronicle eval ... --split ../shared/corpus/sealed.txt`).
OPEN_EN_HELD_SCHEDULED_F1_FLOOR = 0.80
"""Strict F1 of MeetingHeld+NextMeetingScheduled, English articles of the open part."""
OPEN_RU_HELD_SCHEDULED_F1_FLOOR = 0.82
"""Strict F1 of MeetingHeld+NextMeetingScheduled, Russian articles of the open part."""
OPEN_EN_DECISIONS_F1_FLOOR = 0.90
"""F1 of decisions (keywords), English articles of the open part."""

FRAGMENTS = [
    "The CIS Council of Foreign Ministers", " convened in Almaty", " on April 11", ". ",
    "The next meeting", " will be held in Dushanbe in October", " ahead of the CIS Summit",
    " date 2025-04-12 ", "ASHGABAT, October 10. /TASS/. ", "tomorrow", " on Friday",
    " was postponed to May 20", " was cancelled", "The ministers adopted a statement on security",
    ", namely, the Joint Statement on A and the Joint Statement on B", "\n- declaring 2028 a year;",
    " on the eve of the 8 October summit", "Заседание СМИД СНГ состоится 10 октября в Минске",
    " in Moscow, Idaho", " 2026-2030", " (CFM)", " via videoconference", "\n\n", "“", "”", " – ",
]  # fmt: skip


def meaning(events: list[object]) -> set[tuple[str, str, str, str]]:
    """What a list of claims says: (type, body, place, date) of each."""
    return {
        (type(e).__name__, e.meeting.body.value, str(e.meeting.place), str(e.meeting.date))  # type: ignore[attr-defined]
        for e in events
        if not isinstance(e, (ArticleRecorded, EventRetracted))
    }


def test_returns_the_article_then_its_claims() -> None:
    """The first event records the article: text hash, language, publication date."""
    text = " date 2025-04-12 The CIS foreign ministers met in Almaty."
    events = extract(text, article_id="a1")
    assert isinstance(events, tuple)
    first = events[0]
    assert isinstance(first, ArticleRecorded)
    assert first.sha256 == hashlib.sha256(text.encode()).hexdigest()
    assert first.published == dt.date(2025, 4, 12) and first.language == "en"
    assert first.url is None
    assert [type(e) for e in events[1:]] == [MeetingHeld]
    assert all(e.provenance.article == "a1" for e in events)


def test_extraction_is_deterministic() -> None:
    """The same text gives the same events with the same ids."""
    text = SEEDS[3].read_text(encoding="utf-8")
    assert extract(text, article_id="x") == extract(text, article_id="x")
    ids = [e.id for e in extract(text, article_id="x")]
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize(
    ("text", "kwargs"),
    [
        (b"bytes", {"article_id": "a"}),
        (None, {"article_id": "a"}),
        ("text", {"article_id": ""}),
        ("text", {"article_id": " padded "}),
        ("text", {"article_id": "a", "published": "2024-01-01"}),
    ],
)
def test_bad_input_is_a_chronicle_error(text: object, kwargs: dict[str, object]) -> None:
    """Input that is not text, an empty id or a non-date ``published`` raise ChronicleError."""
    with pytest.raises(ChronicleError):
        extract(text, **kwargs)  # type: ignore[arg-type]


def test_decisions_point_to_the_meeting_held_in_the_same_article() -> None:
    """A decision's ``held`` is the id of the article's MeetingHeld of that meeting."""
    events = extract(SEEDS[3].read_text(encoding="utf-8"), article_id="s")
    held = {e.id: e for e in events if isinstance(e, MeetingHeld)}
    found = [e for e in events if isinstance(e, DecisionAdopted)]
    assert found and all(d.held in held and held[d.held].meeting == d.meeting for d in found)


@given(st.text(max_size=400))
def test_never_raises_on_any_text_and_quotes_are_exact(text: str) -> None:
    """Any str is read without error, and every quote is the text at its offsets."""
    for event in extract(text, article_id="h"):
        assert text[event.provenance.start : event.provenance.end] == event.provenance.quote


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=25).map("".join))
def test_never_raises_on_meeting_like_text(text: str) -> None:
    """Texts made of the phrases the extractor looks for are read without error, quotes exact."""
    events = extract(text, article_id="h")
    assert isinstance(events[0], ArticleRecorded)
    for event in events:
        assert text[event.provenance.start : event.provenance.end] == event.provenance.quote
        encode_line(event, seq=1, prev="0" * 64)  # every event is valid on the wire


@pytest.mark.parametrize("seed", SEEDS, ids=lambda p: p.stem)
def test_seed_extraction_records_the_logged_articles(seed: Path) -> None:
    """extract() of each seed records the same article as its hand-made log (hash, date).

    The claims differ where the rebuilt extractor reads a seed otherwise; events/ keeps the
    hand-made logs, and re-ingesting only appends (tests/test_cli_extract.py).
    """
    article = read_article(seed)
    logged = JsonlLog(ROOT / "events" / f"{seed.stem}.jsonl").events()
    extracted = list(extract(article.text, article_id=article.article))
    assert extracted[0].sha256 == logged[0].sha256  # type: ignore[union-attr]
    assert extracted[0].published == logged[0].published  # type: ignore[union-attr]


def test_corpus_quotes_are_exact_and_scores_stay_above_floors(
    shared: Path, open_gold: list[Path]
) -> None:
    """On the corpus's open part every quote matches its text; scores stay above the floors.

    Only articles not named in sealed.txt are read here, one by one; the counts come from the
    folder.  The floors (OPEN_*_FLOOR above) only catch regressions of the open part.
    """
    articles = shared / "corpus" / "articles"
    scores = []
    for gold_file in open_gold:
        article = read_article(articles / f"{gold_file.stem}.txt")
        events = extract(article.text, article_id=article.article)
        for event in events:
            assert article.text[event.provenance.start : event.provenance.end] == (
                event.provenance.quote
            )
        gold = parse_gold(gold_file.read_bytes().splitlines(), article=gold_file.stem)
        scores.append(score_article(events, gold))
    english = combine(s for s in scores if s.language == "en")
    russian = combine(s for s in scores if s.language == "ru")
    assert combine(scores).articles == len(open_gold) > 0
    assert english.articles > 0 and russian.articles > 0
    assert english.strict[HELD_AND_SCHEDULED].f1 >= OPEN_EN_HELD_SCHEDULED_F1_FLOOR
    assert english.decisions.f1 >= OPEN_EN_DECISIONS_F1_FLOOR
    assert russian.strict[HELD_AND_SCHEDULED].f1 >= OPEN_RU_HELD_SCHEDULED_F1_FLOOR


WRITTEN = ROOT / "tests" / "fixtures" / "written"
"""36 short articles (18 English, 18 Russian) and their gold, made up for the extractor by a
writer who never saw its code nor the development corpus: a second development set that ships
with the repository."""

WRITTEN_HELD_SCHEDULED_F1_FLOOR = 0.86
"""Strict F1 of MeetingHeld+NextMeetingScheduled on the written articles (measured 0.90)."""
WRITTEN_DECISIONS_F1_FLOOR = 0.95
"""F1 of decisions (keywords) on the written articles (measured 1.00)."""


WRITTEN_2 = ROOT / "tests" / "fixtures" / "written2"
"""40 longer articles (20 English, 20 Russian) with gold, written like the first set by a
writer who saw neither the code nor the corpus, in the shapes of wire copy, ministry pages and
aggregators.  Half of them guided the extractor's work; the other half stayed held out until
they joined the tests, at 0.69."""

WRITTEN_2_HELD_SCHEDULED_F1_FLOOR = 0.82
"""Strict F1 of MeetingHeld+NextMeetingScheduled on the second written set (measured 0.86)."""
WRITTEN_2_DECISIONS_F1_FLOOR = 0.85
"""F1 of decisions (keywords) on the second written set (measured 0.89)."""

WRITTEN_4 = ROOT / "tests" / "fixtures" / "written4"
"""30 wire-style articles (20 English, 10 Russian) with gold, written from the guidelines by a
writer who saw neither the code nor the corpus.  Half guided the extractor's work; the other
half stayed held out until they joined the tests, at 0.76.  (A third set is kept outside the
repository, held out.)"""
WRITTEN_4_HELD_SCHEDULED_F1_FLOOR = 0.88
"""Strict F1 of MeetingHeld+NextMeetingScheduled on the fourth written set (measured 0.92)."""
WRITTEN_4_DECISIONS_F1_FLOOR = 0.87
"""F1 of decisions (keywords) on the fourth written set (measured 0.91)."""

WRITTEN_5 = ROOT / "tests" / "fixtures" / "written5"
"""30 messy web pages (20 English, 10 Russian) with gold, from the same kind of writer: menus,
tickers, related lists, comments, distractor bodies, conditionals and postponements.  Half
guided the work; the held-out half joined the tests at 0.65."""
WRITTEN_5_HELD_SCHEDULED_F1_FLOOR = 0.74
"""Strict F1 of MeetingHeld+NextMeetingScheduled on the fifth written set (measured 0.77)."""
WRITTEN_5_DECISIONS_F1_FLOOR = 0.89
"""F1 of decisions (keywords) on the fifth written set (measured 0.93)."""

WRITTEN_6 = ROOT / "tests" / "fixtures" / "written6"
"""30 articles (14 English, 16 Russian) in the shapes of TASS, Interfax, BelTA, Kazinform and
Sputnik copy, with stamps of many forms, postponements, moves, cancellations and lists of
documents, from the same kind of writer.  Half guided the work; the held-out half joined the
tests at 0.71 (0.67 when this work began)."""
WRITTEN_6_HELD_SCHEDULED_F1_FLOOR = 0.81
"""Strict F1 of MeetingHeld+NextMeetingScheduled on the sixth written set (measured 0.85)."""
WRITTEN_6_DECISIONS_F1_FLOOR = 0.87
"""F1 of decisions (keywords) on the sixth written set (measured 0.91)."""


@pytest.mark.parametrize(
    ("folder", "count", "held_scheduled_floor", "decisions_floor"),
    [
        (WRITTEN, 36, WRITTEN_HELD_SCHEDULED_F1_FLOOR, WRITTEN_DECISIONS_F1_FLOOR),
        (WRITTEN_2, 40, WRITTEN_2_HELD_SCHEDULED_F1_FLOOR, WRITTEN_2_DECISIONS_F1_FLOOR),
        (WRITTEN_4, 30, WRITTEN_4_HELD_SCHEDULED_F1_FLOOR, WRITTEN_4_DECISIONS_F1_FLOOR),
        (WRITTEN_5, 30, WRITTEN_5_HELD_SCHEDULED_F1_FLOOR, WRITTEN_5_DECISIONS_F1_FLOOR),
        (WRITTEN_6, 30, WRITTEN_6_HELD_SCHEDULED_F1_FLOOR, WRITTEN_6_DECISIONS_F1_FLOOR),
    ],
    ids=["written", "written2", "written4", "written5", "written6"],
)
def test_written_articles_stay_above_floors(
    folder: Path, count: int, held_scheduled_floor: float, decisions_floor: float
) -> None:
    """Each written set scores above its regression floors, quotes exact."""
    scores = []
    for gold_file in sorted((folder / "gold").glob("*.jsonl")):
        article = read_article(folder / "articles" / f"{gold_file.stem}.txt")
        events = extract(article.text, article_id=article.article)
        for event in events:
            assert event.provenance.matches(article.text)
        with open(gold_file, "rb") as handle:
            gold = parse_gold(handle, article=gold_file.stem, path=str(gold_file))
        scores.append(score_article(events, gold))
    total = combine(scores)
    assert total.articles == count
    assert total.strict[HELD_AND_SCHEDULED].f1 >= held_scheduled_floor
    assert total.decisions.f1 >= decisions_floor
