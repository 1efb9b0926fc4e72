"""The meeting stage and assembly: claims tied to meetings, dates, places, relations, merges.

Every text is made up, in wordings no corpus article uses.
"""

from __future__ import annotations

import pytest

from cischronicle import DecisionAdopted, MeetingPostponed, extract
from cischronicle.events import Event
from cischronicle.extract.mentions import names_body
from cischronicle.values import Body


def meetings(text: str) -> list[tuple[str, str, str, str]]:
    """(type, body, place, date) of each meeting claim extracted from ``text``."""
    found = []
    for event in extract(text, article_id="t")[1:]:
        if isinstance(event, DecisionAdopted) or not hasattr(event, "meeting"):
            continue
        ref = event.meeting
        date = "undated" if ref.date is None else ref.date.isoformat()
        found.append((type(event).__name__, ref.body.value, str(ref.place), date))
    return found


def decided(text: str) -> list[DecisionAdopted]:
    """The decisions extracted from ``text``."""
    return [e for e in extract(text, article_id="t") if isinstance(e, DecisionAdopted)]


def new_dates(events: tuple[Event, ...]) -> list[str | None]:
    """The new dates of the postponements among ``events``."""
    return [
        None if e.new_date is None else e.new_date.isoformat()  # type: ignore[union-attr]
        for e in events
        if type(e).__name__ == "MeetingPostponed"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-03-02 The Commonwealth's foreign affairs chiefs sat down in Gomel yesterday."
         " The session ended with a joint communique.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-03-01")]),
        (" date 2024-03-02 CIS heads of government met in Brest today. It will reconvene in"
         " Khujand in the autumn.",
         [("MeetingHeld", "cis-chg", "Brest, BY", "2024-03-02"),
          ("NextMeetingScheduled", "cis-chg", "Khujand, TJ", "2024")]),
        (" date 2024-03-02 The CIS foreign ministers gathered in Vitebsk on Thursday, the"
         " spokeswoman told reporters in Moscow on Saturday.",
         [("MeetingHeld", "cis-cfm", "Vitebsk, BY", "2024-02-29")]),
    ],
)  # fmt: skip
def test_bare_nouns_pronouns_and_reporting_clauses(text: str, expected: list[object]) -> None:
    """'The session' and 'it' are the topic's meeting; a reporting clause dates nothing."""
    assert meetings(text) == expected


def test_a_date_belongs_to_the_nearest_verb_that_speaks_of_a_meeting() -> None:
    """'Next week' is when the presidents convene, not when the premiers wrapped up."""
    text = (
        " date 2024-03-02 The CIS prime ministers wrapped up their session in Grodno, handing"
        " papers to the presidents who convene there next week."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Grodno, BY", "2024-03")]


def test_on_the_eve_of_relates_two_meetings_in_one_place() -> None:
    """The ministers meet on the eve of the summit: the summit is the next day, same city."""
    text = (
        " date 2024-09-01 On 11 October, on the eve of the CIS summit in Yerevan, the"
        " Commonwealth's foreign ministers will confer."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-cfm", "Yerevan, AM", "2024-10-11"),
        ("NextMeetingScheduled", "cis-chs", "Yerevan, AM", "2024-10-12"),
    ]


def test_a_meeting_held_long_ago_ahead_of_a_summit_makes_no_plan() -> None:
    """Told eight years later, 'ahead of the summit' says nothing about a summit to come."""
    text = (
        " date 2024-09-01 On 3 March 2016, ahead of the CIS summit, the CIS foreign ministers"
        " conferred in Bukhara."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Bukhara, UZ", "2016-03-03")]


def test_a_postponement_keeps_the_planned_date_and_finds_the_new_one() -> None:
    """The planned date is read forward; the date after 'until' is the new one."""
    text = (
        " date 2024-03-02 The CIS heads of government session slated for 20 April in Khiva has"
        " been put off until June."
    )
    events = extract(text, article_id="t")
    assert meetings(text) == [("MeetingPostponed", "cis-chg", "Khiva, UZ", "2024-04-20")]
    assert new_dates(events) == ["2024-06"]


def test_a_plan_that_was_postponed_is_no_meeting_to_come() -> None:
    """'The summit scheduled for May has been postponed' is one postponement, no schedule."""
    text = (
        " date 2024-03-02 The CIS summit scheduled for May in Minsk has been postponed until"
        " autumn."
    )
    assert meetings(text) == [("MeetingPostponed", "cis-chs", "Minsk, BY", "2024-05")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-03-02 The CIS foreign ministers will not convene in Gabala on 5 April.",
         [("MeetingCancelled", "cis-cfm", "Gabala, AZ", "2024-04-05")]),
        (" date 2024-03-02 Georgia's minister will not attend the CIS summit in Kazan on 10"
         " October.", [("NextMeetingScheduled", "cis-chs", "Kazan, RU", "2024-10-10")]),
        (" date 2024-03-02 CIS heads of state usually gather twice a year.", []),
    ],
)  # fmt: skip
def test_negation_absence_and_habit(text: str, expected: list[object]) -> None:
    """A meeting not taking place is cancelled, one an absentee skips stands, a habit is none."""
    assert meetings(text) == expected


def test_a_participle_after_its_subject_takes_its_date() -> None:
    """'The ministers, gathering in X tomorrow, will adopt': a meeting to come, tomorrow."""
    text = (
        " date 2024-03-02 The CIS foreign ministers, gathering in Tsaghkadzor tomorrow, will"
        " adopt a plan."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Tsaghkadzor, AM", "2024-03-03")]


def test_a_headline_repeated_by_the_story_adds_no_day_of_its_own() -> None:
    """The headline's present tense gives no day when the story says 'on Friday'."""
    text = (
        " date 2024-03-02 CIS premiers meet in Cholpon-Ata\n\nThe CIS heads of government met in"
        " Cholpon-Ata on Friday."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Cholpon-Ata, KG", "2024-03-01")]


def test_a_meeting_of_a_name_in_short_is_that_body_s() -> None:
    """'The Supreme Council's next meeting' is the Supreme Eurasian Economic Council's."""
    text = (
        " date 2024-03-02 The Supreme Eurasian Economic Council met in Sochi today. The Supreme"
        " Council's next meeting is expected in Minsk in May."
    )
    assert meetings(text) == [
        ("MeetingHeld", "eaeu-sec", "Sochi, RU", "2024-03-02"),
        ("NextMeetingScheduled", "eaeu-sec", "Minsk, BY", "2024-05"),
    ]


def test_a_year_less_dateline_is_the_story_s_today_and_here() -> None:
    """Without a publication date, 'here' and 'tomorrow' are read from the dateline."""
    text = (
        "KHUJAND, 14 May (Agency) — CIS heads of government concluded their session here, and"
        " will meet here again tomorrow."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-chg", "Khujand, TJ", "XXXX-05-14"),
        ("NextMeetingScheduled", "cis-chg", "Khujand, TJ", "XXXX-05-15"),
    ]


def test_coordinated_meetings_keep_their_own_dates() -> None:
    """'The ministers on 12 October and the premiers on 26 October': two meetings, two days."""
    text = (
        " date 2024-03-02 Brest will host the CIS foreign ministers on 12 October and the CIS"
        " heads of government on 26 October."
    )
    dates = {(body, date) for _, body, _, date in meetings(text)}
    assert dates == {("cis-cfm", "2024-10-12"), ("cis-chg", "2024-10-26")}


def test_an_article_naming_no_organisation_speaks_of_the_cis() -> None:
    """'The Council of Heads of State', with no organisation named anywhere, is the CIS one."""
    text = "The Council of Heads of State will meet in Turkestan on 16 October."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Turkestan, KZ", "XXXX-10-16")]


def test_a_noun_phrase_places_a_meeting_no_claim_places() -> None:
    """A headline 'CIS summit in Dushanbe' places the summit the story reports held today."""
    text = (
        " date 2024-03-02 CIS summit in Dushanbe\n\nThe presidents of the Commonwealth gathered"
        " today."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Dushanbe, TJ", "2024-03-02")]


def test_a_year_less_dateline_gives_the_publication_month() -> None:
    """'Baku, October 10' filed elsewhere: a meeting just held takes the month, XXXX-10."""
    text = (
        "Baku, October 10\nThe Azerbaijani minister attended the meeting of the CIS Council of"
        " Foreign Ministers in Dushanbe."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "XXXX-10")]


def test_the_lead_gives_the_day_of_a_meeting_with_no_date_of_its_own() -> None:
    """'Leaders on Tuesday agreed': the summit the story reports was on that Tuesday."""
    text = (
        "29 November 2006\nLeaders of the CIS on Tuesday agreed on a reform plan. The summit in"
        " Minsk was attended by 11 heads of state."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Minsk, BY", "2006-11-28")]


def test_a_lead_naming_two_days_gives_none() -> None:
    """Two days in the lead tell nothing: the publication month stays."""
    text = (
        "29 November 2006\nThe CIS ministers met on Monday and the leaders on Tuesday. The summit"
        " in Minsk was attended by 11 heads of state."
    )
    assert ("MeetingHeld", "cis-chs", "Minsk, BY", "2006-11") in meetings(text)


def test_a_meeting_called_off_is_the_one_it_was_due_to_be() -> None:
    """'The session that was due on 18 April will not take place': cancelled, 18 April."""
    text = (
        "3 April 2014\nA session of the CIS Council of Foreign Ministers that was due to take"
        " place in Kiev on 18 April will not take place, a spokesman said."
    )
    assert meetings(text) == [("MeetingCancelled", "cis-cfm", "Kyiv, UA", "2014-04-18")]


def test_a_postponed_meeting_keeps_the_date_it_was_due() -> None:
    """A relative clause between the meeting and 'postponed' does not take the meeting."""
    text = (
        "5 February 2025\nThe Eurasian Intergovernmental Council meeting that Kazakhstan was due"
        " to host in Almaty on Friday has been postponed until March."
    )
    assert meetings(text) == [("MeetingPostponed", "eaeu-ic", "Almaty, KZ", "2025-02-07")]


def test_a_plan_on_the_new_date_is_not_the_one_put_off() -> None:
    """'Planned for late May ... moved to October': May is put off, 7 October still stands."""
    text = (
        "The CIS summit was initially planned for late May. The summit will be held in Chisinau"
        " on 7 October. The dates of the summit were moved to October."
    )
    assert sorted(meetings(text)) == [
        ("MeetingPostponed", "cis-chs", "unknown place", "XXXX-05"),
        ("NextMeetingScheduled", "cis-chs", "Chisinau, MD", "XXXX-10-07"),
    ]


def test_a_date_the_plan_names_is_not_the_new_date() -> None:
    """'Намеченное на 16 октября, перенесено': 16 October is the date put off, not the new one."""
    text = "Заседание Совета глав государств СНГ, намеченное на 16 октября, перенесено."
    assert meetings(text) == [("MeetingPostponed", "cis-chs", "unknown place", "XXXX-10-16")]


def test_coordinated_meetings_with_their_own_participles_are_both_postponed() -> None:
    """Two meetings joined by a Russian "as well as", each planned for its day, both postponed."""
    text = (
        "Заседание Совета министров иностранных дел СНГ, намеченное на 15 октября, а также"
        " заседание Совета глав государств СНГ, намеченное на 16 октября, перенесены."
    )
    assert sorted(meetings(text)) == [
        ("MeetingPostponed", "cis-cfm", "unknown place", "XXXX-10-15"),
        ("MeetingPostponed", "cis-chs", "unknown place", "XXXX-10-16"),
    ]


def test_a_participle_modifies_one_of_two_coordinated_meetings() -> None:
    """'The ministerial, planned for 15 October, and the summit, planned for 16 October'."""
    text = (
        "The meeting of the CIS Council of Foreign Ministers, planned for 15 October, and the"
        " CIS summit, planned for 16 October, have been postponed."
    )
    assert sorted(meetings(text)) == [
        ("MeetingPostponed", "cis-cfm", "unknown place", "XXXX-10-15"),
        ("MeetingPostponed", "cis-chs", "unknown place", "XXXX-10-16"),
    ]


def test_a_contrasting_clause_still_cuts() -> None:
    """A contrasting conjunction alone (not "as well as") opens a clause with its own meeting."""
    text = (
        "Министры иностранных дел СНГ встретились в Минске, а главы государств соберутся в"
        " Душанбе 10 октября."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-cfm", "Minsk, BY", "undated"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "XXXX-10-10"),
    ]


def test_meetings_in_general_are_no_meeting() -> None:
    """'Have in the past attended CIS summits selectively': no one summit, no claim."""
    text = "12 April 2024\nTwo members have in the past attended CIS summits selectively."
    assert meetings(text) == []


def test_plural_meetings_with_a_place_are_claims() -> None:
    """'CIS summits in Minsk ... were held last year' still speaks of a summit."""
    text = "12 April 2024\nCIS summits in Minsk were held last year."
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Minsk, BY", "2023")]


def test_a_headline_to_verb_is_a_future() -> None:
    """'Ministers to represent seven countries at the Council in Minsk': a meeting to come."""
    text = (
        "12 April 2024\nMinisters to represent seven countries at CIS Foreign Ministers Council"
        " in Minsk\nThe ministers of seven countries will come."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Minsk, BY", "undated")]


def test_a_bare_meeting_noun_is_the_meeting_of_who_acts_in_its_clause() -> None:
    """'The CIS heads of government exchanged views at a meeting': theirs, not the topic's."""
    text = (
        "6 June 2025\nThe Eurasian Intergovernmental Council will meet in Minsk in September."
        " On 5 June, the CIS heads of government exchanged views at a meeting in Dushanbe."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-chg", "Dushanbe, TJ", "2025-06-05"),
        ("NextMeetingScheduled", "eaeu-ic", "Minsk, BY", "2025-09"),
    ]


def test_a_complement_does_not_own_a_bare_meeting_noun() -> None:
    """'At the session a declaration of the heads of state was approved': the topic's session."""
    text = (
        "Заседание Совета министров иностранных дел СНГ состоялось в Минске 14 октября. На"
        " заседании был одобрен проект декларации глав государств."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Minsk, BY", "XXXX-10-14")]


def test_in_the_city_is_the_last_city_named() -> None:
    """'Dushanbe will stay busy: the heads of government convene in the city on 2 November'."""
    text = (
        "4 September 2018\nDushanbe will stay busy through the autumn: the CIS heads of"
        " government are to convene in the city on 2 November."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Dushanbe, TJ", "2018-11-02")]


def test_there_points_to_the_previous_sentence_city() -> None:
    """'Минск готовится. Там соберутся главы правительств СНГ': Minsk."""
    text = (
        "Минск готовится к осени. Там 2 ноября соберутся главы правительств СНГ."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Minsk, BY", "XXXX-11-02")]


def test_there_is_no_place() -> None:
    """'Minsk is busy. There is no doubt: the summit will be held': 'there is' names no place."""
    text = (
        "4 September 2018\nMinsk is busy. There is no doubt that the CIS summit will be held on"
        " 2 November."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "unknown place", "2018-11-02")]


def test_heads_of_state_and_government_will_meet_as_two_councils() -> None:
    """'The CIS heads of state and government will meet in Ashgabat': both councils, planned."""
    text = (
        "3 December 2012\nThe CIS heads of state and government will meet in Ashgabat on"
        " 5 December."
    )
    assert sorted(meetings(text)) == [
        ("NextMeetingScheduled", "cis-chg", "Ashgabat, TM", "2012-12-05"),
        ("NextMeetingScheduled", "cis-chs", "Ashgabat, TM", "2012-12-05"),
    ]


def test_a_summit_of_a_council_outside_the_vocabulary_is_no_claim() -> None:
    """An SCO article's 'summit' is of the SCO heads of state, whom the vocabulary lacks."""
    text = (
        "24 April 2020\nSCO foreign ministers met by video link on 13 April. The organisation's"
        " summit in St Petersburg, planned for July, is also under review."
    )
    assert meetings(text) == [("MeetingHeld", "sco-cfm", "online", "2020-04-13")]


def test_by_a_means_is_no_agent() -> None:
    """'Met by video link' is a past meeting; 'chaired by the minister' a participle."""
    held = "24 April 2020\nCIS foreign ministers met by video link on 13 April."
    assert meetings(held) == [("MeetingHeld", "cis-cfm", "online", "2020-04-13")]
    chaired = (
        "24 April 2020\nThe CIS Council of Foreign Ministers, chaired by the Kyrgyz minister,"
        " will meet in Minsk on 3 May."
    )
    assert meetings(chaired) == [("NextMeetingScheduled", "cis-cfm", "Minsk, BY", "2020-05-03")]


def test_the_eaeu_supreme_council_by_its_short_names() -> None:
    """'Высший совет ЕАЭС', 'EAEU Supreme Council', 'Межправсовет ЕАЭС' name the EAEU councils."""
    assert meetings("The EAEU Supreme Council will meet in Minsk on 12 May.") == [
        ("NextMeetingScheduled", "eaeu-sec", "Minsk, BY", "XXXX-05-12")
    ]
    assert meetings("Заседание Межправсовета ЕАЭС пройдет в Алма-Ате 7 февраля.") == [
        ("NextMeetingScheduled", "eaeu-ic", "Almaty, KZ", "XXXX-02-07")
    ]


def test_a_relative_date_before_the_verb_dates_the_verb_meeting() -> None:
    """'On the 25th the EAEU council meets; the next day a CIS meeting': the 26th, the CIS."""
    text = (
        "При этом 25 декабря в Санкт-Петербурге пройдет заседание высшего совета ЕАЭС, на"
        " следующий день состоится неформальная встреча глав стран СНГ."
    )
    assert sorted(meetings(text)) == [
        ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "XXXX-12-26"),
        ("NextMeetingScheduled", "eaeu-sec", "Saint Petersburg, RU", "XXXX-12-25"),
    ]


def test_a_verb_whose_object_is_no_meeting_holds_none() -> None:
    """'In Tajikistan, which holds the rotating presidency': a plan in Tajikistan, nothing held."""
    text = (
        "Foreign ministers of the CIS will meet on 9 October in Tajikistan, which holds the"
        " rotating CIS presidency this year."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "TJ", "XXXX-10-09")]


def test_a_pronoun_holding_a_meeting_still_claims() -> None:
    """'The Council met in Minsk; it will hold its next session in Astana': two claims."""
    text = (
        "The CIS Council of Foreign Ministers met in Minsk on 12 April; it will hold its next"
        " session in Astana in October."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-cfm", "Minsk, BY", "XXXX-04-12"),
        ("NextMeetingScheduled", "cis-cfm", "Astana, KZ", "XXXX-10"),
    ]


def test_a_claim_in_the_next_clause_takes_neither_date_nor_place() -> None:
    """'Met in Minsk on 12 April; it will meet again in October': October's has no place."""
    text = (
        "The CIS Council of Foreign Ministers met in Minsk on 12 April; it will meet again in"
        " October."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-cfm", "Minsk, BY", "XXXX-04-12"),
        ("NextMeetingScheduled", "cis-cfm", "unknown place", "XXXX-10"),
    ]


def test_a_dateline_city_in_the_meeting_country_names_its_city() -> None:
    """'Samarkand, 15 April 2023' over 'attended the meeting in Uzbekistan': Samarkand."""
    text = (
        "Samarkand, 15 April 2023 (TDI): The foreign ministers attended the CIS Foreign"
        " Ministers Council Meeting in Uzbekistan."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Samarkand, UZ", "2023-04")]


def test_a_dateline_city_in_another_country_places_nothing() -> None:
    """'Baku, 15 April 2023' over 'the meeting in Uzbekistan': the country stays."""
    text = (
        "Baku, 15 April 2023: The foreign ministers attended the CIS Foreign Ministers Council"
        " Meeting in Uzbekistan."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "UZ", "2023-04")]


def test_in_a_matter_of_minutes_is_today() -> None:
    """'The summit is to begin in a matter of minutes': the story's day."""
    text = "16 September 2016\nThe CIS summit is to begin in Bishkek in a matter of minutes."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Bishkek, KG", "2016-09-16")]


def test_the_host_city_places_every_coordinated_meeting() -> None:
    """'Bishkek will host the CFM on 12 October and the CHG on 26 October': both in Bishkek."""
    text = (
        "Bishkek will host the meeting of the CIS Council of Foreign Ministers on October 12 and"
        " the meeting of the CIS Council of Heads of Government on October 26."
    )
    assert sorted(meetings(text)) == [
        ("NextMeetingScheduled", "cis-cfm", "Bishkek, KG", "XXXX-10-12"),
        ("NextMeetingScheduled", "cis-chg", "Bishkek, KG", "XXXX-10-26"),
    ]


def test_a_meeting_held_after_the_story_is_a_plan() -> None:
    """'The summit held on 10 October 2024' told on 9 October 2024 is still to come."""
    text = (
        "9 October 2024\nThe CIS summit held in Dushanbe on 10 October 2024 will discuss"
        " security."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2024-10-10")]


def test_arriving_to_take_part_is_a_meeting_to_come() -> None:
    """'Прибыл в Душанбе для участия в заседании СМИД СНГ': the session is still to come."""
    text = "9 октября 2024\nЛавров прибыл в Душанбе для участия в заседании СМИД СНГ."
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Dushanbe, TJ", "undated")]


def test_a_headline_present_over_a_story_of_plans_is_the_plan() -> None:
    """'CIS foreign ministers meet in Dushanbe' over 'will meet on Friday': one plan."""
    text = (
        "9 October 2024\nCIS foreign ministers meet in Dushanbe\nThe CIS Council of Foreign"
        " Ministers will meet in Dushanbe on Friday."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Dushanbe, TJ", "2024-10-11")]


def test_a_headline_present_over_a_story_of_the_meeting_is_held() -> None:
    """'CIS foreign ministers meet in Dushanbe' over 'met today; will meet again': held too."""
    text = (
        "9 October 2024\nCIS foreign ministers meet in Dushanbe\nThe CIS Council of Foreign"
        " Ministers met in Dushanbe today. They will meet again in Minsk in April."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "2024-10-09"),
        ("NextMeetingScheduled", "cis-cfm", "Minsk, BY", "2025-04"),
    ]


def test_on_the_next_day_counts_from_the_meeting_before() -> None:
    """'The EAEU council meets on 25 December; on the next day the CIS leaders gather': 26th."""
    text = (
        "The EAEU Supreme Council will meet in St Petersburg on 25 December; on the next day the"
        " CIS leaders will gather informally."
    )
    assert ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "XXXX-12-26") in meetings(
        text
    )


def test_the_day_before_takes_the_meeting_after_it() -> None:
    """'On the day before the summit, the ministers met': the summit dates the ministers."""
    text = (
        "The CIS summit will open in Dushanbe on 10 October. On the day before the summit, the"
        " CIS foreign ministers will meet."
    )
    assert ("NextMeetingScheduled", "cis-cfm", "Dushanbe, TJ", "XXXX-10-09") in meetings(text)


def test_a_russian_perfective_future_frames_a_meeting_to_come() -> None:
    """'Посол представит Украину на заседании СМИД СНГ в Минске': the session is to come."""
    text = "Посол представит Украину на заседании СМИД СНГ в Минске"
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Minsk, BY", "undated")]


def test_a_russian_past_frames_a_meeting_held() -> None:
    """'Посол представил Украину на заседании СМИД СНГ в Минске': the session was held."""
    text = "Посол представил Украину на заседании СМИД СНГ в Минске."
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Minsk, BY", "undated")]


def test_a_plan_in_the_clause_makes_a_framed_meeting_one_to_come() -> None:
    """'Within the summit in St Petersburg a meeting is planned': the summit is to come."""
    text = (
        "Отметим, что в рамках санкт-петербургского саммита СНГ намечена очередная встреча"
        " президентов Армении и Азербайджана."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "undated")
    ]


def test_a_meeting_set_beside_another_by_a_dash_is_that_one() -> None:
    """'Another meeting will take place - the session of the Supreme Economic Council': not ours."""
    text = (
        "Заседание СМИД СНГ пройдет в Ашхабаде 10 октября. Перед этим пройдет еще одна встреча"
        " - заседание Высшего экономического совета (а это высший орган Содружества), который"
        " состоится 13 сентября."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Ashgabat, TM", "XXXX-10-10")]


def test_the_dateline_city_is_where_the_story_was_filed_not_a_plan() -> None:
    """The dateline's city never places a claim: the plan put off keeps its own city."""
    text = (
        "Gomel, 9 February 2022 — The session of the CIS heads of government, planned for"
        " March in Khujand, has been postponed, the secretariat said."
    )
    assert meetings(text) == [("MeetingPostponed", "cis-chg", "Khujand, TJ", "2022-03")]


def test_a_member_staying_away_leaves_the_meeting_planned() -> None:
    """'X will not attend the meeting on Thursday' still schedules the meeting."""
    text = (
        " date 2025-02-04 Moldova will not attend the meeting of the CIS heads of government"
        " in Khujand on Thursday, its government said."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Khujand, TJ", "2025-02-06")]


def test_a_frame_governs_the_meeting_only_through_modifiers() -> None:
    """A frame puts a meeting in the sentence only across modifiers, not across a noun."""
    text = (
        " date 2024-03-02 Вчера в Гомеле министры иностранных дел СНГ одобрили проект"
        " обращения, который будет передан на рассмотрение Совета глав правительств."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-03-01")]
    framed = " date 2024-03-02 Об этом сообщили на очередном заседании Совета глав правительств."
    assert [m[0] for m in meetings(framed)] == ["MeetingHeld"]


def test_a_said_date_long_before_the_news_is_another_meeting() -> None:
    """'In 2019, the leaders signed ...' is not the summit a 2024 story reports held."""
    text = (
        " date 2024-03-02 The CIS summit took place in Khujand. In 2019, the leaders signed a"
        " charter on river transport."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-chs", "Khujand, TJ", "2024-03"),
        ("MeetingHeld", "cis-chs", "unknown place", "2019"),
    ]


def test_what_a_meeting_is_of_ends_before_the_verb() -> None:
    """'The previous meeting of the council took place in X' is the topic council's."""
    text = (
        " date 2024-10-10 The CIS foreign ministers will meet in Khujand on October 11. The"
        " previous meeting of the council took place in Gomel on April 12."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-cfm", "Khujand, TJ", "2024-10-11"),
        ("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-04-12"),
    ]


def test_that_meeting_is_the_one_just_told() -> None:
    """'At that meeting' and 'на том заседании' take the date and place of the last one told."""
    text = (
        " date 2024-11-20 The CSTO foreign ministers last met in Khujand in May 2022. At that"
        " meeting, they adopted a statement on border patrols."
    )
    assert meetings(text) == [("MeetingHeld", "csto-cfm", "Khujand, TJ", "2022-05")]
    events = extract(text, article_id="t")
    assert [e.meeting.date.isoformat() for e in events if isinstance(e, DecisionAdopted)] == [
        "2022-05"
    ]
    russian = (
        " date 2024-11-20 Министры иностранных дел ОДКБ собирались в Худжанде в мае 2022 года."
        " На том заседании было принято заявление о пограничной охране."
    )
    assert meetings(russian) == [("MeetingHeld", "csto-cfm", "Khujand, TJ", "2022-05")]


def test_a_date_that_does_not_resolve_does_not_fall_back_to_the_dateline_month() -> None:
    """Only a weekday takes a year-less dateline's month; 'next year's festival' dates nothing."""
    text = (
        "GOMEL, April 12 (Wire) - The CIS foreign ministers met in Gomel, agreeing to name the"
        " host of next year's festival."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "XXXX-04-12")]


def test_a_city_that_last_hosted_a_meeting_places_it() -> None:
    """'Gomel last hosted the CIS foreign ministers in 2019': held in Gomel in 2019."""
    text = " date 2024-10-02 Gomel last hosted the CIS foreign ministers in October 2019."
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2019-10")]


def test_a_russian_city_that_hosted_a_council_places_its_meeting() -> None:
    """'Гомель уже принимал СГП СНГ в 2019 году' is a meeting held there, and no adoption."""
    text = " date 2024-05-21 Гомель уже принимал СГП СНГ в мае 2019 года."
    events = extract(text, article_id="t")
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "2019-05")]
    assert not [e for e in events if isinstance(e, DecisionAdopted)]


def test_a_country_that_took_part_is_no_place() -> None:
    """'Делегация Таджикистана приняла участие в заседании' does not place it in Tajikistan."""
    text = " date 2024-05-21 Делегация Таджикистана приняла участие в заседании СМИД СНГ."
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "unknown place", "2024-05")]


def test_repetition_adverbs_tell_of_no_one_meeting() -> None:
    """'have been held there several times since 2016' claims no meeting."""
    text = " date 2024-05-21 Informal CIS summits have been held in Gomel several times."
    assert meetings(text) == []


def test_an_assembly_of_parliaments_is_not_ours() -> None:
    """The CIS Interparliamentary Assembly's session is not a council's meeting."""
    text = " date 2024-05-21 The CIS Interparliamentary Assembly will hold its session in Gomel."
    assert meetings(text) == []


def test_a_chain_adverb_before_the_verb_keeps_it_a_verb() -> None:
    """'will first attend a session of the council' schedules it ('first' is no determiner)."""
    text = (
        " date 2024-05-21 The presidents will first attend a session of the Supreme Eurasian"
        " Economic Council in Gomel."
    )
    assert meetings(text) == [("NextMeetingScheduled", "eaeu-sec", "Gomel, BY", "undated")]


def test_a_verbless_clause_of_contrast_places_the_claim_before_it() -> None:
    """'...will take place on 20 December, but by video link': online."""
    text = (
        " date 2024-12-02 The meeting of the CIS heads of government will take place on"
        " 20 December, but by video link."
    )
    events = [e for e in extract(text, article_id="t")[1:] if hasattr(e, "meeting")]
    assert [(type(e).__name__, e.meeting.place.online) for e in events] == [
        ("NextMeetingScheduled", True)
    ]


def test_the_day_before_another_bodys_summit_takes_its_day() -> None:
    """'The day before the summit' of a body outside the vocabulary counts from its day."""
    text = (
        " date 2024-11-22 The CSTO heads of state will gather in Gomel on 28 November for a"
        " session of the Collective Security Council. The day before the summit, the CSTO"
        " foreign ministers will hold their own session in the city."
    )
    assert meetings(text) == [("NextMeetingScheduled", "csto-cfm", "Gomel, BY", "2024-11-27")]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-05-21 The next big event will be the session of the Eurasian"
        " Intergovernmental Council in Gomel on 3 June.",
        " date 2024-05-21 Следующим крупным событием станет заседание Евразийского"
        " межправительственного совета 3 июня в Гомеле.",
    ],
)
def test_a_future_copula_sets_a_dated_meeting_to_come(text: str) -> None:
    """'The next event will be the council's session in X on 3 June' schedules it."""
    assert meetings(text) == [("NextMeetingScheduled", "eaeu-ic", "Gomel, BY", "2024-06-03")]


def test_back_then_is_the_time_of_the_meeting_just_told() -> None:
    """'Тогда премьеры утвердили ...' adopts at the meeting just told, not news of the day."""
    text = (
        " date 2024-05-21 Последний раз Гомель принимал СГП СНГ в мае 2019 года. Тогда премьеры"
        " утвердили Концепцию сотрудничества в области энергетики."
    )
    events = extract(text, article_id="t")
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "2019-05")]
    assert [e.meeting.date.isoformat() for e in events if isinstance(e, DecisionAdopted)] == [
        "2019-05"
    ]


def test_a_meeting_of_an_unlisted_council_of_the_organisation_is_not_ours() -> None:
    """'заседание Экономического совета СНГ' is no meeting of the article's council."""
    text = (
        " date 2024-05-21 В пятницу в Гомеле состоится заседание СГП СНГ. Накануне, в четверг,"
        " там же пройдёт заседание Экономического совета СНГ."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2024-05-24")]


def test_an_elliptical_next_one_is_the_articles_meeting() -> None:
    """'Следующее, по словам министра, состоится в апреле в X' schedules the topic's meeting."""
    text = (
        " date 2024-10-14 Главы МИД стран СНГ провели заседание в Гомеле. Следующее, по словам"
        " министра, состоится в апреле следующего года в Худжанде."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-10"),
        ("NextMeetingScheduled", "cis-cfm", "Khujand, TJ", "2025-04"),
    ]


def test_preparation_for_a_meeting_frames_one_to_come() -> None:
    """'подготовка к заседанию Совета глав государств' is a summit to come."""
    text = " date 2024-10-14 Министры обсудили подготовку к заседанию Совета глав государств СНГ."
    assert ("NextMeetingScheduled", "cis-chs", "unknown place", "undated") in meetings(text)


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-04-03 Lavrov and his counterparts held a meeting in Gomel in the Central"
        " Asia-Russia format.",
        " date 2025-04-03 Встреча в формате «Центральная Азия – Россия» прошла в Гомеле.",
    ],
)
def test_a_format_names_the_organisation_of_a_bare_meeting(text: str) -> None:
    """'A meeting in the Central Asia - Russia format' is that format's (its one council's)."""
    assert [m[:3] for m in meetings(text)] == [("MeetingHeld", "ca-russia-fm", "Gomel, BY")]


def test_a_meeting_the_text_places_in_the_dateline_city_takes_its_day() -> None:
    """'GOMEL, 14 April 2023 - ... the ministers met in Gomel': held on 14 April."""
    text = "GOMEL, 14 April 2023 (Wire) - The CIS foreign ministers met in Gomel."
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2023-04-14")]


def test_of_two_year_less_ranges_the_narrower_dates_the_meeting() -> None:
    """A headline's 'in spring' gives way to the story's 'late March - early April'."""
    text = (
        "Gomel to host CIS foreign ministers in spring\n\nThe next meeting of the CIS Council of"
        " Foreign Ministers will take place in Gomel in late March - early April."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "XXXX-03/XXXX-04")
    ]


def test_the_same_day_counts_from_the_last_meeting_held_worked_out_before() -> None:
    """'The same day' a meeting was held is the day of the held one told before, not a plan's."""
    text = (
        " date 2025-10-09 Министры иностранных дел СНГ провели заседание в Гомеле накануне"
        " саммита лидеров Содружества, который состоится 10 октября. В тот же день в Гомеле"
        " прошла встреча министров иностранных дел в формате «Центральная Азия – Россия»."
    )
    assert ("MeetingHeld", "ca-russia-fm", "Gomel, BY", "2025-10-09") in meetings(text)


def test_no_meeting_is_dated_before_the_commonwealth() -> None:
    """A year before 1991 in the sentence ('the 1941-1945 title') dates no meeting."""
    text = (
        "The title 'City of Labour Glory 1941-1945' is expected to be approved by the CIS heads"
        " of state at their summit in Gomel on May 9."
    )
    assert [m[3] for m in meetings(text)] == ["XXXX-05-09"]


def test_a_minister_who_will_visit_a_meeting_schedules_it() -> None:
    """'Министр посетит заседание СМИД СНГ 11 апреля в Гомеле' is a meeting to come."""
    text = " date 2025-04-02 11 апреля министр посетит заседание СМИД СНГ в Гомеле."
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2025-04-11")]


def test_a_plan_put_off_until_a_season_is_no_meeting_to_come() -> None:
    """'Scheduled for May, postponed until the autumn': the May plan is the one put off."""
    text = (
        " date 2024-03-02 The CIS summit scheduled for May in Gomel has been postponed until"
        " the autumn."
    )
    events = extract(text, article_id="t")
    assert meetings(text) == [("MeetingPostponed", "cis-chs", "Gomel, BY", "2024-05")]
    assert new_dates(events) == ["2024"]


def test_a_finer_date_after_a_comma_refines_the_first() -> None:
    """'in late May 2019 in Gomel, tentatively May 31': the meeting is on 31 May 2019."""
    text = (
        "The next session of the CIS heads of government will be held in late May"
        " 2019 in Gomel, tentatively May 31."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2019-05-31")]


def test_a_deadline_is_no_meeting_day() -> None:
    """'submit the package to the heads of state by June 1, 2007' dates no summit."""
    text = " date 2006-11-29 The CIS heads of state will meet in Gomel to adopt it by June 1, 2007."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "undated")]


def test_a_verb_whose_object_is_no_meeting_claims_none_before_it() -> None:
    """'..., whose country holds the rotating presidency' holds no summit named before it."""
    text = (
        " date 2006-11-29 The plans go to the CIS heads of state, said the president, whose"
        " country holds the rotating presidency."
    )
    assert meetings(text) == []


def test_what_another_body_adopts_is_not_the_councils_decision() -> None:
    """'The Board of the Eurasian Economic Commission approved new rates': no decision of ours."""
    text = (
        " date 2023-06-05 The Eurasian Intergovernmental Council met in Gomel on Friday. On"
        " Tuesday the Board of the Eurasian Economic Commission approved new customs duty rates."
    )
    events = extract(text, article_id="t")
    assert not [e for e in events if isinstance(e, DecisionAdopted)]
    named_after = (
        " date 2023-06-05 The Eurasian Intergovernmental Council met in Gomel on Friday. The"
        " leaders appointed a new member of the Board of the Eurasian Economic Commission."
    )
    events = extract(named_after, article_id="t")
    assert len([e for e in events if isinstance(e, DecisionAdopted)]) == 1


def test_another_body_inside_an_object_does_not_take_the_next_decision() -> None:
    """'approved drafts sent to the Collective Security Council, and adopted X': X is ours."""
    text = (
        " date 2022-03-09 The Eurasian Intergovernmental Council met in Gomel on Tuesday. The"
        " premiers endorsed a memo forwarded to the Board of the Eurasian Economic Commission,"
        " and agreed a roadmap for grain exports."
    )
    summaries = [e.summary for e in decided(text)]
    assert any("grain exports" in s for s in summaries)
    its_own = (
        " date 2022-03-09 The Eurasian Intergovernmental Council met in Gomel on Tuesday. The"
        " premiers endorsed a memo, and the Board of the Eurasian Economic Commission agreed a"
        " roadmap for grain exports."
    )
    summaries = [e.summary for e in decided(its_own)]
    assert summaries and not any("grain exports" in s for s in summaries)


def test_a_meeting_under_way_named_in_a_report_is_held_today() -> None:
    """'сказал Лавров на проходящей в Гомеле встрече СМИД СНГ': under way, on the story's day."""
    text = (
        " date 2023-04-14 «Мы довольны», - сказал Лавров на проходящей в Гомеле встрече"
        " СМИД СНГ."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2023-04-14")]


def test_a_present_with_a_weekday_tells_of_a_day_to_come() -> None:
    """'the CIS summit, which meets on Friday in the same city': a summit to come, there."""
    text = (
        "Monday, 5 October 2026\nThe CIS foreign ministers are to meet in Gomel on Thursday, a"
        " day before the CIS summit, which meets on Friday in the same city."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2026-10-08"),
        ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2026-10-09"),
    ]


def test_the_following_day_is_not_counted_again_from_the_same_meeting() -> None:
    """'planned for the following day ..., will go ahead as scheduled': one day, once."""
    text = (
        "Minsk, 25 May 2023 - The meeting of the CIS heads of government in Gomel on 8 June has"
        " been cancelled. The meeting of the Eurasian Intergovernmental Council, planned for the"
        " following day in the same city, will go ahead as scheduled."
    )
    assert meetings(text) == [
        ("MeetingCancelled", "cis-chg", "Gomel, BY", "2023-06-08"),
        ("NextMeetingScheduled", "eaeu-ic", "Gomel, BY", "2023-06-09"),
    ]


def test_a_meeting_held_every_year_is_no_one_meeting() -> None:
    """'has been held in the city every year since 2016' claims no meeting."""
    text = " date 2024-12-02 The informal CIS summit has been held in Gomel every year since 2016."
    assert meetings(text) == []


def test_a_coordinated_clause_with_its_own_subject_is_the_next_meeting() -> None:
    """'The previous summit took place in X, and the next one is due in Y' schedules it."""
    text = (
        " date 2023-10-13 The previous CIS summit took place in Khujand in October 2022, and"
        " the next one is due in Gomel in 2024."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-chs", "Khujand, TJ", "2022-10"),
        ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024"),
    ]


def test_a_meeting_told_as_earlier_is_not_the_news() -> None:
    """'Ранее, 7 октября, ... прошло неформальное заседание' is not the summit that just ended."""
    text = (
        " date 2024-10-15 Саммит СНГ завершился в Гомеле. Ранее, 7 октября, в Гомеле прошло"
        " неформальное заседание глав государств СНГ."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-chs", "Gomel, BY", "2024-10"),
        ("MeetingHeld", "cis-chs", "Gomel, BY", "2024-10-07"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        " date 2023-10-13 The CIS summit opens in Gomel tomorrow. On Thursday, the president"
        " held talks with his Belarusian counterpart.",
        " date 2023-10-13 Саммит СНГ откроется в Гомеле завтра. В четверг президент провёл"
        " переговоры с белорусским коллегой.",
    ],
)
def test_talks_with_a_counterpart_are_no_council_meeting(text: str) -> None:
    """'held talks with his counterpart': a bilateral meeting, not the summit."""
    assert [m[0] for m in meetings(text)] == ["NextMeetingScheduled"]


def test_a_summit_of_the_organisation_is_its_summit_not_its_ministers() -> None:
    """'подготовка к саммиту организации' in an SCO ministers' story is no ministers' meeting."""
    text = (
        " date 2024-05-20 Сегодня в Гомеле проходит заседание СМИД ШОС. Министры обсудят"
        " подготовку к саммиту организации, который состоится в июле в Худжанде."
    )
    assert meetings(text) == [("MeetingHeld", "sco-cfm", "Gomel, BY", "2024-05-20")]


def test_a_date_right_after_the_verb_is_no_object() -> None:
    """'will take place the day before' takes a date, not an object that is no meeting."""
    text = (
        " date 2023-12-20 The CIS leaders are due to gather in Gomel on Dec. 26. A meeting of"
        " the Supreme Eurasian Economic Council will take place the day before."
    )
    assert [m[:2] + m[3:] for m in meetings(text)] == [
        ("NextMeetingScheduled", "cis-chs", "2023-12-26"),
        ("NextMeetingScheduled", "eaeu-sec", "2023-12-25"),
    ]


def test_a_capitalised_may_is_the_month_not_the_modal() -> None:
    """'The ministers on 12 May met in X': held on 12 May, not a plan ('May' is no modal)."""
    text = " date 2024-06-10 The CIS foreign ministers on 12 May met in Gomel."
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-05-12")]


def test_a_meeting_that_came_to_an_end_was_held() -> None:
    """'The meeting ... came to an end in X on Thursday; a day earlier, Y held its session.'"""
    text = (
        "GOMEL, May 26, 2023 (Wire) - The meeting of the Supreme Eurasian Economic Council came"
        " to an end in Gomel on Thursday. A day earlier, the CIS heads of government held their"
        " session in the city."
    )
    assert meetings(text) == [
        ("MeetingHeld", "eaeu-sec", "Gomel, BY", "2023-05-25"),
        ("MeetingHeld", "cis-chg", "Gomel, BY", "2023-05-24"),
    ]


def test_a_dated_meeting_noun_in_a_future_clause_is_to_come() -> None:
    """'The CFM meeting is slated for Thursday, followed by the summit on Friday.'"""
    text = (
        " date 2024-10-08 The CIS foreign ministers' meeting is slated for Thursday, followed by"
        " the CIS summit on Friday."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-cfm", "unknown place", "2024-10-10"),
        ("NextMeetingScheduled", "cis-chs", "unknown place", "2024-10-11"),
    ]


def test_a_plans_phrase_keeps_its_place_from_the_main_verb() -> None:
    """'The session, planned for 16 May in Osh, will be held by video link': online."""
    text = (
        " date 2024-05-02 The session of the CIS heads of government, planned for 16 May in"
        " Osh, will be held by video link, officials said."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "online", "2024-05-16")]


def test_a_moved_meeting_takes_its_new_date_and_place() -> None:
    """'..., which was due on 3 June in Osh, has been put off to 17 June and moved to Gomel'."""
    text = (
        " date 2024-05-20 The CIS foreign ministers' session, which had been scheduled for"
        " 3 June in Osh, has been postponed to 17 June and will instead take place in Gomel."
    )
    found = meetings(text)
    assert ("MeetingPostponed", "cis-cfm", "Osh, KG", "2024-06-03") in found
    assert ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2024-06-17") in found


def test_a_participle_of_the_meeting_dates_what_was_done_at_it() -> None:
    """'The premiers, meeting in Gomel on 26 May, signed a treaty': one meeting, dated."""
    text = (
        " date 2024-06-05 The CIS heads of government, meeting in Gomel on 26 May, signed a"
        " treaty on seed trade."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "2024-05-26")]


def test_a_meeting_moved_to_a_city_is_held_there_on_its_day() -> None:
    """'The session, planned for 12 May in Osh, has been moved to Gomel': next, Gomel, 12 May."""
    text = (
        " date 2024-05-02 The CIS foreign ministers' session, planned for 12 May in Osh, has"
        " been moved to Gomel."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2024-05-12")]


def test_a_russian_meeting_moved_to_a_city_is_held_there() -> None:
    """'Заседание, запланированное на 12 мая в Оше, перенесено в Гомель': next, Gomel."""
    text = (
        " date 2024-05-02 Заседание Совета глав правительств СНГ, запланированное на 12 мая в"
        " Оше, перенесено в Гомель."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2024-05-12")]


def test_a_meeting_moved_to_a_city_and_a_new_day() -> None:
    """'..., originally scheduled for Osh, has been moved to Gomel and will open on 20 May'."""
    text = (
        " date 2024-05-02 The meeting of the CIS heads of government, originally scheduled for"
        " Osh, has been moved to Gomel and will open on 20 May, the executive committee said."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2024-05-20")]


def test_a_date_before_a_conjunction_is_the_first_meetings() -> None:
    """'host the summit on 15 May and a CFM session a day earlier': the session is 14 May."""
    text = (
        " date 2024-04-30 Gomel is preparing to host the CIS summit on 15 May and a meeting of"
        " the CIS Council of Foreign Ministers a day earlier."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024-05-15") in found
    assert ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2024-05-14") in found


def test_last_month_after_a_place_dates_the_meeting_noun() -> None:
    """'at the previous session in Tashkent last October': the expression starts at 'last'."""
    text = (
        " date 2024-04-11 The CIS foreign ministers will meet in Osh on Friday. Georgia sent an"
        " observer to the previous session in Tashkent last October."
    )
    assert ("MeetingHeld", "cis-cfm", "Tashkent, UZ", "2023-10") in meetings(text)


def test_a_quoted_we_after_a_leading_date_is_the_articles_meeting() -> None:
    """'"Next October, we will gather in Gomel," he told the leaders': the next summit."""
    text = (
        " date 2025-10-14 Leaders of the CIS gathered in Osh on October 10. The leaders signed"
        " papers. The leaders lunched. The leaders left. \"Next October, we will gather in"
        " Gomel,\" the host told the leaders."
    )
    assert ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2026-10") in meetings(text)


def test_a_plans_horizon_year_does_not_date_the_meeting() -> None:
    """'due to consider a strategy until 2030': the meeting is not dated 2030."""
    text = (
        " date 2023-06-05 The CIS heads of government will gather in Osh on Thursday. The"
        " premiers are due to consider a draft strategy of cooperation until 2030."
    )
    assert [m[3] for m in meetings(text)] == ["2023-06-08"]


def test_a_framed_summit_to_be_held_is_dated_by_its_participle() -> None:
    """'discussed preparations for the CIS summit to be held in Osh in October': dated."""
    text = (
        " date 2023-04-14 The CIS foreign ministers met in Gomel today. They discussed"
        " preparations for the CIS summit to be held in Osh in October."
    )
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2023-10") in meetings(text)


def test_the_eve_of_a_summit_dated_in_its_own_phrase_is_the_day_before() -> None:
    """'will meet on the eve of the SCO summit scheduled for 27 November': 26 November."""
    text = (
        " date 2025-07-01 The CIS foreign ministers will meet in Osh on the eve of the SCO"
        " summit scheduled for 27 November."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2025-11-26")]


def test_a_date_set_off_after_the_eve_restates_the_claims_own_day() -> None:
    """'On the eve of the summit, on 12 May, the ministers will meet': 12 May, not 11 May."""
    text = (
        " date 2025-04-01 The CIS summit will be held in Osh on 13 May. On the eve of the"
        " summit, on 12 May, a council of foreign ministers will take place."
    )
    assert ("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2025-05-12") in meetings(text)


def test_a_bare_nakanune_dates_a_meeting_the_day_before_the_storys_news() -> None:
    """'Саммит завершился. Накануне в Оше прошло заседание СМИД': the day before the story."""
    text = (
        "Ош, 13 октября 2023. В Оше завершился саммит СНГ. Накануне в Оше прошло заседание"
        " Совета министров иностранных дел СНГ."
    )
    found = meetings(text)
    assert ("MeetingHeld", "cis-cfm", "Osh, KG", "2023-10-12") in found
    assert ("MeetingHeld", "cis-chs", "Osh, KG", "2023-10-13") in found


@pytest.mark.parametrize(
    "text",
    [
        " date 2019-10-10 Georgia is ready to host the CIS foreign ministers in Batumi next year.",
        " date 2019-10-10 Moldova offered to host the CIS summit in 2021.",
        " date 2019-10-10 Узбекистан готов принять саммит СНГ в 2021 году.",
        " date 2019-10-10 Казахстан предложил провести заседание СМИД СНГ в Астане.",
        " date 2016-10-14 Georgia had proposed holding the next CIS summit in Batumi in April.",
    ],
)
def test_an_offer_to_host_schedules_nothing(text: str) -> None:
    """'is ready to host', 'offered to host', 'готов принять', 'предложил провести': offers."""
    assert meetings(text) == []


def test_a_headlines_comma_coordinates_the_meetings_it_hosts() -> None:
    """'Osh to host CIS foreign ministers, heads of state this week': both placed in Osh."""
    text = (
        "Osh to host CIS foreign ministers, heads of state this week\n\n date 2023-10-10 The CIS"
        " Council of Foreign Ministers will gather on October 12. The meeting of the CIS Council"
        " of Heads of State will be held on October 13 at the state residence."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2023-10-13") in found


def test_a_plans_participle_without_commas_keeps_its_place_from_the_main_verb() -> None:
    """'The summit scheduled for Friday in Osh will be held online due to the storm': online."""
    text = (
        " date 2021-10-12 The CIS Council of Heads of State meeting scheduled for Friday in Osh"
        " will be held online due to the storm, a spokesman said."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "online", "2021-10-15")]


def test_the_same_day_of_a_moved_meeting_is_its_planned_day() -> None:
    """'..., which was scheduled for 15 May in Osh, will be held online on the same day'."""
    text = (
        " date 2020-04-30 The meeting of the CIS Council of Foreign Ministers, which was"
        " scheduled for 15 May in Osh, will be held via videoconference on the same day."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "online", "2020-05-15")]


def test_holding_the_next_one_schedules_the_next_meeting_of_that_kind() -> None:
    """'wrapped up the summit, agreeing to hold the next one in Osh in 2020': scheduled."""
    text = (
        " date 2019-10-11 CIS leaders on Friday wrapped up their summit in Gomel, agreeing to"
        " hold the next one in Osh, Kyrgyzstan, in 2020."
    )
    found = meetings(text)
    assert ("MeetingHeld", "cis-chs", "Gomel, BY", "2019-10-11") in found
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2020") in found


def test_coordinated_place_and_date_pairs_are_one_meeting_each() -> None:
    """'met in Osh in May 2023 and in Gomel in December 2023': two meetings."""
    text = (
        " date 2024-04-05 The CIS heads of government met in Osh in May 2023 and in Gomel in"
        " December 2023."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-chg", "Osh, KG", "2023-05"),
        ("MeetingHeld", "cis-chg", "Gomel, BY", "2023-12"),
    ]


def test_one_place_with_a_date_range_is_one_meeting() -> None:
    """'will meet in Osh on 12 and 13 May': one meeting over two days, not a pair list."""
    text = " date 2024-04-05 The CIS heads of government will meet in Osh on 12 and 13 May."
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chg", "Osh, KG", "2024-05-12/2024-05-13")
    ]


def test_a_russian_plan_that_was_schedules_nothing() -> None:
    """'Ранее планировалось провести встречу по видеосвязи': no second, online meeting."""
    text = (
        " date 2021-09-30 Заседание Совета министров иностранных дел СНГ, намеченное на 14"
        " октября, пройдет в очном формате в Гомеле. Ранее планировалось провести встречу по"
        " видеосвязи."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2021-10-14")]


def test_a_russian_plan_that_was_places_the_meeting_put_off() -> None:
    """'Саммит, который должен был пройти в Оше, перенесен': postponed, in Osh."""
    text = (
        " date 2020-10-05 Саммит СНГ 16 октября перенесен. Изначально саммит должен был пройти"
        " в Оше."
    )
    assert meetings(text) == [("MeetingPostponed", "cis-chs", "Osh, KG", "2020-10-16")]


def test_a_meeting_that_will_not_take_place_but_is_put_off_is_postponed() -> None:
    """'The summit will not take place on 16 May as planned. It is postponed': postponed only."""
    text = (
        " date 2020-05-01 The CIS summit will not take place on 16 May as planned. It has been"
        " postponed to a later date, the executive committee said."
    )
    assert [m[0] for m in meetings(text)] == ["MeetingPostponed"]


def test_a_count_of_meetings_since_a_year_is_no_meeting_and_no_reference_year() -> None:
    """'С 24 августа 1993 года было проведено 58 заседаний СМИД': no meeting, no 1993 anchor."""
    text = (
        "ОШ, 13 окт. Министры иностранных дел СНГ 15 октября соберутся в Оше. С 24 августа"
        " 1993 года было проведено 58 заседаний Совета министров иностранных дел СНГ. В"
        " последний раз министры иностранных дел встречались в апреле этого года."
    )
    found = meetings(text)
    assert not any(m[3].startswith("1993") for m in found)
    assert ("MeetingHeld", "cis-cfm", "unknown place", "XXXX-04") in found


def test_a_relative_clause_on_another_bodys_meeting_claims_nothing_of_ours() -> None:
    """'met on Thursday, on the eve of the GUAM session which opens today': held Thursday only."""
    text = (
        " date 2016-10-14 The CIS Council of Foreign Ministers met in Osh on Thursday, on the eve"
        " of the session of the GUAM Council which opens in the Kyrgyz city today."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Osh, KG", "2016-10-13")]


def test_a_when_clause_takes_the_relative_day_before_it() -> None:
    """'had prepared it the day before, when the CFM met in Osh': the day before the news."""
    text = (
        " date 2019-10-11 OSH, October 11 — Leaders of the CIS gathered in Osh today for a"
        " meeting of the CIS Council of Heads of State. Foreign ministers had prepared the agenda"
        " the day before, when the CIS Council of Foreign Ministers met in Osh."
    )
    assert ("MeetingHeld", "cis-cfm", "Osh, KG", "2019-10-10") in meetings(text)


def test_a_where_clause_takes_the_place_and_date_told_before_it() -> None:
    """'expected in Osh in early November, where the CIS premiers will gather': Osh, November."""
    text = (
        " date 2018-08-10 Several ministers are expected in Osh in early November, where the CIS"
        " Council of Heads of Government will gather for its autumn session."
    )
    assert ("NextMeetingScheduled", "cis-chg", "Osh, KG", "2018-11") in meetings(text)


def test_a_coordinated_clause_with_its_own_subject_is_dated_by_its_own_words() -> None:
    """'..., and CIS ministers will meet there the day before': a clause of its own, dated so."""
    text = (
        " date 2022-04-20 He will travel next month to Osh for the CIS summit on 14 May, the"
        " office said, and CIS foreign ministers will meet there the day before."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2022-05-14") in found
    assert ("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2022-05-13") in found


def test_a_russian_where_clause_with_its_own_subject_is_placed_where_it_points() -> None:
    """'прибыли в Ош из Гомеля, где 29 мая состоялось заседание ВЕЭС': the SEEC, in Gomel."""
    text = (
        " date 2019-05-31 Премьеры СНГ собрались в Оше. Ряд премьеров прибыл в Ош из Гомеля, где"
        " 29 мая состоялось заседание Высшего Евразийского экономического совета."
    )
    assert ("MeetingHeld", "eaeu-sec", "Gomel, BY", "2019-05-29") in meetings(text)


def test_here_with_no_dateline_is_the_city_just_named() -> None:
    """'... 25 октября в Оше, а 11 октября здесь же пройдет саммит': the summit in Osh."""
    text = (
        " date 2019-05-31 Следующее заседание Совета глав правительств СНГ состоится 25 октября"
        " в Оше, а 11 октября здесь же пройдет саммит глав государств Содружества."
    )
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2019-10-11") in meetings(text)


def test_a_negated_russian_future_copula_calls_the_meeting_off() -> None:
    """'Встречи лидеров СНГ в Оше в конце декабря в этом году не будет': called off, December."""
    text = (
        " date 2020-12-22 Традиционной неформальной встречи лидеров стран СНГ в Оше в конце"
        " декабря в этом году не будет, сообщил пресс-секретарь."
    )
    assert meetings(text) == [("MeetingCancelled", "cis-chs", "Osh, KG", "2020-12")]


def test_a_former_plan_and_a_coordinated_verb_tell_a_postponed_meeting_held_online() -> None:
    """'had been scheduled for 16 October in Osh, but it was postponed and ... took place'."""
    text = (
        " date 2020-12-18 The CIS summit had originally been scheduled for 16 October in Osh, but"
        " it was postponed because of the pandemic and, in the end, took place online today."
    )
    found = meetings(text)
    assert ("MeetingPostponed", "cis-chs", "Osh, KG", "2020-10-16") in found
    assert ("MeetingHeld", "cis-chs", "online", "2020-12-18") in found
    assert not any(m[0] == "NextMeetingScheduled" for m in found)


def test_what_a_meeting_replaces_neither_places_it_nor_is_a_meeting() -> None:
    """'соберутся 19 мая в онлайн-формате, вместо намеченной ранее очной встречи в Оше'."""
    text = (
        " date 2020-04-30 Лидеры стран ЕАЭС соберутся на заседание Высшего Евразийского"
        " экономического совета 19 мая в онлайн-формате, вместо намеченной ранее очной встречи"
        " в Оше."
    )
    assert meetings(text) == [("NextMeetingScheduled", "eaeu-sec", "online", "2020-05-19")]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-10-05 Главы МИД стран СНГ договорились провести следующее заседание в Оше"
        " 12 апреля.",
        " date 2024-10-05 The CIS foreign ministers agreed to hold their next session in Osh on"
        " 12 April.",
    ],
)
def test_agreeing_to_hold_a_meeting_schedules_it_and_holds_nothing(text: str) -> None:
    """'договорились провести ... 12 апреля', 'agreed to hold ... on 12 April': to come only."""
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2025-04-12")]


def test_a_framed_summit_dated_after_the_story_is_to_come() -> None:
    """'пригласил лидеров на саммит СНГ в Оше 11 октября', told on 5 October: to come."""
    text = "ОШ, 5 октября. Президент пригласил лидеров на саммит СНГ в Оше 11 октября."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Osh, KG", "XXXX-10-11")]


def test_a_meeting_a_past_plan_was_set_at_is_held() -> None:
    """'The date was set at the April meeting of foreign ministers': that meeting was held."""
    text = (
        "OSH, Oct 5. The date of the CIS summit in Osh was set for October 11 at the April"
        " meeting of CIS foreign ministers."
    )
    found = meetings(text)
    assert ("MeetingHeld", "cis-cfm", "unknown place", "XXXX-04") in found
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "XXXX-10-11") in found


@pytest.mark.parametrize(
    "text",
    [
        "OSH, Oct 5. The leaders confirmed their participation in the CIS summit in Osh on"
        " October 11.",
        "ОШ, 5 октября. Президенты подтвердили участие в саммите СНГ в Оше 11 октября.",
    ],
)
def test_a_meeting_dated_after_the_story_is_to_come(text: str) -> None:
    """'confirmed their participation in the summit in Osh on October 11', told on 5 October."""
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Osh, KG", "XXXX-10-11")]


def test_a_meeting_dated_before_the_story_in_passing_is_no_claim() -> None:
    """'praised the CIS summit in Osh on October 1', told on 5 October: no claim of a plan."""
    assert meetings("OSH, Oct 5. He praised the CIS summit in Osh on October 1 in a blog.") == []


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-10-10 If the situation allows, the CIS summit could be held in Osh in October.",
        " date 2024-10-10 The next CIS summit may take place in Osh next year, a diplomat said.",
        " date 2024-10-10 Kyrgyzstan wants to host the CIS summit in Osh in 2025.",
        " date 2024-10-10 The CIS summit would be held in Osh if all members agree.",
        " date 2024-10-10 Если позволит ситуация, саммит СНГ может пройти в Оше в октябре.",
        " date 2020-12-22 В следующем году лидеры СНГ смогут встретиться очно в Оше.",
    ],
)
def test_a_possibility_a_wish_or_a_condition_schedules_nothing(text: str) -> None:
    """'could be held if ...', 'may take place', 'wants to host', 'может пройти': no plan."""
    assert meetings(text) == []


def test_a_possibility_of_holding_the_next_summit_schedules_nothing() -> None:
    """'discussed the possibility of holding the next CIS summit in Osh': no plan told."""
    text = " date 2024-10-10 The leaders discussed the possibility of holding the next CIS summit."
    assert [m for m in meetings(text) if m[0] == "NextMeetingScheduled"] == []


def test_a_year_modifying_a_meeting_dates_it() -> None:
    """'The 2023 CIS summit in Osh approved the plan': held in 2023, not the story's month."""
    text = " date 2024-10-10 The 2023 CIS summit in Osh approved the concept of cooperation."
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Osh, KG", "2023")]


def test_due_before_a_part_of_a_month_schedules() -> None:
    """'The CIS summit is due mid-October in Osh': scheduled for October."""
    text = " date 2024-10-10 The CIS summit is due mid-October in Osh."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Osh, KG", "2024-10")]


def test_a_weekday_with_its_date_under_a_yearless_dateline_keeps_the_day() -> None:
    """'ОШ, 4 апреля. ... пройдет в Оше в пятницу, 5 апреля': the 5th, not just April."""
    text = (
        "ОШ, 4 апреля. /ТАСС/. Очередное заседание Совета министров иностранных дел СНГ"
        " пройдет в Оше в пятницу, 5 апреля."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Osh, KG", "XXXX-04-05")]


def test_a_cis_body_outside_the_vocabulary_under_review_claims_nothing() -> None:
    """'a session of the CIS Inter-Parliamentary Assembly in Osh is under review': no claim."""
    text = (
        " date 2020-03-13 The CIS foreign ministers met in Gomel on Friday. A session of the CIS"
        " Inter-Parliamentary Assembly in Osh is under review."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2020-03-13")]


def test_a_decision_about_holding_the_next_meeting_schedules_it() -> None:
    """'приняли решение о проведении следующего заседания в Оше 13 октября': to come."""
    text = (
        " date 2023-04-14 В Гомеле завершилось заседание СМИД СНГ. Министры приняли решение о"
        " проведении следующего заседания в Оше 13 октября."
    )
    assert ("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2023-10-13") in meetings(text)


def test_arriving_for_a_meeting_attends_it() -> None:
    """'arrived in Osh on Friday for a meeting of CIS heads of government': that meeting."""
    text = (
        " date 2024-12-27 The Russian prime minister arrived in Osh on Friday for a meeting of"
        " heads of government of the Commonwealth of Independent States."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Osh, KG", "2024-12-27")]


def test_a_russian_host_named_after_its_verb_places_the_meeting_before() -> None:
    """'В 2022 году саммит СНГ примет Ош': the summit, in Osh, in 2022."""
    text = " date 2021-05-20 В 2022 году саммит СНГ примет Ош."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Osh, KG", "2022")]


def test_a_meeting_that_will_adopt_a_statement_is_not_hosted() -> None:
    """'Саммит СНГ примет заявление': an act, no host and no place."""
    text = " date 2021-05-20 Саммит СНГ в октябре примет заявление о борьбе с терроризмом."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "unknown place", "2021-10")]


def test_the_next_as_a_subject_after_a_coordination_is_the_next_meeting() -> None:
    """'The previous session was held in Gomel on May 28, and the next is set for May 2022'."""
    text = (
        " date 2021-11-26 The CIS heads of government met online on Friday. The previous"
        " session was held in Gomel on May 28, and the next is tentatively set for May 2022 in"
        " Osh."
    )
    found = meetings(text)
    assert ("MeetingHeld", "cis-chg", "Gomel, BY", "2021-05-28") in found
    assert ("NextMeetingScheduled", "cis-chg", "Osh, KG", "2022-05") in found


def test_a_meeting_on_the_sidelines_is_no_meeting_of_the_body() -> None:
    """'were expected to meet on the sidelines': a meeting aside, not the summit's."""
    text = (
        " date 2023-12-26 CIS leaders gathered in Osh today. The leaders of two states, whose"
        " countries clashed in September, were expected to meet on the sidelines."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Osh, KG", "2023-12-26")]


def test_a_weekdays_meeting_spoken_of_in_the_past_was_held() -> None:
    """'Friday's meeting of CIS heads of government in Osh was the first there': held Friday."""
    text = (
        " date 2024-05-25 Friday's meeting of CIS heads of government in Osh was the first in"
        " Kyrgyzstan since 2019."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Osh, KG", "2024-05-24")]


def test_a_frame_in_a_report_is_at_the_reports_time() -> None:
    """'пройдет в Оше в 2025 году, сообщил он по итогам встречи в Гомеле': Gomel was held."""
    text = (
        " date 2024-10-11 Предстоящий саммит СНГ пройдет в Оше в 2025 году, сообщил президент по"
        " итогам встречи в Гомеле."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2025") in found
    assert not any(m[0] == "NextMeetingScheduled" and m[2] == "Gomel, BY" for m in found)


def test_a_held_and_a_planned_meeting_coordinated_each_keep_their_own_words() -> None:
    """'last met in Osh in May and will next convene in Gomel in December': one each."""
    text = (
        " date 2024-10-12 The CIS Council of Heads of Government last met in Osh in May and will"
        " next convene in Gomel in December."
    )
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-chg", "Osh, KG", "2024-05"),
        ("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2024-12"),
    ]


def test_holding_a_count_of_meetings_holds_no_one_meeting() -> None:
    """'Since then, the premiers have held two online meetings': no meeting to tell."""
    text = (
        " date 2024-10-12 The CIS heads of government met in Osh today. Since then, the"
        " premiers have held two online meetings."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Osh, KG", "2024-10-12")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2024-03-02 The CIS foreign ministers sat in Gomel on Friday. Next time they will"
         " meet in Khujand in May.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-03-01"),
          ("NextMeetingScheduled", "cis-cfm", "Khujand, TJ", "2024-05")]),
        (" date 2024-03-02 Министры иностранных дел СНГ собрались в Гомеле в пятницу. В"
         " следующий раз они встретятся в Худжанде в мае.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-03-01"),
          ("NextMeetingScheduled", "cis-cfm", "Khujand, TJ", "2024-05")]),
    ],
)  # fmt: skip
def test_a_time_adverbial_may_stand_before_a_pronoun_subject(
    text: str, expected: list[object]
) -> None:
    """'Next time they will meet in X', 'В следующий раз они встретятся': the topic's people."""
    assert meetings(text) == expected


def test_a_country_that_plays_host_places_the_meeting() -> None:
    """'Tajikistan will play host to the CIS premiers': the meeting is in Tajikistan."""
    text = " date 2024-03-02 Tajikistan will play host to the CIS premiers in the autumn."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "TJ", "2024")]


def test_a_verb_of_beginning_before_another_verb_is_no_meeting_beginning() -> None:
    """'Began arriving in X for a summit to be held on Friday': the summit is to come."""
    text = (
        " date 2024-02-29 Leaders of the CIS began arriving in Gomel on Thursday for a summit"
        " of the bloc, to be held on Friday."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024-03-01")]


@pytest.mark.parametrize(
    "verb", ["produced", "yielded", "resulted in"],
)
def test_a_dated_meeting_that_brought_about_a_document_was_held(verb: str) -> None:
    """'The CIS summit in X on 13 October 2023 produced a statement': that summit was held."""
    text = f"The CIS summit in Gomel on October 13, 2023 {verb} a statement on river fisheries."
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "2023-10-13")]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-02-29 The CIS premiers met in Brest. A session of the bloc will be held in"
        " Gomel in May.",
        " date 2024-02-29 Премьеры СНГ встретились в Бресте. Заседание объединения пройдет в"
        " Гомеле в мае.",
    ],
)
def test_a_noun_for_an_organisation_that_names_none_is_the_topics(text: str) -> None:
    """'A session of the bloc', 'заседание объединения': the article's organisation's council."""
    assert meetings(text)[-1] == ("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2024-05")


def test_an_infinitive_after_a_meeting_noun_modifies_it() -> None:
    """'The presidents flew to Gomel for a summit, to be held on Friday': the summit's day."""
    text = (
        " date 2024-02-29 The CIS presidents flew to Gomel on Thursday for a summit, to be held"
        " on Friday."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024-03-01")]


def test_here_with_no_dateline_is_where_the_story_is() -> None:
    """With no dateline, 'met here yesterday' is in the city of the story's own meeting."""
    text = (
        " date 2024-03-02 The CIS heads of state meet in Gomel today. Minsk will host the next"
        " summit in October. The CIS foreign ministers met here yesterday."
    )
    assert ("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-03-01") in meetings(text)


def test_people_after_another_bodys_meeting_are_its_people() -> None:
    """'The Turkic summit has wrapped up. The six presidents adopted X': not the CIS's."""
    text = (
        " date 2024-03-02 The CIS heads of state met in Gomel today. The BRICS summit has"
        " wrapped up. The six presidents adopted a statement on river fisheries."
    )
    events = extract(text, article_id="t")
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "2024-03-02")]
    assert not [e for e in events if isinstance(e, DecisionAdopted)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Earlier he met Turkmen President Serdar Berdimuhamedov.",
        "Tokayev called the meeting a good start.",
    ],
)
def test_a_meeting_with_one_person_or_a_noun_after_an_article_is_no_claim(sentence: str) -> None:
    """'He met Turkmen President X': bilateral; 'a good start': a noun, no meeting starting."""
    text = f" date 2024-03-02 The CIS heads of state will meet in Gomel in May. {sentence}"
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024-05")]


def test_a_meeting_that_is_over_was_held() -> None:
    """'The CIS summit is over': it was held."""
    assert meetings(" date 2024-03-02 The CIS summit in Gomel is over.") == [
        ("MeetingHeld", "cis-chs", "Gomel, BY", "2024-03-02"),
    ]


def test_a_dated_meeting_after_a_plan_told_before_it_is_planned_too() -> None:
    """'The premiers will gather in June. Then come the ministers on 9 October ...': to come,
    and 'both in X' places every meeting of its sentence."""
    text = (
        " date 2025-01-21 The CIS heads of government will gather in Gomel in June. Then, in the"
        " autumn, come the main events: the CIS Council of Foreign Ministers on 9 October and"
        " the CIS Council of Heads of State on 10 October, both in Khujand."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2025-06"),
        ("NextMeetingScheduled", "cis-cfm", "Khujand, TJ", "2025-10-09"),
        ("NextMeetingScheduled", "cis-chs", "Khujand, TJ", "2025-10-10"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-04-10 In 2021 the CIS summit in Gomel had to be held by video link.",
        " date 2024-04-10 В 2021 году саммит СНГ в Гомеле пришлось провести по видеосвязи.",
        " date 2024-04-10 В 2021 году лидеры СНГ смогли собраться в Гомеле.",
    ],
)
def test_an_infinitive_after_a_verb_of_accomplishment_was_held(text: str) -> None:
    """'Had to be held', 'пришлось провести', 'смогли собраться': done, not planned."""
    assert [m[0] for m in meetings(text)] == ["MeetingHeld"]


def test_a_date_in_a_relative_clause_with_no_verb_of_meetings_is_not_the_claims() -> None:
    """'Gomel, which takes over the chair in January, will host next year's summit': 2025."""
    text = (
        " date 2024-10-11 The CIS leaders met in Minsk today. Gomel, which takes over the chair"
        " in January, will host next year's summit."
    )
    assert meetings(text)[-1][0::3] == ("NextMeetingScheduled", "2025")


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The Interstate Council of the Guild of Towns, which met on Friday, signed a"
         " pact.", []),
        ("Gomel had prepared for weeks to receive the ministers, who last met in Khujand last"
         " October.", [("MeetingHeld", "cis-cfm", "Khujand, TJ", "2023-10")]),
    ],
)  # fmt: skip
def test_a_relative_clause_claims_for_the_article_only_after_its_people_or_meeting(
    sentence: str, expected: list[object]
) -> None:
    """'X, which met ...' is X's meeting: the article's only when X is its people or body."""
    text = f" date 2024-03-02 The CIS foreign ministers will meet in Gomel in April. {sentence}"
    assert meetings(text)[1:] == expected


def test_a_participial_adjunct_and_a_relative_future_take_no_time_of_their_own() -> None:
    """'Met at their meeting on Thursday, approving drafts the leaders will sign today':
    the ministers' meeting was the day before, not a week on."""
    text = (
        " date 2014-10-10 The CIS foreign ministers prepared the ground at their own meeting in"
        " Gomel on Thursday evening, approving the drafts that the presidents will sign today."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2014-10-09")]


def test_a_verb_in_ing_is_no_meeting_noun_as_well() -> None:
    """'Premiers of the CIS are meeting in Gomel on Friday': one meeting, not a second plan."""
    text = (
        "GOMEL, Oct 7 (Reuters) - Prime ministers of the CIS are meeting in Gomel on Friday, with"
        " officials saying they expect to sign agreements on grain."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "XXXX-10-07")]


@pytest.mark.parametrize(
    "text",
    [
        " date 2025-12-30 The first big event of the year was the meeting of the CIS Council of"
        " Foreign Ministers on 11 April in Gomel.",
        " date 2025-12-30 Первым крупным мероприятием года стало заседание Совета министров"
        " иностранных дел СНГ 11 апреля в Гомеле.",
    ],
)
def test_a_dated_meeting_after_a_past_copula_was_held(text: str) -> None:
    """'The first event of the year was the meeting on 11 April': held, not next April."""
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-04-11")]


def test_a_place_cut_by_the_window_of_a_meeting_noun_still_places_it() -> None:
    """'Пригласить всех вас в Санкт-Петербург на неформальную встречу ...': placed there."""
    text = (
        " date 2021-12-10 Хотел бы еще раз пригласить всех вас в Санкт-Петербург на неформальную"
        " встречу глав государств СНГ 28 декабря."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "2021-12-28"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("С главой МИД Китая министр, по данным МИД России, обсудил подготовку к визиту"
         " президента в Худжанд, который состоялся на прошлой неделе.", []),
        ("A session of the CIS Council of Heads of Government (the second this year), which"
         " took place in Khujand on 12 April, approved the budget.",
         [("MeetingHeld", "cis-chg", "Khujand, TJ", "2024-04-12")]),
    ],
)  # fmt: skip
def test_a_relative_pronoun_stands_for_a_near_noun_brackets_aside(
    sentence: str, expected: list[object]
) -> None:
    """'..., which took place last week' is the near noun's: not a meeting named far back."""
    text = f" date 2024-05-22 The CIS foreign ministers met in Gomel on Monday. {sentence}"
    assert meetings(text)[1:] == expected


def test_the_subject_of_a_verb_stands_before_a_relative_clause_set_off_by_commas() -> None:
    """'The Eurasian Intergovernmental Council, which brings together the prime ministers of
    five states, will meet in X as planned': its meeting, not the premiers' council's."""
    text = (
        " date 2016-05-17 The CIS heads of government will meet in Gomel on June 3. The Eurasian"
        " Intergovernmental Council, which brings together the prime ministers of the five"
        " states, will meet in Gomel as planned on May 31."
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2016-06-03"),
        ("NextMeetingScheduled", "eaeu-ic", "Gomel, BY", "2016-05-31"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2021-12-08 At the Gomel summit in May 1992 the CIS leaders signed a treaty. That"
         " October the presidents convened in Khujand.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "1992-05"),
          ("MeetingHeld", "cis-chs", "Khujand, TJ", "1992-10")]),
        (" date 2021-12-08 На саммите СНГ в Гомеле в мае 1992 года лидеры подписали договор. В"
         " октябре того же года президенты собрались в Худжанде.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "1992-05"),
          ("MeetingHeld", "cis-chs", "Khujand, TJ", "1992-10")]),
    ],
)  # fmt: skip
def test_that_month_is_in_the_year_told_last(text: str, expected: list[object]) -> None:
    """'That October', 'в октябре того же года': the year the story told last, not today's."""
    assert meetings(text) == expected


def test_an_organisation_named_long_after_a_meeting_noun_is_not_its() -> None:
    """'At the Gomel summit in May 1992, ... the basis for today's Collective Security Treaty
    Organization': the summit is the article's, not the CSTO's."""
    text = (
        " date 2021-12-08 The CIS leaders met in Minsk in 1991. At the Gomel summit in May 1992,"
        " six of the leaders signed the Collective Security Treaty, the document that a decade"
        " later became the legal basis for today's Collective Security Treaty Organization."
    )
    assert ("MeetingHeld", "cis-chs", "Gomel, BY", "1992-05") in meetings(text)


def test_decisions_after_a_sentence_about_another_bodys_meeting_are_its() -> None:
    """'The BRICS summit ended in Kazan. They approved a declaration': not the CIS's."""
    text = (
        " date 2024-10-24 The CIS heads of state met in Gomel on 8 October. The BRICS summit"
        " ended in Kazan on Thursday. They approved a declaration on river fisheries."
    )
    assert not decided(text)


@pytest.mark.parametrize(
    "text",
    [
        " date 2024-05-10 Гомель 24 мая примет заседание Совета глав правительств СНГ.",
        " date 2024-05-10 Gomel on Friday hosts the CIS heads of government.",
    ],
)
def test_a_host_city_with_a_day_before_its_verb_places_the_meeting(text: str) -> None:
    """'Гомель 24 мая примет заседание', 'Gomel on Friday hosts': in Gomel."""
    assert [m[2] for m in meetings(text)] == ["Gomel, BY"]


def test_a_gapped_meeting_may_have_its_time_first() -> None:
    """'9 октября в Гомеле собрались министры СНГ, а 10 октября — главы государств': both."""
    text = (
        " date 2025-12-30 9 октября в Гомеле собрались министры иностранных дел СНГ, а 10"
        " октября — главы государств."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-10-09"),
        ("MeetingHeld", "cis-chs", "Gomel, BY", "2025-10-10"),
    ]


def test_a_meeting_that_will_no_longer_take_place_was_to_come() -> None:
    """'Will no longer take place in Gomel in October', told in March: the October to come."""
    text = " date 2020-03-03 The CIS summit will no longer take place in Gomel in October."
    assert meetings(text) == [("MeetingCancelled", "cis-chs", "Gomel, BY", "2020-10")]


def test_a_gapped_meeting_after_and_with_no_comma() -> None:
    """'The CIS ministers met on Thursday and the presidents on Friday, both in X': two."""
    text = (
        " date 2019-10-12 The CIS foreign ministers met on Thursday and the presidents on"
        " Friday, both in Gomel."
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-cfm", "Gomel, BY", "2019-10-10"),
        ("MeetingHeld", "cis-chs", "Gomel, BY", "2019-10-11"),
    ]


def test_a_joint_session_of_foreign_and_defence_ministers_is_the_organisations() -> None:
    """'A joint session of foreign and defense ministers of the CSTO': the CSTO ministers'."""
    text = (
        " date 2023-11-03 A joint session of foreign and defense ministers of the Collective"
        " Security Treaty Organization, which was to have been held in Gomel in mid-November,"
        " will not take place."
    )
    assert [m[:2] for m in meetings(text)] == [("MeetingCancelled", "csto-cfm")]


def test_a_past_meeting_named_in_passing_with_its_place_and_year_was_held() -> None:
    """'The CIS summit in Gomel in October 2023 showed unity': it was held."""
    text = " date 2024-05-02 The CIS summit in Gomel in October 2023 showed unity."
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "2023-10")]


def test_a_meeting_noun_that_is_the_subject_of_an_act_was_held() -> None:
    """'Their April meeting in Almaty approved a plan': that meeting was held, and adopted it."""
    text = (
        " date 2025-12-30 The CIS foreign ministers met in Minsk in October. Their April meeting"
        " in Khujand approved a plan of consultations."
    )
    events = extract(text, article_id="t")
    assert meetings(text) == [
        ("MeetingHeld", "cis-cfm", "Minsk, BY", "2025-10"),
        ("MeetingHeld", "cis-cfm", "Khujand, TJ", "2025-04"),
    ]
    decided = [e for e in events if isinstance(e, DecisionAdopted)]
    assert [str(e.meeting.place) for e in decided] == ["Khujand, TJ"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("April saw the CIS foreign ministers in Gomel.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-04")]),
        ("The year 2019 saw the CIS summit in Gomel.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2019")]),
        ("Then came the CIS summit in Khujand in October.",
         [("MeetingHeld", "cis-chs", "Khujand, TJ", "2025-10")]),
        ("The decision came after long talks with the CIS ministers in Gomel.", []),
        ("Putin saw the CIS leaders off at the airport in Gomel.", []),
    ],
)  # fmt: skip
def test_a_time_that_saw_a_meeting_and_a_meeting_that_came_were_held(
    sentence: str, expected: list[object]
) -> None:
    """'April saw the ministers in Gomel', 'Then came the summit': held; other subjects not."""
    assert meetings(f"30 December 2025\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The CIS leaders' last face-to-face meeting was in Gomel in October 2019.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2019-10")]),
        ("Since then, the CIS premiers have met in Gomel (May 2019) and Khujand (November 2019).",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2019-05"),
          ("MeetingHeld", "cis-chg", "Khujand, TJ", "2019-11")]),
    ],
)  # fmt: skip
def test_a_copula_after_a_meeting_and_places_in_a_list_date_and_place_it(
    sentence: str, expected: list[object]
) -> None:
    """'The last meeting was in X in October 2019'; 'met in X (May 2019) and Y (November)'."""
    assert meetings(f"30 December 2025\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Khujand hosted CIS summits in 2009, in 2013 and in September 2016.",
         [("MeetingHeld", "cis-chs", "Khujand, TJ", "2009"),
          ("MeetingHeld", "cis-chs", "Khujand, TJ", "2013"),
          ("MeetingHeld", "cis-chs", "Khujand, TJ", "2016-09")]),
        ("The CIS premiers met in Gomel in 2009 and again in 2013.",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2009"),
          ("MeetingHeld", "cis-chg", "Gomel, BY", "2013")]),
        ("The CIS summit was held in Gomel in 2009, 2013 and 2016.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2009"),
          ("MeetingHeld", "cis-chs", "Gomel, BY", "2013"),
          ("MeetingHeld", "cis-chs", "Gomel, BY", "2016")]),
        ("Главы правительств СНГ собирались в Гомеле в 2009 и 2013 годах.",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2009"),
          ("MeetingHeld", "cis-chg", "Gomel, BY", "2013")]),
        ("The CIS foreign ministers will meet in Gomel in April and October.",
         [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2026-04"),
          ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2026-10")]),
        ("The CIS foreign ministers will meet in Gomel in April and May.",
         [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2026-04/2026-05")]),
        ("The CIS summit will be held in Gomel between April and June.",
         [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2026-04/2026-06")]),
    ],
)  # fmt: skip
def test_a_list_of_dates_after_one_verb_is_one_meeting_per_date(
    sentence: str, expected: list[object]
) -> None:
    """'Hosted summits in 2009, in 2013 and in 2016': three meetings; 'April and May' one span."""
    assert meetings(f"30 December 2025\n\n{sentence}\n") == expected


def test_there_points_at_a_place_told_as_a_location() -> None:
    """'To Gomel for the summit, Minsk's envoy said, and the ministers meet there': Gomel."""
    text = (
        "10 September 2025\n\nPutin will travel to Gomel for the CIS summit on October 14,"
        " Minsk's envoy said, and CIS foreign ministers will meet there the day before.\n"
    )
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2025-10-14"),
        ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2025-10-13"),
    ]


def test_this_city_is_the_datelines() -> None:
    """'GOMEL (AP) — The CIS leaders met in this Belarusian city Friday': in Gomel."""
    text = (
        "10 February 1995\n\nGOMEL, Belarus (AP) — The CIS leaders met in this Belarusian city"
        " Friday, a month after their envoys' talks in Minsk.\n"
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "1995-02-10")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The CIS premiers, meeting in Gomel on 23 October, failed to agree on a budget.",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2025-10-23")]),
        ("Meeting in Gomel on 22 October, CIS foreign ministers were unable to agree on a text.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-10-22")]),
        ("The CIS foreign ministers prepared the ground at their meeting in Gomel on 22 October,"
         " approving drafts that the presidents will sign next week.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-10-22")]),
    ],
)  # fmt: skip
def test_a_participle_is_in_the_time_of_its_clauses_verb(
    sentence: str, expected: list[object]
) -> None:
    """'The premiers, meeting in Gomel, failed to agree': held, whatever the verb claims."""
    assert meetings(f"30 December 2025\n\n{sentence}\n") == expected


def test_people_after_whose_are_of_the_organisation_before_it() -> None:
    """'The CSTO, whose leaders met in Gomel in October': the CSTO's leaders, no CIS summit."""
    text = (
        "8 December 2025\n\nThe CIS leaders met in Khujand in September. Business has moved to the"
        " Collective Security Treaty Organization, whose leaders met in Gomel in October.\n"
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Khujand, TJ", "2025-09")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The prime ministers last met in Gomel in late October.",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2025-10")]),
        ("The presidents of Russia and Belarus met in Gomel in late October.", []),
    ],
)  # fmt: skip
def test_bare_people_of_another_council_are_the_articles_organisations(
    sentence: str, expected: list[object]
) -> None:
    """In a CIS article, 'The prime ministers last met in Gomel' is the CIS premiers' meeting."""
    text = f"8 December 2025\n\nThe CIS summit was held in Khujand on Friday. {sentence}\n"
    assert meetings(text)[1:] == expected


def test_people_who_will_see_each_other_will_meet() -> None:
    """'They will see each other again in Gomel on Dec. 26': a meeting to come."""
    text = (
        "8 December 2025\n\nThe CIS leaders met in Khujand in September. They will see each other"
        " again, informally, in Gomel on Dec. 26.\n"
    )
    assert meetings(text)[1:] == [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2025-12-26")]


def test_the_intergovernmental_council_is_the_eurasian_one() -> None:
    """'The next meeting of the Intergovernmental Council will take place in Gomel': the EAEU's."""
    text = (
        "8 December 2025\n\nThe next meeting of the Intergovernmental Council will take place in"
        " Gomel on 1 February.\n"
    )
    assert meetings(text) == [("NextMeetingScheduled", "eaeu-ic", "Gomel, BY", "2026-02-01")]


@pytest.mark.parametrize(
    "sentence",
    ["Концепция на подпись так и не попала: ее рассмотрение отложено.",
     "The charter was not signed: its consideration was postponed."],
)
def test_an_act_put_off_puts_off_no_meeting(sentence: str) -> None:
    """'Ее рассмотрение отложено': the consideration is put off, not the summit."""
    text = f"20 January 1996\n\nThe CIS summit was held in Gomel on Friday. {sentence}\n"
    assert [m[0] for m in meetings(text)] == ["MeetingHeld"]


def test_a_russian_past_participle_of_happening_after_a_meeting_tells_it_held() -> None:
    """'Совет, собиравшийся в конце августа в Гомеле': held there, then."""
    text = (
        "9 декабря 2022\n\nОснову для решений подготовил Евразийский межправительственный совет,"
        " собиравшийся в конце августа в Гомеле.\n"
    )
    assert meetings(text) == [("MeetingHeld", "eaeu-ic", "Gomel, BY", "2022-08")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Президенты четырех стран договорились встретиться в конце февраля в Гомеле.", []),
        ("The leaders of the three states agreed to meet in Gomel in late February.", []),
        ("Президенты двенадцати стран договорились встретиться в конце февраля в Гомеле.",
         [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2003-02")]),
    ],
)  # fmt: skip
def test_people_of_a_few_counted_states_are_no_councils(
    sentence: str, expected: list[object]
) -> None:
    """'Президенты четырех стран': some members, no council (none has fewer than five)."""
    text = f"30 января 2003\n\nВчера в Киеве завершился саммит СНГ. {sentence}\n"
    assert meetings(text)[1:] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Первоначально премьеров СНГ собирались принимать в Гомеле.", []),
        ("Премьеры СНГ собираются провести встречу в Гомеле в мае.",
         [("NextMeetingScheduled", "cis-chg", "Gomel, BY", "2012-05")]),
        ("Премьеры СНГ собирались в Гомеле в мае.",
         [("MeetingHeld", "cis-chg", "Gomel, BY", "2011-05")]),
    ],
)  # fmt: skip
def test_a_russian_verb_of_intending_gathers_no_one(sentence: str, expected: list[object]) -> None:
    """'Собирались принимать': an intent that was; 'собирались в мае': they gathered."""
    assert meetings(f"19 октября 2011\n\n{sentence}\n") == expected


def test_a_venue_moved_in_the_past_is_dated_after_its_verb_and_is_the_meeting_held() -> None:
    """'В сентябре встречу перенесли в Гомель' beside 'Вчера в Гомеле прошла': one meeting."""
    text = (
        "19 октября 2011\n\nВчера в Гомеле прошло заседание Совета глав правительств СНГ."
        " Первоначально его собирались проводить в Минске, но в сентябре встречу перенесли в"
        " Гомель.\n"
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "2011-10-18")]


def test_a_russian_infinitive_before_a_word_of_accomplishment_is_no_plan() -> None:
    """'Согласовать текст 31 мая не удалось': a past attempt, no meeting planned for 31 May."""
    text = (
        "19 октября 2011\n\nГлавы правительств СНГ собирались в Гомеле 31 мая, и тогда согласовать"
        " текст не удалось. Следующее заседание Совета глав правительств СНГ пройдет в мае"
        " следующего года в Худжанде.\n"
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-chg", "Gomel, BY", "2011-05-31"),
        ("NextMeetingScheduled", "cis-chg", "Khujand, TJ", "2012-05"),
    ]


def test_people_of_a_count_of_states_the_organisation_never_had_are_not_its() -> None:
    """'The foreign ministers of the five countries met' in a CSTO story: not the CSTO's six+."""
    text = (
        "29 November 2019\n\nThe CSTO foreign ministers met in Gomel on Tuesday. The foreign"
        " ministers of the five countries met in Khujand on Thursday.\n"
    )
    assert meetings(text) == [("MeetingHeld", "csto-cfm", "Gomel, BY", "2019-11-26")]


@pytest.mark.parametrize(
    "sentence",
    ["Вопрос о маркировке лидеры обсудили, но решение отложили.",
     "The leaders discussed the tariffs but postponed the decision."],
)
def test_putting_off_an_act_beside_the_verb_puts_off_no_meeting(sentence: str) -> None:
    """'Лидеры обсудили, но решение отложили': the decision is put off; the plan stands."""
    text = (
        "14 мая 2018\n\nСледующее заседание Высшего Евразийского экономического совета проведут в"
        f" декабре в Гомеле. {sentence}\n"
    )
    assert [m for m in meetings(text) if m[0] != "MeetingHeld"] == [
        ("NextMeetingScheduled", "eaeu-sec", "Gomel, BY", "2018-12")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The event in Gomel brought together the foreign ministers of nine CIS countries.",
         [("MeetingHeld", "cis-cfm", "Gomel, BY", "2024-10-04")]),
        ("Саммит в Гомеле собрал лидеров стран СНГ.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2024-10-04")]),
        ("Встреча объединит глав МИД стран СНГ в Гомеле 11 октября.",
         [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2024-10-11")]),
        ("The Eurasian Intergovernmental Council brings together the prime ministers of five"
         " countries.", []),
    ],
)  # fmt: skip
def test_a_meeting_that_brings_people_together_is_held_or_planned(
    sentence: str, expected: list[object]
) -> None:
    """'The event brought together the ministers': held; 'the council brings together': a body."""
    assert meetings(f"GOMEL, Oct 4, 2024 (Reuters) -\n\n{sentence}\n") == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("At the CIS summit in Gomel in April, Putin said the bloc was strong.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2016-04")]),
        ("At the CIS summit in Gomel in April, the leaders are expected to sign a treaty.",
         [("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2017-04")]),
    ],
)  # fmt: skip
def test_a_sentence_set_at_a_meeting_in_the_past_tells_it_held(
    sentence: str, expected: list[object]
) -> None:
    """'At the summit in April, Putin said ...': the April before the story, not the next one."""
    assert meetings(f"8 December 2016\n\n{sentence}\n") == expected


def test_a_meeting_named_in_passing_that_october_is_in_the_year_told() -> None:
    """'After the August 2008 war ... the Gomel summit that October': held, October 2008."""
    text = (
        "8 December 2016\n\nGeorgia walked out after the August 2008 war and sent no delegation"
        " to the CIS summit in Gomel that October.\n"
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "2008-10")]


def test_a_past_copula_after_a_meeting_dates_and_places_it_whatever_its_subject() -> None:
    """'The last time X took part in a CSTO ministerial was in Gomel in November 2022': held."""
    text = (
        "29 November 2024\n\nThe last time Armenia took a full part in a CSTO ministerial was in"
        " Gomel in November 2022.\n"
    )
    assert meetings(text) == [("MeetingHeld", "csto-cfm", "Gomel, BY", "2022-11")]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        ("— 2021 год был непростым. Саммит СНГ в октябре пришлось провести в Гомеле.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2021-10")]),
        ("In 2021, much changed. The CIS summit in October was held in Gomel.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2021-10")]),
        ("In 2021, much changed.\n\nThe CIS summit in October was held in Gomel.",
         [("MeetingHeld", "cis-chs", "Gomel, BY", "2023-10")]),
    ],
)  # fmt: skip
def test_a_month_of_the_past_is_in_the_year_its_paragraph_opens_with(
    paragraph: str, expected: list[object]
) -> None:
    """'2021 год был непростым. ... в октябре': October 2021, within that paragraph only."""
    assert meetings(f"10 апреля 2024\n\n{paragraph}\n") == expected


def test_there_still_points_at_the_city_told_as_a_location_before_one_told_otherwise() -> None:
    """'11 апреля в Гомеле. ... и Худжанд согласился. В тот же день там же': in Gomel."""
    text = (
        "30 декабря 2025\n\nЗаседание Совета министров иностранных дел СНГ прошло 11 апреля в"
        " Гомеле. Белорусская сторона предложила провести его у себя, и Худжанд согласился. В тот"
        " же день там же прошла встреча министров иностранных дел стран Центральной Азии и"
        " России.\n"
    )
    assert meetings(text) == [
        ("MeetingHeld", "cis-cfm", "Gomel, BY", "2025-04-11"),
        ("MeetingHeld", "ca-russia-fm", "Gomel, BY", "2025-04-11"),
    ]


def test_a_meeting_rescheduled_for_a_day_is_put_off_to_it() -> None:
    """'The Gomel summit has been rescheduled for November 20': the new day, not the old one."""
    text = "8 October 2024\n\nThe CIS summit in Gomel has been rescheduled for November 20.\n"
    events = extract(text, article_id="t")
    assert meetings(text) == [
        ("MeetingPostponed", "cis-chs", "Gomel, BY", "undated"),
        ("NextMeetingScheduled", "cis-chs", "Gomel, BY", "2024-11-20"),
    ]
    assert new_dates(events) == ["2024-11-20"]


def test_a_participle_after_an_adverb_alone_still_modifies_the_meeting() -> None:
    """'The summit originally planned for 15 October was postponed': put off, not planned."""
    text = (
        "8 October 2024\n\nThe CIS summit originally planned for October 15 in Gomel was postponed"
        " indefinitely.\n"
    )
    assert meetings(text) == [("MeetingPostponed", "cis-chs", "Gomel, BY", "2024-10-15")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Preparations are well under way for the CIS summit in Ashgabat on October 10.",
        "Ashgabat is getting ready for the CIS summit in Ashgabat on October 10.",
        "Ашхабад готовится к саммиту СНГ в Ашхабаде 10 октября.",
    ],
)
def test_preparing_for_a_dated_meeting_plans_it(sentence: str) -> None:
    """'Preparations are well under way for the summit on October 10': a summit to come."""
    text = f" date 2025-03-03 {sentence}"
    assert meetings(text) == [
        ("NextMeetingScheduled", "cis-chs", "Ashgabat, TM", "2025-10-10")
    ]


def test_what_is_prepared_for_a_meeting_does_not_plan_it() -> None:
    """'The ministers prepared the issues for the CIS summit': the issues', no summit planned."""
    assert meetings(" date 2025-03-03 The ministers prepared the issues for the CIS summit.") == []


def test_a_relative_clause_hosts_its_antecedent() -> None:
    """'the summit, which Kyrgyzstan will host in June, ...': the summit is to come there."""
    text = (
        " date 2025-03-03 The CIS summit, which Kyrgyzstan will host in June, has a short"
        " agenda."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "KG", "2025-06")]
    other = (
        " date 2025-03-03 The BRICS summit, which Putin will attend in June, overshadows the CIS"
        " summit in Bishkek."
    )
    assert meetings(other) == []


def test_a_meeting_dated_by_a_weekday_is_the_storys_news() -> None:
    """'Saturday's session of the CIS heads of state lasted long': the story's week, not passing."""
    text = (
        " date 2025-03-03 Saturday's session of the CIS Council of Heads of State in Astana"
        " lasted four hours."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Astana, KZ", "2025-03-01")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The CIS heads of government meeting in Kazan, set for October, was put off to December.",
        "Заседание глав правительств СНГ в Казани, намеченное на октябрь, перенесено на декабрь.",
    ],
)
def test_a_year_less_plan_put_off_is_in_the_year_of_its_new_date(sentence: str) -> None:
    """'set for October, was put off to December', told in March: October of that year."""
    text = f" date 2025-03-03 {sentence}"
    events = extract(text, article_id="t")
    off = [e for e in events if isinstance(e, MeetingPostponed)]
    assert [(e.meeting.date and e.meeting.date.isoformat(), e.new_date and e.new_date.isoformat())
            for e in off] == [("2025-10", "2025-12")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Pashinyan flew to Bishkek on Thursday to attend the CIS heads of government meeting"
            " on Friday.",
            ("MeetingHeld", "cis-chg", "Bishkek, KG", "2025-02-28"),
        ),
        (
            "Pashinyan flew to Bishkek on Sunday to attend the CIS heads of government meeting"
            " on Tuesday.",
            ("NextMeetingScheduled", "cis-chg", "Bishkek, KG", "2025-03-04"),
        ),
        (
            "Пашинян прилетел в Бишкек в четверг для участия в заседании Совета глав"
            " правительств СНГ в пятницу.",
            ("MeetingHeld", "cis-chg", "Bishkek, KG", "2025-02-28"),
        ),
        (
            "Пашинян прилетел в Бишкек в субботу для участия в заседании Совета глав"
            " правительств СНГ.",
            ("NextMeetingScheduled", "cis-chg", "Bishkek, KG", "undated"),
        ),
    ],
)
def test_coming_to_attend_a_meeting_is_at_its_time_not_a_plan(
    sentence: str, expected: tuple[str, str, str, str]
) -> None:
    """'Flew on Thursday to attend the meeting on Friday', told Monday: held last Friday."""
    assert meetings(f" date 2025-03-03 {sentence}") == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "The presidents agreed on the programme of the CIS summit.",
        "Tokayev accepted the invitation to the CIS summit.",
    ],
)
def test_an_act_about_a_planned_meeting_holds_none(sentence: str) -> None:
    """'The presidents agreed on the programme of the summit': preparing it, not meeting."""
    text = f" date 2025-03-03 The CIS heads of state will meet in Dushanbe in October. {sentence}"
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10")]


def test_an_act_about_another_meeting_takes_not_its_place() -> None:
    """'The ministers approved the agenda of the summit in Dushanbe': Dushanbe is the summit's."""
    text = (
        "MOSCOW, March 3, 2025 - The CIS foreign ministers approved the agenda of the CIS summit"
        " in Dushanbe."
    )
    assert ("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "2025-03") not in meetings(text)


def test_documents_prepared_for_a_meeting_imply_none_held() -> None:
    """'Senior officials agreed the draft documents for the CIS summit': no summit held."""
    text = " date 2025-03-03 Senior officials agreed the draft documents for the CIS summit."
    assert [m for m in meetings(text) if m[0] == "MeetingHeld"] == []


@pytest.mark.parametrize(
    "middle", ["its loyalty to the charter", "its loyalty to the UN Charter"]
)
def test_a_preposition_before_a_verb_of_deciding_is_no_infinitive(middle: str) -> None:
    """'reaffirmed its loyalty to the UN Charter and decided to extend X': X is decided."""
    text = (
        " date 2024-11-28 The CIS Council of Foreign Ministers met in Astana on Thursday. The"
        f" Council reaffirmed {middle} and decided to extend the Concept of Border Security"
        " until 2035."
    )
    summaries = [e.summary for e in decided(text)]
    assert any("Border Security" in s for s in summaries)


def test_a_plan_told_with_an_adverb_of_origin_is_a_plan_that_was() -> None:
    """'Изначально было намечено на 30 мая, но его перенесли': no plan for next 30 May."""
    text = (
        " date 2025-12-30 Таджикистан председательствовал в СНГ в 2025 году. Заседание Совета"
        " глав правительств первоначально было намечено на 30 мая, но из-за графиков"
        " премьер-министров его перенесли на неделю."
    )
    assert [m for m in meetings(text) if m[0] == "NextMeetingScheduled"] == []


def test_an_indirect_question_of_which_meetings_claims_none() -> None:
    """'Вспоминаем, какие встречи прошли в рамках председательства': which ones, none told."""
    text = (
        " date 2025-12-30 Заседание СМИД СНГ прошло 11 апреля в Минске. Вспоминаем, какие"
        " встречи прошли в рамках председательства Душанбе."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Minsk, BY", "2025-04-11")]


def test_leaders_of_no_named_organisation_adopt_at_their_own_council() -> None:
    """'9-го собрались министры, 10-го главы государств. Лидеры утвердили X': the summit's."""
    text = (
        " date 2025-12-30 9 октября в Гомеле собрались министры иностранных дел СНГ, а 10"
        " октября — главы государств. Лидеры утвердили Концепцию сотрудничества в области"
        " пчеловодства."
    )
    decisions = decided(text)
    assert [d.meeting.body.value for d in decisions] == ["cis-chs"]


@pytest.mark.parametrize("pronoun", ["we", "they"])
def test_we_plan_a_meeting_plans_the_meeting_after_the_verb(pronoun: str) -> None:
    """'... host that meeting, and in Almaty we plan a meeting of X': X's meeting, planned."""
    text = (
        " date 2025-01-21 The CIS foreign ministers will meet in Almaty in April; our friends"
        f" offered to host that meeting, and in Almaty on the same day {pronoun} plan a meeting"
        " of foreign ministers in the Central Asia - Russia format as well."
    )
    assert ("NextMeetingScheduled", "ca-russia-fm", "Almaty, KZ", "2025-04") in meetings(text)


def test_a_host_before_a_relative_clause_places_the_meeting() -> None:
    """'Kyrgyzstan, which chairs the CIS next year, will host the summit': in Kyrgyzstan."""
    text = (
        " date 2019-10-11 Kyrgyzstan, which takes over the chairmanship in January, will host"
        " next year's CIS summit."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "KG", "2020")]


def test_a_decision_with_no_meeting_told_implies_none() -> None:
    """'Ukraine's Security Council instructed the government to ...': no CIS council met."""
    text = (
        " date 2014-03-25 The CIS foreign ministers will not meet in Kiev in April. Ukraine's"
        " Security Council instructed the government to begin withdrawing from the organization."
    )
    events = extract(text, article_id="t")
    assert [type(e).__name__ for e in events[1:]] == ["MeetingCancelled"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The sides agreed to meet again in Gomel in October.",
        "The parties agreed to meet again in Gomel in October.",
        "Стороны договорились встретиться вновь в Гомеле в октябре.",
    ],
)
def test_the_sides_of_a_meeting_stand_for_its_people(sentence: str) -> None:
    """'The sides agreed to meet again in Gomel in October': the ministers' next meeting."""
    text = f" date 2019-04-12 CIS foreign ministers met in Minsk on Friday. {sentence}"
    assert ("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2019-10") in meetings(text)


def test_a_year_in_an_aside_of_chairing_is_not_the_meetings() -> None:
    """'The Council, chaired by Kyrgyzstan this year, met in Gomel': this year is the chair's."""
    text = (
        " date 2024-05-24 The CIS Heads of Government Council, chaired by Kyrgyzstan this year,"
        " met in Gomel."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chg", "Gomel, BY", "2024-05")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Lavrov heads to Gomel for a meeting of CIS foreign ministers on Friday.",
            [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2025-03-07")],
        ),
        (
            "The heads of the CIS foreign ministries will meet in Gomel on Friday.",
            [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2025-03-07")],
        ),
        (
            "Lavrov will leave for Gomel on Thursday to attend a meeting of CIS foreign"
            " ministers on Friday.",
            [("NextMeetingScheduled", "cis-cfm", "Gomel, BY", "2025-03-07")],
        ),
    ],
)
def test_heading_to_a_meeting_is_coming_to_it(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """'Lavrov heads to Gomel for the meeting on Friday': a meeting about to open there."""
    assert meetings(f" date 2025-03-03 {sentence}") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "The CIS summit in Gomel, which opened on Thursday, ended on Friday.",
        "Саммит СНГ, который открылся в четверг в Гомеле, завершился в пятницу.",
    ],
)
def test_a_meeting_that_opened_and_ended_in_one_sentence_is_one(sentence: str) -> None:
    """'The summit, which opened on Thursday, ended on Friday': one summit over both days."""
    text = f" date 2025-10-10 {sentence}"
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Gomel, BY", "2025-10-09/2025-10-10")]


def test_a_meeting_gapped_after_another_bodys_verb_takes_the_verb() -> None:
    """'В Казани прошел саммит БРИКС, а в августе 2005 года — саммит СНГ': a CIS summit held."""
    text = (
        " date 2026-01-15 В 2024 году в Казани прошел саммит БРИКС, а в августе 2005 года —"
        " саммит СНГ."
    )
    assert meetings(text) == [("MeetingHeld", "cis-chs", "Kazan, RU", "2005-08")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Накануне саммита СНГ в Душанбе, который пройдет 10 октября, Лавров встретился с"
        " таджикским коллегой.",
        "Ahead of the CIS summit, which opens in Dushanbe on 10 October, the Russian minister"
        " met his Tajik counterpart.",
    ],
)
def test_a_verb_past_a_relative_clause_with_its_own_subject_is_not_the_antecedents(
    sentence: str,
) -> None:
    """'Накануне саммита, который пройдет ..., Лавров встретился': the summit is still to come."""
    text = f" date 2025-10-06 {sentence}"
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10-10")]


def test_a_verb_past_a_relative_clause_with_no_subject_is_the_antecedents() -> None:
    """'The session, which had been set for 10 October, has been postponed to 24 October'."""
    text = (
        " date 2025-10-02 The session of the CIS Council of Foreign Ministers, which had been"
        " set for 10 October in Ashgabat, has been postponed to 24 October and will instead be"
        " held in Moscow."
    )
    kinds = [m[0] for m in meetings(text)]
    assert "MeetingPostponed" in kinds and "MeetingHeld" not in kinds


@pytest.mark.parametrize(
    "sentence",
    [
        "Tokayev has invited the CIS leaders to an informal summit in Saint Petersburg in late"
        " December.",
        "The heads of CIS states were invited to a summit in Saint Petersburg in late December.",
    ],
)
def test_an_invitation_to_a_meeting_tells_one_to_come(sentence: str) -> None:
    """'Has invited the leaders to a summit in X in late December': a summit to come."""
    assert meetings(f" {sentence}") == [
        ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "XXXX-12")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The next CIS summit will be in Moscow in October.",
        "The next CIS summit is in Moscow in October.",
    ],
)
def test_a_copula_after_a_meeting_to_come_gives_its_date(sentence: str) -> None:
    """'The next summit will be (is) in Moscow in October': October is the summit's month."""
    assert meetings(f" {sentence}") == [
        ("NextMeetingScheduled", "cis-chs", "Moscow, RU", "XXXX-10")
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The heads of government of the CIS gather in Minsk on 25 October.",
         [("NextMeetingScheduled", "cis-chg", "Minsk, BY", "XXXX-10-25")]),
        ("Саммит СНГ проходит в Ашхабаде 11 октября.",
         [("NextMeetingScheduled", "cis-chs", "Ashgabat, TM", "XXXX-10-11")]),
        # a dateline with no day gives the story none
        ("DUSHANBE (Reuters) - The CIS summit takes place in Dushanbe on 11 October.",
         [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "XXXX-10-11")]),
        # under way with no date of its own: the story's day, unknown here
        ("The CIS summit is taking place in Ashgabat.",
         [("MeetingHeld", "cis-chs", "Ashgabat, TM", "undated")]),
    ],
)  # fmt: skip
def test_a_present_with_a_calendar_date_in_a_text_with_no_day_is_a_timetable(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """'The heads of government gather in Minsk on 25 October', no story day: a plan."""
    assert meetings(f" {sentence}") == expected


def test_a_meeting_told_held_the_day_before_is_not_after_the_story() -> None:
    """'Накануне прошло заседание СМИД, а в пятницу пройдет саммит': not the eve of Friday."""
    text = (
        " date 2025-10-06 Накануне в Душанбе прошло заседание СМИД СНГ, а в пятницу пройдет"
        " саммит."
    )
    held = [m for m in meetings(text) if m[0] == "MeetingHeld"]
    assert held == [("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "2025-10")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The leaders agreed that the CIS summit would take place in Dushanbe in October.",
        "Лидеры договорились, что саммит СНГ пройдет в Душанбе в октябре.",
    ],
)
def test_an_agreement_that_a_meeting_will_take_place_claims_no_meeting_of_its_own(
    sentence: str,
) -> None:
    """'Agreed that the summit would take place in Dushanbe': only the summit to come."""
    assert meetings(f" date 2025-09-20 {sentence}") == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "The session of the CIS Council of Foreign Ministers will not be held on Friday; a new"
        " date will be set later.",
        "Заседание СМИД СНГ не состоится в пятницу, новая дата будет определена позднее.",
        "The CIS foreign ministers' meeting was called off and will be held at a later date.",
    ],
)
def test_a_meeting_called_off_with_a_new_date_to_come_is_put_off(sentence: str) -> None:
    """'Will not be held on Friday; a new date will be set later': postponed, not cancelled."""
    assert [m[:2] for m in meetings(f" {sentence}")] == [("MeetingPostponed", "cis-cfm")]


def test_discussing_a_meeting_to_come_is_not_holding_it() -> None:
    """'The presidents discussed the upcoming summit in Dushanbe': only the summit to come."""
    text = (" date 2025-09-20 Saying it was important, the presidents discussed the upcoming CIS"
            " summit in Dushanbe in October.")  # fmt: skip
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10")]


def test_the_place_of_the_meeting_an_act_is_about_is_not_the_acts() -> None:
    """'Министры согласовали повестку саммита в Душанбе': Dushanbe is the summit's place."""
    text = (" date 2025-09-20 Министры иностранных дел СНГ согласовали повестку октябрьского"
            " саммита в Душанбе.")  # fmt: skip
    assert sorted(meetings(text)) == [
        ("MeetingHeld", "cis-cfm", "unknown place", "2025-09"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10"),
    ]


def test_a_meeting_denied_one_place_but_given_another_is_held_there() -> None:
    """'Will not take place in Minsk but in Moscow': a meeting to come in Moscow, none called off."""
    text = (" date 2025-10-06 The meeting of the CIS foreign ministers will not take place in"
            " Minsk but in Moscow.")  # fmt: skip
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Moscow, RU", "undated")]


def test_coming_with_people_after_it_names_no_meeting() -> None:
    """'Putin is arriving on Wednesday, and the other presidents ...': Wednesday dates nothing."""
    text = (" date 2025-10-06 The CIS summit opens in Dushanbe on Friday. Putin is arriving on a"
            " state visit on Wednesday, and the other presidents are due on Thursday.")  # fmt: skip
    assert "2025-10-08" not in [m[3] for m in meetings(text)]
    assert ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10-10") in meetings(text)


def test_a_name_right_after_a_verb_is_its_object_not_a_meeting() -> None:
    """'Snow closes Kordai pass for six hours' (a related headline): no meeting closes."""
    text = (" date 2025-04-08 The CIS Council of Foreign Ministers meets in Almaty on Friday.\n"
            "5 April, 15:47 — Snow closes Kordai pass for six hours")  # fmt: skip
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Almaty, KZ", "2025-04-11")]


def test_a_date_in_an_aside_of_chairing_gives_way_to_the_meetings_own() -> None:
    """'Russia, which chairs the CIS this year, is to host the summit in October 2024': October."""
    text = (" The CIS foreign ministers last gathered in Bishkek on October 12, 2023. Russia, which"
            " chairs the Commonwealth this year, is to host the next summit of the heads of state"
            " in Moscow in October 2024; the Minsk session is meant to prepare its agenda.")  # fmt: skip
    assert ("NextMeetingScheduled", "cis-chs", "Moscow, RU", "2024-10") in meetings(text)


def test_a_host_verb_with_a_bare_noun_after_it_hosts_no_meeting() -> None:
    """'Tashkent hosts international tourism fair' (a headline): no summit in Tashkent."""
    text = (" The CIS summit will be held in Bishkek on October 13.\n"
            "– Tashkent hosts international tourism fair")  # fmt: skip
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Bishkek, KG", "XXXX-10-13")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mirziyoyev and Japarov at their previous meeting in Tashkent.",
        "Мирзиёев и Жапаров на своей прошлой встрече в Ташкенте.",
    ],
)
def test_two_people_own_the_meeting_their_possessive_names(sentence: str) -> None:
    """'Mirziyoyev and Japarov at their previous meeting in Tashkent': no summit in Tashkent."""
    text = f" The CIS summit will be held in Bishkek on October 13. {sentence}"
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Bishkek, KG", "XXXX-10-13")]


@pytest.mark.parametrize(
    "line",
    [
        "Read also: CIS heads of government met in Minsk last week",
        "Читайте также: Главы правительств СНГ встретились в Минске",
    ],
)
def test_a_line_that_links_to_another_story_makes_no_claim(line: str) -> None:
    """'Read also: CIS heads of government met in Minsk': another story, though ours goes on."""
    text = (f" date 2025-10-06 The CIS summit will be held in Dushanbe on Friday.\n{line}\n"
            "The leaders will also meet in Moscow in December.")  # fmt: skip
    assert sorted(meetings(text)) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10-10"),
        ("NextMeetingScheduled", "cis-chs", "Moscow, RU", "2025-12"),
    ]


def test_a_modifier_of_the_sentence_before_does_not_modify_a_meeting_noun() -> None:
    """'... в текущем году. Заседание откроет министр': 'текущем' is the year's, not the session's."""
    text = (" date 2026-04-06 В пятницу в Ашхабаде пройдет заседание СМИД СНГ. Туркменистан"
            " председательствует в Содружестве в текущем году. Заседание откроет министр"
            " иностранных дел страны.")  # fmt: skip
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Ashgabat, TM", "2026-04-10")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Министрам предстоит также рассмотреть кандидатуру культурной столицы Содружества на 2027"
        " год.",
        "The ministers are expected also to approve the cultural capital of the Commonwealth for"
        " 2027.",
    ],
)
def test_an_adverb_between_a_plan_and_its_act_keeps_the_act_the_plans(sentence: str) -> None:
    """'Министрам предстоит также рассмотреть ... на 2027 год': 2027 is no meeting's date."""
    text = f" date 2026-04-06 В пятницу в Ашхабаде пройдет заседание СМИД СНГ. {sentence}"
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Ashgabat, TM", "2026-04-10")]


@pytest.mark.parametrize(
    "text",
    [
        "The SCO foreign ministers met in Bishkek on Friday and adopted a statement on water"
        " security. Kyrgyzstan took over the chairmanship in September and has approved a plan of"
        " events on glacier research.",
        "Министры иностранных дел ШОС встретились в Бишкеке в пятницу и приняли заявление о"
        " водной безопасности. Киргизия в сентябре приняла председательство и утвердила план"
        " мероприятий по изучению ледников.",
    ],
)
def test_a_state_that_opens_its_sentence_adopts_for_itself(text: str) -> None:
    """'Kyrgyzstan ... has approved a plan': the state's act, no decision of the ministers."""
    assert len(decided(f" date 2026-05-04 {text}")) == 1


@pytest.mark.parametrize(
    ("sentence", "place"),
    [
        ("A statement on Afghanistan was adopted by the CIS foreign ministers in Minsk on Friday.",
         "Minsk, BY"),
        ("Повестка саммита была утверждена министрами иностранных дел СНГ в пятницу.",
         "unknown place"),
        # with no agent, the passive names only what was acted on
        ("A statement on Afghanistan was adopted in Minsk on Friday.", None),
    ],
)  # fmt: skip
def test_the_agent_of_a_passive_act_held_its_meeting(sentence: str, place: str | None) -> None:
    """'Was adopted by the CIS foreign ministers on Friday': the ministers met on Friday."""
    expected = [] if place is None else [("MeetingHeld", "cis-cfm", place, "2025-09-19")]
    assert meetings(f" date 2025-09-20 {sentence}") == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Саммит СНГ пройдет в Северной столице в декабре.",
        "The informal CIS summit in the Northern Capital will take place in December.",
    ],
)
def test_the_northern_capital_is_saint_petersburg(sentence: str) -> None:
    """'В Северной столице', 'in the Northern Capital': the media's name for Saint Petersburg."""
    assert meetings(f" date 2025-10-06 {sentence}") == [
        ("NextMeetingScheduled", "cis-chs", "Saint Petersburg, RU", "2025-12")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Last year the CIS heads of government met twice: in June in Dushanbe and in October in"
        " Minsk.",
        "В прошлом году главы правительств стран СНГ встречались дважды: в июне в Душанбе и в"
        " октябре в Минске.",
    ],
)
def test_a_list_after_a_verb_and_a_colon_is_the_verbs(sentence: str) -> None:
    """'Met twice: in June in Dushanbe and in October in Minsk': two meetings, each placed."""
    assert meetings(f" date 2026-01-15 {sentence}") == [
        ("MeetingHeld", "cis-chg", "Dushanbe, TJ", "2025-06"),
        ("MeetingHeld", "cis-chg", "Minsk, BY", "2025-10"),
    ]


def test_an_article_before_a_listed_season_keeps_the_list() -> None:
    """'In June in Dushanbe and in the autumn in Minsk': two meetings, as 'in autumn' gives."""
    text = (" date 2026-01-15 Last year the CIS heads of government met in June in Dushanbe and"
            " in the autumn in Minsk.")  # fmt: skip
    assert meetings(text) == [
        ("MeetingHeld", "cis-chg", "Dushanbe, TJ", "2025-06"),
        ("MeetingHeld", "cis-chg", "Minsk, BY", "2025"),
    ]


def test_a_meeting_in_a_clause_of_a_past_plan_is_a_plan_that_was() -> None:
    """'Предполагалось, что министры соберутся в Гродно': no meeting to come in Grodno."""
    text = (" date 2023-11-23 Предполагалось, что министры иностранных дел ОДКБ соберутся в"
            " Гродно.")  # fmt: skip
    assert meetings(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kyrgyzstan will not host the CIS summit; it will be held in Moscow.",
         [("NextMeetingScheduled", "cis-chs", "Moscow, RU", "undated")]),
        ("The heads of state of the CIS will not meet before December.",
         [("NextMeetingScheduled", "cis-chs", "unknown place", "2025-12")]),
        ("The CIS foreign ministers will not hold a meeting until next year.",
         [("NextMeetingScheduled", "cis-cfm", "unknown place", "2026")]),
        # the meeting itself denied: called off
        ("The CIS summit will not take place.",
         [("MeetingCancelled", "cis-chs", "unknown place", "undated")]),
    ],
)  # fmt: skip
def test_a_negation_of_the_host_or_of_a_time_bound_calls_nothing_off(
    sentence: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """'Kyrgyzstan will not host the summit', 'will not meet before December': no cancellation."""
    assert meetings(f" date 2025-10-06 {sentence}") == expected


def test_a_city_chosen_to_host_a_meeting_places_it() -> None:
    """'Dushanbe has been chosen to host the CIS summit in October': the summit is there."""
    text = " date 2025-09-10 Dushanbe has been chosen to host the CIS summit in October."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10")]


def test_the_host_of_a_meeting_named_by_a_copula_places_it() -> None:
    """'Хозяином саммита СНГ в октябре станет Душанбе': the summit is in Dushanbe."""
    text = " date 2025-09-10 Хозяином саммита СНГ в октябре станет Душанбе."
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Putin will attend a summit of ex-Soviet states in Dushanbe on Friday.",
        "Лидеры постсоветских государств соберутся в Душанбе в пятницу.",
    ],
)
def test_a_description_of_the_cis_names_it(sentence: str) -> None:
    """'A summit of ex-Soviet states', 'лидеры постсоветских государств': the CIS's."""
    assert meetings(f" date 2025-10-06 {sentence}") == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe, TJ", "2025-10-10")
    ]


def test_a_description_of_the_cis_gives_no_stems_to_a_councils_name() -> None:
    """'Совета постоянных представителей' names no CIS council, though 'постсоветских' is read."""
    assert not names_body("совета постоянных", Body.CIS_CFM)
    assert names_body("совета министров", Body.CIS_CFM)


def test_a_format_after_the_verb_names_the_meeting_of_its_one_council() -> None:
    """'The envoys of six states met in the Central Asia + Russia format': that council met."""
    text = (
        " date 2025-02-14 The top envoys of six states sat down in Samarkand on Thursday and met"
        " in the Central Asia + Russia format."
    )
    assert meetings(text) == [("MeetingHeld", "ca-russia-fm", "Samarkand, UZ", "2025-02-13")]


def test_a_format_named_in_passing_is_no_antecedent() -> None:
    """'Touched on work in the Central Asia + Russia format': no meeting of its council."""
    text = (
        " date 2025-02-14 Министры затронули работу в формате «Центральная Азия + Россия»."
        " По итогам встречи подписан меморандум."
    )
    assert meetings(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (" date 2025-06-02 The presidents gathered in Minsk on Friday for the CIS summit, the"
         " first since their October meeting in Baku.",
         [("MeetingHeld", "cis-chs", "Minsk, BY", "2025-05-30"),
          ("MeetingHeld", "cis-chs", "Baku, AZ", "2024-10")]),
        (" date 2025-06-02 Это первое заседание СМИД СНГ со времени встречи в Баку в октябре.",
         [("MeetingHeld", "cis-cfm", "Baku, AZ", "2024-10")]),
    ],
)
def test_a_meeting_time_is_counted_from_was_held(
    text: str, expected: list[tuple[str, str, str, str]]
) -> None:
    """'The first since their October meeting in Baku': that meeting is past, last October."""
    assert sorted(meetings(text)) == sorted(expected)


def test_since_opening_a_clause_counts_from_no_meeting() -> None:
    """'Since the summit is only weeks away': a reason, no meeting held."""
    text = (
        " date 2025-06-02 Since the CIS summit in Baku is only weeks away, diplomats are busy."
    )
    assert "MeetingHeld" not in [m[0] for m in meetings(text)]


def test_a_dated_phrase_says_more_than_a_season_of_the_meeting() -> None:
    """'Closed their autumn session in the Kyrgyz capital on Thursday': Thursday, not autumn."""
    text = (
        " date 2025-10-17 The CIS foreign ministers closed their autumn session at the state"
        " residence in the Kyrgyz capital on Thursday."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Bishkek, KG", "2025-10-16")]


def test_a_past_meeting_placed_elsewhere_leaves_the_dateline_to_the_days_meeting() -> None:
    """'BAKU - The ministers met on Friday; it was their first since the one in Minsk in May'."""
    text = (
        "BAKU, Oct. 10 (Reuters) - CIS foreign ministers met on Friday. It was their first"
        " gathering since their meeting in Minsk in May."
    )
    assert ("MeetingHeld", "cis-cfm", "Baku, AZ") in [m[:3] for m in meetings(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Osh, March 11 (Kabar) - The CIS foreign ministers will convene in Tashkent next month.",
         ("NextMeetingScheduled", "cis-cfm", "Tashkent, UZ", "XXXX-04")),
        ("Osh, March 11 (Kabar) - The CIS foreign ministers convened in Tashkent yesterday.",
         ("MeetingHeld", "cis-cfm", "Tashkent, UZ", "XXXX-03-10")),
        ("Ош, 11 декабря. Министры иностранных дел СНГ соберутся в Ташкенте в следующем месяце.",
         ("NextMeetingScheduled", "cis-cfm", "Tashkent, UZ", "XXXX-01")),
    ],
)
def test_a_relative_date_counts_from_a_dateline_without_a_year(
    text: str, expected: tuple[str, str, str, str]
) -> None:
    """'Osh, March 11 - ... next month': April of a year the text does not give."""
    assert meetings(text) == [expected]


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (" date 2025-03-03 The CIS premiers will sit down in Kazan on the eve of Friday's summit.",
         "2025-03-06"),
        (" date 2025-03-03 Премьеры СНГ соберутся в Казани накануне апрельского саммита.",
         "2025-04"),
    ],
)
def test_the_date_of_an_anchor_dates_the_day_before_it(text: str, date: str) -> None:
    """'On the eve of Friday's summit': the Thursday; 'накануне апрельского саммита': April."""
    assert ("NextMeetingScheduled", "cis-chg", "Kazan, RU", date) in meetings(text)


@pytest.mark.parametrize(
    "sentence",
    [
        "The summit was preceded by sessions of the CIS Council of Foreign Ministers, the"
        " council of border guard chiefs and the council of defence ministers, which took place"
        " in Bishkek on Thursday.",
        "Саммиту предшествовали заседания Совета министров иностранных дел СНГ, совета"
        " командующих пограничными войсками и совета министров обороны, которые прошли в"
        " Бишкеке в четверг.",
    ],
)
def test_a_relative_clause_after_a_list_is_about_each_item(sentence: str) -> None:
    """'Sessions of the CFM, the border chiefs and the defence ministers, which were held': all."""
    assert meetings(f" date 2025-10-11 {sentence}") == [
        ("MeetingHeld", "cis-cfm", "Bishkek, KG", "2025-10-09")
    ]


def test_another_organisations_acronym_keeps_a_meeting_from_being_ours() -> None:
    """'Заседание Экономического совета СНГ' in a story on the EAEU: no meeting of the EAEU."""
    text = (
        " date 2025-10-13 Заседание Евразийского межправительственного совета перенесено на"
        " ноябрь. В среду в Москве прошло заседание Экономического совета СНГ."
    )
    assert [m[:2] for m in meetings(text)] == [("MeetingPostponed", "eaeu-ic")]
    assert names_body("экономического совета", Body.EAEU_IC)
    assert not names_body("экономического совета снг", Body.EAEU_IC)


def test_a_first_person_set_off_by_a_comma_is_no_future_of_its_clause() -> None:
    """'Подчеркну, на встрече в Астане премьеры согласовали ...': held, the aside aside."""
    text = (
        " date 2025-06-27 Премьеры ЕАЭС собрались в Минске. Подчеркну, на встрече премьеров"
        " ЕАЭС в Астане в прошлом месяце мы отметили юбилей."
    )
    assert ("MeetingHeld", "eaeu-ic", "Astana, KZ", "2025-05") in meetings(text)


def test_a_month_adjective_at_the_meeting_is_its_date_not_a_purpose() -> None:
    """'На апрельском совещании в Баку в прошлом году': April of last year."""
    text = (
        " date 2025-06-27 Об этом сообщил МИД. На апрельском совещании министров иностранных дел"
        " СНГ в Баку в прошлом году был принят план консультаций."
    )
    assert meetings(text) == [("MeetingHeld", "cis-cfm", "Baku, AZ", "2024-04")]


def test_a_place_of_another_item_of_a_list_is_not_the_claims() -> None:
    """'Итоги недели: саммит в Баку, перенос Межправсовета': the postponement is not in Baku."""
    text = (
        " date 2025-10-13 Итоги недели: саммит в Баку, перенос заседания Евразийского"
        " межправсовета и новые назначения."
    )
    assert [m[:3] for m in meetings(text)] == [("MeetingPostponed", "eaeu-ic", "unknown place")]


def test_a_summit_owned_by_another_organisations_leaders_is_theirs() -> None:
    """'The SCO leaders will hold their summit in Tianjin': no CIS summit, in a CIS story."""
    text = (
        " date 2025-05-02 The CIS foreign ministers meet in Ashgabat on Thursday, a day before"
        " the summit of the CIS heads of state. Several delegations will fly on to Moscow, where"
        " the CSTO Collective Security Council will convene in November, and the SCO heads of"
        " state will hold their summit in Tianjin next summer."
    )
    assert "Tianjin" not in str(meetings(text))


def test_a_next_meetings_place_does_not_place_the_one_held() -> None:
    """'Proposed hosting the next ministerial session in Almaty': not where this one was."""
    text = (
        " date 2026-11-20 The CSTO foreign ministers met on Thursday at a guest house. Kazakhstan"
        " has proposed hosting the next ministerial session in Almaty."
    )
    assert [m[:3] for m in meetings(text)] == [("MeetingHeld", "csto-cfm", "unknown place")]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Заседание СМИД СНГ в Минске откладывается.", "MeetingPostponed"),
        ("Заседание СМИД СНГ в Минске отменяется.", "MeetingCancelled"),
    ],
)
def test_russian_reflexive_presents_put_off_and_call_off(sentence: str, kind: str) -> None:
    """'Заседание откладывается', 'отменяется': put off and called off, as they are told."""
    assert [m[:3] for m in meetings(f" date 2025-03-03 {sentence}")] == [
        (kind, "cis-cfm", "Minsk, BY")
    ]


def test_a_russian_dash_before_a_day_gives_the_day_of_the_plan() -> None:
    """'Решено провести в очном формате – 14 марта в Ташкенте': the plan's day and city."""
    text = (
        " date 2026-01-20 Очередное заседание СМИД СНГ решено провести в очном формате – 14 марта"
        " в Ташкенте."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-cfm", "Tashkent, UZ", "2026-03-14")]


def test_a_place_of_something_else_held_is_not_the_meetings() -> None:
    """'Approved the budget, and agreed to hold a trade fair in Osh': the fair is in Osh."""
    text = (
        " date 2023-06-09 The CIS heads of government met on Thursday. The premiers approved the"
        " budget, and a decision was made to hold a trade fair in Osh next spring."
    )
    assert [m[:3] for m in meetings(text)] == [("MeetingHeld", "cis-chg", "unknown place")]


def test_a_meeting_of_the_blocs_people_is_theirs() -> None:
    """'A summit of the bloc's heads of state': the CIS heads of state's, in a CIS story."""
    text = (
        " date 2026-10-05 CIS foreign ministers are to meet in Baku on Thursday, paving the way for"
        " a summit of the bloc's heads of state in the same city the following day."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-cfm", "Baku, AZ", "2026-10-08") in found
    assert [m[:3] for m in found if m[1] == "cis-chs"] == [
        ("NextMeetingScheduled", "cis-chs", "Baku, AZ")
    ]
    # "the following day" is the summit's, counted from Thursday: not the day after the summit
    assert ("NextMeetingScheduled", "cis-chs", "Baku, AZ", "2026-10-07") not in found


def test_a_plan_told_as_it_was_first_schedules_nothing() -> None:
    """'The session was initially planned as a face-to-face one': no meeting still to come."""
    text = (
        " date 2026-10-14 The CIS foreign ministers met by video link on Tuesday. The session was"
        " initially planned as a face-to-face one in Bishkek."
    )
    assert [m[0] for m in meetings(text)] == ["MeetingHeld"]


def test_the_same_venue_is_the_storys_meeting_place_not_the_last_city_named() -> None:
    """'Since their meeting in Baku ... later the premiers met at the same venue': the dateline's."""
    text = (
        "ASTANA, March 6, 2026 (Kazinform) - The CIS heads of government met on Friday, their"
        " first gathering since their meeting in Baku in November. Later that day the EAEU"
        " premiers held a session at the same venue."
    )
    assert ("MeetingHeld", "eaeu-ic", "Astana, KZ", "2026-03-06") in meetings(text)


def test_a_summit_of_the_people_named_before_it_is_their_council() -> None:
    """'The presidents are expected to sign it at their next summit', in a premiers' story: theirs."""
    text = (
        " date 2023-03-02 The EAEU prime ministers conferred in Almaty on Wednesday. The"
        " presidents are expected to sign the pact at their next summit."
    )
    assert ("NextMeetingScheduled", "eaeu-sec", "unknown place", "undated") in meetings(text)
    assert not any(m[1] == "eaeu-ic" and m[0] == "NextMeetingScheduled" for m in meetings(text))


def test_people_who_put_off_no_meeting_named_postpone_no_meeting() -> None:
    """'The draft charter, tabled by Armenia, the premiers shelved again': no meeting put off."""
    english = (
        " date 2022-11-25 The EAEU prime ministers met in Yerevan on Friday. The draft charter on"
        " tariffs, tabled by Armenia last year, was once more put off by the premiers."
    )
    russian = (
        " date 2022-11-25 Евразийский межправсовет прошел в Ереване в пятницу. Проект устава о"
        " тарифах, внесенный Арменией в прошлом году, премьеры снова отложили."
    )
    for text in (english, russian):
        assert [m[0] for m in meetings(text)] == ["MeetingHeld"]
    kept = (
        " date 2022-11-25 The EAEU prime ministers were to meet in Yerevan on 2 December. Owing"
        " to floods the premiers postponed it until spring."
    )
    assert [m[0] for m in meetings(kept)] == ["MeetingPostponed"]


def test_a_pronoun_object_may_stand_inside_a_phrasal_verb() -> None:
    """'The ministers called it off', 'pushed it back': the meeting is called off or put off."""
    called = (
        " date 2022-03-01 The CSTO foreign ministers were to gather in Yerevan on 20 March. The"
        " ministers have called it off."
    )
    pushed = (
        " date 2022-03-01 The CSTO foreign ministers were to gather in Yerevan on 20 March. The"
        " ministers have pushed it back by a month."
    )
    assert [m[0] for m in meetings(called)] == ["MeetingCancelled"]
    assert [m[0] for m in meetings(pushed)] == ["MeetingPostponed"]


def test_a_russian_transitive_verb_with_another_object_holds_no_meeting() -> None:
    """'министр провел телефонный разговор': a call, not a session of the body told before."""
    text = (
        " date 2022-05-19 В июле в Ташкенте запланировано заседание СМИД ШОС. Накануне министр"
        " провел телефонный разговор с таджикским коллегой."
    )
    assert [m[0] for m in meetings(text)] == ["NextMeetingScheduled"]
    held = " date 2022-05-19 Главы МИД ШОС провели очередное заседание в Ташкенте."
    assert [m[0] for m in meetings(held)] == ["MeetingHeld"]


def test_an_undated_present_beside_a_later_plan_is_that_plan() -> None:
    """'Kyrgyzstan is hosting the summit for the second time' beside 'will meet in Bishkek on Friday': one plan."""
    text = (
        " date 2023-10-11 Kyrgyzstan is hosting the CIS summit for the second time. The heads of"
        " state will meet in Bishkek on Friday."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chs", "Bishkek, KG", "2023-10-13")]
    under_way = (
        " date 2023-10-13 Kyrgyzstan is hosting the CIS summit for the second time. The heads of"
        " state will meet again in Kazan in 2024."
    )
    assert [m[0] for m in meetings(under_way)] == ["MeetingHeld", "NextMeetingScheduled"]


def test_people_who_have_arrived_for_a_meeting_await_it() -> None:
    """'The premiers have arrived in Kazan for the session on Friday', told on Wednesday: to come."""
    text = (
        " date 2024-05-22 The CIS prime ministers have arrived in Kazan for the session on Friday."
    )
    assert meetings(text) == [("NextMeetingScheduled", "cis-chg", "Kazan, RU", "2024-05-24")]


def test_an_undated_plan_after_a_postponement_is_for_the_new_date() -> None:
    """'... was moved to March. The ministers will meet by video': the March meeting."""
    text = (
        " date 2023-01-20 The CSTO foreign ministers' session planned for 3 February in Yerevan"
        " has been moved to March. The ministers will meet by video link."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "csto-cfm", "online", "2023-03") in found


def test_a_capitalised_russian_verb_opening_a_sentence_is_no_name_subject() -> None:
    """'Было решено провести следующую встречу в Оше': the next meeting, not someone's talks."""
    text = (
        " date 2023-03-10 Главы МИД ОДКБ встретились в Минске. Было решено провести следующую"
        " встречу в Оше в мае."
    )
    assert ("NextMeetingScheduled", "csto-cfm", "Osh, KG", "2023-05") in meetings(text)


def test_an_undated_claim_after_a_dated_meeting_in_its_city_is_that_meeting() -> None:
    """'On 2 June in Osh the premiers approved X. ... X, approved in Osh, ...': one meeting, of 2 June."""
    text = (
        " date 2022-12-27 A review of the year. On 2 June in Osh the CIS heads of government"
        " approved a seed programme. It took three years to draft. When the premiers met in"
        " Osh, they also discussed a seed bank."
    )
    held = [m for m in meetings(text) if m[0] == "MeetingHeld"]
    assert ("MeetingHeld", "cis-chg", "Osh, KG", "2022-12") not in held
    assert ("MeetingHeld", "cis-chg", "Osh, KG", "2022-06-02") in held


def test_a_section_headed_by_a_date_is_of_that_date() -> None:
    """'March. The EAEU premiers gathered in Osh ...' in a year's review: March of that year."""
    text = (
        " date 2022-12-28 A look back at the year.\n\nMarch. The EAEU premiers gathered in Osh to"
        " talk about seeds.\n\nJuly\n\nThe CSTO foreign ministers conferred in Yerevan."
    )
    found = meetings(text)
    assert ("MeetingHeld", "eaeu-ic", "Osh, KG", "2022-03") in found
    assert ("MeetingHeld", "csto-cfm", "Yerevan, AM", "2022-07") in found


def test_a_count_of_members_may_stand_inside_a_mention() -> None:
    """'the foreign ministers of the five Central Asian states and Russia met': that format's."""
    text = (
        " date 2023-04-05 In the morning the CIS foreign ministers held a session in Osh, and in"
        " the afternoon the foreign ministers of the five Central Asian states and Russia met."
    )
    assert ("MeetingHeld", "ca-russia-fm", "unknown place", "2023-04") in meetings(text)


def test_the_previous_meeting_lends_no_place_to_todays() -> None:
    """'Today the ministers met. The previous meeting was held by video': two meetings."""
    text = (
        " date 2023-04-05 Today the CSTO foreign ministers met for their spring session. The"
        " previous meeting of the CSTO foreign ministers was held by videoconference."
    )
    found = meetings(text)
    assert ("MeetingHeld", "csto-cfm", "unknown place", "2023-04-05") in found
    assert ("MeetingHeld", "csto-cfm", "online", "undated") in found


def test_a_council_named_without_its_organisation_is_no_formats() -> None:
    """'At the Council of Foreign Ministers we approved X', in a story of the CIS and the Central Asia + Russia format: the CIS council's."""
    text = (
        " date 2023-04-05 Central Asia + Russia ministers and CIS ministers in Osh\n\nIn the"
        " morning the CIS Council of Foreign Ministers met in Osh, and in the afternoon the"
        " ministers met in the Central Asia + Russia format. The Central Asia + Russia format is"
        " young. At the Council of Foreign Ministers we approved a seed charter."
    )
    found = [e.meeting.body.value for e in decided(text)]
    assert found == ["cis-cfm"]
    later = text + " The Council of Heads of State will meet in Osh on 13 October."
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2023-10-13") in meetings(later)


def test_a_request_to_put_off_a_meeting_puts_nothing_off() -> None:
    """'Two delegations asked to postpone the session', 'просили перенести заседание': no postponement."""
    for words in (
        " date 2023-04-05 Two delegations asked to postpone the CSTO foreign ministers' session.",
        " date 2023-04-05 Две делегации просили перенести заседание СМИД ОДКБ.",
        " date 2023-04-05 The CSTO foreign ministers' session could be postponed, diplomats say.",
    ):
        assert not any(m[0] == "MeetingPostponed" for m in meetings(words)), words


def test_a_month_opening_a_sentence_is_no_name_subject() -> None:
    """'Last June we gathered in Osh': the ministers' meeting, not someone's talks."""
    text = (
        " date 2023-04-05 The CSTO Council of Foreign Ministers is to meet in Minsk in late May."
        " Last June we gathered in Osh, and I remember that meeting as a frank one."
    )
    assert ("MeetingHeld", "csto-cfm", "Osh, KG", "2022-06") in meetings(text)


def test_a_summit_in_a_story_that_names_the_presidents_is_theirs() -> None:
    """A ministers' story that speaks of the presidents: 'the 2021 summit in Osh' is the heads of state's."""
    text = (
        " date 2023-03-02 The CIS foreign ministers meet in spring, a day before the presidents"
        " gather. The CIS foreign ministers met in Minsk on Thursday. The 2021 summit in Osh was"
        " the last in person."
    )
    found = meetings(text)
    assert ("MeetingHeld", "cis-chs", "Osh, KG", "2021") in found
    assert not any(m[1] == "cis-cfm" and m[2] == "Osh, KG" for m in found)


def test_the_supreme_council_by_its_short_russian_name_is_the_eaeus() -> None:
    """'В декабре 2021 года в Бишкеке Высший совет утвердил бюджет': the Supreme Eurasian Economic Council."""
    text = " В декабре 2021 года в Бишкеке Высший совет утвердил бюджет союза."
    assert meetings(text) == [("MeetingHeld", "eaeu-sec", "Bishkek, KG", "2021-12")]


def test_a_meeting_held_with_its_postponement_is_of_the_new_date() -> None:
    """'перенесли на 19 мая и провели по видеосвязи': held on 19 May, no plan for it left."""
    text = (
        " date 2021-06-01 Заседание СМИД ОДКБ, запланированное на 2 апреля в Ереване, перенесли на"
        " 19 мая и провели по видеосвязи."
    )
    found = meetings(text)
    assert [m for m in found if m[0] == "MeetingHeld"][0][3] == "2021-05-19"
    assert not any(m[0] == "NextMeetingScheduled" for m in found)


def test_a_plan_that_was_with_its_adverb_first_is_the_meeting_put_off() -> None:
    """'the session initially was set for 2 March in Osh, however it was postponed': put off from 2 March."""
    text = (
        " date 2021-05-14 The CSTO foreign ministers met by video on Friday. The session initially"
        " was scheduled for 2 March in Osh, however it was postponed because of floods."
    )
    found = meetings(text)
    assert ("MeetingPostponed", "csto-cfm", "Osh, KG", "2021-03-02") in found
    assert not any(m[0] == "NextMeetingScheduled" for m in found)


def test_a_meeting_dated_before_the_story_does_not_go_on_the_plans_before_it() -> None:
    """'Вернемся к этому на следующем заседании. ... подняли два года назад, на заседании X': held."""
    text = (
        " date 2021-05-27 Сегодня в Оше завершилось заседание СМИД ОДКБ. Вернемся к этому на"
        " следующем заседании. Тему мы подняли два года назад в Ереване, на заседании СМИД ОДКБ."
    )
    found = meetings(text)
    assert ("MeetingHeld", "csto-cfm", "Yerevan, AM", "2019") in found
    assert not any(m[0] == "NextMeetingScheduled" and m[2] == "Yerevan, AM" for m in found)


def test_failing_to_sign_at_a_meeting_tells_it_was_held() -> None:
    """'In May 2019 in Osh the CSTO foreign ministers failed to sign the charter': they met."""
    text = " date 2021-05-27 In May 2019 in Osh the CSTO foreign ministers failed to sign the charter."
    assert meetings(text) == [("MeetingHeld", "csto-cfm", "Osh, KG", "2019-05")]


def test_a_date_and_a_place_heading_a_meeting_across_a_dash_date_it() -> None:
    """'14 мая в Оше — заседание СМИД ОДКБ', told on 10 May: the session of 14 May."""
    text = " date 2024-05-10 14 мая в Оше — заседание Совета министров иностранных дел ОДКБ."
    assert meetings(text) == [("NextMeetingScheduled", "csto-cfm", "Osh, KG", "2024-05-14")]


def test_the_day_before_counts_from_a_meeting_of_its_own_paragraph_first() -> None:
    """A review: 'May. The EAEU leaders met on 14 May.' ... 'The CIS leaders met on 28 September. The ministers had met the day before': 27 September."""
    text = (
        " date 2018-12-29 A review.\n\nThe Supreme Eurasian Economic Council met in Sochi on 14"
        " May.\n\nThe CIS heads of state gathered in Dushanbe on 28 September. The CIS foreign"
        " ministers had met in Dushanbe the day before."
    )
    assert ("MeetingHeld", "cis-cfm", "Dushanbe, TJ", "2018-09-27") in meetings(text)


def test_a_date_in_a_coordinated_clause_of_its_own_is_that_clauses() -> None:
    """'... will go to the SCO ministers' meeting in India, and in July the CSTO ministers will meet in Osh'."""
    text = (
        " date 2023-04-05 Next month the minister will travel to the SCO Council of Foreign"
        " Ministers in India, and in July the CSTO foreign ministers will meet in Osh."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "sco-cfm", "IN", "2023-05") in found
    assert ("NextMeetingScheduled", "csto-cfm", "Osh, KG", "2023-07") in found


def test_a_meeting_another_is_held_on_the_eve_of_is_where_that_one_is() -> None:
    """'The ministers will meet in Osh on the eve of the summit, which is set for 11 May': the summit in Osh too."""
    text = (
        " date 2023-04-05 The CIS foreign ministers will meet in Osh on the eve of the Council of"
        " Heads of State, which is scheduled for 11 May."
    )
    found = meetings(text)
    assert ("NextMeetingScheduled", "cis-chs", "Osh, KG", "2023-05-11") in found
    assert ("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2023-05-10") in found


def test_a_plan_put_off_in_a_paragraph_of_a_past_year_is_of_that_year() -> None:
    """A 2021 review: 'The session due in April 2020 was postponed. The summit, due in October, was pushed back to December 18': 2020's."""
    text = (
        " date 2021-03-03 Then came the virus. The CSTO foreign ministers' session due in Osh in"
        " early April 2020 was postponed. The CIS summit, due in Osh in October, was pushed back"
        " to December 18."
    )
    found = meetings(text)
    assert ("MeetingPostponed", "cis-chs", "Osh, KG", "2020-10") in found
    assert not any(m[0] == "NextMeetingScheduled" for m in found)


def test_a_date_after_that_is_restates_the_eve_itself() -> None:
    """'СМИД пройдет накануне саммита, то есть 15 мая': the 15th, not the day before it."""
    text = (
        " date 2023-04-05 Саммит СНГ состоится 16 мая в Оше. Заседание СМИД СНГ пройдет накануне"
        " саммита, то есть 15 мая, и тоже в Оше."
    )
    assert ("NextMeetingScheduled", "cis-cfm", "Osh, KG", "2023-05-15") in meetings(text)
