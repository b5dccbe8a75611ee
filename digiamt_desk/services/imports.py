"""Import an application's procedure list: parse, find the applicant, merge by link, store.

An import is one transaction: it lands whole or not at all (a bad row, a cancel or a crash
leave the database as it was). Re-importing merges by link and never touches a decision,
a criterion or a note.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import sqlmodel
from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import col

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
    capped,
)
from digiamt_desk.domain.review import ReviewError, Status
from digiamt_desk.importers import (
    DOWNLOAD_SECONDS,
    LoadedSource,
    collector_paused,
    load_source,
    parse_bytes,
)
from digiamt_desk.services import register
from digiamt_desk.services.applications import ensure_editable, new_application, received_event
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.import_merge import (
    SHARED_LINK,
    SHARED_LINK_WARNING,
    SPLIT_MARK,
    ImportReport,
    Merged,
    SharedLink,
    merge_rows,
    settled,
    summarise,
)
from digiamt_desk.store.bulk import insert_many, update_many
from digiamt_desk.store.tables import (
    APPLICATIONS,
    IMPORT_RUNS,
    PROCEDURES,
    STATUS_EVENTS,
    Application,
    new_id,
)

Progress = Callable[[str, int, int], None]
BATCH = 5000
DOWNLOAD_SECONDS_KEY = "imports.download_seconds"


def download_seconds(desk: Desk) -> float:
    """The deadline of a URL import: the database setting `imports.download_seconds`
    (a number of seconds, 1 to 600), else 20 s."""
    text = desk.setting(DOWNLOAD_SECONDS_KEY, "")
    try:
        value = float(text)
    except ValueError:
        return DOWNLOAD_SECONDS
    return min(max(value, 1.0), 600.0)


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


def applicant_ars(desk: Desk, parsed: ParsedSource,
                  ars_option: str | None) -> tuple[str, set[str]]:
    """The applicant's ARS and the ARS of levels above it that the source also names."""
    if ars_option:
        return register.lookup(desk, ars_option).ars, set()
    named: dict[str, int] = {}
    for row in parsed.rows:
        if row.ars and row.ars not in named:
            named[row.ars] = row.row
    if not named:
        raise InputError("the source names no municipality (no ARS column); choose the "
                         "applicant (on the command line: --ars KEY)", source=parsed.source,
                         code="no_applicant")
    # A dashboard export with includeAbove names the applicant and the levels above it
    # (Landkreis, Bezirk, Land): the applicant is the one below all the others.
    deepest = max(named, key=lambda a: len(a.rstrip("0")))
    above = {a for a in named if a != deepest}
    for ars in above:
        if not deepest.startswith(ars.rstrip("0")):
            keys = sorted(named)
            raise InputError(
                f"the source names {len(keys)} authorities ({capped(keys)}) that are "
                "not one above the other; choose the applicant (command line: --ars KEY, or "
                "--each-authority for a file of many)",
                source=parsed.source, row=named[ars], field=parsed.columns.get("ars", "ars"),
                code="several_authorities", count=len(keys), keys=capped(keys))
    try:
        entry = register.lookup(desk, deepest)
    except register.UnknownKey as exc:
        raise InputError(f"ARS {deepest} is no Bavarian authority in the register",
                         source=parsed.source, row=named[deepest],
                         field=parsed.columns.get("ars", "ars"), code="unknown_ars",
                         ars=deepest) from exc
    return entry.ars, above


def _open_application(desk: Desk, ars: str) -> Application:
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


def import_source(desk: Desk, source: str, *, ars: str | None = None,
                  mapping: dict[str, str] | None = None, progress: Progress | None = None,
                  cancelled: Callable[[], bool] | None = None,
                  loaded: LoadedSource | None = None,
                  base_url: str | None = None) -> ImportReport:
    """Import a file or URL into the application of the authority it names (or `ars`).

    `loaded` is the source already read (the GUI reads it once for its preview)."""
    def step(phase: str, done: int, total: int) -> None:
        if progress is not None:
            progress(phase, done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    with collector_paused():
        return _import(desk, source, ars, mapping, loaded, step, base_url)


def _import(desk: Desk, source: str, ars: str | None, mapping: dict[str, str] | None,
            loaded: LoadedSource | None, step: Callable[[str, int, int], None],
            base_url: str | None = None) -> ImportReport:
    step("read", 0, 1)
    if loaded is None:
        loaded = load_source(source, timeout=download_seconds(desk))
    # The source is kept compressed; zlib lets go of the GIL, so on a second core the
    # compression runs while the rows are parsed and merged (0.1 s of a 100,000-row import).
    with ThreadPoolExecutor(max_workers=1) as pool:
        compressed = pool.submit(zlib.compress, loaded.content, 1)
        return _import_parsed(desk, ars, mapping, loaded, compressed, step, base_url)


def _import_parsed(desk: Desk, ars: str | None, mapping: dict[str, str] | None,
                   loaded: LoadedSource, compressed: Future[bytes],
                   step: Callable[[str, int, int], None],
                   base_url: str | None = None) -> ImportReport:
    parsed = parse_bytes(loaded.content, loaded.source, mapping=mapping,
                         filename=loaded.filename, base_url=base_url)
    step("read", 1, 1)
    applicant, above = applicant_ars(desk, parsed, ars)
    application = _open_application(desk, applicant)
    report = ImportReport(source=parsed.source, format=parsed.format.value, ars=applicant,
                          name=application.name, application_id=application.id or 0,
                          reference=application.reference,
                          created_application=application.id is None,
                          rows=len(parsed.rows), skipped=list(parsed.skipped),
                          warnings=list(parsed.warnings), columns=dict(parsed.columns),
                          encoding=parsed.encoding)
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


# The review fields (criteria, decision, reason, note, ...) take their database defaults.
NEW_COLUMNS = ("application_id", "title", "url", "url_key", "link_kind", "provider", "leika_keys",
                "ozg_ids", "source_rows", "duplicate_rows", "import_id", "import_hints")
UPDATED_COLUMNS = ("title", "url", "leika_keys", "ozg_ids", "provider", "source_rows",
                    "duplicate_rows", "import_id", "import_hints")


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
        mapping=json.dumps(mapping or {}, ensure_ascii=False), content=b"")))
    p = PROCEDURES.c
    # Newest first, so that the oldest procedure of a link wins: after a shared-link group was
    # split (services.shared_links) several procedures share it, the group's own is the oldest.
    existing = {
        row.url_key: row for row in connection.execute(
            select(p.id, p.url_key, p.title, p.url, p.leika_keys, p.ozg_ids, p.provider,
                   p.duplicate_rows, p.import_hints).where(p.application_id == application.id)
            .order_by(p.id.desc()))
    }
    report.not_in_source = sum(1 for key in existing if key not in merged)
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    total = len(merged)
    application_id = application.id
    for done, item in enumerate(merged.values(), 1):
        first = item.first
        leika = item.leika()
        ozg = item.ozg()
        duplicates = item.duplicates()
        hints = first.hints if item.more is None else item.hints()
        old = existing.get(item.url_key)
        if old is not None and old.import_hints and hints != old.import_hints:
            hints = settled(old.import_hints, hints)
        if old is not None and SPLIT_MARK in old.import_hints:
            # the reviewer split this shared link into a procedure per title: those stay
            report.unchanged += 1
        elif old is None:
            # Plain str values: sqlite3 binds an enum member (a str subclass) through its slow
            # adapter path, 40 % more insert time at 100,000 rows.
            inserts.append((application_id, first.title, first.url, item.url_key,
                            item.kind._value_, item.provider._value_, leika, ozg,
                            item.row_numbers(), duplicates, run_id, hints))
        elif (old.title, old.url, old.leika_keys, old.ozg_ids, old.provider,
              old.duplicate_rows, old.import_hints) != (
                first.title, first.url, leika, ozg, item.provider.value, duplicates, hints):
            updates.append((first.title, first.url, leika, ozg, item.provider.value,
                            item.row_numbers(), duplicates, run_id, hints, old.id))
        else:
            report.unchanged += 1
        if done % BATCH == 0:
            step("store", done, total)
    step("store", total, total)
    insert_many(connection, PROCEDURES, NEW_COLUMNS, inserts)
    update_many(connection, PROCEDURES, UPDATED_COLUMNS, "id", updates)
    report.added = len(inserts)
    report.updated = len(updates)
    connection.execute(run_table.update().where(run_table.c.id == run_id).values(
        content=compressed.result(),  # zlib level 1: fast, a 22 MB export becomes 2 MB
        added=report.added, updated=report.updated, unchanged=report.unchanged,
        skipped=json.dumps([{"row": s.row, "reason": s.reason} for s in report.skipped],
                           ensure_ascii=False),
        warnings=json.dumps([{"row": w.row, "field": w.field, "message": w.message,
                              "code": w.code} for w in report.warnings]
                            + [{"row": g.rows[0], "field": "url", "code": SHARED_LINK,
                                "message": f"{len(g.rows)} rows share this link: {g.url}"}
                               for g in report.shared_links], ensure_ascii=False)))
    connection.execute(
        APPLICATIONS.update().where(APPLICATIONS.c.id == application.id)
        .values(updated_at=now))


__all__ = ["SHARED_LINK", "SHARED_LINK_WARNING", "ImportCancelled", "ImportReport", "Merged",
           "ReviewError", "SharedLink", "import_source", "merge_rows", "settled", "summarise"]
