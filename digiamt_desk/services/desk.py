"""The open workspace every use case runs on: the database, the criteria catalogs, the reviewer.

The GUI and the `digiamt` command both call `open_desk` and then the functions of the services
package; neither writes SQL of its own.
"""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, event, func, select
from sqlmodel import Session

from digiamt_desk.domain.catalog import Catalog, catalog_in_force, load_catalogs
from digiamt_desk.paths import resource
from digiamt_desk.store import lock
from digiamt_desk.store.backups import (
    DatabaseDamaged,
    daily_backup_due,
    integrity_problems,
    latest_good_backup,
    take_backup,
)
from digiamt_desk.store.db import database_url, make_engine, upgrade_schema
from digiamt_desk.store.tables import REGISTER, Setting

APP_NAME = "DigiAmt Desk"
APP_AUTHOR = "StMD"


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_database_path() -> Path:
    """`DIGIAMT_DB` if set, else digiamt.db in the platform's user data folder."""
    configured = os.environ.get("DIGIAMT_DB")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "digiamt.db"


def default_reviewer() -> str:
    configured = os.environ.get("DIGIAMT_REVIEWER")
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"


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
    # Opened only to read (a damaged file): every write is refused by SQLite.
    read_only: bool = False
    daily_backup: Path | None = None

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
              read_only: bool = False, program: str = "digiamt") -> Desk:
    """Open (or create) the database, upgrade its schema and make sure the register is in it.

    A SQLite file is locked for this process first (another running DigiAmt Desk gets
    DatabaseLocked) and checked with SQLite's quick_check: a damaged file raises
    DatabaseDamaged naming the newest sound backup, and is not written to. `read_only` opens
    it anyway, for reading only. `daily_backup` copies the file when the newest copy is older
    than a day."""
    location = str(db) if db is not None else str(default_database_path())
    path = sqlite_file(location)
    if path is not None:
        lock.acquire(path, program)
    try:
        return _open(location, path, reviewer=reviewer, load_register=load_register,
                     daily_backup=daily_backup, read_only=read_only)
    except BaseException:
        if path is not None:
            lock.release(path)
        raise


def _open(location: str, path: Path | None, *, reviewer: str | None, load_register: bool,
          daily_backup: bool, read_only: bool) -> Desk:
    if path is not None and not read_only:
        problems = integrity_problems(path)
        if problems:
            raise DatabaseDamaged(path, problems, latest_good_backup(path))
    engine = make_engine(database_url(location))
    if read_only:
        _query_only(engine)
    backup = None if read_only else upgrade_schema(engine)
    desk = Desk(engine=engine, catalogs=load_catalogs(resource("criteria")),
                reviewer=reviewer or default_reviewer(), location=location,
                backup_before_upgrade=backup, database_path=path, read_only=read_only)
    if path is not None and daily_backup and not read_only and daily_backup_due(path):
        desk.daily_backup = take_backup(path, "daily")
    if load_register and not read_only:
        with desk.session() as session:
            empty = not session.scalar(select(func.count()).select_from(REGISTER))
        if empty:
            from digiamt_desk.services.register_loading import load_shipped_register

            load_shipped_register(desk.engine)
    return desk
