"""The first start: no database yet. The welcome view offers the demo, a first import, an
existing database file, and the databases opened lately."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QIcon, QShowEvent
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.paths import resource

PATH_ROLE = Qt.ItemDataRole.UserRole + 1


class Start(StrEnum):
    DEMO = "demo"  # create (or open) the demo database beside the default one
    IMPORT = "import"  # create the default database, then import a first application
    OPEN = "open"  # a database file the user picked (or one of the recent ones)
    SERVER = "server"  # the team's PostgreSQL server (server_url)


class WelcomeDialog(QDialog):
    """Choose how to begin; `choice` and `path` say what was chosen once it is accepted."""

    def __init__(self, default_path: Path, demo_path: Path, recent: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_path = default_path
        self.demo_path = demo_path
        self.choice: Start | None = None
        self.path: Path | None = None
        self.server_url: str | None = None
        self.setObjectName("welcome")
        self.setWindowTitle(self.tr("Welcome to DigiAmt Desk"))
        self.setWindowIcon(QIcon(str(resource("icons", "digiamt-desk-64.png"))))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("<h2>Welcome to DigiAmt Desk</h2>"), self)
        if recent:
            text = self.tr("Open a database you worked on lately, or begin anew:")
        else:
            text = self.tr("There is no database of cases on this computer yet. How would you "
                           "like to begin?")
        self.intro = QLabel(text, self)
        self.intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(self.intro)
        self.demo_button = self._button(
            self.tr("Open the demo"),
            self.tr("Five fictional applications to try everything out (%1)").replace(
                "%1", str(demo_path)))
        self.demo_button.clicked.connect(lambda: self._choose(Start.DEMO, demo_path))
        self.import_button = self._button(
            self.tr("Import a first application…"),
            self.tr("Start your database of cases (%1) with a municipality's list of "
                    "online procedures").replace("%1", str(default_path)))
        self.import_button.clicked.connect(lambda: self._choose(Start.IMPORT, default_path))
        self.open_button = self._button(
            self.tr("Open an existing database…"),
            self.tr("A database file of DigiAmt Desk, for example from a colleague or a "
                    "backup"))
        self.open_button.clicked.connect(self._pick_file)
        self.server_button = self._button(
            self.tr("Connect to team server…"),
            self.tr("The review unit's shared database on a PostgreSQL server"))
        self.server_button.clicked.connect(self._pick_server)
        for button in (self.demo_button, self.import_button, self.open_button,
                       self.server_button):
            layout.addWidget(button)
        self.recent_label = QLabel(self.tr("Opened lately:"), self)
        self.recent_list = QListWidget(self)
        self.recent_list.setObjectName("recentList")
        for path in recent:
            item = QListWidgetItem(f"{Path(path).name}   ({Path(path).parent})")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.recent_list.addItem(item)
        self.recent_list.itemActivated.connect(
            lambda item: self._choose(Start.OPEN, Path(str(item.data(PATH_ROLE)))))
        self.recent_label.setVisible(bool(recent))
        self.recent_list.setVisible(bool(recent))
        self.recent_list.setMaximumHeight(120)
        layout.addWidget(self.recent_label)
        layout.addWidget(self.recent_list)
        # The command link buttons of some styles draw no focus at all: the keyboard user must
        # see which choice Return takes.
        self.setStyleSheet("QCommandLinkButton:focus { border: 2px solid palette(highlight); "
                           "border-radius: 4px; }")
        self._first_focus = self.recent_list if recent else self.demo_button
        if recent:
            self.recent_list.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.activateWindow()  # the first thing on screen takes the keyboard
        self._first_focus.setFocus(Qt.FocusReason.ActiveWindowFocusReason)

    def _button(self, text: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(text, description, self)
        button.setIconSize(QSize(24, 24))
        return button

    def _choose(self, choice: Start, path: Path) -> None:
        self.choice = choice
        self.path = path
        self.accept()

    def _pick_server(self) -> None:
        from digiamt_desk.ui.team import ask_server_url

        url = ask_server_url(self)
        if url:
            self.server_url = url
            self._choose(Start.SERVER, self.default_path)

    def _pick_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.default_path.parent),
            self.tr("DigiAmt databases (*.db);;All files (*)"))
        if name:
            self._choose(Start.OPEN, Path(name))


def make_welcome_dialog(default_path: Path, demo_path: Path, recent: list[str],
                        parent: QWidget | None = None) -> WelcomeDialog:
    """The welcome view, not yet shown."""
    return WelcomeDialog(default_path, demo_path, recent, parent)
