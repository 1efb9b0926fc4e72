"""What dates the article itself: marker, datelines, stamps, site stamps, title, language."""

from __future__ import annotations

import datetime as dt

import pytest

from cischronicle import ArticleRecorded, extract
from cischronicle.extract.dateline import detect_language, read_masthead


def recorded(text: str, published: dt.date | None = None) -> ArticleRecorded:
    """The ArticleRecorded event extracted from ``text``."""
    first = extract(text, article_id="a", published=published)[0]
    assert isinstance(first, ArticleRecorded)
    return first


@pytest.mark.parametrize(
    ("text", "published", "quote"),
    [
        (" date 2025-04-12 The meeting has ended.", "2025-04-12", "date 2025-04-12"),
        (
            "MOSCOW (UrduPoint News / Sputnik - 12th May, 2020) Lavrov said on Tuesday.",
            "2020-05-12",
            "MOSCOW (UrduPoint News / Sputnik - 12th May, 2020)",
        ),
        ("Samarkand, 15 April 2023 (TDI): ministers met.", "2023-04-15", None),
        ("(Alma Ata, April 11, 2025) The ministers met.", "2025-04-11", None),
        ("Menu\n\n12 Oct 2023\n\nHeadline\n\nBISHKEK, 12 October (BelTA) – Text.", "2023-10-12",
         "12 Oct 2023"),
        ("Мир | 19:41 / 12.10.2020\nЗаседание перенесли.", "2020-10-12", "12.10.2020"),
    ],
)  # fmt: skip
def test_publication_date_from_the_text(text: str, published: str, quote: str | None) -> None:
    """Marker, dated datelines and date stamps at the top give the publication date."""
    event = recorded(text)
    assert event.published == dt.date.fromisoformat(published)
    if quote is not None:
        assert event.provenance.quote == quote


def test_a_dateline_without_a_year_dates_relative_expressions_but_not_the_article() -> None:
    """'ASHGABAT, October 10. /TASS/.' gives no published date, yet 'tomorrow' is 10-11."""
    text = (
        "ASHGABAT, October 10. /TASS/. The draft was adopted and will be studied by the"
        " state leaders tomorrow, Lavrov said after a CIS CFM meeting on Thursday."
    )
    masthead = read_masthead(text)
    assert masthead.published is None and str(masthead.anchor) == "XXXX-10-10"
    assert masthead.dateline_place is not None and masthead.dateline_place.city == "Ashgabat"
    dates = {type(e).__name__: str(e.meeting.date) for e in extract(text, article_id="a")[1:]}
    assert dates["NextMeetingScheduled"] == "XXXX-10-11"
    assert recorded(text).published is None


def test_a_city_only_dateline_gives_a_place_and_no_date() -> None:
    """'MINSK. KAZINFORM -' places the report in Minsk, undated."""
    masthead = read_masthead("MINSK. KAZINFORM - A session will take place in Moscow.")
    assert masthead.anchor is None
    assert masthead.dateline_place is not None and masthead.dateline_place.city == "Minsk"


def test_site_stamps_that_are_not_the_articles_date_are_ignored() -> None:
    """A 'last updated' stamp and a stamp the text contradicts do not date the article."""
    updated = "Последнее обновление: 26.11.2024 18:00\n\nСаммит пройдет в августе в Казани."
    assert recorded(updated).published is None
    contradicted = (
        "17 January 2018, Wednesday, 10:10\n\nBelarus takes over chairmanship in CIS\n\n"
        "Belarus will take over the chairmanship in the CIS in 2013."
    )
    assert recorded(contradicted).published is None


def test_a_stamp_agreeing_with_the_dateline_wins_over_a_decorated_site_date() -> None:
    """Of two stamps, the one with the dateline's day dates the article."""
    text = (
        "Флаг Пятница, 8 ноября 2024\nВсе новости\n10 октября 2017, 13:50\n\nЗаголовок статьи\n\n"
        "10 октября, Сочи /Михаил Матиевский - БЕЛТА/. Текст."
    )
    assert recorded(text).published == dt.date(2017, 10, 10)


def test_published_override_wins() -> None:
    """``published=`` overrides whatever the text says, and is quoted as nothing."""
    event = recorded(" date 2025-04-12 Text.", published=dt.date(2020, 1, 2))
    assert event.published == dt.date(2020, 1, 2)
    assert event.provenance.quote == ""


def test_title_is_a_headline_repeated_or_first() -> None:
    """A line repeated at the top (or a headline-like first line) is the title."""
    text = "Menu\nHome\n\nAleinik attending CIS meeting\n\nAleinik attending CIS meeting\n\nBody."
    assert recorded(text).title == "Aleinik attending CIS meeting"
    assert recorded("The ministers met in Minsk on Friday. More text.").title is None


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministers met in Minsk.", "en"),
        ("Министры встретились в Минске в пятницу.", "ru"),
        ("Міністри зустрілися у Києві, і це важливо для її розвитку.", "uk"),
        ("Министрлер Астанада кездесті, және бұл маңызды қадам болды.", "kk"),
        ("", "en"),
    ],
)
def test_language_is_detected_from_the_letters(text: str, language: str) -> None:
    """Mostly Cyrillic text is ru (or uk, kk by their own letters); otherwise en."""
    assert detect_language(text) == language
