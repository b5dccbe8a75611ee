"""The store's own error, apart from the modules that raise it (db, backups, postgres), so that
none of them imports another only for it."""

from __future__ import annotations


class StoreError(Exception):
    """The database cannot be opened or upgraded; the message says why and what was kept."""
