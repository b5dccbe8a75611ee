"""What the reviewer does to procedures from the keyboard: decide, reject with a reason, cycle a
criterion, undo and redo (selecting the row and saying what), copy rows, the context menu.

Every action goes through the services and is saved at once. A refused acceptance is shown in
the notice above the table and the cursor stays on that procedure; no modal box interrupts the
keyboard flow."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMenu

from digiamt_desk.domain.review import Blocker, Decision
from digiamt_desk.services import changes, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.dialogs import make_reject_dialog
from digiamt_desk.ui.messages import describe_blockers, describe_change
from digiamt_desk.ui.table_texts import criterion_labels
from digiamt_desk.ui.window_api import ReviewWindow, as_parent, as_widget

COPY_LIMIT = 100_000  # rows copied at most (a spreadsheet takes about a million)


def _after(result: review.ChangeResult) -> tuple[bool, bool] | None:
    """Undo and redo after a change: a new change can be undone and ends any redo."""
    return (True, False) if result.change_set_id is not None else None


class ReviewActions(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(as_parent(window))
        self.window = window

    # --- decisions ---------------------------------------------------------------------------

    def decide(self, decision: Decision, reason: str = "", text: str = "") -> None:
        window = self.window
        ids = window.selected_ids()
        app_id = window.current_application_id()
        if not ids or app_id is None:
            return
        # In team mode the versions the window showed go along: a stale row is refused.
        team_hooks = getattr(window, "team", None)
        seen = team_hooks.expected_versions(ids) if team_hooks is not None else None
        result = window.run(lambda: review.decide(window.desk, app_id, ids, decision,
                                                  reason=reason, reason_text=text,
                                                  expected=seen))
        if result is None:
            return
        message = self.tr("%n procedure(s) changed", "", len(result.changed))
        refused = [(pid, result.blockers.get(pid, [])) for pid, _why in result.refused]
        if refused:
            pid, blockers = refused[0]
            blockers = _labelled(blockers, criterion_labels(window.desk.catalog()))
            why = self.tr("Not accepted: %1 (%2)").replace(
                "%1", window.title_of(pid)).replace("%2", describe_blockers(blockers))
            if len(refused) > 1:
                why += " " + self.tr("and %n more", "", len(refused) - 1)
            message += " · " + why
        window.show_status(message, 10000)
        # A refusal keeps the cursor on the refused procedure: the reviewer sees why there.
        window.rows_changed(result.changed, advance=decision is not Decision.OPEN
                            and not refused, recount=False, undo_state=_after(result))
        if refused:
            window.select_procedure(refused[0][0])
            window.show_notice(why)

    def reject_selected(self) -> None:
        window = self.window
        ids = window.selected_ids()
        if not ids:
            return
        dialog = make_reject_dialog(window.desk, len(ids), as_widget(window))
        if dialog.exec():
            self.decide(Decision.REJECTED, dialog.reason_code(), dialog.reason_text())

    def toggle_criterion(self, position: int) -> None:
        window = self.window
        criteria = window.desk.catalog().criteria
        ids = window.selected_ids()
        app_id = window.current_application_id()
        if position >= len(criteria) or not ids or app_id is None:
            return
        criterion = criteria[position]
        value = window.procedures_model.criterion_value(ids[0], criterion.id)
        new = True if value is None else (False if value else None)  # unset → met → not met
        result = window.run(lambda: review.set_criterion(window.desk, app_id, ids,
                                                         criterion.id, new))
        if result is not None:
            window.rows_changed(result.changed, advance=False, recount=False,
                                undo_state=_after(result))

    # --- undo and redo -----------------------------------------------------------------------

    def undo(self) -> None:
        self._undo_redo(review.undo, undone=True)

    def redo(self) -> None:
        self._undo_redo(review.redo, undone=False)

    def _undo_redo(self, action: Callable[[Desk, int], int | None], *, undone: bool) -> None:
        window = self.window
        window.save_note()
        app_id = window.current_application_id()
        if app_id is None:
            return
        change = window.run(lambda: action(window.desk, app_id))
        if change is None:
            window.show_status(self.tr("Nothing to undo.") if undone
                               else self.tr("Nothing to redo."), 3000)
            return
        summary = changes.original_change(window.desk, change)
        touched = list(summary.procedure_ids) if summary else review.changed_procedures(
            window.desk, change)
        # Undoing a merge changes what counts: then the counts are read again.
        window.rows_changed(touched, advance=False,
                            recount=summary is None or "merged_into" in summary.fields)
        if touched:
            window.select_procedure(touched[0])
        if summary is not None:
            labels = criterion_labels(window.desk.catalog())
            window.show_status(describe_change(summary, undone=undone,
                                               criterion_labels=labels), 10000)

    # --- moving and opening ------------------------------------------------------------------

    def next_open(self) -> None:
        window = self.window
        index = window.ui.proceduresView.currentIndex()
        row = window.procedures_model.next_open_row(index.row() if index.isValid() else -1)
        if row is not None:
            window.select_row(row)
        else:
            window.show_detail()
            window.show_status(self.tr("No open procedure left in this view."), 4000)

    def open_link(self) -> None:
        window = self.window
        procedure_id = window.current_procedure_id()
        app_id = window.current_application_id()
        if procedure_id is None or app_id is None:
            return
        found = list_procedures(window.desk, app_id, [procedure_id])
        if found and found[0].link_kind == "http":
            QDesktopServices.openUrl(QUrl(found[0].url))

    # --- copy and the context menu -----------------------------------------------------------

    def selected_rows_tsv(self) -> str:
        """The selected rows as tab-separated text with a header, in the columns shown and
        their order on screen (what Excel users expect from Ctrl+C)."""
        view = self.window.ui.proceduresView
        model = self.window.procedures_model
        header = view.horizontalHeader()
        columns = [header.logicalIndex(v) for v in range(header.count())]
        columns = [c for c in columns if not header.isSectionHidden(c)]
        rows = sorted({i.row() for i in view.selectionModel().selectedRows()})
        if not rows and view.currentIndex().isValid():
            rows = [view.currentIndex().row()]

        def cell(value: object) -> str:
            text = "" if value is None else str(value)
            return " ".join(text.replace("\t", " ").splitlines())

        lines = ["\t".join(cell(model.headerData(c, header.orientation())) for c in columns)]
        for row in rows[:COPY_LIMIT]:
            lines.append("\t".join(cell(model.index(row, c).data()) for c in columns))
        return "\r\n".join(lines) + "\r\n"

    def copy_rows(self) -> None:
        # Plain text is what Excel reads as rows and columns. (A QMimeData handed to the
        # clipboard belongs to Qt; made in Python it was freed twice when the program ended.)
        clipboard = QGuiApplication.clipboard()
        if clipboard is not None:
            clipboard.setText(self.selected_rows_tsv())

    def context_menu(self) -> QMenu:
        """The review actions on the selected rows, as in the menus."""
        window = self.window
        ui = window.ui
        menu = QMenu(window.ui.proceduresView)
        menu.addActions([ui.actionAccept, ui.actionReject, ui.actionReopen])
        menu.addSeparator()
        menu.addActions([ui.actionCriterion1, ui.actionCriterion2, ui.actionCriterion3,
                         ui.actionNote])
        menu.addSeparator()
        menu.addActions([ui.actionOpenLink, ui.actionCopyRows])
        extra = window.context_actions()
        if extra:
            menu.addSeparator()
            menu.addActions(extra)
        return menu


def _labelled(blockers: list[Blocker], labels: dict[str, str]) -> list[Blocker]:
    """The blockers with each criterion's label in the window's language (the service names
    it in the catalog's German)."""
    return [Blocker(b.code, tuple((name, labels.get(b.param("criterion"), value))
                                  if name == "label" else (name, value)
                                  for name, value in b.params))
            if b.code == "criterion_not_met" else b for b in blockers]
