"""Checks › Shared links…: the groups of rows an import merged under one link although their
titles or LeiKa keys differ, and the reviewer's answer to each: keep it as one procedure, or
split it into one procedure per title. Both are steps of the review history (Ctrl+Z undoes them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import shared_links
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.messages import describe

if TYPE_CHECKING:
    from digiamt_desk.ui.main_window import MainWindow

STATES = {
    "shared": QT_TRANSLATE_NOOP("SharedLinks", "open"),
    "kept": QT_TRANSLATE_NOOP("SharedLinks", "kept as one"),
    "split": QT_TRANSLATE_NOOP("SharedLinks", "split"),
}


REFUSALS = {
    "not_shared_link": QT_TRANSLATE_NOOP(
        "SharedLinks", "This procedure is no open shared-link group (it is split already)."),
    "nothing_to_split": QT_TRANSLATE_NOOP(
        "SharedLinks", "The rows of this link name one service; there is nothing to split."),
}


class SharedLinksDialog(QDialog):
    changed = Signal()  # a group was kept or split: the window reloads the procedures

    def __init__(self, desk: Desk, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.application_id = application_id
        self.groups: list[shared_links.SharedGroup] = []
        self.setWindowTitle(self.tr("Shared links"))
        self.resize(900, 480)
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Rows with different titles or LeiKa keys share these links. By the award's rule a "
            "link counts once; split a group where its rows are different online services. "
            "Ctrl+Z in the window undoes a step."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("State"), self.tr("Link"), self.tr("Rows"),
                                   self.tr("Titles")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        layout.addWidget(self.tree, 1)
        buttons = QHBoxLayout()
        self.split_button = QPushButton(self.tr("&Split into one procedure per title"))
        self.keep_button = QPushButton(self.tr("&Keep as one procedure"))
        close = QPushButton(self.tr("Close"))
        for button in (self.split_button, self.keep_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.split_button.clicked.connect(self.split_current)
        self.keep_button.clicked.connect(self.keep_current)
        close.clicked.connect(self.close)
        self.tree.currentItemChanged.connect(lambda *_: self._update())
        self.reload()

    def reload(self) -> None:
        current = self.current()
        self.groups = shared_links.shared_groups(self.desk, self.application_id)
        self.tree.clear()
        for group in self.groups:
            titles = "; ".join(group.titles[:10]) + (" …" if len(group.titles) > 10 else "")
            item = QTreeWidgetItem([
                QCoreApplication.translate("SharedLinks", str(STATES[group.state])), group.url,
                str(len(group.rows)), titles])
            item.setToolTip(3, "\n".join(group.titles))
            item.setData(0, Qt.ItemDataRole.UserRole, group.procedure_id)
            self.tree.addTopLevelItem(item)
            if current is not None and group.procedure_id == current.procedure_id:
                self.tree.setCurrentItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        if not self.groups:
            self.status.setText(self.tr("No shared links in this application."))
        self._update()

    def current(self) -> shared_links.SharedGroup | None:
        item = self.tree.currentItem()
        if item is None:
            return None
        index = self.tree.indexOfTopLevelItem(item)
        return self.groups[index] if 0 <= index < len(self.groups) else None

    def _update(self) -> None:
        group = self.current()
        self.split_button.setEnabled(group is not None and group.state != "split"
                                     and len(group.titles) > 1)
        self.keep_button.setEnabled(group is not None and group.state == "shared")

    def split_current(self) -> bool:
        group = self.current()
        if group is None:
            return False
        return self._act(lambda: shared_links.split_group(
            self.desk, self.application_id, group.procedure_id),
            self.tr("Split into %1 procedures.").replace("%1", str(len(group.titles))))

    def keep_current(self) -> bool:
        group = self.current()
        if group is None:
            return False
        return self._act(lambda: shared_links.keep_merged(
            self.desk, self.application_id, group.procedure_id),
            self.tr("Kept as one procedure."))

    def _act(self, action: object, done: str) -> bool:
        try:
            action()  # type: ignore[operator]
        except ReviewError as error:
            wording = REFUSALS.get(error.code)
            self.status.setText(QCoreApplication.translate("SharedLinks", str(wording))
                                if wording else describe(error))
            return False
        self.status.setText(done)
        self.changed.emit()
        self.reload()
        return True


def make_shared_links_dialog(desk: Desk, application_id: int,
                             parent: QWidget | None = None) -> SharedLinksDialog:
    return SharedLinksDialog(desk, application_id, parent)


class SharedLinksController:
    """The menu entry in Checks and the dialog it opens for the application in the window."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.dialog: SharedLinksDialog | None = None
        self.action = QAction(QCoreApplication.translate("SharedLinks", "S&hared links…"),
                              window)
        self.action.setToolTip(QCoreApplication.translate(
            "SharedLinks", "Rows with different titles that the import merged under one link: "
            "keep each group as one procedure or split it"))
        self.action.triggered.connect(self.open)
        window.checks.menu.addAction(self.action)

    def open(self) -> SharedLinksDialog | None:
        window = self.window
        if window.application is None or window.application.id is None:
            return None
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = make_shared_links_dialog(window.desk, window.application.id, window)
        self.dialog.changed.connect(self._changed)
        self.dialog.show()
        return self.dialog

    def _changed(self) -> None:
        window = self.window
        if window.application is not None:  # a split adds procedures: load the table again
            window.open_application(window.application.id)


def install_shared_links(window: MainWindow) -> SharedLinksController:
    return SharedLinksController(window)


__all__ = ["SharedLinksController", "SharedLinksDialog", "install_shared_links",
           "make_shared_links_dialog"]
