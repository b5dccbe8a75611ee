"""The importer's messages in the user's language: each refusal, skipped row and warning carries a
code and parameters (domain.importing); this module words them through Qt's translation. A code
without a wording here shows the importer's English text, so nothing is ever hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from string import Formatter
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digiamt_desk.domain.importing import MAX_LISTED, InputError, RowWarning, SkippedRow

CONTEXT = "ImportMessages"

# Refusals of a whole source. {placeholders} name the error's params.
ERRORS: dict[str, object] = {
    "empty": QT_TRANSLATE_NOOP("ImportMessages", "is empty"),
    "file_not_found": QT_TRANSLATE_NOOP("ImportMessages", "file not found"),
    "is_folder": QT_TRANSLATE_NOOP("ImportMessages", "is a folder, not a file"),
    "not_regular_file": QT_TRANSLATE_NOOP(
        "ImportMessages", "is not a regular file (a device, a pipe or a socket); choose a saved "
        "file or an http(s) address"),
    "no_permission": QT_TRANSLATE_NOOP(
        "ImportMessages", "cannot be opened (no permission, or open in another program such as "
        "Excel?)"),
    "file_too_large": QT_TRANSLATE_NOOP("ImportMessages", "is larger than {limit} MB"),
    "os_error": QT_TRANSLATE_NOOP("ImportMessages", "cannot be read ({reason})"),
    "old_xls": QT_TRANSLATE_NOOP(
        "ImportMessages", "is an old Excel workbook (.xls); save it in Excel as .xlsx or CSV"),
    "html_page": QT_TRANSLATE_NOOP(
        "ImportMessages", "is a web page (HTML), not a list of procedures; a login page or an "
        "error page?"),
    "binary": QT_TRANSLATE_NOOP(
        "ImportMessages", "is not a text file (binary data in line {line}, byte {byte}); "
        "expected CSV, Excel (.xlsx), JSON or XML"),
    "bad_encoding": QT_TRANSLATE_NOOP(
        "ImportMessages", "cannot be read as UTF-8 or Windows-1252 (first bad byte {byte} in "
        "line {line}); save it from Excel as 'CSV UTF-8'"),
    "bad_utf8_with_bom": QT_TRANSLATE_NOOP(
        "ImportMessages", "is marked as UTF-8 (it starts with a byte order mark) but byte "
        "{byte} at position {offset} (line {line}) is not UTF-8; save it again as 'CSV UTF-8'"),
    "no_header": QT_TRANSLATE_NOOP(
        "ImportMessages", "has no header row: its first row already holds data. Choose the "
        "columns by number below (e.g. title = column {title_column}, link = column "
        "{url_column})."),
    "no_header_field": QT_TRANSLATE_NOOP(
        "ImportMessages", "the file has no header row; choose the column of the title and of "
        "the link"),
    "no_title_column": QT_TRANSLATE_NOOP(
        "ImportMessages", "no column for the title (Bezeichnung) was found; choose it below"),
    "no_link_column": QT_TRANSLATE_NOOP(
        "ImportMessages", "no column for the link (Link/URL) was found; choose it below"),
    "mapped_column_missing": QT_TRANSLATE_NOOP(
        "ImportMessages", "the column '{column}' chosen is not in the file"),
    "no_data_rows": QT_TRANSLATE_NOOP("ImportMessages", "has a header but no data rows"),
    "no_row_link": QT_TRANSLATE_NOOP(
        "ImportMessages", "no row has a link in the column '{column}' ({count} rows without a "
        "link)"),
    "nothing_imported": QT_TRANSLATE_NOOP("ImportMessages", "no row could be imported"),
    "cell_too_long": QT_TRANSLATE_NOOP(
        "ImportMessages", "a cell is longer than {limit} characters (an unclosed quotation "
        "mark?)"),
    "bad_ars": QT_TRANSLATE_NOOP(
        "ImportMessages", "'{value}' is not a 12-digit ARS (Amtlicher Regionalschlüssel)"),
    "json_syntax": QT_TRANSLATE_NOOP(
        "ImportMessages", "is not valid JSON ({reason}, line {line}, column {column})"),
    "json_number_too_long": QT_TRANSLATE_NOOP(
        "ImportMessages", "holds a number of {digits} digits (line {line}); no list of "
        "procedures has such values"),
    "json_number_out_of_range": QT_TRANSLATE_NOOP(
        "ImportMessages", "holds the number {value}, too large to hold (line {line})"),
    "json_not_a_number": QT_TRANSLATE_NOOP(
        "ImportMessages", "holds '{value}', which is not a number JSON allows (line {line})"),
    "json_too_deep": QT_TRANSLATE_NOOP(
        "ImportMessages", "is nested too deeply to be a list of procedures"),
    "too_deep": QT_TRANSLATE_NOOP(
        "ImportMessages", "is nested too deeply to be a list of procedures"),
    "json_no_list": QT_TRANSLATE_NOOP(
        "ImportMessages", "holds no list of procedures (expected an array, or an object with "
        "one of: {keys})"),
    "json_empty_list": QT_TRANSLATE_NOOP("ImportMessages", "has an empty list of procedures"),
    "no_rows_service_db": QT_TRANSLATE_NOOP(
        "ImportMessages", "no record of the service database has a usable link"),
    "xlsx_damaged": QT_TRANSLATE_NOOP(
        "ImportMessages", "is not a readable Excel workbook (damaged or truncated?)"),
    "zip_not_xlsx": QT_TRANSLATE_NOOP(
        "ImportMessages", "is a ZIP archive but no Excel workbook (.xlsx); unpack it or export "
        "the list again"),
    "xlsx_too_large": QT_TRANSLATE_NOOP(
        "ImportMessages", "is refused: it would unpack to {megabytes} MB (more than {limit} "
        "MB); a list of procedures is far smaller. Is it the right file?"),
    "xlsx_too_many_parts": QT_TRANSLATE_NOOP(
        "ImportMessages", "has {parts} parts; a workbook has a few dozen"),
    "xml_refused": QT_TRANSLATE_NOOP(
        "ImportMessages", "is refused: the XML declares entities or a DTD"),
    "xml_syntax": QT_TRANSLATE_NOOP(
        "ImportMessages", "is not well-formed XML ({reason}, line {line}, column {column})"),
    "xml_not_xzufi": QT_TRANSLATE_NOOP(
        "ImportMessages", "is XML (root element '{root}') but has no onlinedienst elements; "
        "expected XZuFi 2.2"),
    "xzufi_no_link": QT_TRANSLATE_NOOP(
        "ImportMessages", "no onlinedienst has a link ({count} without a link)"),
    "url_timeout": QT_TRANSLATE_NOOP(
        "ImportMessages", "did not answer within {seconds} s"),
    "several_authorities": QT_TRANSLATE_NOOP(
        "ImportMessages", "the source names {count} authorities ({keys}) that are not one "
        "above the other; choose the applicant"),
    "no_applicant": QT_TRANSLATE_NOOP(
        "ImportMessages", "the source names no municipality (no ARS column); choose the "
        "applicant"),
    "unknown_ars": QT_TRANSLATE_NOOP(
        "ImportMessages", "ARS {ars} is no Bavarian authority in the register"),
    "store_refused": QT_TRANSLATE_NOOP(
        "ImportMessages", "could not be stored: the database refused it ({reason})"),
}

# Skipped rows and row warnings.
ROWS: dict[str, object] = {
    "no_link": QT_TRANSLATE_NOOP("ImportMessages", "no link: not an online procedure"),
    "inactive": QT_TRANSLATE_NOOP("ImportMessages", "inactive in the dashboard (aktiv = nein)"),
    "not_object": QT_TRANSLATE_NOOP("ImportMessages", "not an object"),
    "relative_without_base": QT_TRANSLATE_NOOP(
        "ImportMessages", "the link '{url}' is relative and no base address was given; it was "
        "not used"),
    "only_helpers": QT_TRANSLATE_NOOP(
        "ImportMessages", "only helper documents (data protection, forms to print, ...), no "
        "online link"),
    "no_usable_link": QT_TRANSLATE_NOOP(
        "ImportMessages", "no usable link (see the warnings of this row)"),
    "unfilled_template": QT_TRANSLATE_NOOP(
        "ImportMessages", "the link '{url}' holds the placeholder {{{placeholder}}}, which the "
        "record does not fill; it was not used"),
    "link_completed": QT_TRANSLATE_NOOP(
        "ImportMessages", "'{value}' has no scheme; taken as {url}"),
    "several_links": QT_TRANSLATE_NOOP(
        "ImportMessages", "the cell holds several links; the first web link was taken: {url}"),
    "link_chosen": QT_TRANSLATE_NOOP(
        "ImportMessages", "of {count} links the one in '{column}' was taken ({rule})"),
    "no_title": QT_TRANSLATE_NOOP("ImportMessages", "no title"),
    "control_characters": QT_TRANSLATE_NOOP(
        "ImportMessages", "control characters (such as terminal escape codes) were removed "
        "from the title"),
    "bad_leika": QT_TRANSLATE_NOOP(
        "ImportMessages", "'{value}' is not a LeiKa key (14 digits, or Excel shortened it); it "
        "was dropped"),
    "unknown_provider": QT_TRANSLATE_NOOP(
        "ImportMessages", "provider '{value}' not recognised (expected kommunal or zentral); "
        "left unknown, also in later rows with this text"),
    "bad_ozgid": QT_TRANSLATE_NOOP(
        "ImportMessages", "'{value}' is not an OZG-ID (a whole number); it was dropped"),
    "bad_utf8_bytes": QT_TRANSLATE_NOOP(
        "ImportMessages", "the file is UTF-8 but {count} byte(s) are not (the first, {byte}, at "
        "position {offset}); they show as '\ufffd'"),
    "shared_link": QT_TRANSLATE_NOOP(
        "ImportMessages", "{count} rows with different titles share this link and count once"),
}


ROW = QT_TRANSLATE_NOOP("ImportMessages", "row %1")
FIELD = QT_TRANSLATE_NOOP("ImportMessages", "field '%1'")


class _Params(dict[str, Any]):
    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def _shown(value: object) -> object:
    if isinstance(value, list | tuple):
        items = [str(v) for v in value]
        text = ", ".join(items[:MAX_LISTED])
        return text + (f" … (+{len(items) - MAX_LISTED})" if len(items) > MAX_LISTED else "")
    return value


def word(table: Mapping[str, object], code: str, params: Mapping[str, object],
         english: str) -> str:
    """The translated wording of code with params, or the English text for an unknown code."""
    template = table.get(code)
    if not template:
        return english
    translated = QCoreApplication.translate(CONTEXT, str(template))
    values = _Params({k: _shown(v) for k, v in params.items()})
    try:
        return Formatter().vformat(translated, (), values)
    except (ValueError, IndexError, KeyError):  # a broken translation must not hide the text
        return english


def error_text(error: InputError) -> str:
    """'liste.csv, Zeile 3, Feld »Link«: …' in the user's language."""
    message = word(ERRORS, error.code, error.params, error.message)
    where = []
    if error.source:
        where.append(error.source)
    if error.row is not None:
        where.append(QCoreApplication.translate(CONTEXT, str(ROW)).replace("%1", str(error.row)))
    if error.field:
        where.append(QCoreApplication.translate(CONTEXT, str(FIELD)).replace("%1", error.field))
    return f"{', '.join(where)}: {message}" if where else message


def skipped_text(skipped: SkippedRow) -> str:
    return word(ROWS, skipped.code, skipped.params, skipped.reason)


def warning_text(warning: RowWarning) -> str:
    return word(ROWS, warning.code, warning.params, warning.message)
