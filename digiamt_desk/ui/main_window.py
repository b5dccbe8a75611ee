"""The review window: the applications, the procedure table with filters, the detail pane.

The parts live in their own modules: the facets (`facets`), the note (`note`), the review
actions (`review_actions`), the window's size and columns (`window_state`), help (`help`), the
keys (`actions`). Add-ons (checks, documents, import) reach the window through the small
interface marked below ("for add-ons") and name their actions, whose keys the window binds
from `actions.SHORTCUTS`. The window holds ids and plain values from the services, never a
database row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QWidget,
)

from digiamt_desk.ui import window_state
from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
from digiamt_desk.ui.settings import UserSettings

# The window is first shown as a frame (the form, its menus, "opening …") before the database
# layer is loaded; what needs the services is imported when a database is attached.
if TYPE_CHECKING:
    from digiamt_desk.domain.review import Status
    from digiamt_desk.services import overview
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.table import ProcedureTable
    from digiamt_desk.ui.application_actions import ApplicationActions
    from digiamt_desk.ui.checks import CheckController
    from digiamt_desk.ui.detail_pane import DetailPane
    from digiamt_desk.ui.facets import FacetPane
    from digiamt_desk.ui.help import HelpWindow
    from digiamt_desk.ui.review_actions import ReviewActions
    from digiamt_desk.ui.summary import SummaryBar
    from digiamt_desk.ui.workers import Job

NOTICE_STYLE = ("QLabel { background: palette(tool-tip-base); color: palette(tool-tip-text); "
                "border: 1px solid #c77c00; border-radius: 3px; padding: 4px; }")


class MainWindow(QMainWindow):
    database_requested = Signal(str)
    application_opened = Signal(int)
    rows_shown = Signal()  # the open application's rows are in the table (or there are none)
    rows_failed = Signal(object)  # the rows read in the background could not be read

    def __init__(self, desk: Desk | None = None, parent: QWidget | None = None) -> None:
        """Without a desk the window is a frame saying "opening …" (shown at once on start);
        `attach` gives it the database and builds the rest."""
        super().__init__(parent)
        self.desk: Desk = None  # type: ignore[assignment]  # set by attach
        self.settings = UserSettings.load()
        self.application: overview.ApplicationView | None = None
        self.help_window: HelpWindow | None = None
        self.ui = ui = Ui_MainWindow()
        ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._context_actions: list[QAction] = []
        self._shown_once = False
        self._attached = False
        self._rows_job: Job | None = None
        self.rows_in_background = False  # the next application's rows are read off the GUI
        ui.summaryLayout.setStretchFactor(ui.verdictLabel, 1)  # the verdict on one line
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setStretchFactor(2, 0)
        if not window_state.restore_frame(self, ui.mainSplitter):
            ui.mainSplitter.setSizes(window_state.default_pane_sizes(self.width()))
        window_state.fit_to_screen(self, ui.mainSplitter)
        self._busy_label = QLabel(self)
        self._busy_label.setObjectName("openingLabel")
        self._busy_bar = QProgressBar(self)
        self._busy_bar.setObjectName("openingProgress")
        self._busy_bar.setRange(0, 0)  # busy, no end known
        self._busy_bar.setMaximumWidth(160)
        ui.statusBar.addPermanentWidget(self._busy_label)
        ui.statusBar.addPermanentWidget(self._busy_bar)
        self._busy_label.hide()
        self._busy_bar.hide()
        if desk is not None:
            self.attach(desk)

    # --- opening: the frame first, then the database ------------------------------------------

    def show_opening(self, location: str, phase: str | None = None) -> None:
        """The frame's visible state while the database opens: the title, a busy bar, the
        controls greyed out (the window can still be moved, resized and closed)."""
        name = Path(location).name if "://" not in location else location
        self.setWindowTitle(self.tr("DigiAmt Desk – opening %1 …").replace("%1", name))
        self.show_busy(phase or self.tr("Opening the database %1 …").replace("%1", name))
        if not self._attached:
            self.ui.centralWidget.setEnabled(False)
            self.menuBar().setEnabled(False)

    def show_busy(self, text: str) -> None:
        self._busy_label.setText(text)
        self._busy_label.show()
        self._busy_bar.show()

    def end_busy(self) -> None:
        self._busy_label.hide()
        self._busy_bar.hide()

    def is_attached(self) -> bool:
        return self._attached

    def attach(self, desk: Desk) -> None:
        """Build the parts that need the database, then list its applications (the first
        one's rows are read in the background if `rows_in_background` is set)."""
        from digiamt_desk.ui.actions import bind_shortcuts
        from digiamt_desk.ui.application_actions import ApplicationActions
        from digiamt_desk.ui.applications_pane import ApplicationsPane
        from digiamt_desk.ui.detail_pane import DetailPane
        from digiamt_desk.ui.facets import FacetPane
        from digiamt_desk.ui.procedure_model import ProcedureTableModel
        from digiamt_desk.ui.review_actions import ReviewActions
        from digiamt_desk.ui.reviewer_bar import ReviewerBar
        from digiamt_desk.ui.summary import SummaryBar

        ui = self.ui
        self.desk = desk
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        self.applications = ApplicationsPane(ui.applicationsView, ui.emptyHint)
        self.applications_model = self.applications.model
        self.applications.chosen.connect(self.open_application)
        self.procedures_model = ProcedureTableModel(self, desk=desk)
        view = ui.proceduresView
        view.setModel(self.procedures_model)
        view.selectionModel().currentRowChanged.connect(self._current_changed)
        view.doubleClicked.connect(self._double_clicked)
        view.horizontalHeader().setSortIndicatorShown(True)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        view.customContextMenuRequested.connect(self._show_context_menu)
        self.facets: FacetPane = FacetPane(self.procedures_model, ui.facetTree, ui.filterEdit,
                                           ui.onlyOpenCheck, self.current_procedure_id)
        self.facets.applied.connect(self._show_filter_result)
        self.detail: DetailPane = DetailPane(self)
        self.summary: SummaryBar = SummaryBar(self)
        self.review: ReviewActions = ReviewActions(self)
        self.apps: ApplicationActions = ApplicationActions(self)
        self.notice = QLabel(self)
        self.notice.setObjectName("noticeLabel")
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet(NOTICE_STYLE)
        self.notice.hide()
        ui.reviewLayout.insertWidget(2, self.notice)
        self.reviewer_bar = ReviewerBar(self.settings, self)
        self.reviewer_bar.named.connect(self._reviewer_named)
        ui.centralLayout.insertWidget(0, self.reviewer_bar)
        self._connect_actions()
        self._status_menu()
        self._default_columns_pending = not window_state.restore_headers(
            ui.applicationsView, view)
        if self._default_columns_pending:  # nothing arranged yet: by title
            view.horizontalHeader().setSortIndicator(ProcedureTableModel.TITLE,
                                                     Qt.SortOrder.AscendingOrder)
        background = self.rows_in_background
        if background:  # the rows are read while the add-ons are built
            self.reload()
        from digiamt_desk.ui.documents_menu import install_documents_menu

        self.documents_menu: QMenu = install_documents_menu(self)
        from digiamt_desk.ui.awarding_export import install_awarding_and_export

        self.export_actions = install_awarding_and_export(self)  # confirm awarding; export
        from digiamt_desk.ui.checks import install_checks

        self.checks: CheckController = install_checks(self)  # link check, duplicates
        from digiamt_desk.ui.shared_links import install_shared_links

        self.shared_links = install_shared_links(self)  # Checks › Shared links… (issue 10)
        from digiamt_desk.ui.publication import install_publication

        # Publish list, Reports (statistics, candidates), Checks › Re-check awarded (issue 15)
        self.publication = install_publication(self)
        from digiamt_desk.ui.team import install_team

        self.team = install_team(self)  # team server: approve, assign, offline, poll (issue 13)
        bind_shortcuts(self)  # after the add-ons: the window owns every key
        self._attached = True
        ui.centralWidget.setEnabled(True)
        self.menuBar().setEnabled(True)
        if not background:
            self.reload()
        view.setFocus()  # a reviewer can press A or R at once

    # --- set-up ------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        from digiamt_desk.domain.review import Decision

        ui = self.ui
        review = self.review
        triggers: dict[QAction, Callable[[], Any]] = {
            ui.actionNewApplication: self.apps.new_application,
            ui.actionImport: self.apps.open_import,
            ui.actionOpenDatabase: self.apps.choose_database,
            ui.actionSettings: self.apps.open_settings,
            ui.actionQuit: self.close,
            ui.actionUndo: review.undo,
            ui.actionRedo: review.redo,
            ui.actionFindFilter: self.facets.focus,
            ui.actionAccept: lambda: review.decide(Decision.ACCEPTED),
            ui.actionReject: review.reject_selected,
            ui.actionReopen: lambda: review.decide(Decision.OPEN),
            ui.actionCriterion1: lambda: review.toggle_criterion(0),
            ui.actionCriterion2: lambda: review.toggle_criterion(1),
            ui.actionCriterion3: lambda: review.toggle_criterion(2),
            ui.actionNote: self.edit_note,
            ui.actionNextOpen: review.next_open,
            ui.actionOpenLink: review.open_link,
            ui.actionCopyRows: review.copy_rows,
            ui.actionEditApplication: self.apps.edit_application,
            ui.actionReload: self.reload,
            ui.actionHelp: self.apps.show_help,
            ui.actionShortcuts: self.apps.show_shortcuts,
            ui.actionAbout: self.apps.show_about,
        }
        for action, handler in triggers.items():
            action.triggered.connect(lambda _checked=False, h=handler: h())
        ui.actionOnlyOpen.toggled.connect(ui.onlyOpenCheck.setChecked)
        ui.onlyOpenCheck.toggled.connect(self._only_open_toggled)
        # Single-key review shortcuts and Ctrl+C act on the table only, never while typing.
        for action in (ui.actionAccept, ui.actionReject, ui.actionReopen, ui.actionCriterion1,
                       ui.actionCriterion2, ui.actionCriterion3, ui.actionNote,
                       ui.actionOpenLink, ui.actionCopyRows):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.proceduresView.addAction(action)
        criteria = self.desk.catalog().criteria
        for action, criterion in zip((ui.actionCriterion1, ui.actionCriterion2,
                                      ui.actionCriterion3), criteria, strict=False):
            action.setText(self.tr("Toggle: %1").replace("%1", criterion.label_de))
            action.setToolTip(criterion.help_de)

    def _status_menu(self) -> None:
        from digiamt_desk.domain.review import Status
        from digiamt_desk.ui.models import status_label

        menu = self.ui.menuApplication.addMenu(self.tr("Set &status"))
        self._status_actions: dict[Status, QAction] = {}
        for status in Status:
            action = menu.addAction(status_label(status))
            action.triggered.connect(lambda _checked=False, s=status: self.apps.set_status(s))
            self._status_actions[status] = action

    # --- for add-ons (checks, documents, import): the window's small interface ---------------

    def current_application_id(self) -> int | None:
        return self.application.id if self.application is not None else None

    def current_procedure_id(self) -> int | None:
        index = self.ui.proceduresView.currentIndex()
        if not index.isValid():
            return None
        return self.procedures_model.procedure_id(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.proceduresView.selectionModel().selectedRows()})
        if not rows:
            current = self.current_procedure_id()
            return [current] if current is not None else []
        return [self.procedures_model.procedure_id(r) for r in rows]

    def rows_changed(self, procedure_ids: list[int], *, advance: bool = False,
                     recount: bool = True, undo_state: tuple[bool, bool] | None = None
                     ) -> None:
        """After the services changed these procedures: their rows, the counts, the detail.

        The review actions pass `recount=False` (the counts follow from the rows in memory)
        and the undo state they know; an add-on's change (a merge) is recounted."""
        from digiamt_desk.services import overview

        self.procedures_model.refresh(procedure_ids)
        if self.application is not None:
            self.application = overview.application_view(self.desk, self.application.id)
        self.summary.update(recount=recount, undo_state=undo_state)
        self.facets.update_counts()
        if advance:
            self.review.next_open()
        else:
            self.detail.show_current()

    def run(self, action: Callable[[], Any]) -> Any:
        """Run a service call; a rule it refuses is shown in plain words, nothing changes."""
        from digiamt_desk.domain.importing import InputError
        from digiamt_desk.domain.review import ReviewError
        from digiamt_desk.ui.messages import describe

        if self._refused_read_only():
            return None
        try:
            return action()
        except (ReviewError, InputError) as exc:
            QMessageBox.warning(self, self.tr("Not possible"), describe(exc))
            return None

    def show_status(self, text: str, milliseconds: int = 10000) -> None:
        self.ui.statusBar.showMessage(text, milliseconds)

    def show_notice(self, text: str) -> None:
        """A message above the table that stays until the next row or action."""
        self.notice.setText(text)
        self.notice.show()

    def add_menu(self, menu: QMenu) -> None:
        """An add-on's menu, before Help."""
        self.menuBar().insertMenu(self.ui.menuHelp.menuAction(), menu)

    def add_context_actions(self, actions: list[QAction]) -> None:
        """Actions an add-on offers in the table's context menu."""
        self._context_actions.extend(actions)

    def context_actions(self) -> list[QAction]:
        return list(self._context_actions)

    def update_facet_counts(self) -> None:
        self.facets.update_counts()

    def show_detail(self) -> None:
        self.detail.show_current()

    def save_note(self) -> None:
        self.detail.note.save()

    def title_of(self, procedure_id: int) -> str:
        row = self.procedures_model.row_of(procedure_id)
        if row is None:
            return f"#{procedure_id}"
        return str(self.procedures_model.index(row, self.procedures_model.TITLE).data())

    def select_procedure(self, procedure_id: int) -> None:
        row = self.procedures_model.row_of(procedure_id)
        if row is not None:
            self.select_row(row)

    def select_row(self, row: int) -> None:
        view = self.ui.proceduresView
        index = self.procedures_model.index(row, 0)
        view.setCurrentIndex(index)
        view.selectRow(row)
        view.scrollTo(index)

    _save_note = save_note  # as ui/session.py calls it

    # --- applications ------------------------------------------------------------------------

    def _ready_title(self) -> None:
        self.setWindowTitle(f"DigiAmt Desk – {Path(self.desk.location).name}")

    def reload(self) -> None:
        self._ready_title()
        self.applications.reload(self.desk, self.current_application_id())

    def open_application(self, application_id: int | None) -> None:
        from digiamt_desk.services import overview
        from digiamt_desk.services.table import load_table

        self.save_note()
        self.notice.hide()
        self._rows_job = None  # a table still being read for another application is dropped
        self.application = (overview.application_view(self.desk, application_id)
                            if application_id is not None else None)
        if self.application is None:
            self.procedures_model.clear()
            self.ui.emptyTableHint.hide()
            self.summary.update()
            self.detail.show_current()
            self.rows_shown.emit()
            return
        if self.rows_in_background:  # on start: the window is up, the rows follow
            self.rows_in_background = False
            self._read_rows_in_background(self.application)
            return
        self._show_table(load_table(self.desk, self.application.id))

    def _read_rows_in_background(self, application: overview.ApplicationView) -> None:
        """Read the application's rows on a pool thread (the SQLite connections are not bound
        to a thread, and the window reads nothing else of the table meanwhile); the window
        stays responsive and says what it reads."""
        from digiamt_desk.domain.procedure_table import build_search_texts
        from digiamt_desk.services.table import load_table
        from digiamt_desk.ui.workers import Job

        desk, application_id = self.desk, application.id
        self.procedures_model.clear()
        self.summary.update()
        self.show_opening(self.desk.location)  # the title says so until the rows are shown
        self.show_busy(self.tr("Reading the procedures of %1 …").replace("%1", application.name))
        def read(_progress: object, _cancelled: object) -> ProcedureTable:
            table = load_table(desk, application_id)
            build_search_texts(table)  # what the filter needs, kept by the table
            return table

        job = Job(read)
        receiver = _RowsReceiver(self, job)  # of the GUI thread: the results arrive queued
        job.signals.finished.connect(receiver.finished)
        job.signals.failed.connect(receiver.failed)
        self._rows_job = job
        job.start()

    def _rows_read(self, job: Job, table: ProcedureTable) -> None:
        if job is not self._rows_job:
            return  # another application was opened meanwhile
        self._rows_job = None
        self.end_busy()
        self._ready_title()
        if self.application is not None and self.application.id == table.application_id:
            self._show_table(table)

    def _rows_not_read(self, job: Job, error: BaseException) -> None:
        if job is not self._rows_job:
            return
        self._rows_job = None
        self.end_busy()
        self._ready_title()
        self.rows_failed.emit(error)

    def reading_rows(self) -> bool:
        """Whether the open application's rows are still being read in the background."""
        return self._rows_job is not None

    def _show_table(self, table: ProcedureTable) -> None:
        assert self.application is not None
        labels = [c.column_de for c in self.desk.catalog().criteria]
        reasons = {r.code: r.label_de for r in self.desk.catalog().rejection_reasons}
        self.procedures_model.set_table(table, labels, reasons, desk=self.desk)
        window_state.apply_sort_mark(self.ui.proceduresView, self.procedures_model)
        self.facets.rebuild()
        self._show_filter_result(None)  # set_table applied the filter already
        if self._default_columns_pending and self.procedures_model.columnCount():
            self._default_columns_pending = False
            window_state.default_columns(self.ui.proceduresView, self.procedures_model)
        self.ui.emptyTableHint.setVisible(self.procedures_model.total_count() == 0)
        self.summary.update()
        if self.procedures_model.rowCount():
            first = self.procedures_model.next_open_row(-1)
            self.select_row(first if first is not None else 0)
        else:
            self.detail.show_current()
        self.application_opened.emit(self.application.id)
        self.rows_shown.emit()

    def _reviewer_named(self, name: str) -> None:
        self.desk.reviewer = name
        self.show_status(self.tr("The history records your changes as %1.").replace("%1", name),
                         8000)
        self.ui.proceduresView.setFocus()

    # --- the table ---------------------------------------------------------------------------

    def _only_open_toggled(self, checked: bool) -> None:
        self.ui.actionOnlyOpen.blockSignals(True)
        self.ui.actionOnlyOpen.setChecked(checked)
        self.ui.actionOnlyOpen.blockSignals(False)

    def _show_filter_result(self, current: int | None) -> None:
        self.facets.update_counts()
        shown = self.procedures_model.rowCount()
        total = self.procedures_model.total_count()
        self.ui.visibleCountLabel.setText(
            self.tr("%1 of %2 shown").replace("%1", f"{shown:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))
        row = self.procedures_model.row_of(current) if current is not None else None
        if row is not None:
            self.select_row(row)
        elif shown:
            self.select_row(0)
        else:
            self.detail.show_current()

    def _current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        self.save_note()
        self.notice.hide()
        self.detail.show_current()

    def edit_note(self) -> None:
        if self.current_procedure_id() is None:
            return
        self.ui.detailTabs.setCurrentWidget(self.ui.detailTab)
        self.detail.note.focus()

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == self.procedures_model.LINK:
            self.review.open_link()
        else:
            self.edit_note()

    def table_context_menu(self) -> QMenu:
        return self.review.context_menu()

    def _show_context_menu(self, position: QPoint) -> None:
        menu = self.table_context_menu()
        menu.exec(self.ui.proceduresView.viewport().mapToGlobal(position))

    # --- application-level actions (ui/application_actions.py) --------------------------------

    def _refused_read_only(self) -> bool:
        return self.apps.refused_read_only()

    def set_status(self, status: Status) -> None:
        self.apps.set_status(status)

    def new_application(self) -> None:
        self.apps.new_application()

    def open_import(self, source: str | None = None) -> None:
        self.apps.open_import(source)

    def switch_desk(self, desk: Desk) -> None:
        self.save_note()
        self.desk = desk
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        self.application = None
        self.reload()

    def show_help(self) -> None:
        self.apps.show_help()

    # --- drag and drop, window state ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() or u.scheme() in ("http", "https")
                                              for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if not urls:
            return
        first = urls[0]
        event.acceptProposedAction()
        source = first.toLocalFile() if first.isLocalFile() else first.toString()
        QTimer.singleShot(0, lambda: self.open_import(source))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the keyboard belongs to the table from the start
            self._shown_once = True
            self.activateWindow()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._attached:  # closed while opening: nothing arranged to keep yet
            super().closeEvent(event)
            return
        self.save_note()
        window_state.save(self, self.ui.mainSplitter, self.ui.applicationsView,
                          self.ui.proceduresView)
        super().closeEvent(event)


class _RowsReceiver(QObject):
    """Takes a background read of the rows to the window, on the GUI thread."""

    def __init__(self, window: MainWindow, job: Job) -> None:
        super().__init__(window)
        self.window = window
        self.job = job

    def finished(self, table: ProcedureTable) -> None:
        self.window._rows_read(self.job, table)
        self.deleteLater()

    def failed(self, error: BaseException) -> None:
        self.window._rows_not_read(self.job, error)
        self.deleteLater()
