"""The start shows the window first and opens the database after its first paint: the window
is painted before the database layer is imported, and a locked, damaged or read-only database
still gets its dialog (over the window) or its marks once the deferred opening ends."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from digiamt_desk.store.backups import DatabaseDamaged
from digiamt_desk.store.lock import DatabaseLocked
from digiamt_desk.store.sqlite_safety import Writability
from digiamt_desk.ui import session_open
from digiamt_desk.ui.backups import DamagedChoice
from digiamt_desk.ui.session import DeskSession

HEAVY = ("sqlalchemy", "sqlmodel", "alembic", "digiamt_desk.store", "digiamt_desk.services.desk")

# Runs the real start (ui.app.main, as `digiamt-desk --exit-after-show`) and reports, at the
# first paint and when the filled table is painted, which of the database layer's modules are
# loaded and what the window's title says.
PROBE = textwrap.dedent("""
    import sys
    from PySide6.QtWidgets import QApplication
    import digiamt_desk.ui.session as session

    HEAVY = {heavy!r}

    def moment(what):
        loaded = [name for name in HEAVY if name in sys.modules]
        titles = [w.windowTitle() for w in QApplication.topLevelWidgets() if w.isVisible()]
        print(what, "loaded=" + ",".join(loaded), "titles=" + "|".join(titles), flush=True)

    session._print_moment = moment
    from digiamt_desk.ui.app import main
    sys.exit(main(["--db", sys.argv[1], "--language", "en", "--exit-after-show"]))
""").format(heavy=HEAVY)


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases" / "demo.db"
    path.parent.mkdir()
    shutil.copy(demo_template, path)
    return path


def test_the_window_is_painted_before_the_database_layer_is_imported(
        demo_db: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_DATA_HOME": str(tmp_path / "data"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "DIGIAMT_REVIEWER": "Test"}
    result = subprocess.run([sys.executable, "-c", PROBE, str(demo_db)], env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    lines = {line.split()[0]: line for line in result.stdout.splitlines() if line.strip()}
    assert lines["shown"].split()[1] == "loaded=", lines["shown"]
    assert "opening demo.db" in lines["shown"]  # the frame says what it does
    # The same probe sees the layer once the table is filled: the check above can fail.
    assert "loaded=sqlalchemy,sqlmodel,alembic,digiamt_desk.store," in lines["filled"]
    assert "titles=DigiAmt Desk – demo.db" in lines["filled"]


def test_a_locked_database_is_said_over_the_window_after_it_was_shown(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    holder = subprocess.Popen([sys.executable, "-c", textwrap.dedent("""
        import sys, time
        from digiamt_desk.store import lock
        from pathlib import Path
        lock.acquire(Path(sys.argv[1]))
        print("ready", flush=True)
        time.sleep(60)
    """), str(demo_db)], stdout=subprocess.PIPE, text=True)
    asked: list[tuple[int | None, bool, str]] = []

    class Box:
        def __init__(self, locked: DatabaseLocked, parent: QMessageBox | None) -> None:
            # the window is up, painted, and says it is opening while the message is shown
            window = session.window
            assert window is not None and parent is window
            asked.append((locked.holder.pid if locked.holder else None, window.isVisible(),
                          window.windowTitle()))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(session_open, "make_locked_message", Box)
    session = DeskSession()
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        assert not session.start(str(demo_db))
    finally:
        holder.kill()
        holder.wait()
    assert asked == [(holder.pid, True, "DigiAmt Desk – opening demo.db …")]
    assert session.window is None and session.desk is None and session.exit_code == 1


def test_a_damaged_database_asks_then_opens_read_only_in_the_window_shown_first(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.services.desk as desk_module

    monkeypatch.setattr(desk_module, "integrity_problems",
                        lambda _path: ["wrong # of entries in index ix_procedure_url"])
    asked: list[bool] = []

    class ChooseReadOnly:
        def __init__(self, damaged: DatabaseDamaged, parent: object) -> None:
            asked.append(parent is session.window and session.window is not None
                         and session.window.isVisible())

        def exec(self) -> int:
            return 0

        def choice(self) -> str:
            return DamagedChoice.READ_ONLY

    monkeypatch.setattr(session_open, "make_damaged_dialog", ChooseReadOnly)
    given = _early_spy(monkeypatch)
    session = DeskSession()
    try:
        assert session.start(str(demo_db))
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        assert asked == [True]
        # The rows read early (before the damage was known) were dropped: read again.
        assert given == [] and session._early is None and window.early_rows is None
        assert session.desk is not None and session.desk.read_only
        assert window.applications_model.rowCount() == 5
        assert window.procedures_model.rowCount() > 0
        label = session._read_only_label
        assert label is not None and label.isVisibleTo(window)
        assert not window.ui.actionImport.isEnabled()
    finally:
        session.close()


def test_a_write_protected_file_is_marked_read_only_after_the_deferred_opening(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.services.desk as desk_module

    monkeypatch.setattr(desk_module, "writability", lambda _path: Writability.FILE_READ_ONLY)
    session = DeskSession()
    try:
        assert session.start(str(demo_db))
        window = session.window
        assert window is not None
        qtbot.addWidget(window)
        assert session.desk is not None and session.desk.read_only
        label = session._read_only_label
        assert label is not None and label.isVisibleTo(window)
        assert not session.backup_action.isEnabled()
        assert not window.ui.actionNewApplication.isEnabled()
        assert window.ui.centralWidget.isEnabled()  # the frame's grey is gone: it can be read
    finally:
        session.close()


def test_while_opening_the_window_says_so_and_its_controls_wait(
        qtbot: QtBot, demo_db: Path) -> None:
    session = DeskSession()
    assert session.begin(str(demo_db))
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        opening = window.findChild(QLabel, "openingLabel")
        assert "demo.db" in window.windowTitle() and "opening" in window.windowTitle()
        assert opening is not None and opening.isVisibleTo(window)
        assert not window.ui.centralWidget.isEnabled() and not window.menuBar().isEnabled()
        assert not window.ui.toolBar.isEnabled()  # no button that does nothing yet
        # Not "no applications yet" nor "this application has no procedures": not read yet.
        assert not window.ui.emptyHint.isVisibleTo(window)
        assert not window.ui.emptyTableHint.isVisibleTo(window)
        qtbot.waitUntil(lambda: session.outcome is not None, timeout=30000)
        assert session.outcome is True
        assert window.windowTitle() == "DigiAmt Desk – demo.db"
        assert not opening.isVisibleTo(window)
        assert window.ui.centralWidget.isEnabled() and window.menuBar().isEnabled()
        assert window.ui.toolBar.isEnabled()
        assert window.procedures_model.rowCount() > 0
    finally:
        session.close()


def test_a_window_closed_while_opening_leaves_the_database_closed_and_unlocked(
        qtbot: QtBot, demo_db: Path) -> None:
    from digiamt_desk.services.desk import open_desk

    session = DeskSession()
    assert session.begin(str(demo_db))
    window = session.window
    assert window is not None
    qtbot.waitExposed(window)
    window.close()  # before the opening thread is done (or just after)
    session.close()  # waits for the opening thread, closes what it opened
    again = open_desk(demo_db)  # not locked by a desk left behind
    again.close()
    QApplication.processEvents()  # a late result, if queued, finds the session closed
    assert session.desk is None and not window.is_attached()


def test_the_rows_are_read_off_the_gui_thread_while_the_window_lists_the_applications(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import digiamt_desk.services.table as table_module

    real = table_module.load_table
    release = threading.Event()
    read_on: list[str] = []

    def held(desk: object, application_id: int) -> object:
        read_on.append(threading.current_thread().name)
        release.wait(30)  # until the test has seen the reading state
        return real(desk, application_id)  # type: ignore[arg-type]

    monkeypatch.setattr(table_module, "load_table", held)
    # The ordinary read (the rows read early are dropped when the file changed meanwhile).
    monkeypatch.setattr(DeskSession, "_read_early", lambda _session, _db: None)
    session = DeskSession()
    assert session.begin(str(demo_db))
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    titles: list[str] = []  # every title the window had: a script or a reviewer waiting for
    window.windowTitleChanged.connect(titles.append)  # the final one must find the rows there
    try:
        qtbot.waitUntil(lambda: window.is_attached() and window.reading_rows(), timeout=30000)
        assert "DigiAmt Desk – demo.db" not in titles, titles
        assert window.applications_model.rowCount() == 5  # the list is there already
        assert window.procedures_model.rowCount() == 0
        assert not window.ui.emptyTableHint.isVisibleTo(window)  # not "no procedures"
        opening = window.findChild(QLabel, "openingLabel")
        assert opening is not None and opening.isVisibleTo(window)
        assert "Reading the procedures of" in opening.text()
        assert "opening" in window.windowTitle()
        release.set()
        qtbot.waitUntil(lambda: session.outcome is not None, timeout=30000)
        assert read_on and read_on[0] != threading.main_thread().name
        assert window.procedures_model.rowCount() > 0 and not opening.isVisibleTo(window)
        assert window.windowTitle() == "DigiAmt Desk – demo.db"
    finally:
        release.set()
        session.close()


def _early_spy(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What EarlyRows.take handed over (None: dropped, the rows read again)."""
    from digiamt_desk.services.early_rows import EarlyRows

    real = EarlyRows.take
    given: list[object] = []

    def take(self: EarlyRows, *args: object, **kwargs: object) -> object:
        table = real(self, *args, **kwargs)  # type: ignore[arg-type]
        given.append(table)
        return table

    monkeypatch.setattr(EarlyRows, "take", take)
    return given


def test_the_rows_read_early_are_the_ones_shown(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from digiamt_desk.services import overview
    from digiamt_desk.services.table import load_table

    given = _early_spy(monkeypatch)
    session = DeskSession()
    assert session.start(str(demo_db))
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert len(given) == 1 and given[0] is not None  # taken, not read again
        model = window.procedures_model
        assert model.engine.table is given[0]
        assert window.application is not None
        assert window.applications_model.row_at(0).application.id == window.application.id
        fresh = load_table(window.desk, window.application.id)
        assert model.engine.table.ids == fresh.ids
        assert model.engine.table.titles == fresh.titles
        assert model.engine.table.decisions == fresh.decisions
        assert model.total_count() == len(fresh.ids) > 0
        # The summary (taken from the list, its decisions from the rows) as counted by SQL.
        counted = overview.summary_of(window.desk, window.application.id)
        assert counted is not None and window.summary.current == counted
        assert f"{counted.open} open · {counted.accepted} accepted" in \
            window.ui.verdictLabel.text()
        # Read without search texts (made in idle time): a filter typed at once still finds.
        title = fresh.titles[-1]
        wanted = [t for t in fresh.titles if title.casefold() in t.casefold()]
        model.set_filter(title.upper())
        assert sorted(model.engine.table.titles[p] for p in model.engine.visible) == sorted(wanted)
        model.set_filter("")
        qtbot.waitUntil(lambda: model.prepared, timeout=30000)
        assert model.engine.table.search_ready
    finally:
        session.close()


def test_a_change_made_while_the_database_opens_is_shown(
        qtbot: QtBot, demo_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The rows were read early; then the opening wrote to the file (as a migration would):
    the window shows the rows as they are now, not as read early."""
    import digiamt_desk.services.desk as desk_module

    given = _early_spy(monkeypatch)
    real_open = desk_module.open_desk
    session = DeskSession()

    def open_and_write(*args: object, **kwargs: object) -> object:
        desk = real_open(*args, **kwargs)  # type: ignore[arg-type]
        early = session._early
        assert early is not None
        early._thread.join()  # the early read has ended before the write
        assert early.table is not None
        with desk.engine.begin() as connection:
            connection.exec_driver_sql(
                "UPDATE procedure SET note = 'beim Öffnen geschrieben' WHERE id = ?",
                (early.table.ids[0],))
        return desk

    monkeypatch.setattr(desk_module, "open_desk", open_and_write)
    assert session.start(str(demo_db))
    window = session.window
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert given == [None]  # dropped: read again
        assert window.procedures_model.engine.table.notes[0] == "beim Öffnen geschrieben"
    finally:
        session.close()
