"""Where articles come from: article files, folders of them, and JSON Lines feeds.

:func:`read_sources` reads every path an ``ingest`` is given into :class:`ArticleInput`
records, in a deterministic order (the paths as given; a folder's files sorted by their path
relative to it), before anything is extracted or written:

- a **file** is one article (see :func:`cischronicle.articles.read_article`), unless its name
  ends in ``.jsonl``: then it is a feed;
- a **folder** is read recursively for the files whose name matches ``glob`` (default
  ``*.txt``, :func:`fnmatch.fnmatch` rules on the name alone), not following symbolic links
  to folders;
- ``-`` is a feed read from standard input.

A **feed** holds one JSON object per line: ``id`` and ``text`` (required strings),
``published`` (an ISO date ``YYYY-MM-DD``, or a date and time of which the day is kept),
``url``, ``title`` and ``language`` (a two-letter ISO 639-1 code), all optional; blank lines
are skipped and other keys are ignored.  A feed's publication date is the article's document
time: it is given to the extractor and recorded on the ``ArticleRecorded`` as the source gave
it, and the ``url``, ``title`` and ``language`` are recorded there too.  Ids follow the safe
article id rule (:data:`cischronicle.articles.ARTICLE_ID_PATTERN`).  A bad line (not JSON, not
an object, no text, a wrong type, an unsafe id, a bad date) is an error naming the feed and
the line.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import attrs
import orjson

from .articles import (
    MAX_ARTICLE_BYTES,
    check_article_id,
    open_regular,
    parse_article,
    read_article,
)
from .errors import ArticleError, ChronicleError, PathNotFoundError, UsageError

__all__ = [
    "DEFAULT_GLOB",
    "STDIN",
    "ArticleInput",
    "Failure",
    "article_files",
    "read_feed",
    "read_sources",
]

DEFAULT_GLOB = "*.txt"
"""The file names a folder is read for by default."""

STDIN = "-"
"""The path that names a feed read from standard input."""

_FEED_SUFFIX = ".jsonl"
_OPTIONAL = ("url", "title", "language")


@attrs.frozen(kw_only=True)
class ArticleInput:
    """One article to extract: its id, text, and what its source says about it.

    ``where`` names the file (or ``feed:line``) it came from, for messages; ``published``,
    ``url``, ``title`` and ``language`` are ``None`` unless a feed gave them.
    """

    article: str
    text: str
    where: str
    published: _dt.date | None = None
    url: str | None = None
    title: str | None = None
    language: str | None = None


@attrs.frozen
class Failure:
    """An article (or a feed line) that could not be read or extracted, and why."""

    where: str
    reason: str
    article: str | None = None


def _is_feed(path: Path) -> bool:
    return path.name.endswith(_FEED_SUFFIX)


def _folder_files(root: Path, glob: str) -> list[Path]:
    """The files under ``root`` whose name matches ``glob``, sorted by relative path."""
    found: list[Path] = []
    errors: list[OSError] = []
    for folder, dirs, files in os.walk(root, onerror=errors.append, followlinks=False):
        dirs.sort()
        for name in files:
            path = Path(folder, name)
            if fnmatch.fnmatchcase(name, glob) and path.is_file():
                found.append(path)
    if errors:
        exc = errors[0]
        raise UsageError(f"cannot read folder: {exc.strerror}", path=str(exc.filename)) from None
    return sorted(found, key=lambda p: p.relative_to(root).parts)


def article_files(
    paths: Iterable[str | os.PathLike[str]], *, glob: str = DEFAULT_GLOB
) -> list[Path]:
    """The files named by ``paths``: files as given, folders' files matching ``glob``.

    Raises :class:`PathNotFoundError` for a missing path and :class:`UsageError` for an
    unreadable folder, a folder with no matching file, or no file at all.  ``-`` (standard
    input) is returned as ``Path("-")``.
    """
    files: list[Path] = []
    for name in paths:
        path = Path(name)
        if os.fspath(name) == STDIN:
            files.append(path)
            continue
        if not os.path.lexists(path):
            raise PathNotFoundError("no such file or folder", path=str(path))
        if path.is_dir():
            found = _folder_files(path, glob)
            if not found:
                raise UsageError(f"no article files ({glob}) in the folder", path=str(path))
            files.extend(found)
        else:
            files.append(path)
    if not files:
        raise UsageError("no article files given")
    return files


def _fail(message: str, where: str, line: int) -> UsageError:
    return UsageError(message, path=where, line=line)


def _day(value: object, where: str, line: int) -> _dt.date | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise _fail(f'"published" must be an ISO date string, not {value!r}', where, line)
    try:
        if len(value) == 10:
            return _dt.date.fromisoformat(value)
        return _dt.datetime.fromisoformat(value).date()
    except ValueError:
        shown = value if len(value) <= 40 else value[:37] + "..."
        message = f'"published" is not an ISO date (YYYY-MM-DD): {shown!r}'
        raise _fail(message, where, line) from None


def _record(raw: bytes, where: str, line: int) -> ArticleInput:
    """One feed line as an :class:`ArticleInput`; raises a :class:`ChronicleError` naming it."""
    try:
        data = orjson.loads(raw)
    except orjson.JSONDecodeError as exc:
        raise _fail(f"not a JSON line: {exc.msg}", where, line) from None
    if not isinstance(data, dict):
        raise _fail(f"a feed line is one JSON object, not {type(data).__name__}", where, line)
    if "id" not in data:
        raise _fail('an article needs an "id"', where, line)
    try:
        article = check_article_id(data["id"], path=f"{where}:{line}")
    except ChronicleError as exc:
        raise type(exc)(exc.message, path=where, line=line) from None
    text = data.get("text")
    if not isinstance(text, str):
        what = "no" if text is None else f"a {type(text).__name__} for its"
        raise _fail(f'article {article!r} has {what} "text" (a string)', where, line)
    for key in _OPTIONAL:
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise _fail(f'"{key}" must be a string, not {value!r}', where, line)
    language = data.get("language")
    if language is not None and not (
        len(language) == 2 and language.isascii() and language.isalpha() and language.islower()
    ):
        raise _fail(f'"language" must be ISO 639-1 (two letters), not {language!r}', where, line)
    published = _day(data.get("published"), where, line)
    try:
        # The article checks of a file (empty, binary, too large), but no header: a feed's
        # text is the article text as it stands.
        parsed = parse_article(text.encode("utf-8"), article=article, header=False)
    except ArticleError as exc:
        raise type(exc)(f"article {article!r}: {exc.message}", path=where, line=line) from None
    return ArticleInput(
        article=article,
        text=parsed.text,
        where=f"{where}:{line}",
        published=published,
        url=data.get("url"),
        title=data.get("title"),
        language=language,
    )


def _lines(stream: BinaryIO, where: str) -> Iterator[tuple[int, bytes]]:
    limit = 2 * MAX_ARTICLE_BYTES
    for number, raw in enumerate(iter(lambda: stream.readline(limit + 1), b""), start=1):
        if len(raw) > limit:
            raise _fail(f"feed line is longer than {limit} bytes", where, number)
        if raw.strip():
            yield number, raw


def read_feed(
    stream: BinaryIO, *, where: str, failures: list[Failure] | None = None
) -> list[ArticleInput]:
    """Every article of a JSON Lines feed read from ``stream`` (named ``where`` in messages).

    Raises the first bad line's :class:`ChronicleError`; with a ``failures`` list, a bad line
    is recorded there instead and the rest of the feed is read.
    """
    articles: list[ArticleInput] = []
    for number, raw in _lines(stream, where):
        try:
            articles.append(_record(raw, where, number))
        except ChronicleError as exc:
            if failures is None:
                raise
            failures.append(Failure(f"{where}:{number}", exc.message))
    return articles


def _open_feed(path: Path) -> BinaryIO:
    return open_regular(path, missing="no such feed")[0]


def read_sources(
    paths: Iterable[str | os.PathLike[str]],
    *,
    glob: str = DEFAULT_GLOB,
    failures: list[Failure] | None = None,
    stdin: BinaryIO | None = None,
) -> list[ArticleInput]:
    """Every article named by ``paths`` (files, folders, feeds, ``-``), in a fixed order.

    Raises the first bad file's or feed line's :class:`ChronicleError`, or
    :class:`UsageError` when two inputs share an article id.  With a ``failures`` list, a bad
    article file or feed line is recorded there and the others are read (missing paths,
    unreadable folders and duplicate ids still raise).  ``stdin`` is the stream ``-`` reads
    (default: the process's standard input).
    """
    inputs: list[ArticleInput] = []
    for path in article_files(paths, glob=glob):
        if str(path) == STDIN:
            stream = stdin if stdin is not None else sys.stdin.buffer
            inputs.extend(read_feed(stream, where="<stdin>", failures=failures))
        elif _is_feed(path):
            with _open_feed(path) as handle:
                inputs.extend(read_feed(handle, where=str(path), failures=failures))
        else:
            try:
                article = read_article(path)
            except ArticleError as exc:
                if failures is None:
                    raise
                failures.append(Failure(str(path), exc.message, path.stem))
                continue
            inputs.append(ArticleInput(article=article.article, text=article.text, where=str(path)))
    seen: dict[str, str] = {}
    for item in inputs:
        if item.article in seen:
            raise UsageError(
                f"article id {item.article!r} is also the id of {seen[item.article]}:"
                " one log per article, so one input per id",
                path=item.where,
            )
        seen[item.article] = item.where
    return inputs
