"""A SQLite file opened for one bulk import on the DB-API alone (`sqlite3`, no SQLAlchemy).

`digiamt import FILE` spends most of a small import loading SQLAlchemy, SQLModel and pydantic
(0.45 s); this module opens the file with the same checks `services.desk.open_desk` makes
before anything is written, in the same order, and gives the import its connection:

- the file must exist and hold data (a missing file, `--create`, a server URL: the general
  path, which makes or refuses them);
- the lock for this process (store/lock.py), else DatabaseLocked;
- a file that cannot be written is left to the general path (it opens it for reading and
  refuses the write with the reason);
- SQLite's quick_check (DatabaseDamaged naming the newest sound backup);
- the schema compared with what the migrations create (store/sqlite_schema.py; its expected
  schema comes from the cache, SQLAlchemy only on a miss); a schema that needs an upgrade is
  left to the general path, which takes the backup and migrates;
- the daily backup when due (a copy that cannot be written is a warning, as there);
- an empty register is left to the general path (it loads the shipped one).

The connection runs with the engine's settings (store/db.py): no driver transaction handling,
`trusted_schema = OFF`, foreign keys, busy timeout, WAL with `synchronous = NORMAL`. Errors are
translated as the engine's guard does (read-only, disk full).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from digiamt_desk.store import lock
from digiamt_desk.store.backups import (
    DatabaseDamaged,
    backup_folder,
    daily_backup_due,
    integrity_problems,
    latest_good_backup,
    take_backup,
)
from digiamt_desk.store.db import SCHEMA_REVISION, StoreError
from digiamt_desk.store.sqlite_access import refusal_for, writability
from digiamt_desk.store.sqlite_safety import Writability
from digiamt_desk.store.sqlite_schema import inspect_file


class ImportFile:
    """An open SQLite database held for an import (the lock, one connection)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self.connection = connection
        self.warnings: list[str] = []  # what did not work but does not stop the work
        self.daily_backup: Path | None = None
        self._journal = False  # in a bulk transaction with a rollback journal (begin)

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[Any]:
        with self.translated():
            return self.connection.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] = ()) -> Any:
        with self.translated():
            return self.connection.execute(sql, params).fetchone()

    @contextmanager
    def translated(self) -> Iterator[None]:
        """SQLite's "readonly database" and "disk full" as our refusals naming the file."""
        try:
            yield
        except sqlite3.Error as error:
            refusal = refusal_for(error, self.path)
            if refusal is not None:
                raise refusal from None
            raise

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN ... COMMIT: everything inside lands whole or not at all."""
        with self.translated():
            self.begin()
            try:
                yield self.connection
                self.commit()
            except BaseException:
                self.rollback()
                raise

    def begin(self, *, rollback_journal: bool = False) -> None:
        """BEGIN IMMEDIATE; with `rollback_journal`, for a large import, in a rollback journal.

        In WAL mode every page of an import is written twice: into the WAL at the commit, and
        into the database by the checkpoint that follows (and synced there), a tenth of a
        100,000-row import. With a rollback journal the new pages are written once and only the
        few pages the import changes are journaled; the transaction is as safe (synchronous
        FULL: the journal is synced before the database is written). The connection goes back
        to WAL after the transaction (commit or rollback). The switch counts in the file's
        change counter (header bytes 24-27 and 92-95): a refused large import leaves the data
        as it was, not every byte. Where another connection has the file open (SQLite refuses
        the switch then), the import runs in WAL as any write does."""
        connection = self.connection
        with self.translated():
            if rollback_journal:
                mode = connection.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                self._journal = str(mode).lower() == "delete"
                if self._journal:
                    connection.execute("PRAGMA synchronous = FULL")
            connection.execute("BEGIN IMMEDIATE")

    def commit(self) -> None:
        with self.translated():
            self.connection.execute("COMMIT")
        self._back_to_wal()

    def rollback(self) -> None:
        if self.connection.in_transaction:
            with self.translated():
                self.connection.execute("ROLLBACK")
        self._back_to_wal()

    def _back_to_wal(self) -> None:
        if self._journal:
            self._journal = False
            with self.translated():
                self.connection.execute("PRAGMA journal_mode = WAL")
                self.connection.execute("PRAGMA synchronous = NORMAL")

    def close(self) -> None:
        self.connection.close()
        lock.release(self.path)


def connect(path: Path) -> sqlite3.Connection:
    """A connection with the settings of the engine's (store/db.py `_sqlite_transactions`)."""
    connection = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False)
    connection.execute("PRAGMA trusted_schema = OFF")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 5000")
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    return connection


def database_file(location: str) -> Path | None:
    """The existing, non-empty SQLite file `location` names; None for a server URL, a URI or a
    file that is not there yet (those take the general path)."""
    if "://" in location or location.lower().startswith(("postgresql:", "postgres:")) \
            or location.strip() in ("", ":memory:"):
        return None
    path = Path(location).expanduser().resolve()
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    return path


def open_for_import(location: str, *, daily_backup: bool = True,
                    program: str = "digiamt") -> ImportFile | None:
    """The database at `location` opened for an import on the DB-API, or None where the
    general path must open it (see the module's docstring)."""
    path = database_file(location)
    if path is None:
        return None
    lock.acquire(path, program)
    connection: sqlite3.Connection | None = None
    try:
        if writability(path) is not Writability.WRITABLE:
            lock.release(path)
            return None
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamaged(path, problems, latest_good_backup(path))
        if inspect_file(path) != SCHEMA_REVISION:  # an upgrade (with its backup) or no tables
            lock.release(path)
            return None
        connection = connect(path)
        opened = ImportFile(path, connection)
        if daily_backup and daily_backup_due(path):
            try:
                opened.daily_backup = take_backup(path, "daily")
            except (OSError, sqlite3.Error, StoreError) as exc:
                opened.warnings.append(
                    f"the daily backup could not be written into {backup_folder(path)} "
                    f"({getattr(exc, 'strerror', None) or exc}); the work goes on without it")
        with opened.translated():
            empty = connection.execute("SELECT count(*) FROM register_entry").fetchone()[0] == 0
        if empty:  # the general path loads the shipped register first
            opened.close()
            return None
        return opened
    except BaseException:
        if connection is not None:
            connection.close()
        if lock.is_held_here(path):
            lock.release(path)
        raise


def insert_many(connection: sqlite3.Connection, table: str, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    """One prepared INSERT run over tuples (as store/bulk.py does through the engine)."""
    if rows:
        connection.executemany(
            f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
            f"({', '.join('?' * len(columns))})", rows)


def insert_distinct(connection: sqlite3.Connection, application_id: int, run_id: int,
                    rows: Sequence[Sequence[Any]]) -> None:
    """Procedures of rows whose links are distinct web links, each its own key
    (services.import_merge.distinct_values: title, url, provider, leika_keys, ozg_ids,
    source_rows, import_hints). The values every row shares are written into the statement:
    the application and run as numbers, the link as its own key, the kind "http", no row merged
    into it."""
    if rows:
        connection.executemany(
            "INSERT INTO procedure (application_id, title, url, url_key, link_kind, provider, "
            "leika_keys, ozg_ids, source_rows, duplicate_rows, import_id, import_hints) "
            f"VALUES ({int(application_id)}, ?1, ?2, ?2, 'http', ?3, ?4, ?5, ?6, 0, "
            f"{int(run_id)}, ?7)", rows)


def update_many(connection: sqlite3.Connection, table: str, columns: Sequence[str], key: str,
                rows: Sequence[Sequence[Any]]) -> None:
    """UPDATE table SET columns WHERE key = ...; each row holds the column values, then the key."""
    if rows:
        assignments = ", ".join(f"{c} = ?" for c in columns)
        connection.executemany(f"UPDATE {table} SET {assignments} WHERE {key} = ?", rows)


__all__ = ["ImportFile", "connect", "database_file", "insert_distinct", "insert_many",
           "open_for_import", "update_many"]
