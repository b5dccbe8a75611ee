"""The application around the review window: the welcome view, recent databases, Back up now
and Restore, a locked or damaged database, and the notice after a crash."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from session_helpers import ChooseReadOnly, damage

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store import lock
from digiamt_desk.store.backups import DatabaseDamaged, list_backups, take_backup
from digiamt_desk.store.lock import DatabaseLocked, LockHolder
from digiamt_desk.ui import recent, session_open
from digiamt_desk.ui import session as session_module
from digiamt_desk.ui.backups import (
    DamagedChoice,
    make_damaged_dialog,
    make_locked_message,
    make_restore_dialog,
)
from digiamt_desk.ui.crash import CrashGuard, EndedSession, make_crash_notice
from digiamt_desk.ui.session import DeskSession
from digiamt_desk.ui.welcome import Start, make_welcome_dialog

# --- first start -------------------------------------------------------------------------------


def test_the_welcome_view_offers_demo_import_and_open(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = make_welcome_dialog(tmp_path / "digiamt.db", tmp_path / "demo.db", [])
    qtbot.addWidget(dialog)
    texts = [b.text() for b in (dialog.demo_button, dialog.import_button, dialog.open_button)]
    assert texts == ["Open the demo", "Import a first application…",
                     "Open an existing database…"]
    assert not dialog.recent_list.isVisibleTo(dialog)  # nothing opened lately
    dialog.import_button.click()
    assert dialog.choice is Start.IMPORT and dialog.path == tmp_path / "digiamt.db"
    assert dialog.result() == dialog.DialogCode.Accepted


def test_the_welcome_view_opens_a_recent_database(qtbot: QtBot, tmp_path: Path) -> None:
    older = tmp_path / "2025.db"
    dialog = make_welcome_dialog(tmp_path / "digiamt.db", tmp_path / "demo.db", [str(older)])
    qtbot.addWidget(dialog)
    assert dialog.recent_list.isVisibleTo(dialog) and dialog.recent_list.count() == 1
    dialog.recent_list.itemActivated.emit(dialog.recent_list.item(0))
    assert dialog.choice is Start.OPEN and dialog.path == older


def test_recent_databases_newest_first_without_duplicates_or_missing_files(
        tmp_path: Path) -> None:
    files = [tmp_path / f"{n}.db" for n in range(10)]
    for f in files:
        f.write_bytes(b"")
        recent.remember(str(f))
    recent.remember(str(files[3]))
    listed = recent.recent_databases()
    assert listed[0] == str(files[3].resolve())
    assert len(listed) == recent.KEPT and len(set(listed)) == len(listed)
    files[9].unlink()
    assert str(files[9].resolve()) not in recent.recent_databases()


def test_file_menu_offers_recent_backup_and_restore(running: DeskSession, demo_db: Path,
                                                    tmp_path: Path) -> None:
    window = running.window
    assert window is not None
    names = [a.objectName() or (a.menu().objectName() if a.menu() else "")
             for a in window.ui.menuFile.actions()]
    opened = names.index("actionOpenDatabase")
    assert names[opened + 1] == "menuRecent"
    assert "actionBackupNow" in names and "actionRestore" in names
    other = tmp_path / "other.db"
    shutil.copy(demo_db, other)
    recent.remember(str(other))
    running.recent_menu.aboutToShow.emit()
    entries = [a.data() for a in running.recent_menu.actions()]
    assert entries == [str(other.resolve())]  # the open database is not offered again


# --- backup and restore ------------------------------------------------------------------------


def test_back_up_now_writes_a_copy_and_says_where(running: DeskSession, demo_db: Path) -> None:
    copy = running.backup_now()
    assert copy is not None and copy.exists() and "manual" in copy.name
    assert running.window is not None
    assert str(copy) in running.window.ui.statusBar.currentMessage()


def test_restore_brings_back_the_earlier_state_and_keeps_the_current(
        running: DeskSession, demo_db: Path, qtbot: QtBot) -> None:
    desk = running.desk
    assert desk is not None and running.window is not None
    app_id = running.window.application.id if running.window.application else None
    assert app_id is not None
    backup_path = take_backup(demo_db, "manual", now=datetime(2026, 3, 1, 9, 0))
    assert backup_path is not None
    open_ids = [p.id for p in list_procedures(desk, app_id) if p.decision == "open"]
    review.decide(desk, app_id, open_ids[:1], Decision.ACCEPTED)  # after the backup
    backup = next(b for b in list_backups(demo_db) if b.path == backup_path)

    run = running.restore_backup(backup)
    with qtbot.waitSignal(run.ended) as ended:
        # the copy and the opening run on a pool thread, the window greyed and saying so
        assert running.window.windowTitle() == "DigiAmt Desk – opening demo.db …"
        assert not running.window.ui.centralWidget.isEnabled()
        assert lock.is_held_here(demo_db)  # held across the restore

    assert ended.args is not None and ended.args[0] is running.desk
    assert running.desk is not None and running.desk is not desk
    assert running.window.ui.centralWidget.isEnabled()
    decision = next(p.decision for p in list_procedures(running.desk, app_id)
                    if p.id == open_ids[0])
    assert decision == "open"
    assert any(b.label == "before-restore" for b in list_backups(demo_db))
    assert lock.is_held_here(demo_db)
    assert "Restored the state of 01.03.2026 09:00" in \
        running.window.ui.statusBar.currentMessage()
    assert running.window.applications_model.rowCount() == len(
        applications.list_applications(running.desk))


def test_the_restore_dialog_lists_the_backups_newest_first(qtbot: QtBot, demo_db: Path) -> None:
    take_backup(demo_db, "daily", now=datetime(2026, 3, 1, 8, 0))
    take_backup(demo_db, "manual", now=datetime(2026, 3, 2, 8, 0))
    dialog = make_restore_dialog(demo_db)
    qtbot.addWidget(dialog)
    rows = [(dialog.tree.topLevelItem(i).text(0), dialog.tree.topLevelItem(i).text(1))
            for i in range(dialog.tree.topLevelItemCount())]
    assert rows == [("02.03.2026 08:00:00", "taken by hand"), ("01.03.2026 08:00:00", "daily")]
    assert dialog.restore_button.isEnabled()
    selected = dialog.selected()
    assert selected is not None and selected.taken == datetime(2026, 3, 2, 8, 0)


# --- locked and damaged databases --------------------------------------------------------------


def test_a_locked_database_is_explained_with_its_holder(qtbot: QtBot, tmp_path: Path) -> None:
    holder = LockHolder(pid=4242, host="laptop-17", since="2026-03-02T09:15:00",
                        program="digiamt-desk")
    box = make_locked_message(DatabaseLocked(tmp_path / "cases.db", holder))
    qtbot.addWidget(box)
    assert "process 4242 on laptop-17, since 2026-03-02 09:15:00" in box.text()
    assert "Close it there first" in box.text()


def test_opening_a_locked_database_shows_the_message_and_opens_nothing(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from digiamt_desk.store import lock
        from pathlib import Path
        lock.acquire(Path(sys.argv[1]))
        print("ready", flush=True)
        time.sleep(60)
    """), str(demo_db)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        shown: list[str] = []

        class Box:
            def __init__(self, locked: DatabaseLocked, _parent: object) -> None:
                shown.append(str(locked.holder.pid if locked.holder else ""))

            def exec(self) -> int:
                return 0

        monkeypatch.setattr(session_open, "make_locked_message", Box)
        assert DeskSession().open_database(str(demo_db)) is None
        assert shown == [str(holder.pid)]
    finally:
        holder.kill()
        holder.wait()


def test_the_damaged_dialog_offers_the_newest_sound_backup(qtbot: QtBot, demo_db: Path) -> None:
    take_backup(demo_db, "daily", now=datetime(2026, 3, 1, 8, 0))
    damage(demo_db)
    with pytest.raises(DatabaseDamaged) as damaged:
        session_open.open_desk(demo_db)
    dialog = make_damaged_dialog(damaged.value)
    qtbot.addWidget(dialog)
    assert "01.03.2026 08:00" in dialog.informativeText()
    assert dialog.restore_button is not None
    dialog.read_only_button.click()
    assert dialog.choice() == DamagedChoice.READ_ONLY


def test_a_damaged_database_restored_from_its_backup(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    take_backup(demo_db, "daily", now=datetime(2026, 3, 1, 8, 0))
    damage(demo_db)

    class ChooseRestore:
        def __init__(self, damaged: DatabaseDamaged, _parent: object) -> None:
            self.damaged = damaged

        def exec(self) -> int:
            return 0

        def choice(self) -> str:
            return DamagedChoice.RESTORE

    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseRestore)
    session = DeskSession()
    assert session.start(str(demo_db))
    assert session.window is not None
    qtbot.addWidget(session.window)
    try:
        assert session.desk is not None and not session.desk.read_only
        assert session.window.applications_model.rowCount() == 5
        assert [b.kind for b in list_backups(demo_db)].count("damaged") == 1
    finally:
        session.close()




def test_a_database_that_fails_the_check_can_be_read_but_not_changed(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A check failure SQLite can still read around (an index, say): the window shows the cases.
    import digiamt_desk.services.desk as desk_module

    monkeypatch.setattr(desk_module, "integrity_problems",
                        lambda _path: ["wrong # of entries in index ix_procedure_url"])
    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseReadOnly)
    session = DeskSession()
    started = session.start(str(demo_db))
    try:
        assert started and session.desk is not None and session.desk.read_only
        assert session.window is not None
        qtbot.addWidget(session.window)
        assert session.window.applications_model.rowCount() == 5
        label = session._read_only_label
        assert label is not None and label.isVisibleTo(session.window)
        assert "Read-only" in label.text()
        assert not session.backup_action.isEnabled()
        with pytest.raises(Exception, match="damaged and was opened for reading only"):
            session.desk.set_setting("reference_pattern", "X-{seq}")
    finally:
        session.close()


def test_a_damaged_database_that_cannot_be_read_is_explained_and_left_alone(
        demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    damage(demo_db)
    before = demo_db.read_bytes()
    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseReadOnly)
    explained: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda _parent, _title, text: explained.append(text)))
    session = DeskSession()
    assert not session.start(str(demo_db))
    assert session.window is None and session.desk is None
    assert explained and "cannot be read" in explained[0]
    assert demo_db.read_bytes() == before
    assert not lock.is_held_here(demo_db)


# --- crashes -----------------------------------------------------------------------------------


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def test_a_session_that_did_not_close_is_reported_once_with_its_fault_log(
        tmp_path: Path) -> None:
    pid = _dead_pid()
    (tmp_path / f"session-{pid}.json").write_text(
        f'{{"pid": {pid}, "started": "2026-03-02T09:00:00", "database": "/x/cases.db"}}',
        encoding="utf-8")
    (tmp_path / f"fault-{pid}.log").write_text("Fatal Python error: Segmentation fault\n",
                                               encoding="utf-8")
    guard = CrashGuard(tmp_path)
    ended = guard.ended_sessions()
    assert [(s.pid, s.database) for s in ended] == [(pid, "/x/cases.db")]
    assert ended[0].crash_log is not None
    assert "Segmentation fault" in ended[0].crash_log.read_text(encoding="utf-8")
    assert CrashGuard(tmp_path).ended_sessions() == []  # said once


def test_a_running_session_is_not_mistaken_for_a_crash(tmp_path: Path) -> None:
    guard = CrashGuard(tmp_path)
    guard.start("/x/cases.db")
    try:
        other = CrashGuard(tmp_path)
        other.pid = -1  # another process looking at the folder
        assert other.ended_sessions() == []
    finally:
        guard.stop()
    assert list(tmp_path.iterdir()) == []  # a clean exit leaves nothing behind


def test_a_fatal_error_leaves_a_faulthandler_log_for_the_next_start(tmp_path: Path) -> None:
    code = textwrap.dedent("""
        import faulthandler, sys
        from pathlib import Path
        from digiamt_desk.ui.crash import CrashGuard
        CrashGuard(Path(sys.argv[1])).start("/x/cases.db")
        faulthandler._sigsegv()
    """)
    result = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True,
                            timeout=60, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode != 0
    ended = CrashGuard(tmp_path).ended_sessions()
    assert len(ended) == 1 and ended[0].crash_log is not None
    text = ended[0].crash_log.read_text(encoding="utf-8")
    assert "Fatal Python error" in text and "Segmentation fault" in text


def test_the_crash_notice_is_not_modal_and_shows_the_paths(qtbot: QtBot, tmp_path: Path) -> None:
    crash_log = tmp_path / "crash-20260302-090000-4242.log"
    session = EndedSession(pid=4242, started="2026-03-02T09:00:00", database="/x/cases.db",
                           crash_log=crash_log)
    notice = make_crash_notice([session], tmp_path / "digiamt.log")
    qtbot.addWidget(notice)
    assert not notice.isModal()
    assert "2026-03-02 09:00:00" in notice.text()
    assert str(crash_log) in notice.informativeText()
    assert str(tmp_path / "digiamt.log") in notice.informativeText()


def test_the_next_start_shows_the_notice_beside_the_window(qtbot: QtBot, demo_db: Path,
                                                           tmp_path: Path) -> None:
    ended = [EndedSession(pid=4242, started="2026-03-02T09:00:00", database=str(demo_db),
                          crash_log=None)]
    session = DeskSession()
    assert session.start(str(demo_db), ended)
    assert session.window is not None
    qtbot.addWidget(session.window)
    try:
        notices = session._notices
        assert len(notices) == 1 and notices[0].isVisible() and not notices[0].isModal()
        assert notices[0].parent() is session.window
        assert isinstance(notices[0], QMessageBox)
        assert notices[0].close()  # it does not hold up closing (and quitting) the app
    finally:
        session.close()


def test_the_source_rows_are_read_when_their_tab_is_shown(running: DeskSession) -> None:
    window = running.window
    assert window is not None and window.current_procedure_id() is not None
    ui = window.ui
    assert ui.detailTabs.currentWidget() is not ui.sourceTab
    assert ui.sourceBrowser.toPlainText() == ""  # not parsed at start-up
    ui.detailTabs.setCurrentWidget(ui.sourceTab)
    assert ui.sourceBrowser.toPlainText() != ""


def test_a_crash_notice_of_the_first_start_moves_to_the_window(
        qtbot: QtBot, demo_db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIGIAMT_DB", str(tmp_path / "none-yet.db"))

    class Welcome:
        choice = Start.OPEN
        path = demo_db

        def __init__(self, *_args: object) -> None:
            pass

        def exec(self) -> int:
            return 1

    monkeypatch.setattr(session_module, "make_welcome_dialog", Welcome)
    ended = [EndedSession(pid=4242, started="2026-03-02T09:00:00", database="",
                          crash_log=None)]
    session = DeskSession()
    assert session.start(None, ended)
    assert session.window is not None
    qtbot.addWidget(session.window)
    try:
        assert session.desk is not None and session.desk.database_path == demo_db.resolve()
        assert [n.parent() for n in session._notices] == [session.window]
        assert session._notices[0].isVisible()
        assert recent.recent_databases()[0] == str(demo_db.resolve())
    finally:
        session.close()
