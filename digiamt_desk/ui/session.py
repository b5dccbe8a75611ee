"""The running application around the review window: which database is open, the welcome view
on the first start, File > Open recent, Back up now and Restore, and what happens when a
database is locked by another program or damaged."""

from __future__ import annotations

import logging
import time
from pathlib import Path

import platformdirs
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QMessageBox, QWidget

from digiamt_desk.domain.importing import InputError
from digiamt_desk.services.desk import APP_AUTHOR, APP_NAME, Desk, default_database_path, open_desk
from digiamt_desk.services.safety import (
    Backup,
    DatabaseDamaged,
    DatabaseLocked,
    DatabaseMissing,
    DBAPIError,
    IntegrityError,
    PasswordNeeded,
    StoreError,
    holding_lock,
    restore,
    take_backup,
)
from digiamt_desk.ui import recent
from digiamt_desk.ui.backups import (
    DamagedChoice,
    make_damaged_dialog,
    make_locked_message,
    make_restore_confirmation,
    make_restore_dialog,
)
from digiamt_desk.ui.crash import CrashGuard, EndedSession, make_crash_notice
from digiamt_desk.ui.store_messages import (
    explain_unreadable,
    read_only_label,
    store_message,
    store_warning_box,
    warning_message,
)
from digiamt_desk.ui.welcome import Start, make_welcome_dialog

log = logging.getLogger(__name__)
PROGRAM = "digiamt-desk"


def demo_database_path() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo.db"


class _FirstPaint(QObject):
    """Prints the moment the window is first painted (`--exit-after-show`) and quits."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            watched.removeEventFilter(self)
            print(f"shown {time.monotonic():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        return False


class DeskSession:
    def __init__(self, guard: CrashGuard | None = None, *, exit_after_show: bool = False) -> None:
        from digiamt_desk.ui.main_window import MainWindow

        self.guard = guard
        self.exit_after_show = exit_after_show
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.exit_code = 0
        self._read_only_label: QLabel | None = None
        self._notices: list[QMessageBox] = []
        self._pending_warnings: list[str] = []  # of the store, shown once the window is up

    # --- start ---------------------------------------------------------------------------------

    def start(self, db: str | None, ended: list[EndedSession] | None = None) -> bool:
        """Open the database (or ask on the first start) and show the window; False if the
        user chose nothing or the database could not be opened."""
        start_with_import = False
        if db is None:
            db = self._last_database()
        if db is None and not default_database_path().exists():
            welcome = make_welcome_dialog(
                default_database_path(), demo_database_path(), recent.recent_databases()
            )
            if ended:  # beside the welcome view, and staying when it closes
                self._show_crash_notice(ended, None)
            if not welcome.exec() or welcome.choice is None or welcome.path is None:
                return False
            if welcome.choice is Start.DEMO and not welcome.path.exists():
                try:
                    self._create_demo(welcome.path)
                except (StoreError, InputError, OSError) as exc:
                    QMessageBox.critical(
                        None,
                        QCoreApplication.translate("DeskSession", "Cannot open the database"),
                        str(exc),
                    )
                    self.exit_code = 1
                    return False
            start_with_import = welcome.choice is Start.IMPORT
            db = str(welcome.path)
            if welcome.choice is Start.SERVER and welcome.server_url:
                db = welcome.server_url  # Connect to team server (issue 13)
            ended = None
        # A new database only when asked: the welcome view's "import a list" starts one.
        desk = self.open_database(db, create=True if start_with_import else None)
        if desk is None:
            self.exit_code = 1
            return False
        try:
            self._show_window(desk)
        except DBAPIError as exc:
            if not desk.read_only:
                raise
            # Opened read-only because it is damaged, and the damage is where the window reads.
            if self.window is not None:
                self.window.deleteLater()
                self.window = None
            desk.close()
            self.desk = None
            explain_unreadable(desk.location, exc)
            self.exit_code = 1
            return False
        if ended:
            self._show_crash_notice(ended, self.window)
        for notice in self._notices:  # one shown beside the welcome view now belongs here
            if notice.parent() is None and self.window is not None:
                notice.setParent(self.window, notice.windowFlags())
                notice.show()
        if start_with_import and self.window is not None:
            QTimer.singleShot(0, self.window.open_import)
        return True

    @staticmethod
    def _last_database() -> str | None:
        """The database opened last, if the reviewer wants it back on start (the default) and
        it is still there; else None (the default database, or the welcome view)."""
        from digiamt_desk.ui.settings import UserSettings

        if not UserSettings.load().reopen_last:
            return None
        listed = recent.recent_databases()
        return listed[0] if listed else None

    def _create_demo(self, path: Path) -> None:
        from digiamt_desk.services.demo import create_demo

        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            create_demo(path)
        finally:
            QGuiApplication.restoreOverrideCursor()

    def _show_window(self, desk: Desk) -> None:
        from digiamt_desk.ui.main_window import MainWindow

        self.desk = desk
        window = MainWindow(desk)
        self.window = window
        window.database_requested.connect(self.switch)
        self.install_file_actions()
        self._mark_read_only()
        if self.exit_after_show:
            self._paint_watcher = _FirstPaint(window)
            window.installEventFilter(self._paint_watcher)
        window.show()

    def _show_crash_notice(self, ended: list[EndedSession], parent: QWidget | None) -> None:
        from digiamt_desk.ui.logs import log_folder

        notice = make_crash_notice(ended, log_folder() / "digiamt.log", parent)
        self._notices.append(notice)
        notice.show()

    # --- opening -------------------------------------------------------------------------------

    def open_database(self, db: str | None, *, parent: QWidget | None = None,
                      create: bool | None = None) -> Desk | None:
        """open_desk with the answers a user needs: refused (locked), damaged (restore the
        newest sound backup or read it only), missing (create one there?), or why it cannot
        be opened."""
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            desk = self._open_maybe_asking(db, parent, create)
            if desk is None:
                QGuiApplication.restoreOverrideCursor()
                return None
        except DatabaseMissing as missing:
            QGuiApplication.restoreOverrideCursor()
            answer = QMessageBox.question(
                parent, QCoreApplication.translate("DeskSession", "No database there"),
                store_message(missing))
            if answer != QMessageBox.StandardButton.Yes:
                return None
            return self.open_database(db, parent=parent, create=True)
        except DatabaseLocked as locked:
            QGuiApplication.restoreOverrideCursor()
            make_locked_message(locked, parent).exec()
            return None
        except DatabaseDamaged as damaged:
            QGuiApplication.restoreOverrideCursor()
            return self._open_damaged(damaged, parent)
        except (StoreError, InputError, OSError) as exc:
            QGuiApplication.restoreOverrideCursor()
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("DeskSession", "Cannot open the database"),
                store_message(exc),
            )
            return None
        QGuiApplication.restoreOverrideCursor()
        self._pending_warnings.extend(
            warning_message(w.code, w.message, w.params) for w in desk.warnings)
        recent.remember(desk.location)
        if self.guard is not None:
            self.guard.note_database(desk.location)
        return desk

    @staticmethod
    def _open_maybe_asking(db: str | None, parent: QWidget | None,
                           create: bool | None = None) -> Desk | None:
        """open_desk; a team server that wants a password gets it asked for (never stored)."""
        try:
            return open_desk(db, daily_backup=True, program=PROGRAM, create=create)
        except PasswordNeeded as needed:
            from digiamt_desk.ui.team import ask_password

            QGuiApplication.restoreOverrideCursor()
            password = ask_password(parent, needed.url)
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            if password is None:
                return None
            return open_desk(db, daily_backup=True, program=PROGRAM, create=create,
                             password=password)

    def _open_damaged(self, damaged: DatabaseDamaged, parent: QWidget | None) -> Desk | None:
        dialog = make_damaged_dialog(damaged, parent)
        dialog.exec()
        choice = dialog.choice()
        path = damaged.database
        try:
            if choice == DamagedChoice.RESTORE and damaged.backup is not None:
                with holding_lock(path, PROGRAM):
                    restore(path, damaged.backup.path)
                return self.open_database(str(path), parent=parent)
            if choice == DamagedChoice.READ_ONLY:
                desk = open_desk(path, read_only=True, load_register=False, program=PROGRAM)
                recent.remember(desk.location)
                return desk
        except (StoreError, OSError) as exc:
            QMessageBox.critical(
                parent,
                QCoreApplication.translate("DeskSession", "Cannot open the database"),
                str(exc),
            )
        return None

    def switch(self, path: str) -> None:
        """Open another database in the window; the current one stays open if that fails."""
        if self.window is None:
            return
        current = self.desk.database_path if self.desk is not None else None
        if current is not None and "://" not in path and Path(path).resolve() == \
                current.resolve():
            return
        new_desk = self.open_database(path, parent=self.window)
        if new_desk is None:
            return
        try:
            self._replace_desk(new_desk)
        except DBAPIError as exc:
            if not new_desk.read_only or self.desk is None:
                raise
            self.window.switch_desk(self.desk)  # back to the database that was open
            new_desk.close()
            explain_unreadable(new_desk.location, exc, self.window)

    def _replace_desk(self, new_desk: Desk) -> None:
        assert self.window is not None
        old = self.desk
        self.window.switch_desk(new_desk)
        self.desk = new_desk
        if old is not None and old is not new_desk:
            old.close()
        self._mark_read_only()

    def close(self) -> None:
        if self.desk is not None:
            self.desk.close()
            self.desk = None

    # --- the File menu -------------------------------------------------------------------------

    def install_file_actions(self) -> None:
        """Open recent, Back up now and Restore in the File menu, after Open database."""
        window = self.window
        assert window is not None
        menu = window.ui.menuFile
        actions = menu.actions()
        after = (
            actions.index(window.ui.actionOpenDatabase) + 1
            if window.ui.actionOpenDatabase in actions
            else len(actions)
        )
        anchor = actions[after] if after < len(actions) else None
        self.recent_menu = QMenu(QCoreApplication.translate("DeskSession", "Open &recent"), window)
        self.recent_menu.setObjectName("menuRecent")
        self.recent_menu.aboutToShow.connect(
            lambda: recent.fill_recent_menu(
                self.recent_menu, self.desk.location if self.desk else "", self.switch
            )
        )
        self.backup_action = QAction(
            QCoreApplication.translate("DeskSession", "&Back up now…"), window
        )
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.triggered.connect(lambda _checked=False: self.backup_now())
        self.restore_action = QAction(
            QCoreApplication.translate("DeskSession", "Res&tore from a backup…"), window
        )
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.triggered.connect(lambda _checked=False: self.choose_restore())
        separator = QAction(window)
        separator.setSeparator(True)
        added = [self.recent_menu.menuAction(), separator, self.backup_action, self.restore_action]
        if anchor is None:
            menu.addActions(added)
        else:
            menu.insertActions(anchor, added)

    def _mark_read_only(self) -> None:
        window = self.window
        if window is None:
            return
        read_only = self.desk is not None and self.desk.read_only
        sqlite = self.desk is not None and self.desk.database_path is not None
        self.backup_action.setEnabled(sqlite and not read_only)
        self.restore_action.setEnabled(sqlite)
        # The window greys out the review actions itself (MainWindow._update_summary).
        for action in (window.ui.actionImport, window.ui.actionNewApplication):
            action.setEnabled(not read_only)
        if read_only and self._read_only_label is None:
            self._read_only_label = QLabel()
            self._read_only_label.setObjectName("readOnlyLabel")
            window.ui.statusBar.addPermanentWidget(self._read_only_label)
        if self._read_only_label is not None:
            if read_only and self.desk is not None:
                self._read_only_label.setText(read_only_label(self.desk.read_only_reason))
            self._read_only_label.setVisible(read_only)
        self._show_warnings()

    def _show_warnings(self) -> None:
        """What the store could not do but the work goes on without (a daily backup)."""
        while self._pending_warnings and self.window is not None:
            notice = store_warning_box(self._pending_warnings.pop(0), self.window)
            self._notices.append(notice)
            notice.show()

    def backup_now(self) -> Path | None:
        if self.desk is None or self.desk.database_path is None or self.window is None:
            return None
        self.window._save_note()
        try:
            copy = take_backup(self.desk.database_path, "manual")
        except (OSError, StoreError) as exc:
            QMessageBox.critical(
                self.window, QCoreApplication.translate("DeskSession", "Backup failed"), str(exc)
            )
            return None
        if copy is not None:
            self.window.ui.statusBar.showMessage(
                QCoreApplication.translate("DeskSession", "Backup written: %1").replace(
                    "%1", str(copy)
                ),
                15000,
            )
        return copy

    def choose_restore(self) -> None:
        if self.desk is None or self.desk.database_path is None or self.window is None:
            return
        dialog = make_restore_dialog(self.desk.database_path, self.window)
        if not dialog.exec():
            return
        backup = dialog.selected()
        if backup is None:
            return
        confirmation = make_restore_confirmation(backup, self.window)
        confirmation.exec()
        if (
            confirmation.buttonRole(confirmation.clickedButton())
            != QMessageBox.ButtonRole.AcceptRole
        ):
            return
        self.restore_backup(backup)

    def restore_backup(self, backup: Backup) -> bool:
        """Put the backup in place of the open database (the current state is kept as a
        backup first) and show it. The lock stays with this process throughout."""
        assert self.desk is not None and self.window is not None
        path = self.desk.database_path
        assert path is not None
        self.window._save_note()
        with holding_lock(path, PROGRAM):  # held across the close: no other program slips in
            self.desk.close()
            try:
                kept = restore(path, backup.path)
            except (IntegrityError, OSError, StoreError) as exc:
                QMessageBox.critical(
                    self.window,
                    QCoreApplication.translate("DeskSession", "Restore failed"),
                    str(exc),
                )
                kept = None
                restored = False
            else:
                restored = True
            new_desk = self.open_database(str(path), parent=self.window)
        if new_desk is None:
            self.window.close()
            return False
        self.desk = None  # closed above; switch over without closing it twice
        self._replace_desk(new_desk)
        if restored:
            self.window.ui.statusBar.showMessage(
                QCoreApplication.translate(
                    "DeskSession", "Restored the state of %1; the former state is kept in %2"
                )
                .replace("%1", backup.taken.strftime("%d.%m.%Y %H:%M"))
                .replace("%2", str(kept) if kept else "-"),
                20000,
            )
        return restored
