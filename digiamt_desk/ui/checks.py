"""The automatic pre-checks in the review window: the link check in the background, its results
in the table as they arrive, the duplicates dialog, the maturity editor, the detail section.

`CheckController` adds a "Checks" menu and toolbar buttons to the window. A check runs as a
`Job` on the thread pool; the service stores results in batches and names the stored ids
through a queued signal. The window collects those ids and refreshes their rows at most every
`REFRESH_MS` (a targeted `dataChanged` through the model's refresh), so a fast check of 2,000
links costs the GUI thread a handful of short refreshes, never one long block.
"""

from __future__ import annotations

import gc
import logging
import time
from collections.abc import Callable
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QMenu,
    QProgressBar,
    QPushButton,
)

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import checks as check_service
from digiamt_desk.services.checks import CheckReport
from digiamt_desk.ui.check_detail import MaturityDelegate, check_html, evidence_text
from digiamt_desk.ui.duplicates import DuplicatesDialog, make_duplicates_dialog
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.window_api import ReviewWindow, as_parent, as_widget
from digiamt_desk.ui.workers import Job

if TYPE_CHECKING:
    from digiamt_desk.checks.links import CheckSettings


log = logging.getLogger(__name__)
REFRESH_MS = 200  # at most this often the table shows newly stored results
FACETS_EVERY = 1.0  # seconds between facet-count updates while a check runs (they cost more)
PROGRESS_INTERVAL = 0.1  # seconds between progress signals from the worker


translate = QCoreApplication.translate


class _CheckSignals(QObject):
    """Made in the GUI thread: the worker's emits reach the window queued."""

    stored = Signal(list)


class CheckController(QObject):
    """The checks' actions and their background work, for one review window."""

    # The report of a finished (or cancelled, or offline) check, None if it failed; emitted
    # when the window is idle again.
    checkFinished = Signal(object)

    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(as_parent(window))
        self.window = window
        self.job: Job | None = None
        self._signals = _CheckSignals()
        self._signals.stored.connect(self._stored)
        self._pending: dict[int, check_service.StoredCheck] = {}
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_pending)
        self.dialog: DuplicatesDialog | None = None
        self._report: CheckReport | None = None
        self.offline_at: str | None = None  # the time of a check that found no network
        self._facets_stale = False
        self._facets_at = 0.0
        self.progress: QProgressBar | None = None
        self.cancel_button: QPushButton | None = None
        self._build_actions()
        self._delegate = MaturityDelegate(window.ui.proceduresView)
        window.procedures_model.modelReset.connect(self._place_delegate)
        window.procedures_model.editRefused.connect(self._edit_refused)
        window.application_opened.connect(self._application_opened)
        # A check must not write on into a database the window has left or after quitting.
        window.database_requested.connect(lambda _path: self.cancel())
        application = QCoreApplication.instance()
        if application is not None:
            application.aboutToQuit.connect(self.cancel)
        self._place_delegate()

    # --- set-up --------------------------------------------------------------------------

    def _build_actions(self) -> None:
        window = as_widget(self.window)
        # The keys come from ui/actions.py (the window binds them by objectName).
        self.action_check = QAction(self.tr("Check &links"), window)
        self.action_check.setObjectName("actionCheckLinks")
        self.action_check.setToolTip(self.tr(
            "Check the links of all procedures of this application (or of the selected ones): "
            "reachable, redirected, broken; hints of \u201cinformation only\u201d"))
        self.action_check_selected = QAction(self.tr("Check links of the &selection"), window)
        self.action_check_selected.setObjectName("actionCheckSelection")
        self.action_cancel = QAction(self.tr("&Cancel the check"), window)
        self.action_cancel.setObjectName("actionCancelCheck")
        self.action_cancel.setEnabled(False)
        self.action_duplicates = QAction(self.tr("&Duplicates…"), window)
        self.action_duplicates.setObjectName("actionDuplicates")
        self.action_duplicates.setToolTip(self.tr(
            "Procedures that are probably the same under different links or titles"))
        self.action_accept = QAction(self.tr("&Accept all reachable procedures without hints"),
                                     window)
        self.action_accept.setObjectName("actionAcceptReachable")
        self.action_accept.setToolTip(self.tr(
            "Accept every open procedure whose link works and that has no hint of "
            "\u201cinformation only\u201d (one step: Ctrl+Z undoes it)"))
        self.action_check.triggered.connect(lambda: self.start_check(selection=False))
        self.action_check_selected.triggered.connect(lambda: self.start_check(selection=True))
        self.action_cancel.triggered.connect(self.cancel)
        self.action_duplicates.triggered.connect(self.open_duplicates)
        self.action_accept.triggered.connect(self.accept_reachable)
        menu = QMenu(self.tr("Chec&ks"), window)
        for action in (self.action_check, self.action_check_selected, self.action_cancel):
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.action_duplicates)
        menu.addAction(self.action_accept)
        self.menu = menu
        self.window.add_menu(menu)
        self.window.add_context_actions([self.action_check_selected])
        toolbar = self.window.ui.toolBar
        toolbar.addSeparator()
        toolbar.addAction(self.action_check)

    def _build_progress(self) -> None:
        """The progress bar and Cancel in the status bar, made when the first check starts
        (a window that never checks keeps its status bar as it was)."""
        if self.progress is not None:
            return
        bar = self.window.ui.statusBar
        self.progress = QProgressBar()
        self.progress.setMaximumWidth(220)
        self.progress.setFormat(self.tr("Checking %v of %m"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.progress.hide()
        self.cancel_button.hide()

    def _place_delegate(self) -> None:
        model = self.window.procedures_model
        view = self.window.ui.proceduresView
        if model.columnCount():
            view.setItemDelegateForColumn(model.MATURITY, self._delegate)

    # --- the link check --------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.job is not None

    def settings(self) -> CheckSettings:
        """Defaults, or what the reviewer's settings (QSettings "checks/...") say."""
        from digiamt_desk.checks.links import CheckSettings

        store = QSettings()
        try:
            settings = CheckSettings(
                timeout=float(store.value("checks/timeout", 15.0)),  # type: ignore[arg-type]
                concurrency=int(store.value("checks/concurrency", 16)),  # type: ignore[call-overload]
                per_host=int(store.value("checks/per_host", 6)))  # type: ignore[call-overload]
            settings.validate()
        except (TypeError, ValueError):
            log.warning("ignoring invalid check settings")
            return CheckSettings()
        return settings

    def start_check(self, *, selection: bool,
                    settings: CheckSettings | None = None) -> bool:
        """Check all procedures of the open application, or the selected ones."""
        window = self.window
        if self.running or window.application is None or window.application.id is None:
            return False
        ids = window.selected_ids() if selection else None
        if selection and not ids:
            return False
        desk, app_id = window.desk, window.application.id
        chosen = settings or self.settings()
        stored = self._signals.stored

        def work(progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> CheckReport:
            last = 0.0

            def throttled(phase: str, done: int, total: int) -> None:
                nonlocal last
                now = time.monotonic()
                if done in (0, total) or now - last >= PROGRESS_INTERVAL:
                    last = now
                    progress(phase, done, total)

            return check_service.run_checks(desk, app_id, ids, settings=chosen,
                                            progress=throttled, cancelled=cancelled,
                                            on_stored=stored.emit)

        self._build_progress()
        self._set_offline(None)  # a new check: the last one's "no network" no longer applies
        job = Job(work)
        job.signals.progress.connect(self._progress)
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        job.signals.ended.connect(self._ended)
        self.job = job
        self._set_running(True, len(ids) if ids is not None else
                          window.procedures_model.total_count())
        window.ui.statusBar.showMessage(self.tr("Checking links…"))
        # The worker allocates a lot (httpx, results); a full collection of everything the
        # window holds would run in the worker with the GIL held and stop the GUI thread for
        # 100 ms (measured). Frozen, the objects made so far are left out of collections.
        gc.freeze()
        job.start()
        return True

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel()
            if self.cancel_button is not None:
                self.cancel_button.setEnabled(False)

    def _set_running(self, running: bool, total: int = 0) -> None:
        self.action_check.setEnabled(not running)
        self.action_check_selected.setEnabled(not running)
        self.action_cancel.setEnabled(running)
        if self.progress is None or self.cancel_button is None:
            return
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        if running:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(0)

    def _progress(self, _phase: str, done: int, total: int) -> None:
        if self.job is not None and self.job.owns(self.sender()) and self.progress is not None:
            self.progress.setRange(0, max(total, 1))
            self.progress.setValue(done)

    def _stored(self, rows: list[check_service.StoredCheck]) -> None:
        self._pending.update((row[0], row) for row in rows)
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_pending(self, *, final: bool = False) -> None:
        """Show the results stored since the last time: straight from what the worker handed
        over (reading them back would cost the GUI thread a database round trip per batch,
        each one waiting for the busy worker's GIL). The detail pane follows at the end."""
        rows, self._pending = list(self._pending.values()), {}
        window = self.window
        if rows and window.procedures_model.apply_check_results(rows):
            self._facets_stale = True
        now = time.monotonic()
        if self._facets_stale and (final or now - self._facets_at >= FACETS_EVERY):
            self._facets_stale, self._facets_at = False, now
            # A turn of the event loop of its own: at 200,000 rows the counts take ~30 ms,
            # as long as the rows just repainted; together they would block twice as long.
            QTimer.singleShot(0, window.update_facet_counts)
        if final:
            current = window.current_procedure_id()
            if current is not None:
                window.show_detail()

    def _finished(self, report: CheckReport) -> None:
        self._refresh_timer.stop()
        self._refresh_pending(final=True)
        counts = report.counts
        if report.offline:
            message = self.tr("No network: the check stopped. Earlier results were kept.")
            self._set_offline(time.strftime("%H:%M"))
        else:
            reachable = counts.get("ok", 0) + counts.get("redirect", 0)
            broken = sum(n for status, n in counts.items()
                         if status not in ("ok", "redirect", "not_checked", "no_network"))
            message = self.tr("%1 links checked: %2 reachable, %3 not reachable").replace(
                "%1", str(sum(counts.values()))).replace("%2", str(reachable)).replace(
                "%3", str(broken))
            if report.cancelled:
                message = self.tr("Check cancelled.") + " " + message
        self.window.ui.statusBar.showMessage(message, 15000)
        self._report = report

    def _failed(self, error: Exception) -> None:
        self._refresh_timer.stop()
        self._refresh_pending(final=True)
        log.warning("link check failed", exc_info=error)
        text = describe(error) if isinstance(error, ReviewError | InputError) else str(error)
        self.window.ui.statusBar.showMessage(
            self.tr("The check failed: %1").replace("%1", text), 15000)
        self._report = None

    def _ended(self) -> None:
        gc.unfreeze()
        self.job = None
        self._set_running(False)
        report, self._report = self._report, None
        self.checkFinished.emit(report)

    # --- acting on the results -------------------------------------------------------------

    def accept_reachable(self) -> None:
        window = self.window
        if window.application is None or window.application.id is None:
            return
        try:
            result = check_service.accept_reachable_without_hints(window.desk,
                                                                  window.application.id)
        except (ReviewError, InputError) as error:
            window.ui.statusBar.showMessage(describe(error), 10000)
            return
        if not result.changed:
            window.ui.statusBar.showMessage(self.tr(
                "No open procedure is reachable without hints (check the links first)."), 8000)
            return
        window.rows_changed(result.changed, advance=False)
        window.ui.statusBar.showMessage(
            self.tr("%n procedure(s) accepted. Ctrl+Z undoes it.", "", len(result.changed)),
            10000)

    def open_duplicates(self) -> DuplicatesDialog | None:
        window = self.window
        if window.application is None or window.application.id is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = make_duplicates_dialog(window.desk, window.application.id, as_widget(window))
        self.dialog.changed.connect(self._merged)
        self.dialog.show()
        return self.dialog

    def _application_opened(self, application_id: int) -> None:
        """The duplicates of another application stay out of this one's window."""
        if self.dialog is not None and self.dialog.application_id != application_id:
            self.dialog.close()
            self.dialog = None

    def _merged(self, ids: list[int]) -> None:
        self.window.rows_changed(ids, advance=False)

    def _edit_refused(self, error: Exception) -> None:
        text = describe(error) if isinstance(error, ReviewError | InputError) else str(error)
        self.window.ui.statusBar.showMessage(text, 10000)

    def _set_offline(self, at: str | None) -> None:
        """Keep "no network" visible (summary and detail pane) until the next check."""
        self.offline_at = at
        self.window.summary.set_state(
            "" if at is None else self.tr(
                "No network at the link check of %1: results may be old or missing; check "
                "again when online.").replace("%1", at))
        if at is not None:
            self.window.show_detail()

    def detail_html(self, procedure_id: int) -> str:
        html = check_html(check_service.check_result(self.window.desk, procedure_id))
        if self.offline_at is not None:
            note = self.tr("No network at the last link check (%1): this result may be old.")
            html = (f"<p style='color: #a05a00'><b>{escape(note.replace('%1', self.offline_at))}"
                    f"</b></p>{html}")
        return html


def install_checks(window: ReviewWindow) -> CheckController:
    return CheckController(window)


__all__ = ["CheckController", "DuplicatesDialog", "MaturityDelegate", "check_html",
           "evidence_text", "install_checks", "make_duplicates_dialog"]
