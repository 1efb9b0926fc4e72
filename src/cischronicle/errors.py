"""The ChronicleError family: every exception cischronicle raises on purpose.

This module imports nothing from the package.  Each exception also subclasses the builtin
it refines (``ValueError``, ``OSError`` ...) so callers that already catch those keep working,
and carries the file, line and offset it is about on attributes.
"""

from __future__ import annotations

__all__ = [
    "ArticleEncodingError",
    "ArticleError",
    "ArticleTooLargeError",
    "BinaryArticleError",
    "ChainBrokenError",
    "ChronicleError",
    "ConcurrencyError",
    "DecodeError",
    "EmptyArticleError",
    "ExtractionError",
    "HeadMismatchError",
    "InvalidArticleIdError",
    "InvalidTypeError",
    "InvalidValueError",
    "LineTooLongError",
    "LogCorruptError",
    "LogTooLargeError",
    "NonCanonicalLineError",
    "PathNotFoundError",
    "SchemaVersionError",
    "SequenceError",
    "StoreUnavailableError",
    "StoreURLError",
    "TornTailError",
    "UnknownEventTypeError",
    "UpcastError",
    "UsageError",
    "printable",
]


def printable(text: str) -> str:
    r"""``text`` with every non-printable character escaped (``\n``, ``\x1b``, ``\udcff``).

    File names and values come from untrusted input: escaped, a message stays on one line and
    no terminal escape sequence or undecodable byte (a surrogate) reaches a terminal.
    """
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)


class ChronicleError(Exception):
    """Base of every error cischronicle raises; carries ``path``, ``line`` and ``offset``."""

    def __init__(
        self,
        message: str,
        *,
        path: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.message = message
        self.path = path
        self.line = line
        self.offset = offset
        super().__init__(self._render())

    def _render(self) -> str:
        where = ""
        # Rendered escaped: a path or a quoted value may hold newlines or terminal escapes.
        if self.path is not None:
            where = str(self.path)
            if self.line is not None:
                where += f":{self.line}"
            if self.offset is not None:
                where += f":{self.offset}"
            where += ": "
        elif self.line is not None:
            where = f"line {self.line}: "
        return printable(where + self.message)


class ArticleError(ChronicleError, ValueError):
    """An article file cannot be read as text (empty, binary, not UTF-8, too large)."""


class EmptyArticleError(ArticleError):
    """An article file holds no text (no bytes, only whitespace, or a header and nothing else)."""


class BinaryArticleError(ArticleError):
    """An article file is binary data (NUL bytes or mostly control characters), not text."""


class ArticleEncodingError(ArticleError):
    """An article file is not UTF-8; ``offset`` is the first byte that does not decode."""


class ArticleTooLargeError(ArticleError):
    """An article file is larger than the library accepts (see ``MAX_ARTICLE_BYTES``)."""


class InvalidValueError(ChronicleError, ValueError):
    """A value (date, place, body, provenance, event field) is not valid."""


class InvalidTypeError(InvalidValueError, TypeError):
    """A value of the wrong type (a ``str`` where a ``date`` or an ``int`` belongs)."""


class DecodeError(ChronicleError, ValueError):
    """A stored line cannot be decoded: not UTF-8, not JSON, or not a valid event."""


class UnknownEventTypeError(DecodeError):
    """A stored line names an event type (or schema version) this library does not know."""

    def __init__(
        self,
        message: str,
        *,
        type_: str | None = None,
        path: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.type_ = type_
        super().__init__(message, path=path, line=line, offset=offset)


class SchemaVersionError(UnknownEventTypeError):
    """A stored line has a schema version newer than this library knows."""

    def __init__(
        self,
        message: str,
        *,
        schema: int | None = None,
        path: str | None = None,
        line: int | None = None,
        offset: int | None = None,
    ) -> None:
        self.schema = schema
        super().__init__(message, path=path, line=line, offset=offset)


class UpcastError(DecodeError):
    """An older line could not be brought up to date (no upcaster, or the upcaster failed)."""


class SequenceError(ChronicleError, ValueError):
    """Sequence numbers in a log are not contiguous (a gap, a repeat, or a wrong start)."""


class LogCorruptError(ChronicleError, ValueError):
    """A log cannot be trusted as it is (a torn last line, a mismatched article)."""


class TornTailError(LogCorruptError):
    """The log's last line has no newline: a write was cut by a crash (``cischronicle repair``)."""


class ChainBrokenError(LogCorruptError):
    """A line's ``prev`` is not the hash of the line before it: a line was changed or moved."""


class NonCanonicalLineError(LogCorruptError):
    """A line decodes but is not in canonical form, so this library did not write it as is."""


class HeadMismatchError(LogCorruptError):
    """The hash of a log's last line is not the head hash it was expected to have."""


class ConcurrencyError(ChronicleError, RuntimeError):
    """Another writer appended to the log first (expected sequence did not match)."""


class ExtractionError(ChronicleError, RuntimeError):
    """An article's extraction failed: the extractor raised, or the worker running it died."""


class UsageError(ChronicleError, ValueError):
    """The caller asked for something that cannot be done (bad path, bad argument)."""


class InvalidArticleIdError(UsageError, InvalidValueError):
    """An article id (a file name without its extension) is outside the safe set.

    See ``cischronicle.articles.ARTICLE_ID_PATTERN``: letters, digits, ``.``, ``_`` and ``-``,
    not starting with ``.`` or ``-``, 1 to 128 characters.
    """


class LogTooLargeError(UsageError):
    """A log file is larger than the library reads (see ``cischronicle.log.MAX_LOG_BYTES``)."""


class LineTooLongError(LogCorruptError):
    """A log line is longer than any line the library writes (``MAX_LINE_BYTES``)."""


class PathNotFoundError(UsageError, FileNotFoundError):
    """A file or folder the caller named does not exist."""


class StoreURLError(UsageError):
    """A store URL that names no store cischronicle can open (unknown scheme, bad form)."""


class StoreUnavailableError(ChronicleError, ConnectionError):
    """A store that cannot be reached: a database server down, a driver not installed."""
