"""The database settings that the command line could set and the window could not: four eyes,
the link check's private networks, the URL import's deadline and the query letter's deadline,
set in the settings dialog and read back through the services that use them."""

from __future__ import annotations

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from digiamt_desk.services import approval, documents
from digiamt_desk.services.applications import find_application
from digiamt_desk.services.checks import with_network_allowance
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.imports import download_seconds
from digiamt_desk.ui.dialogs import SettingsDialog, make_settings_dialog
from digiamt_desk.ui.settings import UserSettings

KEYS = ("review.four_eyes", "checks.allow_private_networks", "imports.download_seconds",
        "documents.query_deadline_weeks")


def open_dialog(qtbot: QtBot, desk: Desk) -> SettingsDialog:
    dialog = make_settings_dialog(desk, UserSettings.load())
    qtbot.addWidget(dialog)
    dialog.ui.reviewerEdit.setText("Erika Musterfrau")
    return dialog


def stored(desk: Desk) -> dict[str, str]:
    return {key: desk.setting(key, "(none)") for key in KEYS}


def test_the_dialog_sets_four_eyes_networks_and_both_deadlines(qtbot: QtBot,
                                                               demo_desk: Desk) -> None:
    dialog = open_dialog(qtbot, demo_desk)
    ui = dialog.ui
    # The defaults as the services see them.
    assert not ui.fourEyesCheck.isChecked() and not approval.four_eyes_on(demo_desk)
    assert not ui.privateNetworksCheck.isChecked()
    assert ui.downloadSecondsEdit.text() == "20" and download_seconds(demo_desk) == 20
    assert ui.queryDeadlineEdit.text() == "4"
    ui.fourEyesCheck.setChecked(True)
    ui.privateNetworksCheck.setChecked(True)
    ui.downloadSecondsEdit.setText(" 90 ")
    ui.queryDeadlineEdit.setText("6")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert approval.four_eyes_on(demo_desk)
    assert with_network_allowance(demo_desk, None).allow_private_networks
    assert download_seconds(demo_desk) == 90
    app = find_application(demo_desk, "09571136")
    assert app.id is not None
    prepared = documents.prepare(demo_desk, app.id)
    assert prepared.data.deadline == prepared.data.on + timedelta(weeks=6)
    # Stored as the command line stores them, and shown again when the dialog reopens.
    assert stored(demo_desk) == {"review.four_eyes": "on", "checks.allow_private_networks": "yes",
                                 "imports.download_seconds": "90",
                                 "documents.query_deadline_weeks": "6"}
    reopened = open_dialog(qtbot, demo_desk)
    again = reopened.ui
    assert again.fourEyesCheck.isChecked() and again.privateNetworksCheck.isChecked()
    assert (again.downloadSecondsEdit.text(), again.queryDeadlineEdit.text()) == ("90", "6")
    again.fourEyesCheck.setChecked(False)
    again.privateNetworksCheck.setChecked(False)
    reopened.accept()
    assert not approval.four_eyes_on(demo_desk)
    assert not with_network_allowance(demo_desk, None).allow_private_networks


def test_a_bad_deadline_is_refused_and_nothing_is_saved(qtbot: QtBot, demo_desk: Desk) -> None:
    before = stored(demo_desk)
    cases = [("downloadSecondsEdit", "0", "seconds from 1 to 600"),
             ("downloadSecondsEdit", "601", "seconds from 1 to 600"),
             ("downloadSecondsEdit", "zwanzig", "seconds from 1 to 600"),
             ("queryDeadlineEdit", "27", "weeks from 1 to 26"),
             ("queryDeadlineEdit", "0", "weeks from 1 to 26"),
             ("queryDeadlineEdit", "4,5", "weeks from 1 to 26")]
    for field, value, message in cases:
        dialog = open_dialog(qtbot, demo_desk)
        ui = dialog.ui
        ui.fourEyesCheck.setChecked(True)  # changed along with the bad value: not saved either
        ui.contactEdit.setPlainText("Max Mustermann")
        getattr(ui, field).setText(value)
        dialog.accept()
        assert dialog.result() != dialog.DialogCode.Accepted, value
        assert message in ui.messageLabel.text(), value
        assert stored(demo_desk) == before, value
        assert demo_desk.setting("letterhead.contact") != "Max Mustermann"
        assert not approval.four_eyes_on(demo_desk)


def test_the_login_name_is_not_offered_as_the_reviewers_name(
        qtbot: QtBot, demo_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Opened without a name (no --reviewer, no DIGIAMT_REVIEWER, none saved): the name field
    starts empty instead of with the login name, so OK cannot quietly make the login name the
    letters' contact; it asks for a name."""
    monkeypatch.delenv("DIGIAMT_REVIEWER", raising=False)
    path = tmp_path / "unnamed.db"
    shutil.copy(demo_template, path)
    desk = open_desk(path)
    try:
        assert desk.reviewer and not desk.named_reviewer  # the login name, not a given name
        dialog = make_settings_dialog(desk, UserSettings.load())
        qtbot.addWidget(dialog)
        assert dialog.ui.reviewerEdit.text() == ""
        assert dialog.ui.reviewerEdit.placeholderText()
        dialog.accept()
        assert dialog.isVisible() or dialog.result() != SettingsDialog.DialogCode.Accepted
        assert "name" in dialog.ui.messageLabel.text().lower()
        assert desk.named_reviewer == "" and UserSettings.load().reviewer == ""
        dialog.ui.reviewerEdit.setText("Erika Musterfrau")
        dialog.accept()
        assert desk.named_reviewer == "Erika Musterfrau"
    finally:
        desk.close()
