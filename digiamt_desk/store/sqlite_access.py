"""Whether SQLite can write a database file, how to read one without writing anything, and
SQLite's write errors ("readonly database", "database or disk is full") turned into the
refusals of sqlite_safety.py naming the file and the cause.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digiamt_desk.store.sqlite_safety import DatabaseReadOnly, DiskFull, StoreRefusal, Writability

if TYPE_CHECKING:
    from sqlalchemy import Engine

__all__ = [
    "FULL_BELOW",
    "free_space",
    "guard_engine",
    "is_damage",
    "read_only_uri",
    "refusal_for",
    "writability",
]

# Below this much free space a change cannot even begin (the -shm file alone takes 32 KiB).
FULL_BELOW = 256 * 1024


def writability(path: Path) -> Writability:
    """Whether SQLite could write the database and its WAL files beside it."""
    folder = path.parent
    if _read_only_mount(folder):
        return Writability.DRIVE_READ_ONLY
    if path.exists() and not os.access(path, os.W_OK):
        return Writability.FILE_READ_ONLY
    if not os.access(folder, os.W_OK):
        return Writability.FOLDER_READ_ONLY
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and not os.access(side, os.W_OK):
            return Writability.FILE_READ_ONLY
    if free_space(folder) < FULL_BELOW:
        return Writability.DISK_FULL
    return Writability.WRITABLE


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: the folder's access tells
        return False


def free_space(folder: Path) -> int:
    """Bytes free for this user on the drive of `folder` (a lot, where that cannot be told)."""
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads `path` without writing anything, WAL files included.

    In a folder that takes no new files SQLite cannot make the `-shm` file a WAL reader needs;
    without a WAL file to read the database is opened as immutable (nothing else can change it
    there either). The same holds on a full disk."""
    uri = path.resolve().as_uri()
    wal = Path(f"{path}-wal")
    stuck = not os.access(path.parent, os.W_OK) or _read_only_mount(path.parent) \
        or free_space(path.parent) < FULL_BELOW
    if stuck and not (wal.exists() and wal.stat().st_size):
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


def guard_engine(engine: Engine, path: Path, reason: Writability) -> None:
    """Turn SQLite's "readonly database" and "database or disk is full" into our refusals
    naming the file and the cause."""
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> BaseException | None:
        return refusal_for(context.original_exception, path, reason)


def refusal_for(original: BaseException, path: Path,
                reason: Writability = Writability.WRITABLE) -> StoreRefusal | None:
    """Our refusal for SQLite's "readonly database" or "database or disk is full" (None for any
    other error): used by the engine's guard and by the DB-API import path alike."""
    if not isinstance(original, sqlite3.Error):
        return None
    name = str(getattr(original, "sqlite_errorname", ""))
    if name.startswith("SQLITE_READONLY"):
        why = reason if reason is not Writability.WRITABLE else writability(path)
        if why is Writability.DISK_FULL:
            return DiskFull(path)
        return DatabaseReadOnly(path, why if why is not Writability.WRITABLE
                                else Writability.FILE_READ_ONLY)
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR")
                                            and free_space(path.parent) < FULL_BELOW):
        return DiskFull(path)
    return None


def is_damage(error: sqlite3.Error) -> bool:
    """True if SQLite says the file itself is broken, not the drive or the access to it."""
    name = str(getattr(error, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name
