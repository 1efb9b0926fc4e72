"""Words for people: readable dates, places, counts and folded source lists."""

from __future__ import annotations

import pytest

from cischronicle import Body, Place, parse_date
from cischronicle.report.text import (
    FOLD_SOURCES,
    body_text,
    date_text,
    new_dates_text,
    place_text,
    plural,
    sources_text,
)


@pytest.mark.parametrize(
    ("iso", "words"),
    [
        ("2025-04-11", "11 April 2025"),
        ("2025-04", "April 2025"),
        ("2024", "2024"),
        ("XXXX-10-10", "10 October, year unknown"),
        ("XXXX-10", "October, year unknown"),
        ("2011-03/2011-04", "March 2011 to April 2011"),
        ("XXXX-12-30/XXXX-01-02", "30 December to 2 January, year unknown"),
    ],
)
def test_dates_in_words_at_the_precision_known(iso: str, words: str) -> None:
    """Each kind of partial date and range reads as words, never as XXXX."""
    assert date_text(parse_date(iso)) == words


def test_no_date_reads_date_unknown() -> None:
    """A meeting without a date says so in words."""
    assert date_text(None) == "date unknown"


def test_places_in_words() -> None:
    """Cities keep their country; online is just 'online'; nothing known says so."""
    assert place_text(Place.of_city("Almaty")) == "Almaty, KZ"
    assert place_text(Place(online=True)) == "online"
    assert place_text(Place()) == "place unknown"


def test_body_in_words_beside_its_slug() -> None:
    """A body is named in words with its slug in brackets."""
    assert body_text(Body.CIS_CFM) == "CIS Council of Foreign Ministers (cis-cfm)"


@pytest.mark.parametrize(
    ("count", "text"), [(0, "0 findings"), (1, "1 finding"), (2, "2 findings")]
)
def test_plural_agrees_with_the_count(count: int, text: str) -> None:
    """One finding, two findings, no '1 findings'."""
    assert plural(count, "finding") == text


def test_long_source_lists_fold_to_a_count_and_the_first() -> None:
    """Four hundred sources print as a count and the first, not 16,000 characters."""
    many = [f"article-{n:03d}" for n in range(400)]
    assert sources_text(many) == "400 sources: article-000 and 399 more"
    few = many[:FOLD_SOURCES]
    assert sources_text(few) == f"{FOLD_SOURCES} sources: " + ", ".join(few)
    assert sources_text(many[:1]) == "1 source: article-000"


def test_new_dates_of_a_postponed_meeting() -> None:
    """A postponement reads 'to <date>' or says the new date is unknown."""
    assert new_dates_text([parse_date("2024-06")]) == " to June 2024"
    assert new_dates_text([]) == " (new date unknown)"
