"""The SQLite backend: one file, WAL journal, one transaction per append (stdlib ``sqlite3``).

An embedded, transactional store: several processes on one machine can read while one writes,
and an append of many articles is stored whole or not at all.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from ..errors import PathNotFoundError, UsageError
from .sql import SqlStore

__all__ = ["SqliteStore"]


class SqliteStore(SqlStore):
    """A chronicle in one SQLite file (``sqlite:///relative.db``, ``sqlite:////absolute.db``)."""

    def __init__(
        self, path: str | os.PathLike[str], *, url: str | None = None, create: bool = False
    ) -> None:
        """Open the store at ``path``; with ``create``, make the file and tables if needed.

        Without ``create`` a missing file raises :class:`PathNotFoundError` and a database
        without cischronicle's tables a :class:`UsageError`; neither is changed.
        """
        target = Path(path)
        name = url if url is not None else f"sqlite:///{target}"
        if target.is_dir():
            raise UsageError("is a folder, not an SQLite file", path=str(target))
        if not create and not target.exists():
            raise PathNotFoundError("no such SQLite store", path=str(target))
        try:
            # Writers wait for each other (BEGIN IMMEDIATE) up to the timeout.
            conn = sqlite3.connect(target, timeout=60.0, isolation_level=None)
        except sqlite3.Error as exc:
            raise UsageError(f"cannot open SQLite store: {exc}", path=str(target)) from None
        super().__init__(name, conn)
        try:
            exists = bool(
                self._rows(
                    "SELECT 1 FROM sqlite_master WHERE type = 'table'"
                    " AND name = 'cischronicle_events'"
                )
            )
            if not exists and not create:
                raise UsageError(
                    "not a cischronicle store (no cischronicle tables)", path=str(target)
                )
            if create:
                conn.execute("PRAGMA journal_mode=WAL")
                if not exists:
                    self._create_tables()
            # Durable when a commit returns, as the folder's fsynced appends are.
            conn.execute("PRAGMA synchronous=FULL")
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise UsageError(f"not an SQLite store: {exc}", path=str(target)) from None
        except BaseException:
            conn.close()
            raise

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        cur = self._conn.cursor()
        cur.arraysize = 1024
        cur.execute(sql, tuple(params))
        while rows := cur.fetchmany():
            yield from rows
