"""Where a table's header is: the first of the first rows that names a link column (and
preferably a title column), or none at all (a file whose first row holds data, read by column
number). Shared by CSV, XLSX and JSON."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from itertools import chain, islice

from digiamt_desk.domain.importing import InputError
from digiamt_desk.importers.columns import (
    FIELD_LABELS,
    Detection,
    column_number,
    describe_columns,
    detect,
    expected_names,
    is_dashboard_header,
    unique_names,
)

HEADER_SEARCH_ROWS = 20  # title rows above the header ("Onlinedienste der Stadt ...") are common

Record = tuple[int, list[str]]


class Table:
    """A header found in a source, and the records below it."""

    def __init__(
        self, row: int, header: list[str], detection: Detection, records: Iterator[Record]
    ) -> None:
        self.row = row
        self.header = header
        self.detection = detection
        self.records = records
        self.dashboard = is_dashboard_header(header)
        self.base_url: str | None = None  # for relative links ('/antrag/...')


def trim(cells: list[str]) -> list[str]:
    """Drop trailing empty cells ("Bezeichnung;Link;;;")."""
    end = len(cells)
    while end and not cells[end - 1].strip():
        end -= 1
    return cells[:end] if end != len(cells) else cells


def looks_like_data(cells: list[str]) -> bool:
    """A row no header is: it holds a web address or a LeiKa key or ARS (12 or 14 digits)."""
    for cell in cells:
        text = cell.strip()
        lowered = text[:8].lower()
        if lowered.startswith(("http://", "https://", "www.", "//")):
            return True
        if text.isascii() and text.isdigit() and len(text) in (12, 14):
            return True
    return False


def _guess(cells: list[str]) -> tuple[int, int]:
    """1-based (title, link) column numbers to suggest for a file without a header row."""
    link = next((n for n, c in enumerate(cells, 1)
                 if c.strip()[:8].lower().startswith(("http", "www.", "//"))), 0)
    texts = [(len(c.strip()), n) for n, c in enumerate(cells, 1)
             if n != link and any(ch.isalpha() for ch in c) and not c.strip().isdigit()]
    title = max(texts)[1] if texts else 0
    return title, link


def _by_number(mapping: Mapping[str, str] | None) -> bool:
    return bool(mapping) and all(not v or column_number(v) is not None
                                 for v in (mapping or {}).values())


def _headerless(first: list[str], mapping: Mapping[str, str] | None) -> InputError:
    title, link = _guess(first)
    example = f"--map title={title or 1} --map url={link or 2}"
    return InputError(
        "has no header row: its first row already holds data "
        f"({describe_columns(first)}); name the columns by number, e.g. {example}",
        code="no_header", example=example, title_column=title, url_column=link,
        columns=unique_names([f"column {n}" for n in range(1, len(first) + 1)]))


def find_header(records: Iterable[Record], mapping: Mapping[str, str] | None) -> Table:
    """The first of the first rows that names a link column (and preferably a title column).

    A file without a header row (its first row holds links or keys) is read with the columns
    named by number ('--map url=3'); without such a mapping it is refused with a suggestion."""
    iterator = iter(records)
    first_text: list[str] | None = None
    with_url: list[str] | None = None
    with_title: list[str] | None = None
    mapping_error: InputError | None = None
    scanned = 0
    seen: list[Record] = []
    for scanned, (number, cells) in enumerate(iterator, start=1):
        seen.append((number, cells))
        cells = trim(cells)
        if cells:
            if first_text is None and looks_like_data(cells):
                if _by_number(mapping):
                    return _numbered(seen, iterator, mapping)
                raise _headerless(cells, mapping)
            first_text = first_text or cells
            try:
                detection = detect(cells, mapping)
            except InputError as error:
                mapping_error = mapping_error or error
            else:
                if "url" in detection.index:
                    if "title" in detection.index:
                        # the records below are read on demand, never all held at once
                        return Table(number, cells, detection, iterator)
                    with_url = with_url or cells
                elif "title" in detection.index:
                    with_title = with_title or cells
        if scanned >= HEADER_SEARCH_ROWS:
            break
    if with_url is not None:
        raise InputError(
            f"no column for the {FIELD_LABELS['title']} found (expected one of "
            f"{expected_names('title')}); {describe_columns(with_url)}",
            code="no_title_column", columns=unique_names(with_url)
        )
    if first_text is None:
        if scanned >= HEADER_SEARCH_ROWS:
            raise InputError(f"has no header in its first {HEADER_SEARCH_ROWS} rows (all empty)",
                             code="no_header_rows_empty", rows=HEADER_SEARCH_ROWS)
        raise InputError("is empty", code="empty")
    if mapping_error is not None:
        raise mapping_error
    cells = with_title or first_text
    hint = ""
    if len(cells) == 1 and any(sep in cells[0] for sep in ":/"):
        hint = " – is the file separated by a character other than ; , | or tab?"
    raise InputError(
        f"no column for the {FIELD_LABELS['url']} found (expected one of "
        f"{expected_names('url')}); {describe_columns(cells)}{hint}",
        code="no_link_column", columns=unique_names(cells)
    )


def _numbered(seen: list[Record], rest: Iterator[Record], mapping: Mapping[str, str] | None
              ) -> Table:
    """A headerless table: columns 'column 1', 'column 2', ...; every record is data."""
    ahead = list(islice(rest, HEADER_SEARCH_ROWS))
    width = max(len(trim(cells)) for _, cells in [*seen, *ahead])
    header = [f"column {n}" for n in range(1, width + 1)]
    detection = detect(header, mapping)
    for needed in ("title", "url"):
        if needed not in detection.index:
            raise InputError(
                f"the file has no header row; name the {FIELD_LABELS[needed]} column by number "
                f"too (--map {needed}=N)", code="no_header_field", field_name=needed)
    return Table(0, header, detection, chain(seen, ahead, rest))
