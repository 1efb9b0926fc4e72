"""Reading article files: text, the optional corpus header, and clear errors for bad input.

An article file is UTF-8 text.  It may start with a small header of ``key: value`` lines
ending in a line ``---`` (as in the development corpus); the article text is everything
after that line, and offsets in provenance count from there.  The article id is the file name
without its extension.
"""

from __future__ import annotations

import os
from pathlib import Path

import attrs

from .errors import ArticleError, UsageError

__all__ = ["MAX_ARTICLE_BYTES", "ArticleFile", "parse_article", "read_article"]

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
"""Article files larger than this are refused (news articles are a few kilobytes)."""

_HEADER_MAX_LINES = 20


@attrs.frozen
class ArticleFile:
    """An article read from a file: its id, text (after any header) and header fields."""

    article: str
    text: str
    header: dict[str, str] = attrs.field(factory=dict)
    path: str | None = None


def _split_header(text: str) -> tuple[dict[str, str], str]:
    """Split a leading ``key: value`` header ended by a ``---`` line, if there is one."""
    lines = text.split("\n", _HEADER_MAX_LINES + 1)
    header: dict[str, str] = {}
    consumed = 0
    for line in lines[: _HEADER_MAX_LINES + 1]:
        consumed += len(line) + 1
        if line.rstrip("\r") == "---":
            return header, text[consumed:]
        key, sep, value = line.partition(":")
        if not sep or not key.strip() or " " in key.strip():
            return {}, text
        header[key.strip()] = value.strip()
    return {}, text


def parse_article(raw: bytes, *, article: str, path: str | None = None) -> ArticleFile:
    """Decode an article's bytes; raise :class:`ArticleError` for empty, binary or non-UTF-8."""
    if not raw.strip():
        raise ArticleError("article is empty", path=path)
    nul = raw.find(b"\x00")
    if nul != -1:
        raise ArticleError("article is binary (contains NUL bytes)", path=path, offset=nul)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise ArticleError(
            "article is not UTF-8 text", path=path, line=line, offset=exc.start
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    header, body = _split_header(text)
    if not body.strip():
        raise ArticleError("article has a header but no text", path=path)
    return ArticleFile(article, body, header, path)


def read_article(path: str | os.PathLike[str]) -> ArticleFile:
    """Read one article file; the id is the file name without its extension."""
    file = Path(path)
    try:
        size = file.stat().st_size
    except FileNotFoundError:
        raise UsageError("no such file", path=str(file)) from None
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror}", path=str(file)) from None
    if file.is_dir():
        raise UsageError("is a folder, not an article file", path=str(file))
    if size > MAX_ARTICLE_BYTES:
        raise ArticleError(
            f"article is {size} bytes, more than the {MAX_ARTICLE_BYTES} allowed", path=str(file)
        )
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror}", path=str(file)) from None
    return parse_article(raw, article=file.stem, path=str(file))
