from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings
from pytestqt.qtbot import QtBot

from digiamt_desk.services.demo import create_demo
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.session import DeskSession


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    create_demo(path)
    return path


@pytest.fixture
def demo_desk(demo_template: Path, tmp_path: Path) -> Iterator[Desk]:
    path = tmp_path / "demo.db"
    shutil.copy(demo_template, path)
    desk = open_desk(path, reviewer="UI-Test")
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot: QtBot, demo_desk: Desk) -> Iterator[MainWindow]:
    """The review window on a fresh copy of the demo, shown."""
    shown = MainWindow(demo_desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    # Keys reach a window's shortcuts only while it is the active window; under Xvfb without a
    # window manager nothing activates it by itself.
    shown.activateWindow()
    qtbot.waitActive(shown)
    shown.ui.proceduresView.setFocus()
    yield shown
    if shown.checks.job is not None:  # never leave a worker writing into a closed database
        shown.checks.cancel()
        qtbot.waitUntil(lambda: shown.checks.job is None, timeout=10000)


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp: object) -> None:
    """Window state goes to a temporary INI file, not the tester's real settings."""
    QCoreApplication.setOrganizationName("StMD-Test")
    QCoreApplication.setApplicationName("DigiAmt Desk Test")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A copy of the demo database in a folder of its own (its backups go beside it)."""
    path = tmp_path / "cases" / "demo.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


@pytest.fixture
def running(demo_db: Path, qtbot: QtBot) -> Iterator[DeskSession]:
    """The application started on `demo_db`, its window shown."""
    session = DeskSession()
    assert session.start(str(demo_db))
    assert session.window is not None
    qtbot.addWidget(session.window)
    yield session
    session.close()
