"""What dates and places the article itself: publication date, dateline, title and language.

The publication date comes only from the text, in this order of trust:

1. a leading `` date YYYY-MM-DD `` marker;
2. a dateline with a year (``MOSCOW (UrduPoint News / Sputnik - 12th May, 2020)``,
   ``Samarkand, 15 April 2023 (TDI):``, ``(Alma Ata, April 11, 2025)``);
3. a date stamp line at the top (``12 Oct 2023``, ``5 April 201915:40``, ``Мир | 19:41 /
   12.10.2020``) that agrees with the dateline's day when there is one, and that the text does
   not contradict: a stamp of 2018 on a text saying what *will* happen in 2013 is the site's
   date, not the article's, and so is a "last updated" stamp;
4. a dateline without a year (``BISHKEK, 12 October (BelTA)``, ``ASHGABAT, October 10.
   /TASS/.``), which still dates the article to a day of an unknown year (``XXXX-10-10``).
"""

from __future__ import annotations

import itertools
import re

import attrs

from ..values import PartialDate, Place
from .dates import DateMention, find_dates
from .places import find_places, may_start_place
from .scan import Scanner, lowered
from .text import trim_span

__all__ = ["Masthead", "detect_language", "read_masthead"]

_MARKER = re.compile(r"\A\s*date\s+(\d{4})-(\d\d)-(\d\d)\b")
_AGENCY = (
    r"(?:BelTA|BELTA|TASS|ТАСС|KAZINFORM|Kazinform|AZERTAC|Azertac|ARMENPRESS|Armenpress|Trend"
    r"|TREND|RIA\s+Novosti|Sputnik|Interfax|INTERFAX(?:\.RU)?|Xinhua|AKIpress|Kabar|KABAR|UzA"
    r"|Dunyo|Khovar|Report|APA|Reuters|AFP|AP|TDI|1NEWS\.AZ|БЕЛТА|ИНТЕРФАКС|РИА\s+Новости)"
)
_AGENCY_AT = re.compile(rf"[\s.,/(\-–—]*{_AGENCY}")
_DATE_FIRST = re.compile(r"(?m)^(\d{1,2}\s+[а-яё]+),\s+([А-ЯЁ][а-яё-]+)\s+/")
_DATELINE_HEAD = re.compile(
    r"(?P<city>[A-ZА-ЯЁ][A-Za-zА-Яа-яЁё.'’ -]{1,30}?)"
    r"(?:,\s+[A-Z][a-z]+(?:\s+\([^)]{1,30}\))?)?"  # ", Uzbekistan"
    r"(?P<sep>\s*[,.]\s+|\s+\(|\s+[–—-]\s+)"
)
_HEAD_START = re.compile(r"^[ \t]*|\A\s*date\s+\d{4}-\d\d-\d\d\s+|\(", re.MULTILINE)
_MARKER_HEAD = re.compile(r"\s*date\s+\d{4}-\d\d-\d\d\s+")  # _HEAD_START's middle branch
_STAMP_NOISE = re.compile(
    r"^[\s|/:,.\-–—]*(?:(?:\d{1,2}:\d\d(?:\s*[AP]M)?)|(?:Published|Updated|Posted|Мир|Политика"
    r"|Flag|Флаг|www\.\S+|\d{1,4}|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|Понедельник|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье|[|/:,.\-–—])[\s|/:,.\-–—]*)*$",
    re.IGNORECASE,
)
_UPDATED = re.compile(r"updat|обновл|Последнее|modified|©|copyright", re.IGNORECASE)
_WEEKDAY = re.compile(
    r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|(?<!\w)(?:Понедельник"
    r"|Вторник|Среда|Четверг|Пятница|Суббота|Воскресенье)(?!\w)",
    re.IGNORECASE,
)
_FUTURE_YEAR = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|plans?\s+to|is\s+going\s+to)\b[^.\n]{0,80}?\bin\s+"
    r"(1[89]\d\d|2[01]\d\d)\b"
)
_FUTURE_YEAR_SCAN = Scanner(_FUTURE_YEAR)  # tried only where "will", "is" ... occur
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")
_CYRILLIC = re.compile(r"[а-яёА-ЯЁіїєґІЇЄҐәғқңөұүһӘҒҚҢӨҰҮҺ]")
_CYRILLIC_BLOCK = re.compile("[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")
_UKRAINIAN = re.compile(r"[іїєґІЇЄҐ]")
_KAZAKH = re.compile(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]")
_HEADLINE_END = re.compile(r"[.:;,]\s*$")


@attrs.frozen
class Masthead:
    """What the article says about itself.

    ``anchor`` is the publication day for resolving relative dates (its year may be unknown);
    ``published`` the full publication date when the text gives one; ``evidence`` the span
    that dates it (``(0, 0)`` when nothing does); ``dateline_city`` the place of the dateline,
    and ``dateline`` its span (so that its city and date are not taken for a meeting's).
    """

    anchor: PartialDate | None = None
    evidence: tuple[int, int] = (0, 0)
    dateline_place: Place | None = None
    dateline: tuple[int, int] = (0, 0)
    title: tuple[int, int] | None = None
    language: str = "en"

    @property
    def published(self) -> PartialDate | None:
        """The publication date when the text gives a full one."""
        if self.anchor is None or self.anchor.year is None or self.anchor.day is None:
            return None
        return self.anchor


def detect_language(text: str) -> str:
    """``ru``, ``uk`` or ``kk`` for mostly Cyrillic text (by its letters), else ``en``."""
    sample = text[:4000]
    if _CYRILLIC_BLOCK.search(sample) is None:
        return "en"  # a quick scan: every letter _CYRILLIC counts is in that block
    cyrillic = len(_CYRILLIC.findall(sample))
    if not cyrillic:
        return "en"
    if cyrillic <= len(_LATIN.findall(sample)):
        return "en"
    if len(_KAZAKH.findall(sample)) > cyrillic // 200 + 2:
        return "kk"
    if len(_UKRAINIAN.findall(sample)) > cyrillic // 100 + 2:
        return "uk"
    return "ru"


def _full(mention: DateMention) -> PartialDate | None:
    if mention.kind != "absolute" or mention.day is None or mention.month is None:
        return None
    try:
        return PartialDate(mention.year, mention.month, mention.day)
    except ValueError:
        return None


def _head_ends(text: str, limit: int) -> list[int]:
    """Where _HEAD_START's matches in ``text[:limit]`` end, in order, without a regex scan.

    The pattern matches at line starts (with their indent), at the date marker and at each
    "(": those are found with ``str.find``, and taken in order as the engine would (after an
    empty match at a line start a marker or "(" may still match there).  A scan with the
    pattern itself tries every character, since ``^`` gives it nothing to skip ahead with.
    """
    starts = {0}
    for char in ("\n", "("):
        at = text.find(char, 0, limit)
        while at != -1:
            starts.add(at + 1 if char == "\n" else at)
            at = text.find(char, at + 1, limit)
    ends: list[int] = []
    resume = 0
    for position in sorted(starts):
        if position < resume:
            continue
        if position == 0 or text[position - 1] == "\n":
            end = position
            while end < limit and text[end] in " \t":
                end += 1
            ends.append(end)
            resume = end
            if end > position:
                continue
        marker = _MARKER_HEAD.match(text, 0, limit) if position == 0 else None
        if marker is not None:
            ends.append(marker.end())
            resume = marker.end()
        elif position < limit and text[position] == "(":
            ends.append(position + 1)
            resume = position + 1
    return ends


def _datelines(text: str, limit: int) -> list[tuple[int, int, PartialDate | None, Place | None]]:
    """Datelines near the top: (start, end, date, city)."""
    found: list[tuple[int, int, PartialDate | None, Place | None]] = []
    for head_start in _head_ends(text, limit):
        if not may_start_place(text, head_start):
            continue
        head = _DATELINE_HEAD.match(text, head_start, limit)
        if head is None:
            continue
        city_text = head.group("city").strip()
        places = [p for p in find_places(city_text) if p.place.city is not None]
        if not places or places[0].start != 0:
            continue
        rest = text[head.end() : head.end() + 80]
        dates = find_dates(rest)
        date = None
        end = head.end()
        if dates and dates[0].start <= 30:
            date = _full(dates[0])
            end = head.end() + dates[0].end
        agency = _AGENCY_AT.match(text[end : end + 40])
        if date is None and agency is None:
            continue
        if agency is not None:
            end += agency.end()
        if text[end : end + 1] in (")", "/"):
            end += 1
        found.append((head.start(), end, date, places[0].place))
    # "10 октября, Сочи /... - БЕЛТА/": the date before the city.
    top = text[:limit]
    # Only where a line starts (the pattern's ^): the engine would try every character.
    for match in _at_line_starts(_DATE_FIRST, top) if "/" in top else ():
        dates = find_dates(match.group(1))
        places = find_places(match.group(2))
        if dates and places and places[0].place.city is not None:
            found.append((match.start(), match.end(), _full(dates[0]), places[0].place))
    return sorted(found, key=lambda item: item[0])


def _at_line_starts(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern that starts with ``(?m)^``, tried at line starts."""
    found: list[re.Match[str]] = []
    resume = 0
    position = 0
    while position != -1:
        if position >= resume:
            match = pattern.match(text, position)
            if match is not None:
                found.append(match)
                resume = max(match.end(), position + 1)
        at = text.find("\n", position)
        position = -1 if at == -1 else at + 1
    return found


def _stamps(text: str) -> list[tuple[int, int, PartialDate, bool]]:
    """Date stamp lines at the top: (start, end, date, decorated with a weekday)."""
    found: list[tuple[int, int, PartialDate, bool]] = []
    for number, line in enumerate(_LINE.finditer(text)):
        if number >= 14:
            break
        start, end = line.span()
        if end - start > 80 or not _DIGIT.search(line.group(0)) or _UPDATED.search(line.group(0)):
            continue
        for mention in find_dates(text, start, end):
            date = _full(mention)
            if date is None or date.year is None:
                continue
            rest = text[start : mention.start] + " " + text[mention.end : end]
            if _STAMP_NOISE.match(rest):
                weekday = bool(_WEEKDAY.search(line.group(0)))
                found.append((mention.start, mention.end, date, weekday))
                break
    return found


def _earliest_future_year(text: str) -> int | None:
    """The earliest year the text speaks of as still to come (a stamp after it is the site's)."""
    end = min(len(text), 20000)
    found = _FUTURE_YEAR_SCAN.finditer(text, 0, end, lowered(text[:end]))
    return min((int(m.group(1)) for m in found), default=None)


def _agrees(date: PartialDate, dateline: PartialDate | None) -> bool:
    return dateline is None or (date.month, date.day) == (dateline.month, dateline.day)


_NOT_TITLE = re.compile(r"°|\||https?:|www\.|@|©|credit|\A\(", re.IGNORECASE)


def _title(text: str, limit: int) -> tuple[int, int] | None:
    """A headline: a line repeated near the top, else a headline-like first line."""
    # Only the first twelve lines with words are read.
    lines = list(
        itertools.islice((m for m in _LINE.finditer(text, 0, limit) if m.group(0).strip()), 12)
    )
    seen: dict[str, tuple[int, int]] = {}
    for line in lines[:12]:
        words = line.group(0).strip()
        if len(words.split()) > 30:
            break  # the body has begun
        key = words.casefold()
        if key in seen and len(words.split()) >= 3 and not _NOT_TITLE.search(words):
            return trim_span(text, *seen[key])
        seen.setdefault(key, line.span())
    for line in lines[:6]:
        words = line.group(0).strip()
        if words.lower().startswith("date "):
            return None
        count = len(words.split())
        if count > 30 or _HEADLINE_END.search(words):
            return None
        if count < 4 or _NOT_TITLE.search(words) or words.endswith(("?", "!")):
            continue
        if find_dates(words) and count <= 6:
            continue  # a stamp, not a headline
        return trim_span(text, *line.span())
    return None


def read_masthead(text: str) -> Masthead:
    """Publication date, dateline, title and language of an article text."""
    language = detect_language(text)
    limit = min(len(text), 3000)
    title = _title(text, limit)
    datelines = _datelines(text, limit)
    dateline = datelines[0] if datelines else None
    dateline_date = dateline[2] if dateline else None
    dateline_place = dateline[3] if dateline else None
    dateline_span = (dateline[0], dateline[1]) if dateline else (0, 0)
    marker = _MARKER.match(text)
    if marker is not None:
        try:
            day = PartialDate(int(marker.group(1)), int(marker.group(2)), int(marker.group(3)))
        except ValueError:
            day = None
        if day is not None:
            span = trim_span(text, marker.start(), marker.end())
            return Masthead(day, span, dateline_place, dateline_span, title, language)
    for start, end, date, _ in datelines:
        if date is not None and date.year is not None:
            return Masthead(date, (start, end), dateline_place, dateline_span, title, language)
    stamps = _stamps(text)
    # A stamp is contradicted when the text speaks of an earlier year as still to come.
    earliest = _earliest_future_year(text) if stamps else None
    stamps = [
        s
        for s in stamps
        if _agrees(s[2], dateline_date) and (earliest is None or earliest >= (s[2].year or 0))
    ]
    plain = [s for s in stamps if not s[3]] or stamps
    if plain:
        start, end, date, _ = plain[0]
        return Masthead(date, (start, end), dateline_place, dateline_span, title, language)
    if dateline_date is not None and dateline is not None:
        return Masthead(dateline_date, (0, 0), dateline_place, dateline_span, title, language)
    return Masthead(None, (0, 0), dateline_place, dateline_span, title, language)
