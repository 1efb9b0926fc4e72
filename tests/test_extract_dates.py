"""Date expressions: what the recogniser finds, and how it resolves them against publication."""

from __future__ import annotations

import pytest

from cischronicle import PartialDate, parse_date
from cischronicle.extract.dates import find_dates, shift_days

PUB = PartialDate(2025, 4, 11)  # a Friday


def one(text: str, anchor: PartialDate | None = PUB, tense: str = "past") -> str | None:
    """The single date found in ``text``, resolved, as ISO text (None when unresolvable)."""
    found = [m for m in find_dates(text) if m.is_date]
    assert len(found) == 1, [text[m.start : m.end] for m in find_dates(text)]
    value = found[0].resolve(anchor, tense)
    return None if value is None else value.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("on 12 April 2024", "2024-04-12"),
        ("on April 12, 2024", "2024-04-12"),
        ("12th May, 2020", "2020-05-12"),
        ("12.04.2024", "2024-04-12"),
        ("2024-04-12", "2024-04-12"),
        ("12 Oct 2023", "2023-10-12"),
        ("5 April 201915:40", "2019-04-05"),
        ("YEREVAN, APRIL 2", "2025-04-02"),
        ("in April 2012", "2012-04"),
        ("on 26-27 October 2023", "2023-10-26/2023-10-27"),
        ("from September 28 to October 8, 2023", "2023-09-28/2023-10-08"),
        ("late March - early April 2011", "2011-03/2011-04"),
        ("в конце марта - начале апреля 2011 года", "2011-03/2011-04"),
        ("9 октября 2025", "2025-10-09"),
        ("in 2017", "2017"),
    ],
)
def test_absolute_and_partial_forms(text: str, expected: str) -> None:
    """Absolute dates in many spellings resolve to the precision they give."""
    assert one(text) == expected


def test_day_and_month_without_year_take_the_year_from_publication_by_tense() -> None:
    """'Oct. 12' is forward of publication for future claims and backward for past ones."""
    assert one("on Oct. 12", tense="future") == "2025-10-12"
    assert one("on Oct. 12", tense="past") == "2024-10-12"
    assert one("in October", tense="future") == "2025-10"
    assert one("in October", tense="past") == "2024-10"
    assert one("in January", PartialDate(2024, 12, 20), tense="future") == "2025-01"


def test_a_year_that_cannot_be_known_stays_unknown() -> None:
    """Without a dated publication, '12 April' is XXXX-04-12 and a weekday is nothing."""
    assert one("on April 12", anchor=None) == "XXXX-04-12"
    assert one("on 12 April", anchor=PartialDate(None, 10, 10)) == "XXXX-04-12"
    assert one("on August 26-27", anchor=None) == "XXXX-08-26/XXXX-08-27"
    assert one("on Friday", anchor=None) is None
    assert one("on Friday", anchor=PartialDate(None, 10, 10)) is None


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("today", "past", "2025-04-11"),
        ("earlier in the day", "past", "2025-04-11"),
        ("yesterday", "past", "2025-04-10"),
        ("tomorrow", "future", "2025-04-12"),
        ("on Friday", "past", "2025-04-11"),
        ("on Thursday", "past", "2025-04-10"),
        ("on Monday", "future", "2025-04-14"),
        ("last Friday", "past", "2025-04-04"),
        ("last year", "past", "2024"),
        ("next year", "future", "2026"),
        ("this week", "past", "2025-04-07/2025-04-13"),
        ("в четверг", "past", "2025-04-10"),
        ("сегодня", "past", "2025-04-11"),
    ],
)
def test_relative_expressions_resolve_against_publication(
    text: str, tense: str, expected: str
) -> None:
    """Relative days, weekdays, weeks and years count from the publication date."""
    assert one(text, tense=tense) == expected


def test_tomorrow_with_an_unknown_year_keeps_the_year_unknown() -> None:
    """A dateline 'October 10' without a year makes 'tomorrow' XXXX-10-11."""
    assert one("tomorrow", anchor=PartialDate(None, 10, 10), tense="future") == "XXXX-10-11"


def test_shifting_an_unknown_year_across_february_is_refused() -> None:
    """From XXXX-02-28, the next day depends on the year: unknown."""
    assert shift_days(PartialDate(None, 2, 28), 1) is None
    assert shift_days(PartialDate(None, 10, 31), 1) == PartialDate(None, 11, 1)
    assert shift_days(PartialDate(9999, 12, 31), 1) is None


@pytest.mark.parametrize(
    "text",
    [
        "the agenda includes 16 issues",
        "1.2 million soldiers",
        "a total of 20 documents",
        "we may meet again",
        "the Victory march was long",
        "ages 2 and 3",
    ],
)
def test_numbers_that_are_not_dates_are_not_dates(text: str) -> None:
    """Counts, quantities, the modal 'may' and the noun 'march' are not dates."""
    assert [m for m in find_dates(text) if m.is_date] == []


def test_year_spans_are_spans_not_years() -> None:
    """'2026-2030' (a programme) is one span, and neither end is taken for a year."""
    (mention,) = find_dates("the programme for 2026-2030")
    assert mention.kind == "span" and not mention.is_date


def test_preposition_before_a_date_is_recorded() -> None:
    """The word before a date tells 'for 2014' (an attribute) from 'in 2014'."""
    (mention,) = find_dates("a cooperation program for 2014")
    assert mention.prep == "for"
    assert parse_date("2014") == mention.resolve(None, "past")
