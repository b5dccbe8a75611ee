"""The main window: the applications of the open database and the summary of the selected one."""

from __future__ import annotations

import html

from PySide6.QtCore import QItemSelection, QSettings, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from digiamt_desk import __version__
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.register import ATTRIBUTION
from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
from digiamt_desk.ui.models import ApplicationsModel, status_label


class MainWindow(QMainWindow):
    database_requested = Signal(str)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.model = ApplicationsModel(self)
        view = self.ui.applicationsView
        view.setModel(self.model)
        view.sortByColumn(ApplicationsModel.NAME, Qt.SortOrder.AscendingOrder)
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        self.ui.actionReload.triggered.connect(self.reload)
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.ui.actionOpenDatabase.triggered.connect(self._choose_database)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self._restore_layout()
        self.reload()

    def reload(self) -> None:
        selected = self.selected_reference()
        self.model.set_rows(applications.list_applications(self.desk))
        header = self.ui.applicationsView.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.ui.applicationsView.resizeColumnsToContents()
        self.ui.emptyHint.setVisible(self.model.rowCount() == 0)
        self.setWindowTitle(f"DigiAmt Desk – {self.desk.location}")
        self.ui.statusBar.showMessage(
            self.tr("%n application(s)", "", self.model.rowCount()))
        row = next((i for i in range(self.model.rowCount())
                    if self.model.row_at(i).application.reference == selected), 0)
        if self.model.rowCount():
            self.ui.applicationsView.selectRow(row)
        else:
            self._show_summary(None)

    def selected_reference(self) -> str | None:
        rows = self.ui.applicationsView.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).application.reference

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.ui.applicationsView.selectionModel().selectedRows()
        self._show_summary(rows[0].row() if rows else None)

    def _show_summary(self, row: int | None) -> None:
        ui = self.ui
        if row is None:
            for label in (ui.applicantLabel, ui.referenceValue, ui.statusValue,
                          ui.proceduresValue, ui.decisionsValue, ui.mergedValue,
                          ui.verdictValue):
                label.clear()
            ui.countedBar.setRange(0, 1)
            ui.countedBar.setValue(0)
            return
        item = self.model.row_at(row)
        s = item.summary
        ui.applicantLabel.setText(
            f"{html.escape(item.application.official_name)}<br><span style='font-size: 10pt; "
            f"font-weight: normal;'>{html.escape(s.kind)} · ARS {s.ars}</span>")
        ui.referenceValue.setText(item.application.reference)
        ui.statusValue.setText(status_label(s.status))
        ui.proceduresValue.setText(str(s.procedures))
        ui.decisionsValue.setText(f"{s.accepted} / {s.rejected} / {s.open}")
        ui.mergedValue.setText(str(s.duplicates_merged))
        ui.countedBar.setRange(0, s.threshold)
        ui.countedBar.setValue(min(s.counted, s.threshold))
        ui.countedBar.setFormat(f"{s.counted} / {s.threshold}")
        if s.eligible:
            ui.verdictValue.setText(self.tr("Eligible: threshold of %1 reached").replace(
                "%1", str(s.threshold)))
        else:
            ui.verdictValue.setText(self.tr("Not yet eligible: %1 missing, %2 open").replace(
                "%1", str(s.missing)).replace("%2", str(s.open)))

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("DigiAmt databases (*.db);;All files (*)"))
        if path:
            self.database_requested.emit(path)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About DigiAmt Desk"),
                          self.tr("DigiAmt Desk %1\n\nReview of applications for the award "
                                  "\"Digitales Amt\".\n\nRegister of municipalities: %2")
                          .replace("%1", __version__).replace("%2", ATTRIBUTION))

    def _restore_layout(self) -> None:
        settings = QSettings()
        geometry = settings.value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = settings.value("main_window/applications_header")
        if state is not None:
            self.ui.applicationsView.horizontalHeader().restoreState(state)
        splitter = settings.value("main_window/splitter")
        if splitter is not None:
            self.ui.splitter.restoreState(splitter)

    def closeEvent(self, event: object) -> None:
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/applications_header",
                          self.ui.applicationsView.horizontalHeader().saveState())
        settings.setValue("main_window/splitter", self.ui.splitter.saveState())
        super().closeEvent(event)  # type: ignore[arg-type]
