"""The same Alembic migrations on PostgreSQL: the code's tables exactly, an upgrade of a
database of the previous revision keeps its rows, and a downgrade removes the team guards."""

from __future__ import annotations

from pathlib import Path

import psycopg
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from pg_cluster import Cluster, fresh_database
from sqlmodel import SQLModel

from digiamt_desk.store import tables
from digiamt_desk.store.db import SCHEMA_REVISION, current_revision, make_engine, upgrade_schema


def _config(connection: object) -> Config:
    config = Config()
    config.set_main_option("script_location", str(Path(tables.__file__).parent / "migrations"))
    config.attributes["connection"] = connection
    return config


def test_migrations_build_exactly_the_tables_of_the_code(pg_cluster: Cluster) -> None:
    pg_cluster.admin_sql("CREATE DATABASE schema_fresh")
    engine = make_engine(pg_cluster.url("schema_fresh"))
    assert upgrade_schema(engine) is None  # no file to back up on a server
    with engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection),
                                       SQLModel.metadata)
    assert differences == []
    assert current_revision(engine) == SCHEMA_REVISION
    engine.dispose()


def test_an_older_database_keeps_its_rows_and_loses_its_guards_on_downgrade(
        pg_cluster: Cluster, pg_template: str) -> None:
    name = fresh_database(pg_cluster, pg_template)
    engine = make_engine(pg_cluster.url(name))
    with engine.begin() as connection:
        command.downgrade(_config(connection), "0002_checks")
    with psycopg.connect(pg_cluster.url(name)) as raw:
        assert raw.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'digiamt%'"
                           ).fetchone() == (0,)
        raw.execute("INSERT INTO application (ars, name, official_name, kind, reference, "
                    "reviewer, status, received_on, head_title, head_name, address, "
                    "created_at, updated_at) VALUES ('096000000000', 'Unterfranken', "
                    "'Bezirk Unterfranken', 'bezirk', 'A-1', 'x', 'received', '2026-01-01', "
                    "'', '', '', now(), now())")
    upgrade_schema(engine)
    with psycopg.connect(pg_cluster.url(name)) as raw:
        assert raw.execute("SELECT reference, version, assignee FROM application"
                           ).fetchall() == [("A-1", 1, "")]
        assert raw.execute("SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'digiamt%'"
                           ).fetchone()[0] >= 10
    engine.dispose()
    pg_cluster.admin_sql(f"DROP DATABASE {name} WITH (FORCE)")
