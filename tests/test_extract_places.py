"""Places: the restricted gazetteer, old spellings, countries, capitals, online, and traps."""

from __future__ import annotations

import pytest

from cischronicle import Place
from cischronicle.extract.places import CITY_ALIASES, capital_of, find_places
from cischronicle.values import CITIES


def places(text: str) -> list[tuple[Place, str]]:
    """The places found in ``text`` with their roles."""
    return [(m.place, m.role) for m in find_places(text)]


@pytest.mark.parametrize(
    ("text", "city"),
    [
        ("held in Kiev", "Kyiv"),
        ("held in Kyiv", "Kyiv"),
        ("held in Alma-Ata", "Almaty"),
        ("held in Nur-Sultan", "Astana"),
        ("held in Ashkhabad", "Ashgabat"),
        ("held in Kishinev", "Chisinau"),
        ("held in Frunze", "Bishkek"),
        ("held in St. Petersburg", "Saint Petersburg"),
        ("прошло в Минске", "Minsk"),
        ("состоится в Ашхабаде", "Ashgabat"),
        ("в минском саммите", "Minsk"),
    ],
)
def test_aliases_and_old_spellings_give_the_canonical_city(text: str, city: str) -> None:
    """Every alias maps to the canonical modern name and its country."""
    ((place, _),) = places(text)
    assert place == Place(city, CITIES[city])


def test_a_shouted_dateline_city_is_recognised() -> None:
    """Datelines write the city in capitals: 'BISHKEK', 'ДУШАНБЕ'."""
    assert places("BISHKEK, 12 October")[0][0].city == "Bishkek"
    assert places("ДУШАНБЕ, 9 октября")[0][0].city == "Dushanbe"


def test_a_country_alone_gives_the_country_and_no_city() -> None:
    """'in Kazakhstan' is KZ with no city."""
    assert places("will be held in Kazakhstan") == [(Place(country="KZ"), "in")]


def test_a_country_after_its_city_only_qualifies_it() -> None:
    """'Dushanbe, Tajikistan' and 'Dushanbe (Republic of Tajikistan)' are one place."""
    assert [p for p, _ in places("took place in Dushanbe, Tajikistan, on Friday")] == [
        Place("Dushanbe", "TJ")
    ]
    assert [p for p, _ in places("in Dushanbe (Republic of Tajikistan)")] == [
        Place("Dushanbe", "TJ")
    ]


def test_moscow_idaho_is_no_place_of_ours() -> None:
    """A known name followed by a foreign state is not the city we know."""
    assert places("a council met in Moscow, Idaho, on Friday") == []
    assert places("a meeting in Moscow on Friday")[0][0] == Place("Moscow", "RU")


def test_a_videoconference_is_online() -> None:
    """Videoconferences are online places, with no city or country."""
    ((place, _),) = places("was held in the format of a video conference")
    assert place == Place(online=True)
    assert places("в режиме видеоконференции")[0][0] == Place(online=True)


def test_capitals_named_by_phrase() -> None:
    """'the Kyrgyz capital', "Kyrgyzstan's capital", 'the capital of Tajikistan'."""
    assert places("in the Kyrgyz capital")[0][0] == Place("Bishkek", "KG")
    assert places("in Kyrgyzstan's capital")[0][0] == Place("Bishkek", "KG")
    assert places("in the capital of Tajikistan")[0][0] == Place("Dushanbe", "TJ")


def test_the_capital_of_kazakhstan_depends_on_the_year() -> None:
    """Almaty was the capital until December 1997, then Astana."""
    assert capital_of("KZ", 1995) == "Almaty"
    assert capital_of("KZ", 2024) == "Astana"
    assert capital_of("KZ", None) == "Astana"
    assert find_places("in the Kazakh capital", year=1995)[0].place.city == "Almaty"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("took place in Minsk", "in"),
        ("Astana will host a meeting", "host"),
        ("Dushanbe hosts the meeting", "host"),
        ("the Tashkent meeting was attended", "modifier"),
        ("the Moscow office of the Executive Council", "other"),
        ("under the chairmanship of Uzbekistan", "other"),
        ("the Institute (Moscow) was named", "other"),
    ],
)
def test_roles_tell_a_venue_from_other_uses(text: str, role: str) -> None:
    """Only locative uses can place a meeting: 'in', hosts, 'the Tashkent meeting'."""
    assert places(text)[0][1] == role


def test_every_alias_names_a_known_city() -> None:
    """The alias table only names cities whose country is known."""
    for city in CITY_ALIASES:
        assert find_places(f"in {CITY_ALIASES[city][0]}")[0].place.city == city
