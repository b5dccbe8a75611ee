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
from itertools import count, islice, repeat

from digiamt_desk.domain.importing import InputError, ParsedSource, RowWarning, SourceFormat
from digiamt_desk.importers.tabular import (
    HEADER_SEARCH_ROWS,
    Record,
    RowSink,
    Table,
    build_rows,
    find_header,
)

MAX_FIELD = 1_000_000  # characters in one cell; anything longer is a broken file, not a title
_CANDIDATES = (";", ",", "\t", "|")
_SAMPLE = 65_536
_BLOCK = 1 << 20  # characters a text without quotation marks is split into lines at a time
# Characters str.splitlines() breaks at besides \r and \n; the csv module and Excel do not.
_OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_ALL_BREAKS = "\r\n" + _OTHER_BREAKS
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
    """InputError for data that is no text; UTF-16 (with BOM) is text full of NUL bytes.

    A NUL byte, or control characters in more than a few places of the first 64 KB, make a
    binary file (a picture, a database). A stray bell or a terminal colour code in a title is
    text with a fault: it is removed from the cell (text_guard), as in every other format."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return
    nul = data.find(b"\x00", 0, _SAMPLE)
    if nul < 0:
        found = _CONTROL.findall(data, 0, _SAMPLE)
        if len(found) <= max(8, min(len(data), _SAMPLE) // 200):
            nul = data.find(b"\x00")
            if nul < 0:
                return
    bad = _CONTROL.search(data, 0, _SAMPLE)
    position = bad.start() if bad else nul
    raise InputError(
        f"is not a text file (binary data in line {_line_of(data, position)}, "
        f"byte 0x{data[position]:02X}); expected CSV, Excel (.xlsx), JSON or XML",
        code="binary", line=_line_of(data, position), byte=f"0x{data[position]:02X}",
    )


_UTF8_SEQUENCE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")
_HIGH = re.compile(rb"[\x80-\xff]")


class Decoded:
    """Text with the encoding it was read in, decided on the whole file, and where a byte was
    replaced (a file that is UTF-8 except for a few bad bytes). The text is held, not
    subclassed: making a str subclass of a decoded 25 MB file copies it (and so does every
    str method called on the subclass, such as removeprefix)."""

    __slots__ = ("bad_byte", "bad_count", "encoding", "text")

    def __init__(self, text: str, encoding: str, bad_byte: tuple[int, int, int] | None,
                 bad_count: int) -> None:
        self.text = text
        self.encoding = encoding
        self.bad_byte = bad_byte  # (byte value, offset, line) of the first bad byte
        self.bad_count = bad_count


def _decoded(text: str, encoding: str, bad: tuple[int, int, int] | None = None,
             count: int = 0) -> Decoded:
    return Decoded(text, encoding, bad, count)


def decode(data: bytes) -> Decoded:
    """The text of a file in the encoding the whole file supports: UTF-16 (BOM), UTF-8 (with or
    without BOM), else Windows-1252. A file that is UTF-8 but for some bytes (most of its
    non-ASCII bytes form UTF-8 sequences) stays UTF-8, with the bad bytes replaced and named;
    with a UTF-8 BOM a bad byte is refused, naming its position."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _decoded(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError as error:
            raise InputError(
                f"starts like UTF-16 text but cannot be read as UTF-16 (byte {error.start})",
                code="bad_utf16", offset=error.start,
            ) from None
    check_binary(data)
    try:
        return _decoded(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError as error:
        # utf-8-sig counts from behind the BOM
        first = error.start + (3 if data.startswith(codecs.BOM_UTF8) else 0)
    bad = (data[first], first, _line_of(data, first))
    if data.startswith(codecs.BOM_UTF8):
        raise InputError(
            f"is marked as UTF-8 (it starts with a byte order mark) but byte 0x{bad[0]:02X} at "
            f"position {first:,} (line {bad[2]}) is not UTF-8; save it again as 'CSV UTF-8'",
            code="bad_utf8_with_bom", byte=f"0x{bad[0]:02X}", offset=first, line=bad[2],
        )
    sequences = len(_UTF8_SEQUENCE.findall(data))
    high = len(_HIGH.findall(data))
    if sequences and sequences * 2 >= high - sequences:  # mostly UTF-8: a few bad bytes
        text = data.decode("utf-8", errors="replace")
        return _decoded(text, "utf-8", bad, text.count("\ufffd"))
    try:
        return _decoded(data.decode("cp1252"), "windows-1252")
    except UnicodeDecodeError as error:
        raise InputError(
            "cannot be read as UTF-8 or Windows-1252 (first bad byte "
            f"0x{data[error.start]:02X} in line {_line_of(data, error.start)}); save it from "
            "Excel as 'CSV UTF-8'", code="bad_encoding", byte=f"0x{data[error.start]:02X}",
            line=_line_of(data, error.start),
        ) from None


def encoding_warnings(text: Decoded) -> list[RowWarning]:
    """The bad bytes of a UTF-8 file, as a warning on the row of the first."""
    if text.bad_byte is None or text.encoding != "utf-8":
        return []
    value, offset, line = text.bad_byte
    return [RowWarning(
        line, "", f"the file is UTF-8 but {text.bad_count} byte(s) are not (the first, "
        f"0x{value:02X}, at position {offset:,}); they show as '\ufffd'",
        "bad_utf8_bytes", {"count": text.bad_count, "byte": f"0x{value:02X}",
                           "offset": offset})]


def parse_csv(data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
              base_url: str | None = None, sink: RowSink | None = None) -> ParsedSource:
    """`sink`: see tabular.build_rows (the rows handed on while the rest are read)."""
    decoded = decode(data)
    text = decoded.text
    if text.startswith("\ufeff"):
        text = text[1:]
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
        table.base_url = base_url
        fmt = SourceFormat.DASHBOARD_CSV if table.dashboard else SourceFormat.CSV
        result = build_rows(source, table, fmt, sink=sink)
        result.encoding = decoded.encoding
        result.warnings[:0] = encoding_warnings(decoded)
        return result
    except _Oversized as error:
        header = table.header if table is not None else []
        field = f"column {error.column + 1}"
        if error.column < len(header) and header[error.column].strip():
            field = header[error.column].strip()
        raise InputError(
            f"a cell is longer than {MAX_FIELD:,} characters (an unclosed quotation mark?)",
            row=error.row,
            field=field, code="cell_too_long", limit=MAX_FIELD,
        ) from None


class _Oversized(Exception):
    def __init__(self, row: int, column: int) -> None:
        super().__init__(row, column)
        self.row = row
        self.column = column


def _records(text: str, delimiter: str) -> Iterator[Record]:
    """Records numbered as Excel numbers rows.

    A text without a quotation mark is split with str.split (_plain_records): what the csv
    module would make of it, at two thirds of the cost. Any other text is read by the csv
    module as a whole, which reads on across line breaks inside quoted cells, in C."""
    if '"' not in text:
        yield from _plain_records(text, delimiter)
        return
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    number = 0
    try:
        for number, cells in enumerate(reader, 1):
            yield number, cells
    except csv.Error as error:
        if "field limit" in str(error):
            raise _Oversized(*_find_oversized(text, delimiter)) from None
        raise InputError(f"cannot be read as CSV: {error}", row=number + 1) from None


def _plain_records(text: str, delimiter: str) -> Iterator[Record]:
    """The records of a text without quotation marks, a block of about _BLOCK characters
    (ending at a line end) at a time, so that the first rows are there at once. A block
    without empty and over-long lines is split with no Python code per line (a few passes in
    C tell); any other block line by line, as the csv module reads it: an empty line is an
    empty record, a cell longer than MAX_FIELD an error."""
    number, start, size = 1, 0, len(text)
    while start < size:
        cut = text.find("\n", start + _BLOCK)
        end = size if cut < 0 else cut + 1
        block = text[start:end]
        start = end
        lines = block.splitlines()  # one pass for \r\n, \r and \n
        if not _only_line_ends(block, lines):  # it also broke at _OTHER_BREAKS: again
            lines = block.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if lines and not lines[-1]:
                lines.pop()
        if all(lines) and max(map(len, lines), default=0) <= MAX_FIELD:
            yield from zip(count(number), map(str.split, lines, repeat(delimiter)))
        else:
            for row, line in enumerate(lines, number):
                if len(line) > MAX_FIELD:
                    for column, cell in enumerate(line.split(delimiter)):
                        if len(cell) > MAX_FIELD:
                            raise _Oversized(row, column)
                yield row, line.split(delimiter) if line else []
        number += len(lines)


def _only_line_ends(text: str, lines: list[str]) -> bool:
    """True when str.splitlines broke `text` into `lines` only at \\r\\n, \\r and \\n: as
    many of those as line ends (three counts in C, where testing for each of the other breaks
    would scan the text eight times)."""
    if not text:
        return True
    ends = len(lines) if text[-1] in _ALL_BREAKS else len(lines) - 1
    return text.count("\n") + text.count("\r") - text.count("\r\n") == ends


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
