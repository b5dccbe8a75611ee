"""The rows a checkout copies into a SQLite file, and reading such a file back as untrusted input.

Reading back never opens the file through the program's own engine: `sqlite3` in read-only mode
with `trusted_schema` off, a file with triggers or views is refused, only the known columns of
the known tables are read, and every value that goes to the server is checked first.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Table, bindparam, select

from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.store.db import SCHEMA_REVISION
from digiamt_desk.store.tables import (
    APPLICATIONS,
    ASSIGNMENTS,
    CHANGE_SETS,
    CHECKS,
    DISMISSALS,
    FINAL_DECISIONS,
    HISTORY,
    IMPORT_RUNS,
    PROCEDURES,
    REGISTER,
    SETTINGS,
    STATUS_EVENTS,
)

# In the order they are written (foreign keys first).
TABLES: dict[str, Table] = {t.name: t for t in (
    REGISTER, SETTINGS, APPLICATIONS, STATUS_EVENTS, FINAL_DECISIONS, ASSIGNMENTS, IMPORT_RUNS,
    PROCEDURES, CHANGE_SETS, HISTORY, CHECKS, DISMISSALS)}
_BY_APPLICATION = ("application", "status_event", "final_decision", "assignment", "import_run",
                   "procedure", "change_set", "procedure_check", "duplicate_dismissal")
_REVIEW_FIELDS = ("decision", "reason_code", "reason_text", "note", "criteria", "merged_into",
                  "changed_at", "changed_by")
_ACTIONS = {"accepted", "rejected", "open", "criterion", "note", "undo", "redo", "merge",
            "unmerge", "accept", "reject", "reopen_decision"}
_FIELD_NAMES = {"decision", "reason_code", "reason_text", "note", "merged_into"}
TEXT_LIMIT = 20_000


def read_cases(connection: Connection, application_ids: list[int]) -> dict[str, list[dict[str,
                                                                                       Any]]]:
    """Every row the file needs: the applications' own rows, and the register and settings."""
    data: dict[str, list[dict[str, Any]]] = {}
    for name, table in TABLES.items():
        statement = select(table)
        if name == "application":
            statement = statement.where(table.c.id.in_(application_ids))
        elif name in _BY_APPLICATION:
            statement = statement.where(table.c.application_id.in_(application_ids))
        elif name == "history_entry":
            statement = statement.where(table.c.change_set_id.in_(
                select(CHANGE_SETS.c.id).where(CHANGE_SETS.c.application_id.in_(
                    application_ids))))
        elif name == "setting":
            statement = statement.where(~table.c.key.like("team.%"))
        data[name] = [dict(row._mapping) for row in connection.execute(statement)]
    return data


def baseline(data: dict[str, list[dict[str, Any]]]) -> dict[str, int]:
    """The highest id of each copied table: rows above it were made offline."""
    return {name: max((int(row["id"]) for row in rows), default=0)
            for name, rows in data.items() if rows and "id" in rows[0]}


def write_cases(connection: Connection, data: dict[str, list[dict[str, Any]]]) -> None:
    for name, table in TABLES.items():
        rows = data.get(name, [])
        if rows:
            connection.execute(table.insert(), rows)


@dataclass
class OfflineCases:
    origin: dict[str, Any]
    application_ids: list[int]
    applications: list[dict[str, Any]] = field(default_factory=list)
    change_sets: list[dict[str, Any]] = field(default_factory=list)
    history: list[dict[str, Any]] = field(default_factory=list)
    procedures: dict[int, dict[str, Any]] = field(default_factory=dict)
    status_events: list[dict[str, Any]] = field(default_factory=list)
    final_decisions: list[dict[str, Any]] = field(default_factory=list)
    checks: list[dict[str, Any]] = field(default_factory=list)


def _refuse(source: Path, what: str) -> ReviewError:
    return ReviewError(f"{source}: {what}; nothing was sent", code="bad_offline_file",
                       file=str(source))


def _rows(db: sqlite3.Connection, table: Table, where: str, parameters: Sequence[Any]
          ) -> list[dict[str, Any]]:
    names = [c.name for c in table.columns]
    cursor = db.execute(f"SELECT {', '.join(names)} FROM {table.name} WHERE {where} "
                        "ORDER BY 1", tuple(parameters))
    return [dict(zip(names, row, strict=True)) for row in cursor]


def _time(value: Any) -> datetime | None:
    """A time as SQLite keeps it (ISO text, UTC without an offset) as an aware datetime."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    return parsed if parsed.utcoffset() is not None else parsed.replace(tzinfo=UTC)


def read_untrusted(source: Path, origin_key: str) -> OfflineCases:
    if not source.is_file():
        raise _refuse(source, "no such file")
    try:
        db = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _refuse(source, f"not readable as a database ({exc})") from exc
    try:
        db.execute("PRAGMA trusted_schema = OFF")
        try:
            kinds = {r[0] for r in db.execute("SELECT type FROM sqlite_master")}
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            origin_row = db.execute("SELECT value FROM setting WHERE key = ?",
                                    (origin_key,)).fetchone()
        except sqlite3.DatabaseError as exc:
            raise _refuse(source, f"not a DigiAmt Desk database ({exc})") from exc
        if kinds & {"trigger", "view"}:
            raise _refuse(source, "the file holds triggers or views, which a checkout never "
                                  "writes")
        if revision is None or revision[0] != SCHEMA_REVISION:
            raise _refuse(source, f"schema {revision and revision[0]} is not this program's "
                                  f"{SCHEMA_REVISION}")
        if origin_row is None:
            raise _refuse(source, "the file was not checked out of a team server")
        origin = json.loads(origin_row[0])
        ids = [int(i) for i in origin["applications"]]
        base = {k: int(v) for k, v in origin["baseline"].items()}
        cases = OfflineCases(origin=origin, application_ids=ids)
        marks = ", ".join("?" * len(ids))
        cases.applications = _rows(db, APPLICATIONS, f"id IN ({marks})", ids)
        if base.get("procedure", 0) < max((p for (p,) in db.execute(
                f"SELECT id FROM procedure WHERE application_id IN ({marks})", ids)),
                default=0) or db.execute("SELECT count(*) FROM import_run WHERE id > ?",
                                         (base.get("import_run", 0),)).fetchone()[0]:
            raise _refuse(source, "procedures were imported offline; import the list again "
                                  "on the server after the check-in")
        cases.change_sets = _rows(db, CHANGE_SETS, f"application_id IN ({marks}) AND id > ?",
                                  [*ids, base.get("change_set", 0)])
        new_sets = [c["id"] for c in cases.change_sets]
        if new_sets:
            cases.history = _rows(db, HISTORY, f"change_set_id IN "
                                  f"({', '.join('?' * len(new_sets))})", new_sets)
        cases.procedures = {p["id"]: p for p in _rows(db, PROCEDURES,
                                                      f"application_id IN ({marks})", ids)}
        cases.status_events = _rows(db, STATUS_EVENTS,
                                    f"application_id IN ({marks}) AND id > ?",
                                    [*ids, base.get("status_event", 0)])
        cases.final_decisions = _rows(db, FINAL_DECISIONS,
                                      f"application_id IN ({marks}) AND id > ?",
                                      [*ids, base.get("final_decision", 0)])
        cases.checks = _rows(db, CHECKS, f"application_id IN ({marks})", ids)
    finally:
        db.close()
    _validate(source, cases)
    return cases


def _validate(source: Path, cases: OfflineCases) -> None:
    known_sets = {c["id"] for c in cases.change_sets}
    for change in cases.change_sets:
        if change["application_id"] not in cases.application_ids:
            raise _refuse(source, f"change {change['id']} belongs to no checked-out application")
        if change["action"] not in _ACTIONS or not change["event_id"]:
            raise _refuse(source, f"change {change['id']} has an unknown action or no event id")
        change["at"] = _time(change["at"])
    for entry in cases.history:
        name = str(entry["field"])
        if entry["change_set_id"] not in known_sets or entry["procedure_id"] not in \
                cases.procedures:
            raise _refuse(source, f"history entry {entry['id']} names an unknown change or "
                                  "procedure")
        if name not in _FIELD_NAMES and not name.startswith("criteria."):
            raise _refuse(source, f"history entry {entry['id']} changes the unknown field "
                                  f"'{name}'")
        for key in ("old", "new"):
            if entry[key] is not None and len(str(entry[key])) > TEXT_LIMIT:
                raise _refuse(source, f"history entry {entry['id']} holds an overlong value")
    for procedure in cases.procedures.values():
        if procedure["decision"] not in {d.value for d in Decision}:
            raise _refuse(source, f"procedure {procedure['id']} has the unknown decision "
                                  f"'{procedure['decision']}'")
        json.loads(procedure["criteria"] or "{}")
        procedure["changed_at"] = _time(procedure["changed_at"])
    for row in (*cases.applications, *cases.status_events, *cases.final_decisions):
        if row["status"] not in {s.value for s in Status}:
            raise _refuse(source, f"unknown status '{row['status']}'")
        for key in ("at", "updated_at", "approved_at"):
            if key in row:
                row[key] = _time(row[key])
    for check in cases.checks:
        for key in ("checked_at", "override_at"):
            check[key] = _time(check[key])


def known_event_ids(connection: Connection, cases: OfflineCases) -> set[str]:
    wanted = [c["event_id"] for c in cases.change_sets] + [
        e["event_id"] for e in (*cases.status_events, *cases.final_decisions) if e["event_id"]]
    if not wanted:
        return set()
    found: set[str] = set()
    for table in (CHANGE_SETS, STATUS_EVENTS, FINAL_DECISIONS):
        found.update(connection.execute(select(table.c.event_id).where(
            table.c.event_id.in_(wanted))).scalars())
    return found


def new_events(connection: Connection, cases: OfflineCases) -> bool:
    known = known_event_ids(connection, cases)
    return any(c["event_id"] not in known for c in cases.change_sets)


def apply_procedures(connection: Connection, cases: OfflineCases, touched: set[int]) -> int:
    """The review fields of every procedure an offline change touched, as the file holds them."""
    if not touched:
        return 0
    p = PROCEDURES.c
    connection.execute(
        PROCEDURES.update().where(p.id == bindparam("pid")).values(version=p.version + 1),
        [{"pid": pid, **{k: cases.procedures[pid][k] for k in _REVIEW_FIELDS}}
         for pid in sorted(touched)])
    return len(touched)


def send_status(connection: Connection, cases: OfflineCases, known: set[str]) -> tuple[int, int]:
    sent = [0, 0]
    for index, (table, rows) in enumerate(((STATUS_EVENTS, cases.status_events),
                                           (FINAL_DECISIONS, cases.final_decisions))):
        fresh = [{k: v for k, v in row.items() if k != "id"} for row in rows
                 if row["event_id"] and row["event_id"] not in known]
        if fresh:
            connection.execute(table.insert(), fresh)
        sent[index] = len(fresh)
    return sent[0], sent[1]


def send_checks(connection: Connection, cases: OfflineCases) -> None:
    """The check rows (maturity overrides a reviewer entered offline) replace the server's."""
    c = CHECKS.c
    connection.execute(CHECKS.delete().where(c.application_id.in_(cases.application_ids)))
    if cases.checks:
        connection.execute(CHECKS.insert(), cases.checks)


def apply_applications(connection: Connection, cases: OfflineCases) -> None:
    a = APPLICATIONS.c
    for row in cases.applications:
        connection.execute(APPLICATIONS.update().where(a.id == row["id"]).values(
            status=row["status"], head_title=row["head_title"], head_name=row["head_name"],
            address=row["address"], updated_at=row["updated_at"], version=a.version + 1))
