"""Awarding asks first, with the summary; File › Export and the table's context menu write the
review as XLSX or CSV, read back as a colleague would."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Status
from digiamt_desk.services import applications
from digiamt_desk.services.applications import find_application
from digiamt_desk.ui import awarding_export
from digiamt_desk.ui.awarding_export import make_awarding_box
from digiamt_desk.ui.main_window import MainWindow


def _reviewing_garmisch(window: MainWindow) -> int:
    app = find_application(window.desk, "09180117")
    assert app.id is not None
    if Status(app.status).is_final:
        applications.set_status(window.desk, app.id, Status.IN_REVIEW)
    window.open_application(app.id)
    return app.id


def test_awarding_box_shows_the_summary_and_defaults_to_cancel(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    app_id = _reviewing_garmisch(window)
    app = find_application(window.desk, "09180117")
    facts = applications.summary(window.desk, app)
    box = make_awarding_box(window.desk, app, window)
    qtbot.addWidget(box)
    text = box.informativeText()
    assert str(facts.counted) in text and str(facts.threshold) in text
    assert facts.criteria_version in text
    assert box.defaultButton() is box.escapeButton()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    assert app_id == app.id


def test_cancelled_confirmation_does_not_award(qtbot: QtBot, window: MainWindow,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    app_id = _reviewing_garmisch(window)
    asked: list[int] = []

    def refuse(_window: object, _desk: object, application: object) -> bool:
        asked.append(getattr(application, "id", 0))
        return False

    monkeypatch.setattr(awarding_export, "confirm_awarding", refuse)
    window.set_status(Status.AWARDED)
    assert asked == [app_id]
    assert find_application(window.desk, "09180117").status == Status.IN_REVIEW.value


def test_export_from_the_file_menu_and_of_the_selection(qtbot: QtBot, window: MainWindow,
                                                        tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    _reviewing_garmisch(window)
    whole = window.findChild(type(window.export_actions[0]), "actionExport")
    assert whole is not None and whole in window.ui.menuFile.actions()
    target = tmp_path / "pruefung.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(target), "Excel workbook (*.xlsx)"))
    whole.trigger()
    qtbot.waitUntil(target.exists, timeout=20000)
    sheet = load_workbook(target)["Verfahren"]
    procedures = applications.summary(
        window.desk, find_application(window.desk, "09180117")).procedures
    assert sheet.max_row == procedures + 1 and sheet["B1"].value == "Verfahren"

    selection = window.export_actions[1]
    assert selection in window.context_actions()  # the table's context menu
    view = window.ui.proceduresView
    view.selectRow(0)
    view.selectionModel().select(view.model().index(1, 0),
                                 view.selectionModel().SelectionFlag.Select
                                 | view.selectionModel().SelectionFlag.Rows)
    chosen = window.selected_ids()
    assert len(chosen) == 2
    csv_target = tmp_path / "auswahl.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *_a, **_k: (str(csv_target), "CSV for Excel (*.csv)"))
    selection.trigger()
    qtbot.waitUntil(csv_target.exists, timeout=20000)
    rows = list(csv.reader(io.StringIO(csv_target.read_bytes().decode("utf-8-sig")),
                           delimiter=";"))
    assert len(rows) == 3 and rows[0][1] == "Verfahren"
