"""The index of a meeting registry: item keys filed by body, date and city.

A report or meeting is filed under a few keys derived from its date (its year, its month or
day, with or without a known year), and a lookup reads only the keys under which something
compatible with a date can be filed: so folding a report looks at the meetings a body held
around that date, not at every meeting of the chronicle.
"""

from __future__ import annotations

import datetime as _dt
import functools
from collections.abc import Callable, Collection, Iterable, Iterator
from typing import TypeVar

from .events import MeetingRef
from .values import Body, Date, PartialDate

__all__ = ["NO_CITY", "DateKey", "Index", "cluster_keys", "lookup_keys"]

NO_CITY = ""
"""The city under which items that name none are filed."""

DateKey = tuple[object, ...]
"""A key derived from a date: a kind (``"y"``, ``"ymd"``, ...) and its numbers."""


def _months_between(first: _dt.date, last: _dt.date) -> list[int]:
    months: list[int] = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month) and len(months) < 12:
        months.append(month)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


_K = TypeVar("_K")


def _remembered(compute: Callable[[Date | None], _K]) -> Callable[[Date | None], _K]:
    """``compute`` with its results remembered: partial dates by their fields, others by value.

    Dates are immutable values; a partial date is looked up by its three fields, as hashing
    the date itself is a call into Python and the fields are hashed without one.
    """

    @functools.lru_cache(maxsize=1 << 16)
    def by_fields(year: int | None, month: int | None, day: int | None) -> _K:
        return compute(PartialDate(year, month, day))

    by_value = functools.lru_cache(maxsize=1 << 12)(compute)

    @functools.wraps(compute)
    def remembered(date: Date | None) -> _K:
        if type(date) is PartialDate:
            return by_fields(date.year, date.month, date.day)
        return by_value(date)

    return remembered


@_remembered
def cluster_keys(date: Date | None) -> tuple[DateKey, ...]:
    """The index keys a meeting (or report) with this date is filed under.

    Known-year dates are filed by year (``y``) and by month (``ym``: any date within one
    month) with the day (``ymd``) or month-only (``ymonly``) detail; unknown-year dates by
    month (``xm``) and day (``xmd``) or month-only (``xmonly``).  What fits none of these
    (multi-month, multi-year, unknown-year ranges, undated) goes to a coarse key.
    """
    if date is None:
        return (("none",),)
    first, last = date.earliest(), date.latest()
    if first is None or last is None:
        if isinstance(date, PartialDate) and date.month is not None:
            if date.day is not None:
                return (("xmd", date.month, date.day), ("xm", date.month))
            return (("xmonly", date.month), ("xm", date.month))
        return (("xcoarse",),)
    if first.year != last.year:
        return (("span",),)
    if first == last:
        return (("y", first.year), ("ymd", first.month, first.day), ("ym", first.month))
    if first.month == last.month:
        return (("y", first.year), ("ymonly", first.month), ("ym", first.month))
    return (("y", first.year), ("coarse",))


@_remembered
def lookup_keys(date: Date | None) -> tuple[DateKey, ...] | None:
    """The index keys where items compatible with this date are filed; None means all."""
    if date is None:
        return None
    keys: list[DateKey] = [("span",), ("none",), ("xcoarse",)]
    first, last = date.earliest(), date.latest()
    if first is not None and last is not None:
        if last.year - first.year > 1:
            return None
        keys.extend(("y", year) for year in range(first.year, last.year + 1))
        if first == last:
            keys.extend([("xmd", first.month, first.day), ("xmonly", first.month)])
        else:
            keys.extend(("xm", month) for month in _months_between(first, last))
        return tuple(keys)
    if not isinstance(date, PartialDate) or date.month is None:
        return None
    month = date.month
    keys.append(("coarse",))
    if date.day is None:
        return (*keys, ("ym", month), ("xm", month))
    day = date.day
    return (*keys, ("ymd", month, day), ("ymonly", month), ("xmd", month, day), ("xmonly", month))


class Index:
    """Keys of items filed by body, date keys and city; finds those that could match a ref.

    Plain dicts: body -> year -> item key -> None for the year keys (a body meets a few times
    a year, so they need no city), and body -> date key -> city (``""`` for none) -> item
    key -> None for the others, which are few whatever the number of years.  The innermost
    dicts hold only strings and ``None``, which the garbage collector does not track:
    however big the index, a collection walks only the few dicts of dicts.  The owner keeps
    the items by key, and says what an item was filed under to unfile it.
    """

    __slots__ = ("_tree", "_years")

    def __init__(self) -> None:
        self._years: dict[Body, dict[object, dict[str, None]]] = {}
        self._tree: dict[Body, dict[DateKey, dict[str, dict[str, None]]]] = {}

    def file(self, key: str, body: Body, date: Date | None, city: str | None) -> None:
        """File ``key`` under the body, date keys and city of an item."""
        city = city or NO_CITY
        for date_key in cluster_keys(date):
            if date_key[0] == "y":
                years = self._years.get(body)
                if years is None:
                    years = self._years[body] = {}
                group = years.get(date_key[1])
                if group is None:
                    years[date_key[1]] = {key: None}
                else:
                    group[key] = None
                continue
            tree = self._tree.get(body)
            if tree is None:
                tree = self._tree[body] = {}
            cities = tree.get(date_key)
            if cities is None:
                tree[date_key] = {city: {key: None}}
                continue
            in_city = cities.get(city)
            if in_city is None:
                cities[city] = {key: None}
            else:
                in_city[key] = None

    def unfile(self, key: str, body: Body, date: Date | None, city: str | None) -> None:
        """Take ``key`` out from where it was filed (with these body, date and city)."""
        city = city or NO_CITY
        for date_key in cluster_keys(date):
            if date_key[0] == "y":
                del self._years[body][date_key[1]][key]
            else:
                del self._tree[body][date_key][city][key]

    def candidates(self, ref: MeetingRef) -> Collection[str]:
        """The keys of every item that could be compatible with ``ref`` (and of some not).

        The keys are read, not kept: they may be the index's own, until it changes.
        """
        body, city = ref.body, ref.place.city
        years = self._years.get(body, {})
        tree = self._tree.get(body, {})
        keys = lookup_keys(ref.date)
        groups: list[dict[str, None]] = []
        if keys is None:
            groups.extend(years.values())
            filed = list(tree.values())
        else:
            filed = []
            for date_key in keys:
                if date_key[0] == "y":
                    in_year = years.get(date_key[1])
                    if in_year:
                        groups.append(in_year)
                else:
                    cities = tree.get(date_key)
                    if cities:
                        filed.append(cities)
        for cities in filed:
            if city is None:
                groups.extend(cities.values())
                continue
            in_city = cities.get(city)
            if in_city:
                groups.append(in_city)
            no_city = cities.get(NO_CITY)
            if no_city:
                groups.append(no_city)
        if len(groups) == 1:
            return groups[0]  # mostly: one group, read as it is
        found: dict[str, None] = {}
        for group in groups:
            found.update(group)
        return found

    @classmethod
    def joined(cls, parts: Iterable[Index]) -> Index:
        """One index of the items ``parts`` file (each item in one part; their dicts copied).

        Parts of one body file items under the same keys (a day of the month, a city), so the
        groups are merged, not shared: no part's dicts change.
        """
        index = cls()
        for part in parts:
            for body, years in part._years.items():
                mine = index._years.setdefault(body, {})
                for year, group in years.items():
                    mine.setdefault(year, {}).update(group)
            for body, tree in part._tree.items():
                filed = index._tree.setdefault(body, {})
                for date_key, cities in tree.items():
                    at = filed.setdefault(date_key, {})
                    for city, group in cities.items():
                        at.setdefault(city, {}).update(group)
        return index

    def in_year(self, body: Body, year: int) -> Iterator[str]:
        """The keys of the items of ``body`` dated within ``year`` (known year)."""
        return iter(self._years.get(body, {}).get(year, {}))
