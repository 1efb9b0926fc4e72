"""Text plumbing for the extractor: sentences with their offsets, and small span helpers.

Every function here works on the article text itself and returns offsets into it, so that
provenance quotes are always ``text[start:end]``.  All scanning is linear: a sentence is never
longer than :data:`MAX_SENTENCE` characters, which bounds the work any later pattern does on it.
"""

from __future__ import annotations

import re

import attrs

__all__ = [
    "MAX_SENTENCE",
    "Sentence",
    "clause_bounds",
    "split_sentences",
    "trim_span",
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


def split_sentences(text: str) -> list[Sentence]:
    """Split ``text`` into sentences; each line (paragraph) is split on its own."""
    sentences: list[Sentence] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        line_start, line_end = line.span()
        start = line_start
        for boundary in _BOUNDARY.finditer(text, line_start, line_end):
            cut = boundary.start() + len(boundary.group(0).rstrip())
            period_end = boundary.start() + 1
            if text[boundary.start()] == "." and _is_abbreviation(
                text, boundary.start(), line_start
            ):
                continue
            if period_end - start < 2:
                continue
            for piece in _cut_long(start, cut, text):
                _add(sentences, text, piece, paragraph)
            start = boundary.end()
        if start < line_end:
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
