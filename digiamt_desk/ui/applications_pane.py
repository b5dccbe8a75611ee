"""The applications list on the left of the review window: its columns (they fit the pane
without scrolling sideways), its rows with their counts, and which one is open."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView

from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.models import ApplicationsModel

STATUS_WIDTH = 84  # a long status ("Rückfrage an Kommune") is elided; the summary says it all


class ApplicationsPane(QObject):
    chosen = Signal(object)  # the id of the application selected, None when there is none

    def __init__(self, view: QTableView, empty_hint: QLabel) -> None:
        super().__init__(view)
        self.view = view
        self.empty_hint = empty_hint
        self.model = ApplicationsModel(self)
        view.setModel(self.model)
        view.sortByColumn(ApplicationsModel.NAME, Qt.SortOrder.AscendingOrder)
        view.selectionModel().selectionChanged.connect(lambda *_args: self._selected())
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        # Name, status, counted and eligible fit; kind and reference are in the name's
        # tooltip and in the summary above the table.
        for column in (ApplicationsModel.KIND, ApplicationsModel.REFERENCE):
            view.setColumnHidden(column, True)
        header.setSectionResizeMode(ApplicationsModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ApplicationsModel.PROGRESS, ApplicationsModel.ELIGIBLE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(ApplicationsModel.STATUS, QHeaderView.ResizeMode.Interactive)
        view.setColumnWidth(ApplicationsModel.STATUS, STATUS_WIDTH)

    def reload(self, desk: Desk, selected: int | None) -> None:
        """Every application with its counts; `selected` stays selected (else the first)."""
        rows = applications.list_applications(desk)
        self.model.set_rows(rows)
        header = self.view.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.empty_hint.setVisible(not rows)
        if not rows:
            self.chosen.emit(None)
            return
        position = next((i for i in range(self.model.rowCount())
                         if self.model.row_at(i).application.id == selected), 0)
        self.view.selectRow(position)

    def _selected(self) -> None:
        rows = self.view.selectionModel().selectedRows()
        if rows:
            self.chosen.emit(self.model.row_at(rows[0].row()).application.id)
