"""The places stage: gazetteer lookups, capitals, online meetings and how places are used."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cischronicle.extract.model import PlaceMention, PlaceRole
from cischronicle.extract.places import capital_of, find_places, place_named
from cischronicle.extract.text import read_document
from cischronicle.values import CITIES, Place, load_lexicon

AT, OTHER = PlaceRole.AT, PlaceRole.OTHER


def places(text: str, language: str = "en") -> list[tuple[str, Place, PlaceRole]]:
    """Every place of every sentence of ``text``: the words, the place and the role."""
    doc = read_document(text, language=language)
    return [
        (text[m.start : m.end], m.place, m.role)
        for sentence in doc.sentences
        for m in find_places(doc, sentence)
    ]


def roles(text: str, language: str = "en") -> dict[Place, PlaceRole]:
    """The role of each place of ``text`` (the last one when a place recurs)."""
    return {place: role for _, place, role in places(text, language)}


# --- the gazetteer ----------------------------------------------------------------------


def test_cities_come_from_the_gazetteer() -> None:
    """CITIES holds every [[city]] of the gazetteer with its country, and every capital."""
    data = load_lexicon("gazetteer")
    assert {c["name"]: c["country"] for c in data["city"]} == CITIES
    for country in data["country"]:
        assert country["capital"] in CITIES


def test_place_named_reads_old_names_and_spellings() -> None:
    """Old names, transliterations, hyphen or space, and diacritics all give the modern city."""
    assert place_named("Kiev") == Place("Kyiv", "UA")
    assert place_named("Alma-Ata") == place_named("Alma Ata") == Place("Almaty", "KZ")
    assert place_named("Nur-Sultan") == Place("Astana", "KZ")
    assert place_named("Kishinev") == place_named("Chișinău") == Place("Chisinau", "MD")
    assert place_named("Frunze") == Place("Bishkek", "KG")
    assert place_named("St. Petersburg") == Place("Saint Petersburg", "RU")
    assert place_named("Kyrgyz Republic") == Place(country="KG")


def test_place_named_reads_russian_case_forms() -> None:
    """Any case form of a Russian name is found through its lemma, with no listed forms."""
    assert place_named("Минске") == Place("Minsk", "BY")
    assert place_named("Ашхабаде") == Place("Ashgabat", "TM")
    assert place_named("Алма-Аты") == Place("Almaty", "KZ")
    assert place_named("Санкт-Петербурге") == Place("Saint Petersburg", "RU")
    assert place_named("Нижнем Новгороде") == Place("Nizhny Novgorod", "RU")
    assert place_named("Российской Федерации") == Place(country="RU")
    assert place_named("Киргизии") == Place(country="KG")


def test_place_named_reads_a_soft_sign_name_the_lemmatiser_does_not_know() -> None:
    """A case form of a soft-sign name found through the stem the lemmatiser guesses."""
    assert place_named("Тяньцзине") == Place("Tianjin", "CN")


def test_place_named_refuses_adjectives_strangers_and_short_typos() -> None:
    """Adjectives, unknown names, lower case and typos of short names are no place."""
    assert place_named("Kyrgyz") is None
    assert place_named("Paris") is None
    assert place_named("tashkent") is None
    assert place_named("Mnsk") is None
    assert place_named("Bakuu") is None


def test_place_named_forgives_one_edit_in_a_long_name() -> None:
    """A capitalised word one edit from a name of six or more letters is that name."""
    assert place_named("Tashknet") == Place("Tashkent", "UZ")
    assert place_named("Dushambe") == Place("Dushanbe", "TJ")
    assert place_named("Kazakstan") == Place(country="KZ")


def test_capital_of_follows_the_year() -> None:
    """Kazakhstan's capital is Almaty until 1997 and Astana after; others do not move."""
    assert capital_of("KZ", 1995) == Place("Almaty", "KZ")
    assert capital_of("KZ", 2005) == capital_of("KZ") == Place("Astana", "KZ")
    assert capital_of("TJ") == Place("Dushanbe", "TJ")
    assert capital_of("XX") is None


# --- locating ---------------------------------------------------------------------------


def test_locatives_place_cities_and_countries() -> None:
    """Locatives "in X", "at X", "в X", "во X" and "in the Russian city of X" locate something."""
    found = roles(
        "Delegates assembled at Tashkent for two days. Later they flew on and sat down in "
        "Tajikistan. The envoys then dined in the southern Russian city of Sochi."
    )
    assert found[Place("Tashkent", "UZ")] is AT
    assert found[Place(country="TJ")] is AT
    assert found[Place("Sochi", "RU")] is AT
    ru = roles("Послы встретились во Владивостоке, а затем в городе Бресте и в Казахстане.", "ru")
    assert ru == {
        Place("Vladivostok", "RU"): AT,
        Place("Brest", "BY"): AT,
        Place(country="KZ"): AT,
    }


def test_hosts_meeting_names_and_datelines_locate() -> None:
    """Host verbs, "hosted by", a city naming a meeting and a city beside a date are AT."""
    assert roles("Yerevan will host the gathering of envoys.") == {Place("Yerevan", "AM"): AT}
    assert roles("A forum hosted by Baku drew crowds.") == {Place("Baku", "AZ"): AT}
    assert roles("Kazakhstan is set to host the next round.") == {Place(country="KZ"): AT}
    assert roles("After the Bishkek summit the leaders left.") == {Place("Bishkek", "KG"): AT}
    assert (
        roles("Plenary session, Ashgabat, March 3: opening remarks.")[Place("Ashgabat", "TM")] is AT
    )
    assert (
        roles("11 марта, Ереван /корр./. Министры приняли заявление.", "ru")[Place("Yerevan", "AM")]
        is AT
    )


def test_russian_city_adjective_before_a_meeting_noun_locates() -> None:
    """A city's Russian adjective naming a meeting ("на минской встрече") is that city, AT."""
    found = places("Об этом говорили на душанбинской встрече министров.", "ru")
    assert [(p, r) for _, p, r in found] == [(Place("Dushanbe", "TJ"), AT)]
    other = places("Ташкентский университет объявил набор.", "ru")
    assert [(p, r) for _, p, r in other] == [(Place("Tashkent", "UZ"), OTHER)]


def test_capital_phrases_name_the_capital() -> None:
    """Phrases "the Kyrgyz capital", "the capital of Tajikistan", "в таджикской столице" name it."""
    assert roles("Talks went on late in the Kyrgyz capital.") == {Place("Bishkek", "KG"): AT}
    assert roles("Ministers arrived in the capital of Tajikistan.") == {Place("Dushanbe", "TJ"): AT}
    assert roles("Belarus's capital was quiet on Sunday.") == {Place("Minsk", "BY"): OTHER}
    assert roles("Делегации собрались в узбекской столице.", "ru") == {Place("Tashkent", "UZ"): AT}


def test_capital_phrase_then_city_is_one_mention() -> None:
    """Phrases "в столице Таджикистана Душанбе", "the Uzbek capital, Tashkent" give one mention."""
    ru = places("Переговоры прошли в столице Таджикистана Душанбе накануне.", "ru")
    assert [(w, p, r) for w, p, r in ru] == [("Душанбе", Place("Dushanbe", "TJ"), AT)]
    en = places("Envoys conferred in the Uzbek capital, Tashkent, overnight.")
    assert [(w, p, r) for w, p, r in en] == [("Tashkent", Place("Tashkent", "UZ"), AT)]
    after = places("They came to Astana, the Kazakh capital, by train.")
    assert [w for w, _, _ in after] == ["Astana"]


def test_capital_phrase_reads_the_year_of_the_text() -> None:
    """The phrase "the Kazakh capital" in a text about 1996 is Almaty; in one about 2015, Astana."""
    assert roles("In 1996 the premiers sat in the Kazakh capital.") == {Place("Almaty", "KZ"): AT}
    assert roles("In 2015 the premiers sat in the Kazakh capital.") == {Place("Astana", "KZ"): AT}


def test_city_then_its_country_is_one_mention() -> None:
    """Both "Dushanbe, Tajikistan" and "the Kyrgyz town of Cholpon-Ata" give only the city."""
    found = places("The panel convened in Dushanbe, Tajikistan, on a Monday.")
    assert [(w, p, r) for w, p, r in found] == [("Dushanbe", Place("Dushanbe", "TJ"), AT)]
    town = places("They rested in the Kyrgyz town of Cholpon-Ata.")
    assert [(w, p, r) for w, p, r in town] == [("Cholpon-Ata", Place("Cholpon-Ata", "KG"), AT)]


# --- other uses -------------------------------------------------------------------------


def test_possessives_offices_origins_and_actors_are_other() -> None:
    """Possessives, modifiers of non-meetings, "from X" and actors are not locations."""
    for sentence, place in [
        ("Minsk's stance on tariffs hardened.", Place("Minsk", "BY")),
        ("The Moscow office issued a note.", Place("Moscow", "RU")),
        ("Envoys flew from Moscow overnight.", Place("Moscow", "RU")),
        ("The chairmanship of Uzbekistan ends soon.", Place(country="UZ")),
        ("Uzbekistan's Foreign Minister spoke first.", Place(country="UZ")),
        ("Kyrgyzstan will chair the body next year.", Place(country="KG")),
        ("Kazakhstan proposed a new clause.", Place(country="KZ")),
        ("The Kazakh President signed it.", Place(country="KZ")),
        ("A Moscow-based analyst disagreed.", Place("Moscow", "RU")),
    ]:
        assert roles(sentence) == {place: OTHER}, sentence
    assert roles("Российская сторона выступила против.", "ru") == {Place(country="RU"): OTHER}


def test_namesakes_and_longer_proper_names_are_no_place() -> None:
    """Namesakes ("Moscow, Idaho") and longer names ("Minsk Agreements") are no place."""
    assert places("A fair opened in Moscow, Idaho, last week.") == []
    assert places("The Minsk Agreements were discussed again.") == []
    assert places("According to the Moscow Times, nothing changed.") == []
    assert places("A ferry left Brest (France) at dawn.") == []


def test_online_phrases_are_online_places() -> None:
    """Videoconference, video link, online and virtual formats, English and Russian."""
    online = Place(online=True)
    for sentence in [
        "The council met by video-conference on Tuesday.",
        "Leaders joined via video link from their capitals.",
        "It was a virtual summit this time.",
        "The session will be held online because of the storm.",
        "Они провели заседание в режиме видеоконференции.",
        "Встреча прошла по видеосвязи.",
        "Совещание пройдёт в онлайн-формате.",
        "Министры собрались в формате видеоконференции.",
        "Совещание пройдет онлайн из-за шторма.",
        "Совет министров собрался онлайн.",
    ]:
        language = "ru" if sentence[0] in "ОВСМ" else "en"
        assert [(p, r) for _, p, r in places(sentence, language)] == [(online, AT)], sentence
    assert places("He reads the news online every day.") == []


# --- shape and cost ---------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="Minsk Москве,.-'s capitalof столице()Kazakh videoonline ", max_size=200))
def test_mentions_are_ordered_disjoint_and_inside_the_sentence(text: str) -> None:
    """On any text, mentions lie inside their sentence, in order, and never overlap."""
    doc = read_document(text, language="en")
    for sentence in doc.sentences:
        mentions: tuple[PlaceMention, ...] = find_places(doc, sentence)
        previous_end = sentence.start
        for mention in mentions:
            assert sentence.start <= mention.start < mention.end <= sentence.end
            assert mention.start >= previous_end
            previous_end = mention.end


def test_hostile_input_takes_linear_time() -> None:
    """50 kB of random capitalised words, hyphens and punctuation are read in well under 5 s."""
    rng = random.Random(7)
    words = ["Minsk", "Alma", "Ata", "Capital", "Of", "Moscow", "Kazakh", "Москве", "Столице",
             "Video", "Online", "Aaaaaaa", "Tashkentt", "S", "Idaho", "Times"]  # fmt: skip
    marks = [" ", " ", "-", ", ", "'s ", " (", ") ", ". ", " - ", "-", "’"]
    pieces: list[str] = []
    while sum(map(len, pieces)) < 50_000:
        pieces.append(rng.choice(words) + rng.choice(marks))
    hostile = ["".join(pieces), "A-" * 25_000, "Moscow " * 7_000, "в " * 25_000, "Ааааа-" * 8_000]
    began = time.perf_counter()
    for text in hostile:
        doc = read_document(text, language="en")
        for sentence in doc.sentences:
            find_places(doc, sentence)
    assert time.perf_counter() - began < 5.0


@pytest.mark.parametrize(
    ("text", "language", "role"),
    [
        ("The leaders discussed the situation in Ukraine.", "en", "other"),
        ("Лидеры обсудили ситуацию в Таджикистане.", "ru", "other"),
        ("The leaders met in Ukraine.", "en", "at"),
    ],
)
def test_a_place_of_a_subject_of_talks_is_no_venue(text: str, language: str, role: str) -> None:
    """'Discussed the situation in Ukraine': where the subject is, not where they met."""
    assert [r.value for _, _, r in places(text, language)] == [role]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Putin took part from his residence in Novo-Ogaryovo outside Moscow.", "en",
         [("Novo-Ogaryovo", "other"), ("Moscow", "other")]),
        ("Президент участвовал из своей резиденции в Минске.", "ru", [("Минске", "other")]),
        ("The summit took place at the president's residence in Minsk.", "en",
         [("Minsk", "at")]),
    ],
)  # fmt: skip
def test_a_place_one_took_part_from_is_no_venue(
    text: str, language: str, expected: list[tuple[str, str]]
) -> None:
    """'Took part from his residence in X': where one sat; 'at the residence in X' a venue."""
    assert [(w, r.value) for w, _, r in places(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The leaders met at Bocharov Ruchei.", "en", [("Bocharov Ruchei", "Sochi", "at")]),
        ("Саммит прошел в Константиновском дворце.", "ru",
         [("Константиновском дворце", "Saint Petersburg", "at")]),
        ("The talks were held in the Kazan Kremlin.", "en", [("Kazan", "Kazan", "at")]),
        ("The talks were held in the Kremlin of Kazan.", "en", [("Kazan", "Kazan", "other")]),
    ],
)  # fmt: skip
def test_a_venue_is_read_as_its_city_unless_another_city_names_it(
    text: str, language: str, expected: list[tuple[str, str, str]]
) -> None:
    """'At Bocharov Ruchei' is in Sochi; 'the Kazan Kremlin' is Kazan's, not Moscow's."""
    assert [(w, p.city, r.value) for w, p, r in places(text, language)] == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("They extended the mandate of the peacekeeping force in Tajikistan.", "en"),
        ("Продлен мандат миротворческих сил в Таджикистане.", "ru"),
    ],
)
def test_a_place_of_forces_stationed_there_is_no_venue(text: str, language: str) -> None:
    """'The peacekeeping force in Tajikistan': where the force is, not where they met."""
    assert [r.value for _, _, r in places(text, language)] == ["other"]


@pytest.mark.parametrize(
    ("text", "language"),
    [("Заседание пройдет не в Гомеле, а в Худжанде.", "ru"),
     ("The council will meet not in Gomel but in Khujand.", "en")],
)
def test_a_place_the_meeting_is_not_in_is_no_venue(text: str, language: str) -> None:
    """'Не в Гомеле, а в Худжанде': Khujand is the venue, Gomel where it is not."""
    assert [(p.city, r.value) for _, p, r in places(text, language)] == [
        ("Gomel", "other"), ("Khujand", "at")
    ]


def test_a_regions_capital_phrase_names_its_capital() -> None:
    """'The capital of Tatarstan', 'в столице Татарстана': Kazan; 'in Tatarstan': Russia only."""
    assert [p for _, p, _ in places("They met in the capital of Tatarstan.")] == [
        Place("Kazan", "RU")
    ]
    assert [p for _, p, _ in places("Саммит прошел в столице Татарстана.", "ru")] == [
        Place("Kazan", "RU")
    ]
    assert [p for _, p, _ in places("They met in Tatarstan.")] == [Place(country="RU")]


def test_a_setting_named_with_its_own_locative_is_no_topic() -> None:
    """'Встретятся в неформальной обстановке в Санкт-Петербурге': the city is the venue."""
    from cischronicle import extract

    events = extract(
        " date 2019-10-11 В декабре лидеры СНГ встретятся в неформальной обстановке в"
        " Санкт-Петербурге.", article_id="p1"
    )
    assert [e.meeting.place.city for e in events[1:]] == ["Saint Petersburg"]
    # the situation in a country is still a topic, not a venue
    events = extract(
        " date 2019-10-11 Лидеры СНГ обсудят обстановку в Афганистане на саммите в Душанбе.",
        article_id="p2",
    )
    assert [e.meeting.place.city for e in events[1:]] == ["Dushanbe"]


def test_a_city_pencilled_in_is_the_planned_venue() -> None:
    """'The next ministerial council is pencilled in for Bishkek': Bishkek, as 'scheduled for'."""
    from cischronicle import extract

    events = extract(
        " date 2024-04-02 The CSTO foreign ministers met in Minsk. The next ministerial council"
        " is pencilled in for Bishkek.", article_id="p3"
    )
    assert [(type(e).__name__, e.meeting.place.city) for e in events[1:]] == [
        ("MeetingHeld", "Minsk"), ("NextMeetingScheduled", "Bishkek"),
    ]


def test_a_host_before_its_plan_or_a_relative_clause_places_the_meeting() -> None:
    """'Russia still plans to host', 'Russia, which holds the chairmanship, will host': in Russia."""
    from cischronicle import extract

    for text in (
        " date 2020-03-20 Russia still plans to host the meeting of the SCO Council of Foreign"
        " Ministers in July.",
        " date 2020-03-20 Russia, which holds the SCO chairmanship this year, will host the"
        " meeting of the SCO Council of Foreign Ministers in July.",
    ):
        events = extract(text, article_id="p4")
        assert [e.meeting.place.country for e in events[1:]] == ["RU"]


def test_a_visit_to_a_city_is_where_the_visitor_is() -> None:
    """'on a working visit to Minsk': Minsk is a location, as after 'travelled to'."""
    found = roles("Pashinyan, who is on a working visit to Minsk, took part in the meeting.")
    assert found[place_named("Minsk")] is AT


def test_a_countrys_city_after_a_locative_is_a_location() -> None:
    """'will be held in Tajikistan's Dushanbe': Dushanbe is where."""
    found = roles("The next session will be held in Tajikistan's Dushanbe in October.")
    assert found[place_named("Dushanbe")] is AT


def test_an_epithet_after_a_locative_names_its_city() -> None:
    """'в северной столице', 'in the northern capital': Saint Petersburg, in any case."""
    city = place_named("Saint Petersburg")
    assert roles("Заседание прошло в северной столице.", "ru")[city] is AT
    assert roles("The summit will be held in the northern capital in December.")[city] is AT
    assert roles("The northern capital's museums were closed.").get(city) is not AT


def test_a_seat_with_a_modifier_after_from_is_where_one_sat() -> None:
    """'took part from the Government House in Minsk', 'из Дома правительства в Минске': no venue."""
    from cischronicle import MeetingHeld, extract

    for words in (
        " date 2021-02-05 The EAEU premiers met by video link on Friday. Golovchenko took part in"
        " the session from the Government House in Minsk.",
        " date 2021-02-05 Премьеры ЕАЭС провели заседание по видеосвязи в пятницу. Головченко"
        " принял участие в заседании из Дома правительства в Минске.",
    ):
        held = [e for e in extract(words, article_id="s1") if isinstance(e, MeetingHeld)]
        assert [e.meeting.place.city for e in held] == [None]


def test_flying_into_a_city_is_going_there() -> None:
    """'flew into Osh on Monday and joined the session': Osh is a location, as after 'flew to'."""
    found = roles("The envoy flew into Osh on Monday and joined the session.")
    assert found[place_named("Osh")] is AT
