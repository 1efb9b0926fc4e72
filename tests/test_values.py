"""Partial dates, ranges, places, bodies and provenance."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cischronicle import (
    Body,
    DateRange,
    InvalidValueError,
    PartialDate,
    Place,
    Provenance,
    parse_date,
)
from cischronicle.values import _overlaps_any, _partial_overlaps

D = parse_date


@pytest.mark.parametrize(
    "text",
    [
        "2024",
        "2024-04",
        "2024-04-12",
        "XXXX-04",
        "XXXX-10-09",
        "2011-03/2011-04",
        "XXXX-08-26/XXXX-08-27",
        "XXXX-12/XXXX-01",
        "2024-02-29",
    ],
)
def test_iso_text_round_trips(text: str) -> None:
    """Every supported ISO form parses and prints back to the same text."""
    assert D(text).isoformat() == text


@pytest.mark.parametrize(
    "text",
    [
        "",
        "XXXX",
        "2024-13",
        "2024-04-31",
        "2023-02-29",
        "24-04-12",
        "2024-4-12",
        "2024/2023",
        "2011-04/2011-03",
        "2011-03/XXXX-04",
        "2024-04-12T00",
        "a/b/c",
    ],
)
def test_invalid_dates_are_refused(text: str) -> None:
    """Malformed or impossible dates raise InvalidValueError (a ValueError)."""
    with pytest.raises(InvalidValueError):
        D(text)


def test_precision_and_bounds() -> None:
    """A partial date knows its precision and its first and last possible day."""
    assert D("2024").precision == "year"
    assert D("2024-02").latest() == dt.date(2024, 2, 29)
    assert D("2024-04-12").earliest() == dt.date(2024, 4, 12)
    assert D("XXXX-04-12").earliest() is None
    assert D("2011-03/2011-04").latest() == dt.date(2011, 4, 30)


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("2025-04-11", "XXXX-04-11", True),
        ("2025-04", "XXXX-04-11", True),
        ("2025-04", "2025-04-11", True),
        ("2025", "2025-10-09", True),
        ("2024", "2025-04-11", False),
        ("XXXX-04-11", "XXXX-04-12", False),
        ("XXXX-04", "XXXX-04-30", True),
        ("XXXX-02-29", "2023", False),
        ("XXXX-02-29", "2024", True),
        ("2011-03/2011-04", "2011-04-02", True),
        ("2011-03/2011-04", "2011-05-01", False),
        ("XXXX-12/XXXX-01", "XXXX-01-15", True),
        ("XXXX-12/XXXX-01", "XXXX-06", False),
        ("XXXX-08-26/XXXX-08-27", "2020-08-27", True),
        ("2019-12-30/2020-01-02", "XXXX-01-01", True),
    ],
)
def test_could_be_same_day(a: str, b: str, same: bool) -> None:
    """Two dates could be the same day exactly when some day fits both (both ways round)."""
    assert D(a).could_be_same_day(D(b)) is same
    assert D(b).could_be_same_day(D(a)) is same


@pytest.mark.parametrize(
    ("a", "b", "before"),
    [
        ("2024-04-12", "2024-04-13", True),
        ("2024-04", "2024-04-30", False),
        ("2024", "2025-01-01", True),
        ("XXXX-04-12", "2025-01-01", False),
        ("2023-10-12", "XXXX-10-13", False),
        ("2011-03/2011-04", "2011-05", True),
    ],
)
def test_surely_before_never_guesses(a: str, b: str, before: bool) -> None:
    """'Surely before' holds only when every day of one precedes every day of the other."""
    assert D(a).surely_before(D(b)) is before


@pytest.mark.parametrize(
    ("a", "b", "merged"),
    [
        ("2025-04", "XXXX-04-11", "2025-04-11"),
        ("2025", "XXXX-10", "2025-10"),
        ("2011-03/2011-04", "2011-04", "2011-04"),
        ("2011-03/2011-04", "2011-04-02", "2011-04-02"),
        ("2011-03/2011-05", "2011-04/2011-06", "2011-04/2011-05"),
        ("2011-03-30/2011-04-02", "2011-04", "2011-04-01/2011-04-02"),
        ("XXXX-08-26/XXXX-08-27", "XXXX-08", "XXXX-08-26/XXXX-08-27"),
    ],
)
def test_intersect_is_most_precise_agreement(a: str, b: str, merged: str) -> None:
    """Merging two compatible dates keeps what both say and nothing more."""
    assert D(a).intersect(D(b)) == D(merged)
    assert D(b).intersect(D(a)) == D(merged)


def test_intersect_of_incompatible_is_none() -> None:
    """Dates that cannot be the same day have no merge."""
    assert D("2024-04-12").intersect(D("2024-04-13")) is None


days = st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2030, 12, 31))


@st.composite
def dates(draw: st.DrawFn) -> PartialDate | DateRange:
    day = draw(days)
    kind = draw(st.sampled_from(["y", "m", "d", "xm", "xd", "r"]))
    if kind == "y":
        return PartialDate(day.year)
    if kind == "m":
        return PartialDate(day.year, day.month)
    if kind == "d":
        return PartialDate.from_date(day)
    if kind == "xm":
        return PartialDate(None, day.month)
    if kind == "xd":
        return PartialDate(None, day.month, day.day)
    other = draw(days)
    lo, hi = sorted([day, other])
    return DateRange(PartialDate.from_date(lo), PartialDate.from_date(hi))


@given(dates(), days)
def test_contains_day_agrees_with_bounds(date: PartialDate | DateRange, day: dt.date) -> None:
    """For dates with a known year, a day is possible exactly when it lies within the bounds."""
    first, last = date.earliest(), date.latest()
    if first is not None and last is not None:
        assert date.contains_day(day) == (first <= day <= last)


@given(dates(), dates(), days)
def test_intersect_keeps_every_common_day(
    a: PartialDate | DateRange, b: PartialDate | DateRange, day: dt.date
) -> None:
    """A day both dates allow is allowed by their merge; incompatible dates have no merge."""
    merged = a.intersect(b)
    assert (merged is None) == (not a.could_be_same_day(b))
    if merged is not None and a.contains_day(day) and b.contains_day(day):
        assert merged.contains_day(day)


@given(dates())
def test_any_date_round_trips_through_text(date: PartialDate | DateRange) -> None:
    """ISO text is a faithful form of every date."""
    assert parse_date(date.isoformat()) == date


def test_place_validation() -> None:
    """Places need a known country code, a city's right country, and online means no venue."""
    assert Place.of_city("Almaty") == Place("Almaty", "KZ")
    with pytest.raises(InvalidValueError):
        Place("Almaty", "RU")
    with pytest.raises(InvalidValueError):
        Place("Almaty")
    with pytest.raises(InvalidValueError):
        Place(country="XX")
    with pytest.raises(InvalidValueError):
        Place("Minsk", "BY", online=True)
    with pytest.raises(InvalidValueError):
        Place.of_city("Moscow, Idaho")


def test_place_compatibility_and_merge() -> None:
    """Unknown parts of a place match anything; known parts must agree."""
    almaty, kz = Place.of_city("Almaty"), Place(country="KZ")
    assert almaty.compatible(kz) and kz.merge(almaty) == almaty
    assert not almaty.compatible(Place.of_city("Astana"))
    assert Place().compatible(Place(online=True))
    assert not Place(online=True).compatible(kz)
    with pytest.raises(InvalidValueError):
        almaty.merge(Place.of_city("Minsk"))


def test_body_vocabulary() -> None:
    """Bodies parse from their documented slugs and nothing else."""
    assert Body.parse("cis-cfm") is Body.CIS_CFM
    assert {b.value for b in Body} == {
        "cis-cfm",
        "cis-chs",
        "cis-chg",
        "ca-russia-fm",
        "sco-cfm",
        "csto-cfm",
        "eaeu-sec",
        "eaeu-ic",
    }
    with pytest.raises(InvalidValueError, match="known: cis-cfm"):
        Body.parse("un-sc")


def test_provenance_quote_must_match_offsets() -> None:
    """A provenance quote is exactly as long as its span, and matches the text it came from."""
    text = "The CIS Council of Foreign Ministers convened in Almaty."
    prov = Provenance.of(text, 4, 36, article="a")
    assert prov.quote == "CIS Council of Foreign Ministers" and prov.matches(text)
    assert not prov.matches("x" + text)
    with pytest.raises(InvalidValueError):
        Provenance("a", 4, 10, "too long a quote")
    with pytest.raises(InvalidValueError):
        Provenance("a", 10, 4, "")
    with pytest.raises(InvalidValueError):
        Provenance("", 0, 0, "")


def _partials(years: list[int | None]) -> list[PartialDate]:
    """Partial dates of these years at every precision (the edge days of each month)."""
    found = []
    for year in years:
        for month in [None, *range(1, 13)]:
            if year is None and month is None:
                continue
            if month is None:
                found.append(PartialDate(year))
                continue
            last = calendar.monthrange(2000 if year is None else year, month)[1]
            found.append(PartialDate(year, month))
            found.extend(PartialDate(year, month, d) for d in (1, 15, 28, 29, 30, 31) if d <= last)
    return found


def test_unknown_year_comparisons_take_the_general_path_answer() -> None:
    """The field-by-field test for an unknown year agrees with the day-of-year walk, always."""
    partials = _partials([None, 1900, 2000, 2023, 2024])
    for a in partials:
        for b in partials:
            if a.year is None or b.year is None:
                assert _partial_overlaps(a, b) == _overlaps_any.__wrapped__(a, b), (a, b)


@given(dates(), dates())
def test_could_be_same_day_agrees_with_the_general_path(
    a: PartialDate | DateRange, b: PartialDate | DateRange
) -> None:
    """could_be_same_day, with its fast paths, answers as the general comparison does."""
    assert a.could_be_same_day(b) == _overlaps_any.__wrapped__(a, b)


places = st.sampled_from(
    [
        Place(),
        Place(online=True),
        Place(country="KZ"),
        Place(country="BY"),
        Place.of_city("Almaty"),
        Place.of_city("Astana"),
        Place.of_city("Minsk"),
    ]
)


def _compatible_by_definition(a: Place, b: Place) -> bool:
    """Place compatibility as documented: unknown parts match, known parts must agree."""
    if not a.known or not b.known:
        return True
    if a.online or b.online:
        return a.online == b.online
    return a.country == b.country and (a.city is None or b.city is None or a.city == b.city)


@given(places, places)
def test_place_compatibility_follows_its_definition(a: Place, b: Place) -> None:
    """Place.compatible (with its shortcuts) answers as the definition does, both ways."""
    copy = Place(a.city, a.country, a.online)
    assert a.compatible(b) == _compatible_by_definition(a, b) == b.compatible(a)
    assert a.compatible(copy) and copy.compatible(a)


@given(dates())
def test_a_date_prints_the_same_every_time(date: PartialDate | DateRange) -> None:
    """The ISO text of a date, kept once made, is the text its fields give."""
    first, second = date.isoformat(), str(date)
    assert first == second == parse_date(first).isoformat()
