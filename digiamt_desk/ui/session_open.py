"""Opening a database with the answers a user needs: refused (locked by another program),
damaged (restore the newest sound backup or read it only), missing (create one there?), a team
server's password, or why it cannot be opened. Imported once the window is up: it loads the
database layer.

An opening is a chain of attempts: `run_attempt` does one (on any thread: it touches no
widget), `next_attempt` asks the refusal's dialog on the GUI thread and says what to try next
(the same database with a password, created, restored from its backup, read only) or None.
`open_now` runs the chain on the GUI thread (`DeskSession.open_database`);
`session_switch.OpeningRun` runs each attempt on a pool thread."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
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
REFUSALS = (StoreError, InputError, OSError)  # what open_desk refuses with (said, not a fault)


@dataclass(frozen=True)
class Attempt:
    """One try at opening `db`. `restore_from`: a damaged file is replaced by this backup
    first (its lock held meanwhile); `read_only`: a damaged file opened for reading only."""

    db: str | None
    create: bool | None = None
    password: str | None = None
    restore_from: Path | None = None
    read_only: bool = False


class PlainRefusal(Exception):
    """A restore or a read-only opening that failed: said in a plain message, no dialog more
    (its cause is __cause__)."""


def run_attempt(attempt: Attempt) -> Desk:
    """open_desk as the attempt says; raises a refusal (REFUSALS, PlainRefusal). Touches no
    widget: it may run on a pool thread."""
    if attempt.restore_from is not None:
        path = Path(attempt.db or "")
        try:
            with holding_lock(path, PROGRAM):
                restore(path, attempt.restore_from)
        except (StoreError, OSError) as exc:
            raise PlainRefusal(str(exc)) from exc
        attempt = replace(attempt, restore_from=None)
    if attempt.read_only:
        try:
            return open_desk(attempt.db, read_only=True, load_register=False, program=PROGRAM)
        except (StoreError, OSError) as exc:
            raise PlainRefusal(str(exc)) from exc
    return open_desk(attempt.db, daily_backup=True, program=PROGRAM, create=attempt.create,
                     password=attempt.password)


def open_now(session: DeskSession, db: str | None, parent: QWidget | None,
             create: bool | None = None, password: str | None = None) -> Desk | None:
    """The attempts on the GUI thread (a busy cursor meanwhile), each refusal's dialog between
    them; the database opened, or None."""
    return open_attempts(session, Attempt(db, create, password), parent)


def open_attempts(session: DeskSession, attempt: Attempt | None,
                  parent: QWidget | None) -> Desk | None:
    while attempt is not None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            desk = run_attempt(attempt)
        except (*REFUSALS, PlainRefusal) as exc:
            QGuiApplication.restoreOverrideCursor()
            attempt = next_attempt(exc, attempt, parent)
            continue
        QGuiApplication.restoreOverrideCursor()
        return finish(session, attempt, desk)
    return None


def finish(session: DeskSession, attempt: Attempt, desk: Desk) -> Desk:
    """A database just opened: its warnings wait for the window, it heads the recent list, the
    crash guard knows it (a damaged one opened read only: only the recent list)."""
    if attempt.read_only:
        recent.remember(desk.location)
        return desk
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


def next_attempt(exc: BaseException, attempt: Attempt,
                 parent: QWidget | None) -> Attempt | None:
    """The dialog for why the attempt was refused (GUI thread), and what to try next as the
    user chose there (None: nothing). A fault that is no refusal is raised again."""
    if isinstance(exc, PlainRefusal):
        _cannot_open(parent, str(exc))
        return None
    if isinstance(exc, PasswordNeeded):
        from digiamt_desk.ui.team import ask_password

        password = ask_password(parent, exc.url)
        if password is None:
            return None
        return replace(attempt, password=password)
    if isinstance(exc, DatabaseMissing):
        answer = QMessageBox.question(parent,
            QCoreApplication.translate("DeskSession", "No database there"), store_message(exc))
        if answer != QMessageBox.StandardButton.Yes:
            return None
        return replace(attempt, create=True)
    if isinstance(exc, DatabaseLocked):
        make_locked_message(exc, parent).exec()
        return None
    if isinstance(exc, DatabaseDamaged):
        return _damaged_choice(exc, parent)
    if isinstance(exc, REFUSALS):
        _cannot_open(parent, store_message(exc))
        return None
    raise exc


def _cannot_open(parent: QWidget | None, text: str) -> None:
    QMessageBox.critical(parent, QCoreApplication.translate(
        "DeskSession", "Cannot open the database"), text)


def _damaged_choice(damaged: DatabaseDamaged, parent: QWidget | None) -> Attempt | None:
    dialog = make_damaged_dialog(damaged, parent)
    dialog.exec()
    choice = dialog.choice()
    path = str(damaged.database)
    if choice == DamagedChoice.RESTORE and damaged.backup is not None:
        return Attempt(path, restore_from=damaged.backup.path)
    if choice == DamagedChoice.READ_ONLY:
        return Attempt(path, read_only=True)
    return None
