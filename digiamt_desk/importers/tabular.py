"""The row logic shared by CSV, XLSX and JSON once a source is rows of text cells under a header.

Decision on empty rows: a row whose cells are all empty (Excel writes them as ";;;;" or blank
lines) is passed over silently, neither imported nor listed as skipped. It names no procedure, and
listing every stray blank line would bury the skipped rows a reviewer has to look at. A row with
any text but no link is listed as skipped.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from itertools import islice

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
    Provider,
    RowCells,
    RowWarning,
    SkippedRow,
    SourceFormat,
    SourceRow,
)
from digiamt_desk.domain.link_choice import LinkCandidate, absolute, choose_link
from digiamt_desk.importers import values
from digiamt_desk.importers.columns import (
    normalize_header,
    unique_names,
)
from digiamt_desk.importers.header import (
    HEADER_SEARCH_ROWS,
    Record,
    Table,
    find_header,
    looks_like_data,
    trim,
)
from digiamt_desk.importers.text_guard import has_control

NO_LINK = "no link: not an online procedure"
RELATIVE = "relative link and no base address to complete it (--base-url)"
INACTIVE = "inactive in the dashboard (aktiv = nein)"
_INACTIVE_VALUES = frozenset({"nein", "false", "no", "0"})
# A row for a sink: SourceRow's fields without `raw`, in its order, as a plain tuple (a tuple
# is built in a tenth of a SourceRow's time, and travels to another process as it is).
CompactRow = tuple[int, str, str, tuple[str, ...], Provider, str | None, tuple[int, ...], str]
# build_rows' sink: the rows of each further SINK_RECORDS records, while the rest are read
RowSink = Callable[[list[CompactRow]], None]
SINK_RECORDS = 2048


def _linkish(cell: str) -> bool:
    text = cell.strip()[:8].lower()
    return text.startswith(("http://", "https://", "www.", "//", "/"))


class _Columns:
    """Column positions (-1: none) and the slow paths of the row loop, which few rows take."""

    def __init__(self, table: Table, header: list[str], warnings: list[RowWarning]) -> None:
        index = table.detection.index
        self.header = header
        self.warnings = warnings
        self.title = index["title"]
        self.url = index["url"]
        self.leika = index.get("leika", -1)
        self.provider = index.get("provider", -1)
        self.ars = index.get("ars", -1)
        self.ozg = index.get("ozgid", -1)
        self.fallbacks = table.detection.title_fallbacks
        self.url_fallbacks = table.detection.url_fallbacks
        self.active = -1
        if table.dashboard:
            names = [normalize_header(h) for h in table.header]
            self.active = names.index("aktiv") if "aktiv" in names else -1
        self.unknown_providers: set[str] = set()
        self.base_url: str | None = None

    def fallback_link(self, cells: list[str]) -> str:
        """A further link column, only if its cell looks like a link: "Adresse" may be a street."""
        for position in self.url_fallbacks:
            text = cells[position].strip()
            if text[:8].lower().startswith(("http://", "https://", "www.")):
                return text
        return ""

    def inactive(self, cells: list[str]) -> bool:
        return self.active >= 0 and cells[self.active].strip().lower() in _INACTIVE_VALUES

    def link(self, number: int, cell: str, warn_several: bool) -> str | None:
        """The cell's link, repaired where it can be; None for a relative link without a base
        address (the row is then skipped, see build_rows)."""
        url, note = values.link_value(cell)
        field = self.header[self.url]
        if note == "completed":
            self.warnings.append(RowWarning(
                number, field, f"'{cell.strip()}' has no scheme; taken as {url}",
                "link_completed", {"value": cell.strip(), "url": url}))
        elif note == "several" and warn_several:
            self.warnings.append(RowWarning(
                number, field,
                f"the cell holds several links; the first web link was taken: {url}",
                "several_links", {"url": url}))
        elif note == "relative":
            made, _ = absolute(url, self.base_url)
            return made
        return url

    def choose(self, number: int, cells: list[str]) -> tuple[str, str]:
        """Several link columns with a link: the one that is the online service (by its
        column name and address, domain.link_choice), and the hints of that choice."""
        positions = (self.url, *self.url_fallbacks)
        candidates = [LinkCandidate(cells[p].strip(), self.header[p], self.header[p])
                      for p in positions if _linkish(cells[p])]
        if len(candidates) < 2:
            return (cells[self.url] if cells[self.url].strip() else self.fallback_link(cells)), ""
        choice = choose_link(candidates, base=self.base_url)
        if choice.url and choice.origin != self.header[self.url]:
            self.warnings.append(RowWarning(
                number, choice.origin,
                f"of {len(candidates)} links the one in '{choice.origin}' was taken "
                f"(rule: {choice.rule}{', ' + repr(choice.evidence) if choice.evidence else ''})",
                "link_chosen", {"column": choice.origin, "rule": choice.rule,
                                "count": len(candidates)}))
        return choice.url, " ".join(choice.hints)

    def title_of(self, number: int, cells: list[str]) -> str:
        if has_control(cells[self.title]):
            self.warnings.append(RowWarning(
                number, self.header[self.title], "control characters (such as terminal escape "
                "codes) were removed from the title", "control_characters"))
        title = values.clean_title(cells[self.title])
        if not title:
            for position in self.fallbacks:
                title = values.clean_title(cells[position])
                if title:
                    break
            else:
                self.warnings.append(RowWarning(number, self.header[self.title], "no title",
                                                "no_title"))
        return title

    def leika_keys(self, number: int, cell: str) -> tuple[str, ...]:
        keys, bad = values.leika_keys(cell)
        field = self.header[self.leika]
        self.warnings.extend(RowWarning(number, field, values.leika_problem(t), "bad_leika",
                                        {"value": t}) for t in bad)
        return keys

    def provider_of(self, number: int, cell: str) -> Provider:
        found = values.provider_value(cell)
        if found is not None:
            return found
        if cell not in self.unknown_providers:
            self.unknown_providers.add(cell)
            self.warnings.append(RowWarning(
                number, self.header[self.provider],
                f"provider '{cell.strip()}' not recognised (expected kommunal or zentral); left "
                "unknown, also in later rows with this text", "unknown_provider",
                {"value": cell.strip()}))
        return Provider.UNKNOWN

    def ars_of(self, number: int, cell: str) -> str | None:
        try:
            return values.ars_value(cell)
        except ValueError as error:
            raise InputError(str(error), row=number, field=self.header[self.ars],
                             code="bad_ars", value=cell.strip()) from None

    def ozg_ids(self, number: int, cell: str) -> tuple[int, ...]:
        ids, bad = values.ozg_ids(cell)
        field = self.header[self.ozg]
        self.warnings.extend(
            RowWarning(number, field, f"'{t}' is not an OZG-ID (a whole number); it was dropped",
                       "bad_ozgid", {"value": t})
            for t in bad
        )
        return ids


def build_rows(
    source: str,
    table: Table,
    fmt: SourceFormat,
    *,
    warn_several_links: bool = True,
    sink: RowSink | None = None,
) -> ParsedSource:
    """Rows, skipped rows and warnings from the records of a table.

    `sink`: called with the rows of each further SINK_RECORDS records while the table is read,
    as CompactRow tuples (an import that stores rows while the rest are still parsed,
    services/import_worker.py); the result then holds no rows, only the skipped rows and
    warnings."""
    rows = _RowLoop(source, table, fmt, warn_several_links)
    if sink is None:
        rows.add(table.records)
    else:
        records = iter(table.records)
        while chunk := list(islice(records, SINK_RECORDS)):
            batch: list[CompactRow] = []
            rows.compact = batch
            rows.add(chunk)
            if batch:
                rows.sent += len(batch)
                sink(batch)
    return rows.finish()


class _RowLoop:
    """build_rows' state over the records: the result so far and the column positions."""

    def __init__(self, source: str, table: Table, fmt: SourceFormat,
                 warn_several_links: bool) -> None:
        self.header = header = unique_names(table.header)
        self.result = ParsedSource(
            source, fmt, [], columns={f: header[i] for f, i in table.detection.index.items()}
        )
        self.col = _Columns(table, header, self.result.warnings)
        self.col.base_url = table.base_url
        self.warn_several_links = warn_several_links
        self.compact: list[CompactRow] | None = None  # where the rows go instead (a sink's)
        self.sent = 0  # rows that went to a sink
        self.seen_data = False

    def finish(self) -> ParsedSource:
        if not self.result.rows and not self.sent:
            raise _nothing_imported(self.result, self.seen_data, self.header[self.col.url])
        return self.result

    def add(self, records: Iterable[Record]) -> None:
        """Reads the records into the result.

        The loop is written for a 100,000-row dashboard export: every cell has a fast path for
        the well-formed value (plain str tests, no regex, no function call) and the repairs live
        in _Columns. No dict besides raw is built per row."""
        header = self.header
        width = len(header)
        positions = {name: i for i, name in enumerate(header)}
        result = self.result
        rows, skipped = result.rows, result.skipped
        col = self.col
        warn_several_links = self.warn_several_links
        compact = self.compact
        title_at, url_at, leika_at, ars_at = col.title, col.url, col.leika, col.ars
        provider_at, ozg_at, active_at = col.provider, col.ozg, col.active
        known_providers = values.provider_cache()
        unknown = Provider.UNKNOWN
        web = ("https://", "http://")
        seen_data = False
        several = bool(col.url_fallbacks)
        for number, cells in records:
            if len(cells) < width:
                cells = cells + [""] * (width - len(cells))
            link = cells[url_at]
            hints = ""
            if several:
                link, hints = col.choose(number, cells)
            if not link or link.isspace():
                if any(cells) and "".join(cells).strip():  # else a stray empty row: see top
                    seen_data = True
                    skipped.append(
                        SkippedRow(number, INACTIVE, "inactive") if col.inactive(cells)
                        else SkippedRow(number, NO_LINK, "no_link"))
                continue
            seen_data = True
            if active_at >= 0 and cells[active_at] != "ja" and col.inactive(cells):
                skipped.append(SkippedRow(number, INACTIVE, "inactive"))
                continue
            if not (link.startswith(web) and link.isprintable() and " " not in link):
                repaired = col.link(number, link, warn_several_links)
                if repaired is None:
                    skipped.append(SkippedRow(number, RELATIVE, "relative_without_base",
                                              {"url": link.strip()}))
                    continue
                link = repaired
            title = cells[title_at]
            if not title or "  " in title or not title.isprintable() or title[0] == " " \
                    or title[-1] == " ":
                title = col.title_of(number, cells)

            keys: tuple[str, ...] = ()
            if leika_at >= 0 and (cell := cells[leika_at]):
                if len(cell) == 14 and cell.isdigit() and cell.isascii():
                    keys = (cell,)
                else:
                    keys = col.leika_keys(number, cell)
            provider = unknown
            if provider_at >= 0:
                cell = cells[provider_at]
                provider = known_providers.get(cell) or col.provider_of(number, cell)
            ars = None
            if ars_at >= 0 and (cell := cells[ars_at]):
                if len(cell) == 12 and cell.isdigit() and cell.isascii():
                    ars = cell
                else:
                    ars = col.ars_of(number, cell)
            ozg: tuple[int, ...] = ()
            if ozg_at >= 0 and (cell := cells[ozg_at]):
                ozg = ((int(cell),) if cell.isdigit() and cell.isascii()
                       else col.ozg_ids(number, cell))

            if compact is not None:
                compact.append((number, title, link, keys, provider, ars, ozg, hints))
                continue
            raw: Mapping[str, str]
            if len(cells) == width:
                raw = RowCells(header, positions, cells)
            else:  # cells beyond the header: name them, so nothing of the row is lost
                raw = dict(zip(header, cells))  # noqa: B905 (cells is longer, on purpose)
                raw.update((f"column {n}", t)
                           for n, t in enumerate(cells[width:], width + 1) if t)
            rows.append(SourceRow(number, title, link, keys, provider, ars, ozg, raw, hints))
        if seen_data:
            self.seen_data = True


def _nothing_imported(result: ParsedSource, seen_data: bool, link_column: str) -> InputError:
    if not seen_data:
        return InputError("has a header but no data rows", code="no_data_rows")
    reasons: dict[str, int] = {}
    for skip in result.skipped:
        reasons[skip.reason] = reasons.get(skip.reason, 0) + 1
    if set(reasons) == {NO_LINK}:
        return InputError(f"no row has a link in the column '{link_column}' "
                          f"({reasons[NO_LINK]} rows without a link)", code="no_row_link",
                          column=link_column, count=reasons[NO_LINK])
    summary = "; ".join(f"{count} × {reason}" for reason, count in reasons.items())
    return InputError(f"no row could be imported: {summary}", code="nothing_imported",
                      summary=summary)


__all__ = ["HEADER_SEARCH_ROWS", "INACTIVE", "NO_LINK", "SINK_RECORDS", "CompactRow", "Record",
           "RowSink", "Table", "build_rows", "find_header", "looks_like_data", "trim"]
