r"""Fast scans for slow patterns: try a pattern only where one of its first words occurs.

A case-insensitive pattern that starts with ``\b`` and optional words ("have also adopted")
gives the regular expression engine nothing to skip ahead with: it tries a match at every
character.  Every match of such a pattern still begins with one of a few words, and
``str.find`` locates those far faster.  :class:`Scanner` works out, once, the literal starts of
a pattern from its syntax (:func:`literal_starts`), then finds exactly the matches of
``pattern.finditer`` by trying ``pattern.match`` only where a start occurs in the lower-cased
text (in order, going on after each match as the engine does).

The lower-cased text must line up with the text character by character, and every character the
pattern could match a start's letter with must lower-case to that letter: :func:`lowered`
checks both (it refuses a text holding one of the few characters that match a Latin or Russian
letter ignoring case without lower-casing to it, such as the dotless i or the long s),
and a scanner given no lower-cased text lets the engine scan.  Either way the matches are the
same.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

from .text import matches_at

# The regular expression parser and its op codes (private modules of ``re``, Python 3.11+).
_sre: Any = importlib.import_module("re._constants")
_parse: Any = importlib.import_module("re._parser")

__all__ = ["Prefilter", "Quick", "Scanner", "literal_clauses", "literal_starts", "lowered"]

# Characters a start may hold: for these, a text character matches the pattern's character (as
# is or ignoring case) only if it lower-cases to it, unless the text holds one of _ODD_FOLDS.
_SAFE = frozenset(
    "abcdefghijklmnopqrstuvwxyz0123456789 абвгдеёжзийклмнопрстуфхцчшщъыьэюя"
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”„‘’–—"
)
# What matches a Latin or basic Russian letter ignoring case without lower-casing to it: the
# dotted and dotless i, the long s, old forms of Russian letters ("İ" also lower-cases to two).
_ODD_FOLDS = re.compile("[\u0130\u0131\u017f\u1c80-\u1c88]")
_MAX_STARTS = 64
_MAX_LENGTH = 12
_MIN_LENGTH = 2
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_REPEATS = tuple(
    op
    for op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT, getattr(_sre, "POSSESSIVE_REPEAT", None))
    if op is not None
)

_Starts = list[tuple[str, bool]]
"""Literal starts: (lower-case text, whether that text is the whole match of the part)."""
_UNKNOWN: _Starts = [("", False)]


class _TooMany(Exception):
    """The starts would be too many or too long to be worth looking for."""


def _sequence(items: list[tuple[object, object]]) -> _Starts:
    """The starts of a sequence of parsed items."""
    if not items:
        return [("", True)]
    op, av = items[0]
    if op in _ZERO_WIDTH:
        return _sequence(items[1:])  # consumes nothing
    rest = items[1:]
    if op in _REPEATS and isinstance(av, tuple) and av[0] == 0:
        # An optional part: a match starts with it, or with what follows it.
        with_it = _join(_item(op, av, optional_ok=True), rest)
        return with_it + _sequence(rest)
    return _join(_item(op, av), rest)


def _join(head: _Starts, rest: list[tuple[object, object]]) -> _Starts:
    joined: _Starts = []
    tail: _Starts | None = None
    for text, complete in head:
        if not complete:
            joined.append((text, False))
            continue
        if tail is None:
            tail = _sequence(rest)
        joined.extend((text + more, done) for more, done in tail)
    if len(joined) > _MAX_STARTS or any(len(text) > _MAX_LENGTH for text, _ in joined):
        raise _TooMany
    return joined


def _item(op: object, av: object, *, optional_ok: bool = False) -> _Starts:
    """The starts of one parsed item (``[("", False)]`` when it has none worth knowing)."""
    if op is _sre.LITERAL and isinstance(av, int):
        char = chr(av).lower()
        return [(char, True)] if char in _SAFE else _UNKNOWN
    if op is _sre.IN and isinstance(av, list):
        chars: set[str] = set()
        for kind, value in av:
            if kind is _sre.LITERAL:
                chars.add(chr(value).lower())
            elif kind is _sre.RANGE and value[1] - value[0] < 8:
                chars.update(chr(c).lower() for c in range(value[0], value[1] + 1))
            else:
                return _UNKNOWN  # a category, a negation, a wide range
        if not chars or len(chars) > 8 or not chars <= _SAFE:
            return _UNKNOWN
        return [(c, True) for c in sorted(chars)]
    if op is _sre.BRANCH and isinstance(av, tuple):
        found: _Starts = []
        for alternative in av[1]:
            found.extend(_sequence(list(alternative)))
        return found
    if op is _sre.SUBPATTERN and isinstance(av, tuple):
        return _sequence(list(av[-1]))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        group: Any = av  # the group's parsed items
        return _sequence(list(group))
    if op in _REPEATS and isinstance(av, tuple):
        low, high, body = av
        if low < 1 and not optional_ok:
            return _UNKNOWN
        inner = _sequence(list(body))
        if "" in (text for text, _ in inner):
            return _UNKNOWN  # the body itself may be empty
        return inner if (low, high) == (1, 1) else [(text, False) for text, _ in inner]
    return _UNKNOWN


def literal_starts(
    pattern: re.Pattern[str], min_length: int = _MIN_LENGTH
) -> tuple[str, ...] | None:
    r"""Lower-case strings one of which every match of ``pattern`` begins with, if any.

    ``None`` when a match can begin otherwise (with a class of characters such as ``\w``),
    or when the starts are too many, or shorter than ``min_length`` (short ones occur often).
    The analysis reads the pattern's syntax tree; whatever it does not know ends a start early
    (never wrongly).
    """
    try:
        tree = _parse.parse(pattern.pattern, pattern.flags)
        starts = {text for text, _ in _sequence(list(tree.data))}
    except (_TooMany, RecursionError):
        return None
    if not starts or min(map(len, starts)) < max(1, min_length):
        return None
    minimal: list[str] = []
    for start in sorted(starts, key=len):  # a start that begins with another adds nothing
        if not any(start.startswith(shorter) for shorter in minimal):
            minimal.append(start)
    return tuple(sorted(minimal))


def lowered(text: str, lower: str | None = None) -> str | None:
    """``text`` lower-cased, if a :class:`Scanner` may look for starts in it (else ``None``).

    ``lower`` is ``text.lower()``, when the caller has it.
    """
    low = text.lower() if lower is None else lower
    if text.isascii():
        return low  # no odd folds, and the lower case lines up
    if len(low) != len(text) or _ODD_FOLDS.search(text) is not None:
        return None
    return low


class Scanner:
    """A pattern with its literal starts: finds what ``pattern.finditer`` finds, faster."""

    __slots__ = ("pattern", "starts")

    def __init__(self, pattern: re.Pattern[str], min_length: int = _MIN_LENGTH) -> None:
        starts = literal_starts(pattern, min_length)
        if starts is None:
            raise ValueError(f"pattern has no literal starts: {pattern.pattern!r}")
        self.pattern = pattern
        self.starts: tuple[str, ...] = starts

    def finditer(
        self, text: str, start: int, end: int, low: str | None, base: int = 0
    ) -> list[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)``, in order.

        ``low`` is :func:`lowered` of ``text[base:]`` up to at least ``end``, or ``None`` to let
        the engine scan.
        """
        if low is None:
            return list(self.pattern.finditer(text, start, end))
        positions: set[int] = set()
        low_start, low_end = start - base, end - base
        for literal in self.starts:
            at = low.find(literal, low_start, low_end)
            while at != -1:
                positions.add(at)
                at = low.find(literal, at + 1, low_end)
        return matches_at(self.pattern, text, [at + base for at in sorted(positions)], start, end)

    def search(self, text: str, start: int, end: int, low: str | None, base: int = 0) -> bool:
        """Whether ``pattern.search(text, start, end)`` finds anything."""
        if low is None:
            return self.pattern.search(text, start, end) is not None
        low_start, low_end = start - base, end - base
        match = self.pattern.match
        for literal in self.starts:
            at = low.find(literal, low_start, low_end)
            while at != -1:
                if match(text, at + base, end) is not None:
                    return True
                at = low.find(literal, at + 1, low_end)
        return False


# -- Literal clauses: what every match must contain -------------------------------------------

_EXACT_LIMIT = 64  # strings an exact set may hold before it is given up
_MIN_LITERAL = 2  # a clause holding a shorter literal is too weak to keep
_MAX_CLAUSES = 6
_MAX_LITERALS = 12  # a clause of more literals costs more to test than it saves

_Info = tuple[frozenset[str] | None, list[frozenset[str]]]
"""What a part of a pattern matches: the exact lower-case strings (``None``: too many to
know), and clauses of literals (each match of the part holds one literal of every clause)."""

_NOTHING_KNOWN: _Info = (None, [])
_EMPTY: _Info = (frozenset({""}), [])


def _clause_of(info: _Info) -> frozenset[str] | None:
    """The most selective clause a part gives (its exact strings count as one), if any."""
    exact, clauses = info
    candidates = list(clauses)
    if exact is not None and "" not in exact:
        candidates.append(exact)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))


def _info_sequence(items: list[tuple[object, object]]) -> _Info:
    """The strings and clauses of a sequence of parsed items."""
    current: frozenset[str] | None = frozenset({""})  # the strings of the run of known parts
    clauses: list[frozenset[str]] = []
    whole = True  # whether the run is the whole sequence so far
    for op, av in items:
        exact, inner = _info_item(op, av)
        clauses.extend(inner)
        if current is not None and exact is not None and len(current) * len(exact) <= _EXACT_LIMIT:
            current = frozenset(a + b for a in current for b in exact)
            continue
        if current is not None and "" not in current:
            clauses.append(current)  # the run ends: a match holds one of its strings
        current, whole = exact, False
    if whole:
        return current, clauses
    if current is not None and "" not in current:
        clauses.append(current)
    return None, clauses


def _info_item(op: object, av: object) -> _Info:
    """The strings and clauses of one parsed item (nothing known when in doubt)."""
    if op is _sre.LITERAL and isinstance(av, int):
        char = chr(av).lower()
        return (frozenset({char}), []) if char in _SAFE else _NOTHING_KNOWN
    if op is _sre.IN and isinstance(av, list):
        chars: set[str] = set()
        for kind, value in av:
            if kind is not _sre.LITERAL:
                return _NOTHING_KNOWN  # a negation, a range, a category
            chars.add(chr(value).lower())
        if not chars or len(chars) > 8 or not chars <= _SAFE:
            return _NOTHING_KNOWN
        return frozenset(chars), []
    if op in _ZERO_WIDTH:
        return _EMPTY  # an assertion consumes nothing, whatever it looks at
    if op is _sre.SUBPATTERN and isinstance(av, tuple):
        return _info_sequence(list(av[-1]))
    if op is getattr(_sre, "ATOMIC_GROUP", None):
        group: Any = av
        return _info_sequence(list(group))
    if op is _sre.BRANCH and isinstance(av, tuple):
        infos = [_info_sequence(list(alternative)) for alternative in av[1]]
        exacts = [exact for exact, _ in infos]
        if all(exact is not None for exact in exacts):
            union = frozenset().union(*(e for e in exacts if e is not None))
            if len(union) <= _EXACT_LIMIT:
                return union, []
        # A clause every alternative has holds for the branch; so does the union of one
        # clause of each alternative (the case variants of a word share their tails).
        sets = [
            {*clauses, *([exact] if exact is not None and "" not in exact else [])}
            for exact, clauses in infos
        ]
        common = set.intersection(*sets)
        picked = [_clause_of((None, list(clauses - common))) for clauses in sets]
        if all(clause is not None for clause in picked):
            common.add(frozenset().union(*(c for c in picked if c is not None)))
        return None, list(common)
    if op in _REPEATS and isinstance(av, tuple):
        low, high, body = av
        exact, clauses = _info_sequence(list(body))
        if (low, high) == (1, 1):
            return exact, clauses
        if low == 0:
            if high == 1 and exact is not None:
                return exact | {""}, []
            return _NOTHING_KNOWN
        clause = _clause_of((exact, clauses))
        return None, [] if clause is None else [clause]
    return _NOTHING_KNOWN


def _minimal(clause: frozenset[str]) -> tuple[str, ...]:
    """A clause without literals that hold another of its literals (they add nothing)."""
    kept: list[str] = []
    for literal in sorted(clause, key=len):
        if not any(shorter in literal for shorter in kept):
            kept.append(literal)
    return tuple(sorted(kept))


def literal_clauses(
    pattern: re.Pattern[str], max_literals: int = _MAX_LITERALS
) -> tuple[tuple[str, ...], ...]:
    """Clauses of lower-case literals: every match of ``pattern`` holds one of each clause.

    Read from the pattern's syntax, as :func:`literal_starts` reads its starts, and just as
    careful: a part it does not know (a class of characters, a back reference) gives nothing,
    and clauses with literals too short to tell much, or too many to look for quickly, are
    left out.  The quickest clauses to test come first.  ``()`` when nothing can be said.
    """
    try:
        exact, clauses = _info_sequence(list(_parse.parse(pattern.pattern, pattern.flags).data))
    except RecursionError:
        return ()
    if exact is not None and "" not in exact:
        clauses = [*clauses, exact]
    minimal = {_minimal(c) for c in clauses if c and min(map(len, c)) >= _MIN_LITERAL}
    found = [c for c in minimal if len(c) <= max_literals]
    # Each literal of a clause costs a look: short clauses first, then the longer literals.
    ranked = sorted(found, key=lambda c: (len(c), -min(map(len, c)), c))
    return tuple(ranked[:_MAX_CLAUSES])


class Prefilter:
    """A quick test that a pattern cannot match: a clause of its literals none of which occurs.

    ``may_match(low)`` takes :func:`lowered` of the text to be scanned (``None`` passes:
    without it nothing can be told); when it says ``False``, ``pattern.finditer`` over that
    text finds nothing.
    """

    __slots__ = ("clauses",)

    def __init__(self, pattern: re.Pattern[str], max_literals: int = _MAX_LITERALS) -> None:
        self.clauses = literal_clauses(pattern, max_literals)

    def may_match(self, low: str | None) -> bool:
        """Whether every clause has a literal in ``low`` (always, when ``low`` is ``None``)."""
        if low is None:
            return True
        has = low.__contains__
        for clause in self.clauses:  # noqa: SIM110 - faster than all() over a generator
            if not any(map(has, clause)):
                return False
        return True


class Quick:
    """A pattern whose searches first look for its literals (:class:`Prefilter`).

    For patterns searched in short stretches of text that seldom hold a match: a missing
    literal is found much faster than the engine finds no match.  Same results as the
    pattern's own ``search``.
    """

    __slots__ = ("pattern", "prefilter")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.prefilter = Prefilter(pattern, max_literals=64)  # any look beats a slow scan

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """``pattern.search(text, start, end)``, skipped when a literal is missing."""
        end = len(text) if end is None else min(end, len(text))
        if not self.prefilter.may_match(lowered(text[start:end])):
            return None
        return self.pattern.search(text, start, end)
