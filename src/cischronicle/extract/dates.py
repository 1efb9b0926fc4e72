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
import re

from .dateref import DateMention, month_number, shift_days
from .text import Gate, GateIndex, at_word_start, literal_tree, words_first, words_present

__all__ = ["DateMention", "find_dates", "month_number", "shift_days"]

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
    return literal_tree([(v, "") for v in sorted(variants, key=lambda v: (-len(v), v))])


# A month name, for patterns that start with one: Title and UPPER case only (a lower-case
# "may" or "march" is a verb or a noun, and lower-case starts would make the scan slow).
_MONF = literal_tree(
    [
        (v, "")
        for v in sorted(
            {v for w in _MONTH_WORDS for v in (w.capitalize(), w.upper())},
            key=lambda v: (-len(v), v),
        )
    ]
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


_PREP = re.compile(r"(\w+)\W*$")
_WORDS = re.compile(r"\w+")
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
    # _PREP's word is the last run of word characters (what follows it holds none).
    words = _WORDS.findall(text, max(0, start - 20), start)
    return words[-1].lower() if words else ""


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
    "мая",
    "мае",
    "май",
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
    opened = _INDEX.open(present)
    month_led = [i for i in opened if _PATTERNS[i][0] in _MONTH_LED]
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
    for index in opened:
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
