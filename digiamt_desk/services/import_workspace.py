"""The database an import on the DB-API writes (services.import_fast, services.import_stream):
the register's entries, the applicant's application (held or new), the import run.

Statement for statement what services.import_general does through the engine; times are written
in the text SQLAlchemy's DateTime writes (`sqlite_datetime`), so a database cannot tell which
path imported it (tests/unit/test_import_fast.py compares)."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

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
from digiamt_desk.services.import_merge import (
    ImportReport,
    run_skipped,
    run_warnings,
    sqlite_datetime,
)
from digiamt_desk.services.import_rules import mapping_text
from digiamt_desk.store.sqlite_import import ImportFile


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
class ApplicationRow:
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


def open_application(space: Workspace, ars: str) -> ApplicationRow:
    """The applicant's current application (not a screening one), or a new one not yet
    stored (services.import_general.open_application)."""
    row = space.target.one(
        "SELECT id, ars, name, official_name, kind, reference, status FROM application "
        "WHERE ars = ? AND status != ? ORDER BY created_at DESC, id DESC LIMIT 1",
        (ars, Status.SCREENING.value))
    if row is not None and Status(row[6]) is not Status.WITHDRAWN:
        latest = ApplicationRow(*row)
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
    application = ApplicationRow(None, entry.ars, entry.name, entry.official_name, entry.kind,
                               free_reference(pattern, fields, taken), Status.RECEIVED.value,
                               received.isoformat(), default_address(entry), now)
    return application


def insert_application(space: Workspace, connection: sqlite3.Connection,
                        application: ApplicationRow) -> int:
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


def insert_run(space: Workspace, connection: sqlite3.Connection, application_id: int,
               parsed: ParsedSource, merged: int, filename: str,
               mapping: dict[str, str] | None, now: str) -> int:
    """The import run, its counts and source filled in by finish_run; returns its id."""
    return int(connection.execute(
        "INSERT INTO import_run (application_id, at, by, source, format, added, updated, "
        "unchanged, merged, skipped, warnings, filename, mapping, content) "
        "VALUES (?, ?, ?, ?, ?, 0, 0, 0, ?, '[]', '[]', ?, ?, ?)",
        (application_id, now, space.reviewer, parsed.source, parsed.format.value, merged,
         filename, mapping_text(mapping), b"")).lastrowid or 0)


def finish_run(connection: sqlite3.Connection, run_id: int, application_id: int,
               report: ImportReport, content: bytes, now: str) -> None:
    """The run's counts, skipped rows, warnings and compressed source; the application's time."""
    connection.execute(
        "UPDATE import_run SET content = ?, added = ?, updated = ?, unchanged = ?, skipped = ?, "
        "warnings = ? WHERE id = ?",
        (content, report.added, report.updated, report.unchanged, run_skipped(report),
         run_warnings(report), run_id))
    connection.execute("UPDATE application SET updated_at = ? WHERE id = ?",
                       (now, application_id))


__all__ = ["ApplicationRow", "Entry", "Workspace", "finish_run", "insert_application",
           "insert_run", "open_application", "utc_now"]
