"""Temporal expressions: one small date grammar, resolved against document time by tense.

The grammar has two levels, both compiled once from ``lexicon/calendar.toml``:

* **atoms**, found by bounded patterns, each tried only at a number or at a word one of its
  forms starts with: a day and month ("12 April", "12-13 апреля", "3 and 4 June"), a month
  and day ("April 12", "Apr. 7"), a month, a year ("2024", "2024 года"), a numeric date
  ("12.04.2024", "2024-04-12", "2024/04/12", "12.04.24"; a slashed date is day first
  unless only the American order reads it: "04/23/2024"), a part of a period ("early", "the
  end of", "в конце"), a season, a bare unit ("the month", "года"), a relative unit ("next
  year", "в этом году"), a deictic day ("today", "вчера"), a weekday ("on Friday", "в
  пятницу") and a day relative to another event ("the day before", "накануне");
* **composition** of neighbouring atoms, decided by the few characters between them: a part
  governs the period after it ("late March", "в конце года"), a year completes the date before
  it ("12 April, 2024"), and a connector ("-", "to", "по", ...) joins two dates into a range
  ("late March - early April", "from 30 May to 1 June"), the year of one end completing the
  other.

Every pattern has bounded repetition and no nested quantifiers, so work is linear in the text.

Resolution (:meth:`Timex.resolve`) against :class:`~.model.DocumentTime` and the clause's
:class:`~.model.Tense`:

* a year-less date takes the publication year, moved one year forward when the clause is
  FUTURE and the date would fall more than a month before publication, one year back when it
  is PAST and the date would fall more than a month after (with UNKNOWN or PRESENT tense, the
  year that puts it nearest to publication when it would be more than half a year away);
  with no publication date, ``reference_year`` if given, else the year stays unknown
  (``XXXX-04-12``);
* "early/mid/late April", "the beginning/middle/end of April", "the first/second half of
  April" -> the month (``2024-04``); "late March - early April" -> ``2024-03/2024-04``;
* parts of a year: "early 2024" / "the beginning of the year" -> ``2024-01/2024-03``;
  "mid-2024" -> ``2024-06/2024-07``; "late 2024" / "the end of the year" ->
  ``2024-10/2024-12``; "the first half of the year" -> ``2024-01/2024-06``; "the second
  half" -> ``2024-07/2024-12``; "the fourth quarter of 2024", "в IV квартале" ->
  ``2024-10/2024-12``;
* seasons: ISO 8601 has none, so spring, summer and autumn give their year (``2024``; nothing
  when the year is unknown), as the articles' annotators write them; winter, which spans two
  years, is ``Y-12/(Y+1)-02``, where "winter 2024" is the winter that begins in December 2024
  (a bare season takes the year by tense like any year-less date);
* relative units: "this/next/last year" -> the year (``2025``); "this/next/last month" ->
  the month; "this/next/last week" -> the Monday..Sunday range of days; "the end of the
  month" -> the month;
* a run of weekdays ("on Tuesday and Wednesday", "в четверг и пятницу") -> the range of
  those days, the first resolved as a weekday is;
* "today", "tonight", "yesterday", "tomorrow" -> the day; weekdays -> the nearest such day
  before publication for PAST, after (or on) it for FUTURE and PRESENT ("meets on Friday"),
  the nearest otherwise;
  all ``None`` without a publication date;
* days relative to another event ("the day before", "on the eve of", "the next day") carry
  :attr:`Timex.event_offset_days` and resolve to ``None``.

An impossible date ("31 June") resolves to ``None``; a day given by the text is never dropped
to its month.
"""

from __future__ import annotations

import datetime as _dt
import functools
import importlib.resources
import re
import tomllib
from collections.abc import Collection, Iterable, Mapping, Sequence
from typing import Any, Literal

import attrs

from ..errors import InvalidValueError
from ..values import Date, DateRange, PartialDate, load_lexicon
from .model import Document, DocumentTime, Sentence, Tense

__all__ = ["Part", "Season", "Timex", "Unit", "calendar", "find_timexes", "find_timexes_in"]

Part = Literal["early", "mid", "late", "first-half", "second-half", "q1", "q2", "q3", "q4"]
Season = Literal["spring", "summer", "autumn", "winter"]
Unit = Literal["day", "week", "month", "year"]

_MIN_YEAR, _MAX_YEAR = 1900, 2099
_NEAR = _dt.timedelta(days=31)
_HALF_YEAR = _dt.timedelta(days=183)


@functools.cache
def calendar() -> Mapping[str, Any]:
    """The calendar vocabulary (``lexicon/calendar.toml``), read once.

    ``month_adjectives`` holds each month's adjective forms ("октябрьский саммит"): the stems
    of its table with each of its endings.  They name a month alone, never beside a day.  So
    does ``weekday_adjectives`` ("пятничный саммит"), whose forms are weekdays' forms too.
    """
    resource = importlib.resources.files("cischronicle") / "lexicon" / "calendar.toml"
    with resource.open("rb") as stream:
        data = tomllib.load(stream)
    adjectives = data["month_adjectives"]
    endings = adjectives["endings"]
    data["month_adjectives"] = {
        month: [s + ending for s in adjectives.get(month, ()) for ending in endings]
        for month in data["months"]
    }
    weekday_adjectives = data["weekday_adjectives"]
    data["weekday_adjectives"] = {
        day: [s + ending for s in weekday_adjectives.get(day, ())
              for ending in weekday_adjectives["endings"]]
        for day in data["weekdays"]
    }  # fmt: skip
    data["weekdays"] = {
        day: [*forms, *data["weekday_adjectives"][day]] for day, forms in data["weekdays"].items()
    }
    return data


@functools.cache
def _calendar_names() -> frozenset[str]:
    data = calendar()
    tables = [data["months"], data["month_adjectives"], data["weekdays"], data["weekday_names"],
              data["seasons"]]
    return frozenset(
        form.lower() for table in tables for forms in table.values() for form in forms
    )


def count_of(word: str) -> int | None:
    """The number a count word stands for ("two": 2, "пять": 5), from the calendar data."""
    return _grammar().counts.get(_norm(word))


def is_calendar_name(word: str) -> bool:
    """Whether a word names a month, a weekday or a season ("October", "Friday", "осень")."""
    return word.lower() in _calendar_names()


# -- the record ---------------------------------------------------------------------------


@attrs.frozen
class Timex:
    """A temporal expression in a sentence: what the words say, not yet resolved.

    ``year``/``month``/``day`` are the explicit calendar fields; for a range,
    ``to_year``/``to_month``/``to_day`` hold its end (``to_month`` or ``to_year`` is set).
    ``part`` (and ``to_part``) is a fuzzy part of the period ("early", "late", "first-half"),
    ``season`` a season; ``unit``/``offset`` a date relative to the publication ("next year"
    is ``year``/+1, "today" ``day``/0); ``weekday`` (0 = Monday) with ``direction`` (-1
    "last", +1 "next", 0 none), which a year-less month may have too ("last October", the one
    before the publication's month); ``event_offset_days`` a day relative to another event.
    """

    start: int
    end: int
    sentence: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    to_year: int | None = None
    to_month: int | None = None
    to_day: int | None = None
    part: Part | None = None
    to_part: Part | None = None
    season: Season | None = None
    unit: Unit | None = None
    offset: int | None = None
    weekday: int | None = None
    direction: int = 0
    event_offset_days: int | None = None
    to_weekday: int | None = None
    """The last day of a run of weekdays ("on Tuesday and Wednesday": 2)."""

    @property
    def explicit(self) -> bool:
        """Whether the expression names a calendar month, day of month or year."""
        return self.year is not None or self.month is not None or self.to_year is not None

    @property
    def is_range(self) -> bool:
        """Whether the expression names a span between two dates."""
        return self.to_month is not None or self.to_year is not None

    @property
    def full(self) -> bool:
        """Whether it names one whole day with its year ("12 April 2024")."""
        return (
            self.year is not None
            and self.month is not None
            and self.day is not None
            and not self.is_range
        )

    def resolve(
        self, time: DocumentTime, tense: Tense, *, reference_year: int | None = None
    ) -> Date | None:
        """The date this expression names, read against document time and the clause's tense.

        ``None`` for days relative to another event, for deictic expressions without a
        publication date, and for impossible dates.
        """
        try:
            return _resolve(self, time, tense, reference_year)
        except (InvalidValueError, ValueError, OverflowError):
            return None


# -- the grammar --------------------------------------------------------------------------


def _alternation(forms: Iterable[str]) -> str:
    """A regex alternation of literal forms, longest first (so "мая" is tried before "ма")."""
    unique = sorted({f for f in forms if f}, key=lambda f: (-len(f), f))
    return "|".join(re.escape(f).replace(r"\ ", r"\s{1,3}") for f in unique)


def _cased(forms: Iterable[str]) -> str:
    """An alternation where Latin forms must be capitalised or upper case ("May", "MAY").

    Cyrillic forms match in any case; English month and weekday names are also common words
    ("may", "march", "sun") when written in lower case.
    """
    forms = list(forms)
    latin = [f for f in forms if f[:1].isascii()]
    other = [f for f in forms if not f[:1].isascii()]
    cased = [f[:1].upper() + f[1:] for f in latin] + [f.upper() for f in latin]
    parts = []
    if other:
        parts.append(_alternation(other))
    if cased:
        parts.append(f"(?-i:{_alternation(cased)})")
    return "|".join(parts)


def _lookup(table: Mapping[str, Any]) -> dict[str, Any]:
    """Form -> value, from a table of ``value = [forms]`` (keys as values)."""
    found: dict[str, Any] = {}
    for key, forms in table.items():
        for form in forms:
            found[_norm(form)] = key
    return found


def _norm(text: str) -> str:
    # Folded as the patterns match: "ſpring" is found as a season, so it must be read as one.
    return " ".join(_fold(text).replace("ё", "е").split())


@attrs.frozen
class _Grammar:
    patterns: Mapping[str, str]
    """Each atom's pattern, by kind: those that start with a number first, in the order tried."""
    numeric: re.Pattern[str]
    """The atoms that start with a number ("12 April", "2024", "12.04.2024")."""
    numeric_kinds: frozenset[str]
    """The atoms that start with a digit, which may be glued to a word before them."""
    worded: Mapping[str, re.Pattern[str]]
    """Each word that can start an atom (folded by :func:`_fold`): the atoms it can start."""
    months: dict[str, int]
    weekdays: dict[str, int]
    weekday_adjectives: frozenset[str]
    directions: dict[str, int]
    seasons: dict[str, Season]
    guarded_seasons: frozenset[str]
    season_after: re.Pattern[str]
    parts: dict[str, Part]
    units: dict[str, Unit]
    counted_units: dict[str, Unit]
    event_after: frozenset[str]
    event_unit_days: dict[str, int]
    counts: dict[str, int]
    ago: frozenset[str]
    from_now: frozenset[str]
    determiners: dict[str, int]
    deictic: dict[str, int]
    event: dict[str, int]
    year_gap: re.Pattern[str]
    range_gap: re.Pattern[str]
    part_gap: re.Pattern[str]


_WORD_RUN = re.compile(r"\d+|[^\W\d]+")
"""Runs of digits or of letters: a number glued to a word ("ТАСС12.10.2023", a flattened
page) still starts an atom."""


def _fold(word: str) -> str:
    """A word folded so that two words ``re.IGNORECASE`` matches fold alike.

    :meth:`str.casefold` also equates "ſ" with "s" and "ᲀ" with "в", as the pattern does, but
    not the dotless "ı" and the dotted "İ" (folded to "i" and a combining dot) with "i".
    """
    return word.casefold().replace("ı", "i").replace("i\u0307", "i")


def _opener(form: str) -> str:
    """The first word of a form that may start an atom, folded."""
    run = _WORD_RUN.match(form)
    if run is None:
        raise InvalidValueError(f"calendar form {form!r} does not start with a letter")
    return _fold(run.group())


def _atom_pattern(
    patterns: Mapping[str, str], kinds: Iterable[str], *, glued: Collection[str] = ()
) -> re.Pattern[str]:
    """One pattern for the atoms ``kinds``, each a named group, tried in that order.

    An atom starts no word's middle, but those of ``glued`` (the numeric ones) may follow a
    letter: "ТАСС12.10.2023", a page flattened without its spaces.
    """
    alternation = "|".join(
        (r"(?<![\d_])" if kind in glued else r"(?<![\w])") + f"(?P<{kind}>{patterns[kind]})"
        for kind in kinds
    )
    return re.compile(alternation, re.IGNORECASE)


_REL_PREPOSITIONS = ("in", "during", "on", "в", "во", "на")
"""Prepositions that may precede a relative date ("in the next year", "в этом году")."""
_REL_PREPOSITION = "|".join(_REL_PREPOSITIONS)
_UNIT_ARTICLE = "the"
"""The article that may precede a bare unit ("the end of the month")."""

_ORD = r"(?:st|nd|rd|th|-?(?:го|е|ое|ого))?"
_DAY = r"(?<![\d.,:/])[0-3]?\d"


@functools.cache
def _grammar() -> _Grammar:
    data = calendar()
    months = {k: int(v) for k, v in _lookup(data["months"]).items()}
    months.update({k: int(v) for k, v in _lookup(data["month_adjectives"]).items()})
    weekdays = {k: int(v) for k, v in _lookup(data["weekdays"]).items()}
    seasons = _lookup(data["seasons"])
    parts = _lookup(data["parts"])
    units = _lookup(data["units"])
    counted_units = _lookup(data["counted_units"])
    counts = {k: int(v) for k, v in _lookup(data["counts"]).items()}
    spans = data["spans"]
    ago, ahead = spans["ago"], spans["ahead"]
    after_story = [*ago, *spans["from_now"]]  # a counted unit's time, told after it
    event_units = [f for unit in spans["event_units"] for f in data["counted_units"][unit]]
    counted = rf"(?:\d{{1,2}}|{_alternation(counts)})"
    determiners = {_norm(k): int(v) for k, v in data["determiners"].items()}
    directions = {_norm(k): int(v) for k, v in data["weekday_directions"].items()}
    deictic = {_norm(k): int(v) for k, v in data["deictic_days"].items()}
    event = {_norm(k): int(v) for k, v in data["event_days"].items()}
    conn = _alternation(data["connectors"]["range"])
    end = r"(?![\w])"
    month_forms = [f for v in data["months"].values() for f in v]
    adjective_forms = [f for v in data["month_adjectives"].values() for f in v]
    weekday_forms = [f for v in data["weekdays"].values() for f in v]
    part_forms = [f for v in data["parts"].values() for f in v]
    season_forms = [f for v in data["seasons"].values() for f in v]
    unit_forms = [f for v in data["units"].values() for f in v]
    month = rf"(?:{_cased(month_forms)})"
    # Only an abbreviation takes a period ("Apr. 7"); "June." ends a sentence.
    short = [f for f in month_forms if any(o != f and o.startswith(f) for o in month_forms)]
    month_dot = rf"(?:(?:{_cased(short)})\.|{month}{end})"
    suffix = _alternation(data["year_suffixes"]["forms"])
    day_conn = rf"(?:{conn})"  # the range connectors between two days: "12 - 14", "с 15 на 20"
    # Atoms that start with a number, and atoms that start with a word, each in the order
    # they are tried (the first that matches wins).
    numeric = {
        "iso": r"(?<![\d.\-/])(?:19|20)\d\d(?:-[01]\d-|/[01]\d/|\.[01]\d\.)[0-3]\d(?![\d])",
        "num": r"(?<![\d.,/])[0-3]?\d(?:(?:\.[01]?\d\.|/[0-3]?\d/| ?/ ?[0-3]?\d ?/ ?)"
        r"(?:(?:19|20)\d\d|\d\d)|-[01]?\d-(?:19|20)\d\d)(?![\d]|\.\d)",
        "dm": rf"{_DAY}{_ORD}(?:\s{{0,3}}{day_conn}\s{{0,3}}[0-3]?\d{_ORD})?"
        rf"(?:\s{{1,3}}(?:of\s{{1,3}})?|-){month_dot}",
        "nspan": rf"(?<![\d.,/])\d{{1,2}}\s{{1,3}}(?:{_alternation(counted_units)})"
        rf"\s{{1,3}}(?:{_alternation(after_story)}){end}",
        "nespan": rf"(?<![\d.,/])\d{{1,2}}\s{{1,3}}(?:{_alternation(event_units)})\s{{1,3}}"
        rf"(?:{_alternation([*spans['event_before'], *spans['event_after']])}){end}",
        "year": rf"(?<![\d.,/])(?:19|20)\d\d(?:(?!\d)|(?=\d\d?:\d\d))"
        rf"(?:\s{{0,2}}(?:{suffix})(?![\w]))?",
    }
    worded = {
        "md": rf"{month_dot}\s{{0,3}}[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d)"
        rf"(?:\s{{0,3}}(?:[-–—]|and|to|through)\s{{0,3}}[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]\d)(?!\d))?",
        "month": rf"(?:{month_dot}|(?:{_alternation(adjective_forms)}){end})",
        "deictic": rf"(?:{_alternation(deictic)}){end}",
        "event": rf"(?:{_alternation(event)}){end}",
        # "two days before", "a week after", "за два дня до", "через неделю после"
        "espan": rf"(?:(?:{_alternation(spans['event_openers'])})\s{{1,3}})?"
        rf"(?:(?:{counted})\s{{1,3}})?(?:{_alternation(event_units)})\s{{1,3}}"
        rf"(?:{_alternation([*spans['event_before'], *spans['event_after']])}){end}",
        # "two years ago", "год назад"; "in two weeks", "через пять лет"
        "span": rf"(?:(?:{counted})\s{{1,3}})?(?:{_alternation(counted_units)})\s{{1,3}}"
        rf"(?:{_alternation(after_story)}){end}"
        rf"|(?:{_alternation(ahead)})\s{{1,3}}(?:{counted})\s{{1,3}}"
        rf"(?:{_alternation(counted_units)}){end}",
        "rel": rf"(?:(?:{_REL_PREPOSITION})\s{{1,3}})?(?:{_alternation(determiners)})"
        rf"\s{{1,3}}(?:{_alternation(units)}){end}",
        "weekday": rf"(?:(?:{_alternation(directions)})\s{{1,3}})?"
        rf"(?:{_cased(weekday_forms)}){end}",
        "part": rf"(?:{_alternation(parts)})(?:(?<=-)|{end})",
        "season": rf"(?:{_alternation(seasons)}){end}",
        "unit": rf"(?:{_UNIT_ARTICLE}\s{{1,3}})?(?:{_alternation(units)}){end}",
    }
    # The forms each word atom begins with: the first word of any of them may start the atom.
    opening = {
        "md": month_forms,
        "month": [*month_forms, *adjective_forms],
        "deictic": data["deictic_days"],
        "event": data["event_days"],
        "espan": [*spans["event_openers"], *(f for v in data["counts"].values() for f in v),
                  *event_units],
        "span": [*ahead, *(f for v in data["counts"].values() for f in v),
                 *(f for v in data["counted_units"].values() for f in v)],
        "rel": [*_REL_PREPOSITIONS, *data["determiners"]],
        "weekday": [*data["weekday_directions"], *weekday_forms],
        "part": part_forms,
        "season": season_forms,
        "unit": [_UNIT_ARTICLE, *unit_forms],
    }
    opens: dict[str, list[str]] = {}
    for kind in worded:
        for form in opening[kind]:
            kinds = opens.setdefault(_opener(form), [])
            if kind not in kinds:
                kinds.append(kind)
    compiled = {kinds: _atom_pattern(worded, kinds) for kinds in {tuple(k) for k in opens.values()}}
    return _Grammar(
        patterns={**numeric, **worded},
        numeric=_atom_pattern(numeric, numeric, glued=numeric),
        numeric_kinds=frozenset(numeric),
        worded={word: compiled[tuple(kinds)] for word, kinds in opens.items()},
        months=months,
        weekdays=weekdays,
        weekday_adjectives=frozenset(_lookup(data["weekday_adjectives"])),
        directions=directions,
        seasons=seasons,
        guarded_seasons=frozenset(_norm(f) for f in data["guarded_seasons"]["forms"]),
        season_after=re.compile(
            rf"(?i)(?<![\w'’])(?:{_alternation(data['guarded_seasons']['after'])})[\s-]{{0,3}}$"
        ),
        parts=parts,
        units=units,
        counted_units=counted_units,
        counts=counts,
        ago=frozenset(_norm(w) for w in ago),
        from_now=frozenset(_norm(w) for w in spans["from_now"]),
        event_after=frozenset(_norm(w) for w in spans["event_after"]),
        event_unit_days={str(k): int(v) for k, v in spans["event_units"].items()},
        determiners=determiners,
        deictic=deictic,
        event=event,
        year_gap=re.compile(r"[\s,]{0,3}(?:of\s{1,3})?|-", re.IGNORECASE),  # "11-Oct-2019"
        range_gap=re.compile(rf"\s{{0,3}}(?:{conn})\s{{0,3}}", re.IGNORECASE),
        part_gap=re.compile(r"[\s-]{0,3}(?:of\s{1,3})?(?:the\s{1,3})?", re.IGNORECASE),
    )


# -- atoms --------------------------------------------------------------------------------


@attrs.frozen
class _Atom:
    kind: str
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    part: Part | None = None
    season: Season | None = None
    unit: Unit | None = None
    offset: int | None = None
    weekday: int | None = None
    direction: int = 0
    event: int | None = None
    suffixed: bool = False


_DIGITS = re.compile(r"\d+")
_WORD = re.compile(r"[^\W\d_]+")


def _month_of(g: _Grammar, text: str) -> int | None:
    """The month a matched name stands for; English names must be capitalised."""
    word = text.rstrip(".")
    if word[:1].isascii() and not word[:1].isupper():
        return None  # "may", "march": verbs
    return g.months.get(_norm(word))


def _year2(text: str) -> int:
    value = int(text)
    if len(text) == 2:
        value += 2000 if value < 50 else 1900
    return value


def _atom(g: _Grammar, m: re.Match[str]) -> _Atom | None:
    kind = m.lastgroup
    assert kind is not None
    text, start, end = m.group(0), m.start(), m.end()
    if kind == "iso":
        y, mo, d = (int(x) for x in re.split(r"[-/.]", text))
        return _Atom("date", start, end, y, mo, d) if 1 <= mo <= 12 and 1 <= d <= 31 else None
    if kind == "num":
        day_s, month_s, year_s = re.split(r"\s?[./-]\s?", text)
        day, month, year = int(day_s), int(month_s), _year2(year_s)
        if month > 12 and 1 <= day <= 12 and "/" in text:
            day, month = month, day  # only the American order reads "06/24/2023"
        if not (1 <= month <= 12 and 1 <= day <= 31):
            return None
        return _Atom("date", start, end, year, month, day)
    if kind in ("dm", "md"):
        numbers = [int(x) for x in _DIGITS.findall(text)]
        name = _WORD.findall(_strip_ordinals(text))
        named = _month_of(g, name[-1] if kind == "dm" else name[0]) if name else None
        if named is None or not all(1 <= n <= 31 for n in numbers):
            if kind == "md" and named is not None:
                return _Atom("month", start, start + len(name[0]), month=named)
            return None
        if len(numbers) > 1 and numbers[1] <= numbers[0] and kind == "dm":
            # "11 и 10 октября соответственно": two days, each of the month; the first ends at
            # its number, and the second is read after it
            first = _DIGITS.search(text)
            assert first is not None
            return _Atom("date", start, start + first.end(), month=named, day=numbers[0])
        day2 = numbers[1] if len(numbers) > 1 and numbers[1] > numbers[0] else None
        return _Atom("date", start, end, month=named, day=numbers[0], day2=day2)
    if kind == "month":
        alone = _month_of(g, text)
        return None if alone is None else _Atom("month", start, end, month=alone)
    if kind == "year":
        year = int(text[:4])
        return _Atom("year", start, end, year=year, suffixed=len(text.rstrip()) > 4)
    words = _norm(text)
    if kind == "event":
        return _Atom("event", start, end, event=g.event[words])
    if kind == "deictic":
        return _Atom("rel", start, end, unit="day", offset=g.deictic[words])
    if kind == "rel":
        return _relative(g, text, start, end)
    if kind in ("espan", "nespan"):
        return _event_span(g, words, start, end)
    if kind in ("span", "nspan"):
        if _after_ordinal(m.string, start):
            return None  # "their first session in two years": a period, no time to come
        return _span(g, words, start, end)
    if kind == "weekday":
        return _weekday(g, m.string, start, end)
    if kind == "part":
        return _Atom("part", start, end, part=g.parts[_norm(text)])
    if kind == "season":
        if words in g.guarded_seasons and not _season_guard(m.string, start, end):
            return None  # "prices fall", "the fall of Kabul": no season
        return _Atom("season", start, end, season=g.seasons[words])
    if kind == "unit":
        unit = g.units.get(words.removeprefix("the ").strip())
        return None if unit is None else _Atom("unit", start, end, unit=unit)
    return None


_ORDINAL_REACH = 60


@functools.cache
def _ordinal_before() -> re.Pattern[str]:
    heads = load_lexicon("triggers")["en"]["grammar"]["ordinal_heads"]
    return re.compile(
        rf"(?i)\b(?:{_alternation(heads)})\b[^,;.:!?()]*?\s(?=(?:in|for)\s)"
    )


def _after_ordinal(text: str, start: int) -> bool:
    """Whether "in two years" ends a phrase headed by an ordinal: "the first visit in two years"."""
    found = _ordinal_before().search(text, max(0, start - _ORDINAL_REACH), start + 4)
    return found is not None and found.end() == start


_OF_NO_YEAR = re.compile(r"\s+of\s+(?!(?:19|20)\d\d\b)")


def _season_guard(text: str, start: int, end: int) -> bool:
    """Whether a guarded season word is a season here ("this fall"; not "the fall of Kabul")."""
    g = _grammar()
    return bool(g.season_after.search(text, max(0, start - _GUARD_REACH), start)) and (
        _OF_NO_YEAR.match(text, end) is None
    )


_GUARD_REACH = 8


def _strip_ordinals(text: str) -> str:
    return re.sub(r"(?<=\d)(?:st|nd|rd|th|-?(?:го|е|ое|ого))\b", "", text)


_PREPOSITION = re.compile(rf"^(?:{_REL_PREPOSITION})\s{{1,3}}", re.IGNORECASE)


def _span(g: _Grammar, words: str, start: int, end: int) -> _Atom | None:
    """A counted unit before or after the story: "two years ago" (-2 years), "через неделю"."""
    parts = words.split()
    back = any(words.endswith(" " + w) for w in g.ago)
    hence = any(words.endswith(" " + w) for w in g.from_now)  # "a year from now"
    unit = next((g.counted_units[w] for w in parts if w in g.counted_units), None)
    if unit is None:
        return None
    counted = _count(g, parts)
    if not back and not hence and (counted is None or counted == 1):
        return None  # "in a year of crisis": no count of time to come
    count = 1 if counted is None else counted
    return _Atom("rel", start, end, unit=unit, offset=-count if back else count)


def _count(g: _Grammar, words: list[str]) -> int | None:
    """The first count among ``words``: a number or a count word ("two", "пять")."""
    return next((int(w) if w.isdigit() else g.counts[w] for w in words
                 if w.isdigit() or w in g.counts), None)  # fmt: skip


def _event_span(g: _Grammar, words: str, start: int, end: int) -> _Atom | None:
    """A counted day or week before or after another event: "two days before" is -2 days."""
    parts = words.split()
    unit = next((g.counted_units[w] for w in parts if w in g.counted_units), None)
    days = g.event_unit_days.get(str(unit))
    if days is None:
        return None
    counted = _count(g, parts)
    count = 1 if counted is None else counted
    after = any(words.endswith(" " + w) for w in g.event_after)
    return _Atom("event", start, end, event=count * days * (1 if after else -1))


def _relative(g: _Grammar, text: str, start: int, end: int) -> _Atom | None:
    words = _norm(_PREPOSITION.sub("", text))
    for det, offset in sorted(g.determiners.items(), key=lambda kv: -len(kv[0])):
        if words.startswith(det + " "):
            unit = g.units.get(words[len(det) + 1 :])
            if unit == "day" and offset:
                # "next day", "the following day": a day after the event just told, not after
                # the publication (that is "tomorrow")
                return _Atom("event", start, end, event=offset)
            if unit is not None:
                return _Atom("rel", start, end, unit=unit, offset=offset)
    return None


_WEEK_OF_WEEKDAY = re.compile(r"(?i)\s*,?\s*(?:of\s+|на\s+)?")
"""Between a weekday and the week it is in: "Friday next week", "пятницу на следующей неделе"."""
# A preposition (or the "и" of a run, "в четверг и пятницу") before a Russian weekday.
_RU_WEEKDAY_PREP = re.compile(r"(?<![\w])(?:в|во|и)\s{1,3}$", re.IGNORECASE)


def _weekday(g: _Grammar, source: str, start: int, end: int) -> _Atom | None:
    text = source[start:end]
    words = _norm(text).split()
    name = text.split()[-1]
    if name[:1].isascii() and not name[:1].isupper():
        return None
    weekday = g.weekdays.get(words[-1])
    if weekday is None:
        return None
    direction = g.directions.get(" ".join(words[:-1]), 0) if len(words) > 1 else 0
    # "в пятницу" is a day; "пятница" alone may be a name, "среду" an environment
    if (
        not name[:1].isascii()
        and direction == 0
        and len(words) == 1
        and words[0] not in g.weekday_adjectives  # "пятничный саммит" needs no "в"
        and _RU_WEEKDAY_PREP.search(source[max(0, start - 4) : start]) is None
    ):
        return None
    return _Atom("weekday", start, end, weekday=weekday, direction=direction)


def _atoms(text: str, start: int, end: int) -> list[_Atom]:
    """The atoms of ``text[start:end]``, in text order, none overlapping the one before.

    An atom starts a run of word characters: a number, or a word that starts one of the
    calendar's forms.  At each such run only the atoms it can start are tried
    (:attr:`_Grammar.worded`): most words ("the" aside) start none, and trying every atom's
    long alternation at every word was most of the cost of reading dates.
    """
    g = _grammar()
    found = []
    resume = start
    for run in _WORD_RUN.finditer(text, start, end):
        word = run.group()
        pattern = g.numeric if word[0].isdecimal() else g.worded.get(_fold(word))
        if pattern is None or run.start() < resume:
            continue
        match = pattern.match(text, run.start(), end)
        if match is None:
            continue
        resume = match.end()
        atom = _atom(g, match)
        if atom is not None:
            found.append(atom)
            resume = min(resume, atom.end)  # an atom may stop short of its match ("11 и 10 ...")
    return found


# -- composition --------------------------------------------------------------------------


@attrs.frozen
class _Piece:
    """A composed date: one end of a possible range."""

    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    day2: int | None = None
    part: Part | None = None
    season: Season | None = None
    unit: Unit | None = None
    offset: int | None = None
    year_named: bool = False
    """Whether a bare year counts as a date (after "in", before "года", in a range...)."""


_DATED = frozenset(("date", "month", "year", "season", "rel", "unit"))
_YEAR_PREP = re.compile(
    r"(?:\b(?:in|since|by|until|till|for|of|from|before|after|through|during|year|early|"
    r"mid|late)|(?<![\w])(?:в|во|до|с|к|на|по|от|после|перед|за))[\s-]{1,3}$",
    re.IGNORECASE,
)


def _meeting_noun_after(text: str, end: int) -> bool:
    """Whether a meeting noun follows a bare year, maybe after a city.

    "The 2018 Dushanbe summit", "the 2007 session": the year of that meeting, not a number.
    """
    return _meeting_after().match(text, end) is not None


@functools.cache
def _meeting_after() -> re.Pattern[str]:
    events = load_lexicon("bodies")["events"]
    nouns = sorted({n for forms in events.values() for n in forms}, key=len, reverse=True)
    alternation = "|".join(
        re.escape(n.rstrip("*")).replace(r"\ ", r"\s+") + (r"\w*" if n.endswith("*") else "")
        for n in nouns
    )
    return re.compile(r"[ \t]+(?:[A-ZА-ЯЁ][\w'’-]+[ \t]+){0,2}(?i:" + alternation + r")(?![\w-])")


def _gap(pattern: re.Pattern[str], text: str, a: int, b: int) -> bool:
    return b - a <= 12 and pattern.fullmatch(text, a, b) is not None


def _piece(text: str, atoms: list[_Atom], i: int) -> tuple[_Piece, int] | None:
    """The date starting at ``atoms[i]`` and the index after it, or ``None``."""
    g = _grammar()
    atom = atoms[i]
    part: Part | None = None
    start = atom.start
    if atom.kind == "part":
        if i + 1 >= len(atoms) or atoms[i + 1].kind not in _DATED:
            return None
        following = atoms[i + 1]
        if not _gap(g.part_gap, text, atom.end, following.start):
            return None
        part, i, atom = atom.part, i + 1, following
    if atom.kind not in _DATED or (atom.kind == "unit" and part is None):
        return None
    piece = _Piece(
        start,
        atom.end,
        atom.year,
        atom.month,
        atom.day,
        atom.day2,
        part,
        atom.season,
        atom.unit,
        atom.offset,
        year_named=atom.kind == "year"
        and (atom.suffixed or part is not None or _year_prep_before(text, 0, atom.start)),
    )
    i += 1
    # A year completes a date before it: "12 April, 2024", "spring of 2024", "мая 2024 года".
    if (
        piece.year is None
        and (piece.month is not None or piece.season is not None)
        and i < len(atoms)
        and atoms[i].kind == "year"
        and _gap(g.year_gap, text, piece.end, atoms[i].start)
        and not _year_span_follows(text, atoms, i)
    ):
        piece = attrs.evolve(piece, end=atoms[i].end, year=atoms[i].year, year_named=True)
        i += 1
    # So does a relative year: "October next year", "в мае текущего года".
    elif (
        piece.year is None
        and piece.unit is None
        and (piece.month is not None or piece.season is not None)
        and i < len(atoms)
        and atoms[i].kind in ("rel", "unit")
        and atoms[i].unit == "year"
        and atoms[i].offset is not None
        and _gap(g.year_gap, text, piece.end, atoms[i].start)
    ):
        piece = attrs.evolve(piece, end=atoms[i].end, unit="year", offset=atoms[i].offset)
        i += 1
    return piece, i


def _year_span_follows(text: str, atoms: list[_Atom], i: int) -> bool:
    """Whether ``atoms[i]``, a year, opens a span of years ("2019-2020")."""
    g = _grammar()
    return (
        i + 1 < len(atoms)
        and atoms[i + 1].kind == "year"
        and _gap(g.range_gap, text, atoms[i].end, atoms[i + 1].start)
    )


def _year_prep_before(text: str, lo: int, at: int) -> bool:
    """Whether a preposition that governs a year ("in", "since", "в") ends right before ``at``."""
    return _YEAR_PREP.search(text[max(lo, at - 16) : at]) is not None


def _compose(text: str, atoms: list[_Atom], sentence: int, lo: int) -> list[Timex]:
    g = _grammar()
    timexes: list[Timex] = []
    i = 0
    while i < len(atoms):
        atom = atoms[i]
        if atom.kind == "event":
            timexes.append(Timex(atom.start, atom.end, sentence, event_offset_days=atom.event))
            i += 1
            continue
        if atom.kind == "weekday":
            dated = _piece(text, atoms, i + 1) if i + 1 < len(atoms) else None
            if (
                dated is not None and dated[0].day is not None
                and _APPOSED_DATE.fullmatch(text, atom.end, atoms[i + 1].start)
            ):  # fmt: skip
                # "Monday, 7 October 2024", "в пятницу, 11 октября": the date names the day
                atoms[i + 1] = attrs.evolve(atoms[i + 1], start=atom.start)
                i += 1
                continue
            if (
                i + 1 < len(atoms) and atoms[i + 1].kind == "rel" and atoms[i + 1].unit == "week"
                and _WEEK_OF_WEEKDAY.fullmatch(text, atom.end, atoms[i + 1].start)
            ):  # fmt: skip
                # "on Friday next week", "в пятницу на следующей неделе": that week's Friday
                week = atoms[i + 1]
                timexes.append(Timex(atom.start, week.end, sentence, weekday=atom.weekday,
                                     unit="week", offset=week.offset))  # fmt: skip
                i += 2
                continue
            end, to_weekday = atom.end, None
            if i + 1 < len(atoms) and atoms[i + 1].kind == "weekday" and _WEEKDAY_RUN.fullmatch(
                text, atom.end, atoms[i + 1].start
            ):
                # "on Tuesday and Wednesday", "в четверг и пятницу": a run of days
                end, to_weekday = atoms[i + 1].end, atoms[i + 1].weekday
                i += 1
            timexes.append(
                Timex(
                    atom.start, end, sentence, weekday=atom.weekday, direction=atom.direction,
                    to_weekday=to_weekday,
                )
            )  # fmt: skip
            i += 1
            continue
        got = _piece(text, atoms, i)
        if got is None:
            i += 1
            continue
        first, i = got
        last: _Piece | None = None
        if i < len(atoms) and _gap(g.range_gap, text, first.end, atoms[i].start):
            nxt = _piece(text, atoms, i)
            conj = _CONJUNCTION.search(text, first.end, atoms[i].start) is not None
            listed = conj and _LISTED.search(text, first.end, atoms[i].start) is not None and (
                _BETWEEN.search(text, max(lo, first.start - 12), first.start) is None
            )  # fmt: skip
            if nxt is not None and _joinable(first, nxt[0], conjunction=conj, listed=listed):
                last, i = nxt
        if last is None and first.month is None and first.unit is None and first.season is None:
            named = (first.year_named or _year_prep_before(text, lo, first.start)
                     or _meeting_noun_after(text, first.end)
                     or _listed_after_year(text, timexes, first.start))  # fmt: skip
            if not named:
                continue  # a bare number that looks like a year: "the 2030 Agenda"
        timex = _timex(first, last, sentence)
        if timex is not None:
            if last is None and (timex.month is not None or timex.season is not None) and (
                timex.year is None
            ):  # fmt: skip
                word = _WORD_BEFORE.search(text, max(lo, timex.start - 12), timex.start)
                direction = 0 if word is None else g.directions.get(_norm(word.group(1)), 0)
                if direction:  # the expression is "last October", from its first word
                    assert word is not None
                    timex = attrs.evolve(timex, direction=direction, start=word.start())
            timexes.append(timex)
    return timexes


_WORD_BEFORE = re.compile(r"(\w+)\s{1,3}$")
"""The word right before a month, which may give it a direction ("last October": -1)."""


_CONJUNCTION = re.compile(r"(?<![\w])(?:and|или|и)(?![\w])", re.IGNORECASE)
_LISTED = re.compile(r"(?<![\w])(?:and|и)(?![\w])", re.IGNORECASE)
_BETWEEN = re.compile(r"(?<![\w])(?:between|между)\s+$", re.IGNORECASE)
"""Before the first of two dates joined by "and", a span's word: "between 2007 and 2011"."""


_APPOSED_DATE = re.compile(r"\s*,?\s*(?:the\s+)?")
"""Between a weekday and the date that names it ("Friday, 11 October", "Friday the 11th")."""


_WEEKDAY_RUN = re.compile(r"(?i)\s*(?:and|и|[-–—])\s*(?:on\s+|в\s+|во\s+)?")


_YEAR_LIST_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|и)\s+)?|(?:and|и)\s+)", re.IGNORECASE)


def _listed_after_year(text: str, timexes: Sequence[Timex], start: int) -> bool:
    """Whether a bare number follows a year in a list: the 2011 of "in 2007, 2011 and 2018"."""
    if not timexes:
        return False
    last = timexes[-1]
    return (
        last.year is not None and last.month is None and last.season is None
        and start - last.end <= _YEAR_LIST_GAP_LEN
        and _YEAR_LIST_GAP.fullmatch(text, last.end, start) is not None
    )  # fmt: skip


_YEAR_LIST_GAP_LEN = 7


def _joinable(a: _Piece, b: _Piece, *, conjunction: bool = False, listed: bool = False) -> bool:
    """Whether two dates can be the two ends of a range (of like kinds, no relative units).

    "April and May" is a span; "12 April and 3 May" are two dates, and so are "April and
    October" and "in 2007 and 2011": two dates listed with "and" are one span only when they
    follow each other (or after "between").
    """
    relative_year = b.unit == "year" and b.offset is not None and b.month is not None
    if a.unit is not None or (b.unit is not None and not relative_year) or a.day2 is not None:
        return False  # but "late March - early April next year" shares the later year
    if conjunction and (a.day is not None or b.day is not None):
        return _next_days(a, b)  # "September 30 and October 1": the two days of one event
    if listed and not _next_period(a, b):
        return False
    if a.month is None and b.month is None:
        return a.year is not None and b.year is not None and a.season is None and b.season is None
    # "12 - 14 April" is found as one atom; "April - 2024" is not a range
    return (a.month is None) == (b.month is None)


def _next_period(a: _Piece, b: _Piece) -> bool:
    """Whether the second of two months (or bare years) is the one after the first."""
    if a.season is not None or b.season is not None or a.part is not None or b.part is not None:
        return True  # "spring and summer", "late March and early April": one span
    if a.month is not None and b.month is not None:
        return b.month == a.month % 12 + 1 and (
            a.year is None or b.year is None or b.year == a.year + (a.month == 12)
        )
    return a.month is None and b.month is None and a.year is not None and b.year == a.year + 1


def _next_days(a: _Piece, b: _Piece) -> bool:
    """Whether two dates are the last day of a month and the first of the next one."""
    if a.day is None or b.day is None or a.month is None or b.month is None:
        return False
    return b.day == 1 and a.day >= _SHORTEST_MONTH and b.month == a.month % 12 + 1 and (
        a.year is None or b.year is None or b.year == a.year + (a.month == 12)
    )


_SHORTEST_MONTH = 28


def _timex(a: _Piece, b: _Piece | None, sentence: int) -> Timex | None:
    if b is None:
        if a.day2 is not None:
            return Timex(
                a.start, a.end, sentence, a.year, a.month, a.day,
                to_year=a.year, to_month=a.month, to_day=a.day2,
            )  # fmt: skip
        return Timex(
            a.start, a.end, sentence, a.year, a.month, a.day,
            part=a.part, season=a.season, unit=a.unit, offset=a.offset,
        )  # fmt: skip
    year, to_year = a.year, b.year
    # One end's year completes the other: "30 May to 1 June 2024", "December 2023 - March".
    if year is None and to_year is not None and a.month is not None and b.month is not None:
        year = to_year - 1 if a.month > b.month else to_year
    elif to_year is None and year is not None and a.month is not None and b.month is not None:
        to_year = year + 1 if b.month < a.month else year
    return Timex(
        a.start, b.end, sentence, year, a.month, a.day,
        to_year=to_year, to_month=b.month, to_day=b.day, part=a.part, to_part=b.part,
        unit=b.unit, offset=b.offset,
    )  # fmt: skip


def find_timexes_in(text: str, start: int, end: int, *, sentence: int = -1) -> tuple[Timex, ...]:
    """The temporal expressions in ``text[start:end]`` (offsets into ``text``)."""
    return tuple(_compose(text, _atoms(text, start, end), sentence, start))


def find_timexes(doc: Document, sentence: Sentence) -> tuple[Timex, ...]:
    """The temporal expressions of one sentence, in text order."""
    return find_timexes_in(doc.text, sentence.start, sentence.end, sentence=sentence.index)


# -- resolution ---------------------------------------------------------------------------

_SEASON_MONTHS: dict[str, tuple[int, int]] = {
    "spring": (3, 5),
    "summer": (6, 8),
    "autumn": (9, 11),
    "winter": (12, 2),
}
_YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 3),
    "mid": (6, 7),
    "late": (10, 12),
    "first-half": (1, 6),
    "q1": (1, 3),
    "q2": (4, 6),
    "q3": (7, 9),
    "q4": (10, 12),
    "second-half": (7, 12),
}


def _infer_year(
    month: int, day: int | None, time: DocumentTime, tense: Tense, reference_year: int | None
) -> int | None:
    """The year of a year-less month (and day), by the tense, or ``None`` when unknowable."""
    published = time.published
    if published is None:
        return reference_year
    year = published.year
    first = _dt.date(year, month, day or 1)
    last = _dt.date(year, month, day or _last_day(year, month))
    if tense in (Tense.FUTURE, Tense.PRESENT):
        # a present with a calendar date tells a timetable, as with a weekday: "the summit
        # takes place on 11 October" is the October to come, or one just past
        return year + 1 if last < published - _NEAR else year
    if tense is Tense.PAST:
        return year - 1 if first > published + _NEAR else year
    if first > published + _HALF_YEAR:
        return year - 1
    if last < published - _HALF_YEAR:
        return year + 1
    return year


def _last_day(year: int, month: int) -> int:
    return ((_dt.date(year + month // 12, month % 12 + 1, 1)) - _dt.timedelta(days=1)).day


def _shift_month(year: int, month: int, offset: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + offset
    return index // 12, index % 12 + 1


def _resolve(t: Timex, time: DocumentTime, tense: Tense, reference_year: int | None) -> Date | None:
    if t.event_offset_days is not None:
        return None
    published = time.published
    if t.weekday is not None:
        if published is None:
            return None
        if t.unit == "week" and t.offset is not None:
            monday = published - _dt.timedelta(days=published.weekday())
            return PartialDate.from_date(monday + _dt.timedelta(weeks=t.offset, days=t.weekday))
        day = _weekday_date(t, published, tense)
        if t.to_weekday is None or not isinstance(day, PartialDate):
            return day
        start = day.earliest()
        assert start is not None
        last = start + _dt.timedelta(days=(t.to_weekday - t.weekday) % 7)
        return DateRange(day, PartialDate.from_date(last))
    if t.unit == "year" and t.offset is not None and (t.month is not None or t.season):
        # A month of a relative year ("in October next year"): the year from the story's.
        if published is None and reference_year is None:
            # "7 October this year" with no year known: 7 October
            return _resolve(attrs.evolve(t, unit=None, offset=None), time, tense, reference_year)
        # With no publication date, the year the text is told in stands for the story's
        year = (published.year if published is not None else reference_year or 0) + t.offset
        if t.is_range:  # "late March - early April next year": the later end's year
            to_month = t.to_month or 12
            first = year - 1 if (t.month or 1) > to_month else year
            return _range_date(attrs.evolve(t, year=first, to_year=year, unit=None,
                                            offset=None), time, tense, reference_year)  # fmt: skip
        if t.season is not None:
            return _season_date(attrs.evolve(t, year=year, unit=None, offset=None), time,
                                tense, reference_year)  # fmt: skip
        return PartialDate(year, t.month, t.day)
    if t.unit is not None:
        if published is None and t.unit == "year" and reference_year is not None:
            return PartialDate(reference_year + (t.offset or 0))  # "next year", told in 2024
        return _from_dateline(t, time) if published is None else _relative_date(t, published)
    if t.season is not None:
        return _season_date(t, time, tense, reference_year)
    if t.is_range:
        return _range_date(t, time, tense, reference_year)
    if t.month is None:
        if t.year is None:
            return None
        if t.part is not None:
            lo, hi = _YEAR_PARTS[t.part]
            return DateRange(PartialDate(t.year, lo), PartialDate(t.year, hi))
        return PartialDate(t.year)
    day_year: int | None = t.year
    if day_year is None and t.direction and published is not None:
        # "last October" is the one before this month, "next May" the one after it
        ahead = t.month > published.month
        if t.direction < 0:
            day_year = published.year if t.month < published.month else published.year - 1
        else:
            day_year = published.year if ahead else published.year + 1
    if day_year is None:
        day_year = _infer_year(t.month, t.day, time, tense, reference_year)
    return PartialDate(day_year, t.month, t.day)


def _weekday_date(t: Timex, published: _dt.date, tense: Tense) -> Date:
    assert t.weekday is not None
    ahead = (t.weekday - published.weekday()) % 7
    behind = (published.weekday() - t.weekday) % 7
    direction = t.direction
    if direction == 0:
        # By the tense alone, the story's own day counts: "met on Friday" in Friday's paper
        # is that day.  "last Friday" / "next Friday" are never the story's day.  A present
        # with a weekday tells of a day to come ("the summit meets on Friday"), or today.
        if tense is Tense.PAST:
            return PartialDate.from_date(published - _dt.timedelta(days=behind))
        if tense in (Tense.FUTURE, Tense.PRESENT):
            return PartialDate.from_date(published + _dt.timedelta(days=ahead))
    if direction < 0:
        return PartialDate.from_date(published - _dt.timedelta(days=behind or 7))
    if direction > 0:
        return PartialDate.from_date(published + _dt.timedelta(days=ahead or 7))
    delta = -behind if behind <= ahead else ahead
    return PartialDate.from_date(published + _dt.timedelta(days=delta))


def _from_dateline(t: Timex, time: DocumentTime) -> Date | None:
    """A month or day relative to a dateline's date when the year is unknown, else ``None``.

    "Bishkek, May 17 - ... next month": June of an unknown year; "yesterday": 16 May.  A day
    that would leave the dateline's month is unknown (its length depends on the year).
    """
    filed = time.dateline.date if time.dateline is not None else None
    if filed is None or filed.month is None:
        return None
    offset = t.offset or 0
    if filed.year is not None and filed.day is not None:
        return _relative_date(t, _dt.date(filed.year, filed.month, filed.day))
    if t.unit == "month":
        return PartialDate(None, (filed.month - 1 + offset) % 12 + 1)
    if t.unit == "day" and filed.day is not None and 1 <= filed.day + offset <= _SHORTEST_MONTH:
        return PartialDate(filed.year, filed.month, filed.day + offset)
    return None


def _relative_date(t: Timex, published: _dt.date) -> Date:
    offset = t.offset or 0
    if t.unit == "day":
        return PartialDate.from_date(published + _dt.timedelta(days=offset))
    if t.unit == "week":
        # A week is told at the precision of the calendar's months, as dates are ("next week":
        # its month, or the two months it spans)
        monday = published - _dt.timedelta(days=published.weekday()) + _dt.timedelta(weeks=offset)
        sunday = monday + _dt.timedelta(days=6)
        first, last = PartialDate(monday.year, monday.month), PartialDate(sunday.year, sunday.month)
        return first if first == last else DateRange(first, last)
    if t.unit == "month":
        return PartialDate(*_shift_month(published.year, published.month, offset))
    year = published.year + offset
    if t.part is not None:
        lo, hi = _YEAR_PARTS[t.part]
        return DateRange(PartialDate(year, lo), PartialDate(year, hi))
    return PartialDate(year)


def _season_date(
    t: Timex, time: DocumentTime, tense: Tense, reference_year: int | None
) -> Date | None:
    assert t.season is not None
    lo, hi = _SEASON_MONTHS[t.season]
    year = t.year
    published = time.published
    if year is None and t.direction and published is not None:
        # "last autumn" is the last one over before the story, "next spring" the first one to
        # begin after it (a winter is of the year it begins in)
        over = published.year - (hi >= published.month) - (hi < lo)
        ahead = published.year + (lo <= published.month)
        year = over if t.direction < 0 else ahead
    if year is None:
        year = _infer_year(lo, None, time, tense, reference_year)
    if hi < lo:
        # Winter spans two years: its months say which.
        if year is None:
            return DateRange(PartialDate(None, lo), PartialDate(None, hi))
        return DateRange(PartialDate(year, lo), PartialDate(year + 1, hi))
    # ISO 8601 has no seasons: "in the autumn of 2024" is of 2024, and of no year we know when
    # the year is unknown.
    return None if year is None else PartialDate(year)


def _range_date(
    t: Timex, time: DocumentTime, tense: Tense, reference_year: int | None
) -> Date | None:
    if t.month is None or t.to_month is None:
        if t.year is not None and t.to_year is not None and t.to_year > t.year:
            return DateRange(PartialDate(t.year), PartialDate(t.to_year))
        return None
    year, to_year = t.year, t.to_year
    if year is None:
        year = _infer_year(t.month, t.day, time, tense, reference_year)
        if year is not None:
            to_year = year + 1 if (t.to_month, t.to_day or 0) < (t.month, t.day or 0) else year
    if year is None or to_year is None:
        start = PartialDate(None, t.month, None if t.part else t.day)
        end = PartialDate(None, t.to_month, None if t.to_part else t.to_day)
        return DateRange(start, end)
    # A fuzzy end ("late March") is its month; a day the text gives is kept.
    start = PartialDate(year, t.month, None if t.part else t.day)
    end = PartialDate(to_year, t.to_month, None if t.to_part else t.to_day)
    if start.precision != end.precision:
        start, end = PartialDate(year, t.month), PartialDate(to_year, t.to_month)
        if t.day is not None or t.to_day is not None:
            return None  # "12 April - May": never drop a day the text gives
    earliest, latest = start.earliest(), end.latest()
    if earliest is None or latest is None or earliest > latest:
        return None
    return DateRange(start, end)
