"""Date expressions: find them in a sentence, then resolve them against the publication date.

A :class:`DateMention` records what the text says (``12 April 2024``, ``Oct. 12``, ``in
October``, ``late March - early April``, ``tomorrow``, ``on Friday``, ``last year``) and
:meth:`DateMention.resolve` turns it into a :data:`~cischronicle.values.Date` at the precision
the text supports, using the publication date (possibly with an unknown year) and the tense of
the claim: forward for what will happen, backward for what happened.  What cannot be known
stays unknown: a day and month without a year and without a dated publication is
``XXXX-04-12``; a weekday without a dated publication is nothing at all.

Numbers that are not dates never become dates: a day needs a month name (or a full numeric
date), a year stands alone only after a preposition, and year spans such as ``2026-2030``
are recognised as spans so that neither end is taken for a year.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import re

import attrs

from ..values import Date, DateRange, PartialDate
from .text import Gate, GateIndex, at_word_start, words_first, words_present

__all__ = ["DateMention", "find_dates", "month_number", "shift_days"]

_MONTHS_EN = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}  # fmt: skip
_MONTHS_RU = {
    "январ": 1, "янв": 1, "феврал": 2, "фев": 2, "март": 3, "мар": 3, "апрел": 4, "апр": 4,
    "ма": 5, "май": 5, "июн": 6, "июл": 7, "август": 8, "авг": 8, "сентябр": 9, "сен": 9,
    "сент": 9, "октябр": 10, "окт": 10, "ноябр": 11, "ноя": 11, "декабр": 12, "дек": 12,
}  # fmt: skip
_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6, "понедельник": 0, "вторник": 1, "среду": 2, "среда": 2, "четверг": 3,
    "пятницу": 4, "пятница": 4, "субботу": 5, "суббота": 5, "воскресенье": 6,
}  # fmt: skip

_MON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_MON_RU = (
    r"(?:январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?"
    r"|сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]|янв|фев|апр|авг|сент?|окт|ноя|дек)"
)
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(1[89]\d\d|2[01]\d\d)(?=$|[^\d]|\d{1,2}:\d\d)"
_DAY = r"(3[01]|[12]\d|0?[1-9])"
_SEP = r"\s*[-–—]\s*"
_FLAGS = re.IGNORECASE

_MONTH_WORDS = (
    "january", "february", "march", "april", "june", "july", "august", "september", "sept",
    "october", "november", "december", "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
    "sep", "oct", "nov", "dec",
)  # fmt: skip


def _cased(words: tuple[str, ...]) -> str:
    """Words in lower, Title and UPPER case, longest first: a fast, literal start."""
    variants = {v for w in words for v in (w, w.capitalize(), w.upper())}
    return "(?:" + "|".join(sorted(variants, key=lambda v: (-len(v), v))) + ")"


# A month name, for patterns that start with one: Title and UPPER case only (a lower-case
# "may" or "march" is a verb or a noun, and lower-case starts would make the scan slow).
_MONF = (
    "(?:"
    + "|".join(
        sorted(
            {v for w in _MONTH_WORDS for v in (w.capitalize(), w.upper())},
            key=lambda v: (-len(v), v),
        )
    )
    + ")"
)
_D = r"(\d\d?)"  # a day; 1..31 is checked on the value
_DO = rf"{_D}(?i:st|nd|rd|th)?"

# Every pattern starts with a literal or a digit (so the engine can skip ahead); the word
# boundary before it, and the preposition before a bare month or year, are checked in code.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"(\d\d\d\d)-(\d\d)-(\d\d)(?!\d)")),
    ("dmy_num", re.compile(r"(\d\d?)\s?([./])\s?(\d\d?)\s?\2\s?(\d\d\d\d)(?!\d)")),
    (
        "from_to",
        re.compile(
            rf"{_cased(('from',))}\s+({_MONF})\.?\s+{_DO}\s+(?i:to|until|till)\s+({_MONF})\.?\s+"
            rf"{_DO}(?:,?\s+{_YEAR})?\b"
        ),
    ),
    (
        "dmy",
        re.compile(rf"{_DO}(?:{_SEP}{_DO})?\s+(?i:of\s+)?({_MONF})\b\.?(?:,?\s*{_YEAR})?"),
    ),
    (
        "mdy",
        re.compile(rf"({_MONF})\.?\s+{_DO}(?:{_SEP}{_DO})?(?![\d:])(?:,?\s+{_YEAR})?"),
    ),
    (
        "month_range",
        re.compile(
            rf"({_MONF})(?:\s+{_YEAR})?{_SEP}(?i:(early|mid|late|the end of|end of|beginning of"
            rf"|the beginning of)\s+)?({_MONF})\b(?:\s+{_YEAR})?"
        ),
    ),
    ("my", re.compile(rf"({_MONF})\.?,?\s+{_YEAR}")),
    ("month", re.compile(rf"({_MONF})\b(?!\s*\d)")),
    ("year_span", re.compile(r"(1[89]\d\d|2[01]\d\d)\s*[-–—/]\s*(\d{2}|\d{4})(?![\d-])")),
    ("year", re.compile(_YEAR)),
    (
        "season",
        re.compile(
            r"\b(?:(in|this|next|last|the|during)\s+(?:the\s+)?)?(spring|summer|autumn|fall)"
            r"(?:\s+(?:of\s+)?(1[89]\d\d|2[01]\d\d))?\b",
            _FLAGS,
        ),
    ),
    (
        "relative",
        re.compile(
            words_first(
                (
                    r"earlier\s+today",
                    r"later\s+today",
                    r"earlier\s+in\s+the\s+day",
                    r"later\s+in\s+the\s+day",
                    "today",
                    "tonight",
                    r"this\s+(?:morning|afternoon|evening|week|month|year)",
                    "yesterday",
                    "tomorrow",
                    r"the\s+day\s+(?:before\s+yesterday|after\s+tomorrow)",
                    r"in\s+a\s+matter\s+of\s+(?:minutes|hours)",
                    r"last\s+(?:week|month|year)",
                    r"next\s+(?:week|month|year)",
                    r"the\s+(?:previous|following|coming|current)\s+(?:week|month|year)",
                )
            )
            + r"(?:['’]s)?\b"
        ),
    ),
    (
        "weekday",
        re.compile(r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s*,?\s*\d)"),
    ),
    # Russian
    (
        "dmy_ru",
        re.compile(
            rf"(?<![\d.]){_DAY}(?:{_SEP}{_DAY})?\s+({_MON_RU})\b\.?(?:\s+{_YEAR}(?:\s*(?:года|г\.))?)?",
            _FLAGS,
        ),
    ),
    (
        "month_range_ru",
        re.compile(
            rf"\b(?:в\s+)?(начале|середине|конце)\s+({_MON_RU})(?:\s+{_YEAR})?{_SEP}(?:в\s+)?"
            rf"(начале|середине|конце)?\s*({_MON_RU})\b(?:\s+{_YEAR}(?:\s*года)?)?",
            _FLAGS,
        ),
    ),
    ("my_ru", re.compile(rf"(?<!\d\s)\b({_MON_RU})\s+{_YEAR}(?:\s*(?:года|г\.))?", _FLAGS)),
    ("month_ru", re.compile(rf"\b(в|до|с|к)\s+({_MON_RU})\b(?!\s*\d)", _FLAGS)),
    ("year_ru", re.compile(rf"\b(в|до|с|на)\s+{_YEAR}\s*(?:году|года|г\.)", _FLAGS)),
    (
        "season_ru",
        re.compile(rf"\b(весной|летом|осенью|зимой)(?:\s+{_YEAR}(?:\s*года)?)?", _FLAGS),
    ),
    (
        "relative_ru",
        re.compile(
            r"(?<![\w-])(сегодня|вчера|завтра|послезавтра|позавчера|(?:на\s+)?(?:этой|прошлой"
            r"|следующей)\s+неделе|(?:в\s+)?(?:этом|прошлом|следующем|текущем)\s+году)(?!\w)",
            _FLAGS,
        ),
    ),
    (
        "weekday_ru",
        re.compile(
            r"(?<!\w)(?:в|во)\s+(понедельник|вторник|среду|четверг|пятницу|субботу|воскресенье)(?!\w)",
            _FLAGS,
        ),
    ),
]

_RELATIVE_DAYS = {
    "today": 0, "tonight": 0, "this morning": 0, "this afternoon": 0, "this evening": 0,
    "earlier today": 0, "later today": 0, "earlier in the day": 0, "later in the day": 0,
    "in a matter of minutes": 0, "in a matter of hours": 0, "yesterday": -1, "tomorrow": 1,
    "the day before yesterday": -2, "the day after tomorrow": 2, "сегодня": 0, "вчера": -1,
    "завтра": 1, "послезавтра": 2, "позавчера": -2,
}  # fmt: skip
_SEASONS = {
    "spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11),
    "весной": (3, 5), "летом": (6, 8), "осенью": (9, 11),
}  # fmt: skip


def month_number(word: str) -> int | None:
    """The month number of an English or Russian month name or abbreviation, else ``None``."""
    key = word.lower().rstrip(".")
    if key in _MONTHS_EN:
        return _MONTHS_EN[key]
    for stem_len in (7, 6, 5, 4, 3, 2):
        stem = key[:stem_len]
        if stem in _MONTHS_RU and (len(key) - stem_len) <= 2:
            return _MONTHS_RU[stem]
    return None


def _safe(year: int | None, month: int | None, day: int | None) -> PartialDate | None:
    try:
        return PartialDate(year, month, day)
    except ValueError:
        return None


def shift_days(date: PartialDate, days: int) -> PartialDate | None:
    """``date`` (day-precise) moved by ``days``; ``None`` when an unknown year makes it unsure."""
    if date.month is None or date.day is None:
        return None
    if date.year is not None:
        try:
            moved = _dt.date(date.year, date.month, date.day) + _dt.timedelta(days=days)
        except (ValueError, OverflowError):
            return None
        return PartialDate.from_date(moved)
    # Unknown year: the answer must be the same in a leap and a common year.
    results = set()
    for year in (2000, 2001):
        if date.month == 2 and date.day == 29 and year == 2001:
            return None
        moved = _dt.date(year, date.month, date.day) + _dt.timedelta(days=days)
        if moved.year != year:
            return None
        results.add((moved.month, moved.day))
    if len(results) != 1:
        return None
    month, day = results.pop()
    return PartialDate(None, month, day)


@attrs.frozen
class DateMention:
    """A date expression found in the text, before resolution.

    ``kind`` is one of ``absolute`` (year, month and day as far as given), ``range``,
    ``relative`` (``offset`` days from publication), ``relative-year``, ``relative-month``,
    ``week``, ``weekday``, ``season`` or ``span`` (a year span such as ``2026-2030``, never a
    meeting date).  ``prep`` is the word before it (``on``, ``in``, ``for`` ...), lower case.
    """

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    end_year: int | None = None
    end_month: int | None = None
    end_day: int | None = None
    offset: int = 0
    weekday: int | None = None
    modifier: str = ""
    prep: str = ""

    @property
    def explicit(self) -> bool:
        """Whether the text names the date itself rather than relative to publication."""
        return self.kind in ("absolute", "range") or (self.kind == "season" and bool(self.year))

    @property
    def is_date(self) -> bool:
        """Whether the mention can date a meeting at all (a year span cannot)."""
        return self.kind != "span"

    def resolve(self, anchor: PartialDate | None, tense: str) -> Date | None:
        """The date this mention names, seen from ``anchor`` (publication) in ``tense``.

        ``tense`` is ``past``, ``future`` or ``present``; it decides whether a date without a
        year (or a weekday) is looked for before or after the publication date.
        """
        try:
            return self._resolve(anchor, tense)
        except (ValueError, OverflowError):
            return None

    def _resolve(self, anchor: PartialDate | None, tense: str) -> Date | None:
        if self.kind == "absolute":
            if self.year is not None or self.month is None:
                return _safe(self.year, self.month, self.day)
            year = _infer_year(anchor, self.month, self.day, tense)
            return _safe(year, self.month, self.day)
        if self.kind == "range":
            return self._resolve_range(anchor, tense)
        if self.kind == "relative":
            if anchor is None:
                return None
            if anchor.day is None:
                return None
            return shift_days(anchor, self.offset)
        if self.kind == "relative-year":
            if anchor is None or anchor.year is None:
                return None
            return _safe(anchor.year + self.offset, None, None)
        if self.kind == "relative-month":
            if anchor is None or anchor.month is None:
                return None
            index = anchor.month - 1 + self.offset
            year = None if anchor.year is None else anchor.year + index // 12
            if anchor.year is None and not 0 <= index < 12:
                return None
            return _safe(year, index % 12 + 1, None)
        if self.kind in ("weekday", "week"):
            return self._resolve_weekday(anchor, tense)
        if self.kind == "season":
            return self._resolve_season(anchor, tense)
        return None

    def _resolve_range(self, anchor: PartialDate | None, tense: str) -> Date | None:
        start_year = self.year if self.year is not None else self.end_year
        end_year = self.end_year if self.end_year is not None else self.year
        if start_year is None and self.month is not None:
            start_year = _infer_year(anchor, self.month, self.day, tense)
            if start_year is not None and self.end_month is not None:
                end_year = start_year + (1 if self.end_month < self.month else 0)
        if (start_year is None) != (end_year is None):
            return None
        start = _safe(start_year, self.month, self.day)
        end = _safe(end_year, self.end_month, self.end_day)
        if start is None or end is None:
            return None
        if start == end:
            return start
        return DateRange(start, end)

    def _resolve_weekday(self, anchor: PartialDate | None, tense: str) -> Date | None:
        if anchor is None or anchor.year is None or anchor.month is None or anchor.day is None:
            return None
        today = _dt.date(anchor.year, anchor.month, anchor.day)
        if self.kind == "week":
            monday = today - _dt.timedelta(days=today.weekday()) + _dt.timedelta(weeks=self.offset)
            first, last = monday, monday + _dt.timedelta(days=6)
            return DateRange(PartialDate.from_date(first), PartialDate.from_date(last))
        assert self.weekday is not None
        delta = self.weekday - today.weekday()
        if self.modifier == "last":
            delta = delta - 7 if delta >= 0 else delta
        elif self.modifier == "next":
            delta = delta + 7 if delta <= 0 else delta
        elif tense == "future":
            delta = delta + 7 if delta < 0 else delta
        else:
            delta = delta - 7 if delta > 0 else delta
        return PartialDate.from_date(today + _dt.timedelta(days=delta))

    def _resolve_season(self, anchor: PartialDate | None, tense: str) -> Date | None:
        first, last = self.month, self.end_month
        assert first is not None and last is not None
        year = self.year
        if year is None:
            if anchor is None or anchor.year is None or anchor.month is None:
                return None
            if self.modifier in ("this", ""):
                year = anchor.year
                if self.modifier == "" and tense == "future" and anchor.month > last:
                    year += 1
                elif self.modifier == "" and tense == "past" and anchor.month < first:
                    year -= 1
            elif self.modifier == "next":
                year = anchor.year + (1 if anchor.month >= first else 0)
            elif self.modifier == "last":
                year = anchor.year - (1 if anchor.month <= last else 0)
        return DateRange(PartialDate(year, first), PartialDate(year, last))


def _infer_year(anchor: PartialDate | None, month: int, day: int | None, tense: str) -> int | None:
    """The year of a day/month without one: the occurrence nearest publication in ``tense``."""
    if anchor is None or anchor.year is None or anchor.month is None:
        return None
    here = (anchor.month, anchor.day or (1 if tense == "future" else 31))
    there = (month, day if day is not None else (31 if tense == "future" else 1))
    if tense == "future":
        return anchor.year if there >= here else anchor.year + 1
    if tense == "past":
        return anchor.year if there <= here else anchor.year - 1
    # Present or unknown: the occurrence within half a year of publication.
    months_apart = (month - anchor.month) % 12
    if months_apart <= 6:
        return anchor.year if month >= anchor.month else anchor.year + 1
    return anchor.year if month <= anchor.month else anchor.year - 1


_PREP = re.compile(r"(\w+)\W*$")
_MONTH_PREP = re.compile(
    r"\b(in|since|until|till|by|from|for|during|early|mid|late|end\s+of|beginning\s+of"
    r"|the\s+end\s+of|the\s+beginning\s+of|this|next|last|coming)\s+(?:-\s*)?$",
    re.IGNORECASE,
)
_YEAR_PREP = re.compile(
    r"\b(in|since|until|till|by|for|of|during|from|before|after|to)\s+(?:the\s+year\s+)?$",
    re.IGNORECASE,
)
_RANGE_MODIFIER = re.compile(
    r"\b(early|mid|late|the\s+end\s+of|end\s+of|beginning\s+of|the\s+beginning\s+of)\s+$",
    re.IGNORECASE,
)
_WEEKDAY_MODIFIER = re.compile(r"\b(last|next|this|on)\s+$", re.IGNORECASE)


def _prep_before(text: str, start: int) -> str:
    match = _PREP.search(text[max(0, start - 20) : start])
    return match.group(1).lower() if match else ""


def _day(text: str | None) -> int | None:
    return None if text is None else int(text)


def _month_ok(word: str, whole: str) -> bool:
    # "may" and "march" in lower case are a verb and a noun, not months (unless shouting).
    return not (word in ("may", "march", "mar") and not whole.isupper())


def _mention(kind: str, match: re.Match[str], base: int, text: str) -> DateMention | None:
    g = match.groups()
    start, end = match.start() + base, match.end() + base
    prep = _prep_before(text, match.start())
    if kind == "iso":
        return DateMention(start, end, "absolute", int(g[0]), int(g[1]), int(g[2]), prep=prep)
    if kind == "dmy_num":
        return DateMention(start, end, "absolute", int(g[3]), int(g[2]), int(g[0]), prep=prep)
    if kind == "from_to":
        return DateMention(
            start, end, "range", _year(g[4]), month_number(g[0]), int(g[1]),
            _year(g[4]), month_number(g[2]), int(g[3]), prep="from",
        )  # fmt: skip
    if kind in ("dmy", "dmy_ru"):
        day, day2, month_word, year = g[0], g[1], g[2], g[3]
        if not _month_ok(month_word, match.group(0)):
            return None
        return _day_mention(start, end, year, month_number(month_word), day, day2, prep)
    if kind == "mdy":
        month_word, day, day2, year = g
        if not _month_ok(month_word, match.group(0)) or (
            month_word.lower() == "may" and year is None and not match.group(0)[0].isupper()
        ):
            return None
        return _day_mention(start, end, year, month_number(month_word), day, day2, prep)
    if kind == "month_range":
        m1, y1, mod2, m2, y2 = g
        before = _RANGE_MODIFIER.search(text, max(0, match.start() - 20), match.start())
        mod1 = before.group(1) if before else None
        if before is not None:
            start = before.start() + base
    else:
        mod1 = m1 = y1 = mod2 = m2 = y2 = None
    if kind == "month_range_ru":
        mod1, m1, y1, mod2, m2, y2 = g
    if kind in ("month_range", "month_range_ru"):
        assert m1 is not None and m2 is not None
        if not (_month_ok(m1, match.group(0)) and _month_ok(m2, match.group(0))):
            return None
        if kind == "month_range" and not (mod1 or mod2 or y1 or y2):
            return None  # "April - May" alone is too weak (headline dashes)
        year1, year2 = _year(y1), _year(y2)
        return DateMention(
            start, end, "range", year1 if year1 is not None else year2, month_number(m1), None,
            year2 if year2 is not None else year1, month_number(m2), None, prep=prep,
        )  # fmt: skip
    if kind in ("my", "my_ru"):
        if not _month_ok(g[0], match.group(0)):
            return None
        return DateMention(start, end, "absolute", _year(g[1]), month_number(g[0]), prep=prep)
    if kind == "month":
        month_word = g[0]
        before = _MONTH_PREP.search(text, max(0, match.start() - 30), match.start())
        if before is None:
            return None
        g = (before.group(1), month_word)
        start = before.start() + base
        word = g[0]
        if not _month_ok(month_word, match.group(0)) or month_word[0].islower():
            return None
        month = month_number(month_word)
        modifier = " ".join(word.lower().split())
        if modifier in ("this", "next", "last", "coming"):
            return DateMention(
                start, end, "absolute", None, month, modifier=modifier, prep=modifier
            )
        mstart = (
            match.start(1) + base if modifier in ("in", "for", "by", "until", "till") else start
        )
        return DateMention(mstart, end, "absolute", None, month, prep=modifier)
    if kind == "month_ru":
        word, month_word = g
        if not _month_ok(month_word, match.group(0)) or (
            month_word[0].islower() and kind == "month"
        ):
            return None
        month = month_number(month_word)
        modifier = word.lower()
        if modifier in ("this", "next", "last", "coming"):
            return DateMention(
                start, end, "absolute", None, month, modifier=modifier, prep=modifier
            )
        mstart = (
            match.start(2) + base
            if modifier in ("in", "в", "for", "by", "until", "till")
            else start
        )
        return DateMention(mstart, end, "absolute", None, month, prep=modifier)
    if kind == "year_span":
        return DateMention(start, end, "span", int(g[0]), prep=prep)
    if kind == "year":
        before = _YEAR_PREP.search(text, max(0, match.start() - 30), match.start())
        if before is None:
            return None
        return DateMention(start, end, "absolute", int(g[0]), prep=before.group(1).lower())
    if kind == "year_ru":
        return DateMention(match.start(2) + base, end, "absolute", int(g[1]), prep=g[0].lower())
    if kind in ("season", "season_ru"):
        if kind == "season":
            modifier, season, year = (g[0] or "").lower(), g[1].lower(), g[2]
            if modifier in ("", "the") and year is None:
                return None  # "the autumn meeting", "spring" alone: not a date
        else:
            season, year, modifier = g[0].lower(), g[1], ""
        first, last = _SEASONS[season]
        return DateMention(
            start, end, "season", _year(year), first, None, None, last,
            modifier="" if modifier in ("in", "during", "the") else modifier, prep=prep,
        )  # fmt: skip
    if kind in ("relative", "relative_ru"):
        return _relative(start, end, match.group(0), prep)
    if kind in ("weekday", "weekday_ru"):
        if kind == "weekday":
            name = g[0]
            before = _WEEKDAY_MODIFIER.search(text, max(0, match.start() - 12), match.start())
            modifier = before.group(1).lower() if before else ""
            if before is not None:
                start = before.start() + base
        else:
            modifier, name = "on", g[0]
        return DateMention(
            start, end, "weekday", weekday=_WEEKDAYS[name.lower()],
            modifier="" if modifier == "on" else modifier, prep=prep,
        )  # fmt: skip
    return None  # pragma: no cover - every kind is handled above


def _day_mention(
    start: int,
    end: int,
    year: str | None,
    month: int | None,
    day: str,
    day2: str | None,
    prep: str,
) -> DateMention:
    """A day ("12 April 2024") or a span of days of one month ("26-27 October 2023")."""
    if day2 is None:
        return DateMention(start, end, "absolute", _year(year), month, int(day), prep=prep)
    return DateMention(
        start, end, "range", _year(year), month, int(day), _year(year), month, int(day2),
        prep=prep,
    )  # fmt: skip


def _year(text: str | None) -> int | None:
    return None if text is None else int(text)


_WS = re.compile(r"\s+")


def _relative(start: int, end: int, phrase: str, prep: str) -> DateMention | None:
    words = _WS.sub(" ", phrase.lower()).replace("’", "'").removesuffix("'s")
    words = words.removeprefix("на ").removeprefix("в ")
    if words in _RELATIVE_DAYS:
        return DateMention(start, end, "relative", offset=_RELATIVE_DAYS[words], prep=prep)
    first, _, unit = words.rpartition(" ")
    offset = {
        "this": 0, "last": -1, "next": 1, "the previous": -1, "the following": 1,
        "the coming": 1, "the current": 0, "этой": 0, "прошлой": -1, "следующей": 1, "этом": 0,
        "прошлом": -1, "следующем": 1, "текущем": 0,
    }.get(first)  # fmt: skip
    if offset is None:
        return None
    kind = {
        "year": "relative-year", "году": "relative-year", "month": "relative-month",
        "week": "week", "неделе": "week",
    }.get(unit)  # fmt: skip
    if kind is None:
        return None
    return DateMention(start, end, kind, offset=offset, prep=prep)


_MONTH_GATES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_GATES_RU = (
    "янв",
    "фев",
    "мар",
    "апр",
    "ма",
    "июн",
    "июл",
    "авг",
    "сен",
    "окт",
    "ноя",
    "дек",
)
_GATES: dict[str, tuple[str, ...]] = {
    "iso": ("#digit",), "dmy_num": ("#digit",), "from_to": ("from",), "dmy": ("#digit",),
    "mdy": ("#digit",), "month_range": _MONTH_GATES, "my": ("#digit",), "month": _MONTH_GATES,
    "year_span": ("#digit",), "year": ("#digit",), "season": ("spring", "summer", "autumn", "fall"),
    "relative": (
        "today", "tonight", "this", "yesterday", "tomorrow", "matter", "last", "next", "previous",
        "following", "coming", "current", "earlier", "later",
    ),
    "weekday": ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
    "dmy_ru": _MONTH_GATES_RU, "month_range_ru": ("начале", "середине", "конце"),
    "my_ru": _MONTH_GATES_RU, "month_ru": _MONTH_GATES_RU, "year_ru": ("году", "года"),
    "season_ru": ("весной", "летом", "осенью", "зимой"),
    "relative_ru": ("сегодня", "вчера", "завтра", "позавчера", "недел", "году"),
    "weekday_ru": ("понедельник", "вторник", "среду", "четверг", "пятницу", "субботу",
                   "воскресенье"),
}  # fmt: skip
_INDEX = GateIndex([Gate(_GATES.get(kind, ())) for kind, _ in _PATTERNS])
_MONTH_LED = frozenset(("mdy", "month_range", "my", "month"))
_MONTH_AT = re.compile(_MONF + r"(?![^\W\d_])")


def find_dates(
    text: str, start: int = 0, end: int | None = None, present: frozenset[str] | None = None
) -> list[DateMention]:
    """Every date expression in ``text[start:end]``, longest first where they overlap."""
    end = len(text) if end is None else end
    chunk = text[start:end]
    if present is None:
        present = words_present(chunk)
    found: list[DateMention] = []
    month_led = [i for i in _INDEX.open(present) if _PATTERNS[i][0] in _MONTH_LED]
    if month_led:
        for at in _MONTH_AT.finditer(chunk):
            if not _starts_cleanly(chunk, at.start()):
                continue
            for index in month_led:
                kind, pattern = _PATTERNS[index]
                match = pattern.match(chunk, at.start())
                if match is not None:
                    mention = _mention(kind, match, start, chunk)
                    if mention is not None and _plausible(mention):
                        found.append(mention)
    for index in _INDEX.open(present):
        kind, pattern = _PATTERNS[index]
        if kind in _MONTH_LED:
            continue
        for match in pattern.finditer(chunk):
            if not _starts_cleanly(chunk, match.start()):
                continue
            mention = _mention(kind, match, start, chunk)
            if mention is not None and _plausible(mention):
                found.append(mention)
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[DateMention] = []
    for mention in found:
        if kept and mention.start < kept[-1].end:
            if mention.end - mention.start > kept[-1].end - kept[-1].start:
                kept[-1] = mention
            continue
        kept.append(mention)
    return kept


def _starts_cleanly(chunk: str, position: int) -> bool:
    """A date starts a word and does not continue a number ("1.2", "12345")."""
    if not at_word_start(chunk, position):
        return False
    return position < 2 or not (chunk[position - 1] == "." and chunk[position - 2].isdigit())


def _plausible(mention: DateMention) -> bool:
    if mention.month is not None and not 1 <= mention.month <= 12:
        return False
    if mention.day is not None and mention.month is not None:
        limit = calendar.monthrange(mention.year or 2000, mention.month)[1]
        if not 1 <= mention.day <= limit:
            return False
    return mention.end_month is None or 1 <= mention.end_month <= 12
