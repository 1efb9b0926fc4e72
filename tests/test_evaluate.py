"""Scoring against gold, exactly as GUIDELINES.md says: matching, dates, decisions, splits."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import orjson
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
    MEETING_TYPES,
    ArticleScore,
    Counts,
    DecisionCounts,
    by_language,
    combine,
    dates_compatible,
    parse_gold,
    parse_split,
    score_article,
    score_parts,
)
from helpers import run

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


# -- splits: a named part and the rest, each scored as a whole --------------------------------


def test_parse_split_reads_one_id_per_line() -> None:
    """Ids one per line; blank lines, surrounding space and # comments are skipped."""
    lines = [b"# sealed part\n", b"E001\n", b"\n", b"  R005  \n", b"E001\n"]
    assert parse_split(lines, path="split.txt") == frozenset({"E001", "R005"})


@pytest.mark.parametrize(
    ("lines", "line"),
    [
        ([b"E001\n", b"E002 E003\n"], 2),
        ([b"\xff\xfe\n"], 1),
        ([b"# nothing\n", b"\n"], None),
    ],
)
def test_bad_split_files_are_refused(lines: list[bytes], line: int | None) -> None:
    """Two ids on a line, bytes that are not UTF-8, or no id at all raise InvalidValueError."""
    with pytest.raises(InvalidValueError) as info:
        parse_split(lines, path="split.txt")
    assert (info.value.path, info.value.line) == ("split.txt", line)


def article_score(article: str, language: str, held: Counts) -> ArticleScore:
    """A made-up article score with ``held`` counts for MeetingHeld (and nothing else)."""
    empty = dict.fromkeys((*MEETING_TYPES, HELD_AND_SCHEDULED), Counts())
    table = {**empty, "MeetingHeld": held, HELD_AND_SCHEDULED: held}
    return ArticleScore(article, language, table, table, DecisionCounts(), True)


def test_score_parts_sums_the_named_articles_and_the_rest_apart() -> None:
    """The named part sums only named articles, the rest the others; ids not found are counted."""
    scores = [
        article_score("a", "en", Counts(1, 0, 0)),
        article_score("b", "ru", Counts(0, 1, 1)),
        article_score("c", "en", Counts(2, 0, 1)),
    ]
    parts = score_parts(scores, {"b", "c", "zz"})
    named, rest = parts["named"], parts["rest"]
    assert (named.scores.articles, rest.scores.articles) == (2, 1)
    assert named.scores.strict["MeetingHeld"] == Counts(2, 1, 2)
    assert rest.scores.strict["MeetingHeld"] == Counts(1, 0, 0)
    assert set(named.by_language) == {"en", "ru"} and set(rest.by_language) == {"en"}
    assert named.by_language["ru"].strict["MeetingHeld"] == Counts(0, 1, 1)
    assert (named.not_found, rest.not_found) == (1, 0)
    assert named.as_dict()["all"]["strict"]["MeetingHeld"]["tp"] == 2
    assert by_language(scores)["en"].articles == 2


ARTICLE_TEXT = (
    "url: https://example.org/{n}\npublished: 2025-04-12\ntitle: CFM\n---\n"
    " date 2025-04-12 The CIS Council of Foreign Ministers convened in Almaty on April 11."
)
GOLD_LINES = (
    '{{"type": "Article", "published": "2025-04-12", "language": "{lang}"}}\n'
    '{{"type": "MeetingHeld", "body": "cis-cfm", "city": "Almaty", "country": "KZ",'
    ' "date": "2025-04-11"}}\n'
)


@pytest.fixture
def folders(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Three made-up articles (a1 en, a2 en, b1 ru) with gold, and a split naming a2 and b1."""
    articles, gold = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold.mkdir()
    for name, lang in (("a1", "en"), ("a2", "en"), ("b1", "ru")):
        (articles / f"{name}.txt").write_text(ARTICLE_TEXT.format(n=name), encoding="utf-8")
        (gold / f"{name}.jsonl").write_text(GOLD_LINES.format(lang=lang), encoding="utf-8")
    split = tmp_path / "split.txt"
    split.write_text("# kept aside\na2\nb1\nnot-here\n", encoding="utf-8")
    return articles, gold, split


def test_eval_split_json_keeps_its_shape_and_adds_the_parts(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, Path]
) -> None:
    """--split --json: all and by_language as before, and parts.named / parts.rest that add up."""
    articles, gold, split = folders
    code, out, _ = run(capsys, "eval", str(articles), str(gold), "--json")
    plain = orjson.loads(out)
    code_split, out, _ = run(
        capsys, "eval", str(articles), str(gold), "--split", str(split), "--json"
    )
    report = orjson.loads(out)
    assert code == code_split == 0
    assert {k: report[k] for k in ("all", "by_language")} == plain and "parts" not in plain
    named, rest = report["parts"]["named"], report["parts"]["rest"]
    assert (named["all"]["articles"], rest["all"]["articles"]) == (2, 1)
    assert set(named["by_language"]) == {"en", "ru"} and set(rest["by_language"]) == {"en"}
    assert (named["not_found"], rest["not_found"]) == (1, 0)
    for key in ("tp", "fp", "fn"):
        both = (
            named["all"]["strict"][HELD_AND_SCHEDULED][key]
            + rest["all"]["strict"][HELD_AND_SCHEDULED][key]
        )
        assert both == report["all"]["strict"][HELD_AND_SCHEDULED][key]
    assert isinstance(report["all"]["strict"][HELD_AND_SCHEDULED]["f1"], float)


def test_eval_split_prints_each_part_as_a_whole(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, Path]
) -> None:
    """The text report gives both parts' figures, overall and by language, and no article id."""
    articles, gold, split = folders
    code, out, _ = run(capsys, "eval", str(articles), str(gold), "--split", str(split))
    assert code == 0
    assert "== part named: 2 articles named in" in out
    assert "(1 named ids have no gold file here)" in out
    assert "part named, language ru: 1 articles" in out
    assert "part rest, all languages: 1 articles" in out
    shown = out.replace(str(split), "SPLIT")
    assert "a2" not in shown and "b1" not in shown


@pytest.mark.parametrize("content", [None, "a2 b1\n", ""])
def test_eval_refuses_a_bad_split_file_with_one_line(
    capsys: pytest.CaptureFixture[str], folders: tuple[Path, Path, Path], content: str | None
) -> None:
    """A missing, malformed or empty split file: exit 2, one line on stderr, nothing on stdout."""
    articles, gold, split = folders
    if content is None:
        split.unlink()
    else:
        split.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "eval", str(articles), str(gold), "--split", str(split))
    assert code == 2 and out == "" and err.count("\n") == 1
    assert "split" in err
