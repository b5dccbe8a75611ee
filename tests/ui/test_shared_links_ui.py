"""Checks › Shared links…: a group shown, split in the window, undone with Ctrl+Z."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.detail import procedure_html
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


SERVICE_DATABASE = (Path(__file__).parents[1] / "data" / "importers"
                    / "dienstleistungsdatenbank.json")


def _cells(window: MainWindow, column: int) -> dict[str, str]:
    model = window.procedures_model
    return {model.index(r, model.TITLE).data(): model.index(r, column).data()
            for r in range(model.rowCount())}


def _facet_item(window: MainWindow, facet: str, value: str) -> QTreeWidgetItem:
    for group, name in window.facets._groups():
        if name == facet:
            for child, code in window.facets._values(group):
                if code == value:
                    return child
    raise AssertionError(f"no facet value {facet}={value}")


def test_the_table_shows_and_filters_what_the_import_recorded(qtbot: QtBot,
                                                              desk: Desk) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translators = install_translators(app, "de")
    try:
        import_source(desk, str(SERVICE_DATABASE), ars="09162000")
        window = MainWindow(desk)
        qtbot.addWidget(window)
        model = window.procedures_model
        assert model.headerData(model.HINTS, Qt.Orientation.Horizontal) == "Hinweise"
        hints = _cells(window, model.HINTS)
        assert hints["Bewohnerparkausweis beantragen"] == "gemeinsamer Link"
        assert hints["Gaststättenerlaubnis"] == "kein Online-Link gefunden"
        assert hints["Eheschließung anmelden"] == "Terminbuchung"
        assert hints["Hund anmelden"] == ""
        # The detail pane says it too, with where to decide.
        views = {v.title: v for v in list_procedures(desk, window.application.id)}
        shown = procedure_html(desk, views["Bewohnerparkausweis beantragen"])
        assert "gemeinsamer Link (Prüfungen › Gemeinsame Links…)" in shown
        assert "Import" not in procedure_html(desk, views["Hund anmelden"])

        shared = _facet_item(window, "import", "shared_link")
        assert shared.text(0) == "gemeinsamer Link (1)"
        assert shared.parent().text(0) == "Import"
        shared.setCheckState(0, Qt.CheckState.Checked)
        assert list(_cells(window, model.HINTS)) == ["Bewohnerparkausweis beantragen"]

        none_online = _facet_item(window, "import", "no_online_link")
        assert none_online.text(0) == "kein Online-Link gefunden (4)"
        none_online.setCheckState(0, Qt.CheckState.Checked)
        shown = _cells(window, model.HINTS)
        assert len(shown) == 5 and "Bewohnerparkausweis beantragen" in shown
        assert all(text in ("gemeinsamer Link", "kein Online-Link gefunden")
                   for text in shown.values())

        # Kept as one in Checks › Shared links…: the table is read again, the row no longer
        # counts as an undecided shared link but as a kept one.
        dialog = window.shared_links.open()
        assert dialog is not None
        qtbot.addWidget(dialog)
        dialog.tree.setCurrentItem(dialog.tree.topLevelItem(0))
        assert dialog.keep_current()
        assert _facet_item(window, "import", "shared_link").text(0) == "gemeinsamer Link (0)"
        for value in ("shared_link", "no_online_link"):
            _facet_item(window, "import", value).setCheckState(0, Qt.CheckState.Unchecked)
        kept = _facet_item(window, "import", "shared_link_kept")
        assert kept.text(0) == "gemeinsamer Link, als eines behalten (1)"
        kept.setCheckState(0, Qt.CheckState.Checked)
        assert _cells(window, model.HINTS) == {
            "Bewohnerparkausweis beantragen": "gemeinsamer Link, als eines behalten"}
    finally:
        for translator in translators:
            QCoreApplication.removeTranslator(translator)
