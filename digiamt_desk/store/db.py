"""Engine and session setup, and the schema upgrade with a backup taken before it.

The engine is made from a database URL, so a shared PostgreSQL server can take SQLite's place
without touching the services. SQLite runs with WAL, foreign keys and real transactions (the
pysqlite driver's own transaction handling is switched off, see `_sqlite_transactions`).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digiamt_desk.store.errors import StoreError as StoreError  # raised here, importable here

if TYPE_CHECKING:  # SQLAlchemy is loaded by the functions that use it: the CLI's import of a
    # SQLite file runs on the DB-API alone (store/sqlite_import.py) and needs this module's
    # names without SQLAlchemy's 0.2 s
    from sqlalchemy import Engine

# The newest migration in store/migrations/versions; a test keeps the two in step. Checking it
# here saves loading Alembic on every start when the schema is current.
SCHEMA_REVISION = "0013_team"


def database_url(path_or_url: str | Path) -> str:
    text_value = str(path_or_url)
    if "://" in text_value:
        scheme = text_value.split("://", 1)[0].lower().split("+", 1)[0]
        if scheme not in ("sqlite", "postgresql", "postgres"):
            raise StoreError(f"'{scheme}://' is no database this program opens; give a file "
                             "name or a postgresql://USER@HOST/DATABASE URL")
        return text_value
    if text_value.lower().startswith(("postgresql:", "postgres:")):
        # "postgresql:/user@host/db" (one slash lost in a shell script) is a server, not a file.
        raise StoreError(f"'{text_value}' looks like a server URL with a slash missing; "
                         "write postgresql://USER@HOST/DATABASE")
    return f"sqlite:///{Path(text_value).expanduser().resolve()}"


def _sqlite_transactions(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves
        cursor = dbapi_connection.cursor()
        # The file's schema is untrusted: no function it names runs with our rights.
        cursor.execute("PRAGMA trusted_schema = OFF")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA busy_timeout = 5000")
        if engine.url.database not in (None, "", ":memory:") \
                and not engine.url.query.get("uri"):  # a read-only URI changes no mode
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN")


def make_engine(url: str, *, password: str | None = None) -> Engine:
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    if url.split("://", 1)[0].lower().split("+", 1)[0] in ("postgresql", "postgres"):
        from digiamt_desk.store.postgres import make_server_engine  # the team server

        return make_server_engine(url, password=password)
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not parsed.query.get("uri"):
            Path(database).parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args={"check_same_thread": False})
        _sqlite_transactions(engine)
        return engine
    raise StoreError(f"'{parsed.drivername}' databases are not supported")


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(engine: Engine, label: str) -> Path | None:
    """Copy a SQLite database into its backup folder with SQLite's online backup (WAL
    included)."""
    database = engine.url.database
    if engine.url.get_backend_name() != "sqlite" or not database or database == ":memory:":
        return None
    from digiamt_desk.store.backups import take_backup

    return take_backup(Path(database), label)  # rotated per kind, see store/backups.py


def upgrade_schema(engine: Engine) -> Path | None:
    """Bring the schema to SCHEMA_REVISION. Returns the backup taken before, if one was needed."""
    revision = current_revision(engine)
    if revision == SCHEMA_REVISION:
        return None
    from sqlalchemy import inspect

    backup = None
    with engine.connect() as connection:
        has_tables = bool(inspect(connection).get_table_names())
    if has_tables:
        backup = backup_sqlite(engine, f"before-{SCHEMA_REVISION}")
    try:
        _run_alembic_upgrade(engine)
    except Exception as exc:
        kept = f" A copy taken before the upgrade is at {backup}." if backup else ""
        raise StoreError(f"the database schema could not be upgraded: {exc}.{kept}") from exc
    return backup


def _alembic_config() -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    return config


def migrate_to(engine: Engine, revision: str = "head") -> None:
    """Run the migrations up to `revision` (also used to learn what a revision's schema is)."""
    from alembic import command

    config = _alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _run_alembic_upgrade(engine: Engine) -> None:
    migrate_to(engine, "head")


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite database (used for backups the user asks for)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)


def remove_database_files(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(str(path) + suffix).unlink(missing_ok=True)


__all__ = ["SCHEMA_REVISION", "StoreError", "backup_sqlite", "copy_database", "current_revision",
           "database_url", "make_engine", "remove_database_files", "upgrade_schema"]
