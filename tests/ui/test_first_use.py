"""Defects a new user met in the review window (issue 12), each reproduced as that user would."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui import recent
from digiamt_desk.ui import session as session_module
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.session import DeskSession
from digiamt_desk.ui.settings import UserSettings
from digiamt_desk.ui.welcome import make_welcome_dialog
from digiamt_desk.ui.window_state import default_pane_sizes


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def _open(window: MainWindow, key: str) -> int:
    application = applications.find_application(window.desk, key)
    model = window.applications_model
    row = next(r for r in range(model.rowCount())
               if model.row_at(r).application.id == application.id)
    window.ui.applicationsView.selectRow(row)
    assert application.id is not None
    return application.id


def _procedure(desk: Desk, application_id: int, procedure_id: int):  # type: ignore[no-untyped-def]
    return next(p for p in list_procedures(desk, application_id) if p.id == procedure_id)


def _plain(window: MainWindow, app_id: int) -> int:
    """Select an open procedure with a web link and nothing judged: one that A accepts."""
    plain = next(p for p in list_procedures(window.desk, app_id)
                 if p.link_kind == "http" and p.decision == "open" and not p.criteria)
    window.select_procedure(plain.id)
    window.ui.proceduresView.setFocus()
    return plain.id


# 1 ------------------------------------------------------------------------------------------

def test_the_language_chosen_in_the_settings_applies_at_the_next_start(qapp: QApplication) -> None:
    settings = UserSettings.load()
    settings.language = "en"
    settings.save()
    installed = install_translators(qapp)  # the next start: no --language given
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert installed == []
    settings.language = "de"
    settings.save()
    installed = install_translators(qapp)
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert installed


# 2 ------------------------------------------------------------------------------------------

def _shortcuts(window: MainWindow) -> dict[str, list[str]]:
    bound: dict[str, list[str]] = {}
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
            if text:
                bound.setdefault(text, []).append(action.objectName() or action.text())
    return bound


def test_no_two_actions_of_the_window_share_a_shortcut(window: MainWindow) -> None:
    bound = _shortcuts(window)
    clashes = {key: names for key, names in bound.items() if len(names) > 1}
    assert clashes == {}
    # The collection sees the add-ons' actions too (documents, checks).
    assert {"Ctrl+L", "Ctrl+D", "A", "Ctrl+Z"} <= set(bound)


def test_every_shortcut_is_in_the_shortcut_list(window: MainWindow) -> None:
    from digiamt_desk.ui.help import shortcut_rows

    listed = {key for key, _text in shortcut_rows(window)}
    assert set(_shortcuts(window)) <= listed


# 3 ------------------------------------------------------------------------------------------

def test_escape_leaves_the_note_and_saves_it(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "093765345")
    view = window.ui.proceduresView
    current = _plain(window, app_id)
    qtbot.keyClick(view, Qt.Key.Key_N)
    note = window.ui.noteEdit
    assert note.hasFocus()
    qtbot.keyClicks(note, "Fax fehlt")
    qtbot.keyClick(note, Qt.Key.Key_Escape)
    assert view.hasFocus()
    assert _procedure(window.desk, app_id, current).note == "Fax fehlt"
    qtbot.keyClick(view, Qt.Key.Key_A)  # a key on the table again, not typed into the note
    assert _procedure(window.desk, app_id, current).note == "Fax fehlt"
    assert _procedure(window.desk, app_id, current).decision == "accepted"


def test_tab_leaves_the_note_without_a_tab_character(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "093765345")
    view = window.ui.proceduresView
    view.setFocus()
    current = window.current_procedure_id()
    assert current is not None
    qtbot.keyClick(view, Qt.Key.Key_N)
    qtbot.keyClicks(window.ui.noteEdit, "Termin")
    qtbot.keyClick(window.ui.noteEdit, Qt.Key.Key_Tab)
    assert view.hasFocus()
    assert _procedure(window.desk, app_id, current).note == "Termin"
    assert all("\t" not in (line.new or "") for line in review.history(window.desk, app_id))


# 4 ------------------------------------------------------------------------------------------

def test_the_history_tab_speaks_german_not_field_names(qtbot: QtBot, window: MainWindow,
                                                        german: None) -> None:
    app_id = _open(window, "093765345")
    current = window.current_procedure_id()
    assert current is not None
    review.set_criterion(window.desk, app_id, [current], "administrative_service", True)
    review.decide(window.desk, app_id, [current], Decision.REJECTED, reason="email_link")
    window.show_detail()
    text = window.ui.historyBrowser.toPlainText()
    for internal in ("rejected", "reason_code", "email_link", "criteria.", "open →", "true"):
        assert internal not in text
    assert "Abgelehnt" in text and "Grund" in text and "erfüllt" in text
    reason = next(r.label_de for r in window.desk.catalog().rejection_reasons
                  if r.code == "email_link")
    assert reason in text
    stamp = review.history(window.desk, app_id, current)[-1].at.astimezone()
    raw = window.ui.historyBrowser.document().toRawText()
    assert stamp.strftime("%d.%m.%Y\u00a0%H:%M") in raw  # date and time do not break apart


def test_a_refused_acceptance_in_the_status_bar_is_german(qtbot: QtBot, window: MainWindow,
                                                          german: None) -> None:
    app_id = _open(window, "093765345")
    mail = next(p for p in list_procedures(window.desk, app_id) if p.link_kind == "mailto")
    row = window.procedures_model.row_of(mail.id)
    assert row is not None
    window.select_row(row)
    window.ui.proceduresView.setFocus()
    qtbot.keyClick(window.ui.proceduresView, Qt.Key.Key_A)
    said = window.ui.statusBar.currentMessage()
    assert "E-Mail-Adresse" in said and "e-mail" not in said


# 5 ------------------------------------------------------------------------------------------

def test_undo_selects_the_row_and_says_what_was_undone(qtbot: QtBot, window: MainWindow) -> None:
    app_id = _open(window, "093765345")
    view = window.ui.proceduresView
    current = _plain(window, app_id)
    title = _procedure(window.desk, app_id, current).title
    qtbot.keyClick(view, Qt.Key.Key_A)
    assert window.current_procedure_id() != current  # moved on to the next open one
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.current_procedure_id() == current
    said = window.ui.statusBar.currentMessage()
    assert said.startswith("Undone: accept") and title in said
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.current_procedure_id() == current
    assert window.ui.statusBar.currentMessage().startswith("Redone: accept")


def test_undo_of_a_note_says_so_in_german(qtbot: QtBot, window: MainWindow,
                                          german: None) -> None:
    app_id = _open(window, "093765345")
    current = window.current_procedure_id()
    assert current is not None
    title = _procedure(window.desk, app_id, current).title
    review.set_note(window.desk, app_id, current, "Rückruf")
    window.rows_changed([current])  # as after a note typed in the window
    window.ui.proceduresView.setFocus()
    qtbot.keyClick(window.ui.proceduresView, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.ui.statusBar.currentMessage() == (
        f"Rückgängig: Notiz zu \u201a{title}\u2018")


# 7 ------------------------------------------------------------------------------------------

def test_the_welcome_view_shows_which_button_has_the_keyboard_focus(qtbot: QtBot,
                                                                     tmp_path: Path) -> None:
    dialog = make_welcome_dialog(tmp_path / "digiamt.db", tmp_path / "demo.db", [])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(dialog.demo_button.hasFocus)
    focused = dialog.demo_button.grab().toImage()
    qtbot.keyClick(dialog.demo_button, Qt.Key.Key_Tab)
    qtbot.waitUntil(dialog.import_button.hasFocus)
    assert dialog.demo_button.grab().toImage() != focused  # the focus is drawn


def test_the_last_database_is_reopened_without_the_welcome_view(
        qtbot: QtBot, demo_template: Path, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    kept = tmp_path / "elsewhere" / "cases.db"
    kept.parent.mkdir()
    shutil.copy(demo_template, kept)
    recent.remember(str(kept))
    monkeypatch.setattr(session_module, "default_database_path",
                        lambda: tmp_path / "missing" / "digiamt.db")

    def no_welcome(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("the welcome view was shown although a database was open lately")

    monkeypatch.setattr(session_module, "make_welcome_dialog", no_welcome)
    session = DeskSession()
    try:
        assert session.start(None)
        assert session.window is not None
        qtbot.addWidget(session.window)
        assert session.desk is not None and Path(session.desk.location) == kept
    finally:
        session.close()


def test_the_welcome_view_does_not_say_there_is_no_database_when_some_are_listed(
        qtbot: QtBot, german: None, tmp_path: Path) -> None:
    dialog = make_welcome_dialog(tmp_path / "digiamt.db", tmp_path / "demo.db",
                                 [str(tmp_path / "old.db")])
    qtbot.addWidget(dialog)
    assert "noch keine" not in dialog.intro.text()


# 8 ------------------------------------------------------------------------------------------

def test_the_first_start_asks_for_the_reviewers_name_without_blocking(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DIGIAMT_REVIEWER", raising=False)
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    bar = window.reviewer_bar
    assert bar.isVisible()  # in the window, not a dialog before it
    # One line above the panes, not a share of the window's height (found in a screenshot).
    assert bar.height() <= bar.sizeHint().height() + 4
    assert window.ui.mainSplitter.height() > window.height() // 2
    bar.name_edit.setText("Erika Prüferin")
    qtbot.keyClick(bar.name_edit, Qt.Key.Key_Return)
    assert not bar.isVisible()
    assert demo_desk.reviewer == "Erika Prüferin"
    assert UserSettings.load().reviewer == "Erika Prüferin"
    app_id = _open(window, "093765345")
    _plain(window, app_id)
    window.ui.actionAccept.trigger()
    assert review.history(demo_desk, app_id)[-1].by == "Erika Prüferin"


def test_no_question_when_the_name_is_given(qtbot: QtBot, demo_desk: Desk,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGIAMT_REVIEWER", "Max Muster")
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    assert not window.reviewer_bar.isVisible()


# 9 ------------------------------------------------------------------------------------------

def test_copy_gives_the_selected_rows_with_a_header(qtbot: QtBot, window: MainWindow) -> None:
    _open(window, "093765345")
    view = window.ui.proceduresView
    model = window.procedures_model
    view.clearSelection()
    for r in (0, 2):
        view.selectionModel().select(
            model.index(r, 0),
            QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows)
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    lines = QGuiApplication.clipboard().text().splitlines()
    assert len(lines) == 3
    header = lines[0].split("\t")
    assert header[0] == "Procedure" and "Decision" in header
    assert lines[1].split("\t")[0] == model.index(0, model.TITLE).data()
    assert lines[2].split("\t")[0] == model.index(2, model.TITLE).data()


def test_the_table_has_a_context_menu_with_the_review_actions(window: MainWindow) -> None:
    _open(window, "093765345")
    menu = window.table_context_menu()
    assert isinstance(menu, QMenu)
    actions = [a for a in menu.actions() if not a.isSeparator()]
    assert window.ui.actionAccept in actions and window.ui.actionReject in actions
    assert any(a.text().startswith("&Copy") for a in actions)


def test_review_and_checks_menus_have_distinct_german_names(german: None,
                                                            qtbot: QtBot,
                                                            demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    titles = [a.text().replace("&", "") for a in window.menuBar().actions()]
    stems = [t[:6] for t in titles]
    assert len(set(stems)) == len(stems), titles


def test_the_sort_mark_shows_the_order_really_applied(window: MainWindow) -> None:
    _open(window, "093765345")
    header = window.ui.proceduresView.horizontalHeader()
    model = window.procedures_model
    assert header.isSortIndicatorShown()
    assert header.sortIndicatorSection() == model.TITLE
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    titles = [model.index(r, model.TITLE).data() for r in range(model.rowCount())]
    assert titles == sorted(titles, key=din5007_key)  # German order: Ü with U, not after Z


def test_the_window_fits_a_small_laptop_screen(qtbot: QtBot, demo_desk: Desk) -> None:
    from digiamt_desk.ui.window_state import fit_to_screen

    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.resize(1900, 1100)  # as saved on a large screen
    window.ui.mainSplitter.setSizes([400, 1100, 400])
    fit_to_screen(window, available=(0, 0, 1366, 728))
    qtbot.waitUntil(lambda: window.ui.mainSplitter.sizes()[2] > 0)
    assert window.width() <= 1366 and window.height() <= 728
    assert window.minimumSizeHint().width() <= 1366
    sizes = window.ui.mainSplitter.sizes()
    assert sum(sizes) <= 1366 and sizes[2] >= 250  # the detail pane is not cut off


def test_an_empty_application_says_how_to_import(qtbot: QtBot, window: MainWindow) -> None:
    from digiamt_desk.services.applications import create_application

    created = create_application(window.desk, "09162000")
    window.reload()
    _open(window, "09162000")
    assert created.id is not None
    assert window.ui.emptyTableHint.isVisible()
    assert "Ctrl+I" in window.ui.emptyTableHint.text()


# 10 -----------------------------------------------------------------------------------------

def test_f1_opens_the_help_with_the_shortcuts(qtbot: QtBot, window: MainWindow) -> None:
    window.ui.proceduresView.setFocus()
    qtbot.keyClick(window.ui.proceduresView, Qt.Key.Key_F1)
    help_window = window.help_window
    assert help_window is not None and help_window.isVisible()
    text = help_window.browser.toPlainText()
    assert "Ctrl+Z" in text and "F3" in text


def test_the_german_manual_explains_review_import_and_documents(qtbot: QtBot, german: None,
                                                                 window: MainWindow) -> None:
    window.show_help()
    text = window.help_window.browser.toPlainText()
    for words in ("Anerkennen", "Import", "Auszeichnungsschreiben", "Tastenkürzel"):
        assert words in text


def test_the_register_entry_in_the_new_application_dialog_is_german_and_whole(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    from digiamt_desk.ui.dialogs import make_application_dialog

    dialog = make_application_dialog(demo_desk, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.ui.applicantSearch.setText("Dinkelsbühl")
    info = dialog.ui.applicantInfo
    qtbot.waitUntil(lambda: "Dinkelsbühl" in info.text())
    assert "population" not in info.text() and "Einwohner" in info.text()
    qtbot.waitUntil(lambda: info.height() >= info.heightForWidth(info.width()))


def test_the_applications_list_shows_its_columns_without_scrolling_sideways(
        qtbot: QtBot, german: None, demo_desk: Desk) -> None:
    window = MainWindow(demo_desk)
    qtbot.addWidget(window)
    window.resize(1366, 728)  # the first start on a 1,366 x 768 laptop
    window.ui.mainSplitter.setSizes(default_pane_sizes(1366))
    window.show()
    qtbot.waitExposed(window)
    view = window.ui.applicationsView
    model = window.applications_model
    shown = [c for c in range(model.columnCount()) if not view.isColumnHidden(c)]
    assert {model.NAME, model.STATUS, model.PROGRESS, model.ELIGIBLE} <= set(shown)
    qtbot.waitUntil(lambda: view.viewport().width() > 0)
    assert view.horizontalScrollBar().maximum() == 0


def test_the_settings_dialog_language_and_last_database_apply_at_the_next_start(
        qtbot: QtBot, qapp: QApplication, demo_desk: Desk) -> None:
    from digiamt_desk.ui.dialogs import make_settings_dialog

    recent.remember(str(demo_desk.location))
    dialog = make_settings_dialog(demo_desk, UserSettings.load())
    qtbot.addWidget(dialog)
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.reopenLastCheck.setChecked(False)
    dialog.accept()
    assert dialog.language_changed
    installed = install_translators(qapp)  # the next start, as the dialog left it
    for translator in installed:
        QCoreApplication.removeTranslator(translator)
    assert installed == []
    assert DeskSession._last_database() is None  # the welcome view or the default instead
