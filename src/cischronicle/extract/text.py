"""Text: the article split into sentences, and its language.

Every offset is into the article text itself, so provenance quotes are ``text[start:end]``.
A line is a paragraph and is split on its own; a sentence ends at ``. ! ? …`` (with closing
quotes or brackets) before a space and a capital, digit or opening quote, unless the period
ends an abbreviation or an initial.  Sentences longer than :data:`MAX_SENTENCE` are cut at a
space, which bounds the work any later stage does on one sentence.

The language is found by a statistical detector (``py3langid``) over the text's letters,
restricted to languages of news about these bodies; a text in Cyrillic script that the
detector does not call Russian is still checked for Russian before it is given up.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from .model import Document, Sentence

__all__ = [
    "MAX_SENTENCE",
    "clause_bounds",
    "detect_language",
    "read_document",
    "russian_morphology",
    "split_sentences",
]

MAX_SENTENCE = 1200
"""Sentences longer than this are cut at a space: news sentences are much shorter."""

_ABBREVIATIONS = frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mr mrs ms dr st no nos vs etc gen col lt
    prof jr sr inc ltd co corp dept gov sen rep approx art para fig vol pp ed eds e.g i.e cf
    г гг ул им т тыс млн млрд
    """.split()  # noqa: SIM905 - a block of words reads better than a long list
)

_LINE = re.compile(r"[^\n]+")
# A run of stops is taken whole from its first character (atomically): a long run of "?"
# costs one pass, not one per starting character.
_BOUNDARY = re.compile(
    r"""(?<![.!?…])(?>[.!?…]+)["'”’»)\]]*(?:\s+(?=["'“‘«(\[]?[A-ZА-ЯЁ0-9])|(?=[A-ZА-ЯЁ][a-zа-яё]))"""
)
_WORD_BEFORE = re.compile(r"([\w.]{1,12})$")
_ACRONYM = re.compile(r"(?:[A-ZА-ЯЁ]\.)+[A-ZА-ЯЁ]")  # "U.S.", initials "С.В."


_LIST_MARK = re.compile(r"\s*\d{1,2}[.)]\s*")


def _is_abbreviation(text: str, cut: int, line_start: int) -> bool:
    """Whether the period at ``cut`` ends an abbreviation or an initial ("U.S.", "V. Putin")."""
    match = _WORD_BEFORE.search(text, max(line_start, cut - 12), cut)
    if match is None:
        return False
    word = match.group(1).rstrip(".")
    if not word:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():
        return True
    if _ACRONYM.fullmatch(word):
        return True
    last = word.rsplit(".", 1)[-1].lower()
    return last in _ABBREVIATIONS or word.lower() in _ABBREVIATIONS


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        limit = start + MAX_SENTENCE
        space = text.rfind(" ", start + MAX_SENTENCE // 2, limit)
        cut = space + 1 if space != -1 else limit
        pieces.append((start, cut))
        start = cut
    pieces.append((start, end))
    return pieces


def split_sentences(text: str) -> tuple[Sentence, ...]:
    """The sentences of ``text``, each line (paragraph) split on its own."""
    spans: list[tuple[int, int, int]] = []
    for paragraph, line in enumerate(_LINE.finditer(text)):
        line_start, line_end = line.span()
        start = line_start
        for boundary in _BOUNDARY.finditer(text, line_start, line_end):
            at = boundary.start()
            if text[at] == "." and _is_abbreviation(text, at, line_start):
                continue
            if _LIST_MARK.fullmatch(text, line_start, boundary.end()):
                continue  # "1. Statement by ...": a numbered item's mark, not a sentence
            if at + 1 - start < 2:
                continue
            cut = at + len(boundary.group(0).rstrip())
            spans.extend((s, e, paragraph) for s, e in _pieces(text, start, cut))
            start = boundary.end()
        if start < line_end:
            spans.extend((s, e, paragraph) for s, e in _pieces(text, start, line_end))
    sentences: list[Sentence] = []
    for start, end, paragraph in spans:
        start, end = _trim(text, start, end)
        if end > start:
            sentences.append(Sentence(len(sentences), start, end, paragraph))
    return tuple(sentences)


# A dash between two lower-case words joins a compound ("стран — членов", "state - owned"):
# no cut there.  Case matters, so the pattern is case-sensitive.
_CLAUSE_BREAK = re.compile(
    r";|(?<![a-zа-яё])\s[-–—]\s|(?<=[a-z])\s[-–—]\s(?![a-zа-яё])"
    r"|(?<=[а-яё])\s[-–—]\s(?![a-zа-яё\d])|:\s"
    r"|,\s(?=(?:which|while|whereas|but|however|where|although|when|after|before"
    r"|who|что|чтобы|котор\w+|где|когда|после|но|а(?!\s+также))\b)"  # "а также" coordinates
)


def clause_bounds(text: str, start: int, end: int, position: int) -> tuple[int, int]:
    """The bounds (offsets into ``text``) of the clause of ``text[start:end]`` at ``position``.

    Clauses are cut at semicolons, dashes (not a hyphen between two lower-case words, "стран -
    участниц", nor a Russian dash between a word and a number, which tells the day of what is
    before it, "провести очно – 28 мая в Баку"), colons, and before a comma that opens a
    subordinate or contrasting clause ("..., which", "..., while", "..., который", "...,
    чтобы").  Brackets are parentheticals, not cuts.
    """
    low, high = start, end
    for match in _CLAUSE_BREAK.finditer(text, start, end):
        if match.end() <= position:
            low = match.end()
        elif match.start() >= position:
            high = match.start()
            break
    return low, high


# --- language ---------------------------------------------------------------------------

_LANGUAGES = ("en", "ru", "uk", "be", "kk", "ky", "uz", "az", "hy", "ka", "tk", "tg", "ro",
              "pl", "de", "fr", "es", "it", "tr", "lt", "lv", "et", "bg", "sr", "cs")  # fmt: skip
"""Languages the detector chooses among: those news about these bodies is written in."""

_LETTERS = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[а-яё]", re.IGNORECASE)
_MAX_SAMPLE = 20_000


@functools.cache
def _identifier() -> object:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier  # lazy: loads a model

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE)
    identifier.set_languages(list(_LANGUAGES))
    return identifier


def detect_language(text: str) -> str:
    """The ISO 639-1 code of the text's language (``en`` when there are too few letters)."""
    sample = " ".join(_LETTERS.findall(text[:_MAX_SAMPLE]))
    if len(sample) < 12:
        return "en"
    language, _ = _identifier().classify(sample)  # type: ignore[attr-defined]
    code = str(language)
    if code in ("uk", "be", "bg", "sr", "kk", "ky", "tg") and _russian_share(sample) > 0.5:
        return "ru"  # short Russian texts are sometimes given to a neighbour
    return code


_RU_ONLY = re.compile(r"[ыэъё]", re.IGNORECASE)
_NOT_RU = re.compile(r"[іїєўґәғқңөұүһҳҷӣ]", re.IGNORECASE)


def _russian_share(sample: str) -> float:
    """The share of Cyrillic words that use no letter foreign to Russian."""
    words = [w for w in sample.split() if _CYRILLIC.search(w)]
    if not words:
        return 0.0
    return sum(1 for w in words if not _NOT_RU.search(w)) / len(words)


def read_document(text: str, *, language: str | None = None) -> Document:
    """The :class:`Document` of an article text: its sentences and (detected) language."""
    return Document(text, split_sentences(text), language or detect_language(text))


@functools.cache
def russian_morphology() -> Any:
    """The one analyser of Russian words (``pymorphy3``), loaded once, on first use.

    Every stage that reads Russian forms (places, predicates, decisions) asks it: one set of
    dictionaries in memory.
    """
    import pymorphy3  # lazy: the dictionaries take a moment to load

    return pymorphy3.MorphAnalyzer()


@functools.lru_cache(maxsize=1 << 14)
def russian_readings(word: str) -> frozenset[frozenset[str]]:
    """The grammemes of every reading of a Russian word form, cached.

    "Главы" is a genitive singular and a nominative plural: the stages that ask what case or
    number a word may be in ask here.
    """
    return frozenset(
        frozenset(str(g) for g in p.tag.grammemes)
        for p in russian_morphology().parse(word.lower())
    )
