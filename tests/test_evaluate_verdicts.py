"""The verdict measure: gold scheduled meetings against the extracted chronicle's verdicts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import orjson
import pytest

from cischronicle import (
    InvalidValueError,
    MeetingHeld,
    MeetingPostponed,
    NextMeetingScheduled,
    PartialDate,
    Place,
)
from cischronicle.evaluate import parse_gold
from cischronicle.evaluate_verdicts import (
    MISSING,
    ArticleEvents,
    VerdictCounts,
    compare_verdicts,
    gold_events,
    measure_verdicts,
)
from cischronicle.events import Event
from helpers import held, recorded, run, scheduled


def gold(
    article: str, *lines: str, published: str | None = "2024-04-13", lang: str = "en"
) -> tuple[Event, ...]:
    """The events of a made-up gold file of ``article`` with these event lines."""
    head = orjson.dumps({"type": "Article", "published": published, "language": lang}).decode()
    parsed = parse_gold([head, *lines], article=article, path=f"gold/{article}.jsonl")
    return gold_events(parsed)


def line(kind: str, body: str, city: str | None, country: str | None, date: str | None,
         **more: object) -> str:  # fmt: skip
    """One gold event line."""
    record = {"type": kind, "body": body, "city": city, "country": country, "date": date}
    return orjson.dumps({**record, **more}).decode()


PLAN = line("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-12")
HELD = line("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-12")


def test_gold_lines_become_events_with_an_honest_provenance() -> None:
    """Each gold line is its typed event; ids say gold, the quote claims no text of the article."""
    events = gold(
        "g1",
        PLAN,
        line("MeetingHeld", "cis-cfm", None, None, "2020-05-12", online=True),
        line("MeetingPostponed", "cis-chs", "Tashkent", "UZ", "XXXX-10-16", new_date="2020-12"),
        line("NextMeetingScheduled", "cis-chg", None, None, None),
        published=None,
        lang="ru",
    )
    record, plan, online, postponed, undated = events
    assert record.published is None and record.language == "ru"  # type: ignore[union-attr]
    assert isinstance(plan, NextMeetingScheduled) and plan.id == "gold:g1:2"
    assert plan.meeting.place == Place.of_city("Minsk")
    assert plan.meeting.date == PartialDate(2024, 4, 12)
    assert isinstance(online, MeetingHeld) and online.meeting.place == Place(online=True)
    assert isinstance(postponed, MeetingPostponed)
    assert postponed.meeting.date == PartialDate(None, 10, 16)  # year unknown, as in any event
    assert postponed.new_date == PartialDate(2020, 12)
    assert undated.meeting.date is None and not undated.meeting.place.known  # type: ignore[union-attr]
    assert all(e.id.startswith("gold:g1") and e.provenance.quote == "" for e in events)


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (line("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-13-01"), "month out of range"),
        (line("MeetingHeld", "un-gassembly", "Minsk", "BY", None), "unknown body"),
        (line("MeetingHeld", "cis-cfm", "Minsk", "RU", None), "Minsk is in BY"),
        (line("MeetingHeld", "cis-cfm", None, None, "April"), "not an ISO partial date"),
    ],
)
def test_bad_gold_values_name_their_file_and_line(bad: str, message: str) -> None:
    """A value the event model refuses raises InvalidValueError with the gold file and line."""
    with pytest.raises(InvalidValueError) as caught:
        gold("g1", PLAN, bad)
    assert (caught.value.path, caught.value.line) == ("gold/g1.jsonl", 3)
    assert message in caught.value.message


def test_the_same_verdict_is_counted_as_same() -> None:
    """A plan and its held report in both chronicles: held in both, one same, nothing else."""
    golden = gold("a", PLAN, published="2024-01-15") + gold("b", HELD)
    extracted = (
        recorded("a", "2024-01-15"),
        scheduled("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-04-13"),
        held("b", "cis-cfm", "Minsk", "2024-04-12"),
    )
    comparison = compare_verdicts(golden, extracted)
    assert [(p.gold, p.extracted, p.same) for p in comparison.paired] == [("held", "held", True)]
    counts = comparison.counts()
    assert (counts.gold, counts.same, counts.different, counts.missing) == (1, 1, 0, 0)
    assert counts.spurious_total == 0 and counts.agreement == 1.0


def test_a_different_verdict_lands_in_the_confusion_table() -> None:
    """The extractor missed the held report: gold held, extracted unconfirmed (due, no report)."""
    golden = gold("a", PLAN, published="2024-01-15") + gold("b", HELD)
    extracted = (
        recorded("a", "2024-01-15"),
        scheduled("a", "cis-cfm", "Minsk", "2024-04-12"),
        recorded("b", "2024-04-13"),
    )
    counts = compare_verdicts(golden, extracted).counts()
    assert counts.confusion == {"held": {"unconfirmed": 1}}
    assert (counts.same, counts.different, counts.missing, counts.agreement) == (0, 1, 0, 0.0)


def test_a_missing_plan_and_a_spurious_one_are_counted_apart() -> None:
    """A gold plan with no compatible extracted plan is missing; an extra extracted one spurious."""
    golden = gold("a", PLAN, published="2024-01-15")
    extracted = (
        recorded("a", "2024-01-15"),
        scheduled("a", "cis-cfm", "Astana", "2024-04-12"),  # another city: not the same meeting
    )
    comparison = compare_verdicts(golden, extracted)
    assert [(p.gold, p.extracted) for p in comparison.paired] == [("pending", MISSING)]
    assert [(p.gold, p.extracted, str(p.meeting)) for p in comparison.spurious] == [
        (MISSING, "pending", "cis-cfm Astana, KZ 2024-04-12")
    ]
    counts = comparison.counts()
    assert (counts.gold, counts.missing, counts.spurious_total) == (1, 1, 1)
    assert counts.spurious == {"pending": 1}


def test_pairing_is_one_to_one_and_prefers_the_gold_date() -> None:
    """Of two compatible extracted plans the one with the gold's own date pairs; others spurious."""
    golden = gold(
        "a", line("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-20"), published=None
    )
    extracted = (
        recorded("a", "2024-01-15"),
        scheduled("a", "cis-cfm", "Minsk", "2024-04-12", n=1),
        scheduled("a", "cis-cfm", "Minsk", "2024-04-20", n=2),
        # Compatible with both above, so a meeting of its own (the projections' rule).
        scheduled("a", "cis-cfm", "Minsk", "2024-04", n=3),
    )
    comparison = compare_verdicts(golden, extracted)
    assert len(comparison.paired) == 1 and comparison.paired[0].extracted != MISSING
    # 2024-04 comes first by date, yet 2024-04-20 is the gold's own date: it is the one paired.
    assert [str(p.meeting) for p in comparison.spurious] == [
        "cis-cfm Minsk, BY 2024-04",
        "cis-cfm Minsk, BY 2024-04-12",
    ]


def test_both_chronicles_are_judged_as_of_the_gold_knowledge_date() -> None:
    """The default knowledge date is the gold's latest publication; a later one makes it due."""
    golden = gold("a", line("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-10"))
    extracted = (recorded("a", "2030-01-01"), scheduled("a", "cis-cfm", "Minsk", "2024-10"))
    comparison = compare_verdicts(golden, extracted)
    assert comparison.as_of == dt.date(2024, 4, 13)
    assert [(p.gold, p.extracted) for p in comparison.paired] == [("pending", "pending")]
    later = compare_verdicts(golden, extracted, as_of=dt.date(2025, 1, 1))
    assert [(p.gold, p.extracted) for p in later.paired] == [("unconfirmed", "unconfirmed")]


def test_a_year_unknown_gold_plan_stays_year_unknown() -> None:
    """A gold XXXX plan is pending for its unknown year, like any event with such a date."""
    golden = gold("a", line("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "XXXX-10-10"))
    extracted = (recorded("a", "2024-04-13"), scheduled("a", "cis-cfm", "Minsk", "2024-10-10"))
    comparison = compare_verdicts(golden, extracted)
    assert [(p.gold, p.extracted) for p in comparison.paired] == [("pending", "pending")]


def test_groups_are_folded_from_their_own_articles() -> None:
    """By language and per part, each group is its own chronicle pair; ids not found counted."""
    articles = [
        ArticleEvents(
            "a", "en", gold("a", PLAN, published="2024-01-15"), (recorded("a", "2024-01-15"),)
        ),
        ArticleEvents("b", "ru", gold("b", HELD, lang="ru"), (recorded("b", "2024-04-13"),)),
        ArticleEvents(
            "c",
            "ru",
            gold("c", line("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10")),
            (recorded("c", "2024-02-01"), scheduled("c", "cis-chs", "Dushanbe", "2024-10")),
        ),
    ]
    measure = measure_verdicts(articles, named={"b", "c", "zz"})
    assert measure.as_of == dt.date(2024, 4, 13)
    whole = measure.whole
    assert whole.counts.confusion == {"held": {MISSING: 1}, "pending": {"pending": 1}}
    assert set(whole.by_language) == {"en", "ru"}
    # Alone, the English article's plan has no held report: unconfirmed in the gold too.
    assert whole.by_language["en"].confusion == {"unconfirmed": {MISSING: 1}}
    assert measure.parts is not None
    named, rest = measure.parts["named"], measure.parts["rest"]
    assert (named.articles, named.not_found, rest.articles) == (2, 1, 1)
    assert named.counts.confusion == {"pending": {"pending": 1}}
    assert rest.counts.confusion == {"unconfirmed": {MISSING: 1}}


def test_counts_as_dict_gives_totals_and_tables() -> None:
    """as_dict: gold = same + different + missing, the share right, the tables as plain data."""
    counts = VerdictCounts(
        {"held": {"held": 3, "unconfirmed": 1}, "pending": {MISSING: 1}}, {"held": 2}
    )
    assert counts.as_dict() == {
        "gold": 5,
        "same": 3,
        "different": 1,
        "missing": 1,
        "agreement": 0.6,
        "confusion": {"held": {"held": 3, "unconfirmed": 1}, "pending": {MISSING: 1}},
        "spurious": 2,
        "spurious_by_verdict": {"held": 2},
    }


# -- the command --------------------------------------------------------------------------

HEADER = "url: https://example.org/{n}\npublished: {p}\ntitle: CIS\n---\n date {p} "
ARTICLES = {
    "s1": ("2024-01-15", "The next meeting of the CIS Council of Foreign Ministers will be held"
           " in Minsk on 12 April 2024."),
    "h1": ("2024-04-13", "The CIS Council of Foreign Ministers convened in Minsk on April 12."),
    "s2": ("2024-01-15", "The CIS heads of government will meet in Kazan on 20 May 2024."),
    "s3": ("2024-01-20", "The CIS Council of Heads of State will meet in Astana on 10 October"
           " 2024."),
}  # fmt: skip
GOLD = {
    "s1": [PLAN],
    # The text names no summit: the gold line below stands for what the extractor misses.
    "h1": [HELD, line("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10")],
    # The gold says the session was postponed, the text does not: a different verdict.
    "s2": [
        line("NextMeetingScheduled", "cis-chg", "Kazan", "RU", "2024-05-20"),
        line("MeetingPostponed", "cis-chg", "Kazan", "RU", "2024-05-20", new_date=None),
    ],
    "s3": [],  # the extractor's plan is spurious
}
LANGUAGES = {"s1": "en", "h1": "en", "s2": "ru", "s3": "en"}


@pytest.fixture
def corpus(tmp_path: Path) -> tuple[Path, Path, Path]:
    """Four made-up articles and gold: verdict same, different, missing, spurious; a split."""
    articles, gold_dir = tmp_path / "articles", tmp_path / "gold"
    articles.mkdir()
    gold_dir.mkdir()
    for name, (published, text) in ARTICLES.items():
        (articles / f"{name}.txt").write_text(
            HEADER.format(n=name, p=published) + text, encoding="utf-8"
        )
        head = {"type": "Article", "published": published, "language": LANGUAGES[name]}
        lines = [orjson.dumps(head).decode(), *GOLD[name]]
        (gold_dir / f"{name}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    split = tmp_path / "split.txt"
    split.write_text("s2\ns3\n", encoding="utf-8")
    return articles, gold_dir, split


def test_eval_verdicts_json_adds_the_measure_and_keeps_the_rest(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path, Path]
) -> None:
    """--verdicts --json: the scores keep their shape; verdicts gives same, different, missing."""
    articles, gold_dir, _ = corpus
    code, out, _ = run(capsys, "eval", str(articles), str(gold_dir), "--json")
    plain = orjson.loads(out)
    code_v, out, err = run(capsys, "eval", str(articles), str(gold_dir), "--verdicts", "--json")
    report = orjson.loads(out)
    assert code == code_v == 0 and err == ""
    assert {k: v for k, v in report.items() if k != "verdicts"} == plain
    verdicts = report["verdicts"]
    assert set(verdicts) == {"as_of", "articles", "all", "by_language"}
    assert (verdicts["as_of"], verdicts["articles"]) == ("2024-04-13", 4)
    code, out, _ = run(capsys, "eval", str(articles), str(gold_dir), "--verdicts")
    assert code == 0 and "== verdicts of the gold's scheduled meetings (as of 2024-04-13)" in out
    whole = verdicts["all"]
    assert {k: whole[k] for k in ("gold", "same", "different", "missing", "spurious")} == {
        "gold": 3,
        "same": 1,
        "different": 1,
        "missing": 1,
        "spurious": 1,
    }
    assert whole["confusion"] == {
        "held": {"held": 1},
        "postponed": {"pending": 1},
        "pending": {MISSING: 1},
    }
    assert whole["spurious_by_verdict"] == {"pending": 1}
    assert set(verdicts["by_language"]) == {"en", "ru"}
    assert verdicts["by_language"]["ru"]["confusion"] == {"postponed": {"pending": 1}}


def test_eval_verdicts_split_gives_each_part_as_a_whole(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path, Path]
) -> None:
    """--split --verdicts: each part's totals, in JSON and in text, and no article id printed."""
    articles, gold_dir, split = corpus
    args = ("eval", str(articles), str(gold_dir), "--split", str(split), "--verdicts")
    code, out, _ = run(capsys, *args, "--json")
    verdicts = orjson.loads(out)["verdicts"]
    parts = verdicts["parts"]
    assert code == 0 and set(parts) == {"named", "rest"}
    assert "as_of" not in verdicts  # the latest date may be a named article's
    named, rest = parts["named"], parts["rest"]
    assert (named["articles"], rest["articles"]) == (2, 2)
    assert (named["all"]["gold"], named["all"]["different"], named["all"]["spurious"]) == (1, 1, 1)
    assert (rest["all"]["gold"], rest["all"]["same"], rest["all"]["missing"]) == (2, 1, 1)
    code, out, _ = run(capsys, *args)
    assert code == 0
    assert "== verdicts of the gold's scheduled meetings (as of the latest gold publication" in out
    assert "2024-04-13" not in out
    assert "all languages (4 articles): 3 scheduled in gold, 1 same verdict (33.3%)" in out
    assert "part named, all languages (2 articles): 1 scheduled in gold, 0 same verdict" in out
    assert "part rest, language en: 2 scheduled in gold, 1 same verdict" in out
    shown = out.replace(str(split), "SPLIT")
    assert all(name not in shown for name in ARTICLES)


def test_eval_verdicts_refuses_bad_gold_with_one_line(
    capsys: pytest.CaptureFixture[str], corpus: tuple[Path, Path, Path]
) -> None:
    """A gold value the event model refuses: exit 2, one line naming file and line, no figures."""
    articles, gold_dir, _ = corpus
    bad = gold_dir / "s1.jsonl"
    bad.write_text(
        bad.read_text(encoding="utf-8")
        + line("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-02-30")
        + "\n",
        encoding="utf-8",
    )
    code, out, err = run(capsys, "eval", str(articles), str(gold_dir), "--verdicts")
    assert code == 2 and out == "" and err.count("\n") == 1
    assert f"{bad}:3:" in err and "day out of range" in err
