"""Scoring against gold, exactly as GUIDELINES.md says: matching, dates, decisions."""

from __future__ import annotations

import datetime as dt

import pytest

from cischronicle import (
    ArticleRecorded,
    DecisionAdopted,
    InvalidValueError,
    MeetingHeld,
    MeetingRef,
    NextMeetingScheduled,
    Place,
    Provenance,
    parse_date,
)
from cischronicle.evaluate import (
    HELD_AND_SCHEDULED,
    Counts,
    combine,
    dates_compatible,
    parse_gold,
    score_article,
)

GOLD = [
    '{"type": "Article", "published": "2025-04-12", "language": "en"}',
    '{"type": "MeetingHeld", "body": "cis-cfm", "city": "Almaty", "country": "KZ",'
    ' "date": "2025-04-11"}',
    '{"type": "NextMeetingScheduled", "body": "cis-cfm", "city": "Dushanbe", "country": "TJ",'
    ' "date": "2025-10"}',
    '{"type": "DecisionAdopted", "body": "cis-cfm", "city": "Almaty", "country": "KZ",'
    ' "date": "2025-04-11", "summary": "x", "keywords": ["Badge of Honor", "honour badge"]}',
    '{"type": "DecisionAdopted", "body": "cis-cfm", "city": "Almaty", "country": "KZ",'
    ' "date": "2025-04-11", "summary": "y", "keywords": ["external borders"]}',
]
TEXT = "x" * 200


def prov(start: int = 0, end: int = 10) -> Provenance:
    """A provenance in the toy text."""
    return Provenance.of(TEXT, start, end, article="a")


def meeting(cls: type, city: str | None, date: str | None, n: int = 0) -> object:
    """A meeting claim of the toy article."""
    place = Place.of_city(city) if city else Place()
    ref = MeetingRef(body="cis-cfm", place=place, date=None if date is None else parse_date(date))
    return cls(id=f"a:{cls.__name__}:{n}", provenance=prov(n, n + 1), meeting=ref)


def decision(summary: str, n: int = 0) -> DecisionAdopted:
    """A decision claim of the toy article with ``summary``."""
    ref = MeetingRef(body="cis-cfm", place=Place.of_city("Almaty"))
    return DecisionAdopted(
        id=f"a:d{n}", provenance=prov(n, n + 1), meeting=ref, summary=summary, held=None
    )


def recorded(published: str | None) -> ArticleRecorded:
    """The toy article's record."""
    return ArticleRecorded(
        id="a:rec",
        provenance=prov(0, 0),
        published=None if published is None else dt.date.fromisoformat(published),
        sha256="0" * 64,
    )


@pytest.mark.parametrize(
    ("gold", "predicted", "compatible"),
    [
        ("2025-04-11", "2025-04-11", True),
        ("2025-04-11", "2025-04", True),
        ("2025-04-11", "XXXX-04-11", True),
        ("2025-04-11", "2024-04-11", False),
        ("2025-10", "2025-11", False),
        ("2011-03/2011-04", "2011-04", True),
        ("2011-03/2011-04", "2011-05", False),
        ("XXXX-08-26/XXXX-08-27", "XXXX-08-27", True),
        (None, "2025-04-11", True),
        (None, None, True),
    ],
)
def test_lenient_dates_agree_on_the_precision_both_give(
    gold: str | None, predicted: str | None, compatible: bool
) -> None:
    """Equal where both are precise, XXXX matches any year, ranges match what they overlap."""
    assert dates_compatible(gold, predicted) is compatible


def test_strict_and_lenient_matching_per_type() -> None:
    """A month-precise prediction is lenient-right and strict-wrong; one-to-one matching."""
    gold = parse_gold(GOLD, article="a")
    events = [
        recorded("2025-04-12"),
        meeting(MeetingHeld, "Almaty", "2025-04"),
        meeting(MeetingHeld, "Almaty", "2025-04-11", 1),
        meeting(NextMeetingScheduled, "Dushanbe", "2025-10"),
        meeting(NextMeetingScheduled, "Minsk", "2025-10", 1),
    ]
    score = score_article(events, gold)  # type: ignore[arg-type]
    assert score.strict["MeetingHeld"] == Counts(tp=1, fp=1, fn=0)
    assert score.lenient["MeetingHeld"] == Counts(tp=1, fp=1, fn=0)  # one gold, matched once
    assert score.strict["NextMeetingScheduled"] == Counts(tp=1, fp=1, fn=0)
    assert score.strict[HELD_AND_SCHEDULED] == Counts(tp=2, fp=2, fn=0)
    assert score.published_correct


def test_lenient_matching_is_a_maximum_matching() -> None:
    """Lenient matching pairs as many gold lines as possible, not greedily."""
    gold = parse_gold([GOLD[0], GOLD[1], GOLD[1].replace("2025-04-11", "2025-04-12")], article="a")
    # The month fits both gold days, the day only the first: greedy pairing would find one.
    events = [
        meeting(MeetingHeld, "Almaty", "2025-04"),
        meeting(MeetingHeld, "Almaty", "2025-04-11", 1),
    ]
    assert score_article(events, gold).lenient["MeetingHeld"] == Counts(tp=2, fp=0, fn=0)  # type: ignore[arg-type]


def test_decisions_are_scored_by_keywords() -> None:
    """Recall: gold found by a keyword; precision: predictions holding some gold keyword."""
    gold = parse_gold(GOLD, article="a")
    events = [
        decision("award the CIS BADGE  of honor"),
        decision("a statement on security", 1),
    ]
    score = score_article(events, gold)  # type: ignore[arg-type]
    assert (score.decisions.predicted, score.decisions.predicted_matched) == (2, 1)
    assert (score.decisions.gold, score.decisions.gold_matched) == (2, 1)
    assert score.decisions.precision == 0.5 and score.decisions.recall == 0.5


def test_combine_sums_counts() -> None:
    """Scores of articles add up (micro-averaged)."""
    gold = parse_gold(GOLD, article="a")
    one = score_article([meeting(MeetingHeld, "Almaty", "2025-04-11")], gold)  # type: ignore[list-item]
    total = combine([one, one])
    assert total.articles == 2
    assert total.strict["MeetingHeld"] == Counts(tp=2, fp=0, fn=0)
    assert total.strict["NextMeetingScheduled"] == Counts(tp=0, fp=0, fn=2)
    assert total.as_dict()["strict"]["MeetingHeld"]["f1"] == 1.0


@pytest.mark.parametrize(
    "lines",
    [
        ["not json"],
        ['{"type": "MeetingHeld", "body": "cis-cfm"}'],
        ['{"type": "Article"}', '{"type": "Mystery"}'],
        ['{"type": "Article"}', '{"type": "MeetingHeld", "body": 3}'],
        ['{"type": "Article"}', '{"type": "DecisionAdopted", "keywords": "x"}'],
        ["[1, 2]"],
    ],
)
def test_bad_gold_is_refused_with_its_line(lines: list[str]) -> None:
    """A malformed gold file raises InvalidValueError naming the file (and line)."""
    with pytest.raises(InvalidValueError) as info:
        parse_gold(lines, article="a", path="gold/a.jsonl")
    assert info.value.path == "gold/a.jsonl"
