"""What every importer returns: plain rows, a report of what was passed over, and one error type.

Importers never touch the store; the import service decides how rows land. Row numbers are the
ones a user sees in the source: the spreadsheet row (header = row 1) for CSV and XLSX, the
1-based position of the item for JSON and XML.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator, Mapping, Sequence
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
    SERVICE_DB = "service-db"  # a city's service database (Dienstleistungsdatenbank) JSON


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
    # what the import noticed about the link, space-separated: "no_online_link" (no link of the
    # record is an online service; its service page was taken), "appointment" (a booking link)
    hints: str = ""


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row that was read and not imported. `code` and `params` let the window word the reason
    in German; `reason` is the English text the command line prints."""

    row: int
    reason: str
    code: str = ""
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class RowWarning:
    """Something in a row was not taken as written; the row itself was imported."""

    row: int
    field: str
    message: str
    code: str = ""
    params: Mapping[str, object] = dataclasses.field(default_factory=dict)


MAX_LISTED = 10


def capped(items: Sequence[str], limit: int = MAX_LISTED) -> str:
    """'a, b, c' for a short list; the first `limit` and 'and N more' for a long one (a file
    naming 2,400 authorities must not make a message of 30,000 characters)."""
    shown = ", ".join(items[:limit])
    if len(items) > limit:
        shown += f" and {len(items) - limit} more"
    return shown


@dataclass(slots=True)
class ParsedSource:
    source: str
    format: SourceFormat
    rows: list[SourceRow]
    skipped: list[SkippedRow] = field(default_factory=list)
    warnings: list[RowWarning] = field(default_factory=list)
    # field name (title, url, leika, provider, ars, ozgid) -> the column or element it came from
    columns: dict[str, str] = field(default_factory=dict)
    encoding: str = ""  # the text encoding the file was read in ("" for XLSX)


class InputError(Exception):
    """Bad input: a message a user can act on, naming the source, row and field where known.

    `code` and `params` let the window word it in German (ui/import_messages.py); `message` is
    the English wording the command line prints. An error without a code is shown in English."""

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        row: int | None = None,
        field: str | None = None,
        code: str = "",
        **params: object,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.row = row
        self.field = field
        self.code = code
        self.params = params

    def as_dict(self) -> dict[str, object]:
        """What `digiamt import --json` prints for a refused import."""
        return {"error": self.code or "input", "file": self.source, "row": self.row,
                "field": self.field, "message": self.message,
                "params": {k: v for k, v in self.params.items()}}

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
