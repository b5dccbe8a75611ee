"""Importers: lists of online procedures from files and URLs, as plain domain rows.

parse_source() takes what the user typed or chose (a path or an http(s) URL); parse_bytes() takes
content already in memory. The format is decided by the content, because municipalities send
CSV named .xls, Excel named .csv and downloads without any name; the file name only settles the
one ambiguous case (text starting with '[' or '{' in a file named .csv).
"""

from __future__ import annotations

import gc
import os
import stat
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import Protocol

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.importers.columns import ALIASES, FIELDS, check_mapping
from digiamt_desk.importers.csv_text import check_binary, parse_csv
from digiamt_desk.importers.tabular import RowSink

__all__ = [
    "ALIASES",
    "DOWNLOAD_SECONDS",
    "FIELDS",
    "MAX_FILE_BYTES",
    "LoadedSource",
    "collector_paused",
    "fetch_url",
    "load_source",
    "parse_bytes",
    "parse_file",
    "parse_source",
    "sniff_format",
]

MAX_FILE_BYTES = 200_000_000
_TEXT_SUFFIXES = frozenset({".csv", ".tsv", ".txt", ".tab"})
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls (Excel 97-2003) and other OLE files

class Parser(Protocol):
    def __call__(self, data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
                 base_url: str | None = None) -> ParsedSource: ...


# openpyxl and httpx are loaded on first use: together they cost 0.5 s of every start of the
# desktop app, which needs neither until a workbook or a URL is imported. The XML (defusedxml,
# expat) and JSON readers likewise: a CSV import does not load them.
def parse_xlsx(data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
               base_url: str | None = None) -> ParsedSource:
    from digiamt_desk.importers.xlsx import parse_xlsx as parse

    return parse(data, source, mapping, base_url=base_url)


def _parse_xml(data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
               base_url: str | None = None) -> ParsedSource:
    from digiamt_desk.importers.xzufi import parse_xzufi

    return parse_xzufi(data, source, mapping)


def parse_json(data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
               base_url: str | None = None) -> ParsedSource:
    from digiamt_desk.importers.json_list import parse_json as parse

    return parse(data, source, mapping, base_url=base_url)


def fetch_url(url: str, **options: float | int) -> tuple[bytes, str]:
    from digiamt_desk.importers.fetch import fetch_url as fetch

    return fetch(url, **options)  # type: ignore[arg-type]

_PARSERS: dict[str, Parser] = {
    "xlsx": parse_xlsx,
    "xml": _parse_xml,
    "json": parse_json,
    "csv": parse_csv,
}


def sniff_format(data: bytes) -> str:
    """'xlsx', 'xml', 'json' or 'csv' from the first bytes; raises InputError for what no
    importer reads (an old .xls, a web page, binary data)."""
    if data.startswith(_ZIP_MAGIC):
        return "xlsx"
    if data.startswith(_OLE_MAGIC):
        raise InputError("is an old Excel workbook (.xls); save it in Excel as .xlsx or CSV",
                         code="old_xls")
    head_bytes = data[:2048]
    if head_bytes.startswith((b"\xff\xfe", b"\xfe\xff")):
        head = head_bytes.decode("utf-16", errors="ignore")
    else:
        check_binary(data)
        # latin-1 maps every byte, which is all we need to see the first significant character
        head = head_bytes.removeprefix(b"\xef\xbb\xbf").decode("latin-1")
    head = head.lstrip("\ufeff \t\r\n")
    if not head:
        raise InputError("is empty", code="empty")
    lowered = head[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")) or "<html" in lowered:
        raise InputError(
            "is a web page (HTML), not a list of procedures; a login page or an error page?",
            code="html_page")
    if head[0] == "<":
        return "xml"
    if head[0] in "[{":
        return "json"
    return "csv"


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a source is parsed.

    A 100,000-row export creates a few hundred thousand lists, dicts and rows that all stay
    alive; the collector would walk them again and again (a fifth of the parse time) without
    ever finding garbage, since rows hold no reference cycles. Reference counting still frees
    everything; the previous state is restored, so nested or concurrent parses are harmless."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_bytes(
    data: bytes,
    source: str,
    *,
    mapping: dict[str, str] | None = None,
    filename: str | None = None,
    base_url: str | None = None,
    sink: RowSink | None = None,
) -> ParsedSource:
    """Parse content; source names it in messages. mapping (field -> column header) overrides the
    detected columns; a field mapped to "" gets no column. filename defaults to source and is
    only used to tell a CSV starting with '[' from JSON. base_url completes relative links
    ('/antrag/...'); a URL source is its own base unless one is given. `sink` (CSV only): gets
    the rows as they are read, in batches (tabular.build_rows); the result holds them all."""
    if base_url is None and source[:8].lower().startswith(("http://", "https://")):
        base_url = source.strip()
    check_mapping(mapping)
    try:
        kind = sniff_format(data)
        with collector_paused():
            if kind == "json" and PurePath(filename or source).suffix.lower() in _TEXT_SUFFIXES:
                try:
                    return parse_json(data, source, mapping, base_url=base_url)
                except InputError as error:
                    if not error.message.startswith("is not valid JSON"):
                        raise
                    kind = "csv"  # "[Bezeichnung];Link": the name settles it
            if kind == "csv" and sink is not None:
                return parse_csv(data, source, mapping, base_url=base_url, sink=sink)
            return _PARSERS[kind](data, source, mapping, base_url=base_url)
    except InputError as error:
        raise error.located(source) from None
    except RecursionError:
        raise InputError("is nested too deeply to be a list of procedures", source=source,
                         code="too_deep") from None
    except MemoryError:
        raise InputError("is too large to read into memory", source=source,
                         code="too_large_memory") from None
    except Exception as error:  # a bug or a library failure must still read as a message
        raise InputError(
            f"could not be read ({type(error).__name__})", source=source,
            code="unreadable", kind=type(error).__name__,
        ) from error


@dataclass(frozen=True, slots=True)
class LoadedSource:
    """A source read into memory: what the user named, its bytes, and a file name for the format
    guess (the file's name, or the name a download announced). Kept so that an import can be
    parsed again with another column mapping without reading the file or URL twice."""

    source: str
    content: bytes
    filename: str


def read_file(path: str | os.PathLike[str]) -> LoadedSource:
    file = Path(path)
    source = str(file)
    try:
        info = file.stat()
        if stat.S_ISDIR(info.st_mode):
            raise InputError("is a folder, not a file", source=source, code="is_folder")
        if not stat.S_ISREG(info.st_mode):
            # /dev/zero would be read until the memory runs out, a FIFO would wait for ever
            raise InputError("is not a regular file (a device, a pipe or a socket); choose a "
                             "saved file or an http(s) address", source=source,
                             code="not_regular_file")
        size = info.st_size
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"is {size / 1_000_000:.0f} MB; files larger than "
                f"{MAX_FILE_BYTES / 1_000_000:g} MB are not read (is it the right file?)",
                source=source,
            )
        with open(file, "rb") as handle:  # the size cap holds even if the file grows meanwhile
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise InputError(f"is larger than {MAX_FILE_BYTES / 1_000_000:g} MB", source=source,
                             code="file_too_large", limit=MAX_FILE_BYTES // 1_000_000)
    except FileNotFoundError:
        raise InputError("file not found", source=source, code="file_not_found") from None
    except PermissionError:
        raise InputError(
            "cannot be opened (no permission, or open in another program such as Excel?)",
            source=source, code="no_permission",
        ) from None
    except OSError as error:
        raise InputError(f"cannot be read ({error.strerror or error})", source=source,
                         code="os_error", reason=str(error.strerror or error)) from None
    return LoadedSource(source, data, file.name)


DOWNLOAD_SECONDS = 20.0  # the whole download, headers and body (importers.fetch)


def load_source(source: str, *, timeout: float = DOWNLOAD_SECONDS) -> LoadedSource:
    """Read a path or download an http(s) URL within `timeout` seconds."""
    text = source.strip()
    if text[:8].lower().startswith(("http://", "https://")):
        data, name = fetch_url(text, timeout=timeout)
        return LoadedSource(text, data, name)
    return read_file(text)


def parse_file(
    path: str | os.PathLike[str], *, mapping: dict[str, str] | None = None
) -> ParsedSource:
    loaded = read_file(path)
    return parse_bytes(loaded.content, loaded.source, mapping=mapping, filename=loaded.filename)


def parse_source(source: str, *, mapping: dict[str, str] | None = None) -> ParsedSource:
    """A path or an http(s) URL."""
    loaded = load_source(source)
    return parse_bytes(loaded.content, loaded.source, mapping=mapping, filename=loaded.filename)
