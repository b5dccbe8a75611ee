"""Hostile database files and failing machines, through the real command in a subprocess.

Each case: one line on stderr naming the file and what is wrong, exit status 2, the database
byte-identical afterwards, and reading still working wherever it can. Read-only files and
folders are made with `chattr +i` and read-only or full drives with a small tmpfs: both need
root (the CI runs as root); without it the cases are skipped.
"""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

Digiamt = Callable[..., object]

# Bounds, not timings: every case here ends within seconds and tens of MiB.
SECONDS = 60
MIB = 400


def _chattr(path: Path, flag: str) -> None:
    if shutil.which("chattr") is None:
        pytest.skip("chattr is not available")
    result = subprocess.run(["chattr", flag, str(path)], capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"chattr {flag} is not possible here: {result.stderr.strip()}")


@contextlib.contextmanager
def immutable(path: Path) -> Iterator[Path]:
    """The file or folder cannot be changed, not even by root, while inside."""
    _chattr(path, "+i")
    try:
        yield path
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=False)


@pytest.fixture
def small_drive(tmp_path: Path) -> Iterator[Path]:
    """A 4 MiB tmpfs of its own (unmounted afterwards)."""
    mount = tmp_path / "drive"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {result.stderr.strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(drive: Path, leave: int = 0) -> Path:
    """Fill the drive up to `leave` bytes."""
    filler = drive / "filler"
    with filler.open("wb") as handle:
        free = shutil.disk_usage(drive).free - leave
        block = b"\0" * 65536
        try:
            while free > 0:
                handle.write(block[:min(len(block), free)])
                handle.flush()
                free -= len(block)
        except OSError:
            pass
    return filler


def _one_error(outcome: object) -> str:
    assert outcome.status == 2, outcome  # type: ignore[attr-defined]
    lines = outcome.stderr_lines  # type: ignore[attr-defined]
    assert len(lines) == 1, outcome
    assert "Traceback" not in outcome.stderr  # type: ignore[attr-defined]
    assert outcome.seconds < SECONDS and outcome.peak_mib < MIB, outcome  # type: ignore
    return str(lines[0])


def _new_application(digiamt: Digiamt, db: Path) -> object:
    return digiamt("--db", db, "new", "09162000", "--head-title", "Oberbürgermeister")


def _rows(db: Path, table: str) -> int:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as c:
        return int(c.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])


# --- 13: another program's database, a mistyped path ------------------------------------------


def test_another_programs_sqlite_file_is_refused_and_not_converted(
        tmp_path: Path, digiamt: Digiamt, sha256_of: Callable[[Path], str]) -> None:
    foreign = tmp_path / "kassenbuch.db"
    with contextlib.closing(sqlite3.connect(foreign)) as connection:
        connection.execute("CREATE TABLE buchung (id INTEGER PRIMARY KEY, betrag REAL)")
        connection.execute("INSERT INTO buchung (betrag) VALUES (12.5)")
        connection.commit()
    before = sha256_of(foreign)
    line = _one_error(digiamt("--db", foreign, "applications"))
    assert line == (f"digiamt: error: {foreign} is not a DigiAmt Desk database (it holds other "
                    "tables: buchung); it was not changed")
    assert sha256_of(foreign) == before
    # Not even when asked to create: --create makes a database only where there is none.
    _one_error(digiamt("--db", foreign, "--create", "applications"))
    assert sha256_of(foreign) == before


def test_a_mistyped_database_path_makes_nothing_and_says_how_to_create_one(
        tmp_path: Path, digiamt: Digiamt) -> None:
    typo = tmp_path / "casse.db"
    line = _one_error(digiamt("--db", typo, "applications"))
    assert line == (f"digiamt: error: {typo} does not exist (or is empty); to make a new "
                    f"database there, run: digiamt --db {typo} --create COMMAND")
    assert not typo.exists()
    made = digiamt("--db", typo, "--create", "applications")
    assert made.status == 0, made
    assert _rows(typo, "register_entry") > 2000


# --- 14: a crafted file ------------------------------------------------------------------------


@pytest.mark.parametrize(("kind", "statement", "name"), [
    ("trigger", "CREATE TRIGGER wipe AFTER INSERT ON history_entry "
                "BEGIN DELETE FROM history_entry; END", "wipe"),
    ("view", "CREATE VIEW awarded AS SELECT * FROM application", "awarded"),
    ("table", "CREATE TABLE payload (x)", "payload"),
    ("index", "CREATE INDEX ix_sneaky ON procedure (title)", "ix_sneaky"),
])
def test_a_database_with_schema_objects_we_do_not_make_is_refused(
        hostile_db: Path, digiamt: Digiamt, sha256_of: Callable[[Path], str],
        kind: str, statement: str, name: str) -> None:
    with contextlib.closing(sqlite3.connect(hostile_db)) as connection:
        connection.execute(statement)
        connection.commit()
    before = sha256_of(hostile_db)
    line = _one_error(_new_application(digiamt, hostile_db))
    assert line == (f"digiamt: error: {hostile_db} holds a {kind} '{name}' that DigiAmt Desk "
                    "does not create; a database file may carry code that runs on every "
                    "change, so it was not opened (and not changed)")
    assert sha256_of(hostile_db) == before


def test_a_table_changed_behind_our_back_is_refused(
        hostile_db: Path, digiamt: Digiamt, sha256_of: Callable[[Path], str]) -> None:
    # The same name, another definition: a view standing where the table of settings was.
    with contextlib.closing(sqlite3.connect(hostile_db)) as connection:
        connection.executescript("ALTER TABLE setting RENAME TO setting_old;"
                                 "CREATE VIEW setting AS SELECT * FROM setting_old;")
    before = sha256_of(hostile_db)
    line = _one_error(digiamt("--db", hostile_db, "applications"))
    assert f"{hostile_db} holds a " in line and "so it was not opened" in line
    assert sha256_of(hostile_db) == before


# --- 12: read-only file, folder, drive; a full disk; a backup that cannot be written ------------


def test_a_read_only_database_file_is_read_and_a_change_refused(
        hostile_db: Path, digiamt: Digiamt, sha256_of: Callable[[Path], str]) -> None:
    assert _new_application(digiamt, hostile_db).status == 0
    before = sha256_of(hostile_db)
    with immutable(hostile_db):
        summary = digiamt("--db", hostile_db, "summary", "09162000")
        assert summary.status == 0 and "München" in summary.stdout, summary
        line = _one_error(digiamt("--db", hostile_db, "status", "09162000", "--set", "in_review"))
    assert line == (f"digiamt: error: cannot save to {hostile_db}: the file is read-only; "
                    "nothing was changed")
    assert sha256_of(hostile_db) == before


def test_a_sound_database_in_a_read_only_folder_is_read_and_not_called_damaged(
        hostile_db: Path, digiamt: Digiamt, sha256_of: Callable[[Path], str]) -> None:
    assert _new_application(digiamt, hostile_db).status == 0
    before = sha256_of(hostile_db)
    folder = hostile_db.parent
    with immutable(folder):
        summary = digiamt("--db", hostile_db, "summary", "09162000")
        assert summary.status == 0 and "München" in summary.stdout, summary
        assert "damaged" not in summary.stderr
        line = _one_error(digiamt("--db", hostile_db, "status", "09162000", "--set", "in_review"))
    assert line == (f"digiamt: error: cannot save to {hostile_db}: its folder {folder} is "
                    "read-only; nothing was changed")
    assert sha256_of(hostile_db) == before


def test_a_database_on_a_read_only_drive_is_read_and_a_change_refused(
        hostile_db: Path, small_drive: Path, digiamt: Digiamt,
        sha256_of: Callable[[Path], str]) -> None:
    db = small_drive / "cases.db"
    shutil.copy(hostile_db, db)
    assert _new_application(digiamt, db).status == 0
    before = sha256_of(db)
    subprocess.run(["mount", "-o", "remount,ro", str(small_drive)], check=True)
    listed = digiamt("--db", db, "applications")
    assert listed.status == 0 and "München" in listed.stdout, listed
    line = _one_error(digiamt("--db", db, "status", "09162000", "--set", "in_review"))
    assert line == (f"digiamt: error: cannot save to {db}: the drive it is on is read-only; "
                    "nothing was changed")
    assert sha256_of(db) == before


def test_a_full_disk_reads_refuses_a_change_and_works_again_when_space_is_freed(
        hostile_db: Path, small_drive: Path, digiamt: Digiamt,
        sha256_of: Callable[[Path], str]) -> None:
    db = small_drive / "cases.db"
    shutil.copy(hostile_db, db)
    assert _new_application(digiamt, db).status == 0
    filler = _fill(small_drive)
    before = sha256_of(db)
    listed = digiamt("--db", db, "applications")
    assert listed.status == 0 and "München" in listed.stdout, listed
    line = _one_error(digiamt("--db", db, "status", "09162000", "--set", "in_review"))
    assert line == (f"digiamt: error: cannot save to {db}: the disk is full; nothing was "
                    "changed (free some space and try again)")
    assert sha256_of(db) == before
    filler.unlink()
    # Not damaged: it works again once there is room.
    assert digiamt("--db", db, "status", "09162000", "--set", "in_review").status == 0


def test_a_disk_that_fills_during_an_import_changes_nothing(
        hostile_db: Path, small_drive: Path, tmp_path: Path, digiamt: Digiamt,
        sha256_of: Callable[[Path], str]) -> None:
    db = small_drive / "cases.db"
    shutil.copy(hostile_db, db)
    assert _new_application(digiamt, db).status == 0
    source = tmp_path / "liste.csv"
    rows = [f"Verfahren Nummer {n} mit einem langen Namen;https://portal.example/{n}/antrag"
            for n in range(20000)]
    source.write_text("Bezeichnung;Link\n" + "\n".join(rows) + "\n", encoding="utf-8")
    _fill(small_drive, leave=600 * 1024)  # room to begin, not to finish
    before = sha256_of(db)
    line = _one_error(digiamt("--db", db, "import", source, "--ars", "091620000000"))
    assert line == (f"digiamt: error: cannot save to {db}: the disk is full; nothing was "
                    "changed (free some space and try again)")
    assert sha256_of(db) == before
    assert _rows(db, "procedure") == 0


def test_a_disk_that_fills_during_a_large_import_in_a_worker_changes_no_data(
        hostile_db: Path, small_drive: Path, tmp_path: Path, digiamt: Digiamt) -> None:
    # A file above PARALLEL_MIN_BYTES for a new application: parsed in a worker and stored
    # through a rollback journal (store/sqlite_import.ImportFile.begin). The switch of the
    # journal counts in the header's change counter; every other byte stays.
    from digiamt_desk.services.import_worker import PARALLEL_MIN_BYTES

    db = small_drive / "cases.db"
    shutil.copy(hostile_db, db)
    source = tmp_path / "liste.csv"
    rows = [f"Verfahren Nummer {n} mit einem langen Namen;https://portal.example/{n}/antrag"
            for n in range(30000)]
    source.write_text("Bezeichnung;Link\n" + "\n".join(rows) + "\n", encoding="utf-8")
    assert source.stat().st_size > PARALLEL_MIN_BYTES
    _fill(small_drive, leave=600 * 1024)
    before = db.read_bytes()
    # the daily backup is due and fails first: its copy must not keep the file open (it did,
    # and the import was refused as "database is locked")
    outcome = digiamt("--db", db, "import", source, "--ars", "09184112")
    assert outcome.status == 2 and "Traceback" not in outcome.stderr, outcome
    warning, line = outcome.stderr_lines
    assert warning.startswith("digiamt: warning: the daily backup could not be written")
    assert line == (f"digiamt: error: cannot save to {db}: the disk is full; nothing was "
                    "changed (free some space and try again)")
    after = db.read_bytes()
    assert len(after) == len(before)
    assert {i for i in range(len(after)) if after[i] != before[i]} <= {*range(24, 28),
                                                                       *range(92, 96)}
    assert not Path(f"{db}-wal").exists() and not Path(f"{db}-journal").exists()
    assert _rows(db, "procedure") == 0 and _rows(db, "application") == 0


def test_a_daily_backup_that_cannot_be_written_is_a_warning_not_a_stop(
        hostile_db: Path, digiamt: Digiamt) -> None:
    assert _new_application(digiamt, hostile_db).status == 0
    backups = hostile_db.parent / "backups"
    shutil.rmtree(backups, ignore_errors=True)
    backups.write_text("a file where the backup folder belongs")
    summary = digiamt("--db", hostile_db, "summary", "09162000")
    assert summary.status == 0 and "München" in summary.stdout, summary
    assert len(summary.stderr_lines) == 1, summary
    assert summary.stderr_lines[0].startswith(
        f"digiamt: warning: the daily backup could not be written into {backups} (")
    assert summary.stderr_lines[0].endswith("the work goes on without it")


# --- 15: a hard link does not pass the lock ------------------------------------------------------

HOLDER = textwrap.dedent("""
    import sys, time
    from digiamt_desk.services.desk import open_desk
    desk = open_desk(sys.argv[1], load_register=False)
    print("ready", flush=True)
    time.sleep(60)
""")


def test_a_hard_link_to_an_open_database_meets_its_lock(
        hostile_db: Path, digiamt: Digiamt, program_environment: dict[str, str]) -> None:
    link = hostile_db.parent.parent / "other-name.db"
    link.hardlink_to(hostile_db)
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, str(hostile_db)],
                              stdout=subprocess.PIPE, text=True, env=program_environment,
                              cwd=program_environment["PYTHONPATH"])
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ready"
        line = _one_error(_new_application(digiamt, link))
        assert line.startswith(f"digiamt: error: {link} is open in another DigiAmt Desk")
        assert line.endswith("close it there first")
    finally:
        holder.kill()
        holder.wait()
    assert not Path(f"{link}-wal").exists()
    assert _new_application(digiamt, link).status == 0  # free again once the holder is gone


# --- 16: a closed pipe -------------------------------------------------------------------------


def test_output_into_a_closed_pipe_ends_quietly_with_status_0(
        hostile_db: Path, program_environment: dict[str, str]) -> None:
    # 200 KB of output: more than a pipe holds, so the program meets the closed end.
    process = subprocess.Popen(
        [sys.executable, "-m", "digiamt_desk.cli", "--db", str(hostile_db), "register",
         "search", "a", "--limit", "5000"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        env=program_environment, cwd=program_environment["PYTHONPATH"])
    assert process.stdout is not None and process.stderr is not None
    process.stdout.readline()  # `head -1`
    process.stdout.close()
    error = process.stderr.read().decode()
    assert process.wait(timeout=SECONDS) == 0
    assert error == ""
