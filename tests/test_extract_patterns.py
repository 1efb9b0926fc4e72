"""Event patterns: held, scheduled, postponed, cancelled, decisions; with dates and places."""

from __future__ import annotations

import datetime as dt

import pytest

from cischronicle import DecisionAdopted, MeetingHeld, MeetingPostponed, extract

PUB = " date 2025-04-11 "


def claims(text: str) -> list[tuple[str, str, str, str]]:
    """(type, body, place, date) of every meeting claim extracted from ``text``."""
    return [
        (type(e).__name__, e.meeting.body.value, str(e.meeting.place), str(e.meeting.date))
        for e in extract(text, article_id="a")[1:]
        if not isinstance(e, DecisionAdopted)
    ]


def decisions(text: str) -> list[str]:
    """The quotes of every decision extracted from ``text``."""
    return [
        e.provenance.quote for e in extract(text, article_id="a") if isinstance(e, DecisionAdopted)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The CIS Council of Foreign Ministers convened in Minsk on 12 April 2024.",
        "CIS foreign ministers met in Minsk on 12 April 2024.",
        "A meeting of the CIS Council of Foreign Ministers took place in Minsk on 12 April 2024.",
        "The meeting of the CIS Council of Foreign Ministers was held in Minsk on 12 April 2024.",
        "The CIS foreign ministers gathered in Minsk on 12 April 2024.",
        "The CIS Council of Foreign Ministers kicked off in Minsk on 12 April 2024.",
        "The CIS Council of Foreign Ministers has ended in Minsk on 12 April 2024.",
        "Aleinik took part in the meeting of the CIS Council of Foreign Ministers in Minsk on"
        " 12 April 2024.",
    ],
)
def test_held_patterns(sentence: str) -> None:
    """Every way of saying a meeting took place gives one MeetingHeld, dated and placed."""
    assert claims(sentence) == [("MeetingHeld", "cis-cfm", "Minsk, BY", "2024-04-12")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The next meeting of the CIS Council of Foreign Ministers will be held in Dushanbe on"
        " October 9.",
        "The CIS Council of Foreign Ministers will gather in Dushanbe on October 9.",
        "The CIS Council of Foreign Ministers is scheduled to convene in Dushanbe on October 9.",
        "It was decided to hold the next session of the CIS Council of Foreign Ministers in"
        " Dushanbe on October 9.",
        "A regular meeting of the CIS Council of Foreign Ministers is due in Dushanbe on"
        " October 9.",
        "A regular meeting of the CIS Council of Foreign Ministers to be held in Dushanbe on"
        " October 9.",
        "Dushanbe will host a meeting of the CIS Council of Foreign Ministers on October 9.",
    ],
)
def test_scheduled_patterns(sentence: str) -> None:
    """Future tense, 'next meeting', 'is scheduled', 'decided to hold', 'is due', hosts."""
    assert claims(PUB + sentence) == [
        ("NextMeetingScheduled", "cis-cfm", "Dushanbe, TJ", "2025-10-09")
    ]


def test_retrospective_mentions_are_held_in_the_past() -> None:
    """'Last year the meeting was held in Moscow' is a meeting of the previous year."""
    text = PUB + "Last year, the meeting of the CIS Foreign Ministers' Council was held in Moscow."
    assert claims(text) == [("MeetingHeld", "cis-cfm", "Moscow, RU", "2024")]


def test_postponed_with_original_and_new_dates() -> None:
    """A postponement gives the originally planned date and the new one."""
    text = (
        " date 2020-03-20 The meeting of the CIS Council of Foreign Ministers scheduled for"
        " April 3 in Moscow has been postponed to May 20."
    )
    (event,) = extract(text, article_id="a")[1:]
    assert isinstance(event, MeetingPostponed)
    assert str(event.meeting.date) == "2020-04-03" and str(event.new_date) == "2020-05-20"
    assert str(event.meeting.place) == "Moscow, RU"


def test_cancelled_meetings() -> None:
    """'was cancelled' gives MeetingCancelled, and no scheduled meeting for it."""
    text = PUB + "The summit of the CIS heads of state scheduled for December 18 was cancelled."
    assert claims(text) == [("MeetingCancelled", "cis-chs", "unknown place", "2025-12-18")]


def test_relative_days_follow_the_tense() -> None:
    """'tomorrow' is the day after publication, 'on Friday' the last Friday for the past."""
    assert claims(PUB + "The CIS heads of state will meet tomorrow.") == [
        ("NextMeetingScheduled", "cis-chs", "unknown place", "2025-04-12")
    ]
    assert claims(" date 2025-04-13 The CIS foreign ministers met in Minsk on Friday.") == [
        ("MeetingHeld", "cis-cfm", "Minsk, BY", "2025-04-11")
    ]


def test_on_the_eve_of_a_dated_summit_is_the_day_before() -> None:
    """'on the eve of the 8 October summit' dates the meeting to 7 October."""
    text = (
        PUB + "On the eve of the 8 October summit, the CIS foreign ministers gathered in Dushanbe."
    )
    assert claims(text) == [("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "2024-10-07")]


def test_the_summit_after_a_meeting_on_its_eve() -> None:
    """A meeting 'on the eve of the summit' dates the summit that will 'also be held there'."""
    text = (
        "BISHKEK, 12 October 2023 (BelTA) – Aleinik took part in the meeting of the CIS Foreign"
        " Ministers Council in Bishkek on 12 October. The event took place on the eve of the CIS"
        " Heads of State Council meeting. This summit will also be held in Bishkek."
    )
    assert ("NextMeetingScheduled", "cis-chs", "Bishkek, KG", "2023-10-13") in claims(text)


def test_numbers_that_are_not_dates_never_date_a_meeting() -> None:
    """'16 issues' and a '2026-2030' programme do not become meeting dates."""
    text = (
        "The CIS Council of Foreign Ministers will gather on November 29. The agenda of the"
        " meeting includes 16 issues and the programme for 2026-2030."
    )
    assert claims(text) == [("NextMeetingScheduled", "cis-cfm", "unknown place", "XXXX-11-29")]


def test_a_meeting_reported_as_begun_is_dated_to_publication() -> None:
    """'The meeting began' on a dated article is that day; 'has ended' only that month."""
    assert claims(" date 2025-04-11 The CIS Council of Foreign Ministers began in Almaty.") == [
        ("MeetingHeld", "cis-cfm", "Almaty, KZ", "2025-04-11")
    ]
    assert claims(" date 2025-04-12 The CIS Council of Foreign Ministers has ended in Almaty.") == [
        ("MeetingHeld", "cis-cfm", "Almaty, KZ", "2025-04")
    ]


def test_videoconference_meetings_are_online() -> None:
    """A meeting held by videoconference has no city and no country."""
    text = " date 2020-12-10 The CIS foreign ministers held a meeting via videoconference today."
    assert claims(text) == [("MeetingHeld", "cis-cfm", "online", "2020-12-10")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The ministers adopted a statement on Eurasian security.", "statement on Eurasian"),
        ("The Council approved a cooperation program for 2014.", "cooperation program for 2014"),
        ("The ministers signed an agreement on migration.", "agreement on migration"),
        ("The participants agreed to award the CIS Badge of Honor.", "Badge of Honor"),
        ("It was decided that the volunteers forum becomes annual.", "volunteers forum"),
        ("An annual forum of volunteers was established.", "forum of volunteers"),
        ("The meeting resulted in the approval of a package of decisions on security.",
         "package of decisions"),
    ],
)  # fmt: skip
def test_decision_patterns(text: str, expected: str) -> None:
    """Adopted, approved, signed, agreed to, decided, established, 'resulted in the approval'."""
    held = "The CIS Council of Foreign Ministers convened in Minsk on 12 April 2024. "
    (quote,) = decisions(held + text)
    assert expected in quote


@pytest.mark.parametrize(
    "text",
    [
        "The ministers will adopt a statement on security.",
        "Belarus proposed to adopt a statement on security.",
        "If approved, six documents will be forwarded to the heads of state.",
        "The draft was submitted for approval to the heads of state.",
        "A number of documents were signed following the meeting.",
        "The SCO was established in 2001.",
        "The ministers approved the agenda and rules of the meeting.",
        "We agreed to continue the practice of joint statements.",
    ],
)
def test_what_is_not_a_decision(text: str) -> None:
    """Plans, proposals, conditions, vague documents, founding dates and procedure: nothing."""
    held = "The CIS Council of Foreign Ministers convened in Minsk on 12 April 2024. "
    assert decisions(held + text) == []


def test_parallel_documents_are_one_decision_each_and_point_to_their_meeting() -> None:
    """'Statements on A, B, and on C were adopted' gives three decisions held at the meeting."""
    text = (
        "A regular meeting of the CIS Council of Foreign Ministers took place in Moscow on"
        " October 7. Statements by the CIS foreign ministers on the principles of security in"
        " Eurasia, the unacceptability of unilateral restrictive measures, and on cooperation"
        " in the field of fitness and sports were adopted."
    )
    events = extract(text, article_id="a")
    (held,) = [e for e in events if isinstance(e, MeetingHeld)]
    found = [e for e in events if isinstance(e, DecisionAdopted)]
    assert len(found) == 3
    assert all(d.held == held.id and d.meeting == held.meeting for d in found)
    assert "fitness and sports" in found[2].provenance.quote


def test_decisions_without_a_held_meeting_are_left_out() -> None:
    """'It has already been approved' with no meeting held in the article is no decision."""
    text = "The Council of CIS Heads of State will take place, it has already been approved."
    assert decisions(text) == []


def test_russian_pass() -> None:
    """A simple Russian pass: СМИД СНГ, dates and places in their cases."""
    text = (
        " date 2025-10-02 Москва. 2 октября. INTERFAX.RU - 9 октября в Душанбе министр"
        " иностранных дел России примет участие в очередном заседании Совета министров"
        " иностранных дел СНГ."
    )
    assert claims(text) == [("NextMeetingScheduled", "cis-cfm", "Dushanbe, TJ", "2025-10-09")]
    assert extract(text, article_id="a")[0].published == dt.date(2025, 10, 2)  # type: ignore[union-attr]
