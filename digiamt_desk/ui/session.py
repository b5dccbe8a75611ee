"""The running application around the review window: which database is open, the welcome view
on the first start, and the order of the start.

The start shows the window first (its frame, saying "opening …"), with only Qt and the light
ui modules loaded; after its first paint a pool thread loads the database layer and opens the
database (migrations, the daily backup, the schema checks), and the window then lists the
applications while the open one's rows are read in the background (a SQLite file's first
application is read beside the opening, on a thread of its own, and taken if nothing changed
meanwhile: services/early_rows.py). A refusal (locked, damaged, missing, a password wanted)
is asked on the GUI thread, over the window, as before; what the user chooses there opens on a
pool thread again (`session_switch.OpeningRun`). The SQLite connections are made with
check_same_thread off (store/db.py) and are used by one thread at a time: the opening thread
hands the desk over and touches it no more. A desk is closed only once the jobs reading it
have ended (`workers.wait_for_jobs_using`: statistics, a rows read).

The File menu's part (opening another database, the same way in the background; recent,
backups, restore, read-only marks) is in `session_files` and `session_switch`, the dialogs of
opening in `session_open`, how the start ends (shown, or failed: the program ends with 1) in
`session_outcome`."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget

from digiamt_desk.services.desk_defaults import default_database_path, demo_database_path
from digiamt_desk.ui import recent
from digiamt_desk.ui.crash import CrashGuard, EndedSession
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.session_files import FileActions
from digiamt_desk.ui.session_outcome import StartOutcome
from digiamt_desk.ui.welcome import Start, make_welcome_dialog
from digiamt_desk.ui.window_opening import read_early
from digiamt_desk.ui.workers import Job, wait_for_jobs_using

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.early_rows import EarlyRows
    from digiamt_desk.ui.session_switch import OpeningRun

log = logging.getLogger(__name__)
PROGRAM = "digiamt-desk"
UNPAINTED_MS = 2000  # the database opens after the first paint, or after this at the latest


class _DemoNotMade(Exception):
    """The demo database could not be created (the cause is its __cause__)."""


class _PaintWatcher(QObject):
    """Calls back once, at the watched widget's first paint."""

    def __init__(self, widget: QWidget, painted: Callable[[], None]) -> None:
        super().__init__(widget)
        self._painted = painted
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._painted)
        return False


def _print_moment(what: str) -> None:
    """`--exit-after-show`: the moment on the monotonic clock (the start-up benchmark)."""
    print(f"{what} {time.monotonic():.6f}", flush=True)


class DeskSession(StartOutcome, FileActions):
    def __init__(self, guard: CrashGuard | None = None, *, exit_after_show: bool = False) -> None:
        self.guard = guard
        self.exit_after_show = exit_after_show
        self.desk: Desk | None = None
        self.window: MainWindow | None = None
        self.exit_code = 0
        self.outcome: bool | None = None  # True once the window shows the database's rows
        self._outcome_listeners: list[Callable[[bool], None]] = []
        self._read_only_label: QLabel | None = None
        self._notices: list[QMessageBox] = []
        self.pending_warnings: list[str] = []  # of the store, shown once the window is up
        self._ended: list[EndedSession] | None = None
        self._start_with_import = False
        self._opening: Job | None = None
        self._late: list[Desk] = []  # a desk opened after the window was closed
        self._closed = False
        self._opening_started = False
        self._early: EarlyRows | None = None  # the first rows, read while the database opens
        # An opening run under way (session_switch): another database, or on start what the
        # user chose after a refusal.
        self._switching: OpeningRun | None = None
        self._held_for_restore: ExitStack | None = None

    # --- start ---------------------------------------------------------------------------------

    def start(self, db: str | None, ended: list[EndedSession] | None = None) -> bool:
        """`begin`, then wait (the events running) until the database is open and its rows are
        shown; False if the user chose nothing or the database could not be opened."""
        if not self.begin(db, ended):
            return False
        if self.outcome is None:
            loop = QEventLoop()
            self._outcome_listeners.append(lambda _ok: loop.quit())
            loop.exec()
        return bool(self.outcome)

    def when_done(self, listener: Callable[[bool], None]) -> None:
        """Call `listener(outcome)` once the start has succeeded or failed."""
        if self.outcome is not None:
            listener(self.outcome)
        else:
            self._outcome_listeners.append(listener)

    def begin(self, db: str | None, ended: list[EndedSession] | None = None) -> bool:
        """Ask on the first start (the welcome view), show the window, and open the database
        once it is painted; False only if the welcome view was closed without a choice."""
        create: bool | None = None
        demo: Path | None = None
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
                demo = welcome.path
            self._start_with_import = welcome.choice is Start.IMPORT
            # A new database only when asked: the welcome view's "import a list" starts one.
            create = True if self._start_with_import else None
            db = str(welcome.path)
            if welcome.choice is Start.SERVER and welcome.server_url:
                db = welcome.server_url  # Connect to team server (issue 13)
            ended = None
        self._ended = ended
        window = MainWindow()  # the frame: no database yet
        self.window = window
        window.database_requested.connect(self.switch)
        window.rows_shown.connect(self._rows_shown)
        window.rows_failed.connect(self._rows_failed)
        self.install_file_actions()
        window.show_opening(db or str(default_database_path()))
        _PaintWatcher(window, lambda: self._painted(db, create, demo))
        # A window that is never painted (started minimised) still opens its database.
        QTimer.singleShot(UNPAINTED_MS, lambda: self._painted(db, create, demo))
        window.show()
        return True

    def _painted(self, db: str | None, create: bool | None, demo: Path | None) -> None:
        if self._opening_started or self._closed or self.window is None:
            return
        self._opening_started = True
        if self.exit_after_show:
            _print_moment("shown")
        if demo is None and not create:
            self._read_early(db)
        self._open_in_background(db, create, demo)

    def _read_early(self, db: str | None) -> None:
        if self.window is not None:
            self._early = self.window.early_rows = read_early(
                db if db is not None else str(default_database_path()))

    @staticmethod
    def _last_database() -> str | None:
        """The database opened last, if the reviewer wants it back on start (the default) and
        it is still there; else None (the default database, or the welcome view)."""
        from digiamt_desk.ui.settings import UserSettings

        if not UserSettings.load().reopen_last:
            return None
        listed = recent.recent_databases()
        return listed[0] if listed else None

    def _open_in_background(self, db: str | None, create: bool | None,
                            demo: Path | None) -> None:
        """Load the database layer and open the database on a pool thread (the demo made
        first, if chosen); the window stays responsive and says what it does."""
        late = self._late

        def work(progress: Callable[[str, int, int], None], _cancelled: object) -> Desk:
            if demo is not None:
                progress("demo", 0, 0)
                from digiamt_desk.domain.importing import InputError
                from digiamt_desk.services.demo import create_demo
                from digiamt_desk.services.safety import StoreError

                try:
                    create_demo(demo)
                except (StoreError, InputError, OSError) as exc:
                    raise _DemoNotMade(str(exc)) from exc
            from digiamt_desk.services.desk import open_desk

            desk = open_desk(db, daily_backup=True, program=PROGRAM, create=create)
            late.append(desk)  # closed by close() if the window is gone before it arrives
            return desk

        job = Job(work)
        self._opening = job
        holder = _OpeningSignals(self, db, create)
        job.signals.progress.connect(holder.progress)
        job.signals.finished.connect(holder.finished)
        job.signals.failed.connect(holder.failed)
        self._opening_holder = holder
        job.start()

    def _drop_early(self, *, wait: bool = True) -> None:
        """The rows read early are not used (or were taken: closing again does nothing);
        without `wait` a read under way ends on its own."""
        if self.window is not None:
            self.window.early_rows = None
        if self._early is not None:
            self._early.close(wait=wait)
            self._early = None

    def _opened_in_background(self, desk: Desk) -> None:
        from digiamt_desk.ui.session_open import opened

        self._opening = None
        if desk in self._late:
            self._late.remove(desk)
        if self.window is None or self._closed:  # closed meanwhile
            if not self._closed:
                desk.close()
            return
        self._attach(opened(self, desk))

    def _not_opened_in_background(self, error: BaseException, db: str | None,
                                  create: bool | None) -> None:
        self._opening = None
        # The file may be restored, replaced or opened read-only now: read as it is then.
        self._drop_early(wait=False)
        if self.window is None or self._closed:
            return
        if isinstance(error, _DemoNotMade):
            QMessageBox.critical(self.window, QCoreApplication.translate(
                "DeskSession", "Cannot open the database"), str(error))
            self._fail()
            return
        from digiamt_desk.ui.session_open import Attempt, next_attempt
        from digiamt_desk.ui.session_switch import OpeningRun

        window = self.window
        window.opening.end()
        try:  # the refusal's dialog, over the window
            attempt = next_attempt(error, Attempt(db, create), window)
        except Exception:  # not a refusal of the store: a fault, reported by the excepthook
            self._fail()
            raise
        if attempt is None:
            self._fail()
            return
        # What the user chose (a password, a new file, the backup, read only) runs on a pool
        # thread too, its own refusals asked in turn.
        window.show_opening(attempt.db or str(default_database_path()))
        run = OpeningRun(self, attempt, window, self._late)
        self._switching = run
        run.ended.connect(lambda desk: self._opened_as_chosen(run, desk))
        run.start()

    def _opened_as_chosen(self, run: OpeningRun, desk: Desk | None) -> None:
        if self._switching is run:
            self._switching = None
        if self._closed or self.window is None:
            if desk is not None:
                desk.close()
            return
        if desk is None:
            self._fail()
            return
        self._attach(desk)

    def _attach(self, desk: Desk) -> None:
        """The opened database into the window; its first application's rows follow."""
        from digiamt_desk.services.safety import DBAPIError

        window = self.window
        assert window is not None
        self.desk = desk
        window.opening.end()
        window.rows_in_background = True
        try:
            window.attach(desk)
        except DBAPIError as exc:
            if not desk.read_only:
                self._fail()
                raise
            # Opened read-only because it is damaged, and the damage is where the window reads.
            self._unreadable(desk, exc)
            return
        except Exception:  # a fault: reported by the excepthook, the program ends with 1
            self._fail()
            raise
        self._mark_read_only()
        if self._ended:
            self._show_crash_notice(self._ended, window)
        for notice in self._notices:  # one shown beside the welcome view now belongs here
            if notice.parent() is None:
                notice.setParent(window, notice.windowFlags())
                notice.show()
        if self._start_with_import:
            QTimer.singleShot(0, window.open_import)

    def _rows_shown(self) -> None:
        window = self.window
        if self.outcome is not None or window is None:
            return
        if self.exit_after_show:
            viewport = window.ui.proceduresView.viewport()
            _PaintWatcher(viewport, self._filled_painted)
            viewport.update()
        self._done(True)

    def _filled_painted(self) -> None:
        _print_moment("filled")
        QTimer.singleShot(0, QApplication.quit)

    # --- opening another database (switch: session_files) -------------------------------------

    def open_database(self, db: str | None, *, parent: QWidget | None = None,
                      create: bool | None = None) -> Desk | None:
        """open_desk with the answers a user needs (see session_open), on the GUI thread."""
        from digiamt_desk.ui.session_open import open_now

        return open_now(self, db, parent, create)

    def close(self) -> None:
        """The end (the window was closed): an opening under way is cancelled and waited
        for, the databases it opened are closed, and so is the open one once no job reads
        it any more (a statistics job whose window was closed before its figures came)."""
        self._closed = True
        if self._switching is not None:  # its desk comes to `_late`
            self._switching.cancel()
            self._switching.wait()
        reading = self.window is not None and self.window.reading_rows()
        if self._opening is not None or reading:  # closed while the database opened
            QThreadPool.globalInstance().waitForDone(60_000)
        self._drop_early()
        for desk in self._late:
            desk.close()
        self._late.clear()
        self.release_restore_lock()
        if self.desk is not None:
            wait_for_jobs_using(self.desk)
            self.desk.close()
            self.desk = None


class _OpeningSignals(QObject):
    """Takes the opening job's signals to the GUI thread (queued: a QObject of that thread)."""

    def __init__(self, session: DeskSession, db: str | None, create: bool | None) -> None:
        super().__init__()
        self.session = session
        self.db = db
        self.create = create

    def progress(self, phase: str, _done: int, _total: int) -> None:
        window = self.session.window
        if window is not None and phase == "demo":
            window.opening.show(QCoreApplication.translate("DeskSession",
                                                        "Creating the demo database …"))

    def finished(self, desk: Desk) -> None:
        self.session._opened_in_background(desk)

    def failed(self, error: BaseException) -> None:
        self.session._not_opened_in_background(error, self.db, self.create)
