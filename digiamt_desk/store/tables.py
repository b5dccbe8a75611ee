"""The database tables. ORM classes serve one-record edits; bulk paths use their `__table__`.

History is append-only: a change is a `ChangeSet` with one `HistoryEntry` per field it changed;
undoing writes a new ChangeSet that `undoes` the old one, nothing is ever updated or deleted.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Column, Index, LargeBinary, Table, text
from sqlmodel import Field, SQLModel

REJECTED_ONLY = "decision = 'rejected'"  # the partial index ix_procedure_rejected


class Setting(SQLModel, table=True):
    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str


class RegisterEntryRow(SQLModel, table=True):
    __tablename__ = "register_entry"
    ars: str = Field(primary_key=True, min_length=12, max_length=12)
    key: str = Field(index=True)
    ags: str | None = Field(default=None, index=True)
    kind: str
    name: str
    official_name: str
    regierungsbezirk: str
    landkreis: str | None = None
    vg_name: str | None = None
    seat: str | None = None
    population: int | None = None
    postcode: str | None = None
    edition: str
    # False once a newer edition no longer lists the key (merged into another municipality);
    # the row stays so that cases referring to it keep their applicant.
    active: bool = True
    former_names: str = ""  # names of earlier editions, "; "-separated
    # Where a retired key went when the same AGS reappears under another ARS (a Gemeinde that
    # joined or left a VG keeps its AGS but gets a new ARS).
    successor_ars: str | None = None
    search_text: str = ""  # lower-cased name, official name, keys: for quick lookup


class Application(SQLModel, table=True):
    __tablename__ = "application"
    id: int | None = Field(default=None, primary_key=True)
    ars: str = Field(foreign_key="register_entry.ars", index=True)
    # The applicant as named when the application was received; the register may rename it later.
    name: str
    official_name: str
    kind: str
    reference: str = Field(unique=True)  # Aktenzeichen
    reviewer: str = ""
    status: str = "received"
    received_on: str  # ISO date
    head_title: str = ""  # "Erster Bürgermeister", "Oberbürgermeisterin", "Landrat"
    head_name: str = ""
    address: str = ""  # postal address, one line per line
    created_at: datetime
    updated_at: datetime
    # Team mode (0013_team): who decides it (anyone may read), and a version every write
    # counts up so a stale write is refused (services/versions.py).
    assignee: str = Field(default="", sa_column_kwargs={"server_default": ""})
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class StatusEvent(SQLModel, table=True):
    __tablename__ = "status_event"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    status: str
    reopened: bool = False
    at: datetime
    by: str
    note: str = ""
    event_id: str | None = Field(default=None, unique=True, index=True)


class FinalDecision(SQLModel, table=True):
    __tablename__ = "final_decision"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    status: str  # awarded | rejected
    at: datetime
    by: str
    criteria_version: str
    threshold: int
    procedures: int
    accepted: int
    rejected: int
    open: int
    counted: int
    event_id: str | None = Field(default=None, unique=True, index=True)
    # Four eyes: a final decision is a proposal until a second person approves it.
    approved_by: str | None = None
    approved_at: datetime | None = None
    approval_note: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Procedure(SQLModel, table=True):
    __tablename__ = "procedure"
    # Rejected procedures only (a partial index: imports write "open" rows and never touch it):
    # the statistics' rejection reasons read it instead of scanning every procedure
    # (480,000 procedures: 30-50 ms instead of 190-240 ms).
    # Its PostgreSQL WHERE is added by `server_options` when a server engine is made: named here,
    # it would load SQLAlchemy's PostgreSQL dialect on every SQLite start (0.02 s). The
    # migration (0015_publication) creates the index on both.
    __table_args__ = (Index("ix_procedure_rejected", "application_id", "reason_code",
                            sqlite_where=text(REJECTED_ONLY)),)
    # One procedure per link and application: the import merges by url_key inside its write
    # transaction, so no unique index is needed for that; a unique index on the long link text
    # would double the time of a 100,000-row import (measured: 0.36 s -> 0.75 s of inserts).
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    title: str
    url: str
    url_key: str
    link_kind: str  # http | mailto | file | other
    provider: str = "unknown"
    leika_keys: str = ""  # space-separated 14-digit keys
    ozg_ids: str = ""  # space-separated
    # The rows of its import's source that this procedure came from ("3 17"); the source itself
    # is kept in import_run.content, so the rows can be shown exactly as they came.
    source_rows: str = ""
    duplicate_rows: int = 0  # rows of the latest import merged into this one
    # The review fields carry database defaults, so the bulk import binds 11 values a row
    # instead of 17 (a fifth of its insert time at 100,000 rows).
    criteria: str = Field(default="{}", sa_column_kwargs={"server_default": "{}"})
    decision: str = Field(default="open", sa_column_kwargs={"server_default": "open"})
    reason_code: str = Field(default="", sa_column_kwargs={"server_default": ""})
    reason_text: str = Field(default="", sa_column_kwargs={"server_default": ""})
    note: str = Field(default="", sa_column_kwargs={"server_default": ""})
    changed_at: datetime | None = None
    changed_by: str = Field(default="", sa_column_kwargs={"server_default": ""})
    import_id: int | None = Field(default=None, foreign_key="import_run.id")
    # Set while a confirmed duplicate merge holds: the procedure that stays and counts. Written
    # through the review history (field "merged_into"), so a merge is undone like any change.
    # No foreign key: adding one to this table in SQLite means copying it whole.
    merged_into: int | None = None
    # What the import noticed about the link (space-separated codes, domain.link_choice and
    # services.imports): no_online_link, appointment, shared_link.
    import_hints: str = Field(default="", sa_column_kwargs={"server_default": ""})
    version: int = Field(default=1, sa_column_kwargs={"server_default": "1"})


class ImportRun(SQLModel, table=True):
    __tablename__ = "import_run"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    at: datetime
    by: str
    source: str
    format: str
    added: int
    updated: int
    unchanged: int
    merged: int
    skipped: str = "[]"  # JSON [{"row": n, "reason": ...}]
    warnings: str = "[]"  # JSON [{"row": n, "field": ..., "message": ...}]
    filename: str = ""
    mapping: str = "{}"  # JSON: the column mapping the user chose, {} for the detected one
    # The source exactly as it was read (file or download), zlib-compressed: what the
    # municipality sent, kept. (Compressed, a 22 MB export costs the import 0.1 s instead of
    # 0.5 s of extra writing.)
    content: bytes = Field(default=b"", sa_column=Column(LargeBinary, nullable=False))


class ChangeSet(SQLModel, table=True):
    __tablename__ = "change_set"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    at: datetime
    by: str
    action: str  # accept | reject | reopen_decision | criterion | note | undo | redo
    undoes_id: int | None = Field(default=None, foreign_key="change_set.id")
    # A unique id per event: a check-in sends an offline change once, however often it runs.
    event_id: str | None = Field(default=None, unique=True, index=True)


class HistoryEntry(SQLModel, table=True):
    __tablename__ = "history_entry"
    id: int | None = Field(default=None, primary_key=True)
    change_set_id: int = Field(foreign_key="change_set.id", index=True)
    procedure_id: int = Field(foreign_key="procedure.id", index=True)
    field: str  # decision | reason_code | reason_text | note | criteria.<id>
    old: str | None
    new: str | None


class ProcedureCheck(SQLModel, table=True):
    """The latest automatic pre-check of a procedure (checks/), and the reviewer's maturity
    level where it overrides the estimate. One row per procedure, replaced by each check."""

    __tablename__ = "procedure_check"
    procedure_id: int = Field(primary_key=True, foreign_key="procedure.id")
    application_id: int = Field(foreign_key="application.id", index=True)
    checked_at: datetime | None = None  # None: never checked (a maturity override only)
    url: str = ""  # the link as it was checked
    status: str = "not_checked"  # ok | redirect | not_found | ... (checks.links.LinkStatus)
    http_status: int | None = None
    final_url: str = ""
    redirects: str = "[]"  # JSON [[url, status], ...]: the hops followed
    content_type: str = ""
    online_form: bool | None = None  # None: the page was not read
    hints: str = ""  # space-separated codes (checks.hints)
    evidence: str = "[]"  # JSON [{"code", "evidence", "detail"}]
    detail: str = ""  # what went wrong, in English
    maturity: int | None = None  # estimated OZG level
    maturity_override: int | None = None  # the reviewer's level
    override_by: str = ""
    override_at: datetime | None = None


class DuplicateDismissal(SQLModel, table=True):
    """A duplicate proposal the reviewer dismissed: not proposed again."""

    __tablename__ = "duplicate_dismissal"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    first_id: int = Field(foreign_key="procedure.id")  # the smaller id of the pair
    second_id: int = Field(foreign_key="procedure.id")
    at: datetime
    by: str


class RecheckRun(SQLModel, table=True):
    """A re-check of awarded authorities (services/recheck.py), kept with its date."""

    __tablename__ = "recheck_run"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    by: str
    applications: int  # re-checked completely
    links: int
    cancelled: bool = False


class RecheckResult(SQLModel, table=True):
    """One authority's result in a re-check: its counted procedures, how many were reachable,
    and the dead links (JSON [{"id", "title", "url", "status", "http_status"}])."""

    __tablename__ = "recheck_result"
    id: int | None = Field(default=None, primary_key=True)
    run_id: int = Field(foreign_key="recheck_run.id", index=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    ars: str
    name: str
    threshold: int
    counted: int
    reachable: int
    dead: str = "[]"


class Assignment(SQLModel, table=True):
    """Who an application was assigned to, and by whom: every (re)assignment is kept."""

    __tablename__ = "assignment"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    assignee: str
    previous: str
    at: datetime
    by: str


class Checkout(SQLModel, table=True):
    """An application taken along for offline work: a lease until it is checked in (release
    'checkin') or ended by an administrator without its changes (release 'abandoned')."""

    __tablename__ = "checkout"
    id: int | None = Field(default=None, primary_key=True)
    application_id: int = Field(foreign_key="application.id", index=True)
    token: str = Field(index=True)  # the same for every application of one file
    by: str
    at: datetime
    target: str  # the file it went to, as the taker named it
    released_at: datetime | None = None
    released_by: str = ""
    release: str = ""
    note: str = ""


def new_id(result: Any) -> int:
    """The primary key an INSERT produced."""
    key = result.inserted_primary_key
    assert key is not None and key[0] is not None
    return int(key[0])


def server_options() -> None:
    """The tables' PostgreSQL-only options (the partial index's WHERE), added on first use of a
    server so that a SQLite start does not load the PostgreSQL dialect."""
    index = next(i for i in _core(Procedure).indexes if i.name == "ix_procedure_rejected")
    if index.dialect_options["postgresql"]["where"] is None:
        index.dialect_options["postgresql"]["where"] = text(REJECTED_ONLY)


def _core(model: type[SQLModel]) -> Table:
    """The Core table behind a model, typed, for the bulk paths."""
    table = model.__table__  # type: ignore[attr-defined]
    assert isinstance(table, Table)
    return table


SETTINGS = _core(Setting)
REGISTER = _core(RegisterEntryRow)
APPLICATIONS = _core(Application)
STATUS_EVENTS = _core(StatusEvent)
FINAL_DECISIONS = _core(FinalDecision)
PROCEDURES = _core(Procedure)
IMPORT_RUNS = _core(ImportRun)
CHANGE_SETS = _core(ChangeSet)
HISTORY = _core(HistoryEntry)
CHECKS = _core(ProcedureCheck)
DISMISSALS = _core(DuplicateDismissal)
RECHECK_RUNS = _core(RecheckRun)
RECHECK_RESULTS = _core(RecheckResult)
ASSIGNMENTS = _core(Assignment)
CHECKOUTS = _core(Checkout)
