"""Places: the cities, countries and online meetings a sentence names, and how it uses them.

All names come from the gazetteer (``lexicon/gazetteer.toml``); nothing here lists a city.
A sentence is read as a run of words, a hyphenated word being several parts ("Alma-Ata" is
``alma ata``, as is "Alma Ata").  A name is the longest run of parts, starting at a
capitalised word, that the gazetteer holds; a part is compared by its lower-case form with
Latin diacritics folded and, for a capitalised Cyrillic word, also by its lemmas
(``pymorphy3``: "Минске" -> ``минск``, "Российской Федерации" -> ``российский федерация``), so
every Russian case form of every name is found without listing it.  A capitalised word of
six or more letters one edit away from a name of six or more letters is taken for that name.

Then each name's use is read from the words around it (:class:`PlaceRole`): ``AT`` after a
locative ("in", "at", "в", "на", through "the city of", "в городе"), before a host verb
("Minsk hosted"), after "hosted by", as a city naming a meeting ("the Minsk summit",
"минский саммит"), or as a city followed by a date ("meeting, Moscow, April 5"); ``OTHER``
otherwise (possessives, "from Moscow", adjectives for people and sides, parts of compounds
such as "Moscow-based").  "The Kyrgyz capital", "the capital of Kyrgyzstan" and "в столице
Киргизии" name the capital city (the one of the article's time, from the years it names);
when the city follows ("в столице Таджикистана Душанбе") the one mention is that city's.

A name followed by a capitalised head that makes it part of a longer proper name ("Minsk
Agreements") or by a foreign state ("Moscow, Idaho") is no place.  Online meetings ("by
videoconference", "в режиме видеоконференции") are mentions of ``Place(online=True)``.

Every pattern is linear in its input: words are found by one character-class scan, cues are
compared word by word, and the online phrases are alternations of literals.
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import attrs

from ..values import CITIES, Place, load_lexicon
from .model import Document, PlaceMention, PlaceRole, Sentence
from .text import russian_morphology
from .timex import calendar

__all__ = ["capital_of", "find_places", "place_named"]

_MAX_PARTS = 4
"""The most parts a name has ("People's Republic of China" is five words but four parts)."""
_WINDOW = 64
"""The most characters a name and the words it needs to be matched can span."""
_FUZZY_MIN = 6
"""Names and words shorter than this are never matched by an edit."""


class _Kind(enum.Enum):
    """What a gazetteer key names."""

    CITY = "city"
    COUNTRY = "country"
    COUNTRY_ADJECTIVE = "country adjective"
    CITY_ADJECTIVE = "city adjective"


@attrs.frozen
class _Entry:
    """A gazetteer key's meaning: a kind and a place."""

    kind: _Kind
    place: Place
    venue: bool = False
    """Whether the name is of a venue in the city ("Konstantinovsky Palace")."""
    capital: Place | None = None
    """A region's capital city ("the capital of Tatarstan", "столица Татарстана": Kazan)."""


@attrs.frozen
class _Cues:
    """The cue words of the gazetteer's ``[cues]`` table, as sets."""

    locative: frozenset[str]
    city_words_en: frozenset[str]
    city_words_ru: tuple[str, ...]
    host: frozenset[str]
    host_before: frozenset[tuple[str, ...]]
    purpose: frozenset[str]
    host_not_before: frozenset[str]
    auxiliaries: frozenset[str]
    meeting_heads_en: frozenset[str]
    meeting_heads_ru: tuple[str, ...]
    meeting_fillers: frozenset[str]
    capital_en: frozenset[str]
    capital_ru: tuple[str, ...]
    name_heads: frozenset[str]
    foreign_after: re.Pattern[str]
    topic_nouns_en: frozenset[str]
    topic_nouns_ru: tuple[str, ...]
    seat_nouns_en: frozenset[str]
    seat_nouns_ru: tuple[str, ...]
    source: frozenset[str]
    negation: frozenset[str]
    contrast: frozenset[str]


@attrs.frozen
class _Gazetteer:
    """The compiled gazetteer: keys (tuples of parts) to entries, and what reads them."""

    names: dict[tuple[str, ...], _Entry]
    prefixes: frozenset[tuple[str, ...]]
    fuzzy: dict[str, frozenset[str]]
    capitals: dict[str, str]
    former_capitals: dict[str, tuple[tuple[int, str], ...]]
    cues: _Cues
    online: re.Pattern[str]
    epithets: tuple[tuple[re.Pattern[str], Place], ...]
    """A city's epithets, in lower case as often as not ("в северной столице")."""


# --- words ------------------------------------------------------------------------------

_PART = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁ]")


def _fold(word: str) -> str:
    """The comparison form of a word: lower case, Cyrillic yo as ye, Latin diacritics dropped."""
    word = word.lower().replace("ё", "е")
    if word.isascii() or _CYRILLIC.search(word):
        return word
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c))




@functools.lru_cache(maxsize=1 << 16)
def _lemmas(word: str) -> tuple[str, ...]:
    """The folded lemmas of a Cyrillic word, geographical readings first (remembered)."""
    parses = russian_morphology().parse(word)
    geographic = [p.normal_form for p in parses if "Geox" in p.tag]
    other = [p.normal_form for p in parses if "Geox" not in p.tag]
    seen: dict[str, None] = {}
    for lemma in (*geographic, *other):
        seen.setdefault(_fold(lemma), None)
    return tuple(seen)


@attrs.frozen
class _Part:
    """One part of a word in the text: its span, forms to look up, and how it is joined."""

    start: int
    end: int
    forms: tuple[str, ...]
    capitalised: bool
    joined_before: bool
    """Whether a hyphen joins this part to the one before ("Ata" in "Alma-Ata")."""


@functools.lru_cache(maxsize=1 << 16)
def _word_forms(word: str) -> tuple[tuple[str, ...], ...]:
    """Each part's forms for a hyphenated word: folded, plus lemmas for capitalised Cyrillic."""
    pieces = _PART.findall(word)
    forms: list[list[str]] = [[_fold(p)] for p in pieces]
    if word[:1].isupper() and _CYRILLIC.match(word):
        whole = "-".join(pieces)
        for lemma in _lemmas(whole):
            split = lemma.split("-")
            if len(split) == len(pieces):
                for slot, form in zip(forms, split, strict=True):
                    if form not in slot:
                        slot.append(form)
        if len(pieces) > 1:
            for slot, piece in zip(forms, pieces, strict=True):
                if piece[:1].isupper():
                    slot.extend(f for f in _lemmas(piece) if f not in slot)
    return tuple(tuple(f) for f in forms)


_WORD = re.compile(r"[^\W\d_]+(?:[-‐‑][^\W\d_]+)*")


_HYPHENS = "-‐‑"


def _parts(text: str, start: int, end: int, words: int = _MAX_PARTS) -> list[_Part]:
    """The parts of the first ``words`` words of ``text[start:end]``, in order."""
    parts: list[_Part] = []
    for match, _ in zip(_WORD.finditer(text, start, end), range(words), strict=False):
        word = match.group()
        forms = _word_forms(word)
        position = match.start()
        joined = (
            position > 0
            and text[position - 1] in _HYPHENS
            and text[position - 2 : position - 1].isalpha()
        )
        for index, piece in enumerate(_PART.finditer(word)):
            parts.append(
                _Part(
                    position + piece.start(),
                    position + piece.end(),
                    forms[index],
                    piece.group()[:1].isupper(),
                    index > 0 or joined,
                )
            )
    return parts


# --- the gazetteer ----------------------------------------------------------------------


def _keys(name: str) -> set[tuple[str, ...]]:
    """The keys of a gazetteer name: its parts' folded forms, and their first lemmas.

    A Russian name is listed in the nominative; text forms lemmatise to the dictionary's
    reading of it ("Российской" -> "российский"), which may differ from the listed spelling
    ("Российская"), so both are keys.
    """
    surface: list[str] = []
    lemma: list[str] = []
    for word in _WORD.findall(name):
        for forms in _word_forms(word):
            surface.append(forms[0])
            lemma.append(forms[1] if len(forms) > 1 else forms[0])
    return {tuple(surface), tuple(lemma)} if surface else set()


_RU_ADJECTIVE_ENDINGS = ("ий", "ый", "ой", "ого", "ому", "ым", "ом", "ая", "ую", "ое", "ые",
                         "ие", "их", "им", "ими", "ыми", "ей")  # fmt: skip


def _ru_adjective_forms(adjective: str) -> Iterator[str]:
    """Every case form of a Russian adjective given in the masculine nominative."""
    folded = _fold(adjective)
    stem = folded[:-2] if folded[-2:] in ("ий", "ый", "ой") else folded
    for ending in _RU_ADJECTIVE_ENDINGS:
        yield stem + ending


def _listed_city(name: str, what: str) -> Place:
    """The place of a city the gazetteer lists as a [[city]]; any other name is its error."""
    if name not in CITIES:
        raise ValueError(f"gazetteer: {what} {name!r} is not a [[city]]")
    return Place(name, CITIES[name])


def _strings(table: dict[str, Any], field: str) -> list[str]:
    return [str(v) for v in table.get(field, ())]


def _phrase_pattern(phrase: str) -> str:
    """The regular expression of an online phrase (see the gazetteer's ``[online]`` notes)."""
    out: list[str] = []
    for index, word in enumerate(phrase.split(" ")):
        if index:
            out.append(r"[\s\-]+")
        star = word.endswith("*")
        for j, piece in enumerate(word.rstrip("*").split("~")):
            if j:
                out.append(r"[\s\-]?")
            out.append(re.escape(piece).replace("ё", "[её]"))
        if star:
            out.append(r"\w*")
    return "".join(out)


@functools.cache
def _gazetteer() -> _Gazetteer:
    """The gazetteer compiled (once)."""
    data = load_lexicon("gazetteer")
    names: dict[tuple[str, ...], _Entry] = {}

    def add(name: str, entry: _Entry) -> None:
        for key in _keys(name):
            names.setdefault(key, entry)

    epithets: list[tuple[re.Pattern[str], Place]] = []
    for city in data["city"]:
        place = Place(str(city["name"]), str(city["country"]))
        for name in (city["name"], *_strings(city, "en"), *_strings(city, "ru")):
            add(name, _Entry(_Kind.CITY, place))
        for epithet in _strings(city, "epithets"):
            epithets.append((re.compile(rf"(?<!\w){_phrase_pattern(epithet)}(?!\w)",
                                        re.IGNORECASE), place))  # fmt: skip
        for name in _strings(city, "ru"):
            if name.endswith("ь") and len(name) >= _FUZZY_MIN:
                # The stem the lemmatiser guesses for a case form of a name it does not know
                # ("в Тяньцзине": "тяньцзин").
                add(name[:-1], _Entry(_Kind.CITY, place))
        for adjective in _strings(city, "ru_adjective"):
            for form in _ru_adjective_forms(adjective):
                add(form, _Entry(_Kind.CITY_ADJECTIVE, place))
    for venue in data.get("venue", ()):
        # a palace or residence that summits meet in is read as its city ("at the Kremlin")
        place = _listed_city(str(venue["city"]), "venue city")
        for name in (venue["name"], *_strings(venue, "en"), *_strings(venue, "ru")):
            add(name, _Entry(_Kind.CITY, place, venue=True))
    for region in data.get("region", ()):
        # a region is read where a city would be ("on Issyk-Kul"), and places in its country
        place = Place(country=str(region["country"]))
        capital = _listed_city(str(region["capital"]), "capital") if "capital" in region else None
        for name in (region["name"], *_strings(region, "en"), *_strings(region, "ru")):
            add(name, _Entry(_Kind.CITY, place, capital=capital))
    capitals: dict[str, str] = {}
    former: dict[str, tuple[tuple[int, str], ...]] = {}
    for country in data["country"]:
        code = str(country["code"])
        place = Place(country=code)
        for name in (*_strings(country, "en"), *_strings(country, "ru")):
            add(name, _Entry(_Kind.COUNTRY, place))
        for adjective in _strings(country, "en_adjective"):
            add(adjective, _Entry(_Kind.COUNTRY_ADJECTIVE, place))
        for adjective in _strings(country, "ru_adjective"):
            for form in _ru_adjective_forms(adjective):
                add(form, _Entry(_Kind.COUNTRY_ADJECTIVE, place))
        if "capital" in country:
            capitals[code] = str(country["capital"])
        former[code] = tuple(
            sorted((int(f["until"]), str(f["city"])) for f in country.get("former_capitals", ()))
        )
    for city_name in (*capitals.values(), *(c for v in former.values() for _, c in v)):
        _listed_city(city_name, "capital")
    prefixes = frozenset(key[:n] for key in names for n in range(1, len(key) + 1))
    fuzzy: dict[str, set[str]] = {}
    for key, entry in names.items():
        if (
            len(key) == 1
            and len(key[0]) >= _FUZZY_MIN
            and entry.kind
            in (
                _Kind.CITY,
                _Kind.COUNTRY,
            )
        ):
            for variant in _deletions(key[0]):
                fuzzy.setdefault(variant, set()).add(key[0])
    cues = data["cues"]
    foreign = "|".join(re.escape(w) for w in sorted(_strings(cues, "foreign_after"), key=len)[::-1])
    phrases = [p for language in ("en", "ru") for p in _strings(data["online"], language)]
    online = [_phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True)]
    # Every phrase starts with one of a few letters: try the alternation only there.
    initials = "".join(sorted({c for p in phrases for c in (p[0].lower(), p[0].upper())}))
    return _Gazetteer(
        names=names,
        prefixes=prefixes,
        fuzzy={k: frozenset(v) for k, v in fuzzy.items()},
        capitals=capitals,
        former_capitals=former,
        cues=_Cues(
            locative=frozenset(_strings(cues, "locative_en") + _strings(cues, "locative_ru")),
            city_words_en=frozenset(_strings(cues, "city_words_en")),
            city_words_ru=tuple(_strings(cues, "city_words_ru_prefix")),
            host=frozenset(_strings(cues, "host_en") + _strings(cues, "host_ru")),
            host_before=frozenset(
                tuple(p.split())
                for p in _strings(cues, "host_before_en") + _strings(cues, "moved_to_en")
                + _strings(cues, "travel_to_en")
            ),
            host_not_before=frozenset(_strings(cues, "host_not_before")),
            purpose=frozenset(_strings(cues, "purpose_en")),
            auxiliaries=frozenset(
                _strings(cues, "auxiliaries_en") + _strings(cues, "auxiliaries_ru")
            ),
            meeting_heads_en=frozenset(_strings(cues, "meeting_heads_en")),
            meeting_heads_ru=tuple(_strings(cues, "meeting_heads_ru_prefix")),
            meeting_fillers=frozenset(_strings(cues, "meeting_fillers_en")),
            capital_en=frozenset(_strings(cues, "capital_en")),
            capital_ru=tuple(_strings(cues, "capital_ru_prefix")),
            name_heads=frozenset(_strings(cues, "name_heads")),
            foreign_after=re.compile(r"[ \t]*[,(][ \t]*(?:" + foreign + r")(?![\w.])"),
            topic_nouns_en=frozenset(_strings(cues, "topic_nouns_en")),
            topic_nouns_ru=tuple(_strings(cues, "topic_nouns_ru_prefix")),
            seat_nouns_en=frozenset(_strings(cues, "seat_nouns_en")),
            seat_nouns_ru=tuple(_strings(cues, "seat_nouns_ru_prefix")),
            source=frozenset(_strings(cues, "source")),
            negation=frozenset(_strings(cues, "negation")),
            contrast=frozenset(_strings(cues, "contrast")),
        ),
        online=re.compile(
            r"(?<!\w)(?=[" + re.escape(initials) + r"])(?:" + "|".join(online) + r")(?!\w)",
            re.IGNORECASE,
        ),
        epithets=tuple(epithets),
    )


def _deletions(word: str) -> Iterator[str]:
    """The word and every string one deletion away from it."""
    yield word
    for index in range(len(word)):
        yield word[:index] + word[index + 1 :]


def _one_edit(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by at most one insertion, deletion, substitution or swap."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        if a[i + 1 :] == b[i + 1 :]:
            return True  # a substitution
        return a[i : i + 2] == b[i : i + 2][::-1] and a[i + 2 :] == b[i + 2 :]  # a swap
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return longer[i + 1 :] == shorter[i:]


@functools.lru_cache(maxsize=1 << 14)
def _fuzzy_key(form: str) -> tuple[str, ...] | None:
    """The one Latin-script name of 6+ letters that ``form`` is one edit from, if exactly one.

    Only Latin script: a Russian word one letter from a name is mostly another word of its
    family ("Грузин", a Georgian, beside "Грузия"), and lemmas already give the case forms.
    """
    if len(form) < _FUZZY_MIN or not form.isascii():
        return None
    fuzzy = _gazetteer().fuzzy
    found = {
        name
        for variant in _deletions(form)
        for name in fuzzy.get(variant, ())
        if _one_edit(form, name)
    }
    return (found.pop(),) if len(found) == 1 else None


# --- public lookups ---------------------------------------------------------------------


def place_named(name: str) -> Place | None:
    """The city or country a name stands for, in any listed spelling, language or case form.

    "Минске", "Ашхабаде", "Kiev", "Alma-Ata", "Республике Казахстан" all name places; an
    adjective ("Kyrgyz") or anything else gives ``None``.
    """
    parts = _parts(name, 0, len(name))
    if not parts or not parts[0].capitalised:
        return None
    found = _match(name, parts, 0)
    if found is None or found[0] != len(parts):
        return None
    entry = found[1]
    if entry.kind in (_Kind.CITY, _Kind.COUNTRY):
        return entry.place
    return None


def capital_of(country: str, year: int | None = None) -> Place | None:
    """The capital of a country in the gazetteer, as it was in ``year`` (now, if unknown)."""
    gazetteer = _gazetteer()
    city = gazetteer.capitals.get(country)
    if city is None:
        return None
    if year is not None:
        for until, former in gazetteer.former_capitals.get(country, ()):
            if year <= until:
                city = former
                break
    return Place.of_city(city)


# --- matching names ---------------------------------------------------------------------


def _separated(text: str, left: _Part, right: _Part) -> bool:
    """Whether two parts may belong to one name: joined, or apart by a space ("St. P")."""
    if right.joined_before:
        return True
    gap = text[left.end : right.start]
    return 0 < len(gap) <= 3 and gap.strip(" .") == "" and gap.count(".") <= 1 and gap[-1] == " "


def _match(text: str, parts: Sequence[_Part], index: int) -> tuple[int, _Entry] | None:
    """The longest name starting at ``parts[index]``: the index after it and its entry."""
    gazetteer = _gazetteer()
    names, prefixes = gazetteer.names, gazetteer.prefixes
    best: tuple[int, _Entry] | None = None
    frontier: list[tuple[str, ...]] = [()]
    stop = min(len(parts), index + _MAX_PARTS)
    for position in range(index, stop):
        if position > index and not _separated(text, parts[position - 1], parts[position]):
            break
        forms = parts[position].forms
        if position > index and not parts[position].capitalised and _CYRILLIC.match(
            text, parts[position].start
        ):  # fmt: skip
            # a lower-case word inside a name is in its case too: "в Константиновском дворце"
            word = text[parts[position].start : parts[position].end]
            forms = (*forms, *(f for f in _lemmas(word) if f not in forms))
        grown = [(*key, form) for key in frontier for form in forms]
        frontier = [key for key in grown if key in prefixes]
        for key in frontier:
            entry = names.get(key)
            if entry is not None:
                best = (position + 1, entry)
                break
        if not frontier:
            break
    if best is None and parts[index].capitalised:
        if index + 1 < len(parts) and parts[index + 1].joined_before:
            return None  # a typo is guessed only for a whole word
        for form in parts[index].forms:
            guess = _fuzzy_key(form)
            if guess is not None:
                return index + 1, names[guess]
    return best


# --- context ----------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+|[^\w\s]")


def _words_before(text: str, low: int, position: int, count: int = 8) -> list[str]:
    """Up to ``count`` words and punctuation marks before ``position``, nearest first."""
    window = text[max(low, position - 80) : position]
    tokens = _TOKEN.findall(window)
    return [t.lower() for t in reversed(tokens[-count:])]


def _contrasted(after: list[str], cues: _Cues) -> bool:
    """Whether a contrast and a locative follow a place ("in Minsk, but in Moscow")."""
    words = [w.lower() for w in after if w != ","]
    return len(words) > 1 and words[0] in cues.contrast and words[1] in cues.locative


_RELATIVE_ASIDE = re.compile(r"(?i)\s*,\s*(?:which|who|что|которая|который|которое)\b[^,;.]{1,80},")
"""A relative clause set off by commas right after a name: what the verb after it is past."""


def _words_after(text: str, position: int, high: int, count: int = 6) -> list[str]:
    """Up to ``count`` words and punctuation marks after ``position``, in order."""
    window = text[position : min(high, position + 80)]
    return _TOKEN.findall(window)[:count]


def _through_city_word(before: list[str], index: int, cues: _Cues) -> int:
    """The index past "city of" or a Russian word for a town at ``before[index]``, or ``index``."""
    word = before[index] if index < len(before) else ""
    following = before[index + 1] if index + 1 < len(before) else ""
    if word == "of" and following in cues.city_words_en:
        return index + 2
    if word == "." and following == "г":
        return index + 2
    if len(word) <= 8 and any(word.startswith(p) for p in cues.city_words_ru):
        return index + 1
    return index


def _locative_before(before: list[str], cues: _Cues) -> bool:
    """Whether the words before a name (nearest first) end in a locative, through fillers.

    "in Minsk", "in the Kyrgyz city of Osh", and their Russian forms with the abbreviation for
    a town or the word itself before the name.
    """
    index = 1 if before[:1] == ["the"] else 0
    if index < len(before) and _country_possessive(before[index]):
        index += 1  # "in Tajikistan's Dushanbe": the country's city
    past = _through_city_word(before, index, cues)
    if past != index:
        index = past
        # "in the southern Russian city of", "в белорусском городе": two describing words
        for _ in range(2):
            word = before[index] if index < len(before) else ""
            if word.isalpha() and word not in cues.locative and word != "the":
                index += 1
        if index < len(before) and before[index] in ("the", "a"):
            index += 1
    return index < len(before) and before[index] in cues.locative


def _country_possessive(word: str) -> bool:
    """Whether a word is a country's name with a possessive ending ("tajikistan's")."""
    if not word.endswith(("'s", "’s")):
        return False
    place = place_named(word[:-2].title())
    return place is not None and not place.city and place.country is not None


def _of_a_topic(before: list[str], cues: _Cues) -> bool:
    """Whether a locative right before a name follows a noun of a subject of talks.

    "the situation in Ukraine", "урегулирования в Афганистане" (nearest words first); not "in
    an informal setting in Sochi", "в неформальной обстановке в Сочи": the noun is a manner.
    """
    if len(before) < 2 or before[0] not in cues.locative:
        return False
    if any(word in cues.locative for word in before[2:4]):
        return False  # the noun itself is a locative's: "в неформальной обстановке в Сочи"
    return _cue_noun(before[1], cues.topic_nouns_en, cues.topic_nouns_ru)


def _cue_noun(word: str, english: frozenset[str], russian: tuple[str, ...]) -> bool:
    """Whether a word is one of a cue's English nouns or starts like one of its Russian ones."""
    noun = word.lower()
    return noun in english or noun.startswith(russian)


def _host_after(after: list[str], cues: _Cues) -> bool:
    """Whether a host verb follows, through auxiliaries and a day.

    "Minsk will host", "is to host", "Минск в пятницу принимает".
    """
    for k, word in enumerate(after[:_HOST_REACH]):
        lowered = word.lower()
        if lowered in cues.host:
            following = after[k + 1].lower() if k + 1 < len(after) else ""
            return following not in cues.host_not_before  # not "приняла участие"
        if lowered not in cues.auxiliaries and lowered not in _day_words() and not (
            lowered.isdigit() and len(lowered) <= 2
        ):
            return False
    return False


_HOST_REACH = 5


@functools.cache
def _day_words() -> frozenset[str]:
    """Words of a day between a host and its verb: a weekday's, a month's, "today", "в"."""
    data = calendar()
    words = {w.lower() for table in ("weekdays", "months")
             for forms in data[table].values() for w in forms}  # fmt: skip
    words |= {w for day in data["deictic_days"] for w in day.lower().split()}
    return frozenset(words | {"в", "во", "on"})


def _host_before(before: list[str], cues: _Cues) -> bool:
    """Whether "hosted by", "the host city", "moved to" (maybe with a comma) comes right before."""
    words = before[1:] if before[:1] == [","] else before
    return any(tuple(reversed(words[: len(p)])) == p for p in cues.host_before)


def _meeting_after(after: list[str], cues: _Cues, *, russian: bool) -> bool:
    """Whether the name heads a meeting: "the Minsk summit", "минском саммите"."""
    for word in after[:4]:
        lowered = word.lower()
        if russian and any(lowered.startswith(p) for p in cues.meeting_heads_ru):
            return True
        if lowered in cues.meeting_heads_en:
            return True
        is_acronym = word.isupper() and word.isalpha() and 2 <= len(word) <= 5
        if not (is_acronym or lowered in cues.meeting_fillers):
            return False
    return False


_MONTH = (
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec"
    r"|янв|фев|мар|апр|ма[яй]|июн|июл|авг|сен|окт|ноя|дек)[^\W\d_]{0,7}"
)
_DATE_AFTER = re.compile(
    r"(?:[ \t]*,[ \t]*[A-Z][A-Za-z]{2,20})?"  # the country of a dateline: "ASTANA, Kazakhstan,"
    r"[ \t]*[,(][ \t]*(?:\d{1,2}[ \t]+" + _MONTH + r"|" + _MONTH + r"\.?[ \t]+\d{1,2}(?!\d)"
    r"|\d{1,2}[./]\d{1,2}|(?:19|20)\d\d(?!\d))",
    re.IGNORECASE,
)
"""A date right after a city: "meeting, Moscow, April 5", "MINSK, 12 April"."""
_DATE_BEFORE = re.compile(
    r"(?:\d{1,2}[ \t]+" + _MONTH + r"|" + _MONTH + r"\.?[ \t]+\d{1,2})(?:[ \t,]+(?:19|20)\d\d)?"
    r"[ \t]*,[ \t]*$",
    re.IGNORECASE,
)
"""A date right before a city: "28 сентября, Душанбе /корр./", "April 5, Moscow"."""


_NEAR_PLACE_WORDS = 5


def _from_a_seat(before: list[str], cues: _Cues) -> bool:
    """Whether a locative right before a name follows "from" and a noun of someone's seat.

    "took part from his residence in Novo-Ogaryovo", "из своей резиденции в Ново-Огарёве"
    (nearest words first): where one taking part sat, not the meeting's venue.
    """
    for at in range(_NEAR_PLACE_WORDS):  # or the place near it: "in Novo-Ogaryovo outside Moscow"
        if len(before) < at + 3 or before[at] not in cues.locative:
            continue
        for seat in (at + 1, at + 2):  # "from the Government House in", "из Дома правительства в"
            if _cue_noun(before[seat], cues.seat_nouns_en, cues.seat_nouns_ru) and any(
                w.lower() in cues.source for w in before[seat + 1 : seat + 4]
            ):
                return True
    return False


def _role(
    text: str, low: int, high: int, start: int, end: int, entry: _Entry, *, compound: bool
) -> PlaceRole:
    """How a name at ``text[start:end]`` is used (see the module docs)."""
    cues = _gazetteer().cues
    if compound:
        return PlaceRole.OTHER  # "Moscow-based", "Russia-Kazakhstan talks"
    after_text = text[end : min(high, end + 3)]
    if after_text[:2] in ("'s", "’s") or after_text[:1] in ("'", "’"):
        return PlaceRole.OTHER
    after = _words_after(text, end, high)
    if entry.kind is _Kind.CITY_ADJECTIVE:
        return PlaceRole.AT if _meeting_after(after, cues, russian=True) else PlaceRole.OTHER
    if entry.kind is _Kind.COUNTRY_ADJECTIVE:
        return PlaceRole.OTHER
    before = _words_before(text, low, start)
    if len(before) > 1 and before[0] in cues.locative and before[1].lower() in cues.negation:
        return PlaceRole.OTHER  # "пройдет не в Москве, а в Минске": where it is not
    if _contrasted(after, cues) and any(w.lower() in cues.negation for w in before):
        return PlaceRole.OTHER  # "will not take place in Minsk but in Moscow": where it is not
    if _of_a_topic(before, cues) or _from_a_seat(before, cues):
        return PlaceRole.OTHER  # "discussed the situation in Ukraine": where the topic is
    if _locative_before(before, cues) or _host_before(before, cues) or _host_after(after, cues):
        return PlaceRole.AT
    aside = _RELATIVE_ASIDE.match(text, end, high)
    if aside is not None and _host_after(_words_after(text, aside.end(), high), cues):
        return PlaceRole.AT  # "Russia, which holds the chairmanship this year, will host"
    if before[:1] and before[0].lower() in cues.host and entry.kind is _Kind.CITY:
        return PlaceRole.AT  # "саммит примет Астана": the host named after its verb
    if entry.kind is _Kind.CITY:
        if _meeting_after(after, cues, russian=False):
            return PlaceRole.AT
        if after[:1] and after[0].lower() in cues.purpose:
            # "will travel to Astana for the CIS summit": where the summit is
            rest = after[1:]
            if rest[:1] and rest[0].lower() in ("the", "a", "an"):
                rest = rest[1:]
            if _meeting_after(rest, cues, russian=False) or (
                rest[:1] and rest[0].lower() in cues.meeting_heads_en
            ):
                return PlaceRole.AT
        if _DATE_AFTER.match(text, end, high):
            return PlaceRole.AT
        if _DATE_BEFORE.search(text, max(low, start - 40), start):
            return PlaceRole.AT
    return PlaceRole.OTHER


# --- capitals ---------------------------------------------------------------------------

_YEAR = re.compile(r"(?<!\d)(?:199\d|20\d\d)(?!\d)")


@functools.lru_cache(maxsize=256)
def _years(text: str) -> tuple[tuple[int, int], ...]:
    """The years (from 1990) the text names, with their offsets."""
    return tuple((m.start(), int(m.group())) for m in _YEAR.finditer(text))


def _year_at(text: str, position: int) -> int | None:
    """The year a capital phrase at ``position`` is read in: the last one named before it."""
    years = _years(text)
    before = [y for at, y in years if at < position]
    if before:
        return before[-1]
    return years[0][1] if years else None


_CAPITAL_OF_BEFORE = re.compile(
    r"(?:(?P<en>capital)(?:[ \t]+city)?[ \t]+of(?:[ \t]+the)?|(?P<ru>столиц[аеиуыйо]{1,2}))[ \t]+$",
    re.IGNORECASE,
)
_CAPITAL_AFTER = re.compile(r"(?:['’]s[ \t]+capital|[ \t]+(?:capital|столиц[аеиуыйо]{1,2}))"
                            r"(?:[ \t]+city)?(?!\w)", re.IGNORECASE)  # fmt: skip


def _capital_span(
    text: str, low: int, high: int, start: int, end: int, entry: _Entry
) -> tuple[int, int] | None:
    """The span of a capital phrase around a country name or adjective, if it is in one.

    "capital of Tajikistan", "Tajikistan's capital", "the Kyrgyz capital", "столице
    Таджикистана", "таджикской столице".
    """
    if entry.kind is _Kind.COUNTRY or entry.capital is not None:
        window_start = max(low, start - 30)
        match = _CAPITAL_OF_BEFORE.search(text, window_start, start)
        if match is not None:
            return match.start(), end
        after = _CAPITAL_AFTER.match(text, end, high)
        if after is not None and after.group().startswith(("'", "’")):
            return start, after.end()
        return None
    if entry.kind is _Kind.COUNTRY_ADJECTIVE:
        after = _CAPITAL_AFTER.match(text, end, high)
        if after is not None and not after.group().startswith(("'", "’")):
            return start, after.end()
    return None


# --- finding ----------------------------------------------------------------------------


@attrs.frozen
class _Found:
    """A mention before merging, with what merging needs to know about it."""

    mention: PlaceMention
    kind: _Kind | None
    capital: bool = False


_CITY_AFTER_CAPITAL = re.compile(
    r"(?:[ \t]*,[ \t]*|[ \t]*\([ \t]*|[ \t]+[–—-][ \t]+|[ \t]+)"
    r"(?:(?:the[ \t]+)?city[ \t]+of[ \t]+|г\.[ \t]*|город[а-я]{0,2}[ \t]+)?$"
)
_CAPITAL_AFTER_CITY = re.compile(r"[ \t]*[,(–—-][ \t]*(?:the[ \t]+|which[ \t]+is[ \t]+the[ \t]+)?$")
_COUNTRY_AFTER_CITY = re.compile(r"[ \t]*[,(][ \t]*(?:the[ \t]+)?(?:republic[ \t]+of[ \t]+)?$",
                                 re.IGNORECASE)  # fmt: skip
_CITY_AFTER_COUNTRY = re.compile(
    r"(?:['’]s|[ \t]+(?:city|town|resort|capital)(?:[ \t]+city)?[ \t]+of|[ \t]+город[а-я]{0,2})"
    r"[ \t]+$"
)


def _merge(text: str, found: list[_Found]) -> list[PlaceMention]:
    """Drop overlaps and the mentions that only qualify a neighbour.

    A capital phrase followed by its city ("в столице Таджикистана Душанбе") gives way to the
    city, which takes the phrase's role; one right after its city ("Astana, the Kazakh
    capital") is dropped, as is a country right after a city in it ("Dushanbe, Tajikistan") or
    right before one ("the Kyrgyz city of Osh").
    """
    found.sort(key=lambda f: (f.mention.start, -(f.mention.end - f.mention.start)))
    kept: list[_Found] = []
    for item in found:
        if kept and item.mention.start < kept[-1].mention.end:
            continue
        kept.append(item)
    out: list[_Found] = []
    for item in kept:
        mention = item.mention
        previous = out[-1] if out else None
        if previous is not None:
            gap = text[previous.mention.end : mention.start]
            city_now = mention.place.city is not None and item.kind is _Kind.CITY
            if previous.capital and city_now and _CITY_AFTER_CAPITAL.match(gap):
                out[-1] = _Found(attrs.evolve(mention, role=previous.mention.role), _Kind.CITY)
                continue
            prev_city = previous.mention.place.city is not None and not previous.capital
            if (
                item.capital
                and previous.mention.place.city is not None
                and _CAPITAL_AFTER_CITY.match(gap)
            ):
                continue
            if (
                prev_city
                and item.kind in (_Kind.COUNTRY, _Kind.COUNTRY_ADJECTIVE)
                and mention.place.country == previous.mention.place.country
                and _COUNTRY_AFTER_CITY.match(gap)
            ):
                continue
            if (
                city_now
                and previous.kind in (_Kind.COUNTRY, _Kind.COUNTRY_ADJECTIVE)
                and not previous.capital
                and previous.mention.place.country == mention.place.country
                and _CITY_AFTER_COUNTRY.match(gap)
            ):
                out[-1] = item
                continue
        out.append(item)
    return [f.mention for f in out]


_CANDIDATE = re.compile(
    r"(?<![^\W\d_])(?:[A-ZА-ЯЁ]"
    r"|[а-яё][а-яё-]{0,40}?(?:ий|ый|ой|ого|ому|ым|ом|ая|ую|ое|ые|ие|их|им|ими|ыми|ей)(?![\w-]))"
)
"""Where a name may start: a capital letter, or a lower-case Russian adjective (its forms)."""


def _names(text: str, low: int, high: int) -> Iterator[_Found]:
    """The gazetteer names of ``text[low:high]`` as mentions (capital phrases resolved)."""
    gazetteer = _gazetteer()
    cues, prefixes = gazetteer.cues, gazetteer.prefixes
    done = low
    for candidate in _CANDIDATE.finditer(text, low, high):
        if candidate.start() < done:
            continue
        # Names are short: reading at most _WINDOW characters keeps a long compound linear.
        first = _WORD.match(text, candidate.start(), min(high, candidate.start() + _WINDOW))
        if first is None:
            continue
        forms = _word_forms(first.group())[0]
        if not any((form,) in prefixes for form in forms) and (
            not first.group()[:1].isupper() or all(_fuzzy_key(f) is None for f in forms)
        ):
            continue  # the common case, cheaply: no name starts here
        parts = _parts(text, candidate.start(), min(high, candidate.start() + _WINDOW))
        if not parts:
            continue
        part = parts[0]
        found = _match(text, parts, 0)
        if found is None:
            continue
        stop, entry = found
        if not part.capitalised and entry.kind not in (
            _Kind.CITY_ADJECTIVE,
            _Kind.COUNTRY_ADJECTIVE,
        ):
            continue
        start, end = part.start, parts[stop - 1].end
        done = end
        compound = part.joined_before or (stop < len(parts) and parts[stop].joined_before)
        if _longer_name(text, parts, stop, cues) or cues.foreign_after.match(text, end, high):
            continue
        if entry.venue and _another_citys(text, low, high, start, end):
            continue  # "the Kremlin of Kazan", "the Kazan Kremlin": that city's, not the venue
        span = _capital_span(text, low, high, start, end, entry)
        if span is not None and not compound:
            code = entry.place.country
            assert code is not None
            capital = entry.capital or capital_of(code, _year_at(text, span[0]))
            if capital is not None:
                role = _role(text, low, high, span[0], span[1], _Entry(_Kind.CITY, capital),
                             compound=False)  # fmt: skip
                yield _Found(PlaceMention(span[0], span[1], capital, role), _Kind.CITY, True)
                continue
        role = _role(text, low, high, start, end, entry, compound=compound)
        adjective = entry.kind in (_Kind.CITY_ADJECTIVE, _Kind.COUNTRY_ADJECTIVE)
        yield _Found(PlaceMention(start, end, entry.place, role, adjective), entry.kind)


_OF_AFTER = re.compile(r"\s+(?:of|in)\s+(?:the\s+)?(?=\w)", re.IGNORECASE)
_WORD_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+$")


def _another_citys(text: str, low: int, high: int, start: int, end: int) -> bool:
    """Whether a venue's name is of another city, named right after or before it."""
    after = _OF_AFTER.match(text, end, high)
    if after is not None and _names_a_city(text, after.end(), high):
        return True
    before = _WORD_BEFORE.search(text, max(low, start - 30), start)
    return before is not None and _names_a_city(text, before.start(), start)


def _names_a_city(text: str, start: int, high: int) -> bool:
    parts = _parts(text, start, high, 3)
    found = _match(text, parts, 0) if parts else None
    return found is not None and found[1].kind in (_Kind.CITY, _Kind.CITY_ADJECTIVE)


def _longer_name(text: str, parts: Sequence[_Part], stop: int, cues: _Cues) -> bool:
    """Whether the next word is a head that makes the name part of a longer one."""
    if stop >= len(parts) or parts[stop].joined_before:
        return False
    nxt = parts[stop]
    gap = text[parts[stop - 1].end : nxt.start]
    return gap in (" ", "\u00a0") and text[nxt.start : nxt.end] in cues.name_heads


def _online(text: str, low: int, high: int) -> Iterable[_Found]:
    """The online-meeting phrases of ``text[low:high]``."""
    for match in _gazetteer().online.finditer(text, low, high):
        yield _Found(PlaceMention(match.start(), match.end(), Place(online=True)), None)


def _epithets(text: str, low: int, high: int) -> Iterable[_Found]:
    """The cities ``text[low:high]`` names by an epithet, where a locative stands before it.

    "в северной столице", "in the northern capital": Saint Petersburg ("the northern capital's
    museums" names no place where something is).
    """
    cues = _gazetteer().cues
    for pattern, place in _gazetteer().epithets:
        for match in pattern.finditer(text, low, high):
            before = _words_before(text, low, match.start())
            role = PlaceRole.AT if _locative_before(before, cues) else PlaceRole.OTHER
            yield _Found(PlaceMention(match.start(), match.end(), place, role=role), None)


def find_places(doc: Document, sentence: Sentence) -> tuple[PlaceMention, ...]:
    """The places a sentence names, in text order and not overlapping, each with its role."""
    text, low, high = doc.text, sentence.start, sentence.end
    found = [*_names(text, low, high), *_online(text, low, high), *_epithets(text, low, high)]
    return tuple(_conjoined(text, _merge(text, found)))


_CONJOINED = re.compile(r"\s*(?:\([^()]{0,30}\))?\s*(?:,\s*|\s+)(?:and|и|or|или)\s+$|\s*,\s*$")
"""Between two places of one list: "in Ashgabat (May 2019) and Tashkent", "в Минске и Бресте"."""


def _conjoined(text: str, places: Iterable[PlaceMention]) -> list[PlaceMention]:
    """Places with a city joined by a conjunction to a place where something is, are so too.

    "The premiers met in Ashgabat (May 2019) and Tashkent (November 2019)": the locative of the
    first serves the second.
    """
    out: list[PlaceMention] = []
    for place in places:
        if (
            out and place.role is PlaceRole.OTHER and place.place.city
            and out[-1].role is PlaceRole.AT and out[-1].place.city
            and _CONJOINED.fullmatch(text, out[-1].end, place.start) is not None
        ):  # fmt: skip
            place = attrs.evolve(place, role=PlaceRole.AT)
        out.append(place)
    return out
