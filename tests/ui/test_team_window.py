"""The review window on a team server: approve, the Mine filter, rows others changed, and a
decision on a row someone else changed meanwhile."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QInputDialog, QMessageBox
from pytestqt.qtbot import QtBot
from team_helpers import Team, application_with, awarded, procedure_ids, team_db

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import approval, review
from digiamt_desk.services.assignment import assign
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.main_window import MainWindow

_ = team_db


@pytest.fixture
def open_window(qtbot: QtBot) -> Iterator[Any]:
    shown: list[MainWindow] = []

    def make(desk: Any) -> MainWindow:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        shown.append(window)
        return window

    yield make
    for window in shown:
        window.team.timer.stop()


def _select(window: MainWindow, reference: str) -> None:
    model = window.applications_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).application.reference == reference)
    window.ui.applicationsView.selectRow(row)


def test_an_approver_approves_in_the_window(team_db: Team, tmp_path: Path, open_window: Any,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    application = awarded(team_db.desk("anna"), tmp_path)
    window = open_window(team_db.desk("bert"))
    _select(window, application.reference)
    window.team.update_actions()
    assert window.team.approve_action.isEnabled()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Mitgezeichnet", True))
    window.team.approve_action.trigger()
    assert application.id is not None
    decision = approval.current_decision(window.desk, application.id)
    assert decision is not None
    assert (decision.decided_by, decision.approved_by, decision.note) == (
        "anna", "bert", "Mitgezeichnet")
    assert not window.team.approve_action.isEnabled()


def test_mine_shows_only_my_applications(team_db: Team, tmp_path: Path,
                                         open_window: Any) -> None:
    anna = team_db.desk("anna")
    mine = application_with(anna, tmp_path, 2, key="096")
    application_with(anna, tmp_path, 2, key="09187")
    assert mine.id is not None
    assign(anna, mine.id, "anna")
    window = open_window(team_db.desk("anna", reviewer="Typed Name"))
    assert window.desk.reviewer == "anna"
    window.settings.reviewer = "Anderer Name"
    window.switch_desk(window.desk)
    assert window.desk.reviewer == "anna"  # the login stays the acting person
    model = window.applications_model
    assignees = {model.row_at(r).application.reference: model.index(r, model.ASSIGNEE).data()
                 for r in range(model.rowCount())}
    assert sorted(assignees.values()) == ["", "anna"]
    window.team.mine_check.setChecked(True)
    shown = [model.row_at(r).application.reference for r in range(model.rowCount())
             if not window.ui.applicationsView.isRowHidden(r)]
    assert shown == [mine.reference]
    assert window.application is not None and window.application.id == mine.id


def test_rows_others_change_are_reloaded_and_a_stale_decision_refused(
        team_db: Team, tmp_path: Path, open_window: Any,
        monkeypatch: pytest.MonkeyPatch) -> None:
    anna, carl = team_db.desk("anna"), team_db.desk("carl")
    application = application_with(anna, tmp_path, 4)
    assert application.id is not None
    window = open_window(anna)
    first, second = procedure_ids(carl, application)[:2]
    review.decide(carl, application.id, [first], Decision.REJECTED, reason="pdf_form")
    # Before the poll: anna's window still shows it open; her decision on it is refused.
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a: warnings.append(text))
    window.ui.proceduresView.selectRow(window.procedures_model.row_of(first) or 0)
    window.review.decide(Decision.ACCEPTED)
    assert len(warnings) == 1 and "carl" in warnings[0]
    [row] = list_procedures(anna, application.id, [first])
    assert row.decision == "rejected"
    # The poll brings carl's decision into the table; then anna's decision goes through.
    window.team.poll()
    model = window.procedures_model
    assert model.index(model.row_of(first) or 0, model.DECISION).data() == "Rejected"
    window.ui.proceduresView.selectRow(model.row_of(first) or 0)
    window.review.decide(Decision.ACCEPTED)
    [row] = list_procedures(anna, application.id, [first])
    assert row.decision == "accepted" and len(warnings) == 1
    # Her own change does not make her next one stale.
    window.ui.proceduresView.selectRow(model.row_of(first) or 0)
    window.review.decide(Decision.OPEN)
    assert list_procedures(anna, application.id, [first])[0].decision == "open"
    assert second in model.table.ids


def test_four_eyes_is_a_setting_of_a_one_person_database(window: MainWindow,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from digiamt_desk.services.applications import find_application

    hooks = window.team
    hooks.update_actions()
    assert hooks.four_eyes_action.isVisible() and not hooks.four_eyes_action.isChecked()
    awarded_one = find_application(window.desk, "096")  # the demo's awarded Bezirk
    assert awarded_one.id is not None
    assert approval.final_decision_approved(window.desk, awarded_one.id)
    hooks.four_eyes_action.trigger()
    assert approval.four_eyes_on(window.desk)
    assert not approval.final_decision_approved(window.desk, awarded_one.id)
    _select(window, awarded_one.reference)
    hooks.update_actions()
    assert hooks.approve_action.isEnabled()
    assert not hooks.take_action.isEnabled() and not hooks.mine_check.isVisible()


def test_connect_to_team_server_from_the_welcome_view_with_a_password(
        team_db: Team, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from pg_cluster import PASSWORD_LOGIN

    from digiamt_desk.services import team
    from digiamt_desk.ui import team as team_ui
    from digiamt_desk.ui.session import DeskSession
    from digiamt_desk.ui.welcome import Start, make_welcome_dialog

    team.add_user(team_db.desk(), PASSWORD_LOGIN, "reviewer", password="Geheim 1")
    url = team_db.url(PASSWORD_LOGIN)
    monkeypatch.setattr(team_ui, "ask_server_url", lambda _parent: url)
    welcome = make_welcome_dialog(tmp_path / "digiamt.db", tmp_path / "demo.db", [])
    welcome.server_button.click()
    assert (welcome.choice, welcome.server_url) == (Start.SERVER, url)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    asked: list[str] = []
    monkeypatch.setattr(team_ui, "ask_password",
                        lambda _parent, where: asked.append(where) or "Geheim 1")
    desk = DeskSession().open_database(url)
    assert desk is not None and asked == [url]
    assert desk.reviewer == PASSWORD_LOGIN  # the login acts
    desk.close()
    monkeypatch.setattr(team_ui, "ask_password", lambda _parent, _where: None)  # cancelled
    assert DeskSession().open_database(url) is None
    assert not list(tmp_path.glob("postgres*"))


def test_take_along_and_bring_back_in_the_window(team_db: Team, tmp_path: Path,
                                                 open_window: Any, qtbot: QtBot,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.team import active_checkout

    anna = team_db.desk("anna")
    application = application_with(anna, tmp_path, 3)
    assert application.id is not None
    window = open_window(anna)
    _select(window, application.reference)
    file = tmp_path / "unterwegs.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(file), ""))
    window.team.update_actions()
    window.team.take_action.trigger()

    def taken() -> bool:
        with anna.engine.connect() as connection:
            return active_checkout(connection, application.id or 0) is not None

    qtbot.waitUntil(taken, timeout=30000)
    qtbot.waitUntil(lambda: "unterwegs.sqlite" in window.statusBar().currentMessage(),
                    timeout=30000)
    laptop = open_desk(file, reviewer="anna")
    review.decide(laptop, application.id, None, Decision.ACCEPTED)
    laptop.close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(file), ""))
    window.team.bring_action.trigger()
    qtbot.waitUntil(lambda: not taken(), timeout=30000)
    assert {p.decision for p in list_procedures(anna, application.id)} == {"accepted"}
    qtbot.waitUntil(lambda: "Changes sent: 1;" in window.statusBar().currentMessage(),
                    timeout=30000)
    model = window.procedures_model
    assert {model.index(r, model.DECISION).data() for r in range(model.rowCount())} == {
        "Accepted"}
