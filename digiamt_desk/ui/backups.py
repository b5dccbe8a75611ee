"""The dialogs of data safety: restore a backup, a damaged database, a database open elsewhere.
Each is built by a factory so tests can inspect it without running it."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.services.safety import Backup, DatabaseDamaged, DatabaseLocked, list_backups

BACKUP_ROLE = Qt.ItemDataRole.UserRole + 1


def kind_label(backup: Backup) -> str:
    if backup.kind == "daily":
        return QCoreApplication.translate("Backups", "daily")
    if backup.kind == "manual":
        return QCoreApplication.translate("Backups", "taken by hand")
    if backup.kind == "damaged":
        return QCoreApplication.translate("Backups", "damaged file, moved aside")
    if backup.label.startswith("before-register"):
        return QCoreApplication.translate("Backups", "before a register update")
    if backup.label.startswith("before-restore"):
        return QCoreApplication.translate("Backups", "before a restore")
    return QCoreApplication.translate("Backups", "before a database upgrade")


class RestoreDialog(QDialog):
    """The backups of the open database, newest first; `selected()` is the one to restore."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.resize(620, 380)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the state to go back to. Everything entered after it is replaced; the "
                "current state is kept as a backup first, so the restore can be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("backupList")
        self.tree.setHeaderLabels([self.tr("Taken"), self.tr("Kind"), self.tr("Size")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        locale = QLocale()
        self.backups = [b for b in list_backups(database) if b.kind != "damaged"]
        for backup in self.backups:
            item = QTreeWidgetItem(
                [
                    backup.taken.strftime("%d.%m.%Y %H:%M:%S"),
                    kind_label(backup),
                    locale.formattedDataSize(backup.size),
                ]
            )
            item.setData(0, BACKUP_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            self.tree.addTopLevelItem(item)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        layout.addWidget(self.tree)
        self.empty = QLabel(self.tr("There is no backup of this database yet."), self)
        self.empty.setVisible(not self.backups)
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.restore_button = self.buttons.addButton(
            self.tr("Restore…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.restore_button.setEnabled(False)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(
            lambda: self.restore_button.setEnabled(self.selected() is not None)
        )
        self.tree.itemActivated.connect(lambda _item, _column: self.accept())
        layout.addWidget(self.buttons)
        first = self.tree.topLevelItem(0)
        if first is not None:
            self.tree.setCurrentItem(first)

    def selected(self) -> Backup | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        path = str(items[0].data(0, BACKUP_ROLE))
        return next((b for b in self.backups if str(b.path) == path), None)


def make_restore_dialog(database: Path, parent: QWidget | None = None) -> RestoreDialog:
    return RestoreDialog(database, parent)


def make_restore_confirmation(backup: Backup, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("Backups", "Restore from a backup"),
        QCoreApplication.translate("Backups", "Go back to the state of %1?").replace(
            "%1", backup.taken.strftime("%d.%m.%Y %H:%M")
        ),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "What was entered after that is replaced. The current state is kept as a backup first.",
        )
    )
    box.addButton(
        QCoreApplication.translate("Backups", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    return box


class DamagedChoice:
    RESTORE = "restore"
    READ_ONLY = "read-only"
    CANCEL = "cancel"


class DamagedDialog(QMessageBox):
    """The database fails the integrity check: restore the newest sound backup, look at it
    read-only, or leave it."""

    def __init__(self, damaged: DatabaseDamaged, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("damagedDialog")
        self.setIcon(QMessageBox.Icon.Critical)
        self.setWindowTitle(self.tr("The database is damaged"))
        self.setText(
            self.tr("%1 fails SQLite's integrity check. It was not changed.").replace(
                "%1", html.escape(str(damaged.database))
            )
        )
        details = self.tr("SQLite reports: %1").replace("%1", damaged.problems[0])
        self.restore_button: QPushButton | None = None
        if damaged.backup is not None:
            details += "\n\n" + self.tr(
                "The newest sound backup is from %1. Restoring it keeps the damaged file in "
                "the backup folder."
            ).replace("%1", damaged.backup.taken.strftime("%d.%m.%Y %H:%M"))
            self.restore_button = self.addButton(
                self.tr("Restore that backup"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            details += "\n\n" + self.tr("There is no sound backup of it.")
        self.setInformativeText(details)
        self.read_only_button = self.addButton(
            self.tr("Open read-only"), QMessageBox.ButtonRole.ActionRole
        )
        self.cancel_button = self.addButton(QMessageBox.StandardButton.Cancel)
        self.setDefaultButton(self.restore_button or self.cancel_button)

    def choice(self) -> str:
        clicked = self.clickedButton()
        if clicked is not None and clicked is self.restore_button:
            return DamagedChoice.RESTORE
        if clicked is self.read_only_button:
            return DamagedChoice.READ_ONLY
        return DamagedChoice.CANCEL


def make_damaged_dialog(damaged: DatabaseDamaged, parent: QWidget | None = None) -> DamagedDialog:
    return DamagedDialog(damaged, parent)


def locked_text(locked: DatabaseLocked) -> str:
    holder = locked.holder
    if holder is None:
        who = QCoreApplication.translate("Backups", "another DigiAmt Desk")
    else:
        who = (
            QCoreApplication.translate("Backups", "DigiAmt Desk (process %1 on %2, since %3)")
            .replace("%1", str(holder.pid))
            .replace("%2", holder.host)
            .replace("%3", holder.since.replace("T", " "))
        )
    return (
        QCoreApplication.translate(
            "Backups",
            "%1 is open in %2.\n\nClose it there first: two programs changing the same "
            "cases would overwrite each other's work.",
        )
        .replace("%1", str(locked.database))
        .replace("%2", who)
    )


def make_locked_message(locked: DatabaseLocked, parent: QWidget | None = None) -> QMessageBox:
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Backups", "The database is in use"),
        locked_text(locked),
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setObjectName("lockedMessage")
    return box
