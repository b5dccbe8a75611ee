"""The Land-wide import (services.screening) stored through a port: the engine's
(services.screening, any database) or the DB-API's (`SqlitePort`, the command line's import of
a SQLite file without SQLAlchemy). The logic is written once, here; a port only reads and
writes rows, so both ways write the same rows (tests/unit/test_import_fast.py compares)."""

from __future__ import annotations

import sqlite3
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Protocol

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceRow, capped
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
    sqlite_datetime,
    summarise,
)
from digiamt_desk.services.import_rules import DOWNLOAD_SECONDS_KEY, deadline, mapping_text

Step = Callable[[str, int, int], None]
SCREENING_PREFIX = "Vorprüfung-"
APPLICATION_COLUMNS = ("ars", "name", "official_name", "kind", "reference", "reviewer", "status",
                       "received_on", "head_title", "head_name", "address", "created_at",
                       "updated_at")
EVENT_COLUMNS = ("application_id", "status", "reopened", "at", "by", "note")
RUN_COLUMNS = ("application_id", "at", "by", "source", "format", "added", "updated",
               "unchanged", "merged", "skipped", "warnings", "filename", "mapping", "content")


@dataclass
class EachAuthorityReport:
    source: str
    format: str
    rows_read: int
    authorities: list[ImportReport] = field(default_factory=list)
    created: int = 0
    left_alone: list[tuple[str, str, str]] = field(default_factory=list)  # ars, name, reference
    unknown_ars: dict[str, list[int]] = field(default_factory=dict)  # ARS -> rows
    without_ars: list[int] = field(default_factory=list)

    @property
    def application_id(self) -> int:
        """The first authority's screening application (what the window shows afterwards)."""
        return self.authorities[0].application_id if self.authorities else 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "format": self.format, "rows_read": self.rows_read,
            "authorities": len(self.authorities), "created": self.created,
            "left_alone": [{"ars": a, "name": n, "application": r}
                           for a, n, r in self.left_alone],
            "unknown_ars": [{"ars": a, "rows": rows} for a, rows in self.unknown_ars.items()],
            "rows_without_ars": self.without_ars,
            "reports": [r.as_dict() for r in self.authorities],
        }


class Port(Protocol):
    """What the Land-wide import reads and writes. Rows are tuples; times are given as
    datetimes and stored by the port as its columns store them."""

    def register_names(self, keys: list[str]) -> dict[str, tuple[str, str, str]]:
        """ars -> (name, official_name, kind) of the register entries among `keys`."""

    def applications(self, keys: list[str]) -> list[tuple[int, str, str, str, str]]:
        """(id, ars, status, reference, name) of the applications of `keys`, oldest first."""

    def screening_references(self) -> set[str]: ...

    def ids_by_reference(self, references: list[str]) -> list[tuple[int, str]]:
        """(id, ars) of the applications with these references."""

    def references_of(self, ids: list[int]) -> dict[int, str]: ...

    def existing(self, ids: list[int]) -> list[tuple[Any, ...]]:
        """(application_id, *EXISTING_COLUMNS) of the procedures of these applications."""

    def stamp(self, moment: datetime) -> Any:
        """A time as a bulk statement binds it (the column's stored form)."""

    def run_ids(self, source: str, at: datetime, by: str) -> dict[int, int]:
        """application_id -> id of the import runs of one import (source, time, reviewer)."""

    def update_run(self, run_id: int, values: dict[str, Any]) -> None: ...

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None: ...

    def update_many(self, table: str, columns: Sequence[str], key: str,
                    rows: Sequence[Sequence[Any]]) -> None: ...


def parse_land(loaded: LoadedSource, mapping: dict[str, str] | None, base_url: str | None
               ) -> tuple[ParsedSource, EachAuthorityReport, dict[str, list[SourceRow]]]:
    """The parsed file, its report and its rows by ARS (rows without one are reported)."""
    parsed = parse_bytes(loaded.content, loaded.source, mapping=mapping,
                         filename=loaded.filename, base_url=base_url)
    if "ars" not in parsed.columns:
        raise InputError("names no authority per row (no ARS column); --each-authority "
                         "needs a Land-wide export with an ARS column",
                         source=parsed.source, code="no_ars_column")
    report = EachAuthorityReport(parsed.source, parsed.format.value,
                                 len(parsed.rows) + len(parsed.skipped))
    groups: dict[str, list[SourceRow]] = {}
    for row in parsed.rows:
        if row.ars:
            groups.setdefault(row.ars, []).append(row)
        else:
            report.without_ars.append(row.row)
    return parsed, report, groups


def store_groups(port: Port, groups: dict[str, list[SourceRow]], report: EachAuthorityReport,
                 fmt: str, loaded: LoadedSource, mapping: dict[str, str] | None, step: Step,
                 reviewer: str, clock: Callable[[], datetime]) -> None:
    """Every authority's rows into its screening application (inside the caller's
    transaction)."""
    names = port.register_names(list(groups))
    for ars in [k for k in groups if k not in names]:
        report.unknown_ars[ars] = [row.row for row in groups.pop(ars)]
    latest = {}
    for row in port.applications(list(groups)):
        if row[2] != Status.WITHDRAWN.value:
            latest[row[1]] = row  # the newest application that is not withdrawn
    now = port.stamp(clock().astimezone(UTC))
    targets: dict[str, int] = {}
    new_ones: list[str] = []
    for ars in list(groups):
        current = latest.get(ars)
        if current is not None and current[2] != Status.SCREENING.value:
            report.left_alone.append((ars, current[4], current[3]))
            groups.pop(ars)
        elif current is not None:
            targets[ars] = current[0]
        else:
            new_ones.append(ars)
    references = free_references(port.screening_references(), new_ones)
    # one statement for all new applications (2,400 single inserts cost seconds through Core)
    port.insert_many("application", APPLICATION_COLUMNS, [
        (ars, *names[ars], references[ars], reviewer, Status.SCREENING.value,
         clock().date().isoformat(), "", "", "", now, now) for ars in new_ones])
    if new_ones:
        targets.update((ars, id_) for id_, ars in port.ids_by_reference(
            list(references.values())))
    report.created = len(new_ones)
    port.insert_many("status_event", EVENT_COLUMNS,
                     [(targets[ars], Status.SCREENING.value, False, now, reviewer,
                       "screening: Land-wide export") for ars in new_ones])
    # zlib lets go of the GIL: the source is compressed on a second core meanwhile
    with ThreadPoolExecutor(max_workers=1) as pool:
        compressed = pool.submit(zlib.compress, loaded.content, 1)
        _procedures(port, groups, targets, names, report, fmt, loaded, mapping, step, reviewer,
                    clock, compressed)


def free_references(taken: set[str], keys: list[str]) -> dict[str, str]:
    """'Vorprüfung-<ARS>', or with '-2', '-3' … where a withdrawn screening (or a reference
    someone typed) holds it already."""
    found = {}
    for ars in keys:
        reference, number = SCREENING_PREFIX + ars, 1
        while reference in taken:
            number += 1
            reference = f"{SCREENING_PREFIX}{ars}-{number}"
        taken.add(reference)
        found[ars] = reference
    return found


def _procedures(port: Port, groups: dict[str, list[SourceRow]], targets: dict[str, int],
                names: dict[str, tuple[str, str, str]], report: EachAuthorityReport, fmt: str,
                loaded: LoadedSource, mapping: dict[str, str] | None, step: Step,
                reviewer: str, clock: Callable[[], datetime],
                compressed: Future[bytes]) -> None:
    existing: dict[int, dict[str, tuple[Any, ...]]] = {}
    for row in port.existing(list(targets.values())):
        existing.setdefault(row[0], {})[row[2]] = row[1:]
    moment = clock().astimezone(UTC)
    now = port.stamp(moment)
    mapping_json = mapping_text(mapping)
    total = len(groups)
    reference_of = port.references_of(list(targets.values()))
    # One run per authority, each authority's procedures pointing at its own; the source is
    # kept once, in the first (the runs of one import share source, time and reviewer, which
    # is how store/import_runs.py finds it for the others).
    port.insert_many("import_run", RUN_COLUMNS, [
        (targets[ars], now, reviewer, report.source, fmt, 0, 0, 0, 0, "[]", "[]",
         loaded.filename, mapping_json, b"") for ars in groups])
    run_of = port.run_ids(report.source, moment, reviewer) if groups else {}
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    counts: list[tuple[int, int, int, int, int]] = []
    for done, (ars, rows) in enumerate(groups.items(), 1):
        application_id = targets[ars]
        one = ImportReport(source=report.source, format=fmt, ars=ars, name=names[ars][0],
                           application_id=application_id, reference=reference_of[application_id],
                           created_application=False, rows=len(rows))
        run_id = run_of[application_id]
        stored = existing.get(application_id)
        if stored is None and all_distinct(rows):  # no procedures yet, nothing merges
            count_distinct(rows, one)
            added = plan_distinct(rows, set(), application_id, run_id)
            changed: list[tuple[Any, ...]] = []
        else:
            merged: dict[str, Merged] = merge_rows(rows, set(), one)
            summarise(merged, one)
            # planned as any re-import is (a split shared link stays split, a kept one kept)
            added, changed = plan_rows(merged, stored or {}, application_id, run_id, one)
        one.added, one.updated = len(added), len(changed)
        inserts += added
        updates += changed
        counts.append((one.added, one.updated, one.unchanged, one.merged, run_id))
        report.authorities.append(one)
        if done % 200 == 0:
            step("store", done, total)
    port.update_many("import_run", ("added", "updated", "unchanged", "merged"), "id", counts)
    if report.authorities:
        port.update_run(run_of[report.authorities[0].application_id],
                        {"content": compressed.result()})
    step("store", total, total)
    port.insert_many("procedure", NEW_COLUMNS, inserts)
    port.update_many("procedure", UPDATED_COLUMNS, "id", updates)


# --- the DB-API's port: the command line's import of a SQLite file ------------------------------


class SqlitePort:
    """The port on a plain sqlite3 connection inside the import's transaction. Lists of keys
    are bound as one JSON array (`json_each`), so 2,400 authorities are one parameter."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self.connection = connection

    def _rows(self, sql: str, keys: Sequence[Any]) -> list[Any]:
        import json

        return self.connection.execute(sql, (json.dumps(list(keys)),)).fetchall()

    def register_names(self, keys: list[str]) -> dict[str, tuple[str, str, str]]:
        return {row[0]: (row[1], row[2], row[3]) for row in self._rows(
            "SELECT ars, name, official_name, kind FROM register_entry "
            "WHERE ars IN (SELECT value FROM json_each(?))", keys)}

    def applications(self, keys: list[str]) -> list[tuple[int, str, str, str, str]]:
        return [tuple(row) for row in self._rows(
            "SELECT id, ars, status, reference, name FROM application "
            "WHERE ars IN (SELECT value FROM json_each(?)) ORDER BY created_at, id", keys)]

    def screening_references(self) -> set[str]:
        return {str(r[0]) for r in self.connection.execute(
            "SELECT reference FROM application WHERE reference LIKE ?",
            (SCREENING_PREFIX + "%",))}

    def ids_by_reference(self, references: list[str]) -> list[tuple[int, str]]:
        return [(row[0], row[1]) for row in self._rows(
            "SELECT id, ars FROM application WHERE reference IN "
            "(SELECT value FROM json_each(?))", references)]

    def references_of(self, ids: list[int]) -> dict[int, str]:
        return {row[0]: row[1] for row in self._rows(
            "SELECT id, reference FROM application WHERE id IN "
            "(SELECT value FROM json_each(?))", ids)}

    def existing(self, ids: list[int]) -> list[tuple[Any, ...]]:
        return self._rows(
            f"SELECT application_id, {', '.join(EXISTING_COLUMNS)} FROM procedure "
            "WHERE application_id IN (SELECT value FROM json_each(?))", ids)

    def stamp(self, moment: datetime) -> Any:
        return sqlite_datetime(moment)

    def run_ids(self, source: str, at: datetime, by: str) -> dict[int, int]:
        return {row[1]: row[0] for row in self.connection.execute(
            "SELECT id, application_id FROM import_run WHERE source = ? AND at = ? AND by = ?",
            (source, sqlite_datetime(at), by))}

    def update_run(self, run_id: int, values: dict[str, Any]) -> None:
        self.connection.execute(
            f"UPDATE import_run SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
            [*values.values(), run_id])

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None:
        from digiamt_desk.store.sqlite_import import insert_many

        insert_many(self.connection, table, columns, rows)

    def update_many(self, table: str, columns: Sequence[str], key: str,
                    rows: Sequence[Sequence[Any]]) -> None:
        from digiamt_desk.store.sqlite_import import update_many

        update_many(self.connection, table, columns, key, rows)


def import_each_into_file(space: Any, source: str, *, mapping: dict[str, str] | None = None,
                          base_url: str | None = None, step: Step,
                          keep: list[object] | None = None) -> EachAuthorityReport:
    """services.screening.import_each_authority on the DB-API (`space`: an
    import_fast.Workspace): the same rows, runs and reports. `keep`: as in
    import_fast.import_into_file (the parsed rows go there instead of being let go of)."""
    with collector_paused():  # the rows are let go of inside, before the collector runs again
        return _each_into_file(space, source, mapping, base_url, step,
                               [] if keep is None else keep)


def _each_into_file(space: Any, source: str, mapping: dict[str, str] | None,
                    base_url: str | None, step: Step, keep: list[object]) -> EachAuthorityReport:
    step("read", 0, 1)
    loaded = load_source(source, timeout=deadline(space.setting(DOWNLOAD_SECONDS_KEY)))
    parsed, report, groups = parse_land(loaded, mapping, base_url)
    keep += (loaded, parsed, groups)
    step("read", 1, 1)
    try:
        with space.target.transaction() as connection:
            store_groups(SqlitePort(connection), groups, report, parsed.format.value,
                         loaded, mapping, step, space.reviewer, space.clock)
            step("commit", 0, 1)
    except sqlite3.Error as error:  # the database's words, never its SQL
        raise InputError(f"could not be stored: the database refused it "
                         f"({str(error).splitlines()[0][:200]})",
                         source=parsed.source, code="store_refused",
                         reason=str(error)[:200]) from None
    return report


def describe_unknown(report: EachAuthorityReport) -> str:
    keys = list(report.unknown_ars)
    rows = sum(len(v) for v in report.unknown_ars.values())
    return f"{rows} rows of {len(keys)} ARS not in the register: {capped(keys)}"
