"""The import dialog's tables: the preview of the rows and the list of skipped rows, warnings,
merged rows and shared links, with their wording in the user's language (ui.import_messages)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from digiamt_desk.domain.importing import (
    RowWarning,
    SkippedRow,
    SourceFormat,
    SourceRow,
    capped,
)
from digiamt_desk.importers import FIELDS
from digiamt_desk.services.imports import SharedLink
from digiamt_desk.services.register import Authority
from digiamt_desk.services.screening import EachAuthorityReport
from digiamt_desk.ui.import_messages import skipped_text, warning_text

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportDialog"

FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("ImportDialog", "Title"),
    "url": QT_TRANSLATE_NOOP("ImportDialog", "Link"),
    "leika": QT_TRANSLATE_NOOP("ImportDialog", "LeiKa key"),
    "provider": QT_TRANSLATE_NOOP("ImportDialog", "Provider"),
    "ars": QT_TRANSLATE_NOOP("ImportDialog", "ARS"),
    "ozgid": QT_TRANSLATE_NOOP("ImportDialog", "OZG-ID"),
}
FORMAT_NAMES = {
    SourceFormat.CSV: QT_TRANSLATE_NOOP("ImportDialog", "CSV"),
    SourceFormat.XLSX: QT_TRANSLATE_NOOP("ImportDialog", "Excel workbook (XLSX)"),
    SourceFormat.DASHBOARD_CSV: QT_TRANSLATE_NOOP("ImportDialog", "OZG dashboard export (CSV)"),
    SourceFormat.DASHBOARD_XLSX: QT_TRANSLATE_NOOP("ImportDialog",
                                                   "OZG dashboard export (XLSX)"),
    SourceFormat.JSON: QT_TRANSLATE_NOOP("ImportDialog", "JSON"),
    SourceFormat.XZUFI: QT_TRANSLATE_NOOP("ImportDialog", "XZuFi (XML)"),
    SourceFormat.SERVICE_DB: QT_TRANSLATE_NOOP("ImportDialog",
                                               "City service database (JSON)"),
}
# Only these come as columns under a header, so only these have a mapping a user can change.
TABULAR = frozenset({SourceFormat.CSV, SourceFormat.XLSX, SourceFormat.DASHBOARD_CSV,
                     SourceFormat.DASHBOARD_XLSX})
# A list without these cannot be read at all, so their combos offer no "(none)".
REQUIRED_FIELDS = frozenset({"title", "url"})
# Share of the progress bar per import phase: reading and parsing, storing rows, committing.
PHASES = {"read": (0, 15), "store": (15, 90), "commit": (90, 100)}


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def progress_percent(phase: str, done: int, total: int) -> int:
    """An import's progress (phase, done, total) as one percentage over all phases."""
    start, end = PHASES.get(phase, (0, 100))
    share = min(max(done / total, 0.0), 1.0) if total > 0 else 0.0
    return round(start + (end - start) * share)


def applicant_text(entry: Authority) -> str:
    """'Dinkelsbühl (Große Kreisstadt, Ansbach) – 09571136' as the applicant field shows it."""
    place = entry.landkreis or (entry.regierungsbezirk if entry.kind != "Bezirk" else None)
    where = f"{entry.kind}, {place}" if place else entry.kind
    return f"{entry.name} ({where}) – {entry.key}"


class PreviewModel(QAbstractTableModel):
    """Source rows as they came (SourceRow.raw); columns that fill a field are marked."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[SourceRow] = []
        self._columns: list[str] = []
        self._fields: dict[str, list[str]] = {}  # column -> fields it fills

    def set_rows(self, rows: Sequence[SourceRow], columns: Mapping[str, str]) -> None:
        """rows: the rows to show; columns: field -> column (ParsedSource.columns)."""
        self.beginResetModel()
        self._rows = list(rows)
        names: dict[str, None] = {}
        for row in self._rows:
            names.update(dict.fromkeys(row.raw))
        self._columns = list(names)
        self._fields = {}
        for field in FIELDS:
            column = columns.get(field)
            if column:
                self._fields.setdefault(column, []).append(field)
        self.endResetModel()

    def column_names(self) -> list[str]:
        return list(self._columns)

    def fields_of(self, column: str) -> list[str]:
        return list(self._fields.get(column, []))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows) \
                or not 0 <= index.column() < len(self._columns):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._rows[index.row()].raw.get(self._columns[index.column()], "")
            if role == Qt.ItemDataRole.DisplayRole:
                return " ".join(text.split()) if "\n" in text else text
            return text or None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._rows):
                return str(self._rows[section].row)
            return None
        if not 0 <= section < len(self._columns):
            return None
        column = self._columns[section]
        fields = self._fields.get(column, [])
        if role == Qt.ItemDataRole.DisplayRole:
            if not fields:
                return column
            return f"{column}\n→ {', '.join(_tr(str(FIELD_LABELS[f])) for f in fields)}"
        if role == Qt.ItemDataRole.FontRole and fields:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and fields:
            return _tr("Column '%1' fills: %2").replace("%1", column).replace(
                "%2", ", ".join(_tr(str(FIELD_LABELS[f])) for f in fields))
        return None


class Issue(NamedTuple):
    kind: str
    row: int
    field: str
    message: str


KINDS = (QT_TRANSLATE_NOOP("ImportDialog", "Skipped"), QT_TRANSLATE_NOOP("ImportDialog", "Warning"),
         QT_TRANSLATE_NOOP("ImportDialog", "Merged"))
SHARED_KIND = QT_TRANSLATE_NOOP("ImportDialog", "Shared link")
MERGED_TEXT = QT_TRANSLATE_NOOP("ImportDialog", "same link as row %1; merged into it")
SHARED_TEXT = QT_TRANSLATE_NOOP(
    "ImportDialog", "shared link: %1 rows with other titles or LeiKa keys count once (%2)")


def collect_issues(skipped: Sequence[SkippedRow], warnings: Sequence[RowWarning],
                   merged_rows: Sequence[tuple[int, int]] = (),
                   shared: Sequence[SharedLink] = ()) -> list[Issue]:
    """Skipped rows, warnings, shared links and merged duplicates in row order, for one list."""
    skipped_kind, warning_kind, merged_kind = (_tr(str(t)) for t in KINDS)
    merged_text = _tr(str(MERGED_TEXT))
    shared_text = _tr(str(SHARED_TEXT))
    issues = [Issue(skipped_kind, s.row, "", skipped_text(s)) for s in skipped]
    issues += [Issue(warning_kind, w.row, w.field, warning_text(w)) for w in warnings]
    issues += [Issue(_tr(str(SHARED_KIND)), g.rows[0], g.url, shared_text.replace(
        "%1", str(len(g.rows))).replace("%2", "; ".join(g.titles[:10])
                                          + (" …" if len(g.titles) > 10 else "")))
               for g in shared]
    issues += [Issue(merged_kind, row, "", merged_text.replace("%1", str(into)))
               for row, into in merged_rows]
    issues.sort(key=lambda issue: issue.row)  # stable: per row, skipped before warnings
    return issues


class IssuesModel(QAbstractTableModel):
    """Skipped rows, warnings and merged duplicates: what, row, field, message."""

    KIND, ROW, FIELD, MESSAGE = range(4)
    HEADERS = (
        QT_TRANSLATE_NOOP("ImportDialog", "What"),
        QT_TRANSLATE_NOOP("ImportDialog", "Row"),
        QT_TRANSLATE_NOOP("ImportDialog", "Column"),
        QT_TRANSLATE_NOOP("ImportDialog", "Message"),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._issues: list[Issue] = []

    def set_issues(self, issues: Sequence[Issue]) -> None:
        self.beginResetModel()
        self._issues = list(issues)
        self.endResetModel()

    def issues(self) -> list[Issue]:
        return list(self._issues)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._issues)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._issues):
            return None
        issue = self._issues[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(issue[column]) if column == self.ROW else issue[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MESSAGE:
            return issue.message
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.ROW:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.HEADERS)):
            return _tr(str(self.HEADERS[section]))
        return None


def show_screening_report(dialog: Any, report: EachAuthorityReport) -> None:
    """The report stage after a Land-wide screening import: totals, then one line per
    authority in the details list."""
    ui = dialog.ui
    number = dialog.locale().toString
    title = _tr(str(SCREENING_TITLE)).replace("%1", number(report.rows_read)).replace(
        "%2", number(len(report.authorities))).replace("%3", number(report.created))
    if report.unknown_ars:
        rows = sum(len(v) for v in report.unknown_ars.values())
        title += "\n" + _tr(str(SCREENING_UNKNOWN)).replace("%1", number(rows)).replace(
            "%2", capped(list(report.unknown_ars)))
    if report.left_alone:
        title += "\n" + _tr(str(SCREENING_LEFT_ALONE)).replace(
            "%1", capped([name for _, name, _ in report.left_alone]))
    ui.reportTitle.setText(title)
    totals = (sum(r.rows for r in report.authorities),
              sum(r.added for r in report.authorities),
              sum(r.updated for r in report.authorities),
              sum(r.unchanged for r in report.authorities),
              sum(r.merged for r in report.authorities))
    for label, value in zip((ui.rowsValue, ui.addedValue, ui.updatedValue, ui.unchangedValue,
                             ui.mergedValue), totals, strict=True):
        label.setText(number(value))
    for label in (ui.skippedValue, ui.warningsValue, ui.notOnlineValue, ui.notInSourceValue):
        label.setText("–")
    line = _tr(str(SCREENING_LINE))
    dialog.report_model.set_issues([
        Issue(one.name, 0, one.reference, line.replace("%1", number(one.rows)).replace(
            "%2", number(one.added)).replace("%3", number(len(one.shared_links))))
        for one in report.authorities])
    ui.reportView.setVisible(bool(report.authorities))
    ui.detailsCaption.setText(_tr(str(SCREENING_CAPTION)))


SCREENING_TITLE = QT_TRANSLATE_NOOP(
    "ImportDialog", "Screening: %1 rows read for %2 authorities (%3 new screening "
    "applications; no received application was changed).")
SCREENING_UNKNOWN = QT_TRANSLATE_NOOP(
    "ImportDialog", "Warning: %1 rows name an ARS that is not in the register: %2")
SCREENING_LEFT_ALONE = QT_TRANSLATE_NOOP(
    "ImportDialog", "Left alone (an application is under review): %1")
SCREENING_LINE = QT_TRANSLATE_NOOP("ImportDialog", "%1 rows, %2 added, %3 shared links")
SCREENING_CAPTION = QT_TRANSLATE_NOOP("ImportDialog", "Per authority:")
