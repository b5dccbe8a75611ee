"""What every importer returns: plain rows, a report of what was passed over, and one error type.

Importers never touch the store; the import service decides how rows land. Row numbers are the
ones a user sees in the source: the spreadsheet row (header = row 1) for CSV and XLSX, the
1-based position of the item for JSON and XML.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum


class Provider(StrEnum):
    """Who provides an online procedure: the authority itself or the state, centrally."""

    MUNICIPAL = "municipal"
    CENTRAL = "central"
    UNKNOWN = "unknown"


class SourceFormat(StrEnum):
    CSV = "csv"
    XLSX = "xlsx"
    DASHBOARD_CSV = "dashboard-csv"
    DASHBOARD_XLSX = "dashboard-xlsx"
    JSON = "json"
    XZUFI = "xzufi"


class RowCells(Mapping[str, str]):
    """A table row's cells by column header, without a dict per row: an import of 100,000 rows
    would spend a tenth of its time building dicts that only the detail view ever reads."""

    __slots__ = ("_cells", "_header", "_positions")

    def __init__(self, header: list[str], positions: dict[str, int], cells: list[str]) -> None:
        self._header = header
        self._positions = positions
        self._cells = cells

    def __getitem__(self, key: str) -> str:
        return self._cells[self._positions[key]]

    def __iter__(self) -> Iterator[str]:
        return iter(self._header)

    def __len__(self) -> int:
        return len(self._header)

    def __repr__(self) -> str:
        return repr(dict(self))


@dataclass(slots=True)
class SourceRow:
    """One procedure as a source names it, before merging by link. (Not frozen: a frozen
    dataclass costs four times as much to build, which a 100,000-row import feels.)"""

    row: int
    title: str
    url: str
    leika_keys: tuple[str, ...] = ()
    provider: Provider = Provider.UNKNOWN
    ars: str | None = None
    ozg_ids: tuple[int, ...] = ()
    raw: Mapping[str, str] = field(default_factory=dict)  # the row as it came, by column


@dataclass(frozen=True, slots=True)
class SkippedRow:
    row: int
    reason: str


@dataclass(frozen=True, slots=True)
class RowWarning:
    """Something in a row was not taken as written; the row itself was imported."""

    row: int
    field: str
    message: str


@dataclass(slots=True)
class ParsedSource:
    source: str
    format: SourceFormat
    rows: list[SourceRow]
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    # field name (title, url, leika, provider, ars, ozgid) -> the column or element it came from
    columns: dict[str, str] = field(default_factory=dict)


class InputError(Exception):
    """Bad input: a message a user can act on, naming the source, row and field where known."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        row: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.row = row
        self.field = field

    def located(self, source: str) -> InputError:
        """The same error, naming the source if it did not yet."""
        if self.source is None:
            self.source = source
        return self

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message
