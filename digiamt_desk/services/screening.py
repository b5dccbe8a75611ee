"""A Land-wide export, screened: every authority's rows into its own screening application.

The federal dashboard exports a whole Land at once. `import_each_authority` reads such a file
once and puts the rows of every authority named in its ARS column into that authority's
*screening* application (Status.SCREENING), in one transaction, with a report per authority.

What a screening application is, and how a real one takes over:
- It is created here and only here, with the reference "Vorprüfung-<ARS>" (no number of the
  reference pattern is used up) and a status event "screening". It is no received application:
  nothing was applied for, nothing is decided.
- A later screening import updates it (merged by link, like any re-import).
- An authority whose current application is a real one (received, in review, ...) is left alone:
  a screening never touches a reviewer's case; the report names it.
- The authority's own list (`digiamt import FILE`, the import dialog) or `digiamt new` creates a
  received application beside the screening one, which then stays as the record of the screening
  (`applications --screening` shows `has_application`); services.imports never imports into a
  screening application.
- Rows whose ARS is not in the register, or that have none, are reported with their rows.

The source is stored once (in the import run of the first authority); every procedure's import
points at that run, so its source rows can be shown as they came.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import UTC
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError

from digiamt_desk.domain.importing import InputError, SourceRow, capped
from digiamt_desk.domain.links import LinkKind
from digiamt_desk.domain.review import Status
from digiamt_desk.importers import LoadedSource, collector_paused, load_source, parse_bytes
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import (
    NEW_COLUMNS,
    UPDATED_COLUMNS,
    ImportCancelled,
    ImportReport,
    Merged,
    download_seconds,
    merge_rows,
    summarise,
)
from digiamt_desk.store.bulk import insert_many, update_many
from digiamt_desk.store.tables import (
    APPLICATIONS,
    IMPORT_RUNS,
    PROCEDURES,
    REGISTER,
    STATUS_EVENTS,
    new_id,
)

Progress = Callable[[str, int, int], None]
SCREENING_PREFIX = "Vorprüfung-"


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


def import_each_authority(desk: Desk, source: str, *, mapping: dict[str, str] | None = None,
                          base_url: str | None = None, progress: Progress | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          loaded: LoadedSource | None = None) -> EachAuthorityReport:
    def step(phase: str, done: int, total: int) -> None:
        if progress is not None:
            progress(phase, done, total)
        if cancelled is not None and cancelled():
            raise ImportCancelled()

    with collector_paused():
        step("read", 0, 1)
        loaded = loaded or load_source(source, timeout=download_seconds(desk))
        parsed = parse_bytes(loaded.content, loaded.source, mapping=mapping,
                             filename=loaded.filename, base_url=base_url)
        step("read", 1, 1)
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
        try:
            with desk.engine.begin() as connection:
                _store(desk, connection, groups, report, parsed.format.value, loaded, mapping,
                       step)
                step("commit", 0, 1)
        except DBAPIError as error:  # the database's words, never its SQL
            raise InputError(f"could not be stored: the database refused it "
                             f"({str(error.orig).splitlines()[0][:200]})",
                             source=parsed.source, code="store_refused",
                             reason=str(error.orig)[:200]) from None
        # skipped rows and warnings of the file belong to the authority whose row it was
        return report


def _store(desk: Desk, connection: Connection, groups: dict[str, list[SourceRow]],
           report: EachAuthorityReport, fmt: str, loaded: LoadedSource,
           mapping: dict[str, str] | None, step: Callable[[str, int, int], None]) -> None:
    r, a = REGISTER.c, APPLICATIONS.c
    names = {row.ars: row for row in connection.execute(
        select(r.ars, r.name, r.official_name, r.kind).where(r.ars.in_(list(groups))))}
    for ars in [k for k in groups if k not in names]:
        report.unknown_ars[ars] = [row.row for row in groups.pop(ars)]
    latest = {}
    for row in connection.execute(
            select(a.id, a.ars, a.status, a.reference, a.name, a.created_at)
            .where(a.ars.in_(list(groups))).order_by(a.created_at, a.id)):
        if row.status != Status.WITHDRAWN.value:
            latest[row.ars] = row  # the newest application that is not withdrawn
    now = _stamp(connection, desk)
    targets: dict[str, int] = {}
    new_ones: list[str] = []
    for ars in list(groups):
        current = latest.get(ars)
        if current is not None and current.status != Status.SCREENING.value:
            report.left_alone.append((ars, current.name, current.reference))
            groups.pop(ars)
        elif current is not None:
            targets[ars] = current.id
        else:
            new_ones.append(ars)
    references = _free_references(connection, new_ones)
    # one statement for all new applications (2,400 single inserts cost seconds through Core)
    insert_many(connection, APPLICATIONS, (
        "ars", "name", "official_name", "kind", "reference", "reviewer", "status",
        "received_on", "head_title", "head_name", "address", "created_at", "updated_at"),
        [(ars, names[ars].name, names[ars].official_name, names[ars].kind,
          references[ars], desk.reviewer, Status.SCREENING.value,
          desk.clock().date().isoformat(), "", "", "", now, now) for ars in new_ones])
    if new_ones:
        targets.update((row.ars, row.id) for row in connection.execute(
            select(a.id, a.ars).where(a.reference.in_(list(references.values())))))
    report.created = len(new_ones)
    insert_many(connection, STATUS_EVENTS, ("application_id", "status", "reopened", "at", "by",
                                            "note"),
                [(targets[ars], Status.SCREENING.value, False, now, desk.reviewer,
                  "screening: Land-wide export") for ars in new_ones])
    _procedures(desk, connection, groups, targets, names, report, fmt, loaded, mapping, step)


def _free_references(connection: Connection, keys: list[str]) -> dict[str, str]:
    """'Vorprüfung-<ARS>', or with '-2', '-3' … where a withdrawn screening (or a reference
    someone typed) holds it already."""
    a = APPLICATIONS.c
    taken = set(connection.execute(select(a.reference).where(
        a.reference.like(SCREENING_PREFIX + "%"))).scalars())
    found = {}
    for ars in keys:
        reference, number = SCREENING_PREFIX + ars, 1
        while reference in taken:
            number += 1
            reference = f"{SCREENING_PREFIX}{ars}-{number}"
        taken.add(reference)
        found[ars] = reference
    return found


def _procedures(desk: Desk, connection: Connection, groups: dict[str, list[SourceRow]],
                targets: dict[str, int], names: dict[str, Any], report: EachAuthorityReport,
                fmt: str, loaded: LoadedSource, mapping: dict[str, str] | None,
                step: Callable[[str, int, int], None]) -> None:
    # zlib lets go of the GIL: the source is compressed on a second core meanwhile
    with ThreadPoolExecutor(max_workers=1) as pool:
        compressed = pool.submit(zlib.compress, loaded.content, 1)
        _rows_of(desk, connection, groups, targets, names, report, fmt, loaded, mapping, step,
                 compressed)


def _rows_of(desk: Desk, connection: Connection, groups: dict[str, list[SourceRow]],
             targets: dict[str, int], names: dict[str, Any], report: EachAuthorityReport,
             fmt: str, loaded: LoadedSource, mapping: dict[str, str] | None,
             step: Callable[[str, int, int], None], compressed: Future[bytes]) -> None:
    p = PROCEDURES.c
    existing: dict[int, dict[str, Any]] = {}
    for row in connection.execute(
            select(p.id, p.application_id, p.url_key, p.title, p.url, p.leika_keys,
                   p.ozg_ids, p.provider, p.duplicate_rows, p.import_hints)
            .where(p.application_id.in_(list(targets.values())))):
        existing.setdefault(row.application_id, {})[row.url_key] = row
    now = _stamp(connection, desk)
    mapping_text = json.dumps(mapping or {}, ensure_ascii=False)
    run_columns = ("application_id", "at", "by", "source", "format", "added", "updated",
                   "unchanged", "merged", "skipped", "warnings", "filename", "mapping", "content")
    master: int | None = None  # the run that keeps the source; every procedure points at it
    runs: list[tuple[Any, ...]] = []
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    total = len(groups)
    a = APPLICATIONS.c
    reference_of: dict[int, str] = {row.id: row.reference for row in connection.execute(
        select(a.id, a.reference).where(a.id.in_(list(targets.values()))))}
    for done, (ars, rows) in enumerate(groups.items(), 1):
        application_id = targets[ars]
        one = ImportReport(source=report.source, format=fmt, ars=ars, name=names[ars].name,
                           application_id=application_id, reference=reference_of[application_id],
                           created_application=False, rows=len(rows))
        merged: dict[str, Merged] = merge_rows(rows, set(), one)
        summarise(merged, one)
        if master is None:
            master = new_id(connection.execute(IMPORT_RUNS.insert().values(
                application_id=application_id, at=desk.clock(), by=desk.reviewer,
                source=report.source, format=fmt, added=0, updated=0, unchanged=0, merged=0,
                skipped="[]", warnings="[]", filename=loaded.filename, mapping=mapping_text,
                content=b"")))
        old_rows = existing.get(application_id, {})
        one.not_in_source = sum(1 for key in old_rows if key not in merged)
        for item in merged.values():
            first = item.first
            leika, ozg, duplicates = item.leika(), item.ozg(), item.duplicates()
            hints = first.hints if item.more is None else item.hints()
            old = old_rows.get(item.url_key)
            if old is None:
                one.added += 1
                inserts.append((application_id, first.title, first.url, item.url_key,
                                item.kind._value_, item.provider._value_, leika, ozg,
                                item.row_numbers(), duplicates, master, hints))
            elif (old.title, old.url, old.leika_keys, old.ozg_ids, old.provider,
                  old.duplicate_rows, old.import_hints) != (
                    first.title, first.url, leika, ozg, item.provider.value, duplicates, hints):
                one.updated += 1
                updates.append((first.title, first.url, leika, ozg, item.provider.value,
                                item.row_numbers(), duplicates, master, hints, old.id))
            else:
                one.unchanged += 1
        if done > 1:
            runs.append((application_id, now, desk.reviewer, report.source, fmt, one.added,
                         one.updated, one.unchanged, one.merged, "[]", "[]", loaded.filename,
                         mapping_text, b""))
        report.authorities.append(one)
        if done % 200 == 0:
            step("store", done, total)
    insert_many(connection, IMPORT_RUNS, run_columns, runs)
    if master is not None:
        head = report.authorities[0]
        connection.execute(IMPORT_RUNS.update().where(IMPORT_RUNS.c.id == master).values(
            added=head.added, updated=head.updated, unchanged=head.unchanged,
            merged=head.merged, content=compressed.result()))
    step("store", total, total)
    insert_many(connection, PROCEDURES, NEW_COLUMNS, inserts)
    update_many(connection, PROCEDURES, UPDATED_COLUMNS, "id", updates)


def _stamp(connection: Connection, desk: Desk) -> Any:
    """The time as the DateTime columns store it: the bulk statements bypass SQLAlchemy's type
    processing, and the driver would write another text form ('+00:00')."""
    process = APPLICATIONS.c.created_at.type.dialect_impl(connection.dialect).bind_processor(
        connection.dialect)
    now = desk.clock().astimezone(UTC)
    return process(now) if process is not None else now


@dataclass(frozen=True, slots=True)
class ScreeningRow:
    ars: str
    name: str
    kind: str
    reference: str
    procedures: int
    web_links: int  # procedures with a web link that no import hint marks as not online
    threshold: int
    has_application: bool  # a real application of the authority exists beside it

    @property
    def reaches_threshold(self) -> bool:
        return self.web_links >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"ars": self.ars, "name": self.name, "kind": self.kind,
                "application": self.reference, "procedures": self.procedures,
                "web_links": self.web_links, "threshold": self.threshold,
                "reaches_threshold": self.reaches_threshold,
                "has_application": self.has_application}


def screening_list(desk: Desk) -> list[ScreeningRow]:
    """Every screening application with the count a screening can give: procedures whose link
    is a web link not marked "no online link" or "appointment" (nothing is decided yet)."""
    a, p = APPLICATIONS.c, PROCEDURES.c
    catalog = desk.catalog()
    with desk.engine.connect() as connection:
        screening = list(connection.execute(
            select(a.id, a.ars, a.name, a.kind, a.reference)
            .where(a.status == Status.SCREENING.value).order_by(a.name)))
        real = set(connection.execute(select(a.ars).where(
            a.status != Status.SCREENING.value, a.status != Status.WITHDRAWN.value)).scalars())
        counts: dict[int, list[int]] = {}
        for application_id, kind, hints, merged_into in connection.execute(
                select(p.application_id, p.link_kind, p.import_hints, p.merged_into)
                .where(p.application_id.in_([s.id for s in screening]))):
            entry = counts.setdefault(application_id, [0, 0])
            entry[0] += 1
            if kind == LinkKind.HTTP.value and merged_into is None and not (
                    "no_online_link" in hints or "appointment" in hints):
                entry[1] += 1
    rows = []
    for s in screening:
        procedures, web = counts.get(s.id, [0, 0])
        rows.append(ScreeningRow(s.ars, s.name, s.kind, s.reference, procedures, web,
                                 catalog.threshold_for(s.kind), s.ars in real))
    return rows


def describe_unknown(report: EachAuthorityReport) -> str:
    keys = list(report.unknown_ars)
    rows = sum(len(v) for v in report.unknown_ars.values())
    return f"{rows} rows of {len(keys)} ARS not in the register: {capped(keys)}"
