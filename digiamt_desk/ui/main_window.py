"""The review window: the applications, the procedure table with filters, the detail pane.

The parts live in their own modules: the facets (`facets`), the note (`note`), the review
actions (`review_actions`), the table's filling (`window_rows`), the window's size and columns
(`window_state`), help (`help`), the keys (`actions`). Add-ons (checks, documents, import)
reach the window through the small interface marked below ("for add-ons") and name their
actions, whose keys the window binds from `actions.SHORTCUTS`. The window holds ids and plain
values from the services, never a database row.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QMenu, QMessageBox, QWidget

from digiamt_desk.ui import window_setup, window_state
from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
from digiamt_desk.ui.settings import UserSettings
from digiamt_desk.ui.window_opening import OpeningState, RowsReader, install_add_ons
from digiamt_desk.ui.window_rows import RowsDisplay

# The window is first shown as a frame (the form, its menus, "opening …") before the database
# layer is loaded; what needs the services is imported when a database is attached.
if TYPE_CHECKING:
    from digiamt_desk.domain.review import Status
    from digiamt_desk.services import overview
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.early_rows import EarlyRows
    from digiamt_desk.ui.application_actions import ApplicationActions
    from digiamt_desk.ui.applications_pane import ApplicationsPane
    from digiamt_desk.ui.checks import CheckController
    from digiamt_desk.ui.detail_pane import DetailPane
    from digiamt_desk.ui.facets import FacetPane
    from digiamt_desk.ui.help import HelpWindow
    from digiamt_desk.ui.models import ApplicationsModel
    from digiamt_desk.ui.procedure_model import ProcedureTableModel
    from digiamt_desk.ui.review_actions import ReviewActions
    from digiamt_desk.ui.reviewer_bar import ReviewerBar
    from digiamt_desk.ui.summary import SummaryBar


class MainWindow(RowsDisplay, QMainWindow):
    database_requested = Signal(str)
    application_opened = Signal(int)
    rows_shown = Signal()  # the open application's rows are in the table (or there are none)
    rows_failed = Signal(object)  # the rows read in the background could not be read
    # The parts, made when a database is attached (window_setup, window_opening).
    applications: ApplicationsPane
    applications_model: ApplicationsModel
    procedures_model: ProcedureTableModel
    facets: FacetPane
    detail: DetailPane
    summary: SummaryBar
    review: ReviewActions
    apps: ApplicationActions
    notice: QLabel
    reviewer_bar: ReviewerBar
    documents_menu: QMenu
    checks: CheckController
    export_actions: Any
    shared_links: Any
    publication: Any
    team: Any

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
        self.rows_in_background = False  # the next application's rows are read off the GUI
        self.early_rows: EarlyRows | None = None  # on start: the first rows, read early
        ui.summaryLayout.setStretchFactor(ui.verdictLabel, 1)  # the verdict on one line
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setStretchFactor(2, 0)
        if not window_state.restore_frame(self, ui.mainSplitter):
            ui.mainSplitter.setSizes(window_state.default_pane_sizes(self.width()))
        window_state.fit_to_screen(self, ui.mainSplitter)
        self.opening = OpeningState(self, ui)
        ui.emptyHint.hide()  # "no applications yet" is said once the database has been read
        ui.emptyTableHint.hide()
        self.rows_reader = RowsReader(self)
        self.rows_reader.read.connect(self._rows_read)
        self.rows_reader.failed.connect(self._rows_not_read)
        if desk is not None:
            self.attach(desk)

    # --- opening: the frame first, then the database ------------------------------------------

    def show_opening(self, location: str) -> None:
        """The frame's state while the database opens (title, busy bar, controls waiting)."""
        self.opening.show_opening(location, grey=not self._attached)

    def show_switching(self, location: str, cancel: Callable[[], None] | None = None) -> None:
        """Another database opens (ui/session_switch.py): the title and the busy bar say so,
        the controls are greyed as at start; `cancel` makes a Cancel button."""
        self.opening.show_switching(location, cancel)

    def end_switching(self) -> None:
        """Back to work: on the database that was open, or on the other one next."""
        self.opening.end()
        self.opening.set_controls_enabled(True)
        self._ready_title()
        self.ui.proceduresView.setFocus()

    def is_attached(self) -> bool:
        return self._attached

    def attach(self, desk: Desk) -> None:
        """Build the parts that need the database, then list its applications (the first
        one's rows are read in the background if `rows_in_background` is set)."""
        ui = self.ui
        view = ui.proceduresView
        self.desk = desk
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        window_setup.build_parts(self, desk)
        window_setup.connect_actions(self)
        self._status_actions = window_setup.status_menu(self)
        self._default_columns_pending = not window_state.restore_headers(
            ui.applicationsView, view)
        if self._default_columns_pending:  # nothing arranged yet: by title
            view.horizontalHeader().setSortIndicator(self.procedures_model.TITLE,
                                                     Qt.SortOrder.AscendingOrder)
        background = self.rows_in_background
        if background:  # the rows are read while the add-ons are built
            self.reload()
        install_add_ons(self)
        self._attached = True
        self.opening.set_controls_enabled(True)
        if not background:
            self.reload()
        view.setFocus()  # a reviewer can press A or R at once

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
        self.applications.reload(self.desk, self.current_application_id())
        if not self.reading_rows():  # on start the title names the database once the rows
            self._ready_title()      # are in: a reviewer (or a script) waiting for it finds them

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
        if getattr(self, "publication", None) is not None:  # attached: its windows
            self.publication.close_windows()  # show the database being left
        self.desk = desk
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        self.application = None
        self.reload()

    def show_help(self) -> None:
        self.apps.show_help()

    # --- drag and drop, window state ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if not self._attached or not self.ui.centralWidget.isEnabled():
            return  # still opening (or opening another database): nothing to import into yet
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

