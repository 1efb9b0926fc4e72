"""Stores: where article logs live, named by URL (folder, SQLite file, PostgreSQL database).

Every backend keeps each article's log hash-chained and numbered (the same canonical lines),
appends batches for many articles atomically with expected sequence numbers, gives every
event a global position in append order, and keeps checkpoints of the projected state.
"""

from __future__ import annotations

from .base import ArticleLog, Store, StoredEvent
from .checkpoint import Projected, project_store
from .folder import FolderStore
from .sqlite import SqliteStore
from .url import open_store, shown_url

__all__ = [
    "ArticleLog",
    "FolderStore",
    "Projected",
    "SqliteStore",
    "Store",
    "StoredEvent",
    "open_store",
    "project_store",
    "shown_url",
]
