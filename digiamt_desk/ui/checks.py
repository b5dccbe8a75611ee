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
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.checks.duplicates import Proposal
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import checks as check_service
from digiamt_desk.services.checks import CheckReport, CheckResultView
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.procedure_model import CHECK_TEXTS, HINT_TEXTS
from digiamt_desk.ui.workers import Job

if TYPE_CHECKING:
    from digiamt_desk.checks.links import CheckSettings

if TYPE_CHECKING:
    from digiamt_desk.ui.main_window import MainWindow

log = logging.getLogger(__name__)
REFRESH_MS = 200  # at most this often the table shows newly stored results
FACETS_EVERY = 1.0  # seconds between facet-count updates while a check runs (they cost more)
PROGRESS_INTERVAL = 0.1  # seconds between progress signals from the worker


translate = QCoreApplication.translate


def _tr(text: object) -> str:
    return translate("Checks", str(text))


def _model_text(text: object) -> str:
    return translate("ProcedureTableModel", str(text))


_LEVELS = {
    0: QT_TRANSLATE_NOOP("Checks", "0 – offline"),
    1: QT_TRANSLATE_NOOP("Checks", "1 – information online"),
    2: QT_TRANSLATE_NOOP("Checks", "2 – form online, no submission"),
    3: QT_TRANSLATE_NOOP("Checks", "3 – online service"),
    4: QT_TRANSLATE_NOOP("Checks", "4 – fully digital"),
}
_EVIDENCE = {
    "mailto": QT_TRANSLATE_NOOP("Checks", "The link is an e-mail address: nothing can be "
                                          "submitted online."),
    "pdf": QT_TRANSLATE_NOOP("Checks", "The link leads to a PDF file."),
    "document": QT_TRANSLATE_NOOP("Checks", "The link leads to a document file (%1)."),
    "no_form": QT_TRANSLATE_NOOP("Checks", "No form with a submit button found on the page."),
    "no_form_some": QT_TRANSLATE_NOOP("Checks", "The page has forms (%1), but none with a "
                                                "submit button."),
    "info_portal": QT_TRANSLATE_NOOP("Checks", "Information portal: %1."),
    "known_platform": QT_TRANSLATE_NOOP("Checks", "Known online-service platform: %1."),
}
_REASONS = {
    "same_address": QT_TRANSLATE_NOOP("Checks", "same address (scheme, www., tracking)"),
    "same_target": QT_TRANSLATE_NOOP("Checks", "both lead to the same page"),
    "same_title": QT_TRANSLATE_NOOP("Checks", "same title"),
    "similar_title": QT_TRANSLATE_NOOP("Checks", "nearly the same title"),
}


def evidence_text(code: str, detail: str) -> str:
    """A hint's evidence in the user's language (the stored text is English)."""
    if code == "no_form" and detail not in ("", "0"):
        code = "no_form_some"
    template = _EVIDENCE.get(code)
    if template is None:
        return detail
    return _tr(template).replace("%1", detail)


def check_html(view: CheckResultView | None) -> str:
    """The detail pane's section on the latest check of a procedure."""
    title = escape(translate("Checks", "Automatic check"))
    if view is None or view.checked_at is None:
        text = translate("Checks", "Not checked yet (Checks › Check links).")
        extra = ""
        if view is not None and view.maturity_override is not None:
            caption = translate("Checks", "Maturity level (reviewer)")
            extra = f"<br>{escape(caption)}: {escape(_tr(_LEVELS[view.maturity_override]))}"
        return f"<h4>{title}</h4><p>{escape(text)}{extra}</p>"
    rows = []

    def row(caption: str, value: str) -> None:
        rows.append(f"<tr><td style='color: gray; padding-right: 8px'>{escape(caption)}</td>"
                    f"<td>{value}</td></tr>")

    status = _model_text(CHECK_TEXTS.get(view.status, view.status))
    if view.http_status:
        status += f" (HTTP {view.http_status})"
    row(translate("Checks", "Result"), f"<b>{escape(status)}</b>")
    if view.detail and view.status not in ("ok", "redirect"):
        row(translate("Checks", "Details"), escape(view.detail))
    if view.final_url and view.final_url != view.url:
        link = escape(view.final_url, quote=True)
        row(translate("Checks", "Ends at"), f"<a href='{link}'>{escape(view.final_url)}</a>")
    if view.redirects:
        row(translate("Checks", "Redirects"), str(len(view.redirects)))
    if view.online_form is not None:
        found = translate("Checks", "yes") if view.online_form else translate("Checks", "no")
        row(translate("Checks", "Form with submit button"), escape(found))
    for hint in view.evidence:
        label = _model_text(HINT_TEXTS.get(hint.code, hint.code))
        row(translate("Checks", "Hint: %1").replace("%1", label),
            escape(evidence_text(hint.code, hint.detail)))
    if view.maturity is not None:
        row(translate("Checks", "Estimated maturity"), escape(_tr(_LEVELS[view.maturity])))
    if view.maturity_override is not None:
        row(translate("Checks", "Maturity level (reviewer)"),
            escape(_tr(_LEVELS[view.maturity_override])))
    when = view.checked_at.astimezone().strftime("%d.%m.%Y %H:%M")
    row(translate("Checks", "Checked"), escape(when))
    return f"<h4>{title}</h4><table>{''.join(rows)}</table>"


class MaturityDelegate(QStyledItemDelegate):
    """A drop-down for the maturity column: the estimate, or a level the reviewer sets."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(translate("Checks", "Estimate"), None)
        for level, text in _LEVELS.items():
            editor.addItem(_tr(text), level)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(0 if value is None else int(value) + 1)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class _CheckSignals(QObject):
    """Made in the GUI thread: the worker's emits reach the window queued."""

    stored = Signal(list)


class CheckController(QObject):
    """The checks' actions and their background work, for one review window."""

    # The report of a finished (or cancelled, or offline) check, None if it failed; emitted
    # when the window is idle again.
    checkFinished = Signal(object)

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
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
        window = self.window
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
        window.add_menu(menu)
        window.add_context_actions([self.action_check_selected])
        toolbar = window.ui.toolBar
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
        self.dialog = make_duplicates_dialog(window.desk, window.application.id, window)
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


class DuplicatesDialog(QDialog):
    """Proposed merges with Merge / Merge the other way / Dismiss, and the merges in force
    with Undo. Searching runs in the background (quadratic in the titles)."""

    changed = Signal(list)  # ids of procedures a merge or an undo changed
    loaded = Signal()

    def __init__(self, desk: Desk, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.application_id = application_id
        self.proposals: list[Proposal] = []
        self.merges: list[tuple[int, int]] = []
        self._titles: dict[int, str] = {}
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Searching for duplicates…"))
        layout.addWidget(self.status)
        self.proposal_tree = self._tree([self.tr("Keep"), self.tr("Merge into it"),
                                         self.tr("Why")])
        layout.addWidget(self.proposal_tree, 3)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.swap_button = QPushButton(self.tr("Merge the &other way"))
        self.dismiss_button = QPushButton(self.tr("&Not the same"))
        for button in (self.merge_button, self.swap_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Merged (each counts once):")))
        self.merged_tree = self._tree([self.tr("Kept"), self.tr("Merged")])
        layout.addWidget(self.merged_tree, 2)
        self.undo_button = QPushButton(self.tr("&Undo the merge"))
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.merge_button.clicked.connect(lambda: self.merge_current(swap=False))
        self.swap_button.clicked.connect(lambda: self.merge_current(swap=True))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.undo_button.clicked.connect(self.undo_current)
        self.proposal_tree.currentItemChanged.connect(lambda *_: self._enable())
        self.merged_tree.currentItemChanged.connect(lambda *_: self._enable())
        self._enable()
        self.reload()

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setColumnWidth(0, 300)
        tree.setColumnWidth(1, 300)
        return tree

    def reload(self) -> None:
        """Search again in the background; the lists fill when it is done."""
        desk, app_id = self.desk, self.application_id

        def work(_progress: Callable[[str, int, int], None],
                 _cancelled: Callable[[], bool]) -> tuple[Any, ...]:
            proposals = check_service.duplicate_proposals(desk, app_id)
            merges = check_service.merged_procedures(desk, app_id)
            titles = {p.id: p.title for p in list_procedures(desk, app_id)}
            return proposals, merges, titles

        self.status.setText(self.tr("Searching for duplicates…"))
        self.job = Job(work)
        self.job.signals.finished.connect(self._loaded)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _label(self, procedure_id: int) -> str:
        return f"#{procedure_id} {self._titles.get(procedure_id, '')}"

    def _loaded(self, found: tuple[Any, ...]) -> None:
        if self.job is None or not self.job.owns(self.sender()):
            return
        self.job = None
        self.proposals, self.merges, self._titles = found
        self.proposal_tree.clear()
        for proposal in self.proposals:
            why = _tr(_REASONS.get(proposal.reason, proposal.reason))
            if proposal.reason == "similar_title":
                why += f" ({proposal.similarity:.0%})"
            item = QTreeWidgetItem([self._label(proposal.keep_id),
                                    self._label(proposal.merge_id), why])
            item.setToolTip(2, proposal.evidence)
            self.proposal_tree.addTopLevelItem(item)
        self.merged_tree.clear()
        for merged, kept in self.merges:
            self.merged_tree.addTopLevelItem(QTreeWidgetItem([self._label(kept),
                                                              self._label(merged)]))
        if self.proposals:
            first = self.proposal_tree.topLevelItem(0)
            if first is not None:
                self.proposal_tree.setCurrentItem(first)
        self.status.setText(self.tr("%n proposal(s)", "", len(self.proposals)))
        self._enable()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(error)))

    def _enable(self) -> None:
        has_proposal = self.proposal_tree.currentItem() is not None and self.job is None
        for button in (self.merge_button, self.swap_button, self.dismiss_button):
            button.setEnabled(has_proposal)
        self.undo_button.setEnabled(self.merged_tree.currentItem() is not None
                                    and self.job is None)

    def _current_proposal(self) -> Proposal | None:
        item = self.proposal_tree.currentItem()
        if item is None:
            return None
        row = self.proposal_tree.indexOfTopLevelItem(item)
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _act(self, action: Callable[[], Any], changed: list[int]) -> bool:
        try:
            action()
        except (ReviewError, InputError) as error:
            self.status.setText(describe(error))
            return False
        if changed:
            self.changed.emit(changed)
        self.reload()
        return True

    def merge_current(self, *, swap: bool = False) -> bool:
        proposal = self._current_proposal()
        if proposal is None:
            return False
        keep, merge = proposal.keep_id, proposal.merge_id
        if swap:
            keep, merge = merge, keep
        return self._act(lambda: check_service.merge_duplicate(
            self.desk, self.application_id, keep, merge), [merge])

    def dismiss_current(self) -> bool:
        proposal = self._current_proposal()
        if proposal is None:
            return False
        return self._act(lambda: check_service.dismiss_duplicate(
            self.desk, self.application_id, proposal.keep_id, proposal.merge_id), [])

    def undo_current(self) -> bool:
        item = self.merged_tree.currentItem()
        if item is None:
            return False
        merged, _kept = self.merges[self.merged_tree.indexOfTopLevelItem(item)]
        return self._act(lambda: check_service.unmerge_duplicate(
            self.desk, self.application_id, merged), [merged])


def make_duplicates_dialog(desk: Desk, application_id: int,
                           parent: QWidget | None = None) -> DuplicatesDialog:
    return DuplicatesDialog(desk, application_id, parent)


def install_checks(window: MainWindow) -> CheckController:
    return CheckController(window)


__all__ = ["CheckController", "DuplicatesDialog", "MaturityDelegate", "check_html",
           "evidence_text", "install_checks", "make_duplicates_dialog"]
