"""An import's rows merged by link, and its report: counts, merged rows, shared links, hints.

Used by the import of one application (services.imports) and of a whole Land
(services.screening).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from digiamt_desk.domain.importing import Provider, RowWarning, SkippedRow, SourceRow
from digiamt_desk.domain.links import LinkKind, link_key

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
