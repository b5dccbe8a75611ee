"""The open workspace every use case runs on: the database, the criteria catalogs, the reviewer.

The GUI and the `digiamt` command both call `open_desk` and then the functions of the services
package; neither writes SQL of its own.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, func, select
from sqlmodel import Session

from digiamt_desk.domain.catalog import Catalog, catalog_in_force, load_catalogs
from digiamt_desk.paths import resource
from digiamt_desk.services.desk_defaults import (  # the names stay importable from here
    APP_AUTHOR as APP_AUTHOR,
)
from digiamt_desk.services.desk_defaults import (
    APP_NAME as APP_NAME,
)
from digiamt_desk.services.desk_defaults import (
    configured_reviewer,
    default_reviewer,
    utc_now,
)
from digiamt_desk.services.desk_defaults import (
    default_database_path as default_database_path,
)
from digiamt_desk.store import lock
from digiamt_desk.store.backups import (
    DatabaseDamaged,
    backup_folder,
    daily_backup_due,
    integrity_problems,
    latest_good_backup,
    take_backup,
)
from digiamt_desk.store.db import (
    SCHEMA_REVISION,
    StoreError,
    database_url,
    make_engine,
    upgrade_schema,
)
from digiamt_desk.store.sqlite_access import guard_engine, read_only_uri, writability
from digiamt_desk.store.sqlite_safety import DatabaseMissing, UpgradeImpossible, Writability
from digiamt_desk.store.sqlite_schema import inspect_file
from digiamt_desk.store.tables import REGISTER, Setting


@dataclass(frozen=True)
class StoreWarning:
    """Something that did not work but does not stop the work; `code` and `params` for the
    window's translation, `message` for the command line."""

    code: str
    message: str
    params: dict[str, str] = field(default_factory=dict)


@dataclass
class Desk:
    engine: Engine
    catalogs: list[Catalog]
    reviewer: str
    location: str
    clock: Callable[[], datetime] = field(default=utc_now)
    backup_before_upgrade: Path | None = None
    # The SQLite file this desk holds the lock of (None for a server URL or in memory).
    database_path: Path | None = None
    # Opened only to read (a damaged file, or one that cannot be written): every write is
    # refused by SQLite. `read_only_reason` says why: "damaged", "file_read_only" or
    # "folder_read_only".
    read_only: bool = False
    read_only_reason: str = ""
    daily_backup: Path | None = None
    # What went wrong without stopping the work (a daily backup that could not be written).
    warnings: list[StoreWarning] = field(default_factory=list)
    # The database login in team mode (services/team.py): then it is the acting person, and
    # no name typed anywhere (settings, --reviewer) replaces it.
    team_login: str = ""
    # Whether `reviewer` is a name someone gave (--reviewer, DIGIAMT_REVIEWER, the window's
    # settings or name bar, which set it later) rather than the login name it falls back to.
    reviewer_named: bool = True

    def __setattr__(self, name: str, value: Any) -> None:
        login = self.__dict__.get("team_login", "")
        if name == "reviewer" and login:
            value = login
        if name == "reviewer" and "reviewer_named" in self.__dict__:  # named after opening
            self.__dict__["reviewer_named"] = True
        super().__setattr__(name, value)

    @property
    def named_reviewer(self) -> str:
        """The reviewer's name where one was given (or the team login), else '': what a
        letter may print as its contact, never the login name of whoever runs it."""
        return self.reviewer if self.reviewer_named or self.team_login else ""

    def session(self) -> Session:
        return Session(self.engine, expire_on_commit=False)

    def catalog(self, on: date | None = None) -> Catalog:
        return catalog_in_force(self.catalogs, on or self.clock().date())

    def catalog_version(self, version: str) -> Catalog | None:
        return next((c for c in self.catalogs if c.version == version), None)

    def setting(self, key: str, default: str = "") -> str:
        with self.session() as session:
            row = session.get(Setting, key)
            return row.value if row else default

    def set_setting(self, key: str, value: str) -> None:
        with self.session() as session:
            row = session.get(Setting, key)
            if row is None:
                session.add(Setting(key=key, value=value))
            else:
                row.value = value
            session.commit()

    def close(self) -> None:
        self.engine.dispose()
        if self.database_path is not None:
            lock.release(self.database_path)
            self.database_path = None


def sqlite_file(location: str) -> Path | None:
    """The file behind a database location, None for a server URL or an in-memory database."""
    url = database_url(location)
    if not url.startswith("sqlite:///"):
        return None
    name = url[len("sqlite:///"):]
    return None if name in ("", ":memory:") else Path(name)


def _query_only(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")


def open_desk(db: str | Path | None = None, *, reviewer: str | None = None,
              load_register: bool = True, daily_backup: bool = False,
              read_only: bool = False, create: bool | None = None,
              program: str = "digiamt", password: str | None = None) -> Desk:
    """Open the database, upgrade its schema and make sure the register is in it.

    A new database is made only with `create` (None: only at the default location, when
    neither `db` nor DIGIAMT_DB names one); otherwise a missing or empty file raises
    DatabaseMissing, so a mistyped path makes nothing. A file that is not a DigiAmt Desk
    database, or holds schema objects our migrations do not make, is refused (see
    store/sqlite_schema.py). A SQLite file is locked for this process first (another running
    DigiAmt Desk gets DatabaseLocked) and checked with SQLite's quick_check: a damaged file
    raises DatabaseDamaged naming the newest sound backup, and is not written to. `read_only`
    opens it anyway, for reading only; a file that cannot be written (its permissions, a
    read-only folder or drive) is opened for reading only by itself, with the reason in
    `read_only_reason`. `daily_backup` copies the file when the newest copy is older than a
    day; a copy that cannot be written is a warning in `Desk.warnings`, not a stop."""
    location = str(db) if db is not None else str(default_database_path())
    if create is None:
        create = db is None and not os.environ.get("DIGIAMT_DB")
    path = sqlite_file(location)
    made = False
    if path is not None:
        made = _make_room(path, create)
        lock.acquire(path, program)
    try:
        return _open(location, path, reviewer=reviewer, load_register=load_register,
                     daily_backup=daily_backup, read_only=read_only, create=create,
                     password=password)
    except BaseException:
        if path is not None:
            lock.release(path)
            if made:  # nothing half-made stays behind
                for suffix in ("", "-wal", "-shm"):
                    Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise


def _make_room(path: Path, create: bool) -> bool:
    """Refuse a missing or empty file unless asked to create one; make the empty file then
    (so it can be locked by its identity). True if this call made it."""
    empty = not path.exists() or (path.is_file() and path.stat().st_size == 0)
    if not empty:
        return False
    if not create:
        raise DatabaseMissing(path)
    if path.exists():
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
    except FileExistsError:  # made by another program just now: opened like any other
        return False
    return True


def _open(location: str, path: Path | None, *, reviewer: str | None, load_register: bool,
          daily_backup: bool, read_only: bool, create: bool,
          password: str | None = None) -> Desk:
    reason = "damaged" if read_only else ""
    url = database_url(location)
    access = Writability.DAMAGED if read_only else Writability.WRITABLE
    if path is not None:
        found = writability(path)
        if found is not Writability.WRITABLE:
            access = found
            read_only, reason = True, access.value
        elif not read_only:
            problems = integrity_problems(path)
            if problems:
                raise DatabaseDamaged(path, problems, latest_good_backup(path))
        revision = inspect_file(path)
        if revision is None and not create:  # a SQLite file without any table: not ours yet
            raise DatabaseMissing(path)
        if read_only and reason != "damaged" and revision != SCHEMA_REVISION:
            raise UpgradeImpossible(path, SCHEMA_REVISION)
        if read_only:
            url = f"sqlite:///{read_only_uri(path)}&uri=true"
    engine = make_engine(url, password=password)
    if path is not None:
        guard_engine(engine, path, access)
    if read_only:
        _query_only(engine)
    backup = None if read_only else upgrade_schema(engine)
    desk = Desk(engine=engine, catalogs=load_catalogs(resource("criteria")),
                reviewer=reviewer or default_reviewer(), location=location,
                backup_before_upgrade=backup, database_path=path, read_only=read_only,
                read_only_reason=reason,
                reviewer_named=bool((reviewer or "").strip() or configured_reviewer()))
    if path is not None and daily_backup and reason != "damaged" and daily_backup_due(path):
        try:
            desk.daily_backup = take_backup(path, "daily")
        except (OSError, sqlite3.Error, StoreError) as exc:
            folder = backup_folder(path)
            desk.warnings.append(StoreWarning(
                "backup_failed", f"the daily backup could not be written into {folder} "
                f"({getattr(exc, 'strerror', None) or exc}); the work goes on without it",
                {"folder": str(folder), "detail": str(getattr(exc, "strerror", None) or exc)}))
    if load_register and not read_only:
        with desk.session() as session:
            empty = not session.scalar(select(func.count()).select_from(REGISTER))
        if empty:
            from digiamt_desk.services.register_loading import load_shipped_register

            load_shipped_register(desk.engine)
    if engine.dialect.name == "postgresql":
        from digiamt_desk.services.team import adopt_login

        adopt_login(desk)  # in team mode the acting person is the database login
    return desk
