"""The import stored through the engine (SQLAlchemy): any database a Desk holds, PostgreSQL
included (its bulk insert is COPY, store/bulk.py). The command line's import of a SQLite file
takes the DB-API path instead (services.import_fast); both plan their rows with
services.import_merge, so they write the same rows."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future

import sqlmodel
from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import col

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.domain.review import Status
from digiamt_desk.importers import LoadedSource, parse_bytes
from digiamt_desk.services import register
from digiamt_desk.services.applications import ensure_editable, new_application, received_event
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.import_merge import (
    EXISTING_COLUMNS,
    NEW_COLUMNS,
    UPDATED_COLUMNS,
    ImportReport,
    Merged,
    merge_rows,
    plan_rows,
    run_skipped,
    run_warnings,
    summarise,
)
from digiamt_desk.services.import_rules import applicant_ars, mapping_text
from digiamt_desk.store.bulk import insert_many, update_many
from digiamt_desk.store.tables import (
    APPLICATIONS,
    IMPORT_RUNS,
    PROCEDURES,
    STATUS_EVENTS,
    Application,
    new_id,
)


def open_application(desk: Desk, ars: str) -> Application:
    """The applicant's current application, or a new one (not yet stored) if it has none."""
    with desk.session() as session:
        latest = session.exec(sqlmodel.select(Application).where(
            Application.ars == ars, Application.status != Status.SCREENING.value)
                              .order_by(col(Application.created_at).desc(),
                                        col(Application.id).desc())).first()
    # A screening application (services.screening) is no received application: the authority's
    # own list starts a real one beside it.
    if latest is not None and Status(latest.status) is not Status.WITHDRAWN:
        ensure_editable(latest)
        return latest
    return new_application(desk, register.lookup(desk, ars))


def import_parsed(desk: Desk, ars: str | None, mapping: dict[str, str] | None,
                  loaded: LoadedSource, compressed: Future[bytes],
                  step: Callable[[str, int, int], None],
                  base_url: str | None = None) -> ImportReport:
    parsed = parse_bytes(loaded.content, loaded.source, mapping=mapping,
                         filename=loaded.filename, base_url=base_url)
    step("read", 1, 1)
    applicant, above = applicant_ars(desk, parsed, ars)
    application = open_application(desk, applicant)
    report = ImportReport.of_source(parsed, applicant, name=application.name,
                                    application_id=application.id,
                                    reference=application.reference)
    merged = merge_rows(parsed.rows, above, report)
    summarise(merged, report)
    try:
        with desk.engine.begin() as connection:
            if application.id is None:
                application.id = _insert_application(desk, connection, application)
                report.application_id = application.id
            _store(desk, connection, application, parsed, merged, report, step, loaded,
                   mapping, compressed)
            step("commit", 0, 1)
    except DBAPIError as error:  # the database's words, never its SQL
        raise InputError(f"could not be stored: the database refused it "
                         f"({str(error.orig).splitlines()[0][:200]})", source=parsed.source,
                         code="store_refused", reason=str(error.orig)[:200]) from None
    return report


def _insert_application(desk: Desk, connection: Connection, application: Application) -> int:
    values = application.model_dump(exclude={"id"})
    application_id = new_id(connection.execute(APPLICATIONS.insert().values(**values)))
    event = received_event(desk, application_id).model_dump(exclude={"id"})
    connection.execute(STATUS_EVENTS.insert().values(**event))
    return application_id


def _store(desk: Desk, connection: Connection, application: Application, parsed: ParsedSource,
           merged: dict[str, Merged], report: ImportReport,
           step: Callable[[str, int, int], None], loaded: LoadedSource,
           mapping: dict[str, str] | None, compressed: Future[bytes]) -> None:
    now = desk.clock()
    run_table = IMPORT_RUNS
    run_id = new_id(connection.execute(run_table.insert().values(
        application_id=application.id, at=now, by=desk.reviewer, source=parsed.source,
        format=parsed.format.value, added=0, updated=0, unchanged=0, merged=report.merged,
        skipped="[]", warnings="[]", filename=loaded.filename,
        mapping=mapping_text(mapping), content=b"")))
    p = PROCEDURES.c
    # Newest first, so that the oldest procedure of a link wins: after a shared-link group was
    # split (services.shared_links) several procedures share it, the group's own is the oldest.
    existing = {
        row[1]: row for row in connection.execute(
            select(*(p[name] for name in EXISTING_COLUMNS))
            .where(p.application_id == application.id).order_by(p.id.desc()))
    }
    assert application.id is not None
    inserts, updates = plan_rows(merged, existing, application.id, run_id, report,
                                 lambda done, total: step("store", done, total))
    step("store", len(merged), len(merged))
    insert_many(connection, PROCEDURES, NEW_COLUMNS, inserts)
    update_many(connection, PROCEDURES, UPDATED_COLUMNS, "id", updates)
    report.added = len(inserts)
    report.updated = len(updates)
    connection.execute(run_table.update().where(run_table.c.id == run_id).values(
        content=compressed.result(),  # zlib level 1: fast, a 22 MB export becomes 2 MB
        added=report.added, updated=report.updated, unchanged=report.unchanged,
        skipped=run_skipped(report), warnings=run_warnings(report)))
    connection.execute(
        APPLICATIONS.update().where(APPLICATIONS.c.id == application.id)
        .values(updated_at=now))
