"""Text plumbing for the extractor: sentences with their offsets, and small span helpers.

Every function here works on the article text itself and returns offsets into it, so that
provenance quotes are always ``text[start:end]``.  All scanning is linear: a sentence is never
longer than :data:`MAX_SENTENCE` characters, which bounds the work any later pattern does on it.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Iterable

import attrs

__all__ = [
    "MAX_SENTENCE",
    "Sentence",
    "Gate",
    "GateIndex",
    "at_word_start",
    "clause_bounds",
    "last_words",
    "last_words_only",
    "literal_tree",
    "matches_at",
    "split_sentences",
    "trim_span",
    "words_first",
    "words_in_sentences",
    "words_present",
]

MAX_SENTENCE = 1200
"""Sentences longer than this are cut (at a space where possible): news sentences are shorter."""

# Words whose trailing period does not end a sentence.
_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no nos vs etc gen col lt
    prof jr sr inc ltd co corp dept gov sen rep approx art para fig vol pp ed eds e.g i.e cf
    г гг ул им
    """.split()  # noqa: SIM905 - a block of words reads better than a long list
)

_LINE = re.compile(r"[^\n]+")
# A sentence ends at . ! ? (and closing quotes/brackets) followed by space and a capital,
# a digit or an opening quote; or at a period glued to a capitalised word ("Eurasia.The").
_BOUNDARY = re.compile(
    r"""[.!?…]+["'”’»)\]]*(?:\s+(?=["'“‘«(\[]?[A-ZА-ЯЁ0-9])|(?=[A-ZА-ЯЁ][a-zа-яё]))"""
)
_WORD_BEFORE = re.compile(r"([\w.]+)[.!?…]*$")
_ACRONYM = re.compile(r"(?:[A-Z]\.)+[A-Z]")


@attrs.frozen
class Sentence:
    """A sentence of the article: its offsets, its text and its paragraph number."""

    start: int
    end: int
    text: str
    paragraph: int

    def __len__(self) -> int:
        return self.end - self.start


def _is_abbreviation(text: str, cut: int, line_start: int) -> bool:
    """Whether the period ending at ``cut`` belongs to an abbreviation or an initial."""
    window = text[max(line_start, cut - 12) : cut]
    match = _WORD_BEFORE.search(window)
    if match is None:
        return False
    word = match.group(1).rstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True  # an initial: "S. Lebedev", "V.Makei"
    if _ACRONYM.fullmatch(word):
        return True  # "U.S.", "U.N."
    last = word.rsplit(".", 1)[-1].lower()
    return last in _ABBREVIATIONS or word.lower() in _ABBREVIATIONS


def _cut_long(start: int, end: int, text: str) -> list[tuple[int, int]]:
    """Cut ``text[start:end]`` into pieces of at most MAX_SENTENCE characters."""
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        space = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = space + 1 if space != -1 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


_ENDS = (".", "!", "?", "…")  # what a _BOUNDARY match starts with


def _boundaries(text: str, start: int, end: int, ends: list[int]) -> list[re.Match[str]]:
    """``_BOUNDARY.finditer(text, start, end)``, tried only where ``ends`` (sorted) are.

    ``ends`` holds the positions of the characters a boundary starts with (``_ENDS``); the
    engine would try every character of the line, and fail on all the others at once.
    """
    lower, upper = bisect.bisect_left(ends, start), bisect.bisect_left(ends, end)
    return matches_at(_BOUNDARY, text, ends[lower:upper], start, end)


def matches_at(
    pattern: re.Pattern[str], text: str, positions: Iterable[int], start: int, end: int
) -> list[re.Match[str]]:
    """``pattern.finditer(text, start, end)``, tried only at ``positions`` (in order).

    Exactly the scan's matches when every match of the pattern starts at one of the
    positions: they are tried in order, and those inside a match are passed over, as the
    engine goes on after each match.
    """
    found: list[re.Match[str]] = []
    resume = start
    match = pattern.match
    for position in positions:
        if position < resume:
            continue  # inside the last match: the engine goes on after it
        result = match(text, position, end)
        if result is not None:
            found.append(result)
            resume = result.end()
    return found


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each line (paragraph) is split on its own."""
    sentences: list[Sentence] = []
    ends: list[int] = []
    for char in _ENDS:
        at = text.find(char)
        while at != -1:
            ends.append(at)
            at = text.find(char, at + 1)
    ends.sort()
    for paragraph, line in enumerate(_LINE.finditer(text)):
        line_start, line_end = line.span()
        start = line_start
        for boundary in _boundaries(text, line_start, line_end, ends):
            cut = boundary.start() + len(boundary.group(0).rstrip())
            period_end = boundary.start() + 1
            if text[boundary.start()] == "." and _is_abbreviation(
                text, boundary.start(), line_start
            ):
                continue
            if period_end - start < 2:
                continue
            if cut - start <= MAX_SENTENCE:
                _add(sentences, text, (start, cut), paragraph)
            else:
                for piece in _cut_long(start, cut, text):
                    _add(sentences, text, piece, paragraph)
            start = boundary.end()
        if start < line_end:
            if line_end - start <= MAX_SENTENCE:
                _add(sentences, text, (start, line_end), paragraph)
            else:
                for piece in _cut_long(start, line_end, text):
                    _add(sentences, text, piece, paragraph)
    return sentences


def _add(sentences: list[Sentence], text: str, span: tuple[int, int], paragraph: int) -> None:
    start, end = trim_span(text, *span)
    if end > start:
        sentences.append(Sentence(start, end, text[start:end], paragraph))


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``start..end`` so that it neither starts nor ends with whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_CLAUSE_BREAK = re.compile(r";|\s[–—-]\s|:\s|,\s(?=(?:which|while|whereas|but|where|although)\b)")


def clause_bounds(sentence: str, position: int) -> tuple[int, int]:
    """The bounds (relative to the sentence) of the clause holding ``position``."""
    start, end = 0, len(sentence)
    for match in _CLAUSE_BREAK.finditer(sentence):
        if match.end() <= position:
            start = match.end()
        elif match.start() >= position:
            end = match.start()
            break
    return start, end


_KEY = 8
_TOKENS = re.compile(r"\w+")
_DIGIT = re.compile(r"\d")


_LENGTHS = (3, 5, _KEY)  # keys are cut to one of these lengths: fewer starts to compute
_FIRST_3, _FIRST_5, _FIRST_8 = (operator.itemgetter(slice(0, n)) for n in _LENGTHS)
# Two-letter keys ("at", "in", "на") are whole words: a word's first eight letters hold them.
_SEPARATOR = re.compile("[" + re.escape("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~«»“”„‘’‚–—…·•") + "]")
_GATE_KEYS: set[str] = set()
"""Every key of every :class:`Gate` made."""
_GATE_HEADS: set[str] = set()
"""The first three letters (or all, when fewer) of those keys."""


def _gate_key(word: str) -> str:
    first = re.split(r"[\s-]+", word.strip().lower())[0]
    if len(first) < _LENGTHS[0]:
        return first
    return first[: max(n for n in _LENGTHS if n <= len(first))]


class Gate:
    """A cheap test that a pattern can match: the text has a word starting with one of some keys.

    A gate is given the lower-case words every match of its pattern contains at least one
    of; only the start of each (its first word, up to eight letters) is kept as a key, and
    ``"#digit"`` stands for any digit.  A gate without keys is always open.  Gates are tested
    against :func:`words_present`, computed once per sentence, which is much cheaper than
    running the patterns.
    """

    __slots__ = ("keys",)

    def __init__(self, words: tuple[str, ...]) -> None:
        self.keys = frozenset(w if w == "#digit" else _gate_key(w) for w in words)
        """The word starts (hot loops test ``keys and keys.isdisjoint(present)`` inline)."""
        _GATE_KEYS.update(self.keys)
        _GATE_HEADS.update(key[:3] for key in self.keys if key != "#digit")

    def open(self, present: frozenset[str]) -> bool:
        """Whether one of the keys is among the ``present`` word starts."""
        return not self.keys or not self.keys.isdisjoint(present)


def words_present(text: str) -> frozenset[str]:
    """The starts (3, 5 and 8 letters) of every word of ``text``, lower-cased.

    Also ``"#digit"`` when the text holds a digit.  Gates test their keys against this.
    """
    tokens = set(_SEPARATOR.sub(" ", text.lower()).split())
    # Slicing with itemgetter keeps the loops in C; ``t[:8]`` of a short token is the token.
    found = set(map(_FIRST_3, tokens))
    found.update(map(_FIRST_5, tokens))
    found.update(map(_FIRST_8, tokens))
    if _DIGIT.search(text):
        found.add("#digit")
    return frozenset(found)


def words_in_sentences(
    text: str, sentences: list[Sentence], lower: str | None = None
) -> list[frozenset[str]]:
    """:func:`words_present` of each sentence, as far as any :class:`Gate` can tell.

    The text is lower-cased once, each distinct word is looked at once, and only the words
    that begin like some gate's key give their starts, so each set agrees with
    :func:`words_present` of its sentence on every gate key and on ``"#digit"`` (all a gate
    looks at), for much less work: the loops over words stay in C.  A text whose lower case
    does not line up with it is read sentence by sentence.  ``lower`` is ``text.lower()``, when
    the caller has it.
    """
    low = text.lower() if lower is None else lower
    if len(low) != len(text):
        return [words_present(s.text) for s in sentences]
    spaced = _SEPARATOR.sub(" ", low)
    words = [spaced[s.start : s.end].split() for s in sentences]
    distinct = list(set(itertools.chain.from_iterable(words)))
    relevant = itertools.compress(distinct, map(_GATE_HEADS.__contains__, map(_FIRST_3, distinct)))
    starts = {word: (word[:3], word[:5], word[:8]) for word in relevant}
    # A digit is in a word that is not all letters (separators and spaces hold none).
    digits = {w for w in itertools.filterfalse(str.isalpha, distinct) if _DIGIT.search(w)}
    starts_of = starts.__getitem__
    result = []
    for sentence_words in words:
        kept = starts.keys() & sentence_words
        found = set(itertools.chain.from_iterable(map(starts_of, kept)))
        if digits and not digits.isdisjoint(sentence_words):
            found.add("#digit")
        result.append(frozenset(found))
    return result


_LEADING_WORD = re.compile(r"[^\W\d_]+")


def words_first(alternatives: tuple[str, ...]) -> str:
    r"""A regular alternation whose every branch starts with a plain literal word.

    Each alternative is a pattern fragment that starts with a word ("has\\s+been"); that word
    is spelled out in lower, Title and UPPER case and the rest is matched ignoring case.  A
    pattern that starts with literals lets the regular expression engine skip ahead to the
    places where one of them occurs, which makes it many times faster than a case-insensitive
    pattern starting with ``\\b``.  (Callers check the word boundary before a match.)

    The branches are arranged as a tree of their literal words (:func:`literal_tree`), which
    the engine walks much faster than a flat list of branches; the matches are the same.
    """
    branches: list[tuple[str, str]] = []
    for alternative in alternatives:
        match = _LEADING_WORD.match(alternative)
        if match is None:
            raise ValueError(f"alternative must start with a word: {alternative!r}")
        word, rest = match.group(0), alternative[match.end() :]
        if rest[:1] in ("?", "*", "+", "{"):  # "governments?": the "s" is quantified
            word, rest = word[:-1], word[-1] + rest
            if not word:
                raise ValueError(f"alternative must start with a word: {alternative!r}")
        tail = f"(?i:{rest})" if rest else ""
        for variant in dict.fromkeys((word.lower(), word.capitalize(), word.upper())):
            branches.append((variant, tail))
    return literal_tree(branches)


def literal_tree(branches: list[tuple[str, str]]) -> str:
    r"""An alternation of ``literal + pattern`` branches, as a tree of the literals' letters.

    ``[("meeting", "\b"), ("meets", ""), ("session", "")]`` gives
    ``(?:mee(?:ting\b|ts)|session)``.  The regular expression engine tries the branches of an
    alternation one by one at every place; grouped by their first letters it tries a handful.
    Branches whose literals start differently never match at the same place, so grouping them
    finds the same matches as the flat alternation, first branch first; where a literal ends
    inside a group (so its pattern might start like another's literal), that level keeps the
    original order instead.
    """
    return "(?:" + _tree(branches)[0] + ")"


def _tree(branches: list[tuple[str, str]]) -> tuple[str, bool]:
    """The alternation of ``branches`` and whether it is a single branch (needs no group)."""
    if len(branches) == 1:
        literal, rest = branches[0]
        return re.escape(literal) + rest, not _has_top_level_bar(rest)
    if any(not literal for literal, _ in branches):
        return "|".join(re.escape(literal) + rest for literal, rest in branches), False
    groups: dict[str, list[tuple[str, str]]] = {}
    for literal, rest in branches:
        groups.setdefault(literal[0], []).append((literal[1:], rest))
    parts = []
    for first, group in groups.items():
        inner, single = _tree(group)
        parts.append(re.escape(first) + (inner if single else f"(?:{inner})"))
    return "|".join(parts), len(parts) == 1


def _has_top_level_bar(pattern: str) -> bool:
    """Whether ``pattern`` is an alternation at its top level (a ``|`` outside groups)."""
    depth, index, in_class = 0, 0, False
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern[index + 1 : index + 2] == "]":
                index += 1  # "[]...]": the first "]" is a member
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return True
        index += 1
    return False


def at_word_start(text: str, position: int) -> bool:
    """Whether ``position`` starts a word (nothing alphanumeric right before it)."""
    return position == 0 or not (text[position - 1].isalnum() or text[position - 1] == "_")


_MEMO_LIMIT = 4096


class GateIndex:
    """Which of a list of gated patterns can match, found from the words present at once.

    Built from each pattern's :class:`Gate`; :meth:`open` returns the indices (in order) of
    the patterns whose gate is open, by intersecting the present word starts with all keys
    (one set operation) instead of testing every gate.
    """

    __slots__ = ("_always", "_by_key", "_keys", "_memo")

    def __init__(self, gates: list[Gate]) -> None:
        self._by_key: dict[str, list[int]] = {}
        self._always = tuple(i for i, gate in enumerate(gates) if not gate.keys)
        for index, gate in enumerate(gates):
            for key in gate.keys:
                self._by_key.setdefault(key, []).append(index)
        self._keys = frozenset(self._by_key)
        self._memo: dict[frozenset[str], tuple[int, ...]] = {}

    def open(self, present: frozenset[str]) -> tuple[int, ...]:
        """The indices of the patterns that can match, in their original order."""
        hit = self._keys & present
        if not hit:
            return self._always
        known = self._memo.get(hit)
        if known is not None:
            return known
        found = set(self._always)
        for key in hit:
            found.update(self._by_key[key])
        result = tuple(sorted(found))
        if len(self._memo) >= _MEMO_LIMIT:
            self._memo.clear()  # bounded: the same few key sets recur from text to text
        self._memo[hit] = result
        return result


def last_words(text: str, low: int, position: int, count: int) -> list[tuple[int, str]]:
    """The last ``count`` words before ``position`` (not before ``low``): (start, lower word).

    Looking back a few words is much cheaper than searching a window with a pattern anchored
    at its end.  Words are runs of characters other than white space and opening brackets or
    quotes, so "(meeting" gives "meeting".
    """
    segment = text[low:position]
    parts = segment.split()[-count:]
    words: list[tuple[int, str]] = []
    end = len(segment)
    for part in reversed(parts):
        at = segment.rfind(part, 0, end)
        end = at
        stripped = part.lstrip('(“"«')
        words.append((low + at + len(part) - len(stripped), stripped.lower()))
    words.reverse()
    return words


def last_words_only(text: str, low: int, position: int, count: int) -> list[str]:
    """The words of :func:`last_words`, without their positions (much cheaper)."""
    return [part.lstrip('(“"«').lower() for part in text[low:position].split()[-count:]]
