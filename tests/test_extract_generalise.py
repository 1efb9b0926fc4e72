"""Generalisation cases written by the lead (not from the corpus), read by general rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cischronicle import DecisionAdopted, MeetingHeld, MeetingPostponed, extract, read_article
from cischronicle.events import Event
from cischronicle.extract.text import read_document


def _meetings(events: tuple[Event, ...]) -> list[tuple[str, str, str | None, str | None, str]]:
    """(type, body, city, country, date) of each meeting claim, in text order."""
    return [
        (
            type(e).__name__,
            e.meeting.body.value,
            e.meeting.place.city,
            e.meeting.place.country,
            "none" if e.meeting.date is None else e.meeting.date.isoformat(),
        )
        for e in events[1:]
        if not isinstance(e, DecisionAdopted)
    ]


def _decisions(events: tuple[Event, ...]) -> list[DecisionAdopted]:
    """The decisions among ``events``."""
    return [e for e in events if isinstance(e, DecisionAdopted)]


def test_ministers_meeting_in_minsk_today_signed_documents() -> None:
    """A participle ('the ministers, meeting in Minsk today, signed') is a held meeting."""
    text = (
        " date 2024-04-12 The CIS foreign ministers, meeting in Minsk today, signed 16 documents,"
        " including a programme of cooperation for 2024-2026. About 1.2 million people live in"
        " the region."
    )
    events = extract(text, article_id="g1")
    assert _meetings(events) == [("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-12")]
    (decision,) = _decisions(events)
    assert decision.meeting.body.value == "cis-cfm"
    assert decision.meeting.place.city == "Minsk"
    assert decision.meeting.date is not None
    assert decision.meeting.date.isoformat() == "2024-04-12"
    assert "programme" in decision.summary
    held = next(e for e in events if isinstance(e, MeetingHeld))
    assert decision.held == held.id


def test_ministers_gathered_in_the_tajik_capital_on_the_eve_of_the_summit() -> None:
    """No year: the capital places the meeting, its eve makes the summit; both dated XXXX-10."""
    # The dateline (October 9, no year) gives no publication date.  "On Thursday" cannot be
    # resolved without a year, but a Thursday reported on October 9 is in October, so the
    # gathering is XXXX-10 (not the dateline's day); the summit, the day after it, is then in
    # October too, in the same city; "in the spring" of an unknown year dates nothing (ISO
    # 8601 has no seasons, and the year is unknown).
    text = (
        "DUSHANBE, October 9 (Sputnik) - Foreign ministers of the Commonwealth of Independent"
        " States gathered in the Tajik capital on Thursday on the eve of the CIS summit. Their"
        " next meeting is due in Moscow in the spring."
    )
    events = extract(text, article_id="g2")
    assert events[0].published is None
    assert sorted(_meetings(events)) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe", "TJ", "XXXX-10"),
        ("NextMeetingScheduled", "cis-cfm", "Moscow", "RU", "none"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "XXXX-10"),
    ]


def test_regular_session_in_baku_yesterday_and_the_next_in_astana() -> None:
    """'Yesterday' dates the Baku session; its statement is one decision; Astana is next."""
    text = (
        " date 2023-12-01 The foreign ministers of the CIS member states held their regular"
        " session in Baku yesterday. The session approved a statement on the 30th anniversary of"
        " the Commonwealth's charter. The next CFM session is scheduled for April 2024 in Astana."
    )
    events = extract(text, article_id="g3")
    assert _meetings(events) == [
        ("MeetingHeld", "cis-cfm", "Baku", "AZ", "2023-11-30"),
        ("NextMeetingScheduled", "cis-cfm", "Astana", "KZ", "2024-04"),
    ]
    (decision,) = _decisions(events)
    assert decision.meeting.place.city == "Baku"
    assert "statement" in decision.summary


def test_sco_ministers_met_on_thursday_and_the_next_meeting_in_india() -> None:
    """An SCO article's 'next meeting' is the SCO's, placed in a country with no city or date."""
    text = (
        " date 2022-07-29 The SCO Council of Foreign Ministers met in Tashkent on Thursday. The"
        " next meeting will be held in India."
    )
    assert _meetings(extract(text, article_id="g4")) == [
        ("MeetingHeld", "sco-cfm", "Tashkent", "UZ", "2022-07-28"),
        ("NextMeetingScheduled", "sco-cfm", None, "IN", "none"),
    ]


def test_moscow_idaho_is_no_place_and_no_meeting() -> None:
    """A trip to 'Moscow, Idaho' is neither a place nor a meeting; only the CSTO gathering is."""
    text = (
        " date 2019-05-20 Russia's foreign minister will travel to Moscow, Idaho next week for a"
        " conference on agriculture. The CSTO foreign ministers will gather in Bishkek on May 21."
    )
    assert _meetings(extract(text, article_id="g5")) == [
        ("NextMeetingScheduled", "csto-cfm", "Bishkek", "KG", "2019-05-21"),
    ]


def test_a_participle_with_a_future_verb_is_scheduled() -> None:
    """'The ministers, meeting in Minsk tomorrow, will sign' is a meeting to come, not held."""
    text = (
        " date 2024-04-11 The CIS foreign ministers, meeting in Minsk tomorrow, will sign a"
        " programme of cooperation."
    )
    assert _meetings(extract(text, article_id="g6")) == [
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-12")
    ]


def test_a_capital_phrase_right_after_its_city_adds_nothing() -> None:
    """'in Dushanbe, the Tajik capital' is one place, Dushanbe: the phrase only qualifies it."""
    text = " date 2024-10-09 The CIS foreign ministers met in Dushanbe, the Tajik capital, today."
    assert _meetings(extract(text, article_id="g7")) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe", "TJ", "2024-10-09")
    ]


def test_a_meeting_on_the_eve_of_a_summit_long_dated_makes_no_summit() -> None:
    """A dated meeting 'on the eve of the summit' does not make the summit a meeting to come."""
    text = (
        " date 2024-10-09 On 3 March 2019, on the eve of the CIS summit, the CIS foreign"
        " ministers gathered in Dushanbe."
    )
    # (it was held, the day after: see test_a_meeting_held_on_the_eve_of_another_long_ago_...)
    assert _meetings(extract(text, article_id="g8")) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe", "TJ", "2019-03-03"),
        ("MeetingHeld", "cis-chs", "Dushanbe", "TJ", "2019-03-04"),
    ]


def test_put_off_and_to_be_held_online_keeps_the_planned_place_for_the_postponement() -> None:
    """'Planned for 16 October in Tashkent, postponed and will be held online': no move."""
    text = (
        " date 2020-10-10 The CIS summit planned for October 16 in Tashkent has been postponed"
        " and will be held via videoconference."
    )
    assert _meetings(extract(text, article_id="g9")) == [
        ("MeetingPostponed", "cis-chs", "Tashkent", "UZ", "2020-10-16"),
        ("NextMeetingScheduled", "cis-chs", None, None, "none"),
    ]


def test_a_meeting_put_off_is_dated_by_what_follows_the_postponement() -> None:
    """'Postponed and will be held online on November 20': the new day, not the plan's."""
    text = (
        " date 2020-10-10 The CIS summit planned for October 16 in Tashkent has been postponed"
        " and will be held online on November 20."
    )
    assert _meetings(extract(text, article_id="g10"))[1] == (
        "NextMeetingScheduled", "cis-chs", None, None, "2020-11-20"
    )


def test_a_year_named_alone_dates_the_claims_month() -> None:
    """'In 2019 ... met in Sochi in June': June 2019, not the June nearest the story."""
    text = " date 2024-05-24 In 2019, the CIS prime ministers met in Sochi in June."
    assert _meetings(extract(text, article_id="g11")) == [
        ("MeetingHeld", "cis-chg", "Sochi", "RU", "2019-06")
    ]


def test_last_year_dates_each_month_of_coordinated_places() -> None:
    """'В прошлом году ... в Сочи в июне и в Бишкеке в октябре': both months of last year."""
    text = (
        " date 2024-05-24 В прошлом году премьеры стран Содружества встречались в Сочи в июне"
        " и в Бишкеке в октябре."
    )
    assert _meetings(extract(text, article_id="g12")) == [
        ("MeetingHeld", "cis-chg", "Sochi", "RU", "2023-06"),
        ("MeetingHeld", "cis-chg", "Bishkek", "KG", "2023-10"),
    ]


def test_a_year_after_another_verb_dates_no_month() -> None:
    """A year in a clause with its own verb ('decided on ... in 2021') dates no other month."""
    text = (
        " date 2020-12-22 18 декабря состоялось заседание Совета глав государств СНГ, на котором"
        " было принято решение о председательстве Белоруссии в 2021 году."
    )
    assert _meetings(extract(text, article_id="g13")) == [
        ("MeetingHeld", "cis-chs", None, None, "2020-12-18")
    ]


def test_the_same_day_as_a_meeting_dated_by_its_dateline() -> None:
    """'МИНСК, 12 апреля. ... В тот же день в Минске прошла встреча': the dateline's day."""
    text = (
        "МИНСК, 12 апреля. /ТАСС/. Заседание Совета министров иностранных дел СНГ завершилось в"
        " Минске. В тот же день в Минске прошла встреча министров иностранных дел стран"
        " Центральной Азии и России."
    )
    assert _meetings(extract(text, article_id="g14")) == [
        ("MeetingHeld", "cis-cfm", "Minsk", "BY", "XXXX-04-12"),
        ("MeetingHeld", "ca-russia-fm", "Minsk", "BY", "XXXX-04-12"),
    ]


def test_a_summit_after_a_meeting_on_its_eve_in_a_month_is_in_that_month() -> None:
    """'Meet in October in Dushanbe, on the eve of the summit, also there': summit in October."""
    text = (
        " date 2025-04-11 Следующее заседание СМИД СНГ запланировано на октябрь в Душанбе,"
        " накануне саммита Содружества, который также пройдет в таджикской столице."
    )
    assert _meetings(extract(text, article_id="g15")) == [
        ("NextMeetingScheduled", "cis-cfm", "Dushanbe", "TJ", "2025-10"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025-10"),
    ]


def test_a_meeting_after_a_time_preposition_is_no_meeting_to_come() -> None:
    """'Will be the first after the meeting in Astana in 2022': that meeting was held."""
    text = (
        " date 2025-10-06 The CIS summit in Dushanbe on 10 October will be the first after the"
        " meeting in Astana in 2022."
    )
    assert _meetings(extract(text, article_id="g16")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025-10-10"),
        ("MeetingHeld", "cis-chs", "Astana", "KZ", "2022"),
    ]


def test_the_next_meeting_in_this_format_is_the_format_named_before() -> None:
    """'Следующую встречу в этом формате': of the format the story named last."""
    text = (
        " date 2025-04-11 В Алматы состоялось заседание Совета министров иностранных дел СНГ."
        " Накануне в Алматы прошла встреча министров иностранных дел в формате"
        ' "Центральная Азия — Россия". Стороны договорились провести следующую встречу в этом'
        " формате в будущем году в Туркменистане."
    )
    assert _meetings(extract(text, article_id="g17"))[1:] == [
        ("MeetingHeld", "ca-russia-fm", "Almaty", "KZ", "2025-04-10"),
        ("NextMeetingScheduled", "ca-russia-fm", None, "TM", "2026"),
    ]


def test_a_year_named_as_the_year_of_something_dates_no_meeting() -> None:
    """'Declaring 2026 the Year of Folk Crafts': the year names the document's year."""
    text = (
        " date 2025-10-06 Заседание Совета глав государств СНГ пройдет в Душанбе 10 октября."
        " Главы государств рассмотрят около 20 документов. Как ожидается, среди них — решение"
        " об объявлении 2026 года Годом народных промыслов."
    )
    assert _meetings(extract(text, article_id="g18")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025-10-10"),
    ]


def test_a_city_that_has_hosted_before_gives_no_news_of_the_day() -> None:
    """'ДУШАНБЕ, 6 окт. ... Душанбе уже принимал саммит СНГ: в 2018 году ...': one, of 2018."""
    text = (
        "2025-10-06T10:15:00+03:00\n\nДУШАНБЕ, 6 окт — Sputnik. Заседание Совета глав государств"
        " СНГ пройдет в Душанбе 10 октября. Душанбе уже принимал саммит СНГ: в 2018 году главы"
        " государств собирались в таджикской столице в сентябре."
    )
    assert _meetings(extract(text, article_id="g19")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025-10-10"),
        ("MeetingHeld", "cis-chs", "Dushanbe", "TJ", "2018-09"),
    ]


def test_a_date_in_a_clause_about_a_person_is_not_the_meetings() -> None:
    """'Putin, who arrived in Bishkek on Thursday for a visit, attended the summit': no Thursday."""
    text = (
        " date 2023-10-13 The CIS summit took place in Bishkek today. Putin, who arrived in"
        " Bishkek on Thursday for a state visit, attended the summit in person."
    )
    assert _meetings(extract(text, article_id="g20")) == [
        ("MeetingHeld", "cis-chs", "Bishkek", "KG", "2023-10-13"),
    ]


def test_expecting_to_sign_plans_no_meeting_of_the_people() -> None:
    """'They expect to sign agreements', with no day: an act is planned, not a meeting."""
    text = (
        " date 2023-10-06 CIS prime ministers met in Astana on Thursday. They expect to sign"
        " agreements on grain transit in Minsk."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g21"))] == ["MeetingHeld"]


def test_a_meeting_under_way_on_the_datelines_weekday_is_of_its_day() -> None:
    """'ASTANA, Oct 7 - Prime ministers are meeting on Friday': held on 7 October."""
    text = (
        "ASTANA, Oct 7 (Reuters) - Prime ministers of the Commonwealth of Independent States are"
        " meeting in the Kazakh capital on Friday."
    )
    assert _meetings(extract(text, article_id="g22")) == [
        ("MeetingHeld", "cis-chg", "Astana", "KZ", "XXXX-10-07"),
    ]


def test_decisions_before_a_meeting_long_past_are_not_its() -> None:
    """'The President approved the concept ... Ashgabat last hosted a CIS summit in 2019'."""
    text = (
        " date 2025-12-22 At a meeting of the Cabinet, the President approved the Concept of the"
        " chairmanship in the Commonwealth in 2026. It was noted that Ashgabat last hosted a"
        " CIS summit on October 11, 2019."
    )
    events = extract(text, article_id="g23")
    assert not [e for e in events if isinstance(e, DecisionAdopted)]
    assert _meetings(events) == [("MeetingHeld", "cis-chs", "Ashgabat", "TM", "2019-10-11")]


def test_the_year_after_a_year_told_is_that_year() -> None:
    """'... in October 2026. ... planned for the first half of the year': 2026's first half."""
    text = (
        " date 2025-12-22 The CIS summit will be held in Ashgabat in October 2026. The meeting"
        " of the Council of Heads of Government is planned for the first half of the year."
    )
    assert _meetings(extract(text, article_id="g24"))[1] == (
        "NextMeetingScheduled", "cis-chg", None, None, "2026-01/2026-06"
    )


def test_a_comparison_set_off_by_commas_holds_another_occasion() -> None:
    """'Армения, как и в октябре прошлого года в Бишкеке, на саммит не приехала': not Bishkek."""
    text = (
        " date 2024-10-09 Во вторник в Москве состоялось заседание Совета глав государств СНГ."
        " Армения, как и в октябре прошлого года в Бишкеке, на саммит не приехала."
    )
    assert _meetings(extract(text, article_id="g25")) == [
        ("MeetingHeld", "cis-chs", "Moscow", "RU", "2024-10-08"),
    ]


def test_a_plan_first_told_and_put_off_leaves_the_new_meeting_to_come() -> None:
    """A plan told as first made and put off is the postponement; the new date stays to come."""
    text = (
        " date 2020-12-16 Заседание Совета глав государств СНГ состоится в пятницу, 18 декабря, в"
        " формате видеоконференции. Изначально саммит планировалось провести в октябре в"
        " Ташкенте, однако из-за пандемии коронавируса он был перенесен."
    )
    assert _meetings(extract(text, article_id="g26")) == [
        ("NextMeetingScheduled", "cis-chs", None, None, "2020-12-18"),
        ("MeetingPostponed", "cis-chs", "Tashkent", "UZ", "2020-10"),
    ]


def test_dates_told_respectively_go_to_the_meetings_in_order() -> None:
    """'The CFM and the CHS, scheduled for October 15 and October 16 respectively': in order."""
    text = (
        " date 2020-10-02 The meetings of the CIS Council of Foreign Ministers and the CIS"
        " Council of Heads of State, scheduled for October 15 and October 16 respectively in"
        " Tashkent, have been postponed."
    )
    assert sorted(_meetings(extract(text, article_id="g27"))) == [
        ("MeetingPostponed", "cis-cfm", "Tashkent", "UZ", "2020-10-15"),
        ("MeetingPostponed", "cis-chs", "Tashkent", "UZ", "2020-10-16"),
    ]


def test_a_date_right_after_a_meetings_place_is_its_own() -> None:
    """'Preparations for the CHS meeting in Dushanbe in October': the meeting is in October."""
    text = (
        " date 2025-04-10 The ministers will also consider the preparations for the CIS Council"
        " of Heads of State meeting in Dushanbe in October."
    )
    assert _meetings(extract(text, article_id="g28")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025-10"),
    ]


def test_a_short_lead_in_before_a_bare_subject_leaves_the_claim() -> None:
    """'Before that, the ministers met in Almaty in April 2025': the article's body met."""
    text = (
        " date 2025-10-20 The CIS Council of Foreign Ministers met in Dushanbe on 9 October 2025."
        " Before that, the ministers met in Almaty in April 2025."
    )
    assert _meetings(extract(text, article_id="g29")) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe", "TJ", "2025-10-09"),
        ("MeetingHeld", "cis-cfm", "Almaty", "KZ", "2025-04"),
    ]


def test_a_place_hint_goes_to_the_one_meeting_not_placed_elsewhere() -> None:
    """'The Ashgabat meeting' places the held one when the next one is told to be in Russia."""
    text = (
        " date 2024-05-25 On May 24, 2024, a meeting of the CIS Council of Heads of Government"
        " was held at a hotel. Mishustin thanked the hosts for the Ashgabat meeting. The next"
        " meeting of the Council of Heads of Government will take place in November 2024 in"
        " the Russian Federation."
    )
    assert _meetings(extract(text, article_id="g30")) == [
        ("MeetingHeld", "cis-chg", "Ashgabat", "TM", "2024-05-24"),
        ("NextMeetingScheduled", "cis-chg", None, "RU", "2024-11"),
    ]


def test_cyrillic_initials_end_no_sentence() -> None:
    """'У С.В.Лаврова запланированы встречи' and '1. Statement' are one sentence each."""
    doc = read_document("На полях заседания у С.В.Лаврова запланированы встречи.\n1. Заявление.")
    assert [doc.text[s.start : s.end] for s in doc.sentences] == [
        "На полях заседания у С.В.Лаврова запланированы встречи.",
        "1. Заявление.",
    ]


def test_a_decision_goes_to_the_meeting_of_those_who_adopted_it() -> None:
    """'The presidents approved ... They also adopted' (written set 5, Z010): the summit's."""
    written = Path(__file__).parent / "fixtures" / "written5" / "articles"
    article = read_article(written / "Z010.txt")
    decided = [e.meeting.body.value for e in extract(article.text, article_id="g31")
               if isinstance(e, DecisionAdopted)]  # fmt: skip
    assert decided and set(decided) == {"cis-chs"}


def test_a_meeting_moved_from_one_city_to_another_is_to_come_there() -> None:
    """'Ministerial moved from Almaty to Astana ... will take place in Astana': no postponement."""
    text = (
        " date 2025-04-03 Central Asia – Russia ministerial moved from Almaty to Astana\n\nThe"
        " meeting of foreign ministers in the Central Asia – Russia format will take place in"
        " Astana on 11 April rather than in Almaty."
    )
    assert _meetings(extract(text, article_id="g32")) == [
        ("NextMeetingScheduled", "ca-russia-fm", "Astana", "KZ", "2025-04-11"),
    ]


def test_a_date_in_brackets_with_its_own_verb_is_not_the_meetings() -> None:
    """'Discussing the Strategy until 2030 (adopted in 2020)': no meeting of 2020."""
    text = (
        " date 2023-06-05 The CIS heads of government met in Sochi today. The heads of"
        " government are discussing the CIS Economic Development Strategy until 2030 (adopted"
        " in 2020) and transport."
    )
    assert _meetings(extract(text, article_id="g33")) == [
        ("MeetingHeld", "cis-chg", "Sochi", "RU", "2023-06-05"),
    ]


def test_a_meeting_put_off_to_a_day_is_a_meeting_to_come_that_day() -> None:
    """'Планировалось провести 10 июля в Тяньцзине, перенесено на 15 июля': also on 15 July."""
    text = (
        " date 2025-07-02 Заседание Совета министров иностранных дел СНГ, которое планировалось"
        " провести 10 июля в Минске, перенесено на 15 июля."
    )
    assert _meetings(extract(text, article_id="g34")) == [
        ("MeetingPostponed", "cis-cfm", "Minsk", "BY", "2025-07-10"),
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2025-07-15"),
    ]


def test_an_adverb_of_experience_a_few_words_before_its_verb_still_counts() -> None:
    """'Ранее заседание СМИД СНГ проходило в Алма-Ате': what has been, no news-of-the-day date."""
    text = " date 2024-10-10 Ранее заседание СМИД СНГ проходило в Алма-Ате."
    assert _meetings(extract(text, article_id="g35")) == [
        ("MeetingHeld", "cis-cfm", "Almaty", "KZ", "none"),
    ]


def test_an_infinitive_of_purpose_after_an_arrival_is_at_its_time() -> None:
    """'Mishustin arrived in Ashgabat to attend a meeting of the Council': held, not planned."""
    text = (
        " date 2024-10-10 Mishustin arrived in Ashgabat to attend a meeting of the Council of CIS"
        " Heads of Government."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g36"))] == ["MeetingHeld"]


def test_a_meeting_in_the_report_does_not_block_a_pronoun_subject() -> None:
    """'"We agreed to meet next year in Dushanbe," he told reporters after the talks'."""
    text = (
        " date 2017-10-11 CIS heads of state met in Sochi today. \"We agreed to meet next year in"
        " Dushanbe,\" Putin told reporters after the talks."
    )
    assert _meetings(extract(text, article_id="g37"))[1:] == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2018"),
    ]


def test_then_closing_a_clause_is_the_time_last_told() -> None:
    """'Decided to hold the CHG on 30 September ... a meeting of the EIC then': 30 September."""
    text = (
        " date 2025-06-06 It has been decided to hold the next meeting of the CIS Heads of"
        " Government Council in Minsk on 30 September 2025. We are planning to hold a meeting of"
        " the Eurasian Intergovernmental Council then."
    )
    assert [m[4] for m in _meetings(extract(text, article_id="g38"))] == [
        "2025-09-30", "2025-09-30"
    ]


def test_a_dated_future_act_of_the_people_plans_their_meeting() -> None:
    """'Министры иностранных дел СНГ 15 октября обсудят ...': they meet on 15 October."""
    text = (
        " date 2015-10-13 Министры иностранных дел СНГ 15 октября обсудят ход подготовки к"
        " саммиту. Заседание пройдет в Астане."
    )
    assert _meetings(extract(text, article_id="g39"))[0] == (
        "NextMeetingScheduled", "cis-cfm", "Astana", "KZ", "2015-10-15"
    )


def test_a_meeting_held_alongside_another_shares_its_day_and_place() -> None:
    """'Convened in Almaty on April 11, alongside the ministerial in the CA-Russia format'."""
    text = (
        " date 2025-04-11 On April 11, the CIS Council of Foreign Ministers convened in Almaty,"
        ' alongside the 8th ministerial meeting in the "Central Asia - Russia" format.'
    )
    assert _meetings(extract(text, article_id="g40")) == [
        ("MeetingHeld", "cis-cfm", "Almaty", "KZ", "2025-04-11"),
        ("MeetingHeld", "ca-russia-fm", "Almaty", "KZ", "2025-04-11"),
    ]


def test_where_people_travel_for_a_meeting_places_it() -> None:
    """'Putin will travel to Minsk to attend the CIS summit': the summit is in Minsk."""
    text = " date 2024-10-10 Putin will travel to Minsk to attend the CIS summit."
    assert _meetings(extract(text, article_id="g41")) == [
        ("NextMeetingScheduled", "cis-chs", "Minsk", "BY", "none"),
    ]


def test_a_year_told_beside_29_february_of_another_year_raises_nothing() -> None:
    """'In 2023 ... on 29 February': no such day that year; the extractor still reads on."""
    for text in (
        " date 2024-05-24 In 2023, the CIS prime ministers met in Sochi on 29 February.",
        " date 2024-03-01 The CIS summit will be held in October 2025. The CIS foreign ministers"
        " meet on 29 February of the year.",
    ):
        assert [m[0] for m in _meetings(extract(text, article_id="g42"))][-1] == "MeetingHeld"


def test_an_act_verb_chained_to_a_plan_leaves_the_plans_place_to_it() -> None:
    """'Met in Sochi and agreed to hold their next meeting in Minsk': Minsk is the plan's."""
    text = (
        " date 2023-05-26 CIS prime ministers met in Sochi on Thursday and agreed to hold their"
        " next meeting in Minsk in November."
    )
    assert _meetings(extract(text, article_id="g43")) == [
        ("MeetingHeld", "cis-chg", "Sochi", "RU", "2023-05-25"),
        ("NextMeetingScheduled", "cis-chg", "Minsk", "BY", "2023-11"),
    ]


def test_a_city_of_the_host_country_refines_the_place() -> None:
    """'Kazakhstan hosted the CIS summit in Astana': the summit was in Astana, not just KZ."""
    text = " date 2022-10-14 Kazakhstan hosted the CIS summit in Astana on Friday."
    assert _meetings(extract(text, article_id="g44")) == [
        ("MeetingHeld", "cis-chs", "Astana", "KZ", "2022-10-14"),
    ]


def test_a_past_act_dated_after_the_story_dates_its_object_not_the_meeting() -> None:
    """'Approved the chairmanship of Kyrgyzstan in 2023', told in 2022: held, not planned."""
    text = (
        " date 2022-10-14 The CIS heads of state approved the chairmanship of Kyrgyzstan in"
        " 2023. The next summit will take place in Bishkek."
    )
    assert _meetings(extract(text, article_id="g45")) == [
        ("MeetingHeld", "cis-chs", None, None, "2022-10"),
        ("NextMeetingScheduled", "cis-chs", "Bishkek", "KG", "none"),
    ]


def test_sitting_in_session_is_a_meeting_verb() -> None:
    """'Накануне в столице России заседали министры иностранных дел СНГ': held the day before."""
    text = (
        " date 2024-10-10 В Москве в четверг пройдет неформальная встреча лидеров СНГ. Накануне"
        " в столице России заседали министры иностранных дел СНГ."
    )
    assert _meetings(extract(text, article_id="g46"))[1] == (
        "MeetingHeld", "cis-cfm", "Moscow", "RU", "2024-10-09"
    )


def test_the_last_meeting_of_a_future_clause_is_the_final_one_not_a_past_one() -> None:
    """'It will be the last CFM meeting this year': no meeting held this year is told."""
    for text in (
        " date 2022-10-25 The CIS foreign ministers will meet in Minsk on 28 October. It will"
        " be the last CFM meeting this year.",
        " date 2022-10-25 Совет министров иностранных дел СНГ соберется в Минске 28 октября."
        " Это будет последнее заседание СМИД в этом году.",
    ):
        assert _meetings(extract(text, article_id="g47")) == [
            ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2022-10-28"),
        ]


def test_a_decision_of_another_organisations_people_is_not_ours() -> None:
    """'The SCO heads of government ... adopted a joint communique': no SCO ministers' decision."""
    text = (
        " date 2019-11-14 The SCO heads of government met in Tashkent earlier this month and"
        " adopted a joint communique. The Council of Foreign Ministers of the SCO will convene"
        " in Bishkek next spring."
    )
    events = extract(text, article_id="g48")
    assert _decisions(events) == []
    assert _meetings(events) == [("NextMeetingScheduled", "sco-cfm", "Bishkek", "KG", "2020")]


def test_a_date_set_off_after_a_framed_meeting_is_the_clauses() -> None:
    """'Ahead of the summit, on October 7, the ministers will gather': the 7th is theirs."""
    text = (
        " date 2024-09-30 Dushanbe will host the CIS summit on October 8. Ahead of the summit,"
        " on October 7, the CIS foreign ministers will gather in Dushanbe."
    )
    assert _meetings(extract(text, article_id="g49")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-08"),
        ("NextMeetingScheduled", "cis-cfm", "Dushanbe", "TJ", "2024-10-07"),
    ]


def test_a_meeting_named_after_a_reporting_verb_takes_its_own_place() -> None:
    """'Overchuk said after the meeting in Sochi on Thursday': that meeting was in Sochi."""
    text = (
        " date 2023-05-25 The heads of government of the CIS will hold their next meeting in"
        " Ashgabat in the autumn, Deputy Prime Minister Alexei Overchuk said after the meeting"
        " in Sochi on Thursday."
    )
    assert ("MeetingHeld", "cis-chg", "Sochi", "RU", "2023-05-25") in _meetings(
        extract(text, article_id="g50")
    )


def test_a_meeting_whose_verb_is_left_out_takes_the_verb_before_it() -> None:
    """'Заседание СМИД пройдет 7 октября, а саммит — 8 октября': the summit is on the 8th."""
    for text in (
        " date 2024-10-01 Заседание СМИД СНГ пройдет 7 октября, а саммит — 8 октября.",
        " date 2024-10-01 The CIS foreign ministers will meet on October 7, and the heads of"
        " state on October 8.",
    ):
        assert _meetings(extract(text, article_id="g51")) == [
            ("NextMeetingScheduled", "cis-cfm", None, None, "2024-10-07"),
            ("NextMeetingScheduled", "cis-chs", None, None, "2024-10-08"),
        ]


def test_people_moving_to_a_meeting_put_nothing_off() -> None:
    """'The leaders moved to an expanded meeting': no postponement of anything."""
    text = (
        " date 2023-10-13 The CIS summit was held in Bishkek on Friday. After a closed session"
        " the leaders moved to an expanded meeting with delegations. The next summit will be"
        " held in Moscow in October 2024."
    )
    assert _meetings(extract(text, article_id="g52")) == [
        ("MeetingHeld", "cis-chs", "Bishkek", "KG", "2023-10-13"),
        ("NextMeetingScheduled", "cis-chs", "Moscow", "RU", "2024-10"),
    ]


def test_at_the_same_venue_is_the_last_city_named() -> None:
    """'The top diplomats met at the same residence': the city of the summit told before."""
    text = (
        " date 2023-10-13 The CIS heads of state gathered in Bishkek on Friday. The day before,"
        " on Thursday, the CIS foreign ministers met at the same residence."
    )
    assert _meetings(extract(text, article_id="g53"))[1] == (
        "MeetingHeld", "cis-cfm", "Bishkek", "KG", "2023-10-12"
    )


def test_a_present_perfect_of_attending_is_active_and_claims_the_meeting() -> None:
    """'Aliyev has attended the CIS summit in Ashgabat': held there (no passive)."""
    for text in (
        " date 2019-10-11 Ilham Aliyev has attended the CIS summit in Ashgabat on Friday.",
        " date 2019-10-11 Aliyev has taken part in the CIS summit in Ashgabat on Friday.",
    ):
        assert _meetings(extract(text, article_id="g54")) == [
            ("MeetingHeld", "cis-chs", "Ashgabat", "TM", "2019-10-11"),
        ]


def test_earlier_before_a_report_leaves_what_it_reports_news_of_the_day() -> None:
    """'Earlier it was reported that the council gathered in Bishkek this morning': one meeting."""
    text = (
        " date 2016-09-16 The CIS foreign ministers approved a number of projects. Earlier"
        " it was reported that the CIS Foreign Ministers Council gathered in Bishkek this"
        " morning."
    )
    assert _meetings(extract(text, article_id="g55")) == [
        ("MeetingHeld", "cis-cfm", "Bishkek", "KG", "2016-09-16"),
    ]


def test_a_present_perfect_closed_by_before_tells_no_one_meeting() -> None:
    """'Kyrgyzstan has hosted the ministers before': some earlier time, no meeting claimed."""
    text = " date 2023-10-11 Kyrgyzstan has hosted the CIS foreign ministers before."
    assert _meetings(extract(text, article_id="g56")) == []


def test_a_meeting_opened_on_a_weekday_under_a_yearless_dateline_is_of_its_day() -> None:
    """'ASTANA, May 21 - The council opened here on Tuesday': under way, on the 21st."""
    text = (
        "ASTANA, May 21 (Xinhua) -- The Council of Foreign Ministers of the Shanghai Cooperation"
        " Organization (SCO) opened here on Tuesday."
    )
    assert _meetings(extract(text, article_id="g57")) == [
        ("MeetingHeld", "sco-cfm", "Astana", "KZ", "XXXX-05-21"),
    ]


def test_a_country_due_to_host_the_next_summit_places_it() -> None:
    """'Tajikistan is due to host the next summit': the summit is in Tajikistan."""
    text = " date 2024-10-08 The CIS summit was held. Tajikistan is due to host the next summit."
    assert _meetings(extract(text, article_id="g58"))[-1] == (
        "NextMeetingScheduled", "cis-chs", None, "TJ", "none"
    )


def test_something_moved_to_a_body_puts_no_meeting_off() -> None:
    """'The real action moved to the Supreme Eurasian Economic Council': no postponement."""
    text = " date 2024-10-08 The real action moved to the Supreme Eurasian Economic Council."
    assert _meetings(extract(text, article_id="g59")) == []


def test_a_newspaper_issue_line_dates_the_story() -> None:
    """'Газета «Коммерсантъ» №94 от 27.05.1995': published on 27 May 1995."""
    text = (
        "Газета «Коммерсантъ» №94 от 27.05.1995, стр. 4\n\nВчера в Минске завершилось заседание"
        " Совета глав государств СНГ."
    )
    assert _meetings(extract(text, article_id="g60")) == [
        ("MeetingHeld", "cis-chs", "Minsk", "BY", "1995-05-26"),
    ]


def test_a_meeting_a_decision_is_put_off_until_is_not_put_off() -> None:
    """'Решение отложено до следующей встречи': the meeting is when, nothing is postponed."""
    text = (
        " date 1995-05-27 Премьеры СНГ обсудили проект соглашения в Минске. Решение по нему"
        " отложено до следующей встречи."
    )
    # (the next meeting is one to come, undated and unplaced: no repeat of the one held)
    assert [m[0] for m in _meetings(extract(text, article_id="g61"))] == [
        "MeetingHeld", "NextMeetingScheduled",
    ]


def test_a_region_places_a_meeting_in_its_country_only() -> None:
    """'На Иссык-Куле' is a lake and a region, no city: the country, city null."""
    for text in (
        " date 2025-06-24 Заседание Евразийского межправительственного совета пройдет в августе"
        " на Иссык-Куле.",
        " date 2025-06-24 The Eurasian Intergovernmental Council will meet at Issyk-Kul in"
        " August.",
    ):
        assert _meetings(extract(text, article_id="g62")) == [
            ("NextMeetingScheduled", "eaeu-ic", None, "KG", "2025-08"),
        ]


def test_a_stamps_time_and_city_on_lines_of_their_own_make_a_dateline() -> None:
    """'11 октября 2017 года / 14:00 / Сочи': the story is filed in Sochi that day."""
    text = (
        "Заседание Совета глав государств СНГ\n\nВ Сочи состоялось заседание Совета глав"
        " государств СНГ.\n\n11 октября 2017 года\n14:00\nСочи\n\nСначала прошла встреча лидеров"
        " в узком составе."
    )
    assert _meetings(extract(text, article_id="g63")) == [
        ("MeetingHeld", "cis-chs", "Sochi", "RU", "2017-10-11"),
    ]


def test_but_online_after_the_claim_beats_the_planned_place() -> None:
    """'Will meet in Tashkent on 29 May as planned, but by video link': online."""
    for text in (
        " date 2020-03-19 Заседание Совета глав правительств СНГ, намеченное на 29 мая в"
        " Ташкенте, решено провести в установленный срок, но в формате видеоконференции.",
        " date 2020-03-19 The CIS heads of government will meet in Tashkent on 29 May as planned,"
        " but by video link.",
    ):
        events = extract(text, article_id="g64")
        assert _meetings(events) == [("NextMeetingScheduled", "cis-chg", None, None, "2020-05-29")]
        assert [e.meeting.place.online for e in events[1:]] == [True]


def test_a_determiner_after_and_starts_a_list_item_only_before_a_document() -> None:
    """'An Address to the peoples of the CIS and the world community': one item, not two."""
    text = (
        " date 2019-10-11 The CIS heads of state met in Ashgabat on Friday. Adopted were an"
        " Address of the heads of state to the peoples of the CIS and the world community, the"
        " Program of cooperation in countering illegal migration and a decision on the Year of"
        " Victory."
    )
    summaries = [d.summary for d in _decisions(extract(text, article_id="g65"))]
    assert len(summaries) == 3
    assert "world community" in summaries[0]


def test_an_apposition_after_a_document_is_no_decision_of_its_own() -> None:
    """'Adopted the CIS Charter, a founding document that Ukraine never signed': one decision."""
    text = (
        " date 1993-01-23 The CIS heads of state met in Minsk on Friday and adopted the CIS"
        " Charter, a founding document that Ukraine and Turkmenistan never signed."
    )
    assert [d.summary for d in _decisions(extract(text, article_id="g66"))] == ["CIS Charter"]


def test_a_decision_to_hold_a_meeting_plans_it() -> None:
    """'Принято решение о проведении саммита СНГ в Москве 8 октября': a summit to come."""
    text = " date 2024-04-10 Принято решение о проведении саммита СНГ в Москве 8 октября."
    assert _meetings(extract(text, article_id="g67")) == [
        ("NextMeetingScheduled", "cis-chs", "Moscow", "RU", "2024-10-08"),
    ]


def test_last_year_beside_a_plan_dates_the_decision_not_the_plan() -> None:
    """'The decision to hold the summit on 8 October was taken last year': October to come."""
    text = (
        " date 2024-04-10 The decision to hold the CIS summit in Moscow on 8 October was taken"
        " last year."
    )
    assert _meetings(extract(text, article_id="g68")) == [
        ("NextMeetingScheduled", "cis-chs", "Moscow", "RU", "2024-10-08"),
    ]


def test_russian_last_and_next_before_a_month_or_weekday_give_its_direction() -> None:
    """'В прошлом октябре', 'в минувшую пятницу': the October and the Friday before."""
    for text, date in (
        (" date 2024-10-12 В ходе саммита СНГ в Ашхабаде в прошлом октябре лидеры утвердили"
         " концепцию.", "2023-10"),
        (" date 2024-10-12 В минувшую пятницу в Душанбе прошел саммит СНГ.", "2024-10-11"),
    ):
        assert [m[4] for m in _meetings(extract(text, article_id="g69"))] == [date]


def test_a_russian_participles_adjuncts_before_its_noun_are_the_nouns() -> None:
    """'На прошедшем в пятницу в Душанбе саммите СНГ': the summit was on Friday, in Dushanbe."""
    text = " date 2024-10-12 На прошедшем в пятницу в Душанбе саммите СНГ принято заявление."
    assert _meetings(extract(text, article_id="g70")) == [
        ("MeetingHeld", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
    ]


def test_a_russian_participle_set_off_after_its_noun_tells_the_meeting() -> None:
    """'Заседание СМИД СНГ, прошедшее 10 октября в Душанбе, ...': held on the 10th there."""
    text = (
        " date 2024-10-14 Заседание СМИД СНГ, прошедшее 10 октября в столице Таджикистана, было"
        " посвящено безопасности."
    )
    assert _meetings(extract(text, article_id="g71")) == [
        ("MeetingHeld", "cis-cfm", "Dushanbe", "TJ", "2024-10-10"),
    ]


def test_a_place_of_another_meeting_after_a_time_preposition_is_not_the_plans() -> None:
    """'Following talks in Dushanbe, the leaders agreed to meet next year in Moscow': Moscow."""
    text = (
        " date 2024-10-14 Following talks in Dushanbe, the CIS leaders agreed to meet next year"
        " in Moscow."
    )
    assert _meetings(extract(text, article_id="g72")) == [
        ("NextMeetingScheduled", "cis-chs", "Moscow", "RU", "2025"),
    ]


def test_central_asian_countries_and_russia_name_their_format() -> None:
    """'Foreign ministers of Central Asian countries and Russia met': the CA + Russia format."""
    text = (
        " date 2024-05-24 Foreign ministers of Central Asian countries and Russia met in Astana on"
        " Thursday."
    )
    assert _meetings(extract(text, article_id="g73")) == [
        ("MeetingHeld", "ca-russia-fm", "Astana", "KZ", "2024-05-23"),
    ]


def test_a_full_date_beside_a_clock_time_is_a_stamp_on_a_busy_line() -> None:
    """'14:20 12.10.2023 Политика Саммит СНГ ...': a flattened page's stamp still dates it."""
    for text in (
        "Интерфакс\n14:20 12.10.2023 Политика Саммит СНГ в Бишкеке прошел успешно и завершился"
        " подписанием документов\nВчера в Бишкеке прошел саммит СНГ.",
        "Новости Политика Экономика В мире Спорт Культура 12.10.2023 14:20МОСКВА, 12 октября."
        " /ТАСС/. Вчера в Бишкеке прошел саммит СНГ.",
    ):
        assert extract(text, article_id="g74")[0].published == dt.date(2023, 10, 12)
    updated = "Обновлено 13.10.2023 15:00\nВчера в Бишкеке прошел саммит СНГ."
    assert extract(updated, article_id="g74")[0].published is None


def test_a_date_glued_to_a_word_is_still_a_date() -> None:
    """'Новости ТАСС12.10.2023 14:20МОСКВА': a flattened page's glued stamp still dates it."""
    text = (
        "Новости Политика ТАСС12.10.2023 14:20МОСКВА, 12 октября. /ТАСС/. Вчера в Бишкеке прошел"
        " саммит СНГ."
    )
    assert extract(text, article_id="g75")[0].published == dt.date(2023, 10, 12)


def test_these_documents_include_goes_on_with_the_list_before() -> None:
    """'Signed 12 documents. These documents include A and B': A and B are the decisions."""
    text = (
        " date 2024-10-12 The CIS leaders met in Dushanbe on Friday and signed 12 documents. These"
        " documents include an agreement on migration and a statement on security."
    )
    assert [d.summary for d in _decisions(extract(text, article_id="g76"))] == [
        "agreement on migration", "statement on security"
    ]


def test_postponed_from_one_day_to_another_is_no_range() -> None:
    """'Postponed from May 29 to October 16': planned on the 29th, put off to the 16th."""
    text = " date 2020-04-10 The CIS summit in Minsk was postponed from May 29 to October 16."
    events = extract(text, article_id="g78")
    postponed = [e for e in events if isinstance(e, MeetingPostponed)]
    assert [(str(e.meeting.date), str(e.new_date)) for e in postponed] == [
        ("2020-05-29", "2020-10-16")
    ]


def test_a_plan_moved_by_the_verb_after_it_is_one_meeting_at_the_new_place() -> None:
    """'Was planned in Minsk on October 14 but was moved to Astana': Astana, October 14."""
    for text in (
        " date 2022-10-10 The CIS summit was planned in Minsk on October 14 but was moved to"
        " Astana.",
        " date 2022-10-10 Саммит СНГ планировался в Минске 14 октября, но был перенесен в Астану.",
    ):
        assert _meetings(extract(text, article_id="g79")) == [
            ("NextMeetingScheduled", "cis-chs", "Astana", "KZ", "2022-10-14"),
        ]


def test_unlikely_to_take_place_claims_nothing() -> None:
    """'The summit is unlikely to take place this year': a likelihood, no cancellation."""
    text = " date 2022-10-10 The CIS summit is unlikely to take place in Minsk this year."
    assert _meetings(extract(text, article_id="g80")) == []


def test_an_indirect_question_about_a_meeting_tells_nothing() -> None:
    """'Not yet known whether the summit will take place', 'состоится ли': asked, not told."""
    for text in (
        " date 2022-10-10 It is not yet known whether the CIS summit will take place in Minsk.",
        " date 2022-10-10 Пока неизвестно, состоится ли саммит СНГ в Минске.",
    ):
        assert _meetings(extract(text, article_id="g81")) == []
    asked = (
        " date 2025-02-10 Asked whether Tokayev would attend the CIS summit scheduled for the"
        " autumn, the minister said nothing."
    )
    assert [m[0] for m in _meetings(extract(asked, article_id="g81"))] == ["NextMeetingScheduled"]


def test_a_byline_between_a_stamp_label_and_its_date_keeps_the_stamp() -> None:
    """'Posted by admin on October 12th, 2023': a stamp, though "on" comes before its date."""
    text = "Posted by admin on October 12th, 2023\nThe CIS summit opened in Bishkek today."
    assert extract(text, article_id="g82")[0].published == dt.date(2023, 10, 12)
    sentence = "On 12 October 2023, the ministers met.\nThe CIS summit opened in Bishkek today."
    assert extract(sentence, article_id="g82")[0].published is None


def test_a_quarter_of_a_year_is_its_three_months() -> None:
    """'In the fourth quarter of 2024', 'в IV квартале текущего года': October to December."""
    for text in (
        " date 2024-10-01 The CIS summit will be held in Moscow in the fourth quarter of 2024.",
        " date 2024-10-01 Саммит СНГ пройдет в Москве в IV квартале текущего года.",
    ):
        assert [m[4] for m in _meetings(extract(text, article_id="g83"))] == ["2024-10/2024-12"]


def test_a_meeting_the_sentence_is_set_at_is_held_while_it_plans_the_next() -> None:
    """'At the CIS summit, it was decided to hold the next one in Dushanbe': one held, one next."""
    for text in (
        " date 2024-10-08 At the meeting of the CIS Council of Heads of State, it was decided to"
        " hold the next summit in Dushanbe.",
        " date 2024-10-08 На заседании Совета глав государств СНГ было решено провести следующий"
        " саммит в Душанбе.",
    ):
        assert sorted(_meetings(extract(text, article_id="g84"))) == [
            ("MeetingHeld", "cis-chs", None, None, "2024-10"),
            ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "none"),
        ]


def test_the_occasion_of_a_plan_keeps_its_own_place() -> None:
    """'At the CIS summit in Moscow, the leaders agreed to meet next year in Dushanbe'."""
    for text in (
        " date 2024-10-08 At the CIS summit in Moscow, the leaders agreed to meet next year in"
        " Dushanbe.",
        " date 2024-10-08 В ходе саммита СНГ в Москве лидеры решили провести следующую встречу в"
        " Душанбе в 2025 году.",
    ):
        assert sorted(_meetings(extract(text, article_id="g85"))) == [
            ("MeetingHeld", "cis-chs", "Moscow", "RU", "2024-10"),
            ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2025"),
        ]


def test_earlier_in_the_day_is_the_storys_day() -> None:
    """'The CIS foreign ministers met earlier in the day': on the day of the story."""
    text = " date 2020-05-12 The CIS foreign ministers met earlier in the day."
    assert [m[4] for m in _meetings(extract(text, article_id="g86"))] == ["2020-05-12"]


def test_the_anchor_of_a_relative_date_is_in_its_clauses_time() -> None:
    """'Scheduled to convene a day after the ministers' meeting': that meeting is to come too."""
    text = (
        " date 2020-05-12 The CIS foreign ministers will meet in Tashkent on October 15. The"
        " Council of CIS Heads of State is scheduled to convene in Tashkent a day after the"
        " foreign ministers' meeting, on October 16."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g87"))] == [
        "NextMeetingScheduled", "NextMeetingScheduled"
    ]


def test_planning_an_act_dated_only_by_a_year_plans_no_meeting() -> None:
    """'It also planned to establish guidelines for 2023': no meeting of 2023 is planned."""
    text = (
        " date 2023-04-15 The CIS foreign ministers met in Samarkand. It also planned to"
        " establish high-priority cooperation guidelines for 2023."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g88"))] == ["MeetingHeld"]
    meet = " date 2023-04-15 The CIS summit is scheduled to be held in Minsk in 2024."
    assert [m[0] for m in _meetings(extract(meet, article_id="g88"))] == ["NextMeetingScheduled"]


def test_a_bilateral_meeting_is_no_councils() -> None:
    """'A bilateral meeting will take place on Friday', 'двусторонняя встреча': no council's."""
    for text in (
        " date 2024-04-10 The CIS foreign ministers met in Moscow. A bilateral meeting will take"
        " place on Friday.",
        " date 2024-04-10 Министры иностранных дел СНГ встретились в Москве. Двусторонняя встреча"
        " пройдет в пятницу.",
    ):
        assert [m[0] for m in _meetings(extract(text, article_id="g89"))] == ["MeetingHeld"]


def test_planning_a_passive_act_plans_no_meeting() -> None:
    """'It is expected to be submitted in 2024': an act planned, no meeting of the ministers."""
    text = (
        " date 2023-04-15 The CIS foreign ministers met in Samarkand. It is also expected to be"
        " submitted in 2024."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g90"))] == ["MeetingHeld"]


def test_the_verb_prosholo_is_no_modifier_last() -> None:
    """'В Москве прошло заседание ВЕЭС': news of the day, not a past meeting with no date."""
    text = " date 2024-05-08 В Москве прошло заседание ВЕЭС."
    assert _meetings(extract(text, article_id="g91")) == [
        ("MeetingHeld", "eaeu-sec", "Moscow", "RU", "2024-05"),
    ]


def test_a_date_after_since_starts_a_period_and_dates_no_meeting() -> None:
    """'Has not attended their meetings since 2014', 'с 2014 года': no meeting of 2014."""
    perfect = (
        " date 2024-04-10 Georgia has not taken part in the CIS foreign ministers' meetings since"
        " 2009."
    )
    assert _meetings(extract(perfect, article_id="g92")) == []
    russian = " date 2024-04-10 Грузия не участвует в заседаниях СМИД СНГ с 2009 года."
    assert _meetings(extract(russian, article_id="g92")) == []
    moved = " date 2024-04-10 Заседание СМИД СНГ перенесено с 12 апреля на 20 мая."
    assert ("MeetingPostponed", "2024-04-12") in [
        (m[0], m[4]) for m in _meetings(extract(moved, article_id="g92"))
    ]


def test_an_infinitive_after_an_ordinal_head_is_no_plan() -> None:
    """'Was the first summit since 2019 to be attended by all': held, not planned."""
    text = (
        " date 2023-10-14 The Bishkek meeting was the first CIS summit since the pandemic to be"
        " attended in person by every leader."
    )
    assert [m[:2] for m in _meetings(extract(text, article_id="g93"))] == [
        ("MeetingHeld", "cis-chs"),
    ]
    ahead = (
        " date 2025-09-01 The CIS summit in Dushanbe on 10 October will be the first to be"
        " chaired by Tajikistan since 2018."
    )
    assert [m[0] for m in _meetings(extract(ahead, article_id="g93"))] == ["NextMeetingScheduled"]


def test_travelling_to_a_meeting_attends_it() -> None:
    """'Will fly to Minsk for the CIS summit': the summit is planned there; travel is no verb."""
    text = " date 2025-10-06 Pashinyan will fly to Minsk on Thursday for the CIS summit."
    assert _meetings(extract(text, article_id="g94")) == [
        ("NextMeetingScheduled", "cis-chs", "Minsk", "BY", "2025-10-09"),
    ]
    noun = " date 2025-10-06 Visa-free travel within the CIS was on the ministers' minds."
    assert _meetings(extract(noun, article_id="g94")) == []



def test_people_of_an_unlisted_council_hold_their_own_meeting() -> None:
    """'Министры обороны стран СНГ провели заседание': no meeting of the article's council."""
    text = (
        " date 2024-11-21 Главы МИД СНГ соберутся в Москве весной 2025 года. Министры обороны"
        " стран СНГ провели заседание в Москве 20 ноября."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g96"))] == ["NextMeetingScheduled"]


def test_a_comma_list_of_councils_is_a_coordination() -> None:
    """'Министры иностранных дел, министры обороны и секретари ...': the list's first council."""
    text = (
        " date 2016-10-15 Министры иностранных дел, министры обороны и секретари советов"
        " безопасности стран ОДКБ провели совместное заседание в Ереване 14 октября."
    )
    assert _meetings(extract(text, article_id="g97")) == [
        ("MeetingHeld", "csto-cfm", "Yerevan", "AM", "2016-10-14"),
    ]


def test_not_taking_place_as_scheduled_is_a_postponement() -> None:
    """'Will not take place as scheduled', 'не состоится в намеченные сроки': put off."""
    for text in (
        " date 2020-04-01 The CIS summit in Minsk will not be held on time because of the"
        " pandemic.",
        " date 2020-04-01 Саммит СНГ в Минске не пройдет в запланированные сроки.",
    ):
        assert [m[:3] for m in _meetings(extract(text, article_id="g98"))] == [
            ("MeetingPostponed", "cis-chs", "Minsk"),
        ]
    called_off = " date 2020-04-01 Саммит СНГ в Минске не пройдет."
    assert [m[0] for m in _meetings(extract(called_off, article_id="g98"))] == ["MeetingCancelled"]


def test_a_bare_summit_after_a_named_one_is_the_named_councils() -> None:
    """'Пройдет саммит СНГ ... В прошлом году саммит прошел в Москве': the heads of state's."""
    text = (
        "ДУШАНБЕ, 9 октября. /ТАСС/. Заседание СМИД СНГ прошло в Душанбе. На следующий день в"
        " таджикской столице пройдет саммит СНГ. В прошлом году саммит прошел в Москве."
    )
    held = [m for m in _meetings(extract(text, article_id="g99")) if m[2] == "Moscow"]
    assert [m[:2] for m in held] == [("MeetingHeld", "cis-chs")]


def test_a_purpose_clause_is_a_clause_of_its_own() -> None:
    """'Собрались в Душанбе, чтобы подготовить саммит': the ministers met, not the summit."""
    text = (
        " date 2025-10-09 Главы МИД стран СНГ собрались в Душанбе, чтобы подготовить саммит,"
        " который откроется на следующий день."
    )
    held = [m for m in _meetings(extract(text, article_id="g100")) if m[0] == "MeetingHeld"]
    assert [m[1] for m in held] == ["cis-cfm"]


def test_people_acting_at_that_meeting_tell_no_meeting_of_their_own() -> None:
    """'At that meeting, the heads of government approved X': the meeting told before, only."""
    text = (
        " date 2024-12-09 The previous meeting of the CIS heads of government took place in Kazan"
        " on November 3, 2023. At that meeting, the heads of government approved an agreement"
        " on services."
    )
    assert _meetings(extract(text, article_id="g101")) == [
        ("MeetingHeld", "cis-chg", "Kazan", "RU", "2023-11-03"),
    ]


def test_failing_to_act_at_a_meeting_still_tells_it_held() -> None:
    """'Failed to agree at their meeting in Dushanbe on 25 May': held, not planned."""
    text = (
        " date 2018-05-26 The CIS heads of government failed to agree on the draft at their"
        " meeting in Dushanbe on 25 May."
    )
    assert _meetings(extract(text, article_id="g102")) == [
        ("MeetingHeld", "cis-chg", "Dushanbe", "TJ", "2018-05-25"),
    ]


def test_a_date_in_the_possessive_of_another_meeting_is_that_meetings() -> None:
    """'Ahead of Friday's summit, the ministers will meet on Thursday': Thursday is theirs."""
    text = (
        " date 2023-10-11 Ahead of Friday's summit, CIS foreign ministers will meet in Bishkek on"
        " Thursday."
    )
    assert ("NextMeetingScheduled", "cis-cfm", "Bishkek", "KG", "2023-10-12") in _meetings(
        extract(text, article_id="g103")
    )


def test_arriving_in_the_present_tells_a_meeting_about_to_open() -> None:
    """'CIS leaders arrive in Bishkek for the summit': planned, not held yet."""
    text = " date 2023-10-12 CIS leaders arrive in Bishkek for the summit."
    assert [m[:3] for m in _meetings(extract(text, article_id="g104"))] == [
        ("NextMeetingScheduled", "cis-chs", "Bishkek"),
    ]


def test_the_eve_of_a_summit_points_at_the_summit_not_the_people_after_it() -> None:
    """'Накануне пятничного саммита министры встретятся в четверг': the ministers, Thursday."""
    text = (
        " date 2023-10-11 Накануне пятничного саммита министры иностранных дел СНГ встретятся в"
        " Бишкеке в четверг."
    )
    assert _meetings(extract(text, article_id="g105")) == [
        ("NextMeetingScheduled", "cis-cfm", "Bishkek", "KG", "2023-10-12"),
        ("NextMeetingScheduled", "cis-chs", "Bishkek", "KG", "2023-10-13"),
    ]


def test_a_weekdays_adjective_dates_its_meeting() -> None:
    """'В пятничном саммите СНГ в Бишкеке приняли участие все лидеры': Friday's summit."""
    text = " date 2023-10-14 В пятничном саммите СНГ в Бишкеке приняли участие все лидеры."
    assert _meetings(extract(text, article_id="g106")) == [
        ("MeetingHeld", "cis-chs", "Bishkek", "KG", "2023-10-13"),
    ]


def test_verbs_that_need_their_meeting_beside_them() -> None:
    """'В Бишкеке идет саммит СНГ': under way; 'речь идет о саммите': about it, no claim."""
    text = " date 2023-10-13 В Бишкеке идет саммит СНГ."
    assert _meetings(extract(text, article_id="g107")) == [
        ("MeetingHeld", "cis-chs", "Bishkek", "KG", "2023-10-13"),
    ]
    about = " date 2023-10-13 Речь идет о саммите СНГ в Бишкеке."
    assert _meetings(extract(about, article_id="g107")) == []
    lasting = " date 2023-10-12 Саммит СНГ в Бишкеке продлится один день."
    assert [m[:3] for m in _meetings(extract(lasting, article_id="g107"))] == [
        ("NextMeetingScheduled", "cis-chs", "Bishkek"),
    ]


def test_a_meeting_after_a_fronted_after_is_in_its_clauses_time() -> None:
    """'After the meeting, Lavrov will hold a press conference': the planned meeting, no past."""
    text = (
        " date 2024-04-08 The CIS foreign ministers will meet in Minsk on 12 April. After the"
        " meeting, Lavrov will hold a press conference on 13 April in Moscow."
    )
    assert _meetings(extract(text, article_id="g108")) == [
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-12"),
    ]


def test_coming_to_a_meeting_that_names_nobody_is_no_councils() -> None:
    """'Lavrov flew to Beijing for talks': no meeting of the article's council in Beijing."""
    text = (
        " date 2024-04-13 The CIS foreign ministers met in Minsk on Friday. On Saturday, Lavrov"
        " flew to Beijing for talks."
    )
    assert [m[2] for m in _meetings(extract(text, article_id="g109"))] == ["Minsk"]


def test_deputies_and_preparatory_meetings_are_no_councils_session() -> None:
    """'Deputy foreign ministers will hold a preparatory meeting': not the ministers' session."""
    text = (
        " date 2024-04-08 The CIS foreign ministers will meet in Minsk on 12 April. Deputy foreign"
        " ministers will hold a preparatory meeting there on 11 April."
    )
    assert _meetings(extract(text, article_id="g110")) == [
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-12"),
    ]
    russian = (
        " date 2024-04-08 Заместители министров иностранных дел СНГ провели подготовительное"
        " совещание в Минске 11 апреля."
    )
    assert _meetings(extract(russian, article_id="g110")) == []


def test_a_present_after_a_conjunction_of_time_is_the_main_clauses_future() -> None:
    """'Will meet in Moscow, before the foreign ministers gather in Minsk': Minsk is planned."""
    text = (
        " date 2024-04-08 The CIS Economic Council will meet in Moscow on 10 April, before the CIS"
        " foreign ministers gather in Minsk."
    )
    assert [m[:3] for m in _meetings(extract(text, article_id="g111"))] == [
        ("NextMeetingScheduled", "cis-cfm", "Minsk"),
    ]


def test_a_plain_accusative_object_is_no_meeting() -> None:
    """'Рахмон открыл новую школу': a school opened, no meeting of the article's council."""
    text = (
        " date 2025-10-06 Саммит СНГ пройдет в Душанбе. Рахмон открыл новую школу в Хатлонской"
        " области."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g112"))] == ["NextMeetingScheduled"]


def test_a_meeting_on_the_sidelines_is_no_councils() -> None:
    """'On the sidelines, Putin met Aliyev': a meeting beside the summit, not of it."""
    text = (
        " date 2025-10-14 The CIS summit took place in Dushanbe on 10 October. On the sidelines,"
        " Putin met Azerbaijan's Aliyev for the first time since ties soured in December 2024."
    )
    assert _meetings(extract(text, article_id="g113")) == [
        ("MeetingHeld", "cis-chs", "Dushanbe", "TJ", "2025-10-10"),
    ]


def test_an_english_month_before_another_meeting_is_that_meetings() -> None:
    """'SCO foreign ministers meet in Astana ahead of July summit': July is the summit's."""
    text = (
        "21 May 2024\nSCO foreign ministers meet in Astana ahead of July summit\n\nThe ministers"
        " gathered in the Kazakh capital."
    )
    assert ("NextMeetingScheduled", "sco-cfm", "Astana", "KZ", "2024-07") not in _meetings(
        extract(text, article_id="g114")
    )


def test_a_meeting_counted_from_another_is_dated_from_it_and_placed_apart() -> None:
    """'A week after the summit, the premiers meet in Minsk': 17 October, the summit stays put."""
    for text in (
        " date 2024-10-01 The CIS summit will be held in Dushanbe on 10 October. The heads of"
        " government will meet in Minsk a week after the summit.",
        " date 2024-10-01 Саммит СНГ пройдет в Душанбе 10 октября. Через неделю после саммита"
        " главы правительств соберутся в Минске.",
    ):
        assert _meetings(extract(text, article_id="g115")) == [
            ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-10"),
            ("NextMeetingScheduled", "cis-chg", "Minsk", "BY", "2024-10-17"),
        ]


def test_no_further_meeting_cancels_none() -> None:
    """'Are not scheduled to meet again this year', 'больше не соберутся': no claim at all."""
    for text in (
        " date 2024-11-20 The SCO foreign ministers, who last met in Astana in May, are not"
        " scheduled to meet again this year.",
        " date 2024-11-20 Главы МИД стран ШОС, которые в последний раз встречались в Астане в мае,"
        " в этом году больше не соберутся.",
    ):
        assert [m[0] for m in _meetings(extract(text, article_id="g116"))] == ["MeetingHeld"]
    called_off = " date 2024-11-20 Саммит СНГ в этом году не состоится."
    assert [m[0] for m in _meetings(extract(called_off, article_id="g116"))] == [
        "MeetingCancelled"
    ]


def test_its_next_meeting_is_the_councils_named_before() -> None:
    """'The CIS CFM held its most recent meeting in Moscow. Its next one ...': the CIS CFM's."""
    text = (
        " date 2024-11-20 On 25 November, Lavrov will take part in a session of the CSTO Council"
        " of Foreign Ministers in Astana. The CIS Council of Foreign Ministers held its most recent"
        " meeting in Moscow on 7 October. Its next meeting is planned for April 2025 in Minsk."
    )
    assert _meetings(extract(text, article_id="g117")) == [
        ("NextMeetingScheduled", "csto-cfm", "Astana", "KZ", "2024-11-25"),
        ("MeetingHeld", "cis-cfm", "Moscow", "RU", "2024-10-07"),
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2025-04"),
    ]


def test_a_count_of_meetings_names_no_one_meeting() -> None:
    """'Lavrov to attend three ministerial meetings in Astana': no one meeting of a council."""
    text = "20 November 2024\nLavrov to attend three ministerial meetings in Astana\n\nHe said so."
    assert _meetings(extract(text, article_id="g118")) == []


def test_the_council_of_the_next_sentence_is_the_one_just_named() -> None:
    """'The CIS CFM met in Moscow. The next meeting of the Council ...': the CIS CFM's."""
    for text in (
        " date 2024-11-20 The CSTO foreign ministers met in Astana on 25 November. The CIS Council"
        " of Foreign Ministers met in Moscow on 7 October. The next meeting of the Council is"
        " planned for April 2025 in Minsk.",
        " date 2024-11-20 Главы МИД ОДКБ встретились в Астане 25 ноября. Заседание СМИД СНГ прошло"
        " в Москве 7 октября. Следующее заседание совета запланировано на апрель 2025 года в"
        " Минске.",
    ):
        assert ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2025-04") in _meetings(
            extract(text, article_id="g119")
        )


def test_a_russian_count_in_any_case_counts_meetings() -> None:
    """'Примет участие в трех министерских встречах': a count, no one meeting."""
    text = (
        " date 2024-11-20 Заседание СМИД СНГ прошло в Москве 7 октября. Лавров примет участие в"
        " трех министерских встречах в Астане."
    )
    assert [m[2] for m in _meetings(extract(text, article_id="g120"))] == ["Moscow"]


def test_days_out_of_order_go_to_their_meetings_respectively() -> None:
    """'СГГ и СМИД прошли в Ашхабаде 11 и 10 октября соответственно': 11 and 10 October."""
    text = (
        " date 2020-03-19 В 2019 году заседания Совета глав государств и Совета министров"
        " иностранных дел СНГ прошли в Ашхабаде 11 и 10 октября соответственно."
    )
    assert sorted(_meetings(extract(text, article_id="g121"))) == [
        ("MeetingHeld", "cis-cfm", "Ashgabat", "TM", "2019-10-10"),
        ("MeetingHeld", "cis-chs", "Ashgabat", "TM", "2019-10-11"),
    ]


def test_staying_away_from_a_meeting_tells_it_was_held() -> None:
    """'Skipped the ministers' meeting in Bishkek last month', 'пропустил саммит': held."""
    for text, body in (
        (" date 2023-11-03 The minister also skipped the CIS foreign ministers' meeting in"
         " Bishkek last month.", "cis-cfm"),
        (" date 2023-11-03 Пашинян пропустил саммит СНГ в Бишкеке 13 октября.", "cis-chs"),
    ):  # fmt: skip
        assert [m[:3] for m in _meetings(extract(text, article_id="g122"))] == [
            ("MeetingHeld", body, "Bishkek"),
        ]


def test_a_coordinated_complement_is_read_whole() -> None:
    """'A session of foreign and defence ministers of the CSTO': the CSTO ministers', not the CIS's."""
    text = (
        " date 2023-11-03 The CIS foreign ministers met in Bishkek in October. A joint session of"
        " foreign and defence ministers of the Russia-led CSTO will not take place in Yerevan."
    )
    assert [m[:2] for m in _meetings(extract(text, article_id="g123"))] == [
        ("MeetingHeld", "cis-cfm"), ("MeetingCancelled", "csto-cfm"),
    ]


def test_the_city_a_venue_clause_names_places_the_meeting() -> None:
    """'The venue of the next CIS summit will be Minsk', 'местом проведения станет Минск'."""
    for text in (
        " date 2024-04-01 The venue of the next CIS summit will be Minsk.",
        " date 2024-04-01 Местом проведения следующего саммита СНГ станет Минск.",
    ):
        assert [m[:3] for m in _meetings(extract(text, article_id="g124"))] == [
            ("NextMeetingScheduled", "cis-chs", "Minsk"),
        ]


def test_a_present_with_a_calendar_date_is_the_day_to_come() -> None:
    """'The summit takes place on 11 October', told in April, is the October to come."""
    for text in (
        " date 2024-04-02 The summit of the CIS heads of state takes place in Dushanbe on"
        " October 11.",
        " date 2024-04-02 Саммит глав государств СНГ проходит в Душанбе 11 октября.",
    ):
        assert _meetings(extract(text, article_id="g125")) == [
            ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
        ]
    # one just past stays held: told on 14 October, the 11th is three days before
    text = " date 2024-10-14 The CIS summit takes place in Dushanbe on October 11."
    assert _meetings(extract(text, article_id="g125")) == [
        ("MeetingHeld", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
    ]


def test_a_date_after_a_framed_meeting_is_that_meetings() -> None:
    """'Ahead of the summit in Dushanbe on October 11, the ministers met': the 11th is the summit's."""
    for text in (
        " date 2024-04-02 Ahead of the CIS summit in Dushanbe on October 11, the foreign"
        " ministers met in Moscow.",
        " date 2024-04-02 В преддверии саммита СНГ в Душанбе 11 октября министры иностранных"
        " дел СНГ встретились в Москве.",
    ):
        assert sorted(_meetings(extract(text, article_id="g126"))) == [
            ("MeetingHeld", "cis-cfm", "Moscow", "RU", "2024-04"),
            ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
        ]


def test_a_leading_eve_of_a_dated_meeting_dates_the_claim_the_day_before() -> None:
    """'On the eve of the summit on October 11, the ministers will meet': on the 10th."""
    text = (
        " date 2024-04-02 On the eve of the CIS summit on October 11, the foreign ministers will"
        " meet in Dushanbe."
    )
    assert sorted(_meetings(extract(text, article_id="g127"))) == [
        ("NextMeetingScheduled", "cis-cfm", "Dushanbe", "TJ", "2024-10-10"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
    ]


def test_a_past_meeting_in_a_relative_clause_does_not_date_the_next() -> None:
    """'The ministers, who last met in Moscow in October, will gather in Minsk': no October."""
    text = (
        " date 2024-04-02 The CIS foreign ministers, who last met in Moscow in October, will"
        " gather in Minsk."
    )
    assert _meetings(extract(text, article_id="g128")) == [
        ("MeetingHeld", "cis-cfm", "Moscow", "RU", "2023-10"),
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "none"),
    ]


def test_a_meeting_met_to_prepare_is_to_come() -> None:
    """'The Economic Council met to prepare the heads of government meeting': that one is to come."""
    text = (
        " date 2024-04-02 The Economic Council of the CIS met in Moscow on Friday to prepare the"
        " heads of government meeting."
    )
    assert [m[:2] for m in _meetings(extract(text, article_id="g129"))] == [
        ("NextMeetingScheduled", "cis-chg"),
    ]


def test_a_meeting_held_by_another_organisation_is_not_ours() -> None:
    """'NATO will hold a summit in Vilnius': NATO's summit, not the CIS summit of the story."""
    for text in (
        " date 2024-04-02 The CIS summit was held in Minsk in March. NATO will hold a summit in"
        " Vilnius in July.",
        " date 2024-04-02 The CIS summit was held in Minsk in March. The Interparliamentary"
        " Assembly of CIS member states will hold its next plenary session in Saint Petersburg"
        " later this month.",
        " date 2024-04-02 Саммит СНГ прошел в Минске в марте. НАТО проведет саммит в Вильнюсе в"
        " июле.",
    ):
        assert _meetings(extract(text, article_id="g130")) == [
            ("MeetingHeld", "cis-chs", "Minsk", "BY", "2024-03"),
        ]


def test_a_noun_of_postponement_is_about_its_own_meeting() -> None:
    """'The postponement will not affect the session of X': X is not put off; 'of the summit in Minsk' is."""
    text = (
        " date 2024-04-02 The CIS summit was postponed to May. Nemtsov said the postponement will"
        " not affect the session of the CIS Council of Heads of Government, which is to take place"
        " in Moscow on 13 April."
    )
    assert _meetings(extract(text, article_id="g131")) == [
        ("MeetingPostponed", "cis-chs", None, None, "none"),
        ("NextMeetingScheduled", "cis-chg", "Moscow", "RU", "2024-04-13"),
    ]
    text = " date 2024-04-02 The postponement of the CIS summit in Minsk was announced on Monday."
    assert _meetings(extract(text, article_id="g131")) == [
        ("MeetingPostponed", "cis-chs", "Minsk", "BY", "none"),
    ]


def test_an_upper_case_headline_with_a_named_object_claims_no_meeting() -> None:
    """'KAZAKH PRESIDENT MEETS CHINESE DELEGATION': a name after the verb, in capitals too."""
    text = (
        " date 2024-04-02 The CIS summit will be held in Minsk in October. KAZAKH PRESIDENT MEETS"
        " CHINESE DELEGATION. Nazarbaev received a delegation."
    )
    assert _meetings(extract(text, article_id="g132")) == [
        ("NextMeetingScheduled", "cis-chs", "Minsk", "BY", "2024-10"),
    ]


def test_people_meeting_in_a_format_named_after_their_verb_are_its_councils() -> None:
    """'The foreign ministers of five states sat down with Lavrov, in the latest round of the X format'."""
    text = (
        " date 2024-10-04 The foreign ministers of Kazakhstan, Kyrgyzstan, Tajikistan,"
        " Turkmenistan and Uzbekistan sat down with Russia's Sergei Lavrov in Ashgabat on"
        " Thursday, in the latest round of the \"Central Asia + Russia\" format. The leaders of the"
        " Commonwealth of Independent States are due to meet in Moscow on October 8. Turkmenistan"
        " is only an associate member of the CIS."
    )
    assert _meetings(extract(text, article_id="g133")) == [
        ("MeetingHeld", "ca-russia-fm", "Ashgabat", "TM", "2024-10-03"),
        ("NextMeetingScheduled", "cis-chs", "Moscow", "RU", "2024-10-08"),
    ]


def test_coordinated_objects_with_their_own_places_and_days_are_two_meetings() -> None:
    """'Hosted the summit in Moscow on October 8 and the informal summit in Saint Petersburg on December 26'."""
    text = (
        " date 2025-01-15 Russia hosted the CIS summit in Moscow on October 8 last year and the"
        " informal summit in Saint Petersburg on December 26."
    )
    assert _meetings(extract(text, article_id="g134")) == [
        ("MeetingHeld", "cis-chs", "Moscow", "RU", "2024-10-08"),
        ("MeetingHeld", "cis-chs", "Saint Petersburg", "RU", "2024-12-26"),
    ]


def test_a_meeting_come_to_is_dated_by_its_own_verb() -> None:
    """'Putin flew to Minsk on Tuesday for the CIS summit, which opens on Thursday': Thursday, in Minsk."""
    text = (
        " date 2024-04-02 Putin flew to Minsk on Tuesday for the CIS summit, which opens on"
        " Thursday."
    )
    assert _meetings(extract(text, article_id="g135")) == [
        ("NextMeetingScheduled", "cis-chs", "Minsk", "BY", "2024-04-04"),
    ]


def test_a_meeting_opened_that_will_close_tomorrow_is_one_held_meeting() -> None:
    """'The summit opened on Tuesday and will close on Wednesday': held over both days, no plan."""
    text = " date 2024-04-02 The CIS summit opened in Minsk on Tuesday and will close on Wednesday."
    assert _meetings(extract(text, article_id="g136")) == [
        ("MeetingHeld", "cis-chs", "Minsk", "BY", "2024-04-02/2024-04-03"),
    ]


def test_the_next_meeting_with_no_date_or_place_is_still_one_to_come() -> None:
    """'The next meeting will take place in due course', after the meeting held: a plan of its own."""
    for text in (
        " date 2024-04-02 The CIS foreign ministers met in Minsk on Friday. The next meeting will"
        " take place in due course.",
        " date 2024-04-02 Министры иностранных дел СНГ встретились в Минске в пятницу. Дата"
        " следующего заседания будет согласована дополнительно.",
    ):
        assert _meetings(extract(text, article_id="g137")) == [
            ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-03-29"),
            ("NextMeetingScheduled", "cis-cfm", None, None, "none"),
        ]


def test_a_verb_after_a_relative_that_is_a_verb() -> None:
    """'Leaders begin arriving today for a summit that opens tomorrow': the summit is tomorrow's."""
    text = (
        " date 1997-10-22 Leaders of the Commonwealth of Independent States begin arriving in"
        " Chisinau today for a summit that opens tomorrow."
    )
    assert _meetings(extract(text, article_id="g138")) == [
        ("NextMeetingScheduled", "cis-chs", "Chisinau", "MD", "1997-10-23"),
    ]


def test_a_council_the_vocabulary_does_not_list_holds_its_own_meetings() -> None:
    """'The Economic Council of the CIS holds its session'; 'the meeting of the Commission on ...'."""
    text = (
        " date 2019-10-31 The CIS Council of Heads of Government meets in Ashgabat tomorrow."
        " Today, the Economic Council of the CIS, which brings together deputy heads of"
        " government, holds its session in Ashgabat. The meeting of the Commission on Economic"
        " Affairs under the Economic Council was held on Wednesday."
    )
    assert _meetings(extract(text, article_id="g139")) == [
        ("NextMeetingScheduled", "cis-chg", "Ashgabat", "TM", "2019-11-01"),
    ]


def test_the_noun_right_before_a_verb_is_its_subject_after_before() -> None:
    """'... before the heads of state convene in the capital on July 3-4': the SCO leaders', no ministers'."""
    text = (
        " date 2024-05-19 Foreign ministers of the Shanghai Cooperation Organisation gather in"
        " Astana on Monday and Tuesday for their annual council, the last ministerial gathering"
        " before the heads of state convene in the Kazakh capital on July 3-4."
    )
    assert not [m for m in _meetings(extract(text, article_id="g140")) if m[4].startswith("2024-07")]


def test_two_people_who_hold_talks_hold_their_own() -> None:
    """'Wang Yi and Lavrov are due to hold talks on Monday': theirs; 'are expected at the summit' is the council's."""
    text = (
        " date 2024-05-19 The SCO foreign ministers met in Astana on Monday. Wang Yi and Lavrov"
        " are due to hold talks on Monday evening."
    )
    assert [m[0] for m in _meetings(extract(text, article_id="g141"))] == ["MeetingHeld"]
    text = (
        " date 2024-05-19 The CIS summit opens in Astana on Friday. Putin and Tokayev are"
        " expected at the summit."
    )
    assert _meetings(extract(text, article_id="g141")) == [
        ("NextMeetingScheduled", "cis-chs", "Astana", "KZ", "2024-05-24"),
    ]


def test_a_time_as_subject_names_no_meeting_and_an_act_goes_on_the_meeting_before() -> None:
    """'The year opened in Almaty, where the premiers met in February. The premiers approved ...'."""
    text = (
        " date 2024-12-30 The year opened in Almaty, where the heads of government of the"
        " Eurasian Economic Union met in early February for the Eurasian Intergovernmental"
        " Council. The premiers approved the main directions of industrial cooperation until 2030."
    )
    events = extract(text, article_id="g142")
    assert _meetings(events) == [("MeetingHeld", "eaeu-ic", "Almaty", "KZ", "2024-02")]
    (decision,) = _decisions(events)
    assert decision.meeting.date is not None and decision.meeting.date.isoformat() == "2024-02"


def test_it_after_a_colon_is_the_meeting_named_before_it() -> None:
    """'A meeting in the Central Asia plus Russia format never took place: it was called off'."""
    text = (
        " date 2024-12-30 The CIS foreign ministers met in Moscow in October. A meeting of foreign"
        " ministers in the Central Asia plus Russia format, which had been pencilled in for"
        " Bishkek in September, never took place: it was called off at short notice."
    )
    assert _meetings(extract(text, article_id="g143"))[1:] == [
        ("MeetingCancelled", "ca-russia-fm", "Bishkek", "KG", "2024-09"),
    ]


def test_a_sentence_naming_no_body_goes_on_its_paragraphs_last_meeting() -> None:
    """'... with the Supreme Eurasian Economic Council on 26 December. The leaders agreed that the next session ...'."""
    text = (
        " date 2024-12-30 The CIS foreign ministers met in Moscow in October.\n\nThe year closed in"
        " Saint Petersburg with the Supreme Eurasian Economic Council on 26 December. Among the"
        " documents signed was a decision granting Iran observer status. The leaders also agreed"
        " that the next session will be held in Minsk in June."
    )
    assert _meetings(extract(text, article_id="g144"))[1:] == [
        ("MeetingHeld", "eaeu-sec", "Saint Petersburg", "RU", "2024-12-26"),
        ("NextMeetingScheduled", "eaeu-sec", "Minsk", "BY", "2025-06"),
    ]


def test_people_of_no_known_council_meet_for_the_meeting_named_after_the_verb() -> None:
    """'The bloc's leaders gathered for the CIS summit', 'the union's presidents met for the SEEC'."""
    text = (
        " date 2024-12-30 On 7 October the CIS Council of Foreign Ministers met in Moscow, and the"
        " next day the bloc's leaders gathered for the CIS summit. In May the union's presidents"
        " met in Moscow for the Supreme Eurasian Economic Council."
    )
    assert [m[:2] for m in _meetings(extract(text, article_id="g145"))] == [
        ("MeetingHeld", "cis-cfm"), ("MeetingHeld", "cis-chs"), ("MeetingHeld", "eaeu-sec"),
    ]


def test_a_meeting_a_restrictive_relative_clause_says_was_hosted() -> None:
    """'The CIS summit that Astana hosted on 14 October': held there and then."""
    text = " date 2022-11-21 The CIS summit that Astana hosted on 14 October was a success."
    assert _meetings(extract(text, article_id="g146")) == [
        ("MeetingHeld", "cis-chs", "Astana", "KZ", "2022-10-14"),
    ]


def test_ministerial_before_a_noun_is_an_adjective() -> None:
    """'Armenia was not represented at the ministerial level': no ministers' meeting; 'the CIS ministerial in Minsk' is one."""
    text = (
        " date 2023-12-14 The CIS defence ministers met in Moscow. Armenia was not represented at"
        " the ministerial level."
    )
    assert _meetings(extract(text, article_id="g147")) == []
    text = " date 2023-12-14 The CIS ministerial in Minsk ended on Friday."
    assert [m[:3] for m in _meetings(extract(text, article_id="g147"))] == [
        ("MeetingHeld", "cis-cfm", "Minsk"),
    ]


def test_people_counted_as_two_are_two_people() -> None:
    """'After which the two leaders held talks', 'both presidents met': two people's, no council's."""
    for text in (
        " date 2025-04-03 The Supreme Eurasian Economic Council met in December. An official"
        " ceremony was held in Astana, after which the two leaders held talks in a narrow format.",
        " date 2025-04-03 The Supreme Eurasian Economic Council met in December. Both presidents"
        " met in Astana on Thursday.",
    ):
        assert [m[:2] for m in _meetings(extract(text, article_id="g148"))] == [
            ("MeetingHeld", "eaeu-sec"),
        ]


def test_the_blocs_leaders_gather_the_day_after_the_meeting_of_their_sentence() -> None:
    """'Ministers meet in Bishkek on 12 October, and the bloc's leaders gather there the following day'."""
    text = (
        " date 2023-09-24 The CIS promised a common market in 1993. In 2014 the Supreme Eurasian"
        " Economic Council met in Astana on 29 May. CIS foreign ministers meet in Bishkek on 12 October, and the bloc's leaders gather there"
        " the following day."
    )
    assert _meetings(extract(text, article_id="g149"))[1:] == [
        ("NextMeetingScheduled", "cis-cfm", "Bishkek", "KG", "2023-10-12"),
        ("NextMeetingScheduled", "cis-chs", "Bishkek", "KG", "2023-10-13"),
    ]


def test_the_unions_prime_ministers_are_the_eurasian_unions() -> None:
    """'The union's prime ministers sat down together in Almaty', in a story about the CIS."""
    text = (
        " date 2020-03-19 The CIS foreign ministers were to meet in Tashkent. The last time the"
        " union's prime ministers sat down together, in Almaty in February, they argued about gas."
    )
    assert ("MeetingHeld", "eaeu-ic", "Almaty", "KZ", "2020-02") in _meetings(
        extract(text, article_id="g150")
    )


def test_of_that_year_is_the_last_year_told() -> None:
    """'The next steps came in 1994. In April of that year, in Moscow, ...': April 1994."""
    text = (
        " date 2023-09-24 The leaders met again in Ashgabat in December 1993. The next steps came"
        " in 1994. In April of that year, in Moscow, the heads of state of the CIS signed the"
        " Agreement."
    )
    assert _meetings(extract(text, article_id="g151"))[1:] == [
        ("MeetingHeld", "cis-chs", "Moscow", "RU", "1994-04"),
    ]


def test_a_meeting_held_on_the_eve_of_another_long_ago_tells_that_one_held() -> None:
    """'The ministers met in Ashgabat on 10 October, on the eve of the CIS summit', told in March: held on the 11th."""
    text = (
        " date 2020-03-20 The CIS foreign ministers met in Ashgabat on 10 October, on the eve of"
        " the CIS summit."
    )
    assert _meetings(extract(text, article_id="g152")) == [
        ("MeetingHeld", "cis-cfm", "Ashgabat", "TM", "2019-10-10"),
        ("MeetingHeld", "cis-chs", "Ashgabat", "TM", "2019-10-11"),
    ]


def test_a_session_moved_to_another_format_is_not_put_off() -> None:
    """'The session has moved to the expanded format': no date or place after 'to', nothing postponed."""
    text = (
        " date 2024-04-12 The CIS foreign ministers meet in Minsk today. The session has moved to"
        " the expanded format."
    )
    assert _meetings(extract(text, article_id="g153")) == [
        ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-12"),
    ]


def test_a_summit_of_people_is_a_meeting_not_people() -> None:
    """'On the eve of the summit of the heads of state in the Kyrgyz capital': a summit, held then."""
    text = (
        " date 2024-04-12 The CIS foreign ministers meet in Minsk today. The ministers last met in"
        " Bishkek in October 2023, on the eve of the summit of the heads of state in the Kyrgyz"
        " capital."
    )
    assert ("MeetingHeld", "cis-chs", "Bishkek", "KG", "2023-10") in _meetings(
        extract(text, article_id="g154")
    )


def test_the_object_of_the_verb_before_is_not_who_acted() -> None:
    """'The ministers reviewed the drafts for the heads of state and signed a statement': the ministers signed."""
    text = (
        " date 2024-09-27 The CIS Council of Foreign Ministers met in Dushanbe today. The ministers"
        " reviewed the draft documents for the heads of state and signed a joint statement on"
        " combating drug trafficking."
    )
    events = extract(text, article_id="g155")
    assert [m[:2] for m in _meetings(events)] == [("MeetingHeld", "cis-cfm")]
    (decision,) = _decisions(events)
    assert decision.meeting.body.value == "cis-cfm"


def test_the_following_summit_is_no_frame() -> None:
    """'Will host the following summit in Ashgabat': an adjective, not 'following the summit' (held)."""
    text = (
        " date 2024-09-27 Leaders arrive in Dushanbe for the CIS summit. Turkmenistan will host the"
        " following summit in Ashgabat, Aslov confirmed."
    )
    assert not [m for m in _meetings(extract(text, article_id="g156")) if m[0] == "MeetingHeld"]


def test_a_meetings_span_of_days_stays_whole_beside_its_last_day() -> None:
    """'SCO ministers wrap up Bishkek meeting' (22 May) and 'held on May 21-22': 21-22 May."""
    text = (
        "22 May 2019 | 18:30\nSCO foreign ministers of the bloc wrapped up a two-day meeting in the"
        " Kyrgyz capital on Wednesday. The session of the SCO Council of Foreign Ministers, held on"
        " May 21-22 at a state residence, was chaired by Chingiz Aidarbekov."
    )
    assert _meetings(extract(text, article_id="g157")) == [
        ("MeetingHeld", "sco-cfm", "Bishkek", "KG", "2019-05-21/2019-05-22"),
    ]


def test_a_meeting_something_could_be_agreed_at_is_not_held() -> None:
    """'A draft statement could be agreed at the meeting': a possibility to come, no meeting held."""
    text = (
        " date 2016-06-20 The CSTO foreign ministers will meet in Moscow on June 30. A draft"
        " statement is on the agenda and could be agreed at the meeting, sources said."
    )
    assert _meetings(extract(text, article_id="g158")) == [
        ("NextMeetingScheduled", "csto-cfm", "Moscow", "RU", "2016-06-30"),
    ]


def test_a_meeting_after_which_something_is_expected_is_to_come() -> None:
    """'The participants are expected to sign documents after the meeting': the meeting is to come."""
    text = (
        " date 2019-10-31 The CIS Council of Heads of Government meets in Ashgabat tomorrow. The"
        " participants are expected to sign a number of documents after the meeting."
    )
    assert not [m for m in _meetings(extract(text, article_id="g159")) if m[0] == "MeetingHeld"]


def test_people_expected_in_a_city_are_coming_not_meeting() -> None:
    """'The heads of government are expected in the Turkmen capital this evening': their coming."""
    text = (
        " date 2019-10-31 The CIS Council of Heads of Government meets in Ashgabat tomorrow. The"
        " heads of government of the member states are expected in the Turkmen capital this"
        " evening."
    )
    assert _meetings(extract(text, article_id="g160")) == [
        ("NextMeetingScheduled", "cis-chg", "Ashgabat", "TM", "2019-11-01"),
    ]


def test_a_headlines_present_over_a_plan_is_that_plan() -> None:
    """'CIS leaders gather in Chisinau' over 'a summit that opens tomorrow': no summit held."""
    text = (
        "Wednesday, October 22, 1997\nCIS leaders gather in Chisinau amid calls for reform\nCHISINAU,"
        " Moldova - Leaders of the Commonwealth of Independent States begin arriving here today for"
        " a summit that opens tomorrow.\nAt a summit in Moscow in May 1996, the leaders had signed"
        " a concept of cooperation."
    )
    assert [m for m in _meetings(extract(text, article_id="g161")) if m[2] == "Chisinau"] == [
        ("NextMeetingScheduled", "cis-chs", "Chisinau", "MD", "1997-10-23"),
    ]


def test_a_plan_put_off_is_mostly_put_off_before_its_day() -> None:
    """'The summit scheduled for October 11 has been postponed until next year', told in April: this October."""
    text = (
        " date 2024-04-02 The CIS summit scheduled for October 11 in Dushanbe has been postponed"
        " until next year."
    )
    assert _meetings(extract(text, article_id="g162")) == [
        ("MeetingPostponed", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
    ]
    # told two months after its day, it is that day's
    text = " date 2024-12-10 The CIS summit due on 16 October in Dushanbe was postponed."
    assert _meetings(extract(text, article_id="g162")) == [
        ("MeetingPostponed", "cis-chs", "Dushanbe", "TJ", "2024-10-16"),
    ]


def test_a_plan_that_was_and_its_postponement_told_after_a_reports_date() -> None:
    """'Had been due to meet in Tashkent on April 3. On March 18, the Committee said the session had been postponed'."""
    text = (
        " date 2020-03-19 The Commonwealth's top diplomats had been due to meet in Tashkent on"
        " April 3. On March 18, the CIS Executive Committee said the session had been postponed,"
        " without naming a new date."
    )
    assert _meetings(extract(text, article_id="g163")) == [
        ("MeetingPostponed", "cis-cfm", "Tashkent", "UZ", "2020-04-03"),
    ]


def test_a_by_participle_takes_the_time_of_a_past_verb_outside_the_lexicon() -> None:
    """'The friction overshadowed the previous council, hosted by India in May 2023': held."""
    text = (
        " date 2024-05-19 The SCO foreign ministers meet in Astana on Monday. The India-Pakistan"
        " friction overshadowed the previous council of foreign ministers, hosted by India in May"
        " 2023."
    )
    assert ("MeetingHeld", "sco-cfm", None, "IN", "2023-05") in _meetings(
        extract(text, article_id="g164")
    )


def test_a_meeting_of_the_format_is_the_format_told_before() -> None:
    """'The previous ministerial meeting of the format took place in October 2020 by videoconference'."""
    text = (
        " date 2023-04-14 Russian and Central Asian foreign ministers met in Astana today in the"
        " Central Asia - Russia format. The previous ministerial meeting of the format took place"
        " in October 2020 by videoconference."
    )
    assert ("MeetingHeld", "ca-russia-fm", None, None, "2020-10") in _meetings(
        extract(text, article_id="g165")
    )


def test_a_place_borrowed_from_another_meeting_gives_way_to_the_meetings_own() -> None:
    """'Preparations for the summit were discussed at the ministers' meeting in Minsk. The summit will be held in Dushanbe': one summit."""
    text = (
        " date 2024-04-05 Preparations for the CIS summit were discussed at the meeting of the"
        " Council of Foreign Ministers in Minsk on Friday. The summit will be held in Dushanbe on"
        " October 11."
    )
    assert _meetings(extract(text, article_id="g166")) == [
        ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-05"),
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-10-11"),
    ]


def test_a_present_host_in_a_relative_clause_dates_a_meeting_no_main_verb_claims() -> None:
    """'The CIS summit, which Astana is hosting on October 10, will focus on trade': a plan."""
    text = " date 2024-04-05 The CIS summit, which Astana is hosting on October 10, will focus on trade."
    assert _meetings(extract(text, article_id="g168")) == [
        ("NextMeetingScheduled", "cis-chs", "Astana", "KZ", "2024-10-10"),
    ]
    text = " date 2024-04-05 The CIS summit, which Tajikistan is hosting, will open tomorrow in Dushanbe."
    assert _meetings(extract(text, article_id="g169")) == [
        ("NextMeetingScheduled", "cis-chs", "Dushanbe", "TJ", "2024-04-06"),
    ]


def test_a_meeting_agreed_again_is_another_one_even_with_no_date_or_place() -> None:
    """'The CIS foreign ministers met in Minsk on Friday. They agreed to meet again': a plan too."""
    text = " date 2024-04-05 The CIS foreign ministers met in Minsk on Friday. They agreed to meet again."
    assert _meetings(extract(text, article_id="g170")) == [
        ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-05"),
        ("NextMeetingScheduled", "cis-cfm", None, None, "none"),
    ]


def test_a_meeting_prepared_for_is_not_placed_where_the_preparing_was() -> None:
    """'The ministers met in Minsk on Friday to prepare for the CIS summit': the summit has no place."""
    text = " date 2024-04-05 The CIS foreign ministers met in Minsk on Friday to prepare for the CIS summit."
    assert _meetings(extract(text, article_id="g171")) == [
        ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-05"),
        ("NextMeetingScheduled", "cis-chs", None, None, "none"),
    ]


def test_a_persons_talks_a_day_before_the_meeting_date_the_meeting_and_are_not_it() -> None:
    """'Lavrov will hold talks in Minsk on April 11, a day before the CFM meeting': the meeting is the 12th."""
    text = (
        " date 2024-04-01 Lavrov will hold talks in Minsk on April 11, a day before the meeting of"
        " the CIS Council of Foreign Ministers."
    )
    assert _meetings(extract(text, article_id="g172")) == [
        ("NextMeetingScheduled", "cis-cfm", "Minsk", "BY", "2024-04-12"),
    ]


def test_two_meetings_in_one_frame_are_both_held() -> None:
    """'discussed at the meetings of the Council of Heads of Government and the Council of Foreign Ministers': both."""
    text = (
        " date 2024-04-05 The documents were discussed previously at the meetings of the CIS"
        " Council of Heads of Government and the Council of Foreign Ministers."
    )
    assert [m[:2] for m in _meetings(extract(text, article_id="g173"))] == [
        ("MeetingHeld", "cis-chg"),
        ("MeetingHeld", "cis-cfm"),
    ]


def test_a_leading_date_with_no_comma_leaves_the_subject_after_it() -> None:
    """'Last year the ministers met in Minsk': held, in the year before the story's."""
    text = " date 2024-04-05 The CIS foreign ministers met in Almaty. Last year the ministers met in Minsk."
    assert ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2023") in _meetings(extract(text, article_id="g174"))


def test_the_first_sentence_that_names_a_body_leads_the_story() -> None:
    """A headline, byline and standfirst before the lead: the lead's body is the story's topic."""
    text = (
        " date 2024-04-05 Russia and Central Asia: a format of its own\n\nMoscow borrows a format"
        " from Washington.\n\nBy Aigerim Satpayeva\n\nLavrov will attend the Central Asia + Russia"
        " ministerial in Almaty next week.\n\nThe Almaty ministerial comes a month after the CIS"
        " foreign ministers met in Minsk, where the CIS ministers adopted a statement.\n\nThe"
        " ministers first convened in October 2020."
    )
    assert ("MeetingHeld", "ca-russia-fm", None, None, "2020-10") in _meetings(
        extract(text, article_id="g175")
    )


def test_people_of_the_one_council_a_sentence_names_are_its_own() -> None:
    """'attended the CIS heads of government meeting in Ashgabat, where the prime ministers signed': the CIS's."""
    text = (
        " date 2024-06-03 The Eurasian Intergovernmental Council meets in Minsk on Tuesday. Last"
        " month, Bektenov attended the CIS Council of Heads of Government meeting in Ashgabat, where"
        " the prime ministers signed an agreement on geological exploration."
    )
    found = _meetings(extract(text, article_id="g176"))
    assert ("MeetingHeld", "cis-chg", "Ashgabat", "TM", "2024-05") in found
    assert [m for m in found if m[0] == "MeetingHeld" and m[1] == "eaeu-ic"] == []


def test_an_object_pronoun_right_before_its_verb_stands_for_the_meeting() -> None:
    """'однако из-за пандемии коронавируса его перенесли на 18 декабря': the summit put off."""
    text = (
        " date 2020-12-18 Лидеры СНГ провели саммит онлайн. Изначально саммит СНГ планировалось"
        " провести в октябре в Ташкенте, однако из-за пандемии коронавируса его перенесли на 18"
        " декабря."
    )
    assert ("MeetingPostponed", "cis-chs", "Tashkent", "UZ", "2020-10") in _meetings(
        extract(text, article_id="g177")
    )


def test_deciding_to_hold_a_meeting_adopts_no_document() -> None:
    """'а затем решили проводить онлайн': a plan for the meeting, no decision."""
    text = (
        " date 2020-12-18 Лидеры СНГ провели саммит онлайн. Саммит СНГ планировалось провести в"
        " Ташкенте, однако его перенесли, а затем решили проводить онлайн."
    )
    assert _decisions(extract(text, article_id="g178")) == []


def test_a_meeting_dated_last_month_by_name_was_held_in_passing_too() -> None:
    """'Armenia did not send its foreign minister to the CSTO ministers' meeting in Almaty last June': held."""
    text = (
        " date 2024-12-18 Armenia did not send its foreign minister to the CSTO foreign ministers'"
        " meeting in Almaty last June."
    )
    assert _meetings(extract(text, article_id="g179")) == [
        ("MeetingHeld", "csto-cfm", "Almaty", "KZ", "2024-06"),
    ]


def test_heads_of_foreign_policy_departments_are_the_foreign_ministers() -> None:
    """'The heads of foreign policy departments of the CIS member states gathered in Moscow': the CFM."""
    text = (
        " date 2019-04-05 The heads of foreign policy departments of the CIS member states gathered"
        " in Moscow for the regular sitting."
    )
    assert _meetings(extract(text, article_id="g180")) == [
        ("MeetingHeld", "cis-cfm", "Moscow", "RU", "2019-04"),
    ]


def test_a_subject_a_dash_parts_from_its_verb_is_the_verbs() -> None:
    """'Следующая встреча премьеров – заседание СГП СНГ – запланирована на май в Минске': the CHG's plan."""
    text = (
        " date 2021-02-05 В Алма-Ате проходит заседание Евразийского межправительственного совета."
        "\n\nПовестка включает около 20 вопросов. Ожидается, что по итогам будет подписан пакет"
        " документов.\n\nСледующая встреча премьеров стран Содружества – заседание Совета глав"
        " правительств СНГ – запланирована на май в Минске."
    )
    found = _meetings(extract(text, article_id="g181"))
    assert ("NextMeetingScheduled", "cis-chg", "Minsk", "BY", "2021-05") in found
    assert [m for m in found if m[0] == "NextMeetingScheduled" and m[1] == "eaeu-ic"] == []


def test_a_leading_date_dates_every_meeting_its_verb_coordinates() -> None:
    """'In October, Tashkent will also host the meetings of the CFM and the CHS': both in October."""
    text = (
        " date 2020-04-24 In October, Tashkent will also host the meetings of the Council of Foreign"
        " Ministers and the Council of Heads of State of the CIS."
    )
    assert _meetings(extract(text, article_id="g182")) == [
        ("NextMeetingScheduled", "cis-cfm", "Tashkent", "UZ", "2020-10"),
        ("NextMeetingScheduled", "cis-chs", "Tashkent", "UZ", "2020-10"),
    ]


def test_a_visit_to_a_city_places_the_meeting_its_visitor_attends() -> None:
    """'Pashinyan, who is on a working visit to Minsk, today took part in the meeting': Minsk, not the dateline's city."""
    text = (
        " date 2019-10-25 YEREVAN, OCTOBER 25, ARMENPRESS. Prime Minister of Armenia Nikol"
        " Pashinyan, who is on a working visit to Minsk, today took part in the meeting of the"
        " Council of CIS Heads of Government."
    )
    assert _meetings(extract(text, article_id="g183")) == [
        ("MeetingHeld", "cis-chg", "Minsk", "BY", "2019-10-25"),
    ]


def test_a_person_as_the_subject_meets_people_not_as_a_council() -> None:
    """'On 11 October, he met with the Foreign Minister of Tajikistan': no meeting of the CFM."""
    text = (
        " date 2023-10-12 The CIS foreign ministers met in Bishkek on Thursday. On 11 October, he"
        " met with Foreign Minister of Tajikistan Sirojiddin Muhriddin."
    )
    assert _meetings(extract(text, article_id="g184")) == [
        ("MeetingHeld", "cis-cfm", "Bishkek", "KG", "2023-10-12"),
    ]


def test_people_right_after_a_council_of_their_kind_are_its_own_across_a_paragraph() -> None:
    """'... the Eurasian Intergovernmental Council will take place on April 10 by video. / "The heads of government will hold the meeting via video link"': the EAEU's."""
    text = (
        " date 2020-03-20 CIS foreign ministers' meeting in Minsk postponed.\n\nThe meeting of the"
        " Eurasian Intergovernmental Council will take place on April 10 as scheduled, but in"
        " videoconference format.\n\n\"The heads of government will hold the meeting via video"
        " link,\" the commission noted."
    )
    assert [m for m in _meetings(extract(text, article_id="g185")) if m[1] == "cis-chg"] == []


def test_the_one_body_the_sentence_before_names_is_the_local_topic() -> None:
    """'The main event of the autumn was the CIS summit in Moscow. On 8 October the Council of Heads of State met': the CIS's."""
    text = (
        " date 2024-12-28 The Supreme Eurasian Economic Council met in Saint Petersburg on 26"
        " December.\n\nГлавным событием осени стал саммит СНГ в Москве. 8 октября Совет глав"
        " государств собрался в Москве, накануне, 7 октября, там же заседали министры иностранных"
        " дел."
    )
    found = _meetings(extract(text, article_id="g186"))
    assert ("MeetingHeld", "cis-chs", "Moscow", "RU", "2024-10-08") in found
    assert ("MeetingHeld", "cis-cfm", "Moscow", "RU", "2024-10-07") in found


def test_a_council_named_by_its_name_alone_is_among_the_articles_named_bodies() -> None:
    """'Следующее заседание Высшего совета запланировано на июнь в Минске', in a story whose topic is another: the Supreme Council's."""
    text = (
        " date 2024-12-28 Календарь открылся 2 февраля в Алматы, где собрался Евразийский"
        " межправительственный совет. В начале июня межправсовет ЕАЭС снова заседал в Минске."
        " 1 октября в Ереване прошло заседание Евразийского межправительственного совета.\n\n"
        "Завершился год 26 декабря в Санкт-Петербурге заседанием Высшего Евразийского"
        " экономического совета.\n\nЧто дальше? Следующее заседание Высшего совета запланировано на"
        " июнь 2025 года в Минске."
    )
    assert ("NextMeetingScheduled", "eaeu-sec", "Minsk", "BY", "2025-06") in _meetings(
        extract(text, article_id="g187")
    )


def test_pairs_of_time_and_place_after_a_leading_date_are_one_meeting_each() -> None:
    """'In 2019 the ministers met in Bishkek, and in 2022 in Tashkent'; '..., а в 2022 году – в Ташкенте': two meetings."""
    for words in (
        "In 2019 the SCO foreign ministers met in Bishkek, and in 2022 in Tashkent.",
        "Напомним, в 2019 году Совет министров иностранных дел ШОС собирался в Бишкеке, а в 2022"
        " году – в Ташкенте.",
    ):
        assert _meetings(extract(" date 2024-05-21 " + words, article_id="g188")) == [
            ("MeetingHeld", "sco-cfm", "Bishkek", "KG", "2019"),
            ("MeetingHeld", "sco-cfm", "Tashkent", "UZ", "2022"),
        ]


def test_a_meeting_held_every_year_is_no_one_meeting() -> None:
    """'The CIS summit is held every autumn', 'Министры встречаются ежегодно': habits, no claim."""
    for words in ("The CIS summit is held every autumn.",
                  "Министры иностранных дел СНГ встречаются ежегодно."):
        assert _meetings(extract(" date 2024-02-10 " + words, article_id="g189")) == []


def test_pairs_of_place_and_time_in_sequence_are_one_meeting_each() -> None:
    """'The ministers last gathered in Minsk on 13 October 2023, and before that in Astana in April': two."""
    text = (
        " date 2024-01-15 The CIS foreign ministers met in Moscow. The ministers last gathered in"
        " Minsk on 13 October 2023, and before that in Astana in April."
    )
    found = _meetings(extract(text, article_id="g190"))
    assert ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2023-10-13") in found
    assert ("MeetingHeld", "cis-cfm", "Astana", "KZ", "2023-04") in found


def test_a_meeting_at_a_lower_level_or_over_dinner_is_no_session() -> None:
    """'the sides met at the expert level', 'gathered for an informal dinner', 'консультации на уровне экспертов': no session."""
    for words in (
        "In March, the sides met at the expert level.",
        "On Thursday evening, the ministers gathered for an informal dinner.",
        "В четверг прошли консультации на уровне экспертов.",
    ):
        text = " date 2024-04-05 The CIS foreign ministers met in Minsk on Friday. " + words
        assert _meetings(extract(text, article_id="g191")) == [
            ("MeetingHeld", "cis-cfm", "Minsk", "BY", "2024-04-05"),
        ]


def test_people_met_with_are_no_session() -> None:
    """'On Thursday, the ministers met with students of the university': no session that day."""
    for words in (
        "The CIS foreign ministers met in Minsk on Friday. On Thursday, the ministers met with"
        " students of the Belarusian State University.",
        "Министры иностранных дел СНГ провели заседание в Минске в пятницу. В четверг министры"
        " встретились со студентами университета.",
    ):
        found = _meetings(extract(" date 2024-04-05 " + words, article_id="g192"))
        assert [m[4] for m in found] == ["2024-04-05"]


def test_an_object_pronoun_through_an_adverb_stands_for_the_meeting() -> None:
    """'... заседания СМИД, намеченного на 3 апреля в Минске. Ранее его уже отложили': put off."""
    text = (
        " date 2020-04-24 Под вопросом проведение заседания Совета министров иностранных дел СНГ,"
        " намеченного на 3 апреля в Минске. Ранее его уже отложили."
    )
    assert ("MeetingPostponed", "cis-cfm", "Minsk", "BY", "2020-04-03") in _meetings(
        extract(text, article_id="g193")
    )
