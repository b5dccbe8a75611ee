"""Import an application's procedure list: parse, find the applicant, merge by link, store.

An import is one transaction: it lands whole or not at all (a bad row, a cancel or a crash
leave the database as it was). Re-importing merges by link and never touches a decision,
a criterion or a note.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import sqlmodel
from sqlalchemy import Connection, select
from sqlalchemy.exc import DBAPIError
from sqlmodel import col

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
    Provider,
    RowWarning,
    SkippedRow,
    SourceRow,
    capped,
)
from digiamt_desk.domain.links import LinkKind, link_key
from digiamt_desk.domain.review import ReviewError, Status
from digiamt_desk.importers import LoadedSource, collector_paused, load_source, parse_bytes
from digiamt_desk.services import register
from digiamt_desk.services.applications import ensure_editable, new_application, received_event
from digiamt_desk.services.desk import Desk
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
# A shared link with more rows than this is a warning in the report's first lines: a contact form
# or a portal's start page standing for many services.
SHARED_LINK_WARNING = 5
SHARED_LINK = "shared_link"
SPLIT_MARK = "shared_link_split"


@dataclass(frozen=True, slots=True)
class SharedLink:
    """Rows with different titles or LeiKa keys merged under one link: by the award's rule they
    count once, and the reviewer must see that they did."""

    url: str
    rows: tuple[int, ...]
    titles: tuple[str, ...]  # the distinct titles, in the order of the rows
    leika_keys: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return {"url": self.url, "rows": list(self.rows), "count": len(self.rows),
                "titles": list(self.titles), "leika_keys": list(self.leika_keys)}


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


@dataclass
class ImportReport:
    source: str
    format: str
    ars: str
    name: str
    application_id: int
    reference: str
    created_application: bool
    rows: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    merged: int = 0
    not_online: int = 0  # imported with a link that is no http(s) link
    not_in_source: int = 0  # procedures already in the database that this source lacks
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    merged_rows: list[tuple[int, int]] = field(default_factory=list)  # (row, into row)
    columns: dict[str, str] = field(default_factory=dict)
    shared_links: list[SharedLink] = field(default_factory=list)
    encoding: str = ""
    no_online_link: int = 0  # procedures whose records had no online link (service page taken)
    appointment: int = 0  # procedures whose link is an appointment booking

    @property
    def rows_read(self) -> int:
        """Every row with data that was read: added + updated + unchanged + merged + skipped."""
        return self.rows + len(self.skipped)

    def large_shared_links(self) -> list[SharedLink]:
        return [g for g in self.shared_links if len(g.rows) > SHARED_LINK_WARNING]

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source, "format": self.format, "ars": self.ars, "name": self.name,
            "application": self.reference, "created_application": self.created_application,
            "rows_read": self.rows_read, "encoding": self.encoding,
            "shared_links": [g.as_dict() for g in self.shared_links],
            "no_online_link": self.no_online_link, "appointment": self.appointment,
            "rows": self.rows, "added": self.added, "updated": self.updated,
            "unchanged": self.unchanged, "merged": self.merged, "not_online": self.not_online,
            "not_in_source": self.not_in_source,
            "skipped": [{"row": s.row, "reason": s.reason, "code": s.code}
                        for s in self.skipped],
            "merged_rows": [{"row": r, "into_row": t} for r, t in self.merged_rows],
            "warnings": [{"row": w.row, "field": w.field, "message": w.message, "code": w.code}
                         for w in self.warnings],
            "columns": self.columns,
        }


@dataclass(slots=True)
class Merged:
    """All rows of one source that share a link; `more` stays None for the common single row
    (an import of 100,000 rows builds one of these per row, so it is kept lean)."""

    first: SourceRow
    url_key: str
    kind: LinkKind
    provider: Provider
    more: list[SourceRow] | None = None

    def rows(self) -> list[SourceRow]:
        return [self.first] if self.more is None else [self.first, *self.more]

    def leika(self) -> str:
        if self.more is None:
            return " ".join(self.first.leika_keys)
        return " ".join(dict.fromkeys(k for r in self.rows() for k in r.leika_keys))

    def ozg(self) -> str:
        if self.more is None:
            return " ".join(map(str, self.first.ozg_ids))
        return " ".join(map(str, dict.fromkeys(i for r in self.rows() for i in r.ozg_ids)))

    def row_numbers(self) -> str:
        if self.more is None:
            return str(self.first.row)
        return " ".join(str(r.row) for r in self.rows())

    def duplicates(self) -> int:
        return 0 if self.more is None else len(self.more)

    def shared(self) -> SharedLink | None:
        """The group, if its rows name different services (titles or LeiKa keys)."""
        if self.more is None:
            return None
        rows = self.rows()
        titles = dict.fromkeys(" ".join(r.title.split()) for r in rows)
        keys = {r.leika_keys for r in rows if r.leika_keys}
        if len({t.casefold() for t in titles}) < 2 and len(keys) < 2:
            return None
        return SharedLink(self.first.url, tuple(r.row for r in rows), tuple(titles),
                          tuple(dict.fromkeys(k for r in rows for k in r.leika_keys)))

    def hints(self) -> str:
        if self.more is None:
            return self.first.hints
        found = dict.fromkeys(h for r in self.rows() for h in r.hints.split())
        if self.shared() is not None:
            found[SHARED_LINK] = None
        return " ".join(found)


def merge_rows(rows: Sequence[SourceRow], central_ars: set[str],
                report: ImportReport) -> dict[str, Merged]:
    merged: dict[str, Merged] = {}
    for row in rows:
        key, kind = link_key(row.url)
        target = merged.get(key)
        if target is None:
            provider = row.provider
            if provider is Provider.UNKNOWN and row.ars in central_ars:
                provider = Provider.CENTRAL
            merged[key] = Merged(row, key, kind, provider)
            continue
        report.merged_rows.append((row.row, target.first.row))
        if target.more is None:
            target.more = []
        target.more.append(row)
        if target.provider is Provider.UNKNOWN:
            target.provider = (Provider.CENTRAL if row.provider is Provider.UNKNOWN
                               and row.ars in central_ars else row.provider)
    return merged


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
        loaded = load_source(source)
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


def settled(old: str, new: str) -> str:
    """A re-import keeps the reviewer's answer to a shared link: kept stays kept; a split
    group keeps its split (its rows are the procedures the split made)."""
    marks = {"shared_link_kept", "shared_link_split"} & set(old.split())
    if not marks or SHARED_LINK not in new.split():
        return new
    return " ".join([*(h for h in new.split() if h != SHARED_LINK), *sorted(marks)])


def summarise(merged: dict[str, Merged], report: ImportReport) -> None:
    """Counts of the merged rows: merges, non-web links, shared links, link hints."""
    report.merged = sum(m.duplicates() for m in merged.values())
    report.not_online = sum(1 for m in merged.values() if m.kind is not LinkKind.HTTP)
    for item in merged.values():
        if item.more is not None:
            group = item.shared()
            if group is not None:
                report.shared_links.append(group)
        hints = item.first.hints if item.more is None else item.hints()
        if hints:
            report.no_online_link += "no_online_link" in hints
            report.appointment += "appointment" in hints
    report.shared_links.sort(key=lambda g: (-len(g.rows), g.rows[0]))


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


__all__ = ["ImportCancelled", "ImportReport", "ReviewError", "SharedLink", "import_source"]
