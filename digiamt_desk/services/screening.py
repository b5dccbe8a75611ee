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

Every authority gets an import run of its own (its counts), and its procedures point at it. The
source is stored once, in the run of the first authority: the runs of one Land-wide import share
source, time and reviewer, and store/import_runs.py finds the kept source for the others, so
every procedure's source rows can be shown as they came. The logic is in
services.import_screening (shared with the command line's DB-API path); this module stores it
through the engine.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.links import LinkKind
from digiamt_desk.domain.review import Status
from digiamt_desk.importers import LoadedSource, collector_paused, load_source
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.import_merge import EXISTING_COLUMNS
from digiamt_desk.services.import_screening import (
    SCREENING_PREFIX,
    parse_land,
    store_groups,
)
from digiamt_desk.services.import_screening import (
    EachAuthorityReport as EachAuthorityReport,
)
from digiamt_desk.services.import_screening import (
    describe_unknown as describe_unknown,
)
from digiamt_desk.services.imports import download_seconds, stepper
from digiamt_desk.store.bulk import insert_many, update_many
from digiamt_desk.store.tables import (
    APPLICATIONS,
    IMPORT_RUNS,
    PROCEDURES,
    REGISTER,
    STATUS_EVENTS,
)

Progress = Callable[[str, int, int], None]


def import_each_authority(desk: Desk, source: str, *, mapping: dict[str, str] | None = None,
                          base_url: str | None = None, progress: Progress | None = None,
                          cancelled: Callable[[], bool] | None = None,
                          loaded: LoadedSource | None = None) -> EachAuthorityReport:
    step = stepper(progress, cancelled)
    # The parsed rows are let go of before the collector runs again: alive, a 220,000-row file's
    # millions of objects would all be walked by the first collection (0.45 s).
    with collector_paused():
        return _each_authority(desk, source, mapping, base_url, loaded, step)


def _each_authority(desk: Desk, source: str, mapping: dict[str, str] | None,
                    base_url: str | None, loaded: LoadedSource | None,
                    step: Callable[[str, int, int], None]) -> EachAuthorityReport:
    step("read", 0, 1)
    loaded = loaded or load_source(source, timeout=download_seconds(desk))
    parsed, report, groups = parse_land(loaded, mapping, base_url)
    step("read", 1, 1)
    try:
        with desk.engine.begin() as connection:
            store_groups(_EnginePort(connection), groups, report, parsed.format.value,
                         loaded, mapping, step, desk.reviewer, desk.clock)
            step("commit", 0, 1)
    except DBAPIError as error:  # the database's words, never its SQL
        raise InputError(f"could not be stored: the database refused it "
                         f"({str(error.orig).splitlines()[0][:200]})",
                         source=parsed.source, code="store_refused",
                         reason=str(error.orig)[:200]) from None
    # skipped rows and warnings of the file belong to the authority whose row it was
    return report


class _EnginePort:
    """services.import_screening's port on the engine: Core statements, the bulk paths of
    store/bulk.py (executemany on SQLite, COPY on PostgreSQL)."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def register_names(self, keys: list[str]) -> dict[str, tuple[str, str, str]]:
        r = REGISTER.c
        return {row.ars: (row.name, row.official_name, row.kind) for row in
                self.connection.execute(select(r.ars, r.name, r.official_name, r.kind)
                                        .where(r.ars.in_(keys)))}

    def applications(self, keys: list[str]) -> list[tuple[int, str, str, str, str]]:
        a = APPLICATIONS.c
        return [(row.id, row.ars, row.status, row.reference, row.name) for row in
                self.connection.execute(select(a.id, a.ars, a.status, a.reference, a.name)
                                        .where(a.ars.in_(keys)).order_by(a.created_at, a.id))]

    def screening_references(self) -> set[str]:
        a = APPLICATIONS.c
        return set(self.connection.execute(select(a.reference).where(
            a.reference.like(SCREENING_PREFIX + "%"))).scalars())

    def ids_by_reference(self, references: list[str]) -> list[tuple[int, str]]:
        a = APPLICATIONS.c
        return [(row.id, row.ars) for row in self.connection.execute(
            select(a.id, a.ars).where(a.reference.in_(references)))]

    def references_of(self, ids: list[int]) -> dict[int, str]:
        a = APPLICATIONS.c
        return {row.id: row.reference for row in self.connection.execute(
            select(a.id, a.reference).where(a.id.in_(ids)))}

    def existing(self, ids: list[int]) -> list[tuple[Any, ...]]:
        p = PROCEDURES.c
        return [tuple(row) for row in self.connection.execute(
            select(p.application_id, *(p[name] for name in EXISTING_COLUMNS))
            .where(p.application_id.in_(ids)))]

    def stamp(self, moment: datetime) -> Any:
        """The time as the DateTime columns store it: the bulk statements bypass SQLAlchemy's
        type processing, and the driver would write another text form ('+00:00')."""
        dialect = self.connection.dialect
        process = APPLICATIONS.c.created_at.type.dialect_impl(dialect).bind_processor(dialect)
        return process(moment) if process is not None else moment

    def run_ids(self, source: str, at: datetime, by: str) -> dict[int, int]:
        r = IMPORT_RUNS.c
        return {row.application_id: row.id for row in self.connection.execute(
            select(r.id, r.application_id).where(r.source == source, r.at == at, r.by == by))}

    def update_run(self, run_id: int, values: dict[str, Any]) -> None:
        self.connection.execute(IMPORT_RUNS.update().where(IMPORT_RUNS.c.id == run_id)
                                .values(**values))

    def insert_many(self, table: str, columns: Sequence[str],
                    rows: Sequence[Sequence[Any]]) -> None:
        insert_many(self.connection, self._table(table), columns, rows)

    def update_many(self, table: str, columns: Sequence[str], key: str,
                    rows: Sequence[Sequence[Any]]) -> None:
        update_many(self.connection, self._table(table), columns, key, rows)

    def _table(self, name: str) -> Any:
        return {t.name: t for t in (APPLICATIONS, STATUS_EVENTS, IMPORT_RUNS, PROCEDURES)}[name]


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
