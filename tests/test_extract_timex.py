"""Tests for extract.timex: the date grammar and its resolution against document time."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cischronicle.extract.model import DocumentTime, Tense
from cischronicle.extract.text import read_document
from cischronicle.extract.timex import (
    Timex,
    _atom,
    _atom_pattern,
    _atoms,
    _grammar,
    calendar,
    find_timexes,
    find_timexes_in,
)
from cischronicle.values import DateRange, PartialDate, parse_date

PUB = DocumentTime(published=dt.date(2024, 4, 12))  # a Friday
NONE = DocumentTime()


def timexes(text: str) -> tuple[Timex, ...]:
    return find_timexes_in(text, 0, len(text))


def one(text: str) -> Timex:
    found = timexes(text)
    assert len(found) == 1, [text[t.start : t.end] for t in found]
    return found[0]


def resolved(
    text: str, tense: Tense = Tense.PAST, time_: DocumentTime = PUB, **kw: int
) -> str | None:
    date = one(text).resolve(time_, tense, **kw)
    return None if date is None else date.isoformat()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The envoys signed it on 3 February 2021 in a hall.", "2021-02-03"),
        ("The filing is dated 03-Feb-2021 in the register.", "2021-02-03"),
        ("The envoys signed it on February 3, 2021 at noon.", "2021-02-03"),
        ("Talks ran over 8-9 February 2021 without a break.", "2021-02-08/2021-02-09"),
        ("Delegates sat on 5 and 6 March, then left.", "2024-03-05/2024-03-06"),
        ("A forum was held from 28 February to 2 March 2021.", "2021-02-28/2021-03-02"),
        ("The filing is dated 03.02.2021 in the register.", "2021-02-03"),
        ("The filing is dated 03.02.21 in the register.", "2021-02-03"),
        ("The filing is dated 2021-02-03 in the register.", "2021-02-03"),
        ("Экспертов собрали 3 февраля 2021 года в зале.", "2021-02-03"),
        ("Экспертов собрали 8-9 февраля 2021 г. в зале.", "2021-02-08/2021-02-09"),
        ("The round took place in March 2019 in a resort.", "2019-03"),
        ("The office opened in 2013 near the river.", "2013"),
        ("Bureau chiefs met in the 2013 year.", "2013"),
        ("Офис открыли в 2013 г. у реки.", "2013"),
        ("Budgets for 2019-2020 were cut.", "2019/2020"),
    ],
)
def test_explicit_dates_resolve_to_the_precision_given(text: str, expected: str) -> None:
    """Absolute and partial dates in several shapes resolve at the precision the text gives."""
    assert resolved(text) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Clerks will gather on 2 February.", Tense.FUTURE, "2025-02-02"),
        ("Clerks gathered on 2 February.", Tense.PAST, "2024-02-02"),
        ("Clerks gathered on 20 December.", Tense.PAST, "2023-12-20"),
        ("Clerks will gather on 20 December.", Tense.FUTURE, "2024-12-20"),
        ("Clerks will gather in late April.", Tense.FUTURE, "2024-04"),
        ("Clerks gathered on May 30.", Tense.PAST, "2023-05-30"),
    ],
)
def test_year_less_dates_take_the_year_by_tense(text: str, tense: Tense, expected: str) -> None:
    """A year-less date moves a year forward for the future, back for the past, when far off."""
    assert resolved(text, tense) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Обсуждалась подготовка к октябрьскому саммиту.", "2024-10"),
        ("Итоги майского заседания подвели позже.", "2024-05"),
    ],
)
def test_a_months_adjective_dates_like_its_name(text: str, expected: str) -> None:
    """'К октябрьскому саммиту': the month's adjective names the month."""
    assert resolved(text, Tense.FUTURE) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Clerks gathered last April.", Tense.PAST, "2023-04"),
        ("Clerks gathered last March.", Tense.PAST, "2024-03"),
        ("Clerks will gather next April.", Tense.FUTURE, "2025-04"),
        ("Clerks will gather next May.", Tense.FUTURE, "2024-05"),
    ],
)
def test_last_and_next_month_count_from_the_publication_month(
    text: str, tense: Tense, expected: str
) -> None:
    """'Last March' is the March before the publication's month, 'next March' the one after."""
    assert resolved(text, tense) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Delegates will meet on Monday and Tuesday.", Tense.FUTURE, "2024-04-15/2024-04-16"),
        ("Делегаты соберутся в четверг и пятницу.", Tense.FUTURE, "2024-04-18/2024-04-19"),
        ("Delegates met on Wednesday and Thursday.", Tense.PAST, "2024-04-10/2024-04-11"),
    ],
)
def test_a_run_of_weekdays_is_a_range_of_days(text: str, tense: Tense, expected: str) -> None:
    """'On Monday and Tuesday' is the two days, resolved like the first of them."""
    assert resolved(text, tense) == expected


def test_year_less_date_without_publication_keeps_unknown_year() -> None:
    """With no publication date and no reference year the year stays unknown."""
    assert resolved("Clerks gathered on 2 February.", time_=NONE) == "XXXX-02-02"


def test_year_less_date_uses_reference_year_without_publication() -> None:
    """With no publication date, the reference year given by the caller fills the year."""
    assert resolved("Clerks gathered on 2 February.", time_=NONE, reference_year=2016) == (
        "2016-02-02"
    )


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Clerks met two years ago.", Tense.PAST, "2022"),
        ("Клерки встречались год назад.", Tense.PAST, "2023"),
        ("Clerks met 3 days ago.", Tense.PAST, "2024-04-09"),
        ("Clerks will meet in three months.", Tense.FUTURE, "2024-07"),
        ("Клерки соберутся через две недели.", Tense.FUTURE, "2024-04"),
        ("Clerks will meet a year from now.", Tense.FUTURE, "2025"),
        ("Clerks will meet two months from today.", Tense.FUTURE, "2024-06"),
        ("Clerks will meet 3 months hence.", Tense.FUTURE, "2024-07"),
        ("Clerks met thirty years ago.", Tense.PAST, "1994"),
        ("Клерки встречались двадцать лет назад.", Tense.PAST, "2004"),
    ],
)
def test_a_counted_unit_ago_or_ahead_counts_from_publication(
    text: str, tense: Tense, expected: str
) -> None:
    """'Two years ago', 'год назад', 'in three months', 'через две недели': counted units."""
    assert resolved(text, tense) == expected


def test_in_a_year_of_is_no_span_of_time() -> None:
    """'in a year of crisis' counts nothing ('a' is no count of time to come)."""
    doc = read_document("Clerks met in a year of crisis.")
    assert find_timexes(doc, doc.sentences[0]) == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clerks will gather in October next year.", "2017-10"),
        ("Клерки соберутся в октябре следующего года.", "2017-10"),
        ("Clerks will gather next year.", "2017"),
    ],
)
def test_next_year_counts_from_the_reference_year_without_publication(
    text: str, expected: str
) -> None:
    """With no publication date, 'next year' is the one after the year the text is told in."""
    assert resolved(text, Tense.FUTURE, time_=NONE, reference_year=2016) == expected


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Auditors reported early in October.", Tense.PAST, "2023-10"),
        ("Auditors report by mid-June.", Tense.FUTURE, "2024-06"),
        ("Auditors report at the end of the month.", Tense.FUTURE, "2024-04"),
        ("Budgets close in late January - early February.", Tense.FUTURE, "2025-01/2025-02"),
        ("Budgets closed in late March - early April 2011.", Tense.PAST, "2011-03/2011-04"),
        ("Budgets close in the second half of the year.", Tense.FUTURE, "2024-07/2024-12"),
        ("Budgets close in the first half of 2026.", Tense.FUTURE, "2026-01/2026-06"),
        ("Budgets close in early 2026.", Tense.FUTURE, "2026-01/2026-03"),
        ("Budgets closed by the end of the year.", Tense.PAST, "2024-10/2024-12"),
        ("Budgets close over May-June.", Tense.FUTURE, "2024-05/2024-06"),
        ("Пайщики соберутся в конце мая.", Tense.FUTURE, "2024-05"),
        ("Пайщики собрались в начале марта.", Tense.PAST, "2024-03"),
        ("Пайщики соберутся во второй половине года.", Tense.FUTURE, "2024-07/2024-12"),
        ("Пайщики соберутся осенью.", Tense.FUTURE, "2024"),
        ("Shareholders meet in the spring of 2027.", Tense.FUTURE, "2027"),
        ("Shareholders meet next winter.", Tense.FUTURE, "2024-12/2025-02"),
    ],
)
def test_fuzzy_periods_resolve_to_months_or_ranges(text: str, tense: Tense, expected: str) -> None:
    """Parts of months and years, halves and seasons resolve as the module docstring says."""
    found = [t for t in timexes(text) if t.resolve(PUB, tense) is not None]
    assert [str(t.resolve(PUB, tense)) for t in found][:1] == [expected]


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("Auditors arrived today.", Tense.PAST, "2024-04-12"),
        ("Auditors arrive tonight.", Tense.FUTURE, "2024-04-12"),
        ("Auditors arrived yesterday.", Tense.PAST, "2024-04-11"),
        ("Auditors arrive tomorrow.", Tense.FUTURE, "2024-04-13"),
        ("Auditors arrive next year.", Tense.FUTURE, "2025"),
        ("Auditors arrived last year.", Tense.PAST, "2023"),
        ("Auditors arrive this year.", Tense.FUTURE, "2024"),
        ("Auditors arrive next month.", Tense.FUTURE, "2024-05"),
        ("Auditors arrive next week.", Tense.FUTURE, "2024-04"),
        ("Auditors arrive in three weeks.", Tense.FUTURE, "2024-04/2024-05"),
        ("Auditors arrived on Tuesday.", Tense.PAST, "2024-04-09"),
        ("Auditors arrive on Tuesday.", Tense.FUTURE, "2024-04-16"),
        ("Auditors are here on Friday.", Tense.PRESENT, "2024-04-12"),
        ("Ревизоры приехали вчера.", Tense.PAST, "2024-04-11"),
        ("Ревизоры приедут завтра.", Tense.FUTURE, "2024-04-13"),
        ("Ревизоры приехали сегодня.", Tense.PAST, "2024-04-12"),
        ("Ревизоры приедут в следующем году.", Tense.FUTURE, "2025"),
        ("Ревизоры приехали в этом году.", Tense.PAST, "2024"),
        ("Ревизоры уедут до конца текущего года.", Tense.FUTURE, "2024-10/2024-12"),
        ("Ревизоры приехали во вторник.", Tense.PAST, "2024-04-09"),
    ],
)
def test_deictic_expressions_resolve_against_publication(
    text: str, tense: Tense, expected: str
) -> None:
    """Today, yesterday, weekdays and this/next/last units count from the publication date."""
    assert resolved(text, tense) == expected


@pytest.mark.parametrize("text", ["Auditors arrived yesterday.", "Ревизоры приедут в пятницу."])
def test_deictic_expressions_need_a_publication_date(text: str) -> None:
    """Without a publication date a deictic expression resolves to nothing."""
    assert resolved(text, Tense.PAST, NONE) is None


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("Envoys talked the day before the vote.", -1),
        ("Envoys talked a day earlier.", -1),
        ("Envoys talked on the eve of the vote.", -1),
        ("Envoys talk the next day.", 1),
        ("Послы беседовали накануне.", -1),
        ("Послы улетели на следующий день.", 1),
    ],
)
def test_event_relative_days_carry_an_offset_and_do_not_resolve(text: str, offset: int) -> None:
    """Days counted from another event keep their offset and resolve to None."""
    timex = one(text)
    assert (timex.event_offset_days, timex.resolve(PUB, Tense.PAST)) == (offset, None)


def test_the_day_before_yesterday_is_deictic_not_event_relative() -> None:
    """The longer phrase wins: "the day before yesterday" is two days before publication."""
    assert resolved("Envoys talked the day before yesterday.") == "2024-04-10"


@pytest.mark.parametrize(
    ("text", "explicit"),
    [
        ("Jurors sat in October.", True),
        ("Jurors sat in 2011.", True),
        ("Jurors sat today.", False),
        ("Jurors sat this week.", False),
        ("Jurors sat on Friday.", False),
    ],
)
def test_explicit_marks_calendar_names(text: str, explicit: bool) -> None:
    """Only months, days of month and years are explicit; deictic words are not."""
    assert one(text).explicit is explicit


@pytest.mark.parametrize(
    "text",
    [
        "Pilots may march to the hangar.",
        "The 2030 Agenda is long.",
        "Sales rose 12.5 percent.",
        "Окружающая среда страдает.",
        "A fall in prices followed.",
    ],
)
def test_common_words_and_numbers_are_not_dates(text: str) -> None:
    """Lower-case "may"/"march", bare numbers, "среда" and "fall" are not dates."""
    assert timexes(text) == ()


def test_impossible_day_is_not_a_date() -> None:
    """31 June resolves to None rather than to June or an error."""
    assert resolved("Staff met on 31 June 2021.") is None


def test_day_is_never_dropped_to_a_month() -> None:
    """A range that mixes a day and a bare month does not resolve to month precision."""
    found = timexes("Staff met from 12 April to May 2021.")
    assert all(t.resolve(PUB, Tense.PAST) != PartialDate(2021, 4) for t in found)


def test_ranges_without_years_keep_unknown_years() -> None:
    """A year-less range with no publication date is an unknown-year range."""
    date = one("Staff met from 30 May to 1 June.").resolve(NONE, Tense.PAST)
    assert date == DateRange(PartialDate(None, 5, 30), PartialDate(None, 6, 1))


def test_find_timexes_reports_offsets_into_the_document() -> None:
    """Offsets are into the whole text and the sentence index is kept."""
    doc = read_document("A first line.\nJurors sat on 4 May 2022 here.", language="en")
    sentence = doc.sentences[1]
    (timex,) = find_timexes(doc, sentence)
    assert (doc.text[timex.start : timex.end], timex.sentence) == ("4 May 2022", 1)


def test_patterns_are_linear_on_hostile_input() -> None:
    """Fifty kilobytes of digits and punctuation runs are read well within a second or two."""
    pieces = ["1" * 40, "12.04.", "2024-", " - ", "12 12 ", "April 12 ", "в конце ", "/ / "]
    text = "".join(pieces[i % len(pieces)] for i in range(5000))[:50_000]
    began = time.perf_counter()
    doc = read_document(text, language="en")
    for sentence in doc.sentences:
        find_timexes(doc, sentence)
    find_timexes_in("9" * 50_000, 0, 50_000)
    assert time.perf_counter() - began < 5.0


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="0123456789 .,-/–АпрляApril:мая", max_size=200), st.sampled_from(Tense))
def test_never_raises_on_any_input(text: str, tense: Tense) -> None:
    """Any text yields timexes whose resolution is a valid date or None, never an error."""
    for timex in timexes(text):
        date = timex.resolve(PUB, tense)
        assert date is None or parse_date(date.isoformat()) == date


def _calendar_forms() -> list[str]:
    data = calendar()
    forms = [f for table in ("months", "weekdays", "seasons", "parts", "units") for v in
             data[table].values() for f in v]  # fmt: skip
    tables = ("determiners", "weekday_directions", "deictic_days", "event_days")
    return forms + [f for table in tables for f in data[table]]


_FORMS = _calendar_forms()
# Every form as written, capitalised and upper case, numbers, and letters that the regex
# engine matches with "i", "s" and "в" (the dotted and dotless i, the long s, an old "в").
_WORDS = sorted(
    {v for f in _FORMS for v in (f, f.capitalize(), f.upper())}
    | {"12", "3rd", "2024", "24", "12.04.2024", "2024-04-12", "of", "the", "in", "may"}
    | {"İn", "ın", "ſpring", "ᲀ", "İN THE NEXT YEAR", "x2024", "_12", "٣"}
)
_GAPS = ["", " ", ", ", "-", " - ", ".", ". ", "/", "\n", ":"]


def _one_alternation(text: str, start: int, end: int) -> list[object]:
    """The atoms found by trying every atom at every position (the grammar as one pattern)."""
    g = _grammar()
    whole = _atom_pattern(g.patterns, g.patterns, glued=g.numeric_kinds)
    found = (_atom(g, match) for match in whole.finditer(text, start, end))
    return [atom for atom in found if atom is not None]


def test_atoms_of_every_calendar_form_are_those_of_one_alternation() -> None:
    """Every form of the calendar, in every casing and context, is found as by one pattern."""
    text = " ".join(f"{w} 12 2024, {w}-{w}.{w} the {w} в {w}" for w in _WORDS)
    assert _atoms(text, 0, len(text)) == _one_alternation(text, 0, len(text))


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(st.sampled_from(_WORDS), st.sampled_from(_GAPS)), max_size=20),
    st.integers(0, 400),
    st.integers(0, 400),
)
def test_atoms_are_those_of_one_alternation(
    pieces: list[tuple[str, str]], start: int, end: int
) -> None:
    """Trying at each word only the atoms it can start finds what trying every atom finds."""
    text = "".join(word + gap for word, gap in pieces)
    start, end = sorted((min(start, len(text)), min(end, len(text))))
    assert _atoms(text, start, end) == _one_alternation(text, start, end)


def test_letters_the_patterns_fold_are_read_as_their_forms() -> None:
    """A long s or a dotless i that the patterns match is read as the form, not an error."""
    assert resolved("The board meets in ſpring 2025.", Tense.FUTURE) == "2025"
    assert resolved("It met İN THE PREVIOUS YEAR.") == "2023"


@pytest.mark.parametrize(
    "text", ["Next day, they met.", "On the following day they met.", "The next day they met."]
)
def test_the_next_day_counts_from_the_event_told(text: str) -> None:
    """'Next day', 'the following day': a day after the event just told, not 'tomorrow'."""
    found = one(text)
    assert found.event_offset_days == 1 and found.unit is None


def test_the_next_week_counts_from_the_publication() -> None:
    """'The next week' is still the week after the publication's."""
    found = one("The next week they met.")
    assert found.unit == "week" and found.offset == 1 and found.event_offset_days is None


@pytest.mark.parametrize(
    "text", ["on Monday, 7 October 2024", "в пятницу, 11 октября", "on Friday the 11th of October"]
)
def test_a_weekday_named_by_the_date_after_it_is_one_date(text: str) -> None:
    """'Monday, 7 October 2024': one expression from the weekday on, with the date's day."""
    found = one(text)
    assert found.day is not None and found.weekday is None
    assert text[found.start : found.end].split()[0] in ("Monday,", "пятницу,", "Friday")


@pytest.mark.parametrize(
    ("text", "weekday"), [("на пятничном саммите", 4), ("субботнее заседание", 5)]
)
def test_a_weekdays_adjective_is_that_weekday(text: str, weekday: int) -> None:
    """'На пятничном саммите': Friday, with no preposition before it."""
    assert one(text).weekday == weekday


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        ("two days before the summit", -2),
        ("a week after the summit", 7),
        ("3 days prior to the summit", -3),
        ("за два дня до саммита", -2),
        ("через неделю после саммита", 7),
    ],
)
def test_a_counted_span_before_or_after_an_event_is_an_event_offset(text: str, offset: int) -> None:
    """'Two days before the summit', 'через неделю после': days counted from another event."""
    assert timexes(text)[0].event_offset_days == offset


@pytest.mark.parametrize("text", ["11 и 10 октября соответственно", "on 11 and 10 October respectively"])
def test_two_days_out_of_order_are_two_dates_of_the_month(text: str) -> None:
    """'11 и 10 октября соответственно': the 11th and the 10th, not a range and not one day."""
    assert [(t.day, t.month) for t in timexes(text)] == [(11, 10), (10, 10)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Delegates sat on September 30 and October 1, 2021 in a hall.", [(9, 30, 10, 1)]),
        ("Делегаты заседали 30 сентября и 1 октября 2021 года в зале.", [(9, 30, 10, 1)]),
        ("Delegates sat on 12 April and 3 May 2021 in a hall.",
         [(4, 12, None, None), (5, 3, None, None)]),
    ],
)  # fmt: skip
def test_the_last_day_of_a_month_and_the_first_of_the_next_are_one_run(
    text: str, expected: list[tuple[int, int, int | None, int | None]]
) -> None:
    """'September 30 and October 1': two days of one event; '12 April and 3 May': two dates."""
    assert [(t.month, t.day, t.to_month, t.to_day) for t in timexes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At the 2018 Gomel summit the envoys spoke.", [2018]),
        ("The 2007 session was short.", [2007]),
        ("The 2030 Agenda was discussed.", []),
    ],
)
def test_a_bare_year_before_a_meeting_noun_is_a_date(text: str, expected: list[int]) -> None:
    """'The 2018 Dushanbe summit': a year; 'the 2030 Agenda': a number in a name."""
    assert [t.year for t in timexes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("their first face-to-face session in two years", []),
        ("the only summit of the leaders in five years", []),
        ("The ministers will meet again in two years.", [("year", 2)]),
    ],
)
def test_a_count_after_an_ordinal_head_is_a_period(
    text: str, expected: list[tuple[str, int]]
) -> None:
    """'Their first session in two years': a period up to now; 'will meet in two years': ahead."""
    assert [(t.unit, t.offset) for t in timexes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("in 2009 and 2013", [(2009, None), (2013, None)]),
        ("in 2009, 2013 and 2016", [(2009, None), (2013, None), (2016, None)]),
        ("in April and October", [(None, 4), (None, 10)]),
    ],
)
def test_dates_listed_with_and_that_do_not_follow_each_other_are_two(
    text: str, expected: list[tuple[int | None, int | None]]
) -> None:
    """'In 2009 and 2013', 'in April and October': two dates, not one span."""
    assert [(t.year, t.month) for t in timexes(text)] == expected


@pytest.mark.parametrize(
    ("text", "offset"),
    [("вчерашнее заседание", -1), ("сегодняшняя встреча", 0), ("завтрашнюю встречу", 1),
     ("yesterday's meeting", -1), ("tomorrow's summit", 1)],
)  # fmt: skip
def test_every_form_of_a_deictic_day_adjective_is_a_day(text: str, offset: int) -> None:
    """'Вчерашнее заседание', "yesterday's meeting": the day before the story."""
    assert [(t.unit, t.offset) for t in timexes(text)] == [("day", offset)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("They will meet again in the fall.", ["fall"]),
        ("The summit is set for the fall of 2025.", ["fall of 2025"]),
        ("Prices fall in May.", ["May"]),
        ("It came after the fall of Kabul.", []),
    ],
)
def test_fall_is_a_season_only_after_a_determiner_and_not_of_an_event(
    text: str, expected: list[str]
) -> None:
    """'In the fall', 'the fall of 2025' are autumn; 'prices fall', 'the fall of Kabul' are not."""
    assert [text[t.start : t.end] for t in timexes(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("next spring", "2025"),
        ("last autumn", "2023"),
        ("прошлой осенью", "2023"),
        ("last winter", "2023-12/2024-02"),
        ("next winter", "2024-12/2025-02"),
    ],
)
def test_a_season_after_last_or_next_counts_from_the_story(text: str, expected: str) -> None:
    """Told in October 2024: 'last autumn' is 2023's (this one is not over), 'next spring' 2025."""
    time = DocumentTime(published=dt.date(2024, 10, 15))
    assert str(one(text).resolve(time, Tense.UNKNOWN)) == expected


def test_a_day_moved_to_another_is_a_span_of_the_month() -> None:
    """'Перенесен с 15 на 20 октября': 15 to 20 October, as the range connectors say."""
    t = one("саммит перенесен с 15 на 20 октября")
    assert (t.day, t.to_day, t.month) == (15, 20, 10)


@pytest.mark.parametrize(
    ("text", "tense", "expected"),
    [
        ("They meet on Tuesday next week.", Tense.FUTURE, "2024-04-16"),
        ("They meet on Friday of next week.", Tense.FUTURE, "2024-04-19"),
        ("They met on Monday last week.", Tense.PAST, "2024-04-01"),
        ("Они встретятся в среду на следующей неделе.", Tense.FUTURE, "2024-04-17"),
    ],
)
def test_a_weekday_of_a_named_week_is_that_weeks_day(
    text: str, tense: Tense, expected: str
) -> None:
    """'On Tuesday next week' is the Tuesday of the week after the publication's."""
    assert resolved(text, tense) == expected


def test_the_month_after_a_named_month_is_that_month() -> None:
    """'... in early May, and the envoys met at the end of the month': May, not the story's month."""
    from cischronicle import extract

    text = (
        " date 2022-12-28 The EAEU premiers gathered in Osh in early May, and the CSTO foreign"
        " ministers met in Yerevan at the end of the month."
    )
    dates = [e.meeting.date.isoformat() for e in extract(text, article_id="m1")[1:]]
    assert dates == ["2022-05", "2022-05"]
