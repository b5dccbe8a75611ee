"""Take cases along: check applications out of the team server into a SQLite file, and back in.

Checkout copies the applications with their procedures, history, status, decisions, checks and
the register into a new SQLite file (same ids) and leases them on the server (table checkout):
everyone still reads them there, nobody changes them until they are back. The file opens like
any database. Checkin reads the file as untrusted input (read-only, no triggers or views run,
every value checked), sends the changes made offline as the events they are (each with its
event id, so a second check-in changes nothing) and releases the lease, all in one
transaction: a dropped connection or a killed process leaves the server with all of it or none,
and the file keeps everything for the retry. An administrator can end a checkout without its
changes (recorded).
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, select

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.team import active_checkout, ensure_may_change, team_roles
from digiamt_desk.store import offline_file
from digiamt_desk.store.postgres import safe_location
from digiamt_desk.store.tables import (
    APPLICATIONS,
    CHANGE_SETS,
    CHECKOUTS,
    HISTORY,
    SETTINGS,
    Application,
    new_id,
)

ORIGIN_SETTING = "offline.origin"
CHECKED_IN_SETTING = "offline.checked_in"


@dataclass
class CheckinReport:
    applications: list[str]
    change_sets: int = 0
    already_there: int = 0
    status_events: int = 0
    final_decisions: int = 0
    procedures: int = 0

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _server(desk: Desk) -> None:
    if desk.engine.dialect.name != "postgresql":
        raise InputError("checkout and checkin work against the team server: "
                         "--db postgresql://USER@HOST/DB")


def checkout(desk: Desk, application_ids: Sequence[int], target: Path) -> str:
    """Copy the applications into a new SQLite file at `target` and lease them; returns the
    checkout token."""
    _server(desk)
    if not application_ids:
        raise InputError("name at least one application to take along")
    if target.exists():
        raise InputError(f"{target} exists already; checkout writes a new file", field="to")
    token = uuid.uuid4().hex
    now = desk.clock()
    a = APPLICATIONS.c
    try:
        with desk.engine.begin() as connection:
            references = []
            for application_id in dict.fromkeys(application_ids):
                row = connection.execute(select(a.reference).where(
                    a.id == application_id).with_for_update()).first()
                if row is None:
                    raise InputError(f"no application with id {application_id}")
                with desk.session() as session:
                    application = session.get(Application, application_id)
                assert application is not None
                ensure_may_change(desk, application)  # checked out, or another's to decide
                taken = active_checkout(connection, application_id)
                if taken is not None:
                    raise ReviewError(f"application {row.reference} is checked out already by "
                                      f"{taken.by} ({taken.target})", code="checked_out",
                                      reference=row.reference, by=taken.by,
                                      target=taken.target)
                references.append(row.reference)
                connection.execute(CHECKOUTS.insert().values(
                    application_id=application_id, token=token, by=desk.reviewer, at=now,
                    target=str(target), released_by="", release="", note=""))
            data = offline_file.read_cases(connection, list(dict.fromkeys(application_ids)))
            origin = {"server": safe_location(desk.location), "token": token,
                      "applications": list(dict.fromkeys(application_ids)),
                      "references": references, "by": desk.reviewer, "at": now.isoformat(),
                      "baseline": offline_file.baseline(data)}
            _write_file(target, desk.reviewer, data, origin)
    except BaseException:
        for suffix in ("", "-wal", "-shm", ".lock"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        raise
    return token


def _write_file(target: Path, reviewer: str, data: dict[str, list[dict[str, Any]]],
                origin: dict[str, Any]) -> None:
    laptop = open_desk(target, reviewer=reviewer, load_register=False, create=True)
    try:
        with laptop.engine.begin() as connection:
            offline_file.write_cases(connection, data)
            connection.execute(SETTINGS.insert().values(key=ORIGIN_SETTING,
                                                        value=json.dumps(origin)))
    finally:
        laptop.close()


def checkin(desk: Desk, source: Path) -> CheckinReport:
    """Send the offline changes of `source` to the server and release its checkout."""
    _server(desk)
    cases = offline_file.read_untrusted(source, ORIGIN_SETTING)
    origin = cases.origin
    token = str(origin["token"])
    c = CHECKOUTS.c
    report = CheckinReport(applications=list(origin.get("references", [])))
    with desk.engine.begin() as connection:
        leases = list(connection.execute(select(c.id, c.application_id, c.by, c.released_at,
                                                c.release, c.released_by)
                                         .where(c.token == token).with_for_update()))
        if not leases:
            raise InputError(f"{source}: this server has no checkout of this file (taken "
                             f"from {origin.get('server')})", field="token")
        if all(lease.released_at is not None for lease in leases):
            lease = leases[0]
            if lease.release == "checkin" and not offline_file.new_events(connection, cases):
                report.already_there = len(cases.change_sets)
                return report  # a second check-in of the same file: nothing to do
            raise ReviewError(
                f"{source}: the checkout ended already ({lease.release} by "
                f"{lease.released_by}); changes made since are kept in the file, not taken",
                code="checkout_ended", release=lease.release, by=lease.released_by)
        if leases[0].by != desk.reviewer and "admin" not in team_roles(desk):
            raise ReviewError(f"{source} was checked out by {leases[0].by}; they check it in",
                              code="not_checkout_owner", by=leases[0].by)
        now = desk.clock()
        # The lease goes first: from here the guards let this transaction change the cases.
        connection.execute(CHECKOUTS.update().where(c.token == token, c.released_at.is_(None))
                           .values(released_at=now, released_by=desk.reviewer,
                                   release="checkin"))
        _send(connection, cases, report)
    _mark_checked_in(source, now.isoformat())
    return report


def _send(connection: Connection, cases: offline_file.OfflineCases,
          report: CheckinReport) -> None:
    known = offline_file.known_event_ids(connection, cases)
    id_map: dict[int, int] = {}
    touched: set[int] = set()
    entries_by_set: dict[int, list[dict[str, Any]]] = {}
    for entry in cases.history:
        entries_by_set.setdefault(entry["change_set_id"], []).append(entry)
    for change in cases.change_sets:
        if change["event_id"] in known:
            report.already_there += 1
            continue
        undoes = change["undoes_id"]
        server_id = new_id(connection.execute(CHANGE_SETS.insert().values(
            application_id=change["application_id"], at=change["at"], by=change["by"],
            action=change["action"], event_id=change["event_id"],
            undoes_id=id_map.get(undoes, undoes) if undoes is not None else None)))
        id_map[change["id"]] = server_id
        rows = entries_by_set.get(change["id"], [])
        if rows:
            connection.execute(HISTORY.insert(), [
                {"change_set_id": server_id, "procedure_id": e["procedure_id"],
                 "field": e["field"], "old": e["old"], "new": e["new"]} for e in rows])
        touched.update(e["procedure_id"] for e in rows)
        report.change_sets += 1
    report.procedures = offline_file.apply_procedures(connection, cases, touched)
    report.status_events, report.final_decisions = offline_file.send_status(connection, cases,
                                                                            known)
    offline_file.send_checks(connection, cases)
    # Last: the applications themselves (status, fields, version), the step a poller notices.
    offline_file.apply_applications(connection, cases)


def _mark_checked_in(source: Path, at: str) -> None:
    with sqlite3.connect(source) as connection:
        connection.execute("INSERT OR REPLACE INTO setting (key, value) VALUES (?, ?)",
                           (CHECKED_IN_SETTING, at))


def release(desk: Desk, application_id: int, note: str) -> str:
    """End a checkout without its changes (an administrator's step, recorded)."""
    _server(desk)
    if desk.setting("team.mode") == "on" and "admin" not in team_roles(desk):
        raise ReviewError("only an administrator ends a checkout without its changes",
                          code="admin_needed")
    if not note.strip():
        raise InputError("say why the checkout ends without its changes (--note)",
                         field="note")
    c = CHECKOUTS.c
    with desk.engine.begin() as connection:
        done = connection.execute(CHECKOUTS.update().where(
            c.application_id == application_id, c.released_at.is_(None)).values(
            released_at=desk.clock(), released_by=desk.reviewer, release="abandoned",
            note=note.strip()))
        if not done.rowcount:
            raise InputError("the application is not checked out")
    return note
