"""A SQLite file is untrusted input: the refusals that say what is wrong with one.

Databases travel (backups, copies on a stick, the offline files of team mode), and a SQLite file
carries code of its own: triggers run on every change, views stand where tables are expected.
So before a file is used:

- it must be a DigiAmt Desk database: a file with other programs' tables is refused, never
  converted (`NotOurDatabase`); a new database is made only where no file is, and only when
  asked (`DatabaseMissing` says how);
- its schema (tables, indexes, triggers, views) must be exactly what our migrations create for
  its revision (`ForeignSchema`; the comparison is in sqlite_schema.py);
- every connection runs with `PRAGMA trusted_schema = OFF`, so even a function named in the
  schema is not run with the program's rights.

A file that cannot be written (its own permissions or attributes, a read-only folder or drive)
is opened for reading only, with the reason kept (`Writability`, told by sqlite_access.py), and
a write then fails with a message that says so (`DatabaseReadOnly`); a full disk says that
(`DiskFull`). Each refusal has a `code` and `params` for the window's translated text; the
English text is for the command. This module holds the refusals and `Writability`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from digiamt_desk.store.errors import StoreError

__all__ = [
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseUnreadable",
    "DiskFull",
    "ForeignSchema",
    "NewerDatabase",
    "NotOurDatabase",
    "StoreRefusal",
    "UpgradeImpossible",
    "Writability",
]


class Writability(StrEnum):
    WRITABLE = "writable"
    FILE_READ_ONLY = "file_read_only"  # the file's permissions or attributes forbid writing
    FOLDER_READ_ONLY = "folder_read_only"  # its folder takes no new files
    DRIVE_READ_ONLY = "drive_read_only"  # the drive is mounted read-only (a CD, a locked stick)
    DISK_FULL = "disk_full"  # no room left for SQLite's WAL and index files
    DAMAGED = "damaged"  # sound enough to read, opened for reading only at the user's choice


class StoreRefusal(StoreError):
    """A refusal with a code and parameters (for the window's translation)."""

    code = "store"

    def __init__(self, message: str, **params: str) -> None:
        super().__init__(message)
        self.params = params


class DatabaseMissing(StoreRefusal):
    code = "missing"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} does not exist (or is empty); to make a new database there, "
                         f"run: digiamt --db {path} --create COMMAND", path=str(path))


class NotOurDatabase(StoreRefusal):
    code = "not_ours"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a DigiAmt Desk database ({detail}); it was not changed",
                         path=str(path), detail=detail)


class NewerDatabase(StoreRefusal):
    code = "newer"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} was written by a newer DigiAmt Desk (schema {revision}); "
                         "update this program to open it", path=str(path), revision=revision)


class ForeignSchema(StoreRefusal):
    """`problem`: "extra" (we do not make it), "changed" (ours, defined otherwise) or
    "missing"."""

    code = "foreign_schema"

    def __init__(self, path: Path, kind: str, name: str, problem: str) -> None:
        if problem == "missing":
            text = f"{path} lacks the {kind} '{name}' of a DigiAmt Desk database"
        else:
            what = ("DigiAmt Desk does not create" if problem == "extra"
                    else "differs from what DigiAmt Desk creates")
            text = (f"{path} holds a {kind} '{name}' that {what}; a database file may carry "
                    "code that runs on every change")
        super().__init__(f"{text}, so it was not opened (and not changed)", path=str(path),
                         kind=kind, name=name, problem=problem)


class DatabaseReadOnly(StoreRefusal):
    code = "read_only"

    def __init__(self, path: Path, reason: Writability) -> None:
        where = {Writability.FOLDER_READ_ONLY: f"its folder {path.parent} is read-only",
                 Writability.DRIVE_READ_ONLY: "the drive it is on is read-only",
                 Writability.DAMAGED: "it is damaged and was opened for reading only"}.get(
                     reason, "the file is read-only")
        super().__init__(f"cannot save to {path}: {where}; nothing was changed",
                         path=str(path), folder=str(path.parent), reason=reason.value)
        self.reason = reason


class DiskFull(StoreRefusal):
    code = "disk_full"

    def __init__(self, path: Path) -> None:
        super().__init__(f"cannot save to {path}: the disk is full; nothing was changed (free "
                         "some space and try again)", path=str(path))


class UpgradeImpossible(StoreRefusal):
    code = "upgrade_read_only"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} needs an upgrade of its schema ({revision}) but cannot be "
                         "written; copy it to a folder you can write to", path=str(path),
                         revision=revision)


class DatabaseUnreadable(StoreRefusal):
    """SQLite cannot read the file for a reason that is not damage (a full disk, an I/O
    error of the drive, no permission): the file is not called damaged."""

    code = "unreadable"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} cannot be read ({detail}); it was not changed",
                         path=str(path), detail=detail)
