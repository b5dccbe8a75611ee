"""The checks in the review window: the link check in a worker with results arriving in the
table, cancel, offline, accept-all with undo, duplicates, the maturity editor."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from link_server import ServerState, link_server, loopback_settings
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from digiamt_desk.services import applications, checks
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.checks import CheckController, check_html
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.procedure_model import ProcedureTableModel

MESSY = "093765345"  # the demo's application that nobody has reviewed yet

pytestmark = pytest.mark.network


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


def _point_links(window: MainWindow, paths: list[str]) -> tuple[int, list[int]]:
    """The messy application's web links, pointed at the given addresses in turn; opened."""
    application = applications.find_application(window.desk, MESSY)
    assert application.id is not None
    ids = [p.id for p in list_procedures(window.desk, application.id) if p.link_kind == "http"]
    with window.desk.engine.begin() as connection:
        for n, pid in enumerate(ids):
            connection.exec_driver_sql("UPDATE procedure SET url = ? WHERE id = ?",
                                       (paths[n % len(paths)], pid))
    window.open_application(application.id)
    return application.id, ids


def _cell(model: ProcedureTableModel, procedure_id: int, column: int) -> Any:
    row = model.row_of(procedure_id)
    assert row is not None
    return model.index(row, column).data()


def test_results_arrive_in_the_table_while_the_check_runs(
        qtbot: QtBot, window: MainWindow, server: tuple[str, ServerState],
        monkeypatch: pytest.MonkeyPatch) -> None:
    base, _ = server
    app_id, ids = _point_links(window, [f"{base}/form", f"{base}/info", f"{base}/missing",
                                        f"{base}/slow"])
    threads: list[threading.Thread] = []
    original = checks.run_checks

    def recording(*args: Any, **kwargs: Any) -> Any:
        threads.append(threading.current_thread())
        return original(*args, **kwargs)

    monkeypatch.setattr(checks, "run_checks", recording)
    model = window.procedures_model
    controller: CheckController = window.checks
    assert controller.start_check(selection=False, settings=loopback_settings(timeout=2.5))
    assert controller.running and controller.progress.isVisible()
    form_id = ids[0]
    # The fast links show while the slow ones are still being waited for.
    qtbot.waitUntil(lambda: _cell(model, form_id, model.CHECK) == "reachable", timeout=10000)
    assert controller.running
    with qtbot.waitSignal(controller.checkFinished, timeout=20000) as finished:
        pass
    report = finished.args[0]
    assert threads and threads[0] is not threading.main_thread()
    assert not report.offline and report.total == model.total_count()
    # The messy demo list merged different services under this link: the import's hint
    # stays first, the check's follows.
    assert _cell(model, ids[1], model.HINTS) == "shared link, no form"
    assert _cell(model, ids[1], model.MATURITY) == "1 (estimated)"
    assert _cell(model, ids[2], model.CHECK) == "not found"
    assert _cell(model, ids[3], model.CHECK) == "timeout"
    counts = model.facet_counts()
    assert counts["check"]["ok"] == len(ids[0::4]) + len(ids[1::4])
    assert counts["hints"]["no_form"] == len(ids[1::4])
    # The facet narrows the table to what the check found.
    model.set_filter("", {"check": {"not_found"}})
    assert model.rowCount() == len(ids[2::4])
    assert not controller.progress.isVisible()
    assert "links checked" in window.ui.statusBar.currentMessage()
    window.select_row(model.row_of(form_id) or 0)
    assert "Automatic check" in window.ui.detailBrowser.toPlainText() or \
        "Automatische" in window.ui.detailBrowser.toPlainText()
    assert app_id == window.application.id  # type: ignore[union-attr]


def test_cancel_stops_the_check(qtbot: QtBot, window: MainWindow,
                                server: tuple[str, ServerState]) -> None:
    base, _ = server
    _point_links(window, [f"{base}/slow"])
    controller = window.checks
    assert controller.start_check(selection=False,
                                  settings=loopback_settings(timeout=10, concurrency=2))
    with qtbot.waitSignal(controller.checkFinished, timeout=15000) as finished:
        controller.cancel()
    assert finished.args[0].cancelled
    qtbot.waitUntil(lambda: controller.job is None)
    assert controller.action_check.isEnabled()


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_offline_is_said_once_and_marks_nothing(qtbot: QtBot, window: MainWindow) -> None:
    port = _closed_port()
    _app_id, ids = _point_links(window, [f"http://127.0.0.{n}:{port}/x" for n in range(2, 9)])
    controller = window.checks
    assert controller.start_check(selection=False, settings=loopback_settings(timeout=2))
    with qtbot.waitSignal(controller.checkFinished, timeout=15000) as finished:
        pass
    assert finished.args[0].offline
    assert window.ui.statusBar.currentMessage().startswith("No network")
    model = window.procedures_model
    assert {_cell(model, pid, model.CHECK) for pid in ids} == {""}  # nothing marked broken


def test_offline_stays_visible_and_pdf_links_get_their_hint(qtbot: QtBot,
                                                             window: MainWindow) -> None:
    port = _closed_port()
    addresses = [f"http://127.0.0.{n}:{port}/x" for n in range(2, 9)]
    addresses[1] = f"http://127.0.0.3:{port}/antrag.pdf"
    _app_id, ids = _point_links(window, addresses)
    controller = window.checks
    assert controller.start_check(selection=False, settings=loopback_settings(timeout=2))
    with qtbot.waitSignal(controller.checkFinished, timeout=15000):
        pass
    window.ui.statusBar.clearMessage()  # the status bar forgets; the summary does not
    state = window.summary.state_label
    assert state.isVisible() and state.text().startswith("No network")
    window.select_procedure(ids[0])
    assert "No network" in window.ui.detailBrowser.toPlainText()
    model = window.procedures_model
    # Known from the link alone, after what the import recorded (a shared link in the list).
    assert _cell(model, ids[1], model.HINTS) == "shared link, PDF"
    # The next check clears the state (here: the same, offline again, sets it anew).
    assert controller.start_check(selection=False, settings=loopback_settings(timeout=2))
    assert not state.isVisible()
    with qtbot.waitSignal(controller.checkFinished, timeout=15000):
        pass


def test_accept_all_reachable_without_hints_and_undo(
        qtbot: QtBot, window: MainWindow, server: tuple[str, ServerState]) -> None:
    base, _ = server
    app_id, ids = _point_links(window, [f"{base}/form", f"{base}/info"])
    controller = window.checks
    with qtbot.waitSignal(controller.checkFinished, timeout=20000):
        controller.start_check(selection=False, settings=loopback_settings(timeout=2))
    controller.action_accept.trigger()
    decisions = {p.id: p.decision for p in list_procedures(window.desk, app_id)}
    assert {pid for pid in ids if decisions[pid] == "accepted"} == set(ids[0::2])
    model = window.procedures_model
    assert _cell(model, ids[0], model.DECISION) == "Accepted"
    window.ui.proceduresView.setFocus()
    qtbot.keyClick(window.ui.proceduresView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    decisions = {p.id: p.decision for p in list_procedures(window.desk, app_id)}
    assert all(decisions[pid] == "open" for pid in ids)  # one Ctrl+Z took them all back
    assert _cell(model, ids[0], model.DECISION) == "Open"


def test_duplicates_dialog_merges_and_undoes(qtbot: QtBot, window: MainWindow) -> None:
    app_id, ids = _point_links(window, ["https://markt.example/gewerbe",
                                        "http://www.markt.example/gewerbe/?utm_source=x"]
                               + [f"https://markt.example/verfahren-{n}" for n in range(60)])
    dialog = window.checks.open_duplicates()
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.job is None and bool(dialog.proposals), timeout=10000)
    first = next(p for p in dialog.proposals if p.reason == "same_address")
    assert (first.keep_id, first.merge_id) == (ids[0], ids[1])
    dialog.proposal_tree.setCurrentItem(
        dialog.proposal_tree.topLevelItem(dialog.proposals.index(first)))
    application = applications.find_application(window.desk, MESSY)
    before = applications.summary(window.desk, application).duplicates_merged
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        assert dialog.merge_current()
    assert applications.summary(window.desk, application).duplicates_merged == before + 1
    model = window.procedures_model
    assert _cell(model, ids[1], model.DECISION) == "Rejected"
    assert dialog.merges == [(ids[1], ids[0])]
    assert all(p.pair != first.pair for p in dialog.proposals)
    dialog.merged_tree.setCurrentItem(dialog.merged_tree.topLevelItem(0))
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        assert dialog.undo_current()
    assert applications.summary(window.desk, application).duplicates_merged == before
    assert _cell(model, ids[1], model.DECISION) == "Open"
    assert checks.merged_procedures(window.desk, app_id) == []


def test_maturity_is_set_in_the_table(qtbot: QtBot, window: MainWindow) -> None:
    app_id, ids = _point_links(window, ["https://markt.example/a"])
    model = window.procedures_model
    row = model.row_of(ids[0])
    assert row is not None
    index = model.index(row, model.MATURITY)
    assert model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert model.setData(index, 3)
    assert index.data() == "3"
    assert checks.check_results(window.desk, app_id)[ids[0]].maturity_override == 3
    with qtbot.waitSignal(model.editRefused):
        assert not model.setData(index, 9)
    assert model.setData(index, None)
    assert index.data() == ""
    # The editor of the column offers the estimate and the five levels.
    view = window.ui.proceduresView
    editor = view.itemDelegateForColumn(model.MATURITY).createEditor(view, None, index)  # type: ignore[arg-type]
    assert editor.count() == 6  # type: ignore[attr-defined]
    assert "Not checked yet" in check_html(None)


def test_the_checks_speak_german(qtbot: QtBot, demo_desk: Desk) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "de")
    try:
        shown = MainWindow(demo_desk)
        qtbot.addWidget(shown)
        assert shown.checks.menu.title() == "&Prüfungen"
        assert shown.checks.action_accept.text() == \
            "Alle erreichbaren Verfahren ohne Hinweis &annehmen"
        model = shown.procedures_model
        assert model.headerData(model.CHECK, Qt.Orientation.Horizontal) == "Prüfergebnis"
        assert model.facet_value_label("hints", "no_form") == "kein Formular"
        assert "Noch nicht geprüft" in check_html(None)
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)


def test_check_of_the_selection_only(qtbot: QtBot, window: MainWindow,
                                     server: tuple[str, ServerState]) -> None:
    base, _ = server
    app_id, ids = _point_links(window, [f"{base}/form?selection={n}" for n in range(50)])
    model = window.procedures_model
    view = window.ui.proceduresView
    first, second = model.row_of(ids[3]), model.row_of(ids[4])
    assert first is not None and second is not None
    view.clearSelection()
    view.selectRow(first)
    flags = QItemSelectionModel.SelectionFlag
    view.selectionModel().select(model.index(second, 0), flags.Select | flags.Rows)
    assert sorted(window.selected_ids()) == sorted(ids[3:5])
    with qtbot.waitSignal(window.checks.checkFinished, timeout=20000) as finished:
        assert window.checks.start_check(selection=True, settings=loopback_settings(timeout=2))
    assert finished.args[0].total == 2
    assert set(checks.check_results(window.desk, app_id)) == set(ids[3:5])
    assert _cell(model, ids[3], model.CHECK) == "reachable"
    assert _cell(model, ids[5], model.CHECK) == ""
