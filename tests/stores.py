"""Store URLs for the shared contract suites: a folder, an SQLite file, a PostgreSQL schema.

PostgreSQL tests need a server: ``CISCHRONICLE_TEST_POSTGRES`` is its URL (``.ci/run`` starts
one and sets it); without it they skip, saying so.  Each PostgreSQL store is a fresh schema
of that database, so tests never see each other's tables.
"""

from __future__ import annotations

import os
import uuid
from pathlib import Path

import pytest

POSTGRES_ENV = "CISCHRONICLE_TEST_POSTGRES"
BACKENDS = ("folder", "sqlite", "postgres")


def postgres_url() -> str:
    """The test server's URL; skips the test when none is given."""
    url = os.environ.get(POSTGRES_ENV)
    if not url:
        pytest.skip(f"no PostgreSQL server: set {POSTGRES_ENV}=postgresql://... (.ci/run does)")
    return url


def fresh_postgres_url() -> str:
    """The URL of a new, empty schema on the test server (skips without one or psycopg)."""
    base = postgres_url()
    psycopg = pytest.importorskip("psycopg", reason="the postgres extra is not installed")
    schema = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(base, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    joiner = "&" if "?" in base else "?"
    return f"{base}{joiner}options=-csearch_path%3D{schema}"


def store_url(backend: str, folder: Path, name: str = "store") -> str:
    """A URL of a new store of ``backend`` (its files inside ``folder``)."""
    if backend == "folder":
        return str(folder / name)
    if backend == "sqlite":
        return f"sqlite:///{folder / name}.db"
    return fresh_postgres_url()
