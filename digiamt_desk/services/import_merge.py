"""An import's rows merged by link, and its report: counts, merged rows, shared links, hints.

Used by the import of one application (services.imports) and of a whole Land
(services.screening).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Container, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from digiamt_desk.domain.importing import (
    ParsedSource,
    Provider,
    RowWarning,
    SkippedRow,
    SourceRow,
)
from digiamt_desk.domain.links import NORMAL_LINK, LinkKind, link_key

if TYPE_CHECKING:
    from digiamt_desk.importers.tabular import CompactRow

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

    @classmethod
    def of_source(cls, parsed: ParsedSource, ars: str, *, name: str,
                  application_id: int | None, reference: str) -> ImportReport:
        """The report of one source for one application, before its rows are merged
        (`application_id` None: the import creates the application)."""
        return cls(source=parsed.source, format=parsed.format.value, ars=ars, name=name,
                   application_id=application_id or 0, reference=reference,
                   created_application=application_id is None, rows=len(parsed.rows),
                   skipped=list(parsed.skipped), warnings=list(parsed.warnings),
                   columns=dict(parsed.columns), encoding=parsed.encoding)

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
    get = merged.get
    normal = NORMAL_LINK.fullmatch
    http, unknown, central = LinkKind.HTTP, Provider.UNKNOWN, Provider.CENTRAL
    for row in rows:
        url = row.url
        # link_key's quick case inlined (a link normalising would not change): 100,000 rows
        # spend a third of their merge in the two calls otherwise
        if normal(url) is not None and url[-1] != "/":
            key, kind = url, http
        else:
            key, kind = link_key(url)
        target = get(key)
        if target is None:
            provider = row.provider
            if provider is unknown and row.ars in central_ars:
                provider = central
            merged[key] = Merged(row, key, kind, provider)
            continue
        report.merged_rows.append((row.row, target.first.row))
        if target.more is None:
            target.more = []
        target.more.append(row)
        if target.provider is unknown:
            target.provider = (central if row.provider is unknown
                               and row.ars in central_ars else row.provider)
    return merged


# A link that is its own key (link_key would not change it): NORMAL_LINK without a final "/".
_OWN_KEY = re.compile(NORMAL_LINK.pattern + "(?<!/)")


def all_distinct(rows: Sequence[SourceRow]) -> bool:
    """True when every row's link is a web link that is already its own key and no two rows
    share one: merging by link would change nothing (a dashboard export's usual rows). Checked
    over the column at once, at a fraction of what merge_rows spends building a group a row."""
    urls = [row.url for row in rows]
    return len(set(urls)) == len(urls) and own_keys(urls)


def own_keys(urls: Sequence[str]) -> bool:
    """True when every link is a web link that is its own key (link_key would not change it)."""
    return all(map(_OWN_KEY.fullmatch, urls))


def count_distinct(rows: Sequence[SourceRow], report: ImportReport) -> None:
    """summarise() for rows of which all_distinct holds: no merges, no shared links, every link
    a web link; only the link hints are counted."""
    report.merged = 0
    report.not_online = 0
    hinted = [row.hints for row in rows if row.hints]
    report.no_online_link += sum("no_online_link" in hints for hints in hinted)
    report.appointment += sum("appointment" in hints for hints in hinted)


def plan_distinct(rows: Sequence[SourceRow], central_ars: set[str], application_id: int,
                  run_id: int) -> list[tuple[Any, ...]]:
    """plan_rows' inserts for rows of which all_distinct holds, into an application without
    procedures: the same tuples in the same order (merge_rows' groups keep the rows' order), the
    provider decided as merge_rows decides it, without a Merged a row."""
    http, unknown, central = LinkKind.HTTP._value_, Provider.UNKNOWN, Provider.CENTRAL._value_
    return [
        (application_id, row.title, row.url, row.url, http,
         central if row.provider is unknown and row.ars in central_ars else row.provider._value_,
         keys[0] if len(keys := row.leika_keys) == 1 else " ".join(keys),
         str(ids[0]) if len(ids := row.ozg_ids) == 1 else " ".join(map(str, ids)),
         str(row.row), 0, run_id, row.hints)
        for row in rows]


# What distinct_values gives a procedure, in this order (store.sqlite_import.insert_distinct):
# the link is also its key, a web link, no row merged into it.
DISTINCT_COLUMNS = ("title", "url", "provider", "leika_keys", "ozg_ids", "source_rows",
                    "import_hints")


def distinct_values(rows: Sequence[SourceRow], central_ars: Container[str | None]
                    ) -> list[tuple[str, ...]]:
    """plan_distinct's procedures as DISTINCT_COLUMNS: what differs between the rows. Seven
    values a row instead of twelve: binding the constant ones (application, run, link key, kind,
    duplicates) costs a seventh of the insert."""
    unknown, central = Provider.UNKNOWN, Provider.CENTRAL._value_
    return [
        (row.title, row.url,
         central if row.provider is unknown and row.ars in central_ars else row.provider._value_,
         keys[0] if len(keys := row.leika_keys) == 1 else " ".join(keys),
         str(ids[0]) if len(ids := row.ozg_ids) == 1 else " ".join(map(str, ids)),
         str(row.row), row.hints)
        for row in rows]


def compact_values(rows: Sequence[CompactRow], central_ars: Container[str | None]
                   ) -> list[tuple[str, ...]]:
    """distinct_values for rows as a parse worker has them (tabular.CompactRow): the same
    values (tests/unit/test_import_worker.py compares)."""
    unknown, central = Provider.UNKNOWN, Provider.CENTRAL._value_
    return [
        (title, url, central if provider is unknown and ars in central_ars else provider._value_,
         keys[0] if len(keys) == 1 else " ".join(keys),
         str(ids[0]) if len(ids) == 1 else " ".join(map(str, ids)), str(number), hints)
        for number, title, url, keys, provider, ars, ids, hints in rows]


def settled(old: str, new: str) -> str:
    """A re-import keeps the reviewer's answer to a shared link: kept stays kept; a split
    group keeps its split (its rows are the procedures the split made)."""
    marks = {"shared_link_kept", "shared_link_split"} & set(old.split())
    if not marks or SHARED_LINK not in new.split():
        return new
    return " ".join([*(h for h in new.split() if h != SHARED_LINK), *sorted(marks)])


def summarise(merged: dict[str, Merged], report: ImportReport) -> None:
    """Counts of the merged rows: merges, non-web links, shared links, link hints (one pass)."""
    duplicates = not_online = no_online_link = appointment = 0
    http = LinkKind.HTTP
    for item in merged.values():
        if item.kind is not http:
            not_online += 1
        if item.more is None:
            hints = item.first.hints
        else:
            duplicates += len(item.more)
            group = item.shared()
            if group is not None:
                report.shared_links.append(group)
            hints = item.hints()
        if hints:
            no_online_link += "no_online_link" in hints
            appointment += "appointment" in hints
    report.merged = duplicates
    report.not_online = not_online
    report.no_online_link += no_online_link
    report.appointment += appointment
    report.shared_links.sort(key=lambda g: (-len(g.rows), g.rows[0]))


# What a re-import compares of a procedure already stored (one tuple per procedure, in this
# order): id, url_key, title, url, leika_keys, ozg_ids, provider, duplicate_rows, import_hints.
EXISTING_COLUMNS = ("id", "url_key", "title", "url", "leika_keys", "ozg_ids", "provider",
                    "duplicate_rows", "import_hints")
# The review fields (criteria, decision, reason, note, ...) take their database defaults.
NEW_COLUMNS = ("application_id", "title", "url", "url_key", "link_kind", "provider", "leika_keys",
               "ozg_ids", "source_rows", "duplicate_rows", "import_id", "import_hints")
UPDATED_COLUMNS = ("title", "url", "leika_keys", "ozg_ids", "provider", "source_rows",
                   "duplicate_rows", "import_id", "import_hints")


def plan_rows(merged: dict[str, Merged], existing: dict[str, Any],
              application_id: int, run_id: int, report: ImportReport,
              step: Callable[[int, int], None] | None = None
              ) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The rows to insert (NEW_COLUMNS) and to update (UPDATED_COLUMNS, then the id) for the
    merged rows of one application, against its stored procedures by url_key (EXISTING_COLUMNS);
    counts not_in_source and unchanged into the report. Both ways of storing an import (the
    engine's, services.import_general, and the DB-API's, services.import_fast) use it, so they
    write the same rows."""
    report.not_in_source = sum(1 for key in existing if key not in merged)
    inserts: list[tuple[Any, ...]] = []
    updates: list[tuple[Any, ...]] = []
    add = inserts.append
    total = len(merged)
    for done, item in enumerate(merged.values(), 1):
        first = item.first
        old = existing.get(item.url_key) if existing else None
        if old is None and item.more is None:  # the common row of a first import, unrolled
            # Plain str values: sqlite3 binds an enum member (a str subclass) through its slow
            # adapter path, 40 % more insert time at 100,000 rows.
            keys, ids = first.leika_keys, first.ozg_ids
            add((application_id, first.title, first.url, item.url_key, item.kind._value_,
                 item.provider._value_, keys[0] if len(keys) == 1 else " ".join(keys),
                 str(ids[0]) if len(ids) == 1 else " ".join(map(str, ids)), str(first.row), 0,
                 run_id, first.hints))
        else:
            _plan_one(item, old, application_id, run_id, report, inserts, updates)
        if step is not None and done % BATCH == 0:
            step(done, total)
    return inserts, updates


BATCH = 5000  # rows between two progress reports


def _plan_one(item: Merged, old: Sequence[Any] | None, application_id: int, run_id: int,
              report: ImportReport, inserts: list[tuple[Any, ...]],
              updates: list[tuple[Any, ...]]) -> None:
    first = item.first
    leika = item.leika()
    ozg = item.ozg()
    duplicates = item.duplicates()
    hints = first.hints if item.more is None else item.hints()
    old_hints = old[8] if old is not None else ""
    if old is not None and old_hints and hints != old_hints:
        hints = settled(old_hints, hints)
    if old is not None and SPLIT_MARK in old_hints:
        # the reviewer split this shared link into a procedure per title: those stay
        report.unchanged += 1
    elif old is None:
        inserts.append((application_id, first.title, first.url, item.url_key, item.kind._value_,
                        item.provider._value_, leika, ozg, item.row_numbers(), duplicates,
                        run_id, hints))
    elif tuple(old[2:9]) != (first.title, first.url, leika, ozg, item.provider.value,
                             duplicates, hints):
        updates.append((first.title, first.url, leika, ozg, item.provider.value,
                        item.row_numbers(), duplicates, run_id, hints, old[0]))
    else:
        report.unchanged += 1


def run_skipped(report: ImportReport) -> str:
    """The import run's `skipped` column (JSON)."""
    return json.dumps([{"row": s.row, "reason": s.reason} for s in report.skipped],
                      ensure_ascii=False)


def run_warnings(report: ImportReport) -> str:
    """The import run's `warnings` column (JSON): the rows' warnings and the shared links."""
    return json.dumps([{"row": w.row, "field": w.field, "message": w.message, "code": w.code}
                       for w in report.warnings]
                      + [{"row": g.rows[0], "field": "url", "code": SHARED_LINK,
                          "message": f"{len(g.rows)} rows share this link: {g.url}"}
                         for g in report.shared_links], ensure_ascii=False)


def sqlite_datetime(moment: datetime) -> str:
    """A time as SQLAlchemy's DateTime stores it in SQLite (its fields as given, no zone): the
    DB-API path writes the same text the engine's path does."""
    return (f"{moment.year:04d}-{moment.month:02d}-{moment.day:02d} {moment.hour:02d}:"
            f"{moment.minute:02d}:{moment.second:02d}.{moment.microsecond:06d}")
