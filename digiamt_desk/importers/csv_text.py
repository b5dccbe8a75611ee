"""CSV and tab-separated text as German Excel writes it.

Excel saves "CSV (Trennzeichen-getrennt)" in Windows-1252 with semicolons, "CSV UTF-8" with a
BOM, and "Unicode-Text" as UTF-16 with tabs. Row numbers are the ones Excel shows when it opens
the file: one per record (a quoted cell with line breaks is one row, a blank line is a row), the
"sep=;" hint line is not a row.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterator, Mapping
from itertools import islice

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceFormat
from digiamt_desk.importers.tabular import (
    HEADER_SEARCH_ROWS,
    Record,
    Table,
    build_rows,
    find_header,
)

MAX_FIELD = 1_000_000  # characters in one cell; anything longer is a broken file, not a title
_CANDIDATES = (";", ",", "\t")
_SAMPLE = 65_536
# Characters str.splitlines() breaks at besides \r and \n; the csv module and Excel do not.
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SEP_HINT = re.compile(r'"?sep=([^\r\n"])"?[;,\t]*\r?\n', re.IGNORECASE)
# C0 control characters that never occur in text a spreadsheet writes (tab, line breaks, form
# feed and the DOS end-of-file mark ^Z do).
_CONTROL = re.compile(rb"[\x00-\x08\x0e-\x19\x1b-\x1f]")

# The csv module's limit is per process; raise it once to our own cap (default is 131,072).
if csv.field_size_limit() < MAX_FIELD:
    csv.field_size_limit(MAX_FIELD)


def _line_of(data: bytes, position: int) -> int:
    return data.count(b"\n", 0, position) + 1


def check_binary(data: bytes) -> None:
    """InputError for data that is no text; UTF-16 (with BOM) is text full of NUL bytes."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    bad = _CONTROL.search(data, 0, _SAMPLE)
    position = bad.start() if bad else data.find(b"\x00")
    if position >= 0:
        raise InputError(
            f"is not a text file (binary data in line {_line_of(data, position)}, "
            f"byte 0x{data[position]:02X}); expected CSV, Excel (.xlsx), JSON or XML"
        )


def decode(data: bytes) -> str:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                f"starts like UTF-16 text but cannot be read as UTF-16 (byte {error.start})"
            ) from None
    check_binary(data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise InputError(
            "cannot be read as UTF-8 or Windows-1252 (first bad byte "
            f"0x{data[error.start]:02X} in line {_line_of(data, error.start)}); save it from "
            "Excel as 'CSV UTF-8'"
        ) from None


def parse_csv(data: bytes, source: str, mapping: Mapping[str, str] | None = None) -> ParsedSource:
    text = decode(data).removeprefix("\ufeff")
    if not text or text.isspace():  # not .strip(): that would copy a 25 MB text
        raise InputError("is empty")
    hint = _SEP_HINT.match(text)
    if hint:
        delimiter = hint.group(1)
        text = text[hint.end() :]
    else:
        delimiter = choose_delimiter(text, mapping)
    table: Table | None = None
    try:
        table = find_header(_records(text, delimiter), mapping)
        fmt = SourceFormat.DASHBOARD_CSV if table.dashboard else SourceFormat.CSV
        return build_rows(source, table, fmt)
    except _Oversized as error:
        header = table.header if table is not None else []
        field = f"column {error.column + 1}"
        if error.column < len(header) and header[error.column].strip():
            field = header[error.column].strip()
        raise InputError(
            f"a cell is longer than {MAX_FIELD:,} characters (an unclosed quotation mark?)",
            row=error.row,
            field=field,
        ) from None


class _Oversized(Exception):
    def __init__(self, row: int, column: int) -> None:
        super().__init__(row, column)
        self.row = row
        self.column = column


class _Lines:
    """Feeds the csv module the lines the fast path handed over, then continues with the rest."""

    def __init__(self, lines: Iterator[str]) -> None:
        self.lines = lines
        self.back: str | None = None

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self.back is not None:
            line, self.back = self.back, None
        else:
            line = next(self.lines)
        # the csv module needs the line end to keep a line break inside a quoted cell
        return line + "\n"


def _records(text: str, delimiter: str) -> Iterator[Record]:
    """Records numbered as Excel numbers rows.

    Lines without a quotation mark, and lines where every cell is quoted and no cell holds a
    quotation mark ('"a";"b"', as export tools write), are split with str.split: what the csv
    module would make of them, at a fraction of the cost (the csv module reads about 50 MB/s).
    Only other lines go through the csv module, which then reads on across line breaks."""
    if any(mark in text for mark in _OTHER_BREAKS):
        lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        if lines and not lines[-1]:
            lines.pop()
    else:
        lines = text.splitlines()  # one pass for \r\n, \r and \n
    between = f'"{delimiter}"'
    remaining = iter(lines)
    feed = _Lines(remaining)
    reader = csv.reader(feed, delimiter=delimiter)
    number = 0
    for line in remaining:
        number += 1
        if '"' not in line:
            if len(line) > MAX_FIELD:
                for column, cell in enumerate(line.split(delimiter)):
                    if len(cell) > MAX_FIELD:
                        raise _Oversized(number, column)
            yield number, line.split(delimiter) if line else []
            continue
        # each quote opens or closes a cell: none inside a cell, no line break inside a cell
        if line[0] == line[-1] == '"' and line.count('"') == 2 * line.count(between) + 2 \
                and len(line) <= MAX_FIELD:
            yield number, line[1:-1].split(between)
            continue
        feed.back = line
        try:
            cells = next(reader)
        except csv.Error as error:
            if "field limit" in str(error):
                raise _Oversized(*_find_oversized(text, delimiter)) from None
            raise InputError(f"cannot be read as CSV: {error}", row=number) from None
        except StopIteration:  # pragma: no cover - feed.back guarantees a line
            return
        yield number, cells


def _find_oversized(text: str, delimiter: str) -> tuple[int, int]:
    """Where the over-long cell is: read again without the limit (only on this error path)."""
    previous = csv.field_size_limit(2**31 - 1)
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, cells in enumerate(reader, start=1):
            for column, cell in enumerate(cells):
                if len(cell) > MAX_FIELD:
                    return number, column
    finally:
        csv.field_size_limit(previous)
    return 0, 0  # pragma: no cover - the first read found one


def choose_delimiter(text: str, mapping: Mapping[str, str] | None = None) -> str:
    """The delimiter under which the first rows show a known header; else the most frequent one
    in the first line. csv.Sniffer guesses from character statistics and often picks ',' for a
    semicolon file whose titles contain commas."""
    sample = text[:_SAMPLE]
    best: tuple[int, int, str] | None = None
    for delimiter in _CANDIDATES:
        reader = csv.reader(io.StringIO(sample, newline=""), delimiter=delimiter)
        try:
            records = list(islice(enumerate(reader, start=1), HEADER_SEARCH_ROWS))
            table = find_header(records, mapping)
        except (InputError, csv.Error):
            continue
        score = (len(table.detection.index), len(table.header), delimiter)
        if best is None or score[:2] > best[:2]:
            best = score
    if best is not None:
        return best[2]
    first = next((line for line in sample.splitlines() if line.strip()), "")
    counts = {d: _count_outside_quotes(first, d) for d in _CANDIDATES}
    return max(_CANDIDATES, key=lambda d: counts[d])  # ties: the earlier, ';' (German Excel)


def _count_outside_quotes(line: str, delimiter: str) -> int:
    return sum(part.count(delimiter) for part in line.split('"')[::2])
