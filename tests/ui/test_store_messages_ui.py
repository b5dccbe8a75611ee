"""The store's refusals in the window (issue 14, items 12 and 13): a missing file is offered to
be made, a file that cannot be written opens for reading with the reason in the status bar, a
daily backup that cannot be written is a note beside the window, a refusal while working is
said in German, and none of it is an "unexpected error"."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from digiamt_desk.store.sqlite_safety import (
    DatabaseReadOnly,
    DiskFull,
    ForeignSchema,
    NotOurDatabase,
    Writability,
)
from digiamt_desk.ui import app as app_module
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.session import DeskSession
from digiamt_desk.ui.store_messages import store_message


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def cases_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases" / "demo.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_args: object) -> object:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    return asked


def test_a_missing_database_is_made_only_when_the_user_says_so(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "neu.db"
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    assert DeskSession().open_database(str(target)) is None
    assert asked == [f"{target} does not exist or is empty. Create a new, empty database there?"]
    assert not target.exists()
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    desk = DeskSession().open_database(str(target))
    assert desk is not None and target.exists() and not desk.read_only
    desk.close()


def test_another_programs_file_is_refused_in_german(german: None, tmp_path: Path) -> None:
    refusal = NotOurDatabase(tmp_path / "kasse.db", "it holds other tables: buchung")
    assert store_message(refusal) == (
        f"{tmp_path / 'kasse.db'} ist keine Datenbank von DigiAmt Desk (it holds other tables: "
        "buchung). Sie wurde nicht verändert.")
    trigger = ForeignSchema(tmp_path / "x.db", "trigger", "wipe", "extra")
    assert store_message(trigger).startswith(
        f"{tmp_path / 'x.db'} enthält das Objekt „wipe“ (Trigger), das DigiAmt Desk nicht "
        "anlegt.")


def test_a_full_disk_while_working_is_said_in_german_and_not_as_a_fault(
        german: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(
        lambda _parent, title, text, *_a: shown.append((title, text))))
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(
        lambda *_a: pytest.fail("a refusal of the store is no unexpected error")))
    path = tmp_path / "fall.db"
    app_module._excepthook(DiskFull, DiskFull(path), None)
    app_module._excepthook(DatabaseReadOnly, DatabaseReadOnly(path, Writability.DRIVE_READ_ONLY),
                           None)
    assert shown == [
        ("Speichern nicht möglich", f"{path} kann nicht gespeichert werden: der Datenträger ist "
         "voll. Es wurde nichts geändert; schaffen Sie Platz und versuchen Sie es erneut."),
        ("Speichern nicht möglich", f"{path} kann nicht gespeichert werden: das Laufwerk ist "
         "schreibgeschützt. Es wurde nichts geändert.")]


def _immutable(path: Path, on: bool) -> None:
    result = subprocess.run(["chattr", "+i" if on else "-i", str(path)], capture_output=True)
    if on and result.returncode != 0:
        pytest.skip("chattr +i is not possible here")


def test_a_write_protected_file_opens_for_reading_with_the_reason(
        qtbot: QtBot, cases_db: Path) -> None:
    _immutable(cases_db, True)
    session = DeskSession()
    try:
        assert session.start(str(cases_db))
        assert session.window is not None and session.desk is not None
        qtbot.addWidget(session.window)
        assert session.desk.read_only and session.desk.read_only_reason == "file_read_only"
        assert session.window.applications_model.rowCount() == 5  # reading works
        label = session._read_only_label
        assert label is not None and label.isVisibleTo(session.window)
        assert label.text() == "<b>Read-only</b>: the database file is write-protected"
        assert not session.window.ui.actionImport.isEnabled()
    finally:
        session.close()
        _immutable(cases_db, False)


def test_a_daily_backup_that_cannot_be_written_is_a_note_beside_the_window(
        qtbot: QtBot, cases_db: Path) -> None:
    backups = cases_db.parent / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("in the way")
    session = DeskSession()
    try:
        assert session.start(str(cases_db))
        assert session.window is not None and session.desk is not None
        qtbot.addWidget(session.window)
        assert not session.desk.read_only  # the work goes on
        notes = [n for n in session._notices if n.objectName() == "storeWarning"]
        assert len(notes) == 1 and notes[0].isVisible()
        assert notes[0].text().startswith(
            f"The daily backup could not be written into {backups} (")
    finally:
        session.close()
