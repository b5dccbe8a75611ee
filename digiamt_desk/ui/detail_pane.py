"""The detail pane of the review window: the current procedure, its source rows (read only while
their tab is shown), its history, and the note field with its autosave (`note`)."""

from __future__ import annotations

from PySide6.QtCore import QObject

from digiamt_desk.domain.importing import InputError
from digiamt_desk.services import review
from digiamt_desk.services.procedures import ProcedureView, list_procedures, source_rows
from digiamt_desk.ui import detail
from digiamt_desk.ui.note import NoteEditor
from digiamt_desk.ui.window_api import ReviewWindow, as_parent


class DetailPane(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(as_parent(window))
        self.window = window
        ui = window.ui
        self.note = NoteEditor(ui.noteEdit, ui.proceduresView, window.run, lambda: window.desk)
        self.note.saved.connect(self._note_saved)
        ui.detailTabs.currentChanged.connect(lambda _index: self._show_source())

    def _procedure(self, procedure_id: int) -> ProcedureView | None:
        app_id = self.window.current_application_id()
        if app_id is None:
            return None
        found = list_procedures(self.window.desk, app_id, [procedure_id])
        return found[0] if found else None

    def show_current(self) -> None:
        window, ui = self.window, self.window.ui
        procedure_id = window.current_procedure_id()
        procedure = self._procedure(procedure_id) if procedure_id is not None else None
        app_id = window.current_application_id()
        if procedure is None or app_id is None:
            ui.detailBrowser.clear()
            ui.sourceBrowser.clear()
            ui.historyBrowser.clear()
            self.note.clear()
            return
        checks = getattr(window, "checks", None)
        extra = checks.detail_html(procedure.id) if checks is not None else ""
        ui.detailBrowser.setHtml(detail.procedure_html(window.desk, procedure) + extra)
        self._show_source()
        ui.historyBrowser.setHtml(detail.history_html(
            window.desk, review.history(window.desk, app_id, procedure.id)))
        self.note.show(app_id, procedure.id, procedure.note)

    def _show_source(self) -> None:
        """The source rows, only while their tab is shown: reading them parses the kept source
        (a workbook loads openpyxl, a large list takes a moment), which no other view needs."""
        ui = self.window.ui
        procedure_id = self.window.current_procedure_id()
        if procedure_id is None or ui.detailTabs.currentWidget() is not ui.sourceTab:
            ui.sourceBrowser.clear()
            return
        try:
            rows = source_rows(self.window.desk, procedure_id)
        except InputError as exc:  # a stored source too large to unpack (an untrusted file)
            ui.sourceBrowser.setPlainText(str(exc))
            return
        ui.sourceBrowser.setHtml(detail.source_html(rows))

    def _note_saved(self, changed: list[int]) -> None:
        window = self.window
        if self.note.target is not None and window.current_application_id() == \
                self.note.target[0]:
            window.procedures_model.refresh(changed)
            window.summary.update(recount=False, undo_state=(True, False))
