"""Bulk writes: SQLite's driver `executemany` directly (the ORM costs 20x, Core 2x, measured in
shared/design.md); PostgreSQL takes COPY (store/pg_copy.py); anything else goes through Core."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table, bindparam


def insert_many(connection: Connection, table: Table, columns: Sequence[str],
                rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        names = ", ".join(columns)
        marks = ", ".join("?" * len(columns))
        connection.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})",
                                   list(rows))
    elif connection.dialect.name == "postgresql":
        from digiamt_desk.store.pg_copy import copy_rows

        copy_rows(connection, table, columns, rows)  # COPY: the team server's bulk path
    else:
        connection.execute(table.insert(), [dict(zip(columns, row, strict=True)) for row in rows])


def update_many(connection: Connection, table: Table, columns: Sequence[str], key: str,
                rows: Sequence[Sequence[Any]]) -> None:
    """UPDATE table SET columns WHERE key = ...; each row holds the column values, then the key."""
    if not rows:
        return
    if connection.dialect.name == "sqlite":
        assignments = ", ".join(f"{c} = ?" for c in columns)
        connection.exec_driver_sql(f"UPDATE {table.name} SET {assignments} WHERE {key} = ?",
                                   list(rows))
    else:
        statement = (table.update().where(table.c[key] == bindparam("_key"))
                     .values({c: bindparam(c) for c in columns}))
        connection.execute(statement, [{**dict(zip(columns, row[:-1], strict=True)),
                                        "_key": row[-1]} for row in rows])
