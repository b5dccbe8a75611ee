"""Bulk rows into PostgreSQL with COPY (psycopg 3), inside the caller's transaction.

COPY streams the rows in PostgreSQL's binary-free text protocol without a statement per row;
an executemany of INSERTs costs a round trip and a plan execution per row (benchmarks/
team_benchmark.py measures COPY against `psql \\copy` of the same rows).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, Table


def copy_rows(connection: Connection, table: Table, columns: Sequence[str],
              rows: Sequence[Sequence[Any]]) -> None:
    if not rows:
        return
    for name in (table.name, *columns):  # names come from our tables, never from input
        if not name.replace("_", "").isalnum():
            raise ValueError(f"unexpected column name {name!r}")
    driver = connection.connection.driver_connection
    assert driver is not None
    statement = f'COPY "{table.name}" ({", ".join(columns)}) FROM STDIN'
    with driver.cursor() as cursor, cursor.copy(statement) as copy:
        for row in rows:
            copy.write_row(row)
