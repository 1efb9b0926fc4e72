"""Reading article files: text, the optional corpus header, and clear errors for bad input.

An article file is UTF-8 text (see ``docs/articles.md``).  A UTF-8 byte order mark at the
start is dropped.  The file may then start with a small header of ``key: value`` lines ending
in a line ``---`` (as in the development corpus); the **article text** is everything after
that line.  Provenance offsets count code points of that text, and ``ArticleRecorded.sha256``
is the SHA-256 of its UTF-8 bytes: both refer to the same text, never to the file's bytes.
The article id is the file name without its extension, and must be in the safe set
:data:`ARTICLE_ID_PATTERN` (it names a log file and is printed on terminals).

Bad files are refused with a specific :class:`ArticleError`, never anything else: empty
(:class:`EmptyArticleError`), binary (:class:`BinaryArticleError`: NUL bytes, or control
characters making up more than :data:`MAX_CONTROL_FRACTION` of the text), not UTF-8
(:class:`ArticleEncodingError`, with the line and byte offset of the first bad byte), and
larger than :data:`MAX_ARTICLE_BYTES` (:class:`ArticleTooLargeError`).  Every check is one
linear pass over the bytes, so a file of tens of megabytes is read in time linear in its size.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import BinaryIO

import attrs

from .errors import (
    ArticleEncodingError,
    ArticleTooLargeError,
    BinaryArticleError,
    EmptyArticleError,
    InvalidArticleIdError,
    PathNotFoundError,
    UsageError,
)

__all__ = [
    "ARTICLE_ID_PATTERN",
    "MAX_ARTICLE_BYTES",
    "MAX_ARTICLE_ID_LENGTH",
    "MAX_CONTROL_FRACTION",
    "ArticleFile",
    "check_article_id",
    "open_regular",
    "parse_article",
    "read_article",
]

MAX_ARTICLE_ID_LENGTH = 128
"""The longest article id accepted (a log is named ``<id>.jsonl``; file names stop at 255)."""

ARTICLE_ID_PATTERN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9._-]{0,127}")
"""The safe article ids: ASCII letters, digits, ``.``, ``_`` and ``-``; 1 to 128 characters;
not starting with ``.`` (hidden files, ``..``) or ``-`` (read as an option by commands)."""


def check_article_id(article: object, *, path: str | None = None) -> str:
    """Return ``article`` if it is a safe article id; else raise :class:`InvalidArticleIdError`.

    ``path`` names the file the id came from, for the message.
    """
    if not isinstance(article, str) or ARTICLE_ID_PATTERN.fullmatch(article) is None:
        shown = repr(article)
        if len(shown) > 80:
            shown = shown[:77] + "..."
        raise InvalidArticleIdError(
            f"article id {shown} is not safe: use 1 to {MAX_ARTICLE_ID_LENGTH} ASCII letters,"
            " digits, '.', '_' or '-', not starting with '.' or '-'",
            path=path,
        )
    return article

MAX_ARTICLE_BYTES = 64 * 1024 * 1024
"""Article files larger than this are refused (news articles are a few kilobytes)."""

MAX_CONTROL_FRACTION = 0.01
"""Text with more control characters than this fraction (and at least 8) is taken as binary."""

_HEADER_MAX_LINES = 20

# C0 controls other than tab, newline, vertical tab, form feed and carriage return; and DEL.
_CONTROL = re.compile(r"[\x01-\x08\x0e-\x1f\x7f]")
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")


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


def _line_of(raw: bytes, offset: int) -> int:
    return raw.count(b"\n", 0, offset) + 1


def parse_article(
    raw: bytes, *, article: str, path: str | None = None, header: bool = True
) -> ArticleFile:
    """Decode an article's bytes and strip its header (``header=False``: there is none).

    Raises an :class:`ArticleError` subclass for empty, binary, non-UTF-8 or too large
    input, carrying ``path`` and, where one byte is at fault, its line and offset.
    """
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ArticleTooLargeError(
            f"article is {len(raw)} bytes, more than the {MAX_ARTICLE_BYTES} allowed", path=path
        )
    if not raw.strip():
        raise EmptyArticleError("article is empty", path=path)
    if raw.startswith(_UTF16_BOMS):
        raise ArticleEncodingError(
            "article is UTF-16 (it starts with a UTF-16 byte order mark), not UTF-8",
            path=path,
            line=1,
            offset=0,
        )
    nul = raw.find(b"\x00")
    if nul != -1:
        raise BinaryArticleError(
            "article is binary (contains NUL bytes)",
            path=path,
            line=_line_of(raw, nul),
            offset=nul,
        )
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ArticleEncodingError(
            "article is not UTF-8 text", path=path, line=_line_of(raw, exc.start), offset=exc.start
        ) from None
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip():
        raise EmptyArticleError("article is empty", path=path)
    controls = len(_CONTROL.findall(text))
    if controls >= 8 and controls > MAX_CONTROL_FRACTION * len(text):
        raise BinaryArticleError(
            f"article is binary ({controls} control characters in {len(text)})", path=path
        )
    fields, body = _split_header(text) if header else ({}, text)
    if not body.strip():
        raise EmptyArticleError("article has a header but no text", path=path)
    return ArticleFile(article, body, fields, path)


def open_regular(
    path: Path, *, missing: str, folder: str = "is not a regular file"
) -> tuple[BinaryIO, os.stat_result]:
    """Open a regular file for reading, never waiting on it, with its status.

    Non-blocking, then a check of what was opened: a FIFO named like an article or a feed
    never hangs the reader.  A missing path raises :class:`PathNotFoundError` (``missing``),
    a folder or any other non-regular file :class:`UsageError`.
    """
    try:
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK)
    except FileNotFoundError:
        raise PathNotFoundError(missing, path=str(path)) from None
    except OSError as exc:
        raise UsageError(f"cannot read: {exc.strerror}", path=str(path)) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        what = folder if stat.S_ISDIR(info.st_mode) else "is not a regular file"
        raise UsageError(what, path=str(path))
    return os.fdopen(fd, "rb"), info


def read_article(path: str | os.PathLike[str]) -> ArticleFile:
    """Read one article file; the id is the file name without its extension.

    A missing path raises :class:`PathNotFoundError`, a folder or other non-regular file (a
    FIFO, a device) :class:`UsageError` without waiting on it, a file name outside the safe
    set :class:`InvalidArticleIdError`; the content is checked by :func:`parse_article`.
    """
    file = Path(path)
    check_article_id(file.stem, path=str(file))
    handle, info = open_regular(file, missing="no such file",
                                folder="is a folder, not an article file")  # fmt: skip
    with handle:
        if info.st_size > MAX_ARTICLE_BYTES:
            raise ArticleTooLargeError(
                f"article is {info.st_size} bytes, more than the {MAX_ARTICLE_BYTES} allowed",
                path=str(file),
            )
        try:
            raw = handle.read(MAX_ARTICLE_BYTES + 1)  # the file may grow after fstat
        except OSError as exc:
            raise UsageError(f"cannot read: {exc.strerror}", path=str(file)) from None
    return parse_article(raw, article=file.stem, path=str(file))
