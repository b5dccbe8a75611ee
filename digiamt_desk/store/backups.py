"""Copies of a SQLite database in `<database folder>/backups`, their rotation, the integrity
check and the restore.

A copy is named `<stem>-<YYYYmmdd-HHMMSS>-<label>.db` and taken with SQLite's online backup, so
it is consistent even while the database is open (the WAL is included). Labels sort the copies
into kinds with their own bound: `daily` (the automatic one), `manual` (File > Back up now) and
the copies taken before something risky (`before-0002_...` before a migration,
`before-register-update`, `before-restore`). A copy of a damaged file (`damaged`) is moved aside,
never copied over anything.
"""

from __future__ import annotations

import contextlib
import re
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from digiamt_desk.store.errors import StoreError
from digiamt_desk.store.sqlite_access import is_damage, read_only_uri
from digiamt_desk.store.sqlite_safety import DatabaseUnreadable

BACKUP_FOLDER = "backups"
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class Retention:
    """How many copies of each kind are kept (the newest ones)."""

    daily: int = 10
    events: int = 10
    manual: int = 20
    damaged: int = 5

    def bound(self, kind: str) -> int:
        return {"daily": self.daily, "manual": self.manual, "damaged": self.damaged}.get(
            kind, self.events)


DEFAULT_RETENTION = Retention()
# Settings of the database (table `setting`) that change the bounds, e.g. with
# `digiamt settings --set backups_kept_daily=30`.
RETENTION_SETTINGS = {"backups_kept_daily": "daily", "backups_kept_events": "events",
                      "backups_kept_manual": "manual"}


def retention_of(database: Path) -> Retention:
    """The bounds the database's settings name, the defaults for the rest."""
    values: dict[str, int] = {}
    try:
        connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
        try:
            keys = ",".join("?" * len(RETENTION_SETTINGS))
            rows = connection.execute(
                f"SELECT key, value FROM setting WHERE key IN ({keys})",
                list(RETENTION_SETTINGS)).fetchall()
        finally:
            connection.close()
    except sqlite3.Error:  # no settings table yet, or no database
        return DEFAULT_RETENTION
    for key, value in rows:
        try:
            values[RETENTION_SETTINGS[key]] = max(1, int(value))
        except ValueError:
            continue
    return Retention(**values) if values else DEFAULT_RETENTION


@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime
    label: str

    @property
    def kind(self) -> str:
        """daily, manual, damaged, or event (a copy taken before a migration, an update...)."""
        base = self.label.split(".")[0]
        return base if base in ("daily", "manual", "damaged") else "event"

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


class IntegrityError(StoreError):
    """A copy that should be restored fails SQLite's integrity check."""


class DatabaseDamaged(StoreError):
    """The database fails SQLite's integrity check: nothing is written to it. `backup` is the
    newest copy that passes the check, if there is one."""

    def __init__(self, database: Path, problems: list[str], backup: Backup | None) -> None:
        self.database = database
        self.problems = problems
        self.backup = backup
        offer = (f" The newest sound backup is {backup.path} ({backup.taken:%Y-%m-%d %H:%M})."
                 if backup else " There is no sound backup of it.")
        super().__init__(f"{database} is damaged ({problems[0]}); it was not changed.{offer}")


def backup_folder(database: Path) -> Path:
    return database.parent / BACKUP_FOLDER


def _pattern(database: Path) -> re.Pattern[str]:
    return re.compile(rf"^{re.escape(database.stem)}-(\d{{8}}-\d{{6}})-([A-Za-z0-9_.-]+)\.db$")


def list_backups(database: Path) -> list[Backup]:
    """The copies of this database, newest first."""
    folder = backup_folder(database)
    if not folder.is_dir():
        return []
    pattern = _pattern(database)
    found = []
    for path in folder.iterdir():
        match = pattern.match(path.name)
        if match is None:
            continue
        try:
            taken = datetime.strptime(match.group(1), _STAMP)
        except ValueError:
            continue
        found.append(Backup(path=path, taken=taken, label=match.group(2)))
    found.sort(key=lambda b: (b.taken, b.path.stat().st_mtime_ns if b.path.exists() else 0),
               reverse=True)
    return found


def _target(database: Path, label: str, now: datetime) -> Path:
    folder = backup_folder(database)
    folder.mkdir(parents=True, exist_ok=True)
    stamp = now.strftime(_STAMP)
    target = folder / f"{database.stem}-{stamp}-{label}.db"
    counter = 2
    while target.exists():  # two copies in one second: the later one gets a number
        target = folder / f"{database.stem}-{stamp}-{label}.{counter}.db"
        counter += 1
    return target


def take_backup(database: Path, label: str, *, retention: Retention | None = None,
                now: datetime | None = None) -> Path | None:
    """Copy the database into its backup folder; None if there is nothing to copy yet. The
    bounds are the database's own settings unless `retention` is given."""
    if not database.exists() or database.stat().st_size == 0:
        return None
    target = _target(database, label, now or datetime.now())
    partial = target.with_name(target.name + ".partial")
    try:
        # Read through a read-only URI: a copy must also be possible of a file that cannot be
        # written (read-only file, folder or drive).
        # closing(): a copy that fails (a full disk) must not leave either file open, which
        # would keep the database from changing its journal (store/sqlite_import.py)
        with contextlib.closing(sqlite3.connect(read_only_uri(database), uri=True)) as source, \
                contextlib.closing(sqlite3.connect(partial)) as copy:
            source.backup(copy)
        partial.replace(target)  # a copy interrupted half-way is never listed as a backup
    finally:
        partial.unlink(missing_ok=True)
    prune(database, retention or retention_of(target))
    return target


def prune(database: Path, retention: Retention = DEFAULT_RETENTION) -> list[Path]:
    """Remove the oldest copies beyond each kind's bound; returns what was removed."""
    removed = []
    seen: dict[str, int] = {}
    for backup in list_backups(database):
        seen[backup.kind] = seen.get(backup.kind, 0) + 1
        if seen[backup.kind] > retention.bound(backup.kind):
            backup.path.unlink(missing_ok=True)
            removed.append(backup.path)
    return removed


def daily_backup_due(database: Path, now: datetime | None = None) -> bool:
    """True if no copy of any kind is younger than a day (a fresh copy before a migration
    counts as well: it holds the same data)."""
    if not database.exists() or database.stat().st_size == 0:
        return False
    moment = now or datetime.now()
    newest = next((b for b in list_backups(database) if b.kind != "damaged"), None)
    return newest is None or moment - newest.taken >= timedelta(days=1)


def integrity_problems(database: Path, *, quick: bool = True) -> list[str]:
    """SQLite's own check (`quick_check`, or the full `integrity_check`): empty if the file is
    sound. A file that is no database at all is reported too."""
    if not database.exists() or database.stat().st_size == 0:
        return []
    pragma = "quick_check" if quick else "integrity_check"
    try:
        # In a read-only folder a sound WAL database opens only as immutable: a plain
        # read-only open would fail there and call the file damaged.
        connection = sqlite3.connect(read_only_uri(database), uri=True)
        try:
            rows = [str(row[0]) for row in connection.execute(f"PRAGMA {pragma}(20)")]
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        if not is_damage(exc):  # a full disk or a failing drive: the file may be sound
            raise DatabaseUnreadable(database, str(exc)) from exc
        return [str(exc)]
    return [] if rows == ["ok"] else rows


def latest_good_backup(database: Path) -> Backup | None:
    """The newest copy that passes the integrity check."""
    for backup in list_backups(database):
        if backup.kind == "damaged":
            continue
        try:
            if not integrity_problems(backup.path):
                return backup
        except DatabaseUnreadable:  # a copy that cannot be read now is no offer
            continue
    return None


def _database_files(database: Path) -> list[Path]:
    return [Path(str(database) + suffix) for suffix in ("", "-wal", "-shm")]


def move_aside(database: Path, now: datetime | None = None) -> Path:
    """Move a damaged database (with its WAL) into the backup folder, out of the way."""
    target = _target(database, "damaged", now or datetime.now())
    for source in _database_files(database):
        if source.exists():
            destination = target if source == database else Path(
                str(target) + source.name[len(database.name):])
            shutil.move(source, destination)
    return target


def restore(database: Path, backup: Path, *, retention: Retention | None = None,
            now: datetime | None = None) -> Path | None:
    """Put `backup` in the place of `database`. The current state is kept first: copied as a
    `before-restore` backup when it is sound, moved aside as `damaged` when it is not. The
    database must not be open (its engine disposed). Returns where the former state went."""
    problems = integrity_problems(backup, quick=False)
    if problems:
        raise IntegrityError(f"the backup {backup.name} is damaged: {problems[0]}")
    kept: Path | None = None
    if database.exists():
        if integrity_problems(database):
            kept = move_aside(database, now)
        else:
            kept = take_backup(database, "before-restore", retention=retention, now=now)
    for path in _database_files(database):
        path.unlink(missing_ok=True)
    database.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(backup) as source, sqlite3.connect(database) as target:
        source.backup(target)
    source.close()
    target.close()
    return kept


__all__ = [
    "BACKUP_FOLDER",
    "DEFAULT_RETENTION",
    "RETENTION_SETTINGS",
    "Backup",
    "DatabaseDamaged",
    "IntegrityError",
    "Retention",
    "backup_folder",
    "daily_backup_due",
    "integrity_problems",
    "latest_good_backup",
    "list_backups",
    "move_aside",
    "prune",
    "restore",
    "retention_of",
    "take_backup",
]
