"""The PostgreSQL backend (``psycopg`` 3, the ``postgres`` extra): a chronicle many share.

Writers on any number of machines append through one server; each append is one transaction
holding a store-wide advisory lock, so positions follow commit order.  The tables live in the
connection's schema (``search_path``): several chronicles can share a database, one schema
each (``postgresql://user@host/db?options=-csearch_path%3Dmine``).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import StoreUnavailableError, UsageError
from .sql import SqlStore

__all__ = ["PostgresStore"]

_LOCK = 0x6369_7363_6872
"""The advisory lock key of cischronicle's writers ("cischr")."""


class PostgresStore(SqlStore):
    """A chronicle in a PostgreSQL database (``postgresql://user@host:port/db``)."""

    _PH = "%s"
    _BLOB = "BYTEA"
    # Chronicle order is code-point order, whatever the database's locale.
    _SORT_TEXT = 'TEXT COLLATE "C"'

    def __init__(self, url: str, *, shown: str | None = None, create: bool = False) -> None:
        """Connect to ``url``; with ``create``, make the tables if they are missing.

        ``shown`` is the URL to name in messages (without a password).  A server that cannot
        be reached, or a missing driver, raises :class:`StoreUnavailableError`; a database
        without cischronicle's tables (and no ``create``) a :class:`UsageError`.
        """
        name = shown if shown is not None else url
        try:
            import psycopg
        except ImportError:  # pragma: no cover - the extra is installed where tests run
            raise StoreUnavailableError(
                "PostgreSQL stores need psycopg: pip install 'cischronicle[postgres]'",
                path=name,
            ) from None
        try:
            conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise StoreUnavailableError(
                f"cannot connect to PostgreSQL: {reason}", path=name
            ) from None
        super().__init__(name, conn)
        try:
            exists = self._rows("SELECT to_regclass('cischronicle_events') IS NOT NULL")[0][0]
            if not exists and not create:
                raise UsageError(
                    "no chronicle in this database (no cischronicle tables; ingest into it"
                    " first)",
                    path=name,
                )
            if not exists:
                self._create_tables()
        except BaseException:
            conn.close()
            raise

    def _begin_write(self) -> None:
        self._conn.execute("BEGIN")
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))

    def _stream(self, sql: str, params: Sequence[Any] = ()) -> Iterator[tuple[Any, ...]]:
        cur = self._conn.cursor()
        yield from cur.stream(sql, tuple(params))
