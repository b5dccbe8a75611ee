"""Data safety without Qt: one program per database, backups with bounds, the integrity check,
restore, and the command's refusal of a database another program holds."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from digiamt_desk import cli
from digiamt_desk.services import applications
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.register import replace_register
from digiamt_desk.store import lock
from digiamt_desk.store.backups import (
    DatabaseDamaged,
    IntegrityError,
    Retention,
    daily_backup_due,
    integrity_problems,
    latest_good_backup,
    list_backups,
    restore,
    take_backup,
)
from digiamt_desk.store.lock import DatabaseLocked

HOLDER = textwrap.dedent("""
    import sys, time
    from digiamt_desk.services.desk import open_desk
    desk = open_desk(sys.argv[1], load_register=False)
    print("ready", flush=True)
    time.sleep(60)
""")


@pytest.fixture
def other_program(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """A second process that has the database open (and keeps it so until killed)."""
    process = subprocess.Popen([sys.executable, "-c", HOLDER, str(db_path)],
                               stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "ready"
    yield process
    process.kill()
    process.wait()


def _damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk or a torn copy would."""
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 3, size - 4096, 4096 * 7):
            handle.seek(offset)
            handle.write(b"\xde\xad" * 2048)


def _checkpoint(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()


# --- one program per database ------------------------------------------------------------------


def test_a_database_open_in_another_program_is_refused_with_its_holder(
        db_path: Path, other_program: subprocess.Popen[str]) -> None:
    with pytest.raises(DatabaseLocked) as refused:
        open_desk(db_path)
    message = str(refused.value)
    assert f"process {other_program.pid}" in message and "close it there first" in message
    assert db_path.name in message


def test_the_command_refuses_a_locked_database_with_exit_2_and_one_line(
        db_path: Path, other_program: subprocess.Popen[str],
        capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(db_path), "applications"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "open in another DigiAmt Desk" in err


def test_the_demo_does_not_replace_a_database_that_is_open_elsewhere(
        db_path: Path, other_program: subprocess.Popen[str]) -> None:
    before = db_path.read_bytes()
    assert cli.main(["--db", str(db_path), "demo", "--force"]) == 2
    assert db_path.read_bytes() == before


def test_a_killed_holder_leaves_no_lock_behind(db_path: Path,
                                               other_program: subprocess.Popen[str]) -> None:
    with pytest.raises(DatabaseLocked):  # held while the other program runs
        open_desk(db_path)
    other_program.kill()
    other_program.wait()
    # The lock file stays, the OS lock went with the process: this program gets it.
    desk = open_desk(db_path)
    try:
        assert lock.is_held_here(db_path)
    finally:
        desk.close()
    assert not lock.is_held_here(db_path)


def test_one_process_may_open_its_own_database_twice(db_path: Path) -> None:
    first = open_desk(db_path)
    second = open_desk(db_path)
    second.close()
    assert lock.is_held_here(db_path)
    first.close()
    assert not lock.is_held_here(db_path)


def test_closing_the_desk_lets_another_program_open_it(db_path: Path) -> None:
    desk = open_desk(db_path)
    desk.close()
    result = subprocess.run(
        [sys.executable, "-m", "digiamt_desk.cli", "--db", str(db_path), "applications"],
        capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr


# --- backups -----------------------------------------------------------------------------------


def test_backups_are_bounded_per_kind(db_path: Path) -> None:
    start = datetime(2026, 1, 1, 8, 0)
    retention = Retention(daily=3, events=2, manual=4)
    for day in range(6):
        take_backup(db_path, "daily", retention=retention, now=start + timedelta(days=day))
    for n in range(5):
        take_backup(db_path, "before-0002_checks", retention=retention,
                    now=start + timedelta(hours=n))
    for n in range(5):
        take_backup(db_path, "manual", retention=retention, now=start + timedelta(minutes=n))
    kinds = [b.kind for b in list_backups(db_path)]
    assert kinds.count("daily") == 3 and kinds.count("event") == 2 and kinds.count("manual") == 4
    newest_daily = next(b for b in list_backups(db_path) if b.kind == "daily")
    assert newest_daily.taken == start + timedelta(days=5)


def test_the_bounds_come_from_the_database_settings(desk: Desk, db_path: Path) -> None:
    desk.set_setting("backups_kept_daily", "2")
    for day in range(4):
        take_backup(db_path, "daily", now=datetime(2026, 2, 1 + day, 8, 0))
    assert [b.kind for b in list_backups(db_path)].count("daily") == 2


def test_a_daily_backup_on_open_only_once_a_day(db_path: Path) -> None:
    desk = open_desk(db_path, daily_backup=True)
    desk.close()
    assert desk.daily_backup is not None and desk.daily_backup.exists()
    assert not daily_backup_due(db_path)
    again = open_desk(db_path, daily_backup=True)
    again.close()
    assert again.daily_backup is None
    assert daily_backup_due(db_path, now=datetime.now() + timedelta(days=1, minutes=1))


def test_a_register_update_takes_a_backup_first(desk: Desk, db_path: Path,
                                                tmp_path: Path) -> None:
    from digiamt_desk.paths import resource
    from digiamt_desk.services.register import SHIPPED_REGISTER

    report = replace_register(desk, resource(*SHIPPED_REGISTER))
    assert report.backup is not None
    assert [b.label for b in list_backups(db_path)] == ["before-register-update"]


def test_a_backup_holds_what_was_committed(desk: Desk, db_path: Path) -> None:
    applications.create_application(desk, "09162000", head_title="Oberbürgermeister",
                                    head_name="Dieter Reiter")
    copy = take_backup(db_path, "manual")
    assert copy is not None
    with sqlite3.connect(copy) as connection:
        names = [row[0] for row in connection.execute("SELECT name FROM application")]
    connection.close()
    assert names == ["München"]


# --- integrity and restore -----------------------------------------------------------------------


def test_a_damaged_database_is_not_written_and_the_newest_sound_backup_is_offered(
        db_path: Path) -> None:
    good = take_backup(db_path, "daily", now=datetime(2026, 1, 1))
    _checkpoint(db_path)
    _damage(db_path)
    take_backup(db_path, "manual", now=datetime(2026, 1, 2))  # a copy of the damage
    damaged_bytes = db_path.read_bytes()
    assert integrity_problems(db_path)
    with pytest.raises(DatabaseDamaged) as refused:
        open_desk(db_path, daily_backup=True)
    assert refused.value.backup is not None and refused.value.backup.path == good
    assert db_path.read_bytes() == damaged_bytes
    assert not lock.is_held_here(db_path)


def test_a_damaged_database_opens_read_only(db_path: Path) -> None:
    _checkpoint(db_path)
    _damage(db_path)
    assert integrity_problems(db_path)
    desk = open_desk(db_path, read_only=True, load_register=False)
    try:
        assert desk.read_only
        with pytest.raises(Exception, match=r"opened for reading only|malformed"):
            desk.set_setting("reference_pattern", "X-{seq}")
    finally:
        desk.close()


def test_restore_brings_back_the_backup_and_keeps_the_current_state(db_path: Path) -> None:
    desk = open_desk(db_path)
    applications.create_application(desk, "09162000")
    desk.close()
    before = take_backup(db_path, "manual", now=datetime(2026, 1, 1))
    assert before is not None
    desk = open_desk(db_path)
    applications.create_application(desk, "09564000")  # Nürnberg, after the backup
    desk.close()

    kept = restore(db_path, before)

    assert kept is not None and "before-restore" in kept.name
    desk = open_desk(db_path)
    names = [r.application.name for r in applications.list_applications(desk)]
    desk.close()
    assert names == ["München"]
    with sqlite3.connect(kept) as connection:
        kept_names = sorted(r[0] for r in connection.execute("SELECT name FROM application"))
    connection.close()
    assert kept_names == ["München", "Nürnberg"]


def test_restore_over_a_damaged_database_moves_it_aside(db_path: Path) -> None:
    good = take_backup(db_path, "daily")
    assert good is not None
    _checkpoint(db_path)
    _damage(db_path)
    kept = restore(db_path, good)
    assert kept is not None and "damaged" in kept.name and kept.exists()
    assert not integrity_problems(db_path)
    assert latest_good_backup(db_path) is not None
    open_desk(db_path).close()


def test_a_damaged_backup_is_never_restored(db_path: Path) -> None:
    copy = take_backup(db_path, "manual")
    assert copy is not None
    _damage(copy)
    before = db_path.read_bytes()
    with pytest.raises(IntegrityError):
        restore(db_path, copy)
    assert db_path.read_bytes() == before


def test_a_file_that_is_no_database_fails_the_check(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    text = "meeting notes, not a database\n" * 200
    path.write_text(text, encoding="utf-8")
    problems = integrity_problems(path)
    assert problems and "not a database" in " ".join(problems)
    assert path.read_text(encoding="utf-8") == text  # looked at, never changed


def test_the_command_sets_how_many_backups_are_kept(db_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["--db", str(db_path), "settings", "--set", "backups_kept_daily=3"]) == 0
    assert "backups_kept_daily = 3" in capsys.readouterr().out
    for day in range(5):
        take_backup(db_path, "daily", now=datetime(2026, 4, 1 + day, 8, 0))
    assert [b.kind for b in list_backups(db_path)].count("daily") == 3
    assert cli.main(["--db", str(db_path), "settings", "--set", "backups_kept_daily=0"]) == 2


# --- the lock holds the file, not its name; databases are made only when asked (issue 14) -----


def test_a_hard_link_in_the_same_process_shares_the_lock(db_path: Path, tmp_path: Path) -> None:
    link = tmp_path / "elsewhere.db"
    link.hardlink_to(db_path)
    first = open_desk(db_path, load_register=False)
    assert lock.is_held_here(link)  # known by its device and inode, not only by its name
    second = open_desk(link, load_register=False)
    second.close()
    assert lock.is_held_here(db_path)
    first.close()
    assert not lock.is_held_here(db_path) and not lock.is_held_here(link)


def test_a_missing_database_is_refused_unless_created(tmp_path: Path) -> None:
    from digiamt_desk.store.sqlite_safety import DatabaseMissing

    target = tmp_path / "sub" / "neu.db"
    with pytest.raises(DatabaseMissing, match="--create"):
        open_desk(target, load_register=False)
    assert not target.exists() and not lock.is_held_here(target)
    desk = open_desk(target, load_register=False, create=True)
    desk.close()
    assert target.exists()


def test_a_creation_that_fails_leaves_no_file_behind(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.services.desk as desk_module

    def broken(_folder: Path) -> None:
        raise OSError("the catalog cannot be read")

    monkeypatch.setattr(desk_module, "load_catalogs", broken)
    target = tmp_path / "neu.db"
    with pytest.raises(OSError, match="catalog"):
        open_desk(target, create=True)
    assert not target.exists() and not Path(f"{target}-wal").exists()
    assert not lock.is_held_here(target)


def test_a_sqlite_file_without_tables_is_filled_only_when_asked(tmp_path: Path) -> None:
    from digiamt_desk.store.sqlite_safety import DatabaseMissing

    target = tmp_path / "leer.db"
    with sqlite3.connect(target) as connection:
        connection.execute("PRAGMA user_version = 3")  # a SQLite file, 4 KB, no table
    connection.close()
    before = target.read_bytes()
    with pytest.raises(DatabaseMissing):
        open_desk(target, load_register=False)
    assert target.read_bytes() == before
    open_desk(target, load_register=False, create=True).close()
