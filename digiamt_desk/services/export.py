"""Export an application's review for colleagues and the e-file: XLSX (openpyxl) or CSV as
German Excel reads it (`;`, UTF-8 with BOM). One row a procedure with every column of the review
table, German headers, in German dictionary order; the summary and the history beside it (XLSX:
two more sheets; CSV: two more files next to the first).

Cells that begin with `=`, `+`, `-`, `@`, a tab or a carriage return are written as text that
Excel shows and never runs: in XLSX as a string cell with the quote prefix, in CSV behind an
apostrophe (the usual guard against formula injection)."""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import STATUS_LABELS_DE, Status
from digiamt_desk.services.applications import summary
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.file_output import csv_safe, looks_like_formula, replace_file
from digiamt_desk.services.review import history
from digiamt_desk.services.review_record import ACTIONS_DE
from digiamt_desk.services.review_rows import CRITERION_DE, DECISIONS_DE, review_rows
from digiamt_desk.store.tables import Application

# Characters XML 1.0 (and so XLSX) cannot hold; stripped, as the import strips them.
_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
FIELDS_DE = {"decision": "Entscheidung", "reason_code": "Grund", "reason_text": "Begründung",
             "note": "Notiz", "merged_into": "Zusammengeführt in (Nr. der Datenbank)"}
HISTORY_HEADERS = ("Zeitpunkt (UTC)", "Wer", "Aktion", "Nr. des Verfahrens", "Verfahren",
                   "Angabe", "Alt", "Neu")


class ExportFormat(StrEnum):
    XLSX = "xlsx"
    CSV = "csv"


class ExportError(InputError):
    """The export cannot be written: a bad format or an unwritable file."""


@dataclass(frozen=True)
class Sheets:
    procedures: tuple[Sequence[str], Sequence[tuple[object, ...]]]
    summary: Sequence[tuple[object, ...]]
    history: Sequence[tuple[object, ...]]


def gather(desk: Desk, application: Application,
           procedure_ids: Iterable[int] | None = None) -> Sheets:
    """The three tables of the export; `procedure_ids` narrows it to a selection."""
    assert application.id is not None
    wanted = set(procedure_ids) if procedure_ids is not None else None
    rows = review_rows(desk, application.id, wanted)
    body = [row.cells(number) for number, row in enumerate(rows.rows, 1)]
    facts = summary(desk, application)
    overview: list[tuple[object, ...]] = [
        ("Bewerber", application.official_name), ("ARS", application.ars),
        ("Aktenzeichen", application.reference),
        ("Status", STATUS_LABELS_DE[Status(application.status)]),
        ("Eingang", application.received_on), ("Prüfende", application.reviewer),
        ("Kriterien (Version)", facts.criteria_version),
        ("Gemeldete Verfahren", facts.procedures), ("Angenommen und gezählt", facts.counted),
        ("Abgelehnt", facts.rejected), ("Noch nicht geprüft", facts.open),
        ("Erforderlich", facts.threshold), ("Es fehlen noch", facts.missing),
        ("Exportierte Verfahren", len(body))]
    titles = {row.procedure_id: (number, row.title)
              for number, row in enumerate(rows.rows, 1)}
    catalog = desk.catalog()
    labels = {**FIELDS_DE, **{f"criteria.{c.id}": f"Kriterium: {c.label_de}"
                              for c in catalog.criteria}}
    reasons = {r.code: r.label_de for r in catalog.rejection_reasons}

    def value(field: str, raw: str | None) -> str:
        if raw is None or raw == "":
            return ""
        if field == "decision":
            return DECISIONS_DE.get(raw, raw)
        if field.startswith("criteria."):
            return CRITERION_DE.get(raw == "true", raw)
        if field == "reason_code":
            return reasons.get(raw, raw)
        return raw

    changes = [(line.at.strftime("%Y-%m-%d %H:%M:%S"), line.by,
                ACTIONS_DE.get(line.action, line.action),
                titles.get(line.procedure_id, (None, ""))[0],
                titles.get(line.procedure_id, (None, ""))[1],
                labels.get(line.field, line.field), value(line.field, line.old),
                value(line.field, line.new))
               for line in history(desk, application.id)
               if wanted is None or line.procedure_id in wanted]
    return Sheets((rows.headers, body), overview, changes)


def safe_text(value: str) -> str:
    return _ILLEGAL.sub("", value)


def _xlsx(sheets: Sheets) -> bytes:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)

    def add(title: str, headers: Sequence[str], rows: Iterable[Sequence[object]]) -> None:
        sheet = workbook.create_sheet(title)
        sheet.freeze_panes = "A2"
        header_cells = []
        for label in headers:
            cell = WriteOnlyCell(sheet, label)
            cell.font = bold
            header_cells.append(cell)
        sheet.append(header_cells)
        for row in rows:
            sheet.append([_xlsx_cell(sheet, value) for value in row])

    headers, body = sheets.procedures
    add("Verfahren", headers, body)
    add("Übersicht", ("Angabe", "Wert"), sheets.summary)
    add("Verlauf", HISTORY_HEADERS, sheets.history)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _xlsx_cell(sheet: object, value: object) -> object:
    if not isinstance(value, str):
        return value
    text = safe_text(value)
    if not looks_like_formula(text):
        return text
    from openpyxl.cell import WriteOnlyCell

    cell = WriteOnlyCell(sheet, text)
    cell.data_type = "s"  # a string, never a formula
    cell.quotePrefix = True  # and Excel keeps it text when the cell is edited
    return cell


def csv_cell(value: object) -> str:
    if value is None:
        return ""
    text = safe_text(str(value))
    return csv_safe(text) if isinstance(value, str) else text


def _csv(headers: Sequence[str], rows: Iterable[Sequence[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(headers)
    writer.writerows([csv_cell(value) for value in row] for row in rows)
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def export_review_of(desk: Desk, application_id: int, target: Path,
                     export_format: ExportFormat | str, *,
                     procedure_ids: Iterable[int] | None = None) -> list[Path]:
    """`export_review` of the application with this id (for a front end holding ids)."""
    from digiamt_desk.services.applications import find_application

    return export_review(desk, find_application(desk, f"#{application_id}"), target,
                         export_format, procedure_ids=procedure_ids)


def export_review(desk: Desk, application: Application, target: Path,
                  export_format: ExportFormat | str, *,
                  procedure_ids: Iterable[int] | None = None) -> list[Path]:
    """Write the export; returns the files written (CSV: the procedures, then the summary and
    the history beside it). Every file is written whole under a temporary name, then renamed."""
    try:
        kind = ExportFormat(str(export_format).lower())
    except ValueError as exc:
        raise ExportError(f"unknown format '{export_format}'; use xlsx or csv",
                          field="format") from exc
    sheets = gather(desk, application, procedure_ids)
    headers, body = sheets.procedures
    if kind is ExportFormat.XLSX:
        files = [(target, _xlsx(sheets))]
    else:
        stem = target.with_suffix("")
        files = [(target, _csv(headers, body)),
                 (stem.with_name(stem.name + "_Uebersicht.csv"),
                  _csv(("Angabe", "Wert"), sheets.summary)),
                 (stem.with_name(stem.name + "_Verlauf.csv"),
                  _csv(HISTORY_HEADERS, sheets.history))]
    written = []
    for path, content in files:
        try:
            replace_file(path, content)
        except OSError as exc:
            raise ExportError(f"cannot write the file ({exc.strerror})",
                              source=str(path)) from exc
        written.append(path)
    return written
