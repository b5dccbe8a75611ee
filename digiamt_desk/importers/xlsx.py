"""Excel workbooks (.xlsx): the first worksheet with a recognisable header in its first rows.

openpyxl in read-only mode streams the sheet XML instead of building every cell object, and
data_only gives the values Excel last calculated instead of formulas.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
import zlib
from collections.abc import Iterator, Mapping
from itertools import islice
from typing import Any
from xml.etree.ElementTree import ParseError

import openpyxl
from openpyxl.utils.exceptions import InvalidFileException

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceFormat
from digiamt_desk.importers.tabular import HEADER_SEARCH_ROWS, Record, build_rows, find_header

DAMAGED = "is not a readable Excel workbook (damaged or truncated?)"
# What a broken archive raises inside openpyxl and zipfile when opening it, and (narrower) while
# streaming a sheet: a truncated member or a bad CRC.
_BROKEN = (zipfile.BadZipFile, zlib.error, InvalidFileException, KeyError, EOFError, ParseError,
           OSError, ValueError, IndexError, TypeError)
_BROKEN_READ = (zipfile.BadZipFile, zlib.error, EOFError, ParseError, OSError)


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


def _records(sheet: Any) -> Iterator[Record]:
    # Some writers record a wrong sheet size; without it openpyxl reads up to the real last row.
    sheet.reset_dimensions()
    for number, values in enumerate(sheet.iter_rows(values_only=True), start=1):
        yield number, [cell_text(v) for v in values]


def parse_xlsx(
    data: bytes, source: str, mapping: Mapping[str, str] | None = None
) -> ParsedSource:
    try:
        workbook = openpyxl.load_workbook(
            io.BytesIO(data), read_only=True, data_only=True, keep_links=False
        )
    except _BROKEN:
        raise InputError(_why_unreadable(data)) from None
    try:
        first_error: InputError | None = None
        for sheet in workbook.worksheets:
            if not hasattr(sheet, "iter_rows"):
                continue  # a chart sheet
            try:
                records = _records(sheet)
                # Look for the header in this sheet only; a bad first sheet ("Hinweise") must not
                # hide a good second one.
                head = list(islice(records, HEADER_SEARCH_ROWS))
                table = find_header(head, mapping)
            except InputError as error:
                first_error = first_error or error
                continue
            table.records = _continue(head, table.row, records)
            fmt = SourceFormat.DASHBOARD_XLSX if table.dashboard else SourceFormat.XLSX
            return build_rows(source, table, fmt)
        if first_error is not None and len(workbook.worksheets) > 1:
            raise InputError(f"no worksheet has a usable header: {first_error.message}")
        raise first_error or InputError("is empty (no worksheet)")
    except _BROKEN_READ:
        raise InputError(DAMAGED) from None
    finally:
        workbook.close()


def _continue(head: list[Record], header_row: int, rest: Iterator[Record]) -> Iterator[Record]:
    for record in head:
        if record[0] > header_row:
            yield record
    yield from rest


def _why_unreadable(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = archive.namelist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return DAMAGED
    if "xl/workbook.xml" not in names:
        return "is a ZIP archive but no Excel workbook (.xlsx); unpack it or export the list again"
    return DAMAGED
