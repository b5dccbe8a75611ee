"""The schema, its upgrade with a backup, and the SQLite settings the store promises."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlmodel import SQLModel

from digiamt_desk.store import tables
from digiamt_desk.store.db import (
    SCHEMA_REVISION,
    StoreError,
    current_revision,
    make_engine,
    upgrade_schema,
)


def test_schema_revision_is_the_newest_migration() -> None:
    config = Config()
    config.set_main_option("script_location", str(Path(tables.__file__).parent / "migrations"))
    assert ScriptDirectory.from_config(config).get_current_head() == SCHEMA_REVISION


def test_migrations_build_exactly_the_tables_of_the_code(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'fresh.db'}")
    assert upgrade_schema(engine) is None  # a new database needs no backup
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       SQLModel.metadata)
    assert differences == []
    assert current_revision(engine) == SCHEMA_REVISION


def test_wal_and_foreign_keys_are_on(tmp_path: Path) -> None:
    engine = make_engine(f"sqlite:///{tmp_path / 'x.db'}")
    upgrade_schema(engine)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_an_older_database_is_backed_up_before_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE notes (text TEXT)")
        connection.execute("INSERT INTO notes VALUES ('written by hand')")
    backup = upgrade_schema(make_engine(f"sqlite:///{path}"))
    assert backup is not None and backup.exists()
    with sqlite3.connect(backup) as copy:
        assert copy.execute("SELECT text FROM notes").fetchall() == [("written by hand",)]


def test_a_failed_upgrade_changes_nothing_and_names_the_backup(tmp_path: Path) -> None:
    path = tmp_path / "clash.db"
    with sqlite3.connect(path) as connection:
        # A table in the way of the migration: the upgrade must fail as a whole.
        connection.execute("CREATE TABLE application (id INTEGER PRIMARY KEY, x TEXT)")
        connection.execute("INSERT INTO application VALUES (1, 'keep me')")
    with pytest.raises(StoreError) as err:
        upgrade_schema(make_engine(f"sqlite:///{path}"))
    assert "backups" in str(err.value)
    with sqlite3.connect(path) as connection:
        names = {r[0] for r in connection.execute("SELECT name FROM sqlite_master")}
        assert connection.execute("SELECT x FROM application").fetchall() == [("keep me",)]
    assert "register_entry" not in names and "alembic_version" not in names


# --- a database file is untrusted input (issue 14, items 13 and 14) ----------------------------


def test_every_connection_runs_with_an_untrusted_schema(tmp_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk

    desk = open_desk(tmp_path / "new.db", load_register=False, create=True)
    try:
        with desk.engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA trusted_schema").scalar() == 0
    finally:
        desk.close()


def test_the_expected_schema_comes_from_the_migrations_of_each_revision() -> None:
    from digiamt_desk.store.sqlite_schema import expected_schema

    initial = expected_schema("0001_initial")
    newest = expected_schema(SCHEMA_REVISION)
    assert initial is not None and newest is not None
    names = {(kind, name) for kind, name, _table, _sql in newest - initial}
    assert ("table", "procedure_check") in names  # what 0002 added, and nothing by hand
    assert {kind for kind, _n, _t, _s in newest} == {"table", "index"}  # no trigger, no view
    assert expected_schema("9999_from_the_future") is None


def test_a_database_of_an_older_revision_passes_the_check_and_is_upgraded(
        tmp_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.db import migrate_to

    path = tmp_path / "old.db"
    engine = make_engine(f"sqlite:///{path}")
    migrate_to(engine, "0001_initial")
    engine.dispose()
    desk = open_desk(path, load_register=False)
    try:
        assert current_revision(desk.engine) == SCHEMA_REVISION
        assert desk.backup_before_upgrade is not None
    finally:
        desk.close()


def test_a_database_of_a_newer_program_is_refused_unchanged(tmp_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.sqlite_safety import NewerDatabase

    path = tmp_path / "future.db"
    open_desk(path, load_register=False, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_future'")
    connection.close()
    before = path.read_bytes()
    with pytest.raises(NewerDatabase, match="written by a newer DigiAmt Desk"):
        open_desk(path)
    assert path.read_bytes() == before


def test_a_tampered_file_is_refused_before_any_of_its_triggers_can_run(tmp_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.sqlite_safety import ForeignSchema

    path = tmp_path / "crafted.db"
    open_desk(path, load_register=False, create=True).close()
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TRIGGER steal AFTER INSERT ON setting "
                           "BEGIN UPDATE application SET status = 'awarded'; END")
    connection.close()
    with pytest.raises(ForeignSchema) as refused:
        open_desk(path)
    assert refused.value.code == "foreign_schema"
    assert refused.value.params["kind"] == "trigger" and refused.value.params["name"] == "steal"


def test_the_kept_schema_is_recomputed_when_its_file_is_unreadable(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from digiamt_desk.store import sqlite_schema

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    sqlite_schema.expected_schema.cache_clear()
    first = sqlite_schema.expected_schema(SCHEMA_REVISION)
    kept = sqlite_schema._cache_file(sqlite_schema._schema_key(SCHEMA_REVISION))
    assert kept.exists() and kept.is_relative_to(tmp_path)
    kept.write_text('[["broken', encoding="utf-8")
    sqlite_schema.expected_schema.cache_clear()
    assert sqlite_schema.expected_schema(SCHEMA_REVISION) == first
    assert sqlite_schema._schema_key("0001_initial") != sqlite_schema._schema_key(SCHEMA_REVISION)
    sqlite_schema.expected_schema.cache_clear()


def _rewrite_schema(path: Path, table: str, old: str, new: str) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute("UPDATE sqlite_master SET sql = replace(sql, ?, ?) WHERE name = ?",
                           (old, new, table))
    connection.close()


def test_the_same_schema_worded_otherwise_is_accepted(tmp_path: Path) -> None:
    # Another SQLAlchemy may word the same DDL differently: what SQLite makes of it counts.
    from digiamt_desk.services.desk import open_desk

    path = tmp_path / "worded.db"
    open_desk(path, load_register=False, create=True).close()
    _rewrite_schema(path, "setting", '"key"', "[key]")
    desk = open_desk(path, load_register=False)  # not refused as a foreign schema
    try:
        assert current_revision(desk.engine) == SCHEMA_REVISION
        assert not desk.read_only
    finally:
        desk.close()


def test_a_column_defined_otherwise_is_refused(tmp_path: Path) -> None:
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.sqlite_safety import ForeignSchema

    path = tmp_path / "loosened.db"
    open_desk(path, load_register=False, create=True).close()
    _rewrite_schema(path, "setting", "value VARCHAR NOT NULL", "value VARCHAR")
    with pytest.raises(ForeignSchema, match="table 'setting' that differs from what DigiAmt"):
        open_desk(path, load_register=False)
