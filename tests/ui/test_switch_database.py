"""Opening another database from the File menu while the window works on one: the opening
runs on a pool thread, the window keeps painting and says what it opens, the database that was
open stays open (and attached) until the other one has opened; a refusal leaves the window on
the database it had; a second opening is refused while one runs; Cancel and closing the window
leave no lock behind. Also: a statistics job is waited for before its database is closed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot
from session_helpers import ChooseReadOnly, damage

from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store import lock
from digiamt_desk.store.backups import DatabaseDamaged
from digiamt_desk.store.lock import DatabaseLocked
from digiamt_desk.ui import session as session_module
from digiamt_desk.ui import session_open, statistics
from digiamt_desk.ui.backups import DamagedChoice
from digiamt_desk.ui.session import DeskSession
from digiamt_desk.ui.session_switch import OpeningRun


@pytest.fixture
def other_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases" / "other.db"
    shutil.copy(demo_template, path)
    return path








class SlowOpen:
    """open_desk held until the test releases it; refuses to run on the GUI thread (where the
    window would freeze while it runs)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.release = threading.Event()
        self.calls: list[str] = []
        self.real: Callable[..., Desk] = session_open.open_desk
        monkeypatch.setattr(session_open, "open_desk", self)

    def __call__(self, db: str | None, **options: Any) -> Desk:
        if threading.current_thread() is threading.main_thread():
            raise AssertionError("open_desk ran on the GUI thread")
        self.calls.append(str(db))
        self.release.wait(60)
        return self.real(db, **options)


def _events_run(qtbot: QtBot) -> None:
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))


def _wait_switched(qtbot: QtBot, session: DeskSession) -> None:
    qtbot.waitUntil(lambda: not session.switching())


def test_another_database_opens_while_the_window_keeps_working_on_the_first(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, old = running.window, running.desk
    assert window is not None and old is not None
    app_id = window.current_application_id()
    current = window.current_procedure_id()
    assert app_id is not None and current is not None
    window.edit_note()
    qtbot.keyClicks(window.ui.noteEdit, "Rueckruf am Montag")  # typed, not yet saved
    slow = SlowOpen(monkeypatch)

    running.switch(str(other_db))

    _events_run(qtbot)  # the GUI thread runs its events while the other database opens
    assert slow.calls == [str(other_db)]
    assert window.windowTitle() == "DigiAmt Desk – opening other.db …"
    label = window.findChild(QLabel, "openingLabel")
    assert label is not None and label.isVisibleTo(window)
    assert label.text() == "Opening the database other.db …"
    assert not window.ui.centralWidget.isEnabled() and not window.menuBar().isEnabled()
    assert window.applications_model.rowCount() == 5  # the table stays in view, greyed
    assert running.desk is old and window.desk is old and lock.is_held_here(demo_db)
    # the note typed was saved into the database being left, before it opened
    note = next(p.note for p in list_procedures(old, app_id) if p.id == current)
    assert note == "Rueckruf am Montag"

    slow.release.set()
    _wait_switched(qtbot, running)

    new = running.desk
    assert new is not None and new is not old and window.desk is new
    assert new.database_path == other_db.resolve()
    assert not lock.is_held_here(demo_db) and lock.is_held_here(other_db)
    assert window.ui.centralWidget.isEnabled() and window.menuBar().isEnabled()
    assert window.applications_model.rowCount() == 5
    qtbot.waitUntil(lambda: not window.reading_rows())  # its rows, read on a pool thread
    assert not label.isVisibleTo(window)
    assert window.procedures_model.rowCount() > 0
    assert window.windowTitle() == "DigiAmt Desk – other.db"


def _hold_lock(path: Path) -> subprocess.Popen[str]:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from digiamt_desk.store import lock
        from pathlib import Path
        lock.acquire(Path(sys.argv[1]))
        print("ready", flush=True)
        time.sleep(60)
    """), str(path)], stdout=subprocess.PIPE, text=True)
    assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
    return holder


def test_a_database_locked_elsewhere_is_said_and_the_window_stays_on_its_own(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, old = running.window, running.desk
    assert window is not None and old is not None
    shown: list[tuple[int | None, bool, str]] = []

    class Box:
        def __init__(self, locked: DatabaseLocked, parent: object) -> None:
            assert parent is window
            shown.append((locked.holder.pid if locked.holder else None,
                          threading.current_thread() is threading.main_thread(),
                          window.windowTitle()))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(session_open, "make_locked_message", Box)
    holder = _hold_lock(other_db)
    try:
        running.switch(str(other_db))
        _wait_switched(qtbot, running)
    finally:
        holder.kill()
        holder.wait()
    # asked on the GUI thread, over the window that still said what it was opening
    assert shown == [(holder.pid, True, "DigiAmt Desk – opening other.db …")]
    assert running.desk is old and window.desk is old and lock.is_held_here(demo_db)
    assert not lock.is_held_here(other_db)
    assert window.windowTitle() == "DigiAmt Desk – demo.db"
    assert window.ui.centralWidget.isEnabled() and window.menuBar().isEnabled()
    assert window.current_procedure_id() is not None  # still at work on its rows


def test_a_missing_database_is_asked_about_then_made_off_the_gui_thread(
        running: DeskSession, demo_db: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "cases" / "neu.db"
    asked: list[bool] = []

    def question(_parent: object, _title: str, _text: str, *_args: object) -> object:
        asked.append(threading.current_thread() is threading.main_thread())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    slow = SlowOpen(monkeypatch)
    slow.release.set()
    running.switch(str(target))
    _wait_switched(qtbot, running)
    assert asked == [True] and slow.calls == [str(target), str(target)]
    assert running.desk is not None and running.desk.database_path == target.resolve()
    assert not lock.is_held_here(demo_db) and lock.is_held_here(target)
    assert running.window is not None and running.window.applications_model.rowCount() == 0


def test_a_damaged_database_is_asked_about_then_opened_read_only_off_the_gui_thread(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.services.desk as desk_module

    window = running.window
    assert window is not None
    damaged_at = other_db.resolve()
    real_problems = desk_module.integrity_problems
    monkeypatch.setattr(desk_module, "integrity_problems", lambda path: (
        ["wrong # of entries in index ix_procedure_url"] if path.resolve() == damaged_at
        else real_problems(path)))
    asked: list[tuple[bool, bool]] = []

    class ChooseReadOnly:
        def __init__(self, damaged: DatabaseDamaged, parent: object) -> None:
            asked.append((parent is window,
                          threading.current_thread() is threading.main_thread()))

        def exec(self) -> int:
            return 0

        def choice(self) -> str:
            return DamagedChoice.READ_ONLY

    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseReadOnly)
    slow = SlowOpen(monkeypatch)
    slow.release.set()
    running.switch(str(other_db))
    _wait_switched(qtbot, running)
    assert asked == [(True, True)] and slow.calls == [str(other_db), str(other_db)]
    assert running.desk is not None and running.desk.read_only
    assert running.desk.database_path == damaged_at and window.desk is running.desk
    assert not lock.is_held_here(demo_db)
    label = running._read_only_label
    assert label is not None and label.isVisibleTo(window)
    assert not window.ui.actionImport.isEnabled()
    assert window.applications_model.rowCount() == 5


def test_a_damaged_database_the_window_cannot_read_is_explained_and_the_first_stays(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, old = running.window, running.desk
    assert window is not None and old is not None
    damage(other_db)
    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseReadOnly)
    explained: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text: explained.append(text)))
    before = other_db.read_bytes()
    running.switch(str(other_db))
    _wait_switched(qtbot, running)
    assert len(explained) == 1 and "cannot be read" in explained[0]
    assert running.desk is old and window.desk is old and lock.is_held_here(demo_db)
    assert not lock.is_held_here(other_db) and other_db.read_bytes() == before
    assert window.windowTitle() == "DigiAmt Desk – demo.db"
    assert window.applications_model.rowCount() == 5 and window.ui.centralWidget.isEnabled()


def test_a_second_opening_is_refused_while_one_runs(
        running: DeskSession, demo_db: Path, other_db: Path, tmp_path: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = running.window
    assert window is not None
    third = tmp_path / "cases" / "third.db"
    shutil.copy(other_db, third)
    slow = SlowOpen(monkeypatch)
    running.switch(str(other_db))
    running.switch(str(third))
    assert window.ui.statusBar.currentMessage() == (
        "Another database is still being opened; try again once it is open.")
    slow.release.set()
    _wait_switched(qtbot, running)
    assert slow.calls == [str(other_db)]
    assert running.desk is not None and running.desk.database_path == other_db.resolve()
    assert window.desk is running.desk
    assert not lock.is_held_here(third) and not lock.is_held_here(demo_db)


def test_cancel_goes_back_to_the_open_database_and_closes_the_other_when_it_comes(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window, old = running.window, running.desk
    assert window is not None and old is not None
    slow = SlowOpen(monkeypatch)
    running.switch(str(other_db))
    cancel = window.findChild(QPushButton, "openingCancel")
    assert cancel is not None and cancel.isVisibleTo(window)
    cancel.click()
    assert window.windowTitle() == "DigiAmt Desk – demo.db"
    assert window.ui.centralWidget.isEnabled() and not cancel.isVisibleTo(window)
    slow.release.set()
    _wait_switched(qtbot, running)
    assert running.desk is old and window.desk is old
    assert lock.is_held_here(demo_db) and not lock.is_held_here(other_db)
    assert window.windowTitle() == "DigiAmt Desk – demo.db"


def test_closing_the_window_while_another_database_opens_leaves_no_lock(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    window = running.window
    assert window is not None
    slow = SlowOpen(monkeypatch)
    real_wait = OpeningRun.wait

    def released_then_wait(run: OpeningRun, timeout_s: float = 60.0) -> None:
        slow.release.set()  # the opening comes back while the session closes
        real_wait(run, timeout_s)

    monkeypatch.setattr(OpeningRun, "wait", released_then_wait)
    running.switch(str(other_db))
    window.close()
    running.close()  # as ui.app.main does once the window is gone
    assert slow.release.is_set()
    assert running.desk is None
    assert not lock.is_held_here(demo_db) and not lock.is_held_here(other_db)
    # The opening's own report arrives afterwards: nothing is attached or closed twice.
    QCoreApplication.processEvents()
    QCoreApplication.processEvents()
    assert running.desk is None and not running.switching()
    assert not lock.is_held_here(other_db)


def test_a_statistics_job_is_waited_for_before_its_database_is_closed(
        running: DeskSession, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from sqlalchemy import text

    window, desk = running.window, running.desk
    assert window is not None and desk is not None
    release, ran = threading.Event(), threading.Event()
    order: list[str] = []
    real_compute = statistics.compute_statistics

    def slow_compute(of: Desk) -> Any:
        release.wait(60)
        with of.engine.connect() as connection:
            connection.execute(text("SELECT count(*) FROM application")).scalar()
        order.append("read")
        ran.set()
        return real_compute(of)

    real_close = desk.close

    def close() -> None:
        order.append("closed")
        release.set()  # (today's fault: the job would read a closed database now)
        real_close()

    monkeypatch.setattr(statistics, "compute_statistics", slow_compute)
    monkeypatch.setattr(desk, "close", close)
    real_wait = session_module.wait_for_jobs_using

    def released_then_wait(resource: object, timeout_ms: int = 60_000) -> bool:
        release.set()
        return real_wait(resource, timeout_ms)

    monkeypatch.setattr(session_module, "wait_for_jobs_using", released_then_wait)
    figures = window.publication.open_statistics()
    figures.close()  # before its figures came
    running.close()
    assert ran.wait(60)
    assert order == ["read", "closed"]


def test_keys_do_nothing_while_another_database_opens(
        running: DeskSession, demo_db: Path, other_db: Path, qtbot: QtBot,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtCore import Qt

    window, old = running.window, running.desk
    assert window is not None and old is not None
    qtbot.waitUntil(lambda: not window.reading_rows())
    window.activateWindow()
    qtbot.waitActive(window)  # keys reach the shortcuts of the active window only
    view = window.ui.proceduresView
    view.setFocus()
    app_id, first = window.current_application_id(), window.current_procedure_id()
    assert app_id is not None and first is not None
    qtbot.keyClick(view, Qt.Key.Key_A)  # accepted, on to the next open one

    def decisions() -> dict[int, str]:
        return {p.id: p.decision for p in list_procedures(old, app_id)}

    before = decisions()
    assert before[first] == "accepted"
    slow = SlowOpen(monkeypatch)
    running.switch(str(other_db))
    view.setFocus()  # (greyed: it cannot take the focus)
    qtbot.keyClick(view, Qt.Key.Key_A)  # Accept, on the table
    qtbot.keyClick(window, Qt.Key.Key_A)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Undo
    assert decisions() == before
    slow.release.set()
    _wait_switched(qtbot, running)
