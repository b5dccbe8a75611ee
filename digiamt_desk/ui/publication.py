"""After the award, in the review window: Documents › Publish the list, Reports › Statistics and
Candidates, Checks › Re-check awarded authorities. `install_publication(window)` adds them all
(the one hook in the main window); each window or long job is imported when first used."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from digiamt_desk.ui.workers import Job

if TYPE_CHECKING:
    from digiamt_desk.ui.main_window import MainWindow


class PublicationController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.job: Job | None = None
        self.statistics: QMainWindow | None = None
        self.dialogs: list[QWidget] = []  # candidates and re-check dialogs, of this database
        self.action_publish = QAction(self.tr("&Publish the list of awarded authorities…"),
                                      window)
        self.action_publish.setObjectName("actionPublishList")
        self.action_publish.triggered.connect(self.ask_publish)
        window.documents_menu.addSeparator()
        window.documents_menu.addAction(self.action_publish)
        self.action_recheck = QAction(self.tr("&Re-check awarded authorities…"), window)
        self.action_recheck.setObjectName("actionRecheckAwarded")
        self.action_recheck.triggered.connect(self.open_recheck)
        window.checks.menu.addSeparator()
        window.checks.menu.addAction(self.action_recheck)
        self.menu = QMenu(self.tr("&Reports"), window)
        self.menu.setObjectName("menuReports")
        self.action_statistics = self.menu.addAction(self.tr("&Statistics…"))
        self.action_statistics.setObjectName("actionStatistics")
        self.action_statistics.triggered.connect(self.open_statistics)
        self.action_candidates = self.menu.addAction(self.tr("&Candidates for an invitation…"))
        self.action_candidates.setObjectName("actionCandidates")
        self.action_candidates.triggered.connect(self.open_candidates)
        window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), self.menu)

    # --- publish ----------------------------------------------------------------------------

    def ask_publish(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self.window,
                                                  self.tr("Folder for the public list"))
        if chosen:
            self.publish(Path(chosen))

    def publish(self, folder: Path) -> Job:
        from digiamt_desk.services import publish

        desk = self.window.desk
        progress = QProgressDialog(self.tr("Writing the public list…"), self.tr("Cancel"), 0, 0,
                                   self.window)
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(300)
        progress.setCancelButton(None)
        job = Job(lambda _progress, _cancelled: publish.publish(desk, folder), uses=desk)
        self.job = job

        def finished(paths: list[Path]) -> None:
            progress.close()
            self.job = None
            self.window.statusBar().showMessage(
                self.tr("Public list written: %n file(s) in %1", "", len(paths)).replace(
                    "%1", str(folder)), 10000)

        def failed(error: Any) -> None:
            progress.close()
            self.job = None
            QMessageBox.warning(self.window, self.tr("Public list"), str(error))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.start()
        return job

    # --- windows ----------------------------------------------------------------------------

    def open_statistics(self) -> QMainWindow:
        from digiamt_desk.ui.statistics import StatisticsWindow

        if self.statistics is not None:
            self.statistics.close()
        self.statistics = StatisticsWindow(self.window.desk, self.window)
        self.statistics.setWindowFlag(Qt.WindowType.Window)
        self.statistics.show()
        return self.statistics

    def open_candidates(self) -> Any:
        from digiamt_desk.ui.candidates import CandidatesDialog

        return self._shown(CandidatesDialog(self.window.desk, self.window))

    def open_recheck(self) -> Any:
        from digiamt_desk.ui.recheck import RecheckDialog

        return self._shown(RecheckDialog(self.window.desk, self.window))

    def _shown(self, dialog: QWidget) -> QWidget:
        self.dialogs = [d for d in self.dialogs if d.isVisible()]
        self.dialogs.append(dialog)
        dialog.show()
        return dialog

    def close_windows(self) -> None:
        """Close the statistics window and the dialogs before the review window shows another
        database: they show the one being left (and would write into it once it is closed)."""
        for window in [self.statistics, *self.dialogs]:
            if window is not None:
                window.close()
        self.statistics = None
        self.dialogs = []


def install_publication(window: MainWindow) -> PublicationController:
    return PublicationController(window)


__all__ = ["PublicationController", "install_publication"]
