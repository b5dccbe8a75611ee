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

import platformdirs
from sqlalchemy import Engine, func, select
from sqlmodel import Session

from digiamt_desk.domain.catalog import Catalog, catalog_in_force, load_catalogs
from digiamt_desk.paths import resource
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


def open_desk(db: str | Path | None = None, *, reviewer: str | None = None,
              load_register: bool = True) -> Desk:
    """Open (or create) the database, upgrade its schema and make sure the register is in it."""
    location = str(db) if db is not None else str(default_database_path())
    engine = make_engine(database_url(location))
    backup = upgrade_schema(engine)
    desk = Desk(engine=engine, catalogs=load_catalogs(resource("criteria")),
                reviewer=reviewer or default_reviewer(), location=location,
                backup_before_upgrade=backup)
    if load_register:
        with desk.session() as session:
            empty = not session.scalar(select(func.count()).select_from(REGISTER))
        if empty:
            from digiamt_desk.services.register import load_shipped_register

            load_shipped_register(desk)
    return desk
