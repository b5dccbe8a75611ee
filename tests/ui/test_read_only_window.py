"""A damaged database opened read-only: the window shows it and refuses every change with a
word in the status bar, never an error box, and nothing is written."""

from __future__ import annotations

import shutil
from pathlib import Path

from helpers import table_counts
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Decision
from digiamt_desk.services.desk import open_desk
from digiamt_desk.ui.main_window import MainWindow


def test_read_only_database_refuses_changes_quietly(qtbot: QtBot, demo_template: Path,
                                                    tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    before = table_counts(path)
    desk = open_desk(path, reviewer="UI-Test", read_only=True)
    try:
        window = MainWindow(desk)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        ui = window.ui
        assert window.application is not None
        for action in (ui.actionAccept, ui.actionReject, ui.actionUndo, ui.actionNote,
                       ui.actionEditApplication):
            assert not action.isEnabled()
        assert ui.noteEdit.isReadOnly()
        view = ui.proceduresView
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_A)  # the shortcut is off: nothing happens
        window.new_application()  # a path that would write: refused in the status bar
        assert "read-only" in window.statusBar().currentMessage()
        window.statusBar().clearMessage()
        window.review.decide(Decision.ACCEPTED)  # as a menu entry or a late signal would call it
        assert "read-only" in window.statusBar().currentMessage()
    finally:
        desk.close()
    assert table_counts(path) == before
