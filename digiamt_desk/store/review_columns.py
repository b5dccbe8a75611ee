"""The review table's side columns, read only where a row has a value: the latest check
result (its own sparse table) and what the import recorded about the link
(procedure.import_hints, empty for most rows). Also the plain DB-API reading that
store/review_table.py uses for everything."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from digiamt_desk.domain.procedure_table import ProcedureTable


class RowSource(Protocol):
    """What the read model reads through: a SQLAlchemy Engine, or a plain SQLite file
    (store/review_source.py, read before SQLAlchemy is loaded). Only its dialect's `name` and
    `paramstyle` and its DB-API connections (`raw_connection()`, `close()` gives it back) are
    used."""

    @property
    def dialect(self) -> Any: ...

    def raw_connection(self) -> Any: ...

CHUNK = 500  # ids per `IN (...)`: far below any SQLite build's variable limit


def in_driver_style(sql: str, paramstyle: str) -> str:
    """`?` (SQLite's style) in the driver's own style, so PostgreSQL drivers read it too."""
    if paramstyle == "qmark":
        return sql
    if paramstyle in ("format", "pyformat"):
        return sql.replace("%", "%%").replace("?", "%s")
    if paramstyle == "numeric":
        parts = sql.split("?")
        return parts[0] + "".join(f":{n}{part}" for n, part in enumerate(parts[1:], 1))
    from digiamt_desk.store.errors import StoreError

    raise StoreError(f"the database driver's parameter style '{paramstyle}' is not supported "
                     "(SQLite and PostgreSQL drivers are)")


def fetch(engine: RowSource, sql: str, parameters: Sequence[Any],
           pragmas: Sequence[tuple[str, str]] = ()) -> list[tuple[Any, ...]]:
    """Rows as plain tuples straight from the DB-API cursor, on a connection of the pool.

    `pragmas` are (set, reset) statements around the query; the pool keeps the connection."""
    sql = in_driver_style(sql, engine.dialect.paramstyle)
    connection = engine.raw_connection()
    try:
        cursor = connection.cursor()
        try:
            for statement, _ in pragmas:
                cursor.execute(statement)
            try:
                cursor.execute(sql, tuple(parameters))
                return list(cursor.fetchall())
            finally:
                for _, reset in pragmas:
                    cursor.execute(reset)
        finally:
            cursor.close()
    finally:
        connection.close()  # back to the pool


_CHECK_COLUMNS = ("procedure_id, CASE WHEN checked_at IS NULL THEN '' ELSE status END, hints, "
                  "maturity, maturity_override")


def load_checks(engine: RowSource, table: ProcedureTable) -> None:
    """The check results: only the checked rows are read (none before the first check)."""
    count = len(table.ids)
    table.check_status, table.hints = [""] * count, [""] * count
    table.maturity, table.maturity_override = [None] * count, [None] * count
    if not count:
        return
    rows = fetch(engine, f"SELECT {_CHECK_COLUMNS} FROM procedure_check "
                        "WHERE application_id = ?", (table.application_id,))
    position = table.position
    for pid, status, hints, maturity, override in rows:
        p = position(pid)
        if p is not None:
            table.check_status[p], table.hints[p] = status, hints
            table.maturity[p], table.maturity_override[p] = maturity, override


def load_import_hints(engine: RowSource, table: ProcedureTable,
                      rows: list[tuple[Any, ...]] | None = None) -> None:
    """The import's hints: only the rows that have any are read (few in most lists). `rows`:
    those of `import_hint_rows`, read beforehand (on another thread)."""
    count = len(table.ids)
    table.import_hints = [""] * count
    if not count:
        return
    if rows is None:
        rows = import_hint_rows(engine, table.application_id)
    position = table.position
    for pid, hints in rows:
        p = position(pid)
        if p is not None:
            table.import_hints[p] = hints


def import_hint_rows(engine: RowSource, application_id: int,
                     where: str = "application_id = ?") -> list[tuple[Any, ...]]:
    """(id, hints) of the procedures with import hints: a scan of the application's rows,
    which a thread of its own can run while the table's other columns are read. `where`: how
    the application's rows are found (`+application_id = ?` scans the table in id order)."""
    return fetch(engine, f"SELECT id, import_hints FROM procedure WHERE {where} "
                        "AND import_hints != ''", (application_id,))


def reload_import_hints(engine: RowSource, table: ProcedureTable, wanted: list[int]) -> list[int]:
    """Read the import hints of these ids again; the positions whose hints changed."""
    found: dict[int, str] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for pid, hints in fetch(engine, "SELECT id, import_hints FROM procedure "
                                       f"WHERE id IN ({marks})", tuple(chunk)):
            found[pid] = hints or ""
    changed = []
    for pid in wanted:
        p = table.position(pid)
        assert p is not None
        hints = found.get(pid, "")
        if table.import_hints[p] != hints:
            table.import_hints[p] = hints
            changed.append(p)
    return changed


def reload_checks(engine: RowSource, table: ProcedureTable, wanted: list[int]) -> list[int]:
    """Read the check results of these ids again; the positions whose values changed."""
    found: dict[int, tuple[Any, ...]] = {}
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start:start + CHUNK]
        marks = ", ".join("?" * len(chunk))
        for row in fetch(engine, f"SELECT {_CHECK_COLUMNS} FROM procedure_check "
                                f"WHERE procedure_id IN ({marks})", tuple(chunk)):
            found[row[0]] = tuple(row[1:])
    changed = []
    for pid in wanted:
        p = table.position(pid)
        assert p is not None
        after = found.get(pid, ("", "", None, None))
        before = (table.check_status[p], table.hints[p], table.maturity[p],
                  table.maturity_override[p])
        if before != after:
            (table.check_status[p], table.hints[p], table.maturity[p],
             table.maturity_override[p]) = after
            changed.append(p)
    return changed
