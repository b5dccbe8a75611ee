"""The database file's safety for the front ends: backups, the lock, and the store's refusals.

The window and the command line reach the store only through the services; what they need to
catch or show of it (a locked or damaged file, a refusal with its code, a server's refusal, the
driver's error a server raises) comes from here as the store's own exception types and plain
values.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.exc import DBAPIError

from digiamt_desk.store import lock
from digiamt_desk.store.backups import (
    Backup,
    DatabaseDamaged,
    IntegrityError,
    list_backups,
    restore,
    take_backup,
)
from digiamt_desk.store.errors import StoreError
from digiamt_desk.store.lock import DatabaseLocked
from digiamt_desk.store.postgres import PasswordNeeded
from digiamt_desk.store.postgres import refusal as server_refusal
from digiamt_desk.store.sqlite_access import writability
from digiamt_desk.store.sqlite_safety import (
    DatabaseMissing,
    DatabaseReadOnly,
    StoreRefusal,
    Writability,
)

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk


@contextmanager
def holding_lock(database: Path, program: str) -> Iterator[None]:
    """Hold the file's lock for this process while the block runs (a restore, a reopen), so no
    other program slips in between; released afterwards even when the block fails."""
    lock.acquire(database, program)
    try:
        yield
    finally:
        lock.release(database)


def why_read_only(desk: Desk) -> str:
    """"" if the database can be written now, else why not (a Writability value): it was
    opened for reading only, or its file, folder or drive became read-only since (or the disk
    is full)."""
    if desk.read_only:
        return desk.read_only_reason or Writability.DAMAGED.value
    if desk.database_path is None:
        return ""
    found = writability(desk.database_path)
    return "" if found is Writability.WRITABLE else found.value


__all__ = [
    "Backup",
    "DBAPIError",
    "DatabaseDamaged",
    "DatabaseLocked",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "IntegrityError",
    "PasswordNeeded",
    "StoreError",
    "StoreRefusal",
    "Writability",
    "holding_lock",
    "list_backups",
    "restore",
    "server_refusal",
    "take_backup",
    "why_read_only",
]
