"""The File menu's part of the running application: opening another database (Open, Open
recent; on a pool thread, the window greyed meanwhile: session_switch), Back up now, Restore
from a backup (the copy and the reopening on a pool thread too), and the marks of a database
opened for reading only. A mixin of `DeskSession`; what it needs of the database layer is
imported when used (the window is shown before it loads)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox

from digiamt_desk.ui import recent
from digiamt_desk.ui.workers import wait_for_jobs_using

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.safety import Backup
    from digiamt_desk.ui.main_window import MainWindow
    from digiamt_desk.ui.session_open import Attempt
    from digiamt_desk.ui.session_switch import OpeningRun


class FileActions:
    window: MainWindow | None
    desk: Desk | None
    pending_warnings: list[str]
    _notices: list[QMessageBox]
    _read_only_label: QLabel | None
    _switching: OpeningRun | None  # another database being opened
    _held_for_restore: ExitStack | None  # the lock across a restore
    _late: list[Desk]
    _closed: bool

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
            QCoreApplication.translate("DeskSession", "&Back up now…"), window)
        self.backup_action.setObjectName("actionBackupNow")
        self.backup_action.triggered.connect(lambda _checked=False: self.backup_now())
        self.restore_action = QAction(
            QCoreApplication.translate("DeskSession", "Res&tore from a backup…"), window)
        self.restore_action.setObjectName("actionRestore")
        self.restore_action.triggered.connect(lambda _checked=False: self.choose_restore())
        separator = QAction(window)
        separator.setSeparator(True)
        added = [self.recent_menu.menuAction(), separator, self.backup_action, self.restore_action]
        if anchor is None:
            menu.addActions(added)
        else:
            menu.insertActions(anchor, added)

    # --- opening another database (File › Open, Open recent, a restore) -----------------------

    def switch(self, path: str) -> None:
        """Open another database in the window, on a pool thread (session_switch); the current
        one stays open, and the window on it, if that fails or is cancelled. Refused while
        another opening runs."""
        from digiamt_desk.ui.session_open import Attempt

        if self.window is None or not self.window.is_attached():
            return
        if self._switching is not None:
            self.window.show_status(QCoreApplication.translate(
                "DeskSession", "Another database is still being opened; try again once it "
                "is open."), 10000)
            return
        current = self.desk.database_path if self.desk is not None else None
        if current is not None and "://" not in path and Path(path).resolve() == \
                current.resolve():
            return
        self._open_other(Attempt(path), cancellable=True)

    def switching(self) -> bool:
        """Whether another database is being opened (or a cancelled opening still runs)."""
        return self._switching is not None

    def _open_other(self, attempt: Attempt, *, cancellable: bool,
                    before: Callable[[], Any] | None = None,
                    then: Callable[[OpeningRun, Desk | None], None] | None = None
                    ) -> OpeningRun:
        """The attempts on pool threads, the window greyed and saying so meanwhile; then the
        desk into the window (or `then`)."""
        from digiamt_desk.ui.session_switch import OpeningRun

        window = self.window
        assert window is not None
        window.save_note()  # a note being typed is kept before anything else happens
        run = OpeningRun(self, attempt, window, self._late, before)  # type: ignore[arg-type]
        self._switching = run

        def cancel() -> None:
            run.cancel()
            window.end_switching()  # back to work on the database that is open

        window.show_switching(attempt.db or "", cancel if cancellable else None)
        run.ended.connect(lambda desk: self._other_opened(run, desk, then))
        run.start()
        return run

    def _other_opened(self, run: OpeningRun, desk: Desk | None,
                      then: Callable[[OpeningRun, Desk | None], None] | None) -> None:
        if self._switching is run:
            self._switching = None
        window = self.window
        if self._closed or window is None:  # the session has closed: nothing to show it in
            if desk is not None:
                desk.close()
            return
        if run.cancelled:  # the window went back to its database when it was cancelled
            return
        window.end_switching()
        if then is not None:
            then(run, desk)
        elif desk is not None:
            self._take(desk)

    def _take(self, new_desk: Desk) -> None:
        from digiamt_desk.services.safety import DBAPIError
        from digiamt_desk.ui.store_messages import explain_unreadable

        assert self.window is not None
        try:
            self._replace_desk(new_desk)
        except DBAPIError as exc:
            if not new_desk.read_only or self.desk is None:
                raise
            self.window.switch_desk(self.desk)  # back to the database that was open
            new_desk.close()
            explain_unreadable(new_desk.location, exc, self.window)

    def _replace_desk(self, new_desk: Desk) -> None:
        window = self.window
        assert window is not None
        old = self.desk
        # Its first application's rows are read on a pool thread as at start; a database
        # opened read-only because it is damaged is read here, where a failure can still go
        # back to the one that was open (`_take`).
        window.rows_in_background = not new_desk.read_only
        try:
            window.switch_desk(new_desk)
        finally:
            window.rows_in_background = False  # no application to read: none later either
        self.desk = new_desk
        if old is not None and old is not new_desk:
            wait_for_jobs_using(old)  # a statistics job or a rows read still on it
            old.close()
        self._mark_read_only()

    def _mark_read_only(self) -> None:
        from digiamt_desk.ui.store_messages import read_only_label

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
        from digiamt_desk.ui.store_messages import store_warning_box

        while self.pending_warnings and self.window is not None:
            notice = store_warning_box(self.pending_warnings.pop(0), self.window)
            self._notices.append(notice)
            notice.show()

    def backup_now(self) -> Path | None:
        from digiamt_desk.services.safety import StoreError, take_backup

        if self.desk is None or self.desk.database_path is None or self.window is None:
            return None
        self.window.save_note()
        try:
            copy = take_backup(self.desk.database_path, "manual")
        except (OSError, StoreError) as exc:
            QMessageBox.critical(self.window,
                QCoreApplication.translate("DeskSession", "Backup failed"), str(exc))
            return None
        if copy is not None:
            self.window.ui.statusBar.showMessage(
                QCoreApplication.translate("DeskSession", "Backup written: %1")
                .replace("%1", str(copy)), 15000)
        return copy

    def choose_restore(self) -> None:
        from digiamt_desk.ui.backups import make_restore_confirmation, make_restore_dialog

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

    def restore_backup(self, backup: Backup) -> OpeningRun:
        """Put the backup in place of the open database (the current state is kept as a
        backup first) and show it; the copy and the opening run on a pool thread, the window
        greyed meanwhile. The lock stays with this process throughout."""
        from digiamt_desk.services.safety import IntegrityError, StoreError, holding_lock, restore
        from digiamt_desk.ui.session_open import PROGRAM, Attempt

        assert self.desk is not None and self.window is not None
        path = self.desk.database_path
        assert path is not None
        self.window.save_note()
        held = ExitStack()  # held across the close: no other program slips in
        held.enter_context(holding_lock(path, PROGRAM))
        self._held_for_restore = held
        wait_for_jobs_using(self.desk)
        self.desk.close()
        self.desk = None  # closed: the session does not close it twice

        def put_back() -> tuple[Path | None, str | None]:
            try:
                return restore(path, backup.path), None
            except (IntegrityError, OSError, StoreError) as exc:
                return None, str(exc)

        return self._open_other(Attempt(str(path)), cancellable=False, before=put_back,
                                then=lambda run, desk: self._restored(backup, run, desk))

    def _restored(self, backup: Backup, run: OpeningRun, new_desk: Desk | None) -> None:
        assert self.window is not None
        self.release_restore_lock()
        kept, error = run.before_result or (None, None)
        if error is not None:
            QMessageBox.critical(self.window,
                QCoreApplication.translate("DeskSession", "Restore failed"), error)
        if new_desk is None:
            self.window.close()
            return
        self._replace_desk(new_desk)
        if error is None:
            self.window.ui.statusBar.showMessage(
                QCoreApplication.translate(
                    "DeskSession", "Restored the state of %1; the former state is kept in %2")
                .replace("%1", backup.taken.strftime("%d.%m.%Y %H:%M"))
                .replace("%2", str(kept) if kept else "-"),
                20000,
            )

    def release_restore_lock(self) -> None:
        held, self._held_for_restore = self._held_for_restore, None
        if held is not None:
            held.close()
