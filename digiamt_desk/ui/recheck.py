"""Checks › Re-check awarded authorities: the link check of every award's counted procedures,
off the GUI thread with progress and cancel; the result beside the previous re-check."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.services import recheck
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.table_texts import CHECK_TEXTS
from digiamt_desk.ui.workers import Job

BELOW = QBrush(QColor(190, 30, 30))


class RecheckDialog(QDialog):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recheckDialog")
        self.setWindowTitle(self.tr("Re-check awarded authorities"))
        self.desk = desk
        self.job: Job | None = None
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.tree = QTreeWidget()
        self.tree.setObjectName("recheckResults")
        self.tree.setHeaderLabels([self.tr("Authority"), self.tr("Reachable"),
                                   self.tr("Counted"), self.tr("Threshold"),
                                   self.tr("Previous re-check"), self.tr("Change"),
                                   self.tr("Link")])
        layout.addWidget(self.tree)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.start_button = QPushButton(self.tr("&Start the re-check"))
        self.cancel_button = QPushButton(self.tr("Cancel the re-check"))
        self.cancel_button.setEnabled(False)
        buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.start_button.clicked.connect(lambda: self.start())
        self.cancel_button.clicked.connect(self.cancel)
        layout.addWidget(buttons)
        self.resize(980, 600)
        runs = recheck.recheck_runs(desk)
        if runs:
            self.show_run(runs[0])
        else:
            self.info.setText(self.tr("No re-check yet. The re-check follows the links of the "
                                      "counted procedures of every award in force."))

    def start(self, settings: Any = None) -> Job:
        from digiamt_desk.checks.links import CheckSettings

        desk = self.desk
        awards = recheck.awards_to_recheck(desk)
        chosen = settings or CheckSettings(read_pages=False)

        def work(progress: Any, cancelled: Any) -> recheck.RecheckReport:
            return recheck.run_recheck(desk, awards, settings=chosen, progress=progress,
                                       cancelled=cancelled)

        job = Job(work)
        self.job = job
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self.start_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        self.info.setText(self.tr("Re-checking %n awarded authority(ies)…", "", len(awards)))
        job.start()
        return job

    def done(self, result: int) -> None:
        """Closing stops a running job at its next check (the work done so far is kept)."""
        if self.job is not None:
            self.job.cancel()
        super().done(result)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()

    def _progress(self, _phase: str, done: int, total: int) -> None:
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)

    def _end(self) -> None:
        self.job = None
        self.start_button.setEnabled(True)
        self.cancel_button.setEnabled(False)
        self.progress.setVisible(False)

    def _failed(self, error: Any) -> None:
        self._end()
        self.info.setText(self.tr("The re-check failed: %1").replace("%1", str(error)))

    def _finished(self, report: recheck.RecheckReport) -> None:
        self._end()
        if report.offline:
            self.info.setText(self.tr("No network: the re-check stopped and nothing was kept."))
            return
        runs = recheck.recheck_runs(self.desk)
        if report.run_id is None or not runs:
            self.info.setText(self.tr("Cancelled before the first authority was done: nothing "
                                      "was kept."))
            return
        self.show_run(runs[0])

    def show_run(self, run: recheck.RunInfo) -> None:
        changes = recheck.compare(self.desk, run.run_id)
        below = sum(1 for c in changes if c.now.below)
        text = self.tr("Re-check of %1: %n authority(ies) below the threshold", "", below)
        text = text.replace("%1", run.at.astimezone().strftime("%d.%m.%Y %H:%M"))
        if run.cancelled:
            text += " " + self.tr("(cancelled: only the authorities checked completely)")
        self.info.setText(text)
        self.tree.clear()
        for change in sorted(changes, key=lambda c: (not c.now.below, c.now.name)):
            now = change.now
            previous = "" if change.previous is None else str(change.previous.reachable)
            item = QTreeWidgetItem([now.name, str(now.reachable), str(now.counted),
                                    str(now.threshold), previous, self._change_text(change)])
            if now.below:
                for column in range(7):
                    item.setForeground(column, BELOW)
            for dead in now.dead:
                new = change.previous is not None and dead in change.newly_dead
                status = QCoreApplication.translate("ProcedureTableModel",
                                                    str(CHECK_TEXTS.get(dead.status, dead.status)))
                child = QTreeWidgetItem([dead.title, status, "", "", "",
                                         self.tr("new") if new else "", dead.url])
                child.setToolTip(6, dead.url)
                item.addChild(child)
            self.tree.addTopLevelItem(item)
            item.setExpanded(now.below)
        for column in range(1, 5):
            self.tree.resizeColumnToContents(column)
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(5, 300)

    def _change_text(self, change: recheck.Change) -> str:
        if change.previous is None:
            return self.tr("first re-check")
        parts = []
        if change.fell_below:
            parts.append(self.tr("fell below the threshold"))
        if change.back_above:
            parts.append(self.tr("back above the threshold"))
        if change.newly_dead:
            parts.append(self.tr("%n link(s) died", "", len(change.newly_dead)))
        if change.recovered:
            parts.append(self.tr("%n link(s) back", "", len(change.recovered)))
        return ", ".join(parts) or self.tr("unchanged")


__all__ = ["RecheckDialog"]
