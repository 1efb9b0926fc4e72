"""Stores: where article logs live, named by URL (folder, SQLite file, PostgreSQL database).

Every backend keeps each article's log hash-chained and numbered (the same canonical lines),
appends batches for many articles atomically with expected sequence numbers, gives every
event a global position in append order, and keeps checkpoints (bytes it does not read;
:mod:`cischronicle.resume` folds and resumes them).
"""

from __future__ import annotations

from .base import ArticleLog, Store, StoredEvent
from .folder import FolderStore
from .sqlite import SqliteStore
from .url import open_store, shown_url

__all__ = [
    "ArticleLog",
    "FolderStore",
    "SqliteStore",
    "Store",
    "StoredEvent",
    "open_store",
    "shown_url",
]
