"""Document time: the publication date, the dateline and the reference year of an article.

The publication date is read only from what the text shows, in this order of trust:

1. a leading `` date YYYY-MM-DD `` marker;
2. the earliest plausible full date near the top (the first :data:`HEAD_LINES` non-empty lines
   within :data:`HEAD_CHARS` characters): a stamp line ("12 April 2024", "April 12, 2024
   14:05 GMT", "Friday, 29 March 2024", "06.10.2007 12:31 | Politics", "12 апреля 2024 г.")
   whose line holds little besides the date, its time, zone, weekday and a label, and whose
   date does not continue a sentence ("On 12 April 2024, ..."), or a dated dateline
   ("Moscow, 30 May 2002 (RFE/RL) --");
3. a trailing credit line in brackets ("(Some Agency, 12 April 2024)"), else a stamp line of
   its own among the last lines of the story (above its tags and share buttons).

A short line that ends no sentence (a menu's "World News") does not count towards the head's
lines.

Stamps are rejected on "updated"/"обновлено" and copyright lines, in calendar widgets (rows of
day numbers, month grids), next to a weather widget (a temperature: the page's "today"), and
after a "related news" heading.  A caller-supplied date overrides all of this.

The dateline ("MINSK, 12 April 2024 (BelTA) -", "МИНСК, 15 октября. /ТАСС/.", "BISHKEK.
AGENCY -") is read on its own, also after a date marker; its date keeps an unknown year
when it shows none.  The reference year is the last explicit year the text names.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Mapping, Sequence

import attrs

from ..values import PartialDate, Place
from .model import Dateline, Document, DocumentTime, Sentence, Tense
from .places import place_named
from .text import russian_morphology
from .timex import Timex, calendar, find_timexes, find_timexes_in

__all__ = ["FIRST_YEAR", "HEAD_CHARS", "HEAD_LINES", "read_document_time", "reference_year_at"]

HEAD_LINES = 12
"""Non-empty lines at the top of the text that may carry a stamp or a dateline."""
HEAD_CHARS = 1500
"""Characters at the top of the text that may carry a stamp or a dateline."""

FIRST_YEAR = 1991
"""The year the Commonwealth was founded: no meeting of these bodies, nor any story's stamp,
is dated before it ("the title 'City of Labour Glory 1941-1945'" dates nothing)."""
_FIRST_YEAR, _LAST_YEAR = FIRST_YEAR, 2035
_MAX_STAMP_WORDS = 8
_MENU_WORDS = 3
"""A head line of at most this many words that ends no sentence is a menu's (not counted)."""
_TAIL_LINES = 8

_MARKER = re.compile(r"\s{0,8}date (\d{4})-(\d{2})-(\d{2})(?=\s)")
_LINE = re.compile(r"[^\n]+")
_WORDS = re.compile(r"[^\W\d_]{2,}")
_TIME = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?::[0-5]\d)?(?!\d)")
_REJECT_REACH = 30


def _clocked(text: str, timex: Timex, start: int, end: int) -> bool:
    """Whether a clock time stands right before or right after the date."""
    return bool(
        _CLOCK_AFTER.match(text, timex.end, end)
        or _CLOCK_BEFORE.search(text, max(start, timex.start - _CLOCK_REACH), timex.start)
    )


_CLOCK_AFTER = re.compile(r"[\s,|]{0,3}(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_CLOCK_BEFORE = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d[\s,|]{0,3}$")
_CLOCK_REACH = 12
_WIDGET_NUMBERS = re.compile(r"(?<![\d.:/-])[0-3]?\d(?![\d.:/-])")
_LAST_WORD = re.compile(r"([^\W\d_]+)[^\w]{0,4}$")
_LIST_ITEM = re.compile(r"\s*(?:[•·*▪►–—-]|\d{1,2}[.)])\s")
_TEMPERATURE = re.compile(r"[+-−]?\d{1,2}\s?°")


@functools.cache
def _weekdays() -> dict[str, int]:
    """Every weekday word a masthead may write, lower case, with its weekday (0 = Monday)."""
    data = calendar()
    return {
        form.lower(): int(day)
        for table in ("weekdays", "weekday_abbreviations", "weekday_names")
        for day, forms in data[table].items()
        for form in forms
    }


@functools.cache
def _stamp_words() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """The masthead vocabulary, compiled once: reject words, related headings, labels."""
    stamp = calendar()["stamp"]
    reject = "|".join(re.escape(w) for w in sorted(stamp["reject"], key=len, reverse=True))
    related = "|".join(re.escape(w) for w in sorted(stamp["related"], key=len, reverse=True))
    noise = {w.lower() for w in stamp["zones"]} | set(_weekdays())
    return (
        re.compile(rf"(?<![\w])(?:{reject})(?![\w])|©|\(c\)", re.IGNORECASE),
        # a heading of its own, maybe with a few words after ("Самое читаемое за неделю")
        re.compile(rf"^\W{{0,3}}(?:{related})(?:\W+\w+){{0,3}}\W{{0,3}}$", re.IGNORECASE),
        frozenset(noise),
        frozenset(w.lower() for w in stamp["running_text"]),
    )


@functools.cache
def _label_before() -> re.Pattern[str]:
    """A stamp label ending where a preposition starts ("Posted on ...")."""
    labels = sorted(calendar()["stamp"]["labels"], key=len, reverse=True)
    return re.compile(
        r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, labels))
        + r")(?:\W{0,3}\d+(?:\s*\(\d+\))?)?\W{0,3}$"
    )  # a label may carry a number, and a running one in brackets: "№94 от", "№15 (2624) от"


_BYLINE = re.compile(r"(?i)\bby\s+(?:[\w.'’-]+\s+){1,3}$")
"""A byline between a stamp label and its preposition: "Posted by admin on ..."."""


@functools.cache
def _label_word() -> re.Pattern[str]:
    """A stamp label as a word anywhere ("Posted", "Опубликовано")."""
    labels = sorted(calendar()["stamp"]["labels"], key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(map(re.escape, labels)) + r")\s+")


def _byline_label(text: str, start: int, end: int) -> bool:
    """Whether a label, then a byline, then a preposition lead to the date ("Posted by X on")."""
    label = _label_word().search(text, start, end)
    if label is None:
        return False
    words = text[label.end() : end].split()
    return bool(words) and _BYLINE.match(" ".join(words[:-1]) + " ") is not None


def _labelled(text: str, span: tuple[int, int]) -> bool:
    """Whether a line starts with a stamp label ("Published 13 March 2020").

    Past the related stories, only such a line is the story's own stamp.
    """
    words = text[span[0] : span[1]].split()
    return bool(words) and _label_before().match(words[0] + " ") is not None


def _head(text: str) -> list[tuple[int, int]]:
    """The spans of the first non-empty lines, within :data:`HEAD_CHARS`.

    A short line that ends no sentence (a menu's "Home", "World News", "Military &
    Defense") does not count towards :data:`HEAD_LINES`: a site's menu does not push its
    stamp out of the head.
    """
    lines: list[tuple[int, int]] = []
    counted = 0
    for match in _LINE.finditer(text, 0, min(len(text), HEAD_CHARS)):
        line = match.group(0).strip()
        if line:
            lines.append(match.span())
            counted += len(line.split()) > _MENU_WORDS or line[-1:] in ".!?"

            if counted >= HEAD_LINES:
                break
    return lines


def _tail(text: str, end: int | None = None) -> list[tuple[int, int]]:
    """The spans of the last few non-empty lines (before ``end``), the last first."""
    lines: list[tuple[int, int]] = []
    end = len(text) if end is None else end
    while end > 0 and len(lines) < _TAIL_LINES:
        start = text.rfind("\n", 0, end) + 1
        if text[start:end].strip():
            lines.append((start, end))
        end = start - 1
    return lines


def _date_of(timex: Timex) -> _dt.date | None:
    if not timex.full or timex.year is None or timex.month is None or timex.day is None:
        return None
    if not (_FIRST_YEAR <= timex.year <= _LAST_YEAR):
        return None
    try:
        return _dt.date(timex.year, timex.month, timex.day)
    except ValueError:
        return None


def _grid(text: str, start: int, end: int) -> bool:
    """Whether the line is a calendar grid's row or arrow ("1 2 3 4 5", "‹ October ›")."""
    line = text[start:end]
    return len(_WIDGET_NUMBERS.findall(line)) >= 5 or line.lstrip()[:1] in ("<", ">", "‹", "›")


def _widget(text: str, start: int, end: int, lines: list[tuple[int, int]], k: int) -> bool:
    """Whether the line is part of a widget: a calendar grid or a weather box."""
    if _grid(text, start, end):
        return True
    neighbours = lines[max(0, k - 1) : k + 2]
    return any(_TEMPERATURE.search(text, a, b) for a, b in neighbours)


_SEGMENT = re.compile(r"(?:\(\d+\)|[^|•·¦()/]|(?<!\s)/|/(?!\s)|(?<=\d\s)/(?=\s\d))+")
"""A field of a stamp line: fields are set apart by bars, dots, brackets and a slash between
spaces ("OCTOBER 11, 2019 / 2:31 PM / UPDATED 3 HOURS AGO"); a slash inside a date is kept
("11/10/2019", "10 / 12 / 2010"), and so is a bracketed number ("№15 (2624) от 30.01.2003")."""


def _stamp(text: str, start: int, end: int) -> tuple[_dt.date, tuple[int, int]] | None:
    """The full date a stamp line shows, or ``None`` when the line is not a stamp.

    A line of several fields ("Published 14 October 2016 | Updated 15 October 2016", "12:45
    05.06.2023 (updated 14:02 06.06.2023)") is read field by field: the first field that is a
    stamp and not an update or copyright wins.
    """
    for segment in _SEGMENT.finditer(text, start, end):
        found = _stamp_field(text, segment.start(), segment.end())
        if found is not None:
            return found
    return None


def _stamp_field(text: str, start: int, end: int) -> tuple[_dt.date, tuple[int, int]] | None:
    """The full date one field of a stamp line shows, or ``None``."""
    reject, _, noise, running = _stamp_words()
    timexes = [t for t in find_timexes_in(text, start, end) if not t.event_offset_days]
    dates = [(t, d) for t in timexes if (d := _date_of(t)) is not None]
    if not dates:
        return None
    timex, day = dates[0]
    if _clocked(text, timex, start, end) and not reject.search(
        text, max(start, timex.start - _REJECT_REACH), timex.start
    ):
        # "14:20 12.10.2023 Политика ...", "... 12.10.2023 14:20МОСКВА, ...": a full date beside
        # a clock time is a stamp, whatever a flattened page puts on its line
        return _by_weekday(day, text[timex.start : timex.end], words=[]), (timex.start, timex.end)
    if reject.search(text, start, end):
        return None
    before = _LAST_WORD.search(text[max(start, timex.start - 30) : timex.start])
    if before is not None and before.group(1).lower() in running and not _label_before().search(
        text, max(start, timex.start - 40), before.start(1) + max(start, timex.start - 30)
    ) and not _byline_label(text, max(start, timex.start - 40), timex.start):
        return None  # "On 12 April 2024, the ministers ..." continues a sentence
    if _finite_verb(text, start, end, timexes):
        return None  # "Совет ... соберется в Казани 5 апреля 2024 года.": a headline or a lead
    rest = text[start:end]
    for t in reversed(timexes):
        rest = rest[: t.start - start] + " " + rest[t.end - start :]
    rest = _TIME.sub(" ", rest)
    words = [w for w in _WORDS.findall(rest) if w.lower() not in noise]
    if len(words) > _MAX_STAMP_WORDS:
        return _closing_place_date(text, end, dates[-1])
    return _by_weekday(day, text[timex.start : timex.end], words=_WORDS.findall(rest)), (
        timex.start,
        timex.end,
    )


_CYRILLIC_WORD = re.compile(r"[а-яё]{3,}", re.IGNORECASE)


def _finite_verb(text: str, start: int, end: int, timexes: list[Timex]) -> bool:
    """Whether a Russian finite verb stands on a line outside its dates: a sentence, no stamp.

    A stamp's words are labels, weekdays, sections and places ("Опубликовано", "Политика",
    "МОСКВА"); "соберется", "прошла", "обсудили" make a clause of the line.
    """
    for match in _CYRILLIC_WORD.finditer(text, start, end):
        if any(t.start <= match.start() < t.end for t in timexes):
            continue
        if russian_morphology().parse(match.group(0).lower())[0].tag.POS == "VERB":
            return True
    return False


def _by_weekday(day: _dt.date, written: str, *, words: list[str]) -> _dt.date:
    """The day a slashed date means, read in the order its stamp's weekday agrees with.

    "Sun, 06/04/2023" is 4 June (a Sunday), not 6 April (a Thursday): a slashed date whose day
    and month could both be months is read day first unless only the other order gives the
    weekday the stamp names.
    """
    if "/" not in written or day.day > 12:
        return day
    named = {_weekdays()[w.lower()] for w in words if w.lower() in _weekdays()}
    if len(named) != 1 or day.weekday() in named:
        return day
    try:
        swapped = day.replace(month=day.day, day=day.month)
    except ValueError:
        return day
    return swapped if swapped.weekday() in named else day


# -- datelines ------------------------------------------------------------------------------

_NAME = r"[A-ZА-ЯЁ][\w'’-]{1,24}"
_ABBREVIATED = r"(?:[A-ZА-ЯЁ][a-zа-яё]{1,2}\.\s?)?"  # "St. Petersburg"
_PLACE_FIRST = re.compile(
    rf"\(?(?P<place>{_ABBREVIATED}{_NAME}(?:[ -]{_NAME}){{0,2}})(?:,\s{{0,2}}{_NAME})?"
    r"(?:\s{0,2}[,.]\s{0,2}|\s{1,2}(?=\()|\s{1,2}[—–]\s{1,2})"
)
_DATE_FIRST_PLACE = re.compile(rf",\s{{0,2}}(?P<place>{_NAME}(?:[ -]{_NAME}){{0,2}})\s{{0,2}}/")
_CAPS = r"[A-ZА-ЯЁ]{3,24}"
_UNDATED = re.compile(
    rf"(?P<place>{_CAPS}(?:[ -]{_CAPS})?)(?:\s{{0,2}}\([^()\n]{{1,40}}\))?"
    r"(?:\s{0,2}[.,]\s{0,2}[A-ZА-ЯЁ][\w.]{1,24}(?: [A-ZА-ЯЁ][\w.]{1,24})?)?\s{0,2}[-–—]"
)
_DASH_AFTER = re.compile(r"\s{0,2}(?:--|[-–—])(?=\s)")
_BRACKET = re.compile(r"\s{0,2}\(([^()\n]{1,80})\)")


def _place(name: str) -> Place | None:
    found = place_named(name)
    if found is None and " " in name:
        found = place_named(name.split()[0])
    return found


_AGENCY_AFTER = re.compile(r"[\s.,]{0,3}(?:\(|/|[-–—]\s)")


def _closing_place_date(
    text: str, end: int, dated: tuple[Timex, _dt.date]
) -> tuple[_dt.date, tuple[int, int]] | None:
    """The date that closes a title line after its place, or ``None``.

    "Remarks and answers to media questions by the Foreign Minister following the CFM meeting,
    Minsk, 12 April 2019", "Выступление ... по итогам заседания СМИД СНГ, Бишкек, 8 апреля
    2016 года": the place and the full date end the line, as a dateline opens one.
    """
    timex, day = dated
    if _closing_place(text, 0, timex, end) is None:
        return None
    return day, (timex.start, timex.end)


def _closing_place(text: str, start: int, timex: Timex, end: int) -> tuple[int, Place] | None:
    """Where the place before a date that ends its line starts, and the place, or ``None``.

    ", Minsk, 12 April 2019", ", Бишкек, 8 апреля 2016 года.": a known place between commas,
    then the date, then nothing but the line's end.
    """
    if _LINE_END.fullmatch(text, timex.end, end) is None:
        return None
    closing = _CLOSING_PLACE.search(text, max(start, timex.start - _CLOSING_REACH), timex.start)
    place = None if closing is None else _place(closing.group("place"))
    return None if closing is None or place is None else (closing.start("place"), place)


_CLOSING_PLACE = re.compile(rf",\s{{1,2}}(?P<place>{_NAME}(?:[ -]{_NAME}){{0,2}}),\s{{1,2}}$")
_CLOSING_REACH = 40
_DIGIT = re.compile(r"\d")
_LINE_END = re.compile(r"\s*(?:года|г\.|г)?\s*\.?\s*")


def _unknown_place_ok(text: str, name: str, at: int, end: int) -> bool:
    """Whether a name the gazetteer does not know still opens a dateline.

    It must look like a place (no weekday or label word, capitals or a single word) and be
    followed by an agency mark: a bracket, a slash or a dash ("Somewhere, 5 May (Agency) -").
    """
    _, _, noise, _ = _stamp_words()
    if any(word.lower() in noise for word in _WORDS.findall(name)):
        return False
    return _AGENCY_AFTER.match(text, at, end) is not None


def _partial(timex: Timex) -> PartialDate | None:
    if timex.month is None or timex.day is None or timex.is_range:
        return None
    try:
        return PartialDate(timex.year, timex.month, timex.day)
    except ValueError:
        return None


def _dateline_at(text: str, start: int, end: int) -> Dateline | None:
    """The dateline that opens ``text[start:end]``, or ``None``."""
    timexes = [t for t in find_timexes_in(text, start, end) if t.month is not None]
    head = _PLACE_FIRST.match(text, start, end)
    if head is not None:
        # "MINSK, 12 April 2024 (BelTA) -", "Baku, Azerbaijan, April 13", "(Tbilisi. April 11"
        for timex in timexes:
            # right after the head, or after the place when what the head read as a country
            # is the date's month ("TASHKENT, Oct. 11, 2019")
            right_after = 0 <= timex.start - head.end() <= 1 or (
                head.end("place") <= timex.start < head.end()
                and not text[head.end("place") : timex.start].strip(" ,")
            )  # fmt: skip
            if right_after:
                date = _partial(timex)
                name = head.group("place")
                place = _place(name)
                if date is not None and (
                    place is not None or _unknown_place_ok(text, name, timex.end, end)
                ):
                    return Dateline(start, timex.end, place, date)
    if timexes and timexes[0].start - start <= 1:
        # "28 сентября, Душанбе /Name - AGENCY/."
        after = _DATE_FIRST_PLACE.match(text, timexes[0].end, end)
        date = _partial(timexes[0])
        if after is not None and date is not None:
            return Dateline(start, after.end(), _place(after.group("place")), date)
    undated = _UNDATED.match(text, start, end)
    if undated is None and head is not None:
        bracket = _BRACKET.match(
            text, head.end() - 1 if text[head.end() - 1] == " " else head.end(), end
        )
        if bracket is not None:
            inner = [t for t in timexes if bracket.start() < t.start < bracket.end()]
            date = _partial(inner[0]) if inner else None
            place = _place(head.group("place"))
            if date is not None and place is not None:
                # "MOSCOW (Agency / Agency - 14th April, 2022)"
                return Dateline(start, bracket.end(), place, date)
            dash = _DASH_AFTER.match(text, bracket.end(), end)
            if place is not None and dash is not None:
                # "Tashkent, Uzbekistan (UzDaily.com) --": an agency's mark, then the story
                return Dateline(start, dash.end(), place, date)
    if undated is not None:
        place = _place(undated.group("place"))
        if place is not None:
            inner = [t for t in timexes if undated.start() < t.start < undated.end()]
            date = _partial(inner[0]) if inner else None
            return Dateline(start, undated.end(), place, date)
    return None


def _find_dateline(
    text: str, lines: list[tuple[int, int]], marker_end: int
) -> tuple[Dateline, int] | None:
    """The first dateline at the start of a head line (or right after a date marker)."""
    for k, (start, end) in enumerate(lines):
        if _widget(text, start, end, lines, k):
            continue
        begin = max(start, marker_end) if start < marker_end else start
        while begin < end and text[begin] == " ":
            begin += 1
        found = _dateline_at(text, begin, end)
        tag = _LEADING_TAG.match(text, begin, end) if found is None else None
        if tag is not None:
            # "(MENAFN- Trend News Agency) Baku, October 11, 2019:": a syndicator's tag first
            found = _dateline_at(text, tag.end(), end)
        if found is None:
            found = _closing_dateline(text, begin, end)
        if found is not None:
            return found, k
    return None


def _closing_dateline(text: str, start: int, end: int) -> Dateline | None:
    """The place and day that close a title line, as a dateline that opens one tells them.

    "... following the meeting, Bishkek, 5 April": the day may have no year.
    """
    if _DIGIT.search(text, max(start, end - _CLOSING_REACH), end) is None:
        return None  # no day near the line's end (a cheap test first)
    timexes = [t for t in find_timexes_in(text, start, end) if t.month is not None]
    if not timexes:
        return None
    date = _partial(timexes[-1])
    closing = _closing_place(text, start, timexes[-1], end)
    if closing is None or date is None:
        return None
    return Dateline(closing[0], timexes[-1].end, closing[1], date)


_LEADING_TAG = re.compile(r"\([^()\n\d]{2,60}\)\s{1,2}")


# -- reference years --------------------------------------------------------------------------


_PROSE_WORDS = re.compile(r"[^\W\d_]{2,}")


def _prose(text: str, start: int, end: int, words: int = 8) -> bool:
    """Whether a sentence is prose: ``words`` words or more, ending in a stop."""
    return text[end - 1] in ".!?…\"»”" and len(_PROSE_WORDS.findall(text, start, end)) >= words


_SHORT_PROSE = 4
"""The fewest words of a sentence of the story (a stamp or a menu line has fewer or no stop)."""


def _explicit_years(
    doc: Document, timexes: Mapping[int, tuple[Timex, ...]], *, dated: bool = False,
    prose: bool = False,
) -> tuple[tuple[int, int], ...]:
    """(position, year) of every explicit year the text names, in text order.

    ``timexes`` are the expressions of each sentence, by index.  With ``dated``, only years
    of expressions that also name a month ("in April 2013", "12.04.2013") or open their
    sentence ("In 2019, the summit ..."): a year named in passing ("the plan for 2002")
    anchors nothing.  With ``prose``, only years of the story's sentences, short ones too ("The
    next steps came in 1994.").
    """
    years: list[tuple[int, int]] = []
    for sentence in doc.sentences:
        if dated and not _prose(doc.text, sentence.start, sentence.end):
            continue  # a stamp, a calendar or a menu line dates the page, not the story
        if prose and not _prose(doc.text, sentence.start, sentence.end, _SHORT_PROSE):
            continue
        for timex in timexes[sentence.index]:
            if dated and timex.month is None and not _leading_year(doc.text, sentence, timex):
                continue
            if dated and _SINCE.search(doc.text, max(sentence.start, timex.start - 8), timex.start):
                continue  # "С 24 августа 1993 года было проведено 58 заседаний": long before
            for year in (timex.year, timex.to_year):
                if year is not None and _FIRST_YEAR <= year <= _LAST_YEAR:
                    years.append((timex.start, year))
    return tuple(years)


_LEADING = re.compile(r"(?i)\W{0,3}(?:in|в)\s+$")
_SINCE = re.compile(r"(?i)(?<!\w)(?:since|from|с|со)\s+$")
"""Before a date that starts a period: it dates the period's start, not the story."""


def _leading_year(text: str, sentence: Sentence, timex: Timex) -> bool:
    """Whether a year opens its sentence as an adverbial ("In 2019, ...", "В 2019 году ...")."""
    leading = _LEADING.fullmatch(text, sentence.start, timex.start)
    return timex.year is not None and leading is not None


def reference_year_at(doc: Document, position: int, time: DocumentTime) -> int | None:
    """The year to read a year-less date at ``position`` against.

    The publication year when known, else the year of the last dated expression before
    ``position`` that names a month and a year (:attr:`DocumentTime.anchors`), else of the
    first one after it in its sentence, else ``None``: a year the text names only in passing
    ("the plan for 2002") does not date the rest.
    """
    if time.published is not None:
        return time.published.year
    last: int | None = None
    for at, year in time.anchors:
        if at >= position:
            break
        last = year
    if last is None:
        # None before: one later in the same sentence ("on 30 September, the commission said
        # on Monday, 22 September 2025").
        sentence = next((s for s in doc.sentences if s.start <= position < s.end), None)
        if sentence is not None:
            last = next((year for at, year in time.anchors
                         if position < at < sentence.end), None)  # fmt: skip
    return last


# -- the stage ------------------------------------------------------------------------------


def _title(text: str, lines: list[tuple[int, int]], marker_end: int) -> tuple[int, int] | None:
    """The headline: the first head line that reads like one (a few words, no full stop)."""
    for start, end in lines[:4]:
        start = max(start, marker_end)
        line = text[start:end].strip()
        if not line:
            continue
        words = _WORDS.findall(line)
        if (
            3 <= len(words) <= 30
            and not line.endswith((".", ":"))
            and not any(_date_of(t) for t in find_timexes_in(text, start, end))
        ):
            begin = start + (len(text[start:end]) - len(text[start:end].lstrip()))
            return begin, begin + len(line)
    return None


_LINES = re.compile(r"[^\n]+")


_MENU_LINES = 2
"""The page's first lines: a related word there may be its menu."""
_MENU_SEPARATOR = re.compile(r"\s[|/·»›>]\s")


def _menu(text: str, start: int, end: int, k: int) -> bool:
    """Whether a line with a related word is the page's menu ("Top stories | Politics").

    One of its first lines, with sections parted by a bar or a slash: no list of other stories
    follows it.
    """
    return k < _MENU_LINES and _MENU_SEPARATOR.search(text, start, end) is not None


def story_end(text: str) -> int | None:
    """The offset of the other stories after this one, if any.

    A "Related news" heading (a line of its own), or a list of other stories' headlines, each
    dated in brackets or led by its date ("CIS foreign ministers to meet in Minsk
    (30.05.2013)", "13.10.2016 — CSTO Secretary General: ...", two or more in a row, with the
    heading line before them that ends in a colon): site chrome, not this story.
    """
    _, related, _, _ = _stamp_words()
    lines = [m for m in _LINES.finditer(text) if m.group(0).strip()]
    for k, line in enumerate(lines):
        if k < _MENU_LINES:
            continue
        if related.match(line.group(0).strip()) and not _inline_promo(lines, k):
            return line.start()
        if _LINKED.search(line.group(0)) and k + 1 < len(lines) and _LINKED.search(
            lines[k + 1].group(0)
        ):
            heading = lines[k - 1]
            return heading.start() if heading.group(0).rstrip().endswith(":") else line.start()
    return None


_PARAGRAPH = 160
"""How long a line is that is a paragraph of the story, not a headline of another."""
_PROMO_LINES = 2
"""How many headlines an inline promo ("Read also", then a headline) has at most."""


def _inline_promo(lines: Sequence[re.Match[str]], k: int) -> bool:
    """Whether a related heading on its own line links to a story or two, and this one goes on.

    "Read also" / "Putin, Berdymukhamedov discuss preparations for CIS summit by phone" /
    "Turkmenistan holds the rotating chairmanship ...": a paragraph of the story after the
    promo's headlines (a list of other stories ends the story: "Related news" and headlines
    to the end).
    """
    after = [len(line.group(0).strip()) for line in lines[k + 1 : k + 2 + _PROMO_LINES]]
    return len(after) > 1 and after[0] < _PARAGRAPH and max(after[1:]) >= _PARAGRAPH


def linked_lines(text: str) -> tuple[tuple[int, int], ...]:
    """The lines that link to another story: a related heading, a colon and its headline.

    "Read also: Almaty airport expects record passenger flow in April", "Читайте также:
    Туркменистан и Узбекистан договорились ...": the story may go on after them.  So may it
    after a heading on its own line and the headline under it (:func:`_inline_promo`).
    """
    heading = _link_heading()
    _, related, _, _ = _stamp_words()
    lines = [m for m in _LINES.finditer(text) if m.group(0).strip()]
    found: list[tuple[int, int]] = []
    for k, line in enumerate(lines):
        if heading.match(line.group(0)):
            found.append((line.start(), line.end()))
        elif k >= _MENU_LINES and related.match(line.group(0).strip()) and _inline_promo(lines, k):
            found += [(line.start(), line.end()), (lines[k + 1].start(), lines[k + 1].end())]
    return tuple(found)


@functools.cache
def _link_heading() -> re.Pattern[str]:
    """A related heading with a colon, then more words on its line."""
    stamp = calendar()["stamp"]
    related = "|".join(re.escape(w) for w in sorted(stamp["related"], key=len, reverse=True))
    return re.compile(rf"\W{{0,3}}(?:{related})\s*:\s*\w", re.IGNORECASE)


_LINKED = re.compile(
    r"\((?:[^\W\d_]{3,}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\s+[^\W\d_]{3,}\.?(?:\s+\d{4})?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4})\)\s*$"
    r"|^\s*(?:\d{1,2}:\d{2}\s*[/|—–-]\s*)?\d{1,2}\.\d{1,2}\.\d{2,4}\s*(?:[—–|/-]|\d{1,2}:\d{2})"
)
"""A headline in a list of other stories: dated in brackets at its end, or led by its date."""


def read_document_time(
    doc: Document,
    *,
    published: _dt.date | None = None,
    timexes: Mapping[int, tuple[Timex, ...]] | None = None,
) -> DocumentTime:
    """Read the article's document time: publication date, dateline, title, reference year.

    ``timexes`` are the temporal expressions of the document's sentences by sentence index,
    as :func:`~.timex.find_timexes` finds them, when the caller has them already; those of a
    sentence it lacks are found here.
    """
    found = {
        sentence.index: (
            timexes[sentence.index]
            if timexes is not None and sentence.index in timexes
            else find_timexes(doc, sentence)
        )
        for sentence in doc.sentences
    }
    text = doc.text
    lines = _head(text)
    marker = _MARKER.match(text)
    marker_end = marker.end() if marker is not None else 0
    found_dateline = _find_dateline(text, lines, marker_end)
    dateline = found_dateline[0] if found_dateline is not None else None

    shown: _dt.date | None = None
    evidence = (0, 0)
    if marker is not None:
        try:
            shown = _dt.date(*(int(g) for g in marker.groups()))
            evidence = (marker.start(1), marker.end(3))
        except ValueError:
            shown = None
    if shown is None:
        shown, evidence = _shown_date(text, lines, found_dateline)
    if dateline is None and shown is not None and evidence[1] > evidence[0]:
        dateline = _stamp_place(text, evidence, shown)
    if published is not None:
        shown, evidence = published, (0, 0)
    years = _explicit_years(doc, found)
    reference = shown.year if shown is not None else (years[-1][1] if years else None)
    time = DocumentTime(
        published=shown,
        evidence=evidence,
        reference_year=reference,
        dateline=dateline,
        title=_title(text, lines, marker_end),
        story_end=story_end(text),
        links=linked_lines(text),
        anchors=_explicit_years(doc, found, dated=True),
        years=_explicit_years(doc, found, prose=True),
    )
    lead = _lead_day(doc, time, found)
    return time if lead is None else attrs.evolve(time, lead=lead)


_LABELS = re.compile(r"[^,|•·\n]+")
_MAX_SEGMENTS = 4
_FIELD_LINES = 2
"""Lines after a stamp alone on its line that may hold its other fields (a time, a city)."""


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end < 0 else end


def _stamp_place(text: str, evidence: tuple[int, int], shown: _dt.date) -> Dateline | None:
    """A place closing the stamp's line, read as a dateline of the stamp's day.

    "October 8, 2024, 15:30, The Kremlin, Moscow": the story is told in Moscow that day.  The
    rest of the line must be a few short segments, the last a city of the gazetteer.
    """
    line_end = _line_end(text, evidence[1])
    if not text[evidence[1] : line_end].strip(" ,|•·"):
        # "11 октября 2017 года\n14:00\nСочи": the stamp's fields on short lines of their own
        for _ in range(_FIELD_LINES):
            following = _line_end(text, line_end + 1)
            if line_end >= len(text) or len(text[line_end:following].split()) > 3:
                break
            line_end = following
    segments = [m for m in _LABELS.finditer(text, evidence[1], line_end) if m.group().strip()]
    if not segments or len(segments) > _MAX_SEGMENTS:
        return None
    if any(len(m.group().split()) > 3 for m in segments):
        return None  # a sentence, not a line of labels
    place = place_named(segments[-1].group().strip())
    if place is None or place.city is None:
        return None
    return Dateline(evidence[0], segments[-1].end(), place, PartialDate.from_date(shown))


_LEAD_WINDOW = _dt.timedelta(days=7)
"""How far before publication a lead's day may fall and still be the news of the day."""


def _lead_day(
    doc: Document, time: DocumentTime, found: Mapping[int, tuple[Timex, ...]]
) -> PartialDate | None:
    """The one day the headline and the first sentence of the story report, if they name one.

    News puts the when in its lead: "Leaders of the CIS on Tuesday agreed ...", "Сегодня
    Назарбаев прибыл в Душанбе".  Only a day in the week up to publication counts; stamps and
    datelines are the story's time, not the event's, and two different days tell nothing.
    """
    published = time.published
    if published is None:
        return None
    head = [span for span in (time.evidence, time.title) if span is not None and span[1] > 0]
    if time.dateline is not None:
        head.append((time.dateline.start, time.dateline.end))
    lead: list[Sentence] = []
    for sentence in doc.sentences:
        if time.title is not None and sentence.start <= time.title[0] < sentence.end:
            lead.append(sentence)
            continue
        if any(start < sentence.end and end > sentence.start
               for start, end in head if (start, end) != time.title):  # fmt: skip
            continue  # a stamp or a dateline line
        lead.append(sentence)
        break
    days: set[PartialDate] = set()
    for sentence in lead:
        for timex in found.get(sentence.index, ()):
            if any(start <= timex.start < end for start, end in head if (start, end) != time.title):
                continue
            date = timex.resolve(time, Tense.PAST)
            if isinstance(date, PartialDate) and date.day is not None:
                day = date.earliest()
                if day is not None and published - _LEAD_WINDOW <= day <= published:
                    days.add(date)
    return days.pop() if len(days) == 1 else None


def _shown_date(
    text: str, lines: list[tuple[int, int]], dateline: tuple[Dateline, int] | None
) -> tuple[_dt.date | None, tuple[int, int]]:
    """The earliest plausible full date near the top (or in a trailing credit line).

    When a year-less dateline gives a day, the first stamp that agrees with it wins: a page
    may show today's date in its header above the story's own stamp.  A date in a weather or
    calendar strip counts only when no other line shows one.
    """
    _, related, _, _ = _stamp_words()
    found: list[tuple[_dt.date, tuple[int, int]]] = []
    widgets: list[tuple[int, int]] = []
    examined = list(lines)
    for k, (start, end) in enumerate(lines):
        if related.match(text[start:end].strip()) and not _menu(text, start, end, k):
            examined = lines[:k]
            break
        if dateline is not None and dateline[1] == k:
            date = dateline[0].date
            if (
                date is not None
                and date.year is not None
                and date.month is not None
                and date.day is not None
                and _FIRST_YEAR <= date.year <= _LAST_YEAR
            ):
                day = _dt.date(date.year, date.month, date.day)
                found.append((day, (dateline[0].start, dateline[0].end)))
                continue
        if _widget(text, start, end, lines, k):
            if not _grid(text, start, end):
                # beside a weather box, else in it: the order they are tried in, last
                widgets.insert(len(widgets) if _TEMPERATURE.search(text, start, end) else 0,
                               (start, end))  # fmt: skip
            continue
        stamp = _stamp(text, start, end)
        if stamp is not None:
            found.append(stamp)
    if not found:
        # A trailing credit line in brackets, else a stamp line of its own after the story
        # ("14 October 2022" above the page's tags and share buttons), the nearest the story.
        related_at = story_end(text)
        tail = [span for span in _tail(text) if span not in examined
                and not _LIST_ITEM.match(text, span[0])  # another story's, in a list
                and (related_at is None or span[0] < related_at
                     or _labelled(text, span))]  # fmt: skip
        credits = [(a, b) for a, b in tail
                   if text[a:b].strip()[:1] == "(" and text[a:b].strip()[-1:] == ")"]
        for start, end in credits + [span for span in reversed(tail) if span not in credits]:
            stamp = _stamp(text, start, end)
            if stamp is not None:
                found.append(stamp)
                break
    for start, end in widgets if not found else ():
        # Last: the date a header's weather or calendar strip shows ("SOUTH RUSSIA TODAY — Wed
        # 11 Oct 2017 — Sochi +21°C"), which may be the day the page was built, not the story's,
        # so only when nothing else shows one.
        stamp = _stamp(text, start, end)
        if stamp is not None:
            found.append(stamp)
            break
    if not found:
        return None, (0, 0)
    shown = dateline[0].date if dateline is not None else None
    if shown is not None and shown.year is None:
        for day, span in found:
            if (day.month, day.day) == (shown.month, shown.day):
                return day, span
    return found[0]
