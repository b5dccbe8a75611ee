"""Table models of our own over plain rows: raw values for sorting, display text for painting."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from digiamt_desk.domain.review import Status, Summary
from digiamt_desk.services.applications import ApplicationRow

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApplicationsModel", text)


class ApplicationsModel(QAbstractTableModel):
    """The applications with their progress; few rows, so sorting in Python is fine here."""

    NAME, KIND, STATUS, PROGRESS, ELIGIBLE, REFERENCE, ASSIGNEE = range(7)
    HEADERS = (
        QT_TRANSLATE_NOOP("ApplicationsModel", "Applicant"),
        QT_TRANSLATE_NOOP("ApplicationsModel", "Kind"),
        QT_TRANSLATE_NOOP("ApplicationsModel", "Status"),
        QT_TRANSLATE_NOOP("ApplicationsModel", "Counted"),  # "49 / 50": of the threshold
        QT_TRANSLATE_NOOP("ApplicationsModel", "Eligible"),
        QT_TRANSLATE_NOOP("ApplicationsModel", "Reference"),
        QT_TRANSLATE_NOOP("ApplicationsModel", "Assigned to"),  # team mode (issue 13)
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: list[ApplicationRow] = []

    def set_rows(self, rows: list[ApplicationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def refresh_rows(self, rows: list[ApplicationRow]) -> None:
        """New counts for the same applications keep the order and the selection."""
        fresh = {r.application.id: r for r in rows}
        if set(fresh) != {r.application.id for r in self._rows}:
            self.set_rows(rows)
            return
        self._rows = [fresh[r.application.id] for r in self._rows]
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, self.columnCount() - 1))

    def update_summary(self, application_id: int, summary: Summary) -> None:
        """New counts for one application (after a review action): one row repainted."""
        for row, item in enumerate(self._rows):
            if item.application.id == application_id:
                self._rows[row] = ApplicationRow(item.application, summary)
                self.dataChanged.emit(self.index(row, 0),
                                      self.index(row, self.columnCount() - 1))
                return

    def row_at(self, row: int) -> ApplicationRow:
        return self._rows[row]

    def listed_summary(self, application_id: int) -> Summary | None:
        """The summary the list holds for an application (counted when it was listed)."""
        return next((item.summary for item in self._rows
                     if item.application.id == application_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(str(self.HEADERS[section]))
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        summary, column = item.summary, index.column()
        if role == ROW_ROLE:
            return item
        if role == SORT_ROLE:
            return self._sort_key(item, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return item.application.name
            if column == self.KIND:
                return summary.kind
            if column == self.STATUS:
                return status_label(summary.status)
            if column == self.PROGRESS:
                return f"{summary.counted} / {summary.threshold}"
            if column == self.ELIGIBLE:
                return (QCoreApplication.translate("ApplicationsModel", "yes") if summary.eligible
                    else QCoreApplication.translate("ApplicationsModel", "no"))
            if column == self.ASSIGNEE:
                return item.application.assignee
            return item.application.reference
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.PROGRESS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return (f"{item.application.official_name} · {summary.kind} · {summary.ars} · "
                    f"{item.application.reference}")
        if role == Qt.ItemDataRole.ToolTipRole and column == self.STATUS:
            return status_label(summary.status)  # the column may be too narrow for it
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=lambda r: self._sort_key(r, column),
                        reverse=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def _sort_key(self, item: ApplicationRow, column: int) -> Any:
        s = item.summary
        return (s.name.casefold(), s.kind, list(Status).index(s.status),
                s.counted / max(s.threshold, 1), s.eligible, item.application.reference,
                item.application.assignee.casefold())[column]


def status_label(status: Status) -> str:
    return QCoreApplication.translate("Status", str(_STATUS_LABELS[status]))


_STATUS_LABELS = {
    Status.SCREENING: QT_TRANSLATE_NOOP("Status", "Screening (no application)"),
    Status.RECEIVED: QT_TRANSLATE_NOOP("Status", "Received"),
    Status.IN_REVIEW: QT_TRANSLATE_NOOP("Status", "In review"),
    Status.QUERY_SENT: QT_TRANSLATE_NOOP("Status", "Query sent"),
    Status.AWARDED: QT_TRANSLATE_NOOP("Status", "Awarded"),
    Status.REJECTED: QT_TRANSLATE_NOOP("Status", "Rejected"),
    Status.WITHDRAWN: QT_TRANSLATE_NOOP("Status", "Withdrawn"),
}


__all__ = ["ROW_ROLE", "SORT_ROLE", "ApplicationsModel", "status_label"]
