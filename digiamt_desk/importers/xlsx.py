"""Excel workbooks (.xlsx): the first worksheet with a recognisable header in its first rows.

Read with python-calamine (Rust): 20,000 rows in a fraction of a second, where openpyxl took
seconds. An .xlsx is a ZIP archive, and a small one can unpack to gigabytes: the sizes its
directory declares are checked before anything is unpacked (each part, the shared strings, the
whole), so a bomb ends in a message, not in minutes of work and gigabytes of memory; calamine
ends a cell at Excel's limit of 32,767 characters.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceFormat
from digiamt_desk.importers.tabular import HEADER_SEARCH_ROWS, Record, build_rows, find_header

DAMAGED = "is not a readable Excel workbook (damaged or truncated?)"
MAX_PART = 150_000_000  # bytes of one unpacked part (a 100,000-row sheet is about 40 MB)
MAX_SHARED_STRINGS = 60_000_000
MAX_TOTAL = 300_000_000
MAX_PARTS = 5_000


def check_archive(data: bytes) -> None:
    """Refuse a workbook whose directory announces more unpacked bytes than a list has."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        raise InputError(DAMAGED, code="xlsx_damaged") from None
    names = {info.filename for info in infos}
    if "xl/workbook.xml" not in names:
        raise InputError("is a ZIP archive but no Excel workbook (.xlsx); unpack it or export "
                         "the list again", code="zip_not_xlsx")
    if len(infos) > MAX_PARTS:
        raise InputError(f"has {len(infos):,} parts; a workbook has a few dozen",
                         code="xlsx_too_many_parts", parts=len(infos))
    total = 0
    for info in infos:
        limit = MAX_SHARED_STRINGS if info.filename.endswith("sharedStrings.xml") else MAX_PART
        total += info.file_size
        if info.file_size > limit:
            raise _bomb(info.filename, info.file_size, limit)
    if total > MAX_TOTAL:
        raise _bomb("", total, MAX_TOTAL)


def _bomb(part: str, size: int, limit: int) -> InputError:
    what = f"its part {part}" if part else "it"
    return InputError(
        f"is refused: {what} would unpack to {size / 1_000_000:,.0f} MB (more than "
        f"{limit / 1_000_000:,.0f} MB); a list of procedures is far smaller. Is it the right "
        "file?", code="xlsx_too_large", part=part, megabytes=round(size / 1_000_000),
        limit=round(limit / 1_000_000))


def cell_text(value: Any) -> str:
    """Cell value as the user sees it: 42 not 42.0, dates as ISO 8601."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        if value.is_integer() and abs(value) < 1e16:
            return str(int(value))
        return repr(value)
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    return str(value)


def _records(rows: Iterator[list[Any]]) -> Iterator[Record]:
    # calamine stops a cell at Excel's own limit of 32,767 characters, so no cell is longer
    for number, values in enumerate(rows, start=1):
        yield number, [v if type(v) is str else cell_text(v) for v in values]


def parse_xlsx(
    data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
    base_url: str | None = None,
) -> ParsedSource:
    from python_calamine import CalamineError, CalamineWorkbook

    check_archive(data)
    try:
        workbook = CalamineWorkbook.from_filelike(io.BytesIO(data))
    except (CalamineError, ValueError, OSError):
        raise InputError(DAMAGED, code="xlsx_damaged") from None
    sheets = workbook.sheet_names
    try:
        first_error: InputError | None = None
        for name in sheets:
            try:
                sheet = workbook.get_sheet_by_name(name)
                records = _records(iter(sheet.iter_rows()))
                # Look for the header in this sheet only; a bad first sheet ("Hinweise") must
                # not hide a good second one.
                head = list(islice(records, HEADER_SEARCH_ROWS))
                table = find_header(head, mapping)
            except InputError as error:
                first_error = first_error or error
                continue
            table.records = _continue(head, table.row, records)
            table.base_url = base_url
            fmt = SourceFormat.DASHBOARD_XLSX if table.dashboard else SourceFormat.XLSX
            return build_rows(source, table, fmt)
        if first_error is not None and len(sheets) > 1:
            raise InputError(f"no worksheet has a usable header: {first_error.message}",
                             code="xlsx_no_sheet_header", reason=first_error.message)
        raise first_error or InputError("is empty (no worksheet)", code="empty")
    except (CalamineError, ValueError, OSError):
        raise InputError(DAMAGED, code="xlsx_damaged") from None
    finally:
        workbook.close()


def _continue(head: list[Record], header_row: int, rest: Iterator[Record]) -> Iterator[Record]:
    for record in head:
        if record[0] > header_row:
            yield record
    yield from rest
