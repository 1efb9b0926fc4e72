"""Stores named by URL: a folder path, ``sqlite:///file.db``, ``postgresql://user@host/db``.

``sqlite:///relative.db`` names a file relative to the working folder and
``sqlite:////absolute.db`` an absolute one (three slashes, then the path).  ``postgresql://``
(or ``postgres://``) URLs are libpq connection URLs, passed to the server as they are.
Anything else with a scheme is refused; anything without one is a folder of JSONL logs.
"""

from __future__ import annotations

import re
import urllib.parse

from ..errors import StoreURLError
from .base import Store

__all__ = ["is_url", "open_store", "shown_url"]

_SCHEME = re.compile(r"^([A-Za-z][A-Za-z0-9+.-]*)://")
_KNOWN_WITHOUT_SLASHES = re.compile(r"^(?i:sqlite|postgresql|postgres):")


def shown_url(url: str) -> str:
    """``url`` as it may be printed: any password replaced by ``***``."""
    parts = urllib.parse.urlsplit(url)
    if parts.password is None:
        return url
    userinfo, _, hostport = parts.netloc.rpartition("@")
    user = userinfo.split(":", 1)[0]
    return urllib.parse.urlunsplit(parts._replace(netloc=f"{user}:***@{hostport}"))


def is_url(text: str) -> bool:
    """Whether ``text`` names a database store (a URL), not a folder or a file."""
    return bool(_SCHEME.match(text) or _KNOWN_WITHOUT_SLASHES.match(text))


def open_store(url: str, *, create: bool = False) -> Store:
    """Open the store ``url`` names; with ``create``, make it when it does not exist.

    Raises :class:`StoreURLError` for a URL of an unknown scheme or a malformed one,
    :class:`PathNotFoundError` for a store that does not exist (without ``create``), and
    :class:`StoreUnavailableError` for a server that cannot be reached.
    """
    match = _SCHEME.match(url)
    if match is None:
        from .folder import FolderStore

        if _KNOWN_WITHOUT_SLASHES.match(url):
            raise StoreURLError(
                "a store URL is sqlite:///FILE or postgresql://USER@HOST:PORT/DB", path=url
            )
        if not url:
            raise StoreURLError("empty store URL: give a folder, sqlite:/// or postgresql://")
        return FolderStore(url, create=create)
    scheme = match.group(1).lower()
    rest = url[match.end() :]
    if scheme == "sqlite":
        from .sqlite import SqliteStore

        if not rest.startswith("/") or len(rest) < 2 or "?" in rest or "#" in rest:
            raise StoreURLError(
                "an SQLite URL is sqlite:///relative.db or sqlite:////absolute.db", path=url
            )
        return SqliteStore(rest[1:], url=url, create=create)
    if scheme in ("postgresql", "postgres"):
        from .postgres import PostgresStore

        try:
            urllib.parse.urlsplit(url).port  # noqa: B018 - parses the port, raises if bad
        except ValueError as exc:
            raise StoreURLError(f"bad PostgreSQL URL: {exc}", path=shown_url(url)) from None
        return PostgresStore(url, shown=shown_url(url), create=create)
    raise StoreURLError(
        f"unknown store scheme {scheme!r}: a store is a folder, sqlite:///FILE or"
        " postgresql://USER@HOST:PORT/DB",
        path=shown_url(url),
    )
