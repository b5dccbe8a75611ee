"""Candidates for an invitation (services/candidates.py) as a table; CSV export and the
invitation letters for the selected rows, written off the GUI thread with progress and cancel."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.services import candidates
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.workers import Job, JobCancelled


class CandidatesDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("candidatesDialog")
        self.setWindowTitle(self.tr("Candidates for an invitation"))
        self.desk = desk
        self.job: Job | None = None
        self.candidates = candidates.list_candidates(desk)
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr(
            "%n authority(ies) whose screened list reaches the threshold and that have not "
            "applied.", "", len(self.candidates)))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        headers = [self.tr("Name"), self.tr("Kind"), self.tr("Regierungsbezirk"),
                   self.tr("Landkreis"), self.tr("Countable"), self.tr("Threshold"),
                   self.tr("On the list"), self.tr("ARS")]
        self.model = QStandardItemModel(len(self.candidates), len(headers), self)
        self.model.setHorizontalHeaderLabels(headers)
        for row, c in enumerate(self.candidates):
            values: list[Any] = [c.official_name, c.kind, c.regierungsbezirk, c.landkreis,
                                 c.countable, c.threshold, c.procedures, c.ars]
            for column, value in enumerate(values):
                item = QStandardItem()
                item.setData(value, Qt.ItemDataRole.DisplayRole)
                item.setEditable(False)
                if isinstance(value, int):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                self.model.setItem(row, column, item)
        self.proxy = QSortFilterProxyModel(self)  # a few hundred rows at most
        self.proxy.setSourceModel(self.model)
        self.view = QTableView()
        self.view.setObjectName("candidatesView")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.sortByColumn(4, Qt.SortOrder.DescendingOrder)
        layout.addWidget(self.view)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.csv_button = QPushButton(self.tr("Save as &CSV…"))
        self.invite_button = QPushButton(self.tr("Write &invitations for the selection…"))
        self.invite_button.setEnabled(False)
        buttons.addButton(self.csv_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.invite_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.csv_button.clicked.connect(self._ask_csv)
        self.invite_button.clicked.connect(self._ask_invite)
        self.view.selectionModel().selectionChanged.connect(
            lambda *_: self.invite_button.setEnabled(bool(self.selected())))
        layout.addWidget(buttons)
        self.resize(1000, 560)

    def done(self, result: int) -> None:
        """Closing stops a running job at its next check (the work done so far is kept)."""
        if self.job is not None:
            self.job.cancel()
        super().done(result)

    def selected(self) -> list[candidates.Candidate]:
        rows = {self.proxy.mapToSource(index).row()
                for index in self.view.selectionModel().selectedRows()}
        return [self.candidates[row] for row in sorted(rows)]

    def save_csv(self, path: Path) -> None:
        path.write_bytes(candidates.candidates_csv(self.candidates))

    def _ask_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the candidates"),
                                              "kandidaten.csv", self.tr("CSV files (*.csv)"))
        if name:
            try:
                self.save_csv(Path(name))
            except OSError as exc:
                QMessageBox.warning(self, self.windowTitle(), str(exc))

    def _ask_invite(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the letters"))
        if folder:
            self.write_invitations(Path(folder))

    def write_invitations(self, folder: Path) -> Job:
        from digiamt_desk.services.invitations import write_invitations

        chosen = self.selected()
        desk = self.desk
        progress = QProgressDialog(self.tr("Writing invitations…"), self.tr("Cancel"), 0,
                                   len(chosen), self)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)

        def work(report: Any, cancelled: Any) -> list[Path]:
            paths = write_invitations(desk, chosen, folder,
                                      progress=lambda done, total: report("write", done, total),
                                      cancelled=cancelled)
            if cancelled() and not paths:
                raise JobCancelled
            return paths

        job = Job(work, uses=desk)  # the session waits for it before closing the desk
        self.job = job
        job.signals.progress.connect(lambda _phase, done, _total: progress.setValue(done))
        progress.canceled.connect(job.cancel)

        def finished(paths: list[Path]) -> None:
            progress.close()
            self.job = None
            self.info.setText(self.tr("%n letter(s) written to %1", "", len(paths)).replace(
                "%1", str(folder)))

        def failed(error: Any) -> None:
            progress.close()
            self.job = None
            QMessageBox.warning(self, self.windowTitle(), str(error))

        def cancelled() -> None:
            progress.close()
            self.job = None
            self.info.setText(self.tr("Cancelled: no letters were written."))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.signals.cancelled.connect(cancelled)
        job.start()
        return job


__all__ = ["CandidatesDialog"]
