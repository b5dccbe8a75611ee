"""The review window's table filling: an application opened, its rows read (at once, or on
start in the background), shown with the facets, the summary and the count of shown rows.

A mixin of `MainWindow` (ui/main_window.py), which it never imports: the window is first
shown before the database layer loads, so what needs the services is imported when used.
Its strings keep the window's translation context ("MainWindow").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from digiamt_desk.ui import window_state

if TYPE_CHECKING:
    from digiamt_desk.services import overview
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.early_rows import EarlyRows
    from digiamt_desk.services.table import ProcedureTable
    from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
    from digiamt_desk.ui.models import ApplicationsModel
    from digiamt_desk.ui.procedure_model import ProcedureTableModel


class RowsDisplay:
    """The window's part that fills the table (see the module's docstring)."""

    if TYPE_CHECKING:  # MainWindow's, which this mixin is part of
        desk: Desk
        ui: Ui_MainWindow
        application: overview.ApplicationView | None
        procedures_model: ProcedureTableModel
        applications_model: ApplicationsModel
        opening: Any  # window_opening's, which imports add-ons that import the window
        rows_reader: Any
        rows_in_background: bool
        early_rows: EarlyRows | None
        _default_columns_pending: bool
        summary: Any
        facets: Any
        detail: Any
        notice: Any
        rows_shown: Any
        rows_failed: Any
        application_opened: Any

        def save_note(self) -> None: ...

        def select_row(self, row: int) -> None: ...

        def show_opening(self, location: str) -> None: ...

        def _ready_title(self) -> None: ...

    def open_application(self, application_id: int | None) -> None:
        from digiamt_desk.services import overview
        from digiamt_desk.services.table import load_table

        self.save_note()
        self.notice.hide()
        self.rows_reader.drop()  # a table still being read for another one no longer reports
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
        """On start: the rows are read on a pool thread (window_opening.RowsReader); the
        window stays responsive and says what it reads."""
        self.procedures_model.clear()
        self.ui.emptyTableHint.hide()  # not "no procedures yet": they are being read
        # Counted a moment ago by the list (the start lists the applications, then opens one).
        self.summary.update(listed=self.applications_model.listed_summary(application.id))
        self.show_opening(self.desk.location)  # the title says so until the rows are shown
        self.opening.show(QCoreApplication.translate("MainWindow",
                                                     "Reading the procedures of %1 …")
                          .replace("%1", application.name))
        early, self.early_rows = self.early_rows, None
        self.rows_reader.start(self.desk, application.id, early)

    def _rows_read(self, table: ProcedureTable) -> None:
        self.opening.end()
        self._ready_title()
        if self.application is not None and self.application.id == table.application_id:
            # The summary was counted for this application as its rows began to be read
            # (`_read_rows_in_background`): its decisions are now counted in memory.
            self._show_table(table, recount=False)

    def _rows_not_read(self, error: BaseException) -> None:
        self.opening.end()
        self._ready_title()
        self.rows_failed.emit(error)

    def reading_rows(self) -> bool:
        """Whether the open application's rows are still being read in the background."""
        return bool(self.rows_reader.busy())

    def _show_table(self, table: ProcedureTable, *, recount: bool = True) -> None:
        """The rows into the table, the facets and the summary. `recount=False`: the summary
        was just counted by SQL for this application; its decisions come from the rows."""
        assert self.application is not None
        # The catalog's labels in the window's language (ui/table_texts.py).
        self.procedures_model.set_table(table, desk=self.desk)
        window_state.apply_sort_mark(self.ui.proceduresView, self.procedures_model)
        self.facets.rebuild()
        self._show_visible_count()  # set_table applied the filter; the row is selected below
        if self._default_columns_pending and self.procedures_model.columnCount():
            self._default_columns_pending = False
            window_state.default_columns(self.ui.proceduresView, self.procedures_model)
        self.ui.emptyTableHint.setVisible(self.procedures_model.total_count() == 0)
        self.summary.update(recount=recount)
        if self.procedures_model.rowCount():
            first = self.procedures_model.next_open_row(-1)
            self.select_row(first if first is not None else 0)
        else:
            self.detail.show_current()
        self.application_opened.emit(self.application.id)
        self.rows_shown.emit()

    def _show_filter_result(self, current: int | None) -> None:
        self.facets.update_counts()
        shown = self._show_visible_count()
        row = self.procedures_model.row_of(current) if current is not None else None
        if row is not None:
            self.select_row(row)
        elif shown:
            self.select_row(0)
        else:
            self.detail.show_current()

    def _show_visible_count(self) -> int:
        shown = self.procedures_model.rowCount()
        total = self.procedures_model.total_count()
        self.ui.visibleCountLabel.setText(
            QCoreApplication.translate("MainWindow", "%1 of %2 shown")
            .replace("%1", f"{shown:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))
        return shown
