"""The review window while it opens: first a frame saying which database it opens (shown before
the database layer is loaded), then the open application's rows read on a pool thread while the
window stays responsive, and the add-ons installed once a database is attached.

Parts of the window; they see it as a QMainWindow with the form (`ui`), never import its
module."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QProgressBar, QPushButton, QToolBar

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.early_rows import EarlyRows
    from digiamt_desk.services.table import ProcedureTable
    from digiamt_desk.ui.workers import Job


class OpeningState(QObject):
    """A busy bar with a line of text in the status bar, and the frame's title and grey."""

    def __init__(self, window: QMainWindow, ui: Any) -> None:
        super().__init__(window)
        self.window = window
        self.ui = ui
        self.label = QLabel(window)
        self.label.setObjectName("openingLabel")
        self.bar = QProgressBar(window)
        self.bar.setObjectName("openingProgress")
        self.bar.setRange(0, 0)  # busy, no end known
        self.bar.setMaximumWidth(160)
        self.cancel_button = QPushButton(QCoreApplication.translate("MainWindow", "Cancel"),
                                         window)
        self.cancel_button.setObjectName("openingCancel")
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self._cancel: Callable[[], None] | None = None
        ui.statusBar.addPermanentWidget(self.label)
        ui.statusBar.addPermanentWidget(self.bar)
        ui.statusBar.addPermanentWidget(self.cancel_button)
        self.end()

    def show_opening(self, location: str, *, grey: bool) -> None:
        """The title says which database opens; `grey`: the controls wait for it (the window
        can still be moved, resized and closed)."""
        name = Path(location).name if "://" not in location else location
        self.window.setWindowTitle(QCoreApplication.translate(
            "MainWindow", "DigiAmt Desk – opening %1 …").replace("%1", name))
        self.show(QCoreApplication.translate(
            "MainWindow", "Opening the database %1 …").replace("%1", name))
        if grey:
            self.set_controls_enabled(False)

    def show_switching(self, location: str, cancel: Callable[[], None] | None) -> None:
        """Another database opens while this one is shown: greyed as at start (nothing acts
        on the database being left), with a Cancel button if `cancel` is given."""
        self.show_opening(location, grey=True)
        self._cancel = cancel
        self.cancel_button.setVisible(cancel is not None)

    def _cancel_clicked(self) -> None:
        cancel, self._cancel = self._cancel, None
        if cancel is not None:
            cancel()

    def set_controls_enabled(self, enabled: bool) -> None:
        self.ui.centralWidget.setEnabled(enabled)
        self.window.menuBar().setEnabled(enabled)
        for bar in self.window.findChildren(QToolBar):
            bar.setEnabled(enabled)

    def show(self, text: str) -> None:
        self.label.setText(text)
        self.label.show()
        self.bar.show()

    def end(self) -> None:
        self.label.hide()
        self.bar.hide()
        self.cancel_button.hide()
        self._cancel = None


def read_early(location: str) -> EarlyRows | None:
    """Start reading the first application's rows of a SQLite file on a thread of its own
    while the database layer loads (services/early_rows.py: used only if still current)."""
    path = Path(location)
    try:
        if "://" in location or not path.is_file() or path.stat().st_size == 0:
            return None
    except OSError:
        return None
    from digiamt_desk.services.early_rows import EarlyRows

    return EarlyRows(path).start()


class RowsReader(QObject):
    """Reads an application's rows (and the search texts the filter needs) on a pool thread.
    The SQLite connections are not bound to a thread (store/db.py) and the window reads
    nothing else of this table meanwhile. Only the latest read reports: `read(table)` or
    `failed(error)`, on the GUI thread."""

    read = Signal(object)
    failed = Signal(object)

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.job: Job | None = None

    def start(self, desk: Desk, application_id: int, early: EarlyRows | None = None) -> None:
        """Read the rows, or take those read early on start if they are still current (the
        database's lock is held by now: nothing else can change them after the check)."""
        from digiamt_desk.domain.procedure_table import build_search_texts
        from digiamt_desk.services.table import load_table
        from digiamt_desk.ui.workers import Job

        def work(_progress: object, _cancelled: object) -> ProcedureTable:
            if early is not None:
                taken = early.take(desk.database_path, application_id,
                                   tuple(desk.catalog().criterion_ids()),
                                   writable=not desk.read_only)
                if taken is not None:  # its search texts follow in idle time
                    return taken
            table = load_table(desk, application_id)
            build_search_texts(table)  # kept by the table: the GUI thread does not make them
            return table

        job = Job(work, uses=desk)  # the desk is not closed under it
        receiver = _Receiver(self, job)  # of the GUI thread: the results arrive queued
        job.signals.finished.connect(receiver.finished)
        job.signals.failed.connect(receiver.failed)
        self.job = job
        job.start()

    def drop(self) -> None:
        """Another application was opened: the read under way no longer reports."""
        self.job = None

    def busy(self) -> bool:
        return self.job is not None

    def _ended(self, job: Job, table: ProcedureTable | None, error: BaseException | None
               ) -> None:
        if job is not self.job:
            return
        self.job = None
        if error is not None:
            self.failed.emit(error)
        else:
            self.read.emit(table)


class _Receiver(QObject):
    def __init__(self, reader: RowsReader, job: Job) -> None:
        super().__init__(reader)
        self.reader = reader
        self.job = job

    def finished(self, table: ProcedureTable) -> None:
        self.reader._ended(self.job, table, None)
        self.deleteLater()

    def failed(self, error: BaseException) -> None:
        self.reader._ended(self.job, None, error)
        self.deleteLater()


def install_add_ons(window: Any) -> None:
    """The add-ons' menus and actions (they reach the window through ui.window_api), then the
    keys: the window owns every key."""
    from digiamt_desk.ui.actions import bind_shortcuts
    from digiamt_desk.ui.awarding_export import install_awarding_and_export
    from digiamt_desk.ui.checks import install_checks
    from digiamt_desk.ui.documents_menu import install_documents_menu
    from digiamt_desk.ui.publication import install_publication
    from digiamt_desk.ui.shared_links import install_shared_links
    from digiamt_desk.ui.team import install_team

    window.documents_menu = install_documents_menu(window)
    window.export_actions = install_awarding_and_export(window)  # confirm awarding; export
    window.checks = install_checks(window)  # link check, duplicates
    window.shared_links = install_shared_links(window)  # Checks › Shared links… (issue 10)
    # Publish list, Reports (statistics, candidates), Checks › Re-check awarded (issue 15)
    window.publication = install_publication(window)
    window.team = install_team(window)  # team server: approve, assign, offline, poll (issue 13)
    bind_shortcuts(window)
