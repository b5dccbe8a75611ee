"""The command line's import into a SQLite file on the DB-API alone (no SQLAlchemy, SQLModel or
pydantic: half a second of every `digiamt import`).

It does what services.import_general does through the engine, statement for statement: the
same applicant and application (a new one with the reference pattern's next reference and its
"received" event), one import run, the rows planned by services.import_merge, the run's counts,
skipped rows and warnings, the source kept compressed, the application's `updated_at`; all in
one transaction. Times are written in the text SQLAlchemy's DateTime writes (`sqlite_datetime`),
so a database cannot tell which path imported it (tests/unit/test_import_fast.py compares).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from digiamt_desk.domain.application_rules import (
    DEFAULT_REFERENCE_PATTERN,
    REFERENCE_PATTERN_KEY,
    default_address,
    ensure_editable,
    free_reference,
    validate_reference_pattern,
)
from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.domain.register import ars12_from_key
from digiamt_desk.domain.review import Status
from digiamt_desk.importers import LoadedSource, collector_paused, load_source, parse_bytes
from digiamt_desk.services.import_merge import (
    EXISTING_COLUMNS,
    NEW_COLUMNS,
    UPDATED_COLUMNS,
    ImportReport,
    Merged,
    all_distinct,
    count_distinct,
    merge_rows,
    plan_distinct,
    plan_rows,
    run_skipped,
    run_warnings,
    sqlite_datetime,
    summarise,
)
from digiamt_desk.services.import_rules import (
    DOWNLOAD_SECONDS_KEY,
    applicant_from,
    deadline,
    mapping_text,
)
from digiamt_desk.services.imports import Progress, stepper
from digiamt_desk.store.sqlite_import import ImportFile, insert_many, update_many


def utc_now() -> datetime:
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class Entry:
    """A register entry, the fields an application takes from it."""

    ars: str
    key: str
    ags: str | None
    kind: str
    name: str
    official_name: str
    seat: str | None
    postcode: str | None
    active: bool


@dataclass(slots=True)
class _Application:
    id: int | None
    ars: str
    name: str
    official_name: str
    kind: str
    reference: str
    status: str
    received_on: str = ""
    address: str = ""
    created_at: datetime | None = None


class Workspace:
    """The database of an import with the reviewer and the clock (what a Desk gives the
    engine's path)."""

    def __init__(self, target: ImportFile, reviewer: str,
                 clock: Callable[[], datetime] = utc_now) -> None:
        self.target = target
        self.reviewer = reviewer
        self.clock = clock

    def setting(self, key: str, default: str = "") -> str:
        row = self.target.one("SELECT value FROM setting WHERE key = ?", (key,))
        return str(row[0]) if row else default

    def lookup(self, key: str) -> Entry:
        """services.register.lookup: the entry of an ARS (12), AGS (8) or natural key (its
        UnknownKey is an InputError with the same words; that module loads SQLAlchemy)."""
        text = key.strip().replace(" ", "")
        columns = "ars, key, ags, kind, name, official_name, seat, postcode, active"
        if len(text) == 8 and text.isdigit():
            found = self.target.rows(f"SELECT {columns} FROM register_entry WHERE ags = ?",
                                     (text,))
        else:
            ars = ars12_from_key(text)
            if ars is None:
                raise InputError(
                    f"'{key}' is no key of the register (ARS: 12 digits, AGS: 8 digits, "
                    "Landkreis: 5, VG: 9, Bezirk: 3)")
            found = self.target.rows(f"SELECT {columns} FROM register_entry WHERE ars = ?",
                                     (ars,))
        entries = [Entry(ars=row[0], key=row[1], ags=row[2], kind=row[3], name=row[4],
                         official_name=row[5], seat=row[6], postcode=row[7],
                         active=bool(row[8])) for row in found]
        entries.sort(key=lambda r: not r.active)
        if not entries or not entries[0].active:
            raise InputError(f"no Bavarian authority with the key '{key}' in the register")
        return entries[0]


def import_into_file(space: Workspace, source: str, *, ars: str | None = None,
                     mapping: dict[str, str] | None = None, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     base_url: str | None = None,
                     keep: list[object] | None = None) -> ImportReport:
    """services.imports.import_source on the DB-API: the same rows, run and report.

    `keep`: a process that ends right after the import (the command line) takes the parsed
    rows, the merged rows and the stored tuples into this list instead of letting them go one
    object at a time (a million objects at 100,000 rows, 0.06 s); the system frees the
    process's memory at once."""
    step = stepper(progress, cancelled)
    with collector_paused():
        step("read", 0, 1)
        loaded = load_source(source, timeout=deadline(space.setting(DOWNLOAD_SECONDS_KEY)))
        with ThreadPoolExecutor(max_workers=1) as pool:  # zlib lets go of the GIL
            compressed = pool.submit(zlib.compress, loaded.content, 1)
            return _import_parsed(space, ars, mapping, loaded, compressed, step, base_url,
                                  [] if keep is None else keep)


def _import_parsed(space: Workspace, ars: str | None, mapping: dict[str, str] | None,
                   loaded: LoadedSource, compressed: Future[bytes],
                   step: Callable[[str, int, int], None],
                   base_url: str | None, keep: list[object]) -> ImportReport:
    keep.append(loaded)
    parsed = parse_bytes(loaded.content, loaded.source, mapping=mapping,
                         filename=loaded.filename, base_url=base_url)
    step("read", 1, 1)
    applicant, above = applicant_from(lambda key: space.lookup(key).ars, parsed, ars)
    application = _open_application(space, applicant)
    report = ImportReport.of_source(parsed, applicant, name=application.name,
                                    application_id=application.id,
                                    reference=application.reference)
    keep.append(parsed)
    merged: dict[str, Merged] | None = None
    if application.id is None and all_distinct(parsed.rows):
        count_distinct(parsed.rows, report)  # a new application's usual rows: nothing merges
    else:
        merged = merge_rows(parsed.rows, above, report)
        keep.append(merged)
        summarise(merged, report)
    try:
        with space.target.transaction() as connection:
            if application.id is None:
                application.id = _insert_application(space, connection, application)
                report.application_id = application.id
            keep.append(_store(space, connection, application.id, parsed, merged, above,
                               report, step, loaded, mapping, compressed))
            step("commit", 0, 1)
    except sqlite3.Error as error:  # the database's words, never its SQL
        raise InputError(f"could not be stored: the database refused it "
                         f"({str(error).splitlines()[0][:200]})", source=parsed.source,
                         code="store_refused", reason=str(error)[:200]) from None
    return report


def _open_application(space: Workspace, ars: str) -> _Application:
    """The applicant's current application (not a screening one), or a new one not yet
    stored (services.import_general.open_application)."""
    row = space.target.one(
        "SELECT id, ars, name, official_name, kind, reference, status FROM application "
        "WHERE ars = ? AND status != ? ORDER BY created_at DESC, id DESC LIMIT 1",
        (ars, Status.SCREENING.value))
    if row is not None and Status(row[6]) is not Status.WITHDRAWN:
        latest = _Application(*row)
        ensure_editable(latest)
        return latest
    entry = space.lookup(ars)
    now = space.clock()
    received = now.date()
    pattern = space.setting(REFERENCE_PATTERN_KEY, DEFAULT_REFERENCE_PATTERN)
    validate_reference_pattern(pattern)
    taken = {str(r[0]) for r in space.target.rows("SELECT reference FROM application")}
    fields = {"year": received.year, "ags": entry.ags or entry.key, "key": entry.key,
              "ars": entry.ars}
    application = _Application(None, entry.ars, entry.name, entry.official_name, entry.kind,
                               free_reference(pattern, fields, taken), Status.RECEIVED.value,
                               received.isoformat(), default_address(entry), now)
    return application


def _insert_application(space: Workspace, connection: sqlite3.Connection,
                        application: _Application) -> int:
    assert application.created_at is not None
    created = sqlite_datetime(application.created_at)
    cursor = connection.execute(
        "INSERT INTO application (ars, name, official_name, kind, reference, reviewer, status, "
        "received_on, head_title, head_name, address, created_at, updated_at, assignee, "
        "version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, '', '', ?, ?, ?, '', 1)",
        (application.ars, application.name, application.official_name, application.kind,
         application.reference, space.reviewer, application.status, application.received_on,
         application.address, created, created))
    application_id = int(cursor.lastrowid or 0)
    connection.execute(
        "INSERT INTO status_event (application_id, status, reopened, at, by, note, event_id) "
        "VALUES (?, ?, 0, ?, ?, 'application received', NULL)",
        (application_id, Status.RECEIVED.value, sqlite_datetime(space.clock()), space.reviewer))
    return application_id


def _store(space: Workspace, connection: sqlite3.Connection, application_id: int,
           parsed: ParsedSource, merged: dict[str, Merged] | None, central_ars: set[str],
           report: ImportReport, step: Callable[[str, int, int], None], loaded: LoadedSource,
           mapping: dict[str, str] | None, compressed: Future[bytes]) -> list[tuple[Any, ...]]:
    """The rows, run and application's time stored; returns the inserted tuples. `merged`
    None: the rows of a new application, of which import_merge.all_distinct holds."""
    now = sqlite_datetime(space.clock())
    run_id = int(connection.execute(
        "INSERT INTO import_run (application_id, at, by, source, format, added, updated, "
        "unchanged, merged, skipped, warnings, filename, mapping, content) "
        "VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, '[]', '[]', ?, ?, ?)",
        (application_id, now, space.reviewer, parsed.source, parsed.format.value, report.merged,
         loaded.filename, mapping_text(mapping), b"")).lastrowid or 0)
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    if merged is None:  # a new application (no procedures yet) with rows that do not merge
        inserts = plan_distinct(parsed.rows, central_ars, application_id, run_id)
    else:
        # Newest first, so that the oldest procedure of a link wins (see import_general).
        existing = {row[1]: row for row in connection.execute(
            f"SELECT {', '.join(EXISTING_COLUMNS)} FROM procedure WHERE application_id = ? "
            "ORDER BY id DESC", (application_id,))}
        inserts, updates = plan_rows(merged, existing, application_id, run_id, report,
                                     lambda done, total: step("store", done, total))
    step("store", len(inserts), len(inserts))
    insert_many(connection, "procedure", NEW_COLUMNS, inserts)
    update_many(connection, "procedure", UPDATED_COLUMNS, "id", updates)
    report.added = len(inserts)
    report.updated = len(updates)
    connection.execute(
        "UPDATE import_run SET content = ?, added = ?, updated = ?, unchanged = ?, skipped = ?, "
        "warnings = ? WHERE id = ?",
        (compressed.result(), report.added, report.updated, report.unchanged,
         run_skipped(report), run_warnings(report), run_id))
    connection.execute("UPDATE application SET updated_at = ? WHERE id = ?",
                       (now, application_id))
    return inserts


__all__ = ["Entry", "Workspace", "import_into_file"]
