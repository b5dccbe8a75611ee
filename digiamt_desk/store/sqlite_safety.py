"""A SQLite file is untrusted input: what it is, whether it can be written, what its schema holds.

Databases travel (backups, copies on a stick, the offline files of team mode), and a SQLite file
carries code of its own: triggers run on every change, views stand where tables are expected.
So before a file is used:

- it must be a DigiAmt Desk database: a file with other programs' tables is refused, never
  converted (`NotOurDatabase`); a new database is made only where no file is, and only when
  asked (`DatabaseMissing` says how);
- its schema (tables, indexes, triggers, views) must be exactly what our migrations create for
  its revision (`ForeignSchema`). The expected schema is not a second list to keep in step: the
  migrations are run once per process on an in-memory database and the result is kept;
- every connection runs with `PRAGMA trusted_schema = OFF`, so even a function named in the
  schema is not run with the program's rights.

A file that cannot be written (its own permissions or attributes, a read-only folder or drive)
is opened for reading only, with the reason kept (`Writability`), and a write then fails with a
message that says so (`DatabaseReadOnly`); a full disk says that (`DiskFull`). Each refusal has
a `code` and `params` for the window's translated text; the English text is for the command.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digiamt_desk.store.db import StoreError

if TYPE_CHECKING:
    from sqlalchemy import Engine


class Writability(StrEnum):
    WRITABLE = "writable"
    FILE_READ_ONLY = "file_read_only"  # the file's permissions or attributes forbid writing
    FOLDER_READ_ONLY = "folder_read_only"  # its folder takes no new files
    DRIVE_READ_ONLY = "drive_read_only"  # the drive is mounted read-only (a CD, a locked stick)
    DISK_FULL = "disk_full"  # no room left for SQLite's WAL and index files
    DAMAGED = "damaged"  # sound enough to read, opened for reading only at the user's choice


# Below this much free space a change cannot even begin (the -shm file alone takes 32 KiB).
FULL_BELOW = 256 * 1024


class StoreRefusal(StoreError):
    """A refusal with a code and parameters (for the window's translation)."""

    code = "store"

    def __init__(self, message: str, **params: str) -> None:
        super().__init__(message)
        self.params = params


class DatabaseMissing(StoreRefusal):
    code = "missing"

    def __init__(self, path: Path) -> None:
        super().__init__(f"{path} does not exist (or is empty); to make a new database there, "
                         f"run: digiamt --db {path} --create COMMAND", path=str(path))


class NotOurDatabase(StoreRefusal):
    code = "not_ours"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} is not a DigiAmt Desk database ({detail}); it was not changed",
                         path=str(path), detail=detail)


class NewerDatabase(StoreRefusal):
    code = "newer"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} was written by a newer DigiAmt Desk (schema {revision}); "
                         "update this program to open it", path=str(path), revision=revision)


class ForeignSchema(StoreRefusal):
    """`problem`: "extra" (we do not make it), "changed" (ours, defined otherwise) or
    "missing"."""

    code = "foreign_schema"

    def __init__(self, path: Path, kind: str, name: str, problem: str) -> None:
        if problem == "missing":
            text = f"{path} lacks the {kind} '{name}' of a DigiAmt Desk database"
        else:
            what = ("DigiAmt Desk does not create" if problem == "extra"
                    else "differs from what DigiAmt Desk creates")
            text = (f"{path} holds a {kind} '{name}' that {what}; a database file may carry "
                    "code that runs on every change")
        super().__init__(f"{text}, so it was not opened (and not changed)", path=str(path),
                         kind=kind, name=name, problem=problem)


class DatabaseReadOnly(StoreRefusal):
    code = "read_only"

    def __init__(self, path: Path, reason: Writability) -> None:
        where = {Writability.FOLDER_READ_ONLY: f"its folder {path.parent} is read-only",
                 Writability.DRIVE_READ_ONLY: "the drive it is on is read-only",
                 Writability.DAMAGED: "it is damaged and was opened for reading only"}.get(
                     reason, "the file is read-only")
        super().__init__(f"cannot save to {path}: {where}; nothing was changed",
                         path=str(path), folder=str(path.parent), reason=reason.value)
        self.reason = reason


class DiskFull(StoreRefusal):
    code = "disk_full"

    def __init__(self, path: Path) -> None:
        super().__init__(f"cannot save to {path}: the disk is full; nothing was changed (free "
                         "some space and try again)", path=str(path))


class UpgradeImpossible(StoreRefusal):
    code = "upgrade_read_only"

    def __init__(self, path: Path, revision: str) -> None:
        super().__init__(f"{path} needs an upgrade of its schema ({revision}) but cannot be "
                         "written; copy it to a folder you can write to", path=str(path),
                         revision=revision)


# --- can the file be written? ------------------------------------------------------------------


def writability(path: Path) -> Writability:
    """Whether SQLite could write the database and its WAL files beside it."""
    folder = path.parent
    if _read_only_mount(folder):
        return Writability.DRIVE_READ_ONLY
    if path.exists() and not os.access(path, os.W_OK):
        return Writability.FILE_READ_ONLY
    if not os.access(folder, os.W_OK):
        return Writability.FOLDER_READ_ONLY
    for suffix in ("-wal", "-shm"):
        side = Path(f"{path}{suffix}")
        if side.exists() and not os.access(side, os.W_OK):
            return Writability.FILE_READ_ONLY
    if free_space(folder) < FULL_BELOW:
        return Writability.DISK_FULL
    return Writability.WRITABLE


def _read_only_mount(folder: Path) -> bool:
    try:
        return bool(os.statvfs(folder).f_flag & os.ST_RDONLY)
    except (OSError, AttributeError):  # no statvfs on Windows: the folder's access tells
        return False


def free_space(folder: Path) -> int:
    """Bytes free for this user on the drive of `folder` (a lot, where that cannot be told)."""
    import shutil

    try:
        return shutil.disk_usage(folder).free
    except OSError:
        return 1 << 62


def read_only_uri(path: Path) -> str:
    """The SQLite URI that reads `path` without writing anything, WAL files included.

    In a folder that takes no new files SQLite cannot make the `-shm` file a WAL reader needs;
    without a WAL file to read the database is opened as immutable (nothing else can change it
    there either). The same holds on a full disk."""
    uri = path.resolve().as_uri()
    wal = Path(f"{path}-wal")
    stuck = not os.access(path.parent, os.W_OK) or _read_only_mount(path.parent) \
        or free_space(path.parent) < FULL_BELOW
    if stuck and not (wal.exists() and wal.stat().st_size):
        return f"{uri}?immutable=1"
    return f"{uri}?mode=ro"


# --- what the file holds -----------------------------------------------------------------------

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


# --- the engine's guards -----------------------------------------------------------------------


def guard_engine(engine: Engine, path: Path, reason: Writability) -> None:
    """Turn SQLite's "readonly database" and "database or disk is full" into our refusals
    naming the file and the cause."""
    from sqlalchemy import event

    @event.listens_for(engine, "handle_error")
    def _translate(context: Any) -> BaseException | None:
        return refusal_for(context.original_exception, path, reason)


def refusal_for(original: BaseException, path: Path,
                reason: Writability = Writability.WRITABLE) -> StoreRefusal | None:
    """Our refusal for SQLite's "readonly database" or "database or disk is full" (None for any
    other error): used by the engine's guard and by the DB-API import path alike."""
    if not isinstance(original, sqlite3.Error):
        return None
    name = str(getattr(original, "sqlite_errorname", ""))
    if name.startswith("SQLITE_READONLY"):
        why = reason if reason is not Writability.WRITABLE else writability(path)
        if why is Writability.DISK_FULL:
            return DiskFull(path)
        return DatabaseReadOnly(path, why if why is not Writability.WRITABLE
                                else Writability.FILE_READ_ONLY)
    if name.startswith("SQLITE_FULL") or (name.startswith("SQLITE_IOERR")
                                            and free_space(path.parent) < FULL_BELOW):
        return DiskFull(path)
    return None


class DatabaseUnreadable(StoreRefusal):
    """SQLite cannot read the file for a reason that is not damage (a full disk, an I/O
    error of the drive, no permission): the file is not called damaged."""

    code = "unreadable"

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(f"{path} cannot be read ({detail}); it was not changed",
                         path=str(path), detail=detail)


def is_damage(error: sqlite3.Error) -> bool:
    """True if SQLite says the file itself is broken, not the drive or the access to it."""
    name = str(getattr(error, "sqlite_errorname", ""))
    return name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name


__all__ = [
    "FULL_BELOW",
    "DatabaseMissing",
    "DatabaseReadOnly",
    "DatabaseUnreadable",
    "DiskFull",
    "ForeignSchema",
    "NewerDatabase",
    "NotOurDatabase",
    "StoreRefusal",
    "UpgradeImpossible",
    "Writability",
    "expected_schema",
    "free_space",
    "guard_engine",
    "inspect_file",
    "is_damage",
    "read_only_uri",
    "refusal_for",
    "writability",
]
