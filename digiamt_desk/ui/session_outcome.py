"""How the start of the running application ends: the window shows the database's rows, or
the database could not be opened or read (the window goes, the program ends with 1). A mixin
of `DeskSession` (ui/session.py); what it needs of the database layer is imported when used
(the window is shown before it loads)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from digiamt_desk.ui.crash import EndedSession, make_crash_notice

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.ui.main_window import MainWindow


class StartOutcome:
    window: MainWindow | None
    desk: Desk | None
    exit_code: int
    outcome: bool | None
    _outcome_listeners: list[Callable[[bool], None]]
    _notices: list[QMessageBox]

    def _rows_failed(self, error: BaseException) -> None:
        from digiamt_desk.services.safety import DBAPIError

        desk = self.desk
        if (self.outcome is None and isinstance(error, DBAPIError) and desk is not None
                and desk.read_only):
            self._unreadable(desk, error)
            return
        sys.excepthook(type(error), error, error.__traceback__)
        self._done(True)  # the window is up; the error is said

    def _unreadable(self, desk: Desk, error: Exception) -> None:
        """Opened read-only because it is damaged, and the damage is where the window reads:
        said, and the program ends with 1."""
        from digiamt_desk.ui.store_messages import explain_unreadable

        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        desk.close()
        self.desk = None
        explain_unreadable(desk.location, error)
        self.exit_code = 1
        self._done(False)

    def _fail(self) -> None:
        """The database could not be opened: the window goes, the program ends with 1."""
        if self.window is not None:
            self.window.close()
            self.window.deleteLater()
            self.window = None
        self.exit_code = 1
        self._done(False)

    def _done(self, ok: bool) -> None:
        if self.outcome is not None:
            return
        self.outcome = ok
        listeners, self._outcome_listeners = self._outcome_listeners, []
        for listener in listeners:
            listener(ok)

    def _show_crash_notice(self, ended: list[EndedSession], parent: QWidget | None) -> None:
        from digiamt_desk.ui.logs import log_folder

        notice = make_crash_notice(ended, log_folder() / "digiamt.log", parent)
        self._notices.append(notice)
        notice.show()
