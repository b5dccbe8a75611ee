"""The reviewer's name, asked on the first start inside the window (never a dialog before it).

Until a name is set the history would record the login name ("root"); the bar above the table
asks once. It does not appear when the settings, `--reviewer` or DIGIAMT_REVIEWER give a name."""

from __future__ import annotations

import os

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from digiamt_desk.ui.settings import UserSettings


def name_is_given(settings: UserSettings) -> bool:
    return bool(settings.reviewer.strip() or os.environ.get("DIGIAMT_REVIEWER", "").strip())


class ReviewerBar(QFrame):
    named = Signal(str)

    def __init__(self, settings: UserSettings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("reviewerBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        # One line high: the window's panes below keep the height (a frame in a box layout
        # would otherwise take an equal share of it).
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.label = QLabel(self.tr("Your name for the history and the letters:"), self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("reviewerNameEdit")
        self.name_edit.setPlaceholderText(self.tr("First and last name"))
        self.name_edit.setMaxLength(120)
        self.label.setBuddy(self.name_edit)
        self.save_button = QPushButton(self.tr("Save"), self)
        self.later_button = QPushButton(self.tr("Later"), self)
        layout.addWidget(self.label)
        layout.addWidget(self.name_edit, 1)
        layout.addWidget(self.save_button)
        layout.addWidget(self.later_button)
        self.name_edit.returnPressed.connect(self.save)
        self.save_button.clicked.connect(self.save)
        self.later_button.clicked.connect(self.hide)
        self.setVisible(not name_is_given(settings))

    def save(self) -> None:
        name = " ".join(self.name_edit.text().split())
        if not name:
            self.name_edit.setFocus()
            return
        self.settings.reviewer = name
        self.settings.save()
        self.hide()
        self.named.emit(name)
