"""Tests for extract.masthead: publication date, dateline, title and reference year."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from cischronicle.extract.masthead import read_document_time, reference_year_at
from cischronicle.extract.model import Document
from cischronicle.extract.text import read_document
from cischronicle.extract.timex import find_timexes
from cischronicle.values import PartialDate, Place

BODY = "Delegates of the assembly reviewed several papers and agreed to meet again soon.\n"


def doc(text: str, language: str = "en") -> Document:
    return read_document(text, language=language)


def published(text: str, language: str = "en") -> dt.date | None:
    return read_document_time(doc(text, language)).published


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        (" date 2019-07-03 Delegates convened.\n", dt.date(2019, 7, 3)),
        ("3 July 2019\n", dt.date(2019, 7, 3)),
        ("July 3, 2019\n", dt.date(2019, 7, 3)),
        ("03.07.2019\n", dt.date(2019, 7, 3)),
        ("2019-07-03 09:12 | www.example.org | 4\n", dt.date(2019, 7, 3)),
        ("3 Jul 2019 09:12 GMT\n", dt.date(2019, 7, 3)),
        ("Wednesday, 3 July 2019\n", dt.date(2019, 7, 3)),
        ("03.07.2019 09:12\n", dt.date(2019, 7, 3)),
        ("Economy | 09:12 / 03.07.19\n", dt.date(2019, 7, 3)),
        ("3 июля 2019, 09:12\n", dt.date(2019, 7, 3)),
        ("3 июля 2019 г.\n", dt.date(2019, 7, 3)),
        ("Posted by Staff Writer on the wire | 3 July 2019\n", dt.date(2019, 7, 3)),
        ("2019/07/03\n", dt.date(2019, 7, 3)),
        ("07/23/2019 09:12 AM\n", dt.date(2019, 7, 23)),
        ("09:12 03.07.2019 (updated 11:40 04.07.2019)\n", dt.date(2019, 7, 3)),
        ("Wed, 07/03/2019 - 09:12\n", dt.date(2019, 7, 3)),
        ("Sat, 07/03/2019 - 09:12\n", dt.date(2019, 3, 7)),
        ("Среда, 03/07/2019\n", dt.date(2019, 7, 3)),
        ("03-07-2019\n", dt.date(2019, 7, 3)),
        ("JULY 3, 2019 / 2:31 PM / UPDATED 3 HOURS AGO\n", dt.date(2019, 7, 3)),
        ("09:12 - 3 / 7 / 2019\n", dt.date(2019, 7, 3)),
        ("Statement and replies to questions by the Harbour Commissioner of the Republic at"
         " the joint press conference after the board's session, Osh, 3 July 2019\n",
         dt.date(2019, 7, 3)),
        ("Заявление и ответы на вопросы председателя совета по итогам заседания правления"
         " портовой комиссии, Ош, 3 июля 2019 года\n", dt.date(2019, 7, 3)),
    ],
)
def test_stamp_shapes_give_the_publication_date(head: str, expected: dt.date) -> None:
    """A marker or a stamp line in any of the common shapes gives the publication date."""
    assert published("Harbour board convenes\n" + head + BODY) == expected


@pytest.mark.parametrize(
    "head",
    [
        "Updated 3 July 2019\n",
        "Последнее обновление: 03.07.2019 09:12\n",
        "© 2019 Some Outlet. All rights reserved. 3 July 2019\n",
        "1 2 3 4 5 6 7 8 9 10 3 July 2019\n",
        "On 3 July 2019, the delegates of the assembly reviewed papers.\n",
        "Harbour board to convene on 3 July 2019\n",
        "The harbour board of the republic, after long talks with the port's many unions and"
        " shippers, will sign a charter in Osh, 3 July 2019\n",
    ],
)
def test_rejected_lines_give_no_publication_date(head: str) -> None:
    """Update stamps, copyright lines, calendar rows and dates in sentences are not stamps."""
    assert published(head + BODY) is None


def test_a_menu_of_one_word_lines_does_not_push_the_stamp_out_of_the_head() -> None:
    """One-word lines (a site's menu) do not count towards the head's lines."""
    menu = "\n".join(f"Section{k}" for k in range(20))
    assert published(menu + "\n3 July 2019\n" + BODY) == dt.date(2019, 7, 3)


def test_a_menu_of_short_lines_does_not_push_the_stamp_out_of_the_head() -> None:
    """Lines of up to three words that end no sentence ("World News") are a menu's."""
    menu = "\n".join(f"Regional News {k}" for k in range(30))
    assert published(menu + "\n3 July 2019\n" + BODY) == dt.date(2019, 7, 3)


def test_a_stamp_line_after_the_story_gives_the_date() -> None:
    """A stamp of its own above the page's tags and share buttons gives the date."""
    tail = "3 July 2019, 16:30\nTags: board, budget\nShare this\nComments (0)\n"
    assert published(BODY + tail) == dt.date(2019, 7, 3)


def test_a_stamp_after_a_related_list_gives_the_date_and_the_list_does_not() -> None:
    """Below 'You may also like' and its dated items, 'Published 3 July 2019' is the stamp."""
    tail = (
        "YOU MAY ALSO LIKE\n• Board approves budget (20 Dec 2018)\n• Board to meet (9 Jan 2019)"
        "\nPublished 3 July 2019, 17:25\nTags: board\nShare: Facebook | Twitter\n"
    )
    assert published(BODY + tail) == dt.date(2019, 7, 3)


def test_text_without_a_date_has_no_publication_date() -> None:
    """When the text shows no date the publication date is None."""
    assert published("Harbour board convenes\n" + BODY) is None


def test_caller_supplied_date_overrides_the_text() -> None:
    """A publication date given by the caller wins, with empty evidence."""
    time_ = read_document_time(doc("3 July 2019\n" + BODY), published=dt.date(2020, 1, 2))
    assert (time_.published, time_.evidence) == (dt.date(2020, 1, 2), (0, 0))


def test_weather_widget_date_is_skipped() -> None:
    """A header date next to a weather box is the page's today, not the story's date."""
    text = "Thursday, 9 May 2030\nOld Town +14°C\nNews\n2 March 2016, 11:05\nHeadline here\n"
    assert published(text + BODY) == dt.date(2016, 3, 2)


def test_stamp_that_agrees_with_the_dateline_wins() -> None:
    """Of two header dates, the one whose day matches the year-less dateline is chosen."""
    text = (
        "Portal\nSunday, 9 June 2030\nAll stories\n2 March 2016, 11:05\n"
        "Headline about a board\nMINSK, 2 March (Wire) – The board met.\n"
    )
    assert published(text + BODY) == dt.date(2016, 3, 2)


def test_trailing_credit_line_gives_the_date() -> None:
    """A credit line in brackets at the end of the text gives the date when the top does not."""
    assert published(BODY + "(Some Wire Service July 3, 2019)\n") == dt.date(2019, 7, 3)


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("MINSK, 3 July 2019 (Wire) – The board met.", "Minsk", PartialDate(2019, 7, 3)),
        ("Moscow, 3 July 2019 (Radio) -- The board met.", "Moscow", PartialDate(2019, 7, 3)),
        ("МИНСК, 3 июля. /Агентство/. Совет собрался.", "Minsk", PartialDate(None, 7, 3)),
        ("Baku, Azerbaijan, July 3\nBy A. Writer", "Baku", PartialDate(None, 7, 3)),
        ("BISHKEK. WIRENEWS - The board met.", "Bishkek", None),
        ("3 июля, Ташкент /Иван Петров - АГЕНТСТВО/. Совет собрался.", "Tashkent",
         PartialDate(None, 7, 3)),
        ("St. Petersburg, 3 July — The board met.", "Saint Petersburg", PartialDate(None, 7, 3)),
        ("Khujand, Tajikistan (Wire.tj) -- The board met.", "Khujand", None),
        ("TASHKENT, Oct. 3, 2019 /Wire/ - The board met.", "Tashkent", PartialDate(2019, 10, 3)),
        ("(Some Syndicator - Wire Agency) Baku, October 3, 2019: The board met.", "Baku",
         PartialDate(2019, 10, 3)),
        ("Ташкент — 3 октября 2019 г. — ИА «Агентство». Совет собрался.", "Tashkent",
         PartialDate(2019, 10, 3)),
    ],
)  # fmt: skip
def test_datelines_give_place_and_date(text: str, place: str, date: PartialDate | None) -> None:
    """A dateline is read with its place and its date (year unknown when not shown)."""
    line = read_document_time(doc(text + "\n" + BODY)).dateline
    assert line is not None
    assert (line.place, line.date) == (Place.of_city(place), date)


def test_dateline_after_a_date_marker_is_read() -> None:
    """A dateline that follows a leading date marker is still read."""
    time_ = read_document_time(doc(" date 2021-05-04 MINSK, 4 May (Wire) – Text.\n" + BODY))
    assert time_.dateline is not None and time_.dateline.date == PartialDate(None, 5, 4)
    assert time_.published == dt.date(2021, 5, 4)


def test_dated_dateline_with_year_gives_publication() -> None:
    """A dateline that shows the year is the publication date."""
    assert published("Tallinn, 3 July 2019 (Wire): The board met.\n" + BODY) == dt.date(2019, 7, 3)


def test_headline_words_are_not_a_dateline() -> None:
    """A capitalised headline that does not look like a dateline gives none."""
    assert read_document_time(doc("Board Meeting Ends Early\n" + BODY)).dateline is None


def test_reference_year_is_the_last_explicit_year() -> None:
    """Without a publication date the reference year is the last year the text names."""
    text = "The board met in 2011.\nIt meets again in May 2013 for the 2030 Agenda.\n"
    assert read_document_time(doc(text)).reference_year == 2013


def test_reference_year_at_uses_the_last_year_before_a_position() -> None:
    """The year in force at a position is the last month and year prose names before it."""
    d = doc(
        "The board of the harbour met in April 2011 to review the plan.\n"
        "The board of the harbour meets again in May 2013 for the 2030 plan.\n"
        "Then on 4 June.\n"
    )
    time_ = read_document_time(d)
    assert reference_year_at(d, d.text.index("The board"), time_) == 2011  # later, same sentence
    assert reference_year_at(d, d.text.index("The board", 1), time_) == 2011
    assert reference_year_at(d, d.text.index("Then"), time_) == 2013


def test_document_time_reuses_the_timexes_it_is_given() -> None:
    """Timexes passed by sentence give the same document time; missing ones are found."""
    d = doc("3 July 2019\nThe board met in April 2011 and again in May 2013 to plan.\n" + BODY)
    every = {s.index: find_timexes(d, s) for s in d.sentences}
    assert read_document_time(d, timexes=every) == read_document_time(d)
    assert read_document_time(d, timexes={0: every[0]}) == read_document_time(d)
    unread = read_document_time(d, timexes={s.index: () for s in d.sentences})
    assert (unread.published, unread.anchors) == (dt.date(2019, 7, 3), ())


def test_reference_year_at_takes_a_later_year_of_the_same_sentence() -> None:
    """With none before, a dated expression later in the sentence gives the year."""
    text = (
        "The council convenes in Gomel on 30 September, the commission said on Monday,"
        " 22 September 2025. Nothing more is known."
    )
    d = doc(text)
    time = read_document_time(d)
    assert reference_year_at(d, text.index("30 September"), time) == 2025
    assert reference_year_at(d, text.index("Nothing"), time) == 2025


def test_reference_year_at_prefers_the_publication_year() -> None:
    """With a publication date the reference year is its year."""
    d = doc("3 July 2019\nThe board met in 2011.\n")
    assert reference_year_at(d, len(d.text), read_document_time(d)) == 2019


def test_title_is_the_first_headline_line() -> None:
    """The headline span covers the first line when it reads like a headline."""
    d = doc("Harbour board convenes in the north\n3 July 2019\n" + BODY)
    title = read_document_time(d).title
    assert title is not None and d.text[title[0] : title[1]] == (
        "Harbour board convenes in the north"
    )


def test_masthead_is_linear_on_hostile_input() -> None:
    """Fifty kilobytes of digit and punctuation runs are read well within a second or two."""
    text = "\n".join(("1" * 40 + " 12.04." + "2024-" * 5 + " / - " * 4) for _ in range(600))
    began = time.perf_counter()
    read_document_time(doc(text[:50_000]))
    assert time.perf_counter() - began < 5.0


def test_a_list_of_dated_headlines_ends_the_story() -> None:
    """Two or more headlines dated in brackets, after a heading with a colon, are other stories."""
    from cischronicle.extract.masthead import story_end

    text = (
        "Board meets\n\n" + BODY + "More text of the story.\n\nAlso on the site today:\n"
        "Minister receives a delegation (31.05.2013)\nBoard to meet in October (30.05.2013)\n"
    )
    assert story_end(text) == text.index("Also on the site today:")
    assert story_end(BODY + "• Programme of cooperation (2019-2021)\n• Agreement (2014)\n") is None


def test_a_comments_heading_ends_the_story() -> None:
    """'Comments (2)' and what readers wrote below it are not the story."""
    from cischronicle.extract.masthead import story_end

    text = "Board meets\n\n" + BODY + "More text.\n\n💬 Comments (2)\nReader: they met in May.\n"
    assert story_end(text) == text.index("💬 Comments (2)")


def test_a_place_closing_the_stamps_line_is_a_dateline_of_its_day() -> None:
    """'October 8, 2024, 15:30, The Kremlin, Moscow': told in Moscow on 8 October 2024."""
    time = read_document_time(
        doc("Meeting of a board\nOctober 8, 2024, 15:30, The Kremlin, Moscow\n" + BODY)
    )
    assert time.published == dt.date(2024, 10, 8)
    assert time.dateline is not None
    assert (time.dateline.place, time.dateline.date) == (
        Place.of_city("Moscow"),
        PartialDate(2024, 10, 8),
    )


def test_a_russian_line_with_a_finite_verb_is_no_stamp() -> None:
    """'Саммит ... пройдет в Душанбе 10 октября 2025 года': a headline's date, not the story's."""
    for line in (
        "Саммит СНГ пройдет в Душанбе 10 октября 2025 года",
        "Главы МИД собрались в Баку 3 марта 2025 года.",
    ):
        assert read_document_time(doc(line + "\n" + BODY)).published is None
    for line in ("Опубликовано 12 апреля 2024", "Пятница, 12 апреля 2024, Политика"):
        assert read_document_time(doc(line + "\n" + BODY)).published == dt.date(2024, 4, 12)


def test_a_weather_strips_date_counts_only_when_nothing_else_shows_one() -> None:
    """'RIVER TIMES — Wed 11 Oct 2017 — Town +19°C': the story's date, with no other stamp."""
    strip = "RIVER TIMES — Wed 11 Oct 2017 — Town +19°C | Port +21°C\n"
    assert read_document_time(doc(strip + BODY)).published == dt.date(2017, 10, 11)
    stamped = strip + "Posted on 9 October 2017\n" + BODY
    assert read_document_time(doc(stamped)).published == dt.date(2017, 10, 9)


@pytest.mark.parametrize(
    "line", ['Газета "Гильдия" №15 (2624) от 30.01.2003', "No. 15 (2624) of 30 January 2003"]
)
def test_an_issue_number_with_a_running_number_in_brackets_labels_a_stamp(line: str) -> None:
    """'№15 (2624) от 30.01.2003': the running number in brackets is part of the label."""
    text = f"Гильдия\n{line}\n\nЗаголовок\n\nВчера в Гомеле завершился саммит СНГ.\n"
    assert published(text, "ru") == dt.date(2003, 1, 30)


def test_a_related_heading_in_the_menu_does_not_hide_the_stamp_below_it() -> None:
    """'Latest news | Economy' on the second line is the menu: the stamp after it still dates."""
    text = (
        "DAILY WIRE\nLatest news | Economy\n\n3 Mar 2021 09:15\n\nLeaders meet\n\n"
        + BODY * 12
        + "More stories\nPremiers meet in Minsk - 2 Mar 2021 10:00\nTalks end - 1 Mar 2021 08:00\n"
    )
    assert published(text) == dt.date(2021, 3, 3)


def test_an_inline_promo_does_not_end_the_story() -> None:
    """'Read also' on its own line, one headline, then the story goes on: only the promo is a link."""
    from cischronicle.extract.masthead import linked_lines, story_end

    paragraph = (
        "The previous meeting of the CIS foreign ministers took place in Minsk in April, and the"
        " ministers adopted a statement on the anniversary of the withdrawal of troops."
    )
    text = (
        "Lavrov to attend CIS ministerial\n\nThe ministers meet in Ashgabat on Thursday.\n\n"
        "Read also\nPutin, Berdymukhamedov discuss the summit by phone\n\n" + paragraph + "\n"
    )
    assert story_end(text) is None
    promo = text.index("Read also")
    headline = text.index("Putin,")
    assert linked_lines(text) == (
        (promo, promo + len("Read also")),
        (headline, text.index("\n", headline)),
    )
    listed = text.replace(paragraph, "Another headline\n\nAnd one more")
    assert story_end(listed) == listed.index("Read also")


def test_a_title_line_closing_with_place_and_day_is_a_dateline() -> None:
    """'Statement of the Commissioner after the board's session, Osh, 3 July': Osh, 3 July."""
    text = (
        "Statement and replies by the Harbour Commissioner after the board's session, Osh,"
        " 3 July\n\n" + BODY
    )
    dateline = read_document_time(doc(text)).dateline
    assert dateline is not None and dateline.date == PartialDate(None, 7, 3)
    assert dateline.place is not None and dateline.place.city == "Osh"
