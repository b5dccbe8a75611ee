"""Checks › Shared links…: a group shown, split in the window, undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.ui.main_window import MainWindow


def _list(tmp_path: Path) -> Path:
    path = tmp_path / "liste.csv"
    path.write_text(
        "Bezeichnung;Link;Leistungsschlüssel\n"
        "Bewohnerparken;https://portal.example/start;99126009001000\n"
        "Sperrmüll anmelden;https://portal.example/start;99139001000000\n"
        "Hund anmelden;https://portal.example/hund;99041006017000\n", encoding="utf-8")
    return path


def test_split_a_shared_link_in_the_window_and_undo(qtbot: QtBot, desk: Desk,
                                                    tmp_path: Path) -> None:
    import_source(desk, str(_list(tmp_path)), ars="09180117")
    window = MainWindow(desk)
    qtbot.addWidget(window)
    assert window.procedures_model.rowCount() == 2
    assert window.shared_links.action in window.checks.menu.actions()

    dialog = window.shared_links.open()
    assert dialog is not None
    qtbot.addWidget(dialog)
    item = dialog.tree.topLevelItem(0)
    assert (item.text(1), item.text(2), item.text(3)) == (
        "https://portal.example/start", "2", "Bewohnerparken; Sperrmüll anmelden")
    dialog.tree.setCurrentItem(item)
    assert dialog.keep_button.isEnabled() and dialog.split_button.isEnabled()

    assert dialog.split_current()

    assert window.procedures_model.rowCount() == 3
    assert not dialog.split_button.isEnabled()
    window.review.undo()
    window.open_application(window.application.id)
    dialog.reload()
    assert dialog.tree.topLevelItem(0).text(0) == "open"
