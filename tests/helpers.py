"""Small helpers the tests share (fixtures live in conftest.py)."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent


def write_csv(path: Path, lines: list[str], encoding: str = "utf-8") -> Path:
    """A CSV file as Excel writes it: CRLF line ends, in the given encoding."""
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def table_counts(database: Path) -> dict[str, int]:
    """Rows per table: two snapshots equal mean an action changed nothing."""
    with sqlite3.connect(database) as connection:
        names = [r[0] for r in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {n: connection.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0]
                for n in names}


class Clock:
    """A clock the test moves: history and status dates become predictable."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def desk_counts(desk: Any) -> dict[str, int]:
    """Rows per table of an open desk, SQLite or PostgreSQL alike (never empty: the register
    is always loaded, so two equal snapshots mean something)."""
    from sqlalchemy import inspect, text

    with desk.engine.connect() as connection:
        names = inspect(connection).get_table_names()
        counts = {name: int(connection.execute(text(f'SELECT count(*) FROM "{name}"')).scalar()
                            or 0) for name in names}
    assert counts.get("register_entry", 0) > 0, counts
    return counts


def dump(database: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in key order, the register excepted (copied, never written)."""
    connection = sqlite3.connect(database)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name != 'register_entry' "
            "AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {name: connection.execute(f"SELECT * FROM {name} ORDER BY rowid").fetchall()
                for name in tables}
    finally:
        connection.close()
