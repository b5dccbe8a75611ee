"""What a SQLite file's schema holds, compared with what our migrations create.

A database file may carry code that runs on every change (triggers, views where tables are
expected), so its schema (tables, indexes, triggers, views) must be exactly what our migrations
create for its revision, else it is refused (sqlite_safety.py: `NotOurDatabase`, `NewerDatabase`,
`ForeignSchema`). The expected schema is not a second list to keep in step: the migrations are
run once per process on an in-memory database and the result is kept, also in the user's cache
folder under a digest of everything it depends on.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from functools import cache
from pathlib import Path

from digiamt_desk.store.sqlite_access import read_only_uri
from digiamt_desk.store.sqlite_safety import (
    DatabaseUnreadable,
    ForeignSchema,
    NewerDatabase,
    NotOurDatabase,
)

__all__ = ["SchemaRow", "expected_schema", "inspect_file"]


# type, name, table, and what it is: for a table its columns (name, declared type, not null,
# default, key, hidden) and foreign keys, for an index its table, uniqueness, partiality and
# columns, both read with SQLite's pragmas, so a SQLAlchemy that words the same DDL otherwise
# does not make a sound database look foreign; for a trigger or a view (code that runs) its
# SQL with the spaces collapsed.
SchemaRow = tuple[str, str, str, str]
_SHAPE_VERSION = "shape-2"  # part of the kept schema's key: a new description, a new key


def _normal(sql: str | None) -> str:
    return re.sub(r"\s+", " ", sql or "").strip()


def _shape(connection: sqlite3.Connection, kind: str, name: str, sql: str | None) -> str:
    if kind == "table":
        columns = connection.execute(
            "SELECT name, upper(type), \"notnull\", dflt_value, pk, hidden "
            "FROM pragma_table_xinfo(?) ORDER BY cid", (name,)).fetchall()
        keys = connection.execute(
            "SELECT \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
            "FROM pragma_foreign_key_list(?) ORDER BY id, seq", (name,)).fetchall()
        strict = " WITHOUT ROWID" if re.search(r"\)\s*WITHOUT\s+ROWID", sql or "", re.I) else ""
        return json.dumps([columns, keys, strict])
    if kind == "index":
        listed = {row[1]: row for row in connection.execute(
            "SELECT seq, name, \"unique\", origin, partial FROM pragma_index_list("
            "(SELECT tbl_name FROM sqlite_master WHERE name = ?))", (name,))}
        columns = connection.execute(
            "SELECT name, \"desc\", coll, key FROM pragma_index_xinfo(?) ORDER BY seqno",
            (name,)).fetchall()
        flags = list(listed.get(name, ())[2:])
        where = re.search(r"\bWHERE\b(.*)$", _normal(sql), re.I)
        return json.dumps([flags, columns, _normal(where.group(1)) if where else ""])
    return _normal(sql)


def _schema_rows(connection: sqlite3.Connection) -> set[SchemaRow]:
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(str(kind), str(name), str(table), _shape(connection, str(kind), str(name), sql))
            for kind, name, table, sql in rows
            # SQLite's own: automatic indexes (their SQL is the table's) and ANALYZE's figures
            if not (kind in ("table", "index") and str(name).startswith("sqlite_"))}


@cache
def expected_schema(revision: str) -> frozenset[SchemaRow] | None:
    """What our migrations make up to `revision` (None: a revision we do not know).

    Running the migrations takes about half a second, so the result is also kept in the user's
    cache folder under a digest of everything it depends on (the migration files, SQLite,
    SQLAlchemy and Alembic versions): a changed migration is a new key, never a stale answer."""
    key = _schema_key(revision)
    cached = _read_cached(key)
    if cached is not None:
        return cached
    schema = _migrated_schema(revision)
    if schema is not None:
        _write_cached(key, schema)
    return schema


def _migrated_schema(revision: str) -> frozenset[SchemaRow] | None:
    from alembic.script import ScriptDirectory

    from digiamt_desk.store.db import _alembic_config, make_engine, migrate_to

    scripts = ScriptDirectory.from_config(_alembic_config())
    if revision not in {script.revision for script in scripts.walk_revisions()}:
        return None
    engine = make_engine("sqlite://")
    try:
        migrate_to(engine, revision)
        raw = engine.raw_connection()
        try:
            return frozenset(_schema_rows(raw.driver_connection))  # type: ignore[arg-type]
        finally:
            raw.close()
    finally:
        engine.dispose()


def _schema_key(revision: str) -> str:
    digest = hashlib.sha256(_SHAPE_VERSION.encode())
    for name in ("sqlalchemy", "alembic"):
        digest.update(_installed(name).encode())
    digest.update(sqlite3.sqlite_version.encode() + revision.encode())
    folder = Path(__file__).parent / "migrations"
    for path in sorted([*folder.glob("*.py"), *(folder / "versions").glob("*.py")]):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:32]


def _installed(package: str) -> str:
    """What is installed of `package`: its `__init__` file with size and modification time, found
    without importing it (an upgrade rewrites the file, its version among it). Reading the
    version from the package metadata costs 20 ms of every start (importlib.metadata)."""
    import importlib.util

    try:
        spec = importlib.util.find_spec(package)
        origin = spec.origin if spec is not None else None
        if origin and os.path.isfile(origin):
            found = os.stat(origin)
            return f"{package}:{origin}:{found.st_size}:{found.st_mtime_ns}"
    except (ImportError, ValueError, OSError):
        pass
    return package  # a frozen bundle: the migration files decide


def _cache_file(key: str) -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir("DigiAmt Desk", "StMD")) / f"schema-{key}.json"


def _read_cached(key: str) -> frozenset[SchemaRow] | None:
    try:
        rows = json.loads(_cache_file(key).read_text(encoding="utf-8"))
        return frozenset((str(a), str(b), str(c), str(d)) for a, b, c, d in rows)
    except (OSError, ValueError, TypeError):
        return None


def _write_cached(key: str, schema: frozenset[SchemaRow]) -> None:
    target = _cache_file(key)
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.write_text(json.dumps(sorted(schema)), encoding="utf-8")
        partial.replace(target)
    except OSError:  # no cache this time (a read-only home): the next start computes again
        partial.unlink(missing_ok=True)


def inspect_file(path: Path) -> str | None:
    """Check that `path` is a DigiAmt Desk database with only our schema; returns its schema
    revision (None for an empty file or one without tables, which a migration may fill).
    Raises NotOurDatabase, NewerDatabase or ForeignSchema; reads only, runs nothing of the
    file's."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        connection = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise NotOurDatabase(path, f"SQLite cannot open it: {exc}") from exc
    try:
        connection.execute("PRAGMA trusted_schema = OFF")
        try:
            found = _schema_rows(connection)
        except sqlite3.DatabaseError as exc:
            if str(getattr(exc, "sqlite_errorname", "")).startswith("SQLITE_NOTADB"):
                raise NotOurDatabase(path, "it is no SQLite database") from exc
            raise DatabaseUnreadable(path, str(exc)) from exc
        if not found:
            return None
        tables = {name for kind, name, _t, _s in found if kind == "table"}
        if "alembic_version" not in tables:
            names = ", ".join(sorted(tables)[:5]) + (", ..." if len(tables) > 5 else "")
            raise NotOurDatabase(path, f"it holds other tables: {names}")
        try:
            versions = [str(row[0]) for row in connection.execute(
                "SELECT version_num FROM alembic_version")]
        except sqlite3.DatabaseError as exc:
            raise NotOurDatabase(path, f"its schema version cannot be read: {exc}") from exc
    finally:
        connection.close()
    if len(versions) != 1:
        raise NotOurDatabase(path, f"{len(versions)} schema versions instead of one")
    revision = versions[0]
    expected = expected_schema(revision)
    if expected is None:
        raise NewerDatabase(path, revision)
    _compare(path, found, expected)
    return revision


def _compare(path: Path, found: set[SchemaRow], expected: frozenset[SchemaRow]) -> None:
    expected_by_name = {(kind, name): row for row in expected for kind, name in [row[:2]]}
    for row in sorted(found - expected):
        kind, name = row[0], row[1]
        if (kind, name) in expected_by_name:
            raise ForeignSchema(path, kind, name, "changed")
        raise ForeignSchema(path, kind, name, "extra")
    for row in sorted(expected - found):
        raise ForeignSchema(path, row[0], row[1], "missing")
