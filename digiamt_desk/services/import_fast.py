"""The command line's import into a SQLite file on the DB-API alone (no SQLAlchemy, SQLModel or
pydantic: half a second of every `digiamt import`).

It does what services.import_general does through the engine, statement for statement: the
same applicant and application (a new one with the reference pattern's next reference and its
"received" event), one import run, the rows planned by services.import_merge, the run's counts,
skipped rows and warnings, the source kept compressed, the application's `updated_at`; all in
one transaction (services.import_workspace). A large local file is parsed by a worker process
while this one stores what it sends (services.import_worker, services.import_stream).
"""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.importers import LoadedSource, collector_paused, load_source, parse_bytes
from digiamt_desk.services.import_merge import (
    EXISTING_COLUMNS,
    NEW_COLUMNS,
    UPDATED_COLUMNS,
    ImportReport,
    Merged,
    all_distinct,
    count_distinct,
    distinct_values,
    merge_rows,
    plan_rows,
    sqlite_datetime,
    summarise,
)
from digiamt_desk.services.import_rules import DOWNLOAD_SECONDS_KEY, applicant_from, deadline
from digiamt_desk.services.import_stream import Compressed, SlicedCompression, receive
from digiamt_desk.services.import_worker import ParseWorker
from digiamt_desk.services.import_workspace import (
    Entry,
    Workspace,
    finish_run,
    insert_application,
    insert_run,
    open_application,
)
from digiamt_desk.services.imports import Progress, stepper
from digiamt_desk.store.sqlite_import import insert_distinct, insert_many, update_many


def import_into_file(space: Workspace, source: str, *, ars: str | None = None,
                     mapping: dict[str, str] | None = None, progress: Progress | None = None,
                     cancelled: Callable[[], bool] | None = None,
                     base_url: str | None = None, keep: list[object] | None = None,
                     loaded: LoadedSource | None = None,
                     worker: ParseWorker | None = None) -> ImportReport:
    """services.imports.import_source on the DB-API: the same rows, run and report.

    `keep`: a process that ends right after the import (the command line) takes the parsed
    rows, the merged rows and the stored tuples into this list instead of letting them go one
    object at a time (a million objects at 100,000 rows, 0.06 s); the system frees the
    process's memory at once. `loaded`: the source, read already; `worker`: a worker parsing
    it (services.import_worker, started by the caller, stopped here)."""
    step = stepper(progress, cancelled)
    keep = [] if keep is None else keep
    try:
        with collector_paused():
            step("read", 0, 1)
            if loaded is None:
                loaded = load_source(source,
                                     timeout=deadline(space.setting(DOWNLOAD_SECONDS_KEY)))
            keep.append(loaded)
            if worker is not None:  # compressed in the gaps between the worker's messages
                sliced = SlicedCompression(loaded.content)
                try:
                    parsed = receive(space, worker, loaded, sliced, step, ars=ars,
                                     mapping=mapping, keep=keep)
                except sqlite3.Error as error:
                    raise _refused(error, loaded.source) from None
                if isinstance(parsed, ImportReport):
                    return parsed
                if parsed is None:  # the worker could not finish: parsed here
                    parsed = _parse(loaded, mapping, base_url)
                return _import_parsed(space, ars, mapping, loaded, parsed, sliced, step, keep)
            with ThreadPoolExecutor(max_workers=1) as pool:  # zlib lets go of the GIL
                compressed = pool.submit(zlib.compress, loaded.content, 1)
                return _import_parsed(space, ars, mapping, loaded,
                                      _parse(loaded, mapping, base_url), compressed, step, keep)
    finally:
        if worker is not None:
            worker.stop()


def _parse(loaded: LoadedSource, mapping: dict[str, str] | None,
           base_url: str | None) -> ParsedSource:
    return parse_bytes(loaded.content, loaded.source, mapping=mapping,
                       filename=loaded.filename, base_url=base_url)


def _refused(error: sqlite3.Error, source: str) -> InputError:
    """The database's words, never its SQL."""
    return InputError(f"could not be stored: the database refused it "
                      f"({str(error).splitlines()[0][:200]})", source=source or None,
                      code="store_refused", reason=str(error)[:200])


def _import_parsed(space: Workspace, ars: str | None, mapping: dict[str, str] | None,
                   loaded: LoadedSource, parsed: ParsedSource, compressed: Compressed,
                   step: Callable[[str, int, int], None], keep: list[object]) -> ImportReport:
    step("read", 1, 1)
    applicant, above = applicant_from(lambda key: space.lookup(key).ars, parsed, ars)
    application = open_application(space, applicant)
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
                application.id = insert_application(space, connection, application)
                report.application_id = application.id
            keep.append(_store(space, connection, application.id, parsed, merged, above,
                               report, step, loaded, mapping, compressed))
            step("commit", 0, 1)
    except sqlite3.Error as error:
        raise _refused(error, parsed.source) from None
    return report


def _store(space: Workspace, connection: sqlite3.Connection, application_id: int,
           parsed: ParsedSource, merged: dict[str, Merged] | None, central_ars: set[str],
           report: ImportReport, step: Callable[[str, int, int], None], loaded: LoadedSource,
           mapping: dict[str, str] | None, compressed: Compressed) -> list[tuple[Any, ...]]:
    """The rows, run and application's time stored; returns the inserted tuples. `merged`
    None: the rows of a new application, of which import_merge.all_distinct holds."""
    now = sqlite_datetime(space.clock())
    run_id = insert_run(space, connection, application_id, parsed, report.merged,
                        loaded.filename, mapping, now)
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    if merged is None:  # a new application (no procedures yet) with rows that do not merge
        inserts = distinct_values(parsed.rows, central_ars)
        step("store", len(inserts), len(inserts))
        insert_distinct(connection, application_id, run_id, inserts)
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
    finish_run(connection, run_id, application_id, report, compressed.result(), now)
    return inserts


__all__ = ["Entry", "Workspace", "import_into_file"]
