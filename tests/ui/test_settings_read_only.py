"""The settings dialog on a database that cannot be written (opened read-only, or its file
became read-only since): it says so before anything is typed, the database's settings cannot
be edited, the reviewer's own settings are still saved, and nothing half-saved is left."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

import digiamt_desk.services.safety as safety_module
from digiamt_desk.services import documents
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.store.sqlite_safety import DatabaseReadOnly, Writability
from digiamt_desk.ui.dialogs import make_settings_dialog
from digiamt_desk.ui.settings import UserSettings


@pytest.fixture
def read_only_desk(demo_template: Path, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    desk = open_desk(path, reviewer="UI-Test", read_only=True)
    yield desk
    desk.close()


def test_a_read_only_database_is_said_before_editing_and_only_own_settings_are_saved(
        qtbot: QtBot, read_only_desk: Desk) -> None:
    before = documents.document_settings(read_only_desk)
    dialog = make_settings_dialog(read_only_desk, UserSettings.load())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert "read-only" in ui.messageLabel.text().lower()  # said at once, not after saving
    for field in (ui.referencePatternEdit, ui.ministryEdit, ui.letterAddressEdit,
                  ui.paperCombo, ui.fourEyesCheck, ui.downloadSecondsEdit,
                  ui.queryDeadlineEdit):
        assert not field.isEnabled()
    assert ui.reviewerEdit.isEnabled() and ui.languageCombo.isEnabled()
    ui.reviewerEdit.setText("Erika Musterfrau")
    dialog.accept()  # no error box, no exception: the reviewer's own settings are kept
    assert dialog.result() == dialog.DialogCode.Accepted
    assert UserSettings.load().reviewer == "Erika Musterfrau"
    assert documents.document_settings(read_only_desk) == before


def test_a_file_that_became_read_only_is_said_when_the_dialog_opens(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(safety_module, "writability", lambda _path: Writability.FILE_READ_ONLY)
    dialog = make_settings_dialog(demo_desk, UserSettings.load())
    qtbot.addWidget(dialog)
    assert "read-only" in dialog.ui.messageLabel.text().lower()
    assert not dialog.ui.ministryEdit.isEnabled()


def test_a_refusal_while_saving_keeps_the_dialog_open_and_saves_nothing(
        qtbot: QtBot, demo_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    dialog = make_settings_dialog(demo_desk, UserSettings.load())
    qtbot.addWidget(dialog)
    ui = dialog.ui
    ui.reviewerEdit.setText("Erika Musterfrau")
    ui.ministryEdit.setText("Neues Ministerium")
    before_reviewer = UserSettings.load().reviewer
    path = demo_desk.database_path
    assert path is not None

    def refuse(*_args: object) -> None:
        raise DatabaseReadOnly(path, Writability.FILE_READ_ONLY)

    monkeypatch.setattr(documents, "save_settings", refuse)
    dialog.accept()
    assert dialog.result() != dialog.DialogCode.Accepted  # still open, nothing lost
    assert "read-only" in ui.messageLabel.text().lower()
    assert UserSettings.load().reviewer == before_reviewer  # nothing half-saved
    assert not ui.ministryEdit.isEnabled()
