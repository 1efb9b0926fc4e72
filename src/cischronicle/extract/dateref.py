"""A date expression as the text gives it, and what date it names once publication is known.

:class:`DateMention` records a date expression (``12 April 2024``, ``in October``, ``late
March - early April``, ``tomorrow``, ``on Friday``, ``last year``); :meth:`DateMention.resolve`
turns it into a :data:`~cischronicle.values.Date` at the precision the text supports, from the
publication date (whose year may be unknown) and the tense of the claim: forward for what will
happen, backward for what happened.  Finding the expressions is :mod:`.dates`' work.
"""

from __future__ import annotations

import datetime as _dt

import attrs

from ..values import Date, DateRange, PartialDate

__all__ = ["DateMention", "month_number", "shift_days"]


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
                # "in the spring" with no year to be had: the months, of an unknown year.
                return DateRange(PartialDate(None, first), PartialDate(None, last))
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
