"""Places: the cities these bodies meet in (with old names and Russian forms), countries, online.

The gazetteer is deliberately small and hand-kept: the canonical names are those of
:data:`cischronicle.values.CITIES`, and every alias below maps to one of them.  A name outside
this list is never a place, so ``Moscow`` is always Moscow, Russia, and ``Moscow, Idaho`` (a
known name followed by a foreign state or country) is no place at all.

A :class:`PlaceMention` says how the place is used: ``in`` (``in Minsk``, ``в Минске``),
``host`` (``Astana will host``), ``modifier`` (``the Tashkent meeting``), ``apposition``
(``meeting, Moscow, April 5``), ``capital`` (``the Kyrgyz capital``) or ``other`` (``the Moscow
office``, ``chairmanship of Uzbekistan``).  Only the first five can place a meeting.
"""

from __future__ import annotations

import functools
import re

import attrs

from ..values import CITIES, Place
from .text import Gate, last_words_only

__all__ = [
    "CITY_ALIASES",
    "COUNTRY_NAMES",
    "PlaceMention",
    "capital_of",
    "city_place",
    "find_places",
    "may_start_place",
]

CITY_ALIASES: dict[str, tuple[str, ...]] = {
    "Almaty": ("Almaty", "Alma-Ata", "Alma Ata", "Almaty city", "Алматы", "Алма-Ат[аеыу]"),
    "Astana": (
        "Astana", "Nur-Sultan", "Nursultan", "Nur Sultan", "Akmola", "Tselinograd",
        "Астан[аеыу]", "Нур-Султан[еау]?",
    ),
    "Ashgabat": ("Ashgabat", "Ashkhabad", "Ashgabad", "Ashabad", "Asgabat", "Ашхабад[еау]?"),
    "Baku": ("Baku", "Баку"),
    "Bishkek": ("Bishkek", "Frunze", "Бишкек[еау]?"),
    "Cholpon-Ata": ("Cholpon-Ata", "Cholpon Ata", "Чолпон-Ат[аеы]"),
    "Chisinau": ("Chisinau", "Chișinău", "Chişinău", "Kishinev", "Kishinyov", "Кишин[её]в[еау]?"),
    "Dushanbe": ("Dushanbe", "Stalinabad", "Душанбе"),
    "Kaliningrad": ("Kaliningrad", "Калининград[еау]?"),
    "Kazan": ("Kazan", "Казан[иь]"),
    "Kyiv": ("Kyiv", "Kiev", "Киев[еау]?", "Київ", "Києві"),
    "Minsk": ("Minsk", "Минск[еау]?"),
    "Moscow": ("Moscow", "Москв[аеыу]"),
    "Saint Petersburg": (
        "Saint Petersburg", "Saint-Petersburg", "St. Petersburg", "St Petersburg", "Leningrad",
        "Санкт-Петербург[еау]?",
    ),
    "Samarkand": ("Samarkand", "Samarqand", "Самарканд[еау]?"),
    "Sochi": ("Sochi", "Сочи"),
    "Tashkent": ("Tashkent", "Toshkent", "Ташкент[еау]?"),
    "Tbilisi": ("Tbilisi", "Тбилиси"),
    "Yerevan": ("Yerevan", "Erevan", "Ереван[еау]?"),
    "Burabay": ("Burabay", "Borovoe", "Borovoye", "Бурабай"),
    "Turkestan": ("Turkestan", "Туркестан[еау]?"),
    "Nizhny Novgorod": ("Nizhny Novgorod", "Нижн(?:ий|ем|его) Новгород[еау]?"),
    "Vladivostok": ("Vladivostok", "Владивосток[еау]?"),
    "Yalta": ("Yalta", "Ялт[аеы]"),
    "Brest": ("Brest", "Брест[еау]?"),
    "Gomel": ("Gomel", "Homel", "Гомел[еья]"),
    "Vitebsk": ("Vitebsk", "Витебск[еау]?"),
    "Grodno": ("Grodno", "Hrodna", "Гродно"),
    "Issyk-Kul": ("Issyk-Kul", "Issyk Kul", "Иссык-Кул[еья]"),
    "Avaza": ("Avaza", "Аваз[аеы]"),
    "Turkmenbashi": ("Turkmenbashi", "Turkmenbashy", "Krasnovodsk", "Туркменбаши"),
    "Khujand": ("Khujand", "Khudzhand", "Leninabad", "Худжанд[еау]?"),
    "Bukhara": ("Bukhara", "Бухар[аеы]"),
    "Khiva": ("Khiva", "Хив[аеы]"),
    "Gabala": ("Gabala", "Qabala", "Габал[аеы]"),
    "Ganja": ("Ganja", "Гянджа"),
    "Tsaghkadzor": ("Tsaghkadzor", "Цахкадзор[еау]?"),
    "Dilijan": ("Dilijan", "Дилижан[еау]?"),
    "Novo-Ogaryovo": ("Novo-Ogaryovo", "Novo-Ogarevo", "Ново-Огар[её]во"),
    # Where SCO and other partners meet: not in CITIES, so their country is given here.
    "Beijing": ("Beijing", "Пекин[еау]?"),
    "Qingdao": ("Qingdao", "Циндао"),
    "New Delhi": ("New Delhi", "Нью-Дели"),
    "Goa": ("Goa", "Гоа"),
    "Islamabad": ("Islamabad", "Исламабад[еау]?"),
    "Tehran": ("Tehran", "Тегеран[еау]?"),
    "Ulaanbaatar": ("Ulaanbaatar", "Ulan Bator", "Улан-Батор[еау]?"),
}  # fmt: skip
"""Aliases (regular expressions, matched as whole words) of each canonical city name."""

_OTHER_CITIES = {
    "Beijing": "CN", "Qingdao": "CN", "New Delhi": "IN", "Goa": "IN", "Islamabad": "PK",
    "Tehran": "IR", "Ulaanbaatar": "MN",
}  # fmt: skip

# Russian adjectives of host cities: "минском саммите", "Бишкекскому саммиту".
_CITY_ADJECTIVES_RU: dict[str, str] = {
    "минск": "Minsk", "московск": "Moscow", "бишкекск": "Bishkek", "душанбинск": "Dushanbe",
    "ташкентск": "Tashkent", "ашхабадск": "Ashgabat", "алматинск": "Almaty",
    "астанинск": "Astana", "киевск": "Kyiv", "кишин[её]вск": "Chisinau", "ереванск": "Yerevan",
    "бакинск": "Baku", "казанск": "Kazan", "сочинск": "Sochi", "самаркандск": "Samarkand",
}  # fmt: skip

COUNTRY_NAMES: dict[str, tuple[str, ...]] = {
    "KZ": ("Kazakhstan", "Republic of Kazakhstan", "Казахстан[еау]?"),
    "KG": (
        "Kyrgyzstan", "Kyrgyz Republic", "Kirghizia", "Kirgizia", "Кыргызстан[еау]?",
        "Киргизи[иея]",
    ),
    "TJ": ("Tajikistan", "Republic of Tajikistan", "Таджикистан[еау]?"),
    "UZ": ("Uzbekistan", "Republic of Uzbekistan", "Узбекистан[еау]?"),
    "TM": ("Turkmenistan", "Туркменистан[еау]?", "Туркмени[иея]"),
    "RU": ("Russia", "Russian Federation", "Росси[иея]", "Российской Федерации"),
    "BY": ("Belarus", "Belorussia", "Byelorussia", "Republic of Belarus", "Беларус[иь]",
           "Белорусси[иея]"),
    "UA": ("Ukraine", "Украин[еаыу]"),
    "MD": ("Moldova", "Republic of Moldova", "Молдов[еаыу]", "Молдави[иея]"),
    "AZ": ("Azerbaijan", "Republic of Azerbaijan", "Азербайджан[еау]?"),
    "AM": ("Armenia", "Republic of Armenia", "Армени[иея]"),
    "GE": ("Georgia", "Грузи[иея]"),
    "CN": ("China", "People's Republic of China", "Кита[еяй]"),
    "IN": ("India", "Инди[иея]"),
    "PK": ("Pakistan", "Пакистан[еау]?"),
    "IR": ("Iran", "Иран[еау]?"),
    "MN": ("Mongolia", "Монголи[иея]"),
}  # fmt: skip
"""Names of the CIS-area countries (regular expressions), by ISO 3166-1 alpha-2 code."""

_COUNTRY_ADJECTIVES: dict[str, str] = {
    "Kazakh": "KZ", "Kazakhstani": "KZ", "Kyrgyz": "KG", "Kirghiz": "KG", "Tajik": "TJ",
    "Uzbek": "UZ", "Turkmen": "TM", "Russian": "RU", "Belarusian": "BY", "Belarussian": "BY",
    "Ukrainian": "UA", "Moldovan": "MD", "Azerbaijani": "AZ", "Armenian": "AM",
    "Georgian": "GE",
}  # fmt: skip

_CAPITALS = {
    "KG": "Bishkek", "TJ": "Dushanbe", "UZ": "Tashkent", "TM": "Ashgabat", "RU": "Moscow",
    "BY": "Minsk", "UA": "Kyiv", "MD": "Chisinau", "AZ": "Baku", "AM": "Yerevan",
    "GE": "Tbilisi",
}  # fmt: skip

# Names that follow a city when it is not the one we know: "Moscow, Idaho", "Brest, France".
_FOREIGN_AFTER = re.compile(
    r"\s*(?:,|\()\s*(?:Idaho|ID|Pennsylvania|Tennessee|Texas|Ohio|Vermont|Kansas|Iowa|Maine"
    r"|Minnesota|Michigan|Arkansas|Indiana|Florida|Georgia\s*\(US|USA|U\.S\.|United\s+States"
    r"|France|Finist[eè]re|Germany|Canada|Poland)\b"
)

_ONLINE = re.compile(
    r"\b(?:(?:in\s+the\s+format\s+of\s+an?\s+|via\s+|by\s+|through\s+(?:a\s+)?)?"
    r"video[\s-]?(?:conference|link|conferencing)|online\s+(?:format|meeting|session|summit)"
    r"|held\s+online|met\s+online|virtually|in\s+(?:a\s+)?virtual\s+format)\b"
    r"|(?<!\w)(?:в\s+(?:режиме|формате)\s+)?(?:видео-?конференц(?:ии|-?связи)|онлайн-формате"
    r"|онлайн)(?!\w)",
    re.IGNORECASE,
)


def _alternation(names: tuple[str, ...]) -> str:
    parts = sorted(names, key=len, reverse=True)
    return "|".join(p if any(c in p for c in "[]?()") else re.escape(p) for p in parts)


def _key(alias: str) -> str:
    return alias[:3].lower()


@functools.cache
def _index() -> dict[str, list[tuple[re.Pattern[str], Place]]]:
    """Aliases by their first three letters: tried only where a capitalised word starts."""
    index: dict[str, list[tuple[re.Pattern[str], Place]]] = {}
    entries: list[tuple[str, Place]] = []
    for city, aliases in CITY_ALIASES.items():
        entries.extend((alias, city_place(city)) for alias in aliases)
    for code, names in COUNTRY_NAMES.items():
        entries.extend((name, Place(country=code)) for name in names)
    for alias, place in entries:
        pattern = re.compile(alias + r"(?![\w-])", re.IGNORECASE)
        index.setdefault(_key(alias), []).append((pattern, place))
    return index


_TOKEN = re.compile(r"[A-ZА-ЯЁ][\w'’.-]*")
# The capitals _TOKEN starts with: Latin A to Z, Cyrillic A to YA, and YO.
_UPPER = frozenset(map(chr, (*range(ord("A"), ord("Z") + 1), *range(0x410, 0x430), 0x401)))
_TOKEN_CHARS = "'’.-"  # besides \w, what a _TOKEN match runs over


@functools.cache
def _starts() -> re.Pattern[str]:
    """Where a name of the index may start: a capital followed by the rest of a key.

    One scan with this finds the few places worth trying instead of trying every capitalised
    word; it finds more than the index holds (the rest of a key is matched ignoring case), never
    less, and consumes only the capital so that no start hides the next.
    """
    by_first: dict[str, set[str]] = {}
    for key in _index():
        first = key[0].upper()
        if len(key) != 3 or first not in _UPPER or key[0] != first.lower():
            raise ValueError(f"place key must be a capital and two letters: {key!r}")
        by_first.setdefault(first, set()).add(key[1:])
    return re.compile(
        "|".join(
            f"{re.escape(first)}(?=(?i:{'|'.join(re.escape(r) for r in sorted(rests))}))"
            for first, rests in sorted(by_first.items())
        )
    )


def _token_start(text: str, low: int, position: int) -> bool:
    """Whether a scan of _TOKEN from ``low`` starts a token at ``position`` (a capital).

    It does unless the run of token characters right before it (not before ``low``) holds a
    capital: the token that capital starts runs on over ``position``.
    """
    back = position - 1
    while back >= low:
        char = text[back]
        if not (char.isalnum() or char == "_" or char in _TOKEN_CHARS):
            return True
        if char in _UPPER:
            return False
        back -= 1
    return True


_RU_GATE = Gate(tuple(k[:4] for k in ("минск", "московск", "бишкекск", "душанбинск",
                                       "ташкентск", "ашхабадск", "алматинск", "астанинск",
                                       "киевск", "кишин", "ереванск", "бакинск", "казанск",
                                       "сочинск", "самаркандск")))  # fmt: skip
_CAPITAL_GATE = Gate(("capital",))
_ONLINE_GATE = Gate(("video", "online", "virtual", "видео", "онлайн"))
_GATE_WORDS = _RU_GATE.keys | _CAPITAL_GATE.keys | _ONLINE_GATE.keys
_RU_ADJ = re.compile(
    r"(?<!\w)(" + "|".join(_CITY_ADJECTIVES_RU) + r")(?:ий|ого|ом|ому|ая|ой|ую|ие|их|ое)(?!\w)",
    re.IGNORECASE,
)
_CAPITAL = re.compile(
    r"\b(?:the\s+)?(?:(?P<adj>"
    + "|".join(_COUNTRY_ADJECTIVES)
    + r")\s+capital(?:\s+city)?|capital(?:\s+city)?\s+of\s+(?:the\s+)?(?P<of>[A-Z][\w ]{2,30}?)"
    r"(?=[\s,.;)]|$)|(?P<poss>[A-Z]\w+)['’]s\s+capital(?:\s+city)?)"
)
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:in|at|inside|near|within|in\s+the\s+city\s+of|in\s+the\s+capital\s+of)"
    r"|(?<!\w)(?:в|во|на)|(?:the\s+)?(?:\w+\s+)?capital(?:\s+city)?\s+of(?:\s+the)?)\s*$",
    re.IGNORECASE,
)
_HOST_AFTER = re.compile(
    r"^\s*(?:will\s+|to\s+|is\s+to\s+|is\s+set\s+to\s+|is\s+going\s+to\s+|would\s+)?"
    r"(?:host|hosts|hosted|hosting)\b"
)
_MEETING_NOUN_AFTER = re.compile(
    r"^\s*(?:(?:CIS|SCO|CSTO)\s+)?(?:meeting|session|summit|gathering|ministerial|talks)\b",
)
_APPOSITION_AFTER = re.compile(r"^\s*,\s*(?:\d{1,2}\s+)?[A-Z][a-z]+\.?\s+\d")


@attrs.frozen
class PlaceMention:
    """A place named in the text, with how it is used (see the module docs)."""

    start: int
    end: int
    place: Place
    role: str

    @property
    def locative(self) -> bool:
        """Whether the mention can say where a meeting is."""
        return self.role != "other"


def may_start_place(text: str, position: int) -> bool:
    """Whether a known place name could start at ``position`` (a cheap test before looking)."""
    return _key(text[position : position + 3]) in _index()


def city_place(city: str) -> Place:
    """The place of a canonical city name (its country from :data:`CITIES`)."""
    return Place(city, CITIES.get(city) or _OTHER_CITIES[city])


def capital_of(country: str, year: int | None = None) -> str | None:
    """The capital of a CIS-area country; Kazakhstan's was Almaty until December 1997."""
    if country == "KZ":
        return "Almaty" if year is not None and year < 1998 else "Astana"
    return _CAPITALS.get(country)


def _country_from_name(name: str) -> str | None:
    for code, names in COUNTRY_NAMES.items():
        for alias in names:
            if re.fullmatch(alias, name.strip()):
                return code
    return None


_LOCATIVES = frozenset(("in", "at", "inside", "near", "within", "в", "во", "на"))


def _locative_before(text: str, low: int, position: int) -> bool:
    """Whether "in", "at", "в" or "(the) capital (city) of (the)" is right before ``position``."""
    words = last_words_only(text, low, position, 4)
    if not words:
        return False
    if words[-1] in _LOCATIVES:
        return True
    if words[-1] == "the":
        words = words[:-1]
    if words and words[-1] == "of":
        words = words[:-1]
        if words and words[-1] == "city":
            words = words[:-1]
        return bool(words) and words[-1] == "capital"
    return False


def _role(text: str, start: int, end: int, base_start: int, *, city: bool) -> str:
    before = text[max(base_start, start - 40) : start]
    after = text[end : end + 60]
    if _HOST_AFTER.match(after):
        return "host"
    stripped = before.rstrip()
    if stripped.endswith("("):
        return "other"
    if stripped.endswith(","):
        return "apposition" if city else "other"
    if _locative_before(text, max(base_start, start - 40), start):
        return "in"
    if city and _MEETING_NOUN_AFTER.match(after):
        return "modifier"
    if city and _APPOSITION_AFTER.match(after):
        return "apposition"
    return "other"


def find_places(
    text: str,
    start: int = 0,
    end: int | None = None,
    year: int | None = None,
    present: frozenset[str] | None = None,
) -> list[PlaceMention]:
    """Every place named in ``text[start:end]``, in text order.

    ``year``, when known, picks the capital of Kazakhstan in phrases like "the Kazakh capital".
    """
    end = len(text) if end is None else end
    found: list[PlaceMention] = []
    index = _index()
    for hit in _starts().finditer(text, start, end):
        position = hit.start()
        if position > 0 and (text[position - 1].isalnum() or text[position - 1] in "-_"):
            continue
        aliases = index.get(_key(text[position : position + 3]))
        if aliases is None or not _token_start(text, start, position):
            continue  # as a scan of capitalised words (_TOKEN) would find
        best: tuple[int, Place] | None = None
        for pattern, candidate in aliases:
            match = pattern.match(text, position, end)
            if match is not None and (best is None or match.end() > best[0]):
                best = (match.end(), candidate)
        if best is None:
            continue
        stop, place = best
        if _FOREIGN_AFTER.match(text, stop, min(len(text), stop + 40)):
            continue
        role = _role(text, position, stop, start, city=place.city is not None)
        found.append(PlaceMention(position, stop, place, role))
    if present is None:
        lower = text[start:end].lower()
        present = frozenset(w for w in _GATE_WORDS if w in lower)
    if not _RU_GATE.open(present):
        return _finish(text, start, end, year, found, present)
    for match in _RU_ADJ.finditer(text, start, end):
        stem = match.group(1)
        adjective_city = next(
            (c for k, c in _CITY_ADJECTIVES_RU.items() if re.fullmatch(k, stem, re.IGNORECASE)),
            None,
        )
        if adjective_city is not None:
            found.append(PlaceMention(*match.span(), city_place(adjective_city), "modifier"))
    return _finish(text, start, end, year, found, present)


def _finish(
    text: str,
    start: int,
    end: int,
    year: int | None,
    found: list[PlaceMention],
    present: frozenset[str],
) -> list[PlaceMention]:
    """Capitals named by phrase ("the Kyrgyz capital"), online meetings, then dedupe."""
    for match in _CAPITAL.finditer(text, start, end) if _CAPITAL_GATE.open(present) else ():
        code: str | None
        if match.group("adj"):
            code = _COUNTRY_ADJECTIVES[match.group("adj")]
        else:
            code = _country_from_name(match.group("of") or match.group("poss") or "")
        capital = None if code is None else capital_of(code, year)
        if capital is None:
            continue
        # "the capital of Tajikistan, Dushanbe" and "the Uzbek capital city of Tashkent" name
        # the city anyway; the phrase adds the city when it does not.
        found.append(PlaceMention(*match.span(), city_place(capital), "capital"))
    for match in _ONLINE.finditer(text, start, end) if _ONLINE_GATE.open(present) else ():
        found.append(PlaceMention(*match.span(), Place(online=True), "in"))
    return _dedupe(found)


def _dedupe(found: list[PlaceMention]) -> list[PlaceMention]:
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[PlaceMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            continue
        # A country right after a city in it ("Dushanbe, Tajikistan", "Bishkek, the capital
        # of Kyrgyzstan", "Dushanbe (Republic of Tajikistan)") only qualifies that city.
        if kept and mention.place.city is None and not mention.place.online:
            previous = kept[-1]
            if (
                previous.place.country == mention.place.country
                and previous.place.city is not None
                and mention.start - previous.end <= 30
            ):
                continue
        if (
            kept
            and mention.role == "capital"
            and kept[-1].place == mention.place
            and mention.start - kept[-1].end <= 30
        ):
            continue  # "Dushanbe, the Tajik capital": the city named right before it
        kept.append(mention)
    return kept
