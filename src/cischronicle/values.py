"""Value objects: partial dates and ranges, places, bodies and provenance.

All are frozen attrs classes validated on construction.  Dates say only what a source said:
a year, a month or a day, possibly with an unknown year (``XXXX-10-09``), or a range of those
(``2011-03/2011-04``).  Comparisons never pretend to know more than the value does: two dates
*could be the same day*, or one is *surely before* another, or neither can be said.
"""

from __future__ import annotations

import calendar
import datetime as _dt
import enum
import functools
import importlib.resources
import re
import tomllib
from typing import Any

import attrs

from .errors import InvalidTypeError, InvalidValueError

__all__ = [
    "BODY_NAMES",
    "CITIES",
    "Body",
    "Date",
    "DateRange",
    "PartialDate",
    "Place",
    "Provenance",
    "check_as_of",
    "parse_date",
]

# Day-of-year positions in a leap year: the common frame for dates whose year is unknown.
_LEAP = 2000
_DOY_BEFORE_MONTH = [0] + [
    sum(calendar.monthrange(_LEAP, m)[1] for m in range(1, month)) for month in range(1, 13)
]
_FEB_29 = 60  # leap-year day-of-year of 29 February


_MONTH_DAYS = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _days_in_month(year: int | None, month: int) -> int:
    if month == 2 and (year is None or calendar.isleap(year)):
        return 29
    return _MONTH_DAYS[month]


def _leap_doy(month: int, day: int) -> int:
    return _DOY_BEFORE_MONTH[month] + day


def _err(message: str) -> InvalidValueError:
    return InvalidValueError(message)


def check_as_of(as_of: object) -> _dt.date | None:
    """Return a knowledge date ``as_of`` (a ``datetime.date`` or ``None``) as a plain date.

    A ``datetime`` counts as its day; anything else (a string such as ``"2024-01-01"``)
    raises :class:`InvalidTypeError`, a ``ChronicleError`` that is also a ``TypeError``.
    """
    if as_of is None:
        return None
    if isinstance(as_of, _dt.datetime):
        return as_of.date()
    if isinstance(as_of, _dt.date):
        return as_of
    raise InvalidTypeError(
        f"as_of must be a datetime.date or None, not {type(as_of).__name__} {as_of!r}"
        " (datetime.date.fromisoformat reads text)"
    )


_PARTIAL_RE = re.compile(r"^(\d{4}|XXXX)(?:-(\d{2})(?:-(\d{2}))?)?$")


class _Comparable:
    """The comparisons shared by partial dates and ranges; none claims more than it knows."""

    __slots__ = ()

    # ``self`` is a Date: the calls below skip ``cast``, a function call on hot paths.
    def could_be_same_day(self, other: Date) -> bool:
        """Whether some single day is consistent with both dates."""
        return _overlaps(self, other)  # type: ignore[arg-type]

    def surely_before(self, other: Date) -> bool:
        """Whether every day this date can be falls before every day ``other`` can be."""
        return _surely_before(self, other)  # type: ignore[arg-type]

    def intersect(self, other: Date) -> Date | None:
        """The most precise date both could be, or ``None`` when they cannot be the same day."""
        return _intersect(self, other)  # type: ignore[arg-type]

    def contains_day(self, day: _dt.date) -> bool:
        """Whether ``day`` is one of the days this date can be."""
        return _overlaps(self, PartialDate.from_date(day))  # type: ignore[arg-type]


@attrs.frozen(order=False)
class PartialDate(_Comparable):
    """A date known to a year, a month or a day; the year may be unknown (``XXXX-04-12``).

    ``year`` is ``None`` only when the month is known.  ISO text form: ``2024``,
    ``2024-04``, ``2024-04-12``, ``XXXX-04``, ``XXXX-04-12``.
    """

    year: int | None = attrs.field(default=None)
    month: int | None = attrs.field(default=None)
    day: int | None = attrs.field(default=None)

    def __attrs_post_init__(self) -> None:
        y, m, d = self.year, self.month, self.day
        if (
            (y is not None and type(y) is not int)
            or (m is not None and type(m) is not int)
            or (d is not None and type(d) is not int)
        ):
            raise InvalidTypeError(
                f"a partial date takes int fields (year, month, day), not {(y, m, d)!r};"
                " PartialDate.parse reads ISO text"
            )
        if y is None and m is None:
            raise _err("a partial date needs at least a year or a month")
        if y is not None and not (1 <= y <= 9999):
            raise _err(f"year out of range: {y}")
        if m is None and d is not None:
            raise _err("a day needs a month")
        if m is not None and not (1 <= m <= 12):
            raise _err(f"month out of range: {m}")
        if m is not None and d is not None and not (1 <= d <= _days_in_month(y, m)):
            raise _err(f"day out of range: {y if y is not None else 'XXXX'}-{m:02d}-{d:02d}")

    # -- text ---------------------------------------------------------------------------
    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Parse the ISO text form (``2024-04-12``, ``2024-04``, ``2024``, ``XXXX-04-12``)."""
        match = _PARTIAL_RE.match(text)
        if match is None:
            raise _err(f"not an ISO partial date: {text!r}")
        year_s, month_s, day_s = match.groups()
        year = None if year_s == "XXXX" else int(year_s)
        return cls(
            year, None if month_s is None else int(month_s), None if day_s is None else int(day_s)
        )

    def isoformat(self) -> str:
        """Return the ISO text form, the inverse of :meth:`parse`."""
        return self._text

    @functools.cached_property
    def _text(self) -> str:
        # Kept: messages and encoded lines print the same dates again and again.
        text = "XXXX" if self.year is None else f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self._text

    @classmethod
    def from_date(cls, day: _dt.date) -> PartialDate:
        """Return the day-precise partial date of a :class:`datetime.date`."""
        return cls(day.year, day.month, day.day)

    # -- precision ------------------------------------------------------------------------
    @property
    def precision(self) -> str:
        """``"year"``, ``"month"`` or ``"day"``: the finest field given."""
        if self.day is not None:
            return "day"
        return "month" if self.month is not None else "year"

    @property
    def year_known(self) -> bool:
        """Whether the year is known."""
        return self.year is not None

    @functools.cached_property
    def _bounds(self) -> tuple[_dt.date, _dt.date] | None:
        if self.year is None:
            return None
        month = self.month or 12
        last = _dt.date(self.year, month, self.day or _days_in_month(self.year, month))
        return _dt.date(self.year, self.month or 1, self.day or 1), last

    def earliest(self) -> _dt.date | None:
        """First day this date can be, or ``None`` when the year is unknown."""
        bounds = self._bounds
        return None if bounds is None else bounds[0]

    def latest(self) -> _dt.date | None:
        """Last day this date can be, or ``None`` when the year is unknown."""
        bounds = self._bounds
        return None if bounds is None else bounds[1]

    def _doy_span(self) -> tuple[int, int]:
        # Only for unknown-year dates (the month is then known).
        assert self.month is not None
        if self.day is not None:
            doy = _leap_doy(self.month, self.day)
            return doy, doy
        return _leap_doy(self.month, 1), _leap_doy(self.month, _days_in_month(None, self.month))


@attrs.frozen(order=False)
class DateRange(_Comparable):
    """A span between two partial dates, both ends included (``2011-03/2011-04``).

    Both ends have a known year, or both have an unknown year; the start is not after the end
    (an unknown-year range may wrap over the new year, ``XXXX-12/XXXX-01``).
    """

    start: PartialDate
    end: PartialDate

    def __attrs_post_init__(self) -> None:
        if self.start.year_known != self.end.year_known:
            raise _err("a date range needs a known year at both ends or at neither")
        if self.start.year_known:
            first, last = self.start.earliest(), self.end.latest()
            assert first is not None and last is not None
            if first > last:
                raise _err(f"date range ends before it starts: {self.isoformat()}")

    @classmethod
    def parse(cls, text: str) -> DateRange:
        """Parse ``START/END``, each end an ISO partial date."""
        if text.count("/") != 1:
            raise _err(f"not an ISO date range: {text!r}")
        start, end = text.split("/")
        return cls(PartialDate.parse(start), PartialDate.parse(end))

    def isoformat(self) -> str:
        """Return ``START/END`` in ISO text form, the inverse of :meth:`parse`."""
        return f"{self.start.isoformat()}/{self.end.isoformat()}"

    def __str__(self) -> str:
        return self.isoformat()

    @property
    def precision(self) -> str:
        """``"range"``."""
        return "range"

    @property
    def year_known(self) -> bool:
        """Whether the years of the range are known."""
        return self.start.year_known

    def earliest(self) -> _dt.date | None:
        """First day of the range, or ``None`` when the year is unknown."""
        return self.start.earliest()

    def latest(self) -> _dt.date | None:
        """Last day of the range, or ``None`` when the year is unknown."""
        return self.end.latest()

    def _doy_spans(self) -> list[tuple[int, int]]:
        first, _ = self.start._doy_span()
        _, last = self.end._doy_span()
        if first <= last:
            return [(first, last)]
        return [(1, last), (first, 366)]


Date = PartialDate | DateRange
"""A date as sources give it: a partial date or a range of partial dates."""


def parse_date(text: str) -> Date:
    """Parse the ISO text of a partial date or a date range."""
    if not isinstance(text, str):
        raise _err(f"a date must be ISO text, not {type(text).__name__}")
    if "/" in text:
        return DateRange.parse(text)
    return PartialDate.parse(text)


def _unknown_spans(date: Date) -> list[tuple[int, int]]:
    if isinstance(date, DateRange):
        return date._doy_spans()
    return [date._doy_span()]


def _spans_meet(a: list[tuple[int, int]], b: list[tuple[int, int]], *, leap: bool = True) -> bool:
    for a0, a1 in a:
        for b0, b1 in b:
            lo, hi = max(a0, b0), min(a1, b1)
            if lo > hi:
                continue
            if leap or not (lo == hi == _FEB_29):
                return True
    return False


def _year_doy_span(first: _dt.date, last: _dt.date, year: int) -> tuple[int, int] | None:
    lo = max(first, _dt.date(year, 1, 1))
    hi = min(last, _dt.date(year, 12, 31))
    if lo > hi:
        return None
    return _leap_doy(lo.month, lo.day), _leap_doy(hi.month, hi.day)


def _overlaps(a: Date, b: Date) -> bool:
    if type(a) is PartialDate and type(b) is PartialDate:
        # The common case, on every report folded: two partial dates with known years.
        a_bounds, b_bounds = a._bounds, b._bounds
        if a_bounds is not None and b_bounds is not None:
            return a_bounds[0] <= b_bounds[1] and b_bounds[0] <= a_bounds[1]
        return _partial_overlaps(a, b)
    return _overlaps_any(a, b)


def _partial_overlaps(a: PartialDate, b: PartialDate) -> bool:
    """:func:`_overlaps_any` of two partial dates, one year or both unknown, field by field.

    An unknown-year date names a month, or a day of a month, of any year: it fits a known
    date in the same month (on the same day, when both name one), a known year except that
    29 February fits only a leap year, and a known month that has its day.
    """
    if a.year is not None:
        known, unknown, year = a, b, a.year
    elif b.year is not None:
        known, unknown, year = b, a, b.year
    else:
        return a.month == b.month and (a.day is None or b.day is None or a.day == b.day)
    month, day = unknown.month, unknown.day
    if known.month is None:
        return day is None or month != 2 or day != 29 or calendar.isleap(year)
    if month != known.month:
        return False
    if day is None:
        return True
    if known.day is not None:
        return day == known.day
    return day <= _days_in_month(year, month)


@functools.lru_cache(maxsize=1 << 16)
def _overlaps_any(a: Date, b: Date) -> bool:
    """Whether two dates of any kind could be the same day (remembered).

    The same pairs recur in every check (a month-precise schedule against the day-precise
    dates of unknown year near it), and comparing with an unknown year walks the years of
    the known date: worth remembering, since dates are immutable values.
    """
    if a.year_known and b.year_known:
        a0, a1, b0, b1 = a.earliest(), a.latest(), b.earliest(), b.latest()
        assert a0 and a1 and b0 and b1
        return max(a0, b0) <= min(a1, b1)
    if not a.year_known and not b.year_known:
        return _spans_meet(_unknown_spans(a), _unknown_spans(b))
    known, unknown = (a, b) if a.year_known else (b, a)
    first, last = known.earliest(), known.latest()
    assert first is not None and last is not None
    spans = _unknown_spans(unknown)
    for year in range(first.year, min(last.year, first.year + 8) + 1):
        span = _year_doy_span(first, last, year)
        if span is not None and _spans_meet([span], spans, leap=calendar.isleap(year)):
            return True
    return False


def _surely_before(a: Date, b: Date) -> bool:
    a_last, b_first = a.latest(), b.earliest()
    if a_last is None or b_first is None:
        return False
    return a_last < b_first


def _span_days(date: Date) -> int:
    first, last = date.earliest(), date.latest()
    if first is not None and last is not None:
        return (last - first).days + 1
    return sum(hi - lo + 1 for lo, hi in _unknown_spans(date)) + 10_000


def _interval_date(first: _dt.date, last: _dt.date) -> Date:
    """The tightest partial date or range naming exactly the days ``first..last``."""
    if first == last:
        return PartialDate.from_date(first)
    if first.year == last.year:
        if (
            first.month == last.month
            and first.day == 1
            and last.day == _days_in_month(last.year, last.month)
        ):
            return PartialDate(first.year, first.month)
        if (first.month, first.day, last.month, last.day) == (1, 1, 12, 31):
            return PartialDate(first.year)
    if first.day == 1 and last.day == _days_in_month(last.year, last.month):
        return DateRange(PartialDate(first.year, first.month), PartialDate(last.year, last.month))
    return DateRange(PartialDate.from_date(first), PartialDate.from_date(last))


def _intersect(a: Date, b: Date) -> Date | None:
    if not _overlaps(a, b):
        return None
    if isinstance(a, PartialDate) and isinstance(b, PartialDate):
        year = a.year if a.year is not None else b.year
        month = a.month if a.month is not None else b.month
        day = a.day if a.day is not None else b.day
        # Merging a report into its meeting mostly changes nothing: keep the same value.
        if (year, month, day) == (a.year, a.month, a.day):
            return a
        if (year, month, day) == (b.year, b.month, b.day):
            return b
        return PartialDate(year, month, day)
    if a.year_known and b.year_known:
        a0, a1, b0, b1 = a.earliest(), a.latest(), b.earliest(), b.latest()
        assert a0 and a1 and b0 and b1
        return _interval_date(max(a0, b0), min(a1, b1))
    # Mixed or unknown-year ranges: keep the narrower side, which is true of the meeting
    # (a superset of the exact intersection) and claims no more than a source did.
    return a if _span_days(a) <= _span_days(b) else b


# -- places ------------------------------------------------------------------------------

@functools.cache
def load_lexicon(name: str) -> dict[str, Any]:
    """The data file ``lexicon/<name>.toml`` of the package, read once."""
    resource = importlib.resources.files("cischronicle").joinpath(f"lexicon/{name}.toml")
    return tomllib.loads(resource.read_text(encoding="utf-8"))


CITIES: dict[str, str] = {
    str(city["name"]): str(city["country"]) for city in load_lexicon("gazetteer")["city"]
}
"""Canonical modern English names of the cities these bodies meet in, with their country.

Read from the gazetteer (``lexicon/gazetteer.toml``), the one list of place names.
"""

_COUNTRIES = frozenset(
    """
    AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO
    BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ
    DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP
    GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG
    KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML
    MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE
    PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL
    SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM
    US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW
    """.split()  # noqa: SIM905 - a block of codes reads better than 249 lines
)


@attrs.frozen
class Place:
    """Where a meeting was: a city and its country, a country alone, online, or unknown.

    ``city`` is the canonical modern English name (see :data:`CITIES`); ``country`` is an
    ISO 3166-1 alpha-2 code.  A city always comes with its country; an online meeting has
    neither.  ``Place()`` is an unknown place.
    """

    city: str | None = None
    country: str | None = None
    online: bool = False

    def __attrs_post_init__(self) -> None:
        if self.online and (self.city is not None or self.country is not None):
            raise _err("an online meeting has no city or country")
        if self.country is not None and self.country not in _COUNTRIES:
            raise _err(f"not an ISO 3166-1 alpha-2 country code: {self.country!r}")
        if self.city is not None:
            if not self.city.strip() or self.city != self.city.strip():
                raise _err(f"not a city name: {self.city!r}")
            if self.country is None:
                raise _err(f"city {self.city!r} needs its country")
            expected = CITIES.get(self.city)
            if expected is not None and expected != self.country:
                raise _err(f"{self.city} is in {expected}, not {self.country}")

    @classmethod
    def of_city(cls, city: str) -> Place:
        """The place of a city in :data:`CITIES`, with its country filled in."""
        try:
            return cls(city, CITIES[city])
        except KeyError:
            raise _err(f"unknown city {city!r}; give its country explicitly") from None

    @property
    def known(self) -> bool:
        """Whether anything is known about the place."""
        return self.online or self.country is not None

    def compatible(self, other: Place) -> bool:
        """Whether both could describe the same venue (unknown parts match anything)."""
        if self is other:
            return True
        online, other_online = self.online, other.online
        # Unknown (neither online nor in a known country) matches anything.
        if not (online or self.country is not None):
            return True
        if not (other_online or other.country is not None):
            return True
        if online or other_online:
            return online == other_online
        if self.country != other.country:
            return False
        return self.city is None or other.city is None or self.city == other.city

    def merge(self, other: Place) -> Place:
        """The most precise place both agree on; the two must be :meth:`compatible`."""
        if not self.compatible(other):
            raise _err(f"incompatible places: {self} and {other}")
        if other == self or not other.known:
            return self  # nothing to add: the same value
        if self.online or other.online:
            return Place(online=True)
        return Place(self.city or other.city, self.country or other.country)

    def __str__(self) -> str:
        if self.online:
            return "online"
        if self.city is not None:
            return f"{self.city}, {self.country}"
        return self.country or "unknown place"


# -- bodies ------------------------------------------------------------------------------


class Body(enum.StrEnum):
    """The bodies whose meetings the chronicle records (the annotation vocabulary)."""

    CIS_CFM = "cis-cfm"
    CIS_CHS = "cis-chs"
    CIS_CHG = "cis-chg"
    CA_RUSSIA_FM = "ca-russia-fm"
    SCO_CFM = "sco-cfm"
    CSTO_CFM = "csto-cfm"
    EAEU_SEC = "eaeu-sec"
    EAEU_IC = "eaeu-ic"

    @classmethod
    def parse(cls, text: str) -> Body:
        """The body of a slug, or :class:`InvalidValueError` naming the vocabulary."""
        try:
            # A dict of the slugs: calling the enum (``cls(text)``) takes several times as
            # long, and decoding a chronicle parses the body of every distinct meeting.
            return _BODY_SLUGS[text]
        except (KeyError, TypeError):
            known = ", ".join(b.value for b in cls)
            raise _err(f"unknown body {text!r}; known: {known}") from None

    @property
    def title(self) -> str:  # type: ignore[override]
        """The body's English name."""
        return BODY_NAMES[self]


_BODY_SLUGS: dict[str, Body] = {body.value: body for body in Body}
"""Every body by its slug (a body is its slug too: it finds itself)."""

BODY_NAMES: dict[Body, str] = {
    Body.CIS_CFM: "CIS Council of Foreign Ministers",
    Body.CIS_CHS: "CIS Council of Heads of State",
    Body.CIS_CHG: "CIS Council of Heads of Government",
    Body.CA_RUSSIA_FM: "Central Asia + Russia foreign ministers",
    Body.SCO_CFM: "SCO Council of Foreign Ministers",
    Body.CSTO_CFM: "CSTO Council of Foreign Ministers",
    Body.EAEU_SEC: "Supreme Eurasian Economic Council",
    Body.EAEU_IC: "Eurasian Intergovernmental Council",
}
"""English names of the bodies."""


# -- provenance --------------------------------------------------------------------------


def _nonneg(name: str, value: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise _err(f"{name} must be a non-negative integer, not {value!r}")


@attrs.frozen
class Provenance:
    """Where a claim comes from: an article and the exact characters that state it.

    Offsets count Unicode code points of the article text (Python ``str`` indices), end
    excluded, so ``quote == text[start:end]``.
    """

    article: str
    start: int
    end: int
    quote: str

    def __attrs_post_init__(self) -> None:
        # Every decoded event builds one: the offsets are checked here, in one call, rather
        # than by two attrs validators (the checks and messages are the same).
        start, end = self.start, self.end
        if type(start) is not int or type(end) is not int or start < 0 or end < 0:
            _nonneg("start", start)
            _nonneg("end", end)
        if not isinstance(self.article, str) or not self.article:
            raise _err("provenance needs an article id")
        if self.end < self.start:
            raise _err(f"provenance ends before it starts: {self.start}..{self.end}")
        if len(self.quote) != self.end - self.start:
            raise _err(
                f"quote has {len(self.quote)} characters but offsets span {self.end - self.start}"
            )

    @classmethod
    def of(cls, text: str, start: int, end: int, *, article: str) -> Provenance:
        """The provenance of ``text[start:end]`` in article ``article``."""
        return cls(article, start, end, text[start:end])

    def matches(self, text: str) -> bool:
        """Whether the quote is exactly ``text`` at the offsets."""
        return text[self.start : self.end] == self.quote
