"""The review window driven from the keyboard, with the database checked after each step."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui import review_actions as review_actions_module
from digiamt_desk.ui.dialogs import RejectDialog, make_reject_dialog
from digiamt_desk.ui.main_window import MainWindow


def _open(window: MainWindow, key: str) -> int:
    application = applications.find_application(window.desk, key)
    model = window.applications_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).application.id == application.id)
    window.ui.applicationsView.selectRow(row)
    assert application.id is not None
    return application.id


def _decisions(desk: Desk, application_id: int) -> dict[int, str]:
    return {p.id: p.decision for p in list_procedures(desk, application_id)}


def _press(qtbot: QtBot, window: MainWindow, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    view = window.ui.proceduresView
    view.setFocus()
    qtbot.keyClick(view, key, modifier)


def test_accept_with_a_and_move_to_the_next_open(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "09571136")
    before = _decisions(window.desk, app_id)
    current = window.current_procedure_id()
    assert current is not None and before[current] == "open"
    _press(qtbot, window, Qt.Key.Key_A)
    after = _decisions(window.desk, app_id)
    assert after[current] == "accepted"
    assert [pid for pid in after if after[pid] != before[pid]] == [current]
    following = window.current_procedure_id()
    assert following != current and after[following] == "open"  # the cursor moved on
    assert window.ui.countedBar.text() == "49 / 50"


def test_reject_asks_for_a_reason(qtbot: QtBot, window: MainWindow,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    app_id = _open(window, "09571136")
    current = window.current_procedure_id()

    def answered(desk: Desk, count: int, parent: object = None) -> RejectDialog:
        dialog = make_reject_dialog(desk, count, None)
        dialog.ui.reasonCombo.setCurrentIndex(dialog.ui.reasonCombo.findData("pdf_form"))
        dialog.ui.reasonTextEdit.setText("nur Formular zum Ausdrucken")
        monkeypatch.setattr(dialog, "exec", lambda: 1)
        return dialog

    monkeypatch.setattr(review_actions_module, "make_reject_dialog", answered)
    _press(qtbot, window, Qt.Key.Key_R)
    rejected = next(p for p in list_procedures(window.desk, app_id) if p.id == current)
    assert (rejected.decision, rejected.reason_code, rejected.reason_text) == (
        "rejected", "pdf_form", "nur Formular zum Ausdrucken")


def test_bulk_accept_undo_and_redo(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "093765345")  # the messy VG: everything open
    view = window.ui.proceduresView
    model = window.procedures_model
    web = {p.id for p in list_procedures(window.desk, app_id) if p.link_kind == "http"}
    rows = [r for r in range(model.rowCount()) if model.procedure_id(r) in web][:3]
    chosen = [model.procedure_id(r) for r in rows]
    view.clearSelection()
    for r in rows:
        view.selectionModel().select(
            model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    _press(qtbot, window, Qt.Key.Key_A)
    decided = _decisions(window.desk, app_id)
    assert [decided[pid] for pid in chosen] == ["accepted"] * 3
    assert sum(d == "accepted" for d in decided.values()) == 3
    assert [model.index(model.row_of(pid) or 0, model.DECISION).data() for pid in chosen] == [
        "Accepted"] * 3

    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert set(_decisions(window.desk, app_id).values()) == {"open"}
    assert model.index(model.row_of(chosen[0]) or 0, model.DECISION).data() == "Open"
    # The history keeps the change and its undo.
    actions = [h.action for h in review.history(window.desk, app_id, chosen[0])
               if h.field == "decision"]  # (the acceptance also confirmed the criteria)
    assert actions == ["accepted", "undo"]

    _press(qtbot, window, Qt.Key.Key_Z,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [_decisions(window.desk, app_id)[pid] for pid in chosen] == ["accepted"] * 3


def test_criterion_keys_cycle_and_filter_only_open(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "093765345")
    current = window.current_procedure_id()
    assert current is not None
    _press(qtbot, window, Qt.Key.Key_2)  # electronic submission: unset -> met
    _press(qtbot, window, Qt.Key.Key_2)  # -> not met
    procedure = next(p for p in list_procedures(window.desk, app_id) if p.id == current)
    assert procedure.criteria == {"electronic_submission": False}
    _press(qtbot, window, Qt.Key.Key_A)  # refused: the criterion is not met
    assert _decisions(window.desk, app_id)[current] == "open"
    # Where the reviewer looks: the notice above the table, and the cursor stays on it.
    assert window.current_procedure_id() == current
    assert window.notice.isVisible()
    assert "Electronic submission" in window.notice.text()  # the English window
    assert procedure.title in window.notice.text()
    window.ui.filterEdit.setText("hund")
    expected = {p.id for p in list_procedures(window.desk, app_id)
                if "hund" in f"{p.title}\n{p.url}\n{p.note}".casefold()}
    model = window.procedures_model
    qtbot.waitUntil(lambda: {model.procedure_id(r) for r in range(model.rowCount())}
                    == expected)
    assert expected and len(expected) < len(_decisions(window.desk, app_id))


def test_switching_applications_keeps_each_undo(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "09571136")
    _press(qtbot, window, Qt.Key.Key_A)
    second = _open(window, "093765345")
    web = next(p.id for p in list_procedures(window.desk, second) if p.link_kind == "http")
    window.select_procedure(web)
    _press(qtbot, window, Qt.Key.Key_A)
    _open(window, "09571136")
    _press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert applications.summary(window.desk, applications.find_application(
        window.desk, "09571136")).accepted == 48
    # The other application's change is its own: untouched by this undo.
    assert _decisions(window.desk, second)[web] == "accepted"
