"""Snapshot history in a real database (SQLite by default, PostgreSQL with a URL).

    store = open_store()                  # UNTAPPED_DB, else SQLite in the user data dir
    cap = capture("configs/")             # audit + redacted configuration texts + input hash
    info = store.save(cap, name="before-change")
    side = store.load("before-change")    # an AuditResult rebuilt faithfully, for show/diff

Each save is one transaction: a killed process leaves the database as it was.
"""

from __future__ import annotations

from untapped.store.capture import Capture, capture, input_hash
from untapped.store.engine import StoreError, default_url, to_url
from untapped.store.snapshots import SnapshotInfo, Store, StoredSnapshot, open_store

__all__ = [
    "Capture",
    "SnapshotInfo",
    "Store",
    "StoreError",
    "StoredSnapshot",
    "capture",
    "default_url",
    "input_hash",
    "open_store",
    "to_url",
]
