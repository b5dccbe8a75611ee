"""Opening another database while the window works on one (File › Open database, Open recent,
Connect to team server, the reopening after a restore): each attempt runs on a pool thread
(the lock, SQLite's quick_check, the schema check, the daily backup, the register check), the
refusal's dialog is asked on the GUI thread between attempts (session_open.next_attempt), and
the window, greyed with a busy bar as at start, keeps painting meanwhile. The database that was
open stays open until the other one has opened.

One opening at a time: the session refuses a second while one runs (also one cancelled whose
attempt has not come back yet). A desk that arrives after its opening was cancelled is closed;
one that arrives after the session closed was closed by it (it is put in the session's `late`
list by the pool thread, and taken out again here)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from digiamt_desk.ui.session_open import Attempt, finish, next_attempt, run_attempt
from digiamt_desk.ui.workers import Job

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.ui.session import DeskSession


class OpeningRun(QObject):
    """The attempts of one opening, each on a pool thread. `ended(desk or None)` is emitted
    once, on the GUI thread: None if refused, given up in a dialog or cancelled.

    `before`, if given, runs on the pool thread ahead of the first attempt (a restore); what
    it returns is kept in `before_result`."""

    ended = Signal(object)

    def __init__(self, session: DeskSession, attempt: Attempt, parent: QWidget | None,
                 late: list[Desk], before: Callable[[], Any] | None = None) -> None:
        super().__init__()
        self.session = session
        self.attempt = attempt
        self.parent_widget = parent
        self.late = late
        self.before = before
        self.before_result: Any = None
        self.cancelled = False
        self.job: Job | None = None

    def start(self) -> None:
        self._run(self.attempt)

    def cancel(self) -> None:
        """The user gave up waiting: nothing more is asked, a desk that still arrives is
        closed (its attempt cannot be stopped midway: the lock and the checks are short
        steps of their own)."""
        self.cancelled = True

    def running(self) -> bool:
        return self.job is not None

    def wait(self, timeout_s: float = 60.0) -> None:
        """Block until the attempt under way has come back (its desk is in `late` then)."""
        if self.job is not None:
            self.job.wait(timeout_s)

    def _run(self, attempt: Attempt) -> None:
        late = self.late
        before, self.before = self.before, None

        def work(_progress: object, _cancelled: object) -> Desk:
            if before is not None:
                self.before_result = before()
            desk = run_attempt(attempt)
            late.append(desk)  # closed by the session if it closes before the desk arrives
            return desk

        self.attempt = attempt
        job = Job(work)
        job.signals.finished.connect(self._opened)  # queued: a QObject of the GUI thread
        job.signals.failed.connect(self._refused)
        self.job = job
        job.start()

    def _opened(self, desk: Desk) -> None:
        self.job = None
        held = [i for i, d in enumerate(self.late) if d is desk]  # by identity, not by ==
        if not held:  # the session closed it: it closed meanwhile
            self.ended.emit(None)
            return
        del self.late[held[0]]
        if self.cancelled:
            desk.close()
            self.ended.emit(None)
            return
        self.ended.emit(finish(self.session, self.attempt, desk))

    def _refused(self, error: BaseException) -> None:
        self.job = None
        if self.cancelled:
            self.ended.emit(None)
            return
        try:
            attempt = next_attempt(error, self.attempt, self.parent_widget)
        except BaseException:  # a fault, not a refusal: the excepthook reports it
            self.ended.emit(None)
            raise
        if attempt is None or self.cancelled:
            self.ended.emit(None)
            return
        self._run(attempt)
