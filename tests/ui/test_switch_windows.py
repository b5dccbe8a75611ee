"""The windows of a database close when the review window switches to another one: a
statistics window, the candidates and the re-check dialogs showed (and would have written
into) the database that was left, after it was closed."""

from __future__ import annotations

import shutil
from pathlib import Path

from pytestqt.qtbot import QtBot

from digiamt_desk.ui.session import DeskSession


def test_the_windows_of_the_database_left_close_on_a_switch(
        running: DeskSession, demo_template: Path, tmp_path: Path, qtbot: QtBot) -> None:
    window, first = running.window, running.desk
    assert window is not None and first is not None
    figures = window.publication.open_statistics()
    qtbot.waitUntil(lambda: figures.job is None)  # its figures are in
    candidates = window.publication.open_candidates()
    recheck = window.publication.open_recheck()
    assert figures.isVisible() and candidates.isVisible() and recheck.isVisible()
    other = tmp_path / "other.db"
    shutil.copy(demo_template, other)

    running.switch(str(other))
    qtbot.waitUntil(lambda: not running.switching())

    assert running.desk is not first and window.desk is running.desk
    assert not figures.isVisible() and not candidates.isVisible() and not recheck.isVisible()
    again = window.publication.open_statistics()  # Reports › Statistics: the new database's
    assert again is not figures and again.desk is running.desk
