"""Opening a database with the answers a user needs: refused (locked by another program),
damaged (restore the newest sound backup or read it only), missing (create one there?), a team
server's password, or why it cannot be opened. Imported once the window is up: it loads the
database layer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from digiamt_desk.domain.importing import InputError
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.safety import (
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    PasswordNeeded,
    StoreError,
    holding_lock,
    restore,
)
from digiamt_desk.ui import recent
from digiamt_desk.ui.backups import DamagedChoice, make_damaged_dialog, make_locked_message
from digiamt_desk.ui.store_messages import store_message, warning_message

if TYPE_CHECKING:
    from digiamt_desk.ui.session import DeskSession

PROGRAM = "digiamt-desk"


def open_now(session: DeskSession, db: str | None, parent: QWidget | None,
             create: bool | None = None, password: str | None = None) -> Desk | None:
    """open_desk on the GUI thread (a busy cursor meanwhile), then what `opened` and
    `after_failure` do."""
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        desk = open_desk(db, daily_backup=True, program=PROGRAM, create=create,
                         password=password)
    except (StoreError, InputError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        return after_failure(session, exc, db, parent, create)
    QGuiApplication.restoreOverrideCursor()
    return opened(session, desk)


def opened(session: DeskSession, desk: Desk) -> Desk:
    """A database just opened: its warnings wait for the window, it heads the recent list, the
    crash guard knows it."""
    session.pending_warnings.extend(
        warning_message(w.code, w.message, w.params) for w in desk.warnings)
    recent.remember(desk.location)
    if session.guard is not None:
        session.guard.note_database(desk.location)
    return desk


def after_failure(session: DeskSession, exc: BaseException, db: str | None,
                  parent: QWidget | None, create: bool | None = None) -> Desk | None:
    """The dialog for why open_desk refused, and what the user chose there (a database opened
    after all, or None)."""
    if isinstance(exc, PasswordNeeded):
        from digiamt_desk.ui.team import ask_password

        password = ask_password(parent, exc.url)
        if password is None:
            return None
        return open_now(session, db, parent, create, password)
    if isinstance(exc, DatabaseMissing):
        answer = QMessageBox.question(parent,
            QCoreApplication.translate("DeskSession", "No database there"), store_message(exc))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return open_now(session, db, parent, create=True)
    if isinstance(exc, DatabaseLocked):
        make_locked_message(exc, parent).exec()
        return None
    if isinstance(exc, DatabaseDamaged):
        return _open_damaged(session, exc, parent)
    if isinstance(exc, StoreError | InputError | OSError):
        QMessageBox.critical(
            parent, QCoreApplication.translate("DeskSession", "Cannot open the database"),
            store_message(exc))
        return None
    raise exc


def _open_damaged(session: DeskSession, damaged: DatabaseDamaged,
                  parent: QWidget | None) -> Desk | None:
    dialog = make_damaged_dialog(damaged, parent)
    dialog.exec()
    choice = dialog.choice()
    path = damaged.database
    try:
        if choice == DamagedChoice.RESTORE and damaged.backup is not None:
            with holding_lock(path, PROGRAM):
                restore(path, damaged.backup.path)
            return open_now(session, str(path), parent)
        if choice == DamagedChoice.READ_ONLY:
            desk = open_desk(path, read_only=True, load_register=False, program=PROGRAM)
            recent.remember(desk.location)
            return desk
    except (StoreError, OSError) as exc:
        QMessageBox.critical(parent,
            QCoreApplication.translate("DeskSession", "Cannot open the database"), str(exc))
    return None
