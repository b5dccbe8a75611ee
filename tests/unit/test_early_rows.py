"""The rows read early on start (services/early_rows.py): the same table the window would read,
handed over only while nothing has been committed to the file since, and read without loading
SQLAlchemy."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from helpers import write_csv

from digiamt_desk.domain.review import Decision
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.early_rows import EarlyRows, first_application
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.services.table import build_search_texts, load_table
from digiamt_desk.store.review_source import SQLiteFileSource

LINES = [
    "Bezeichnung;Link;LeiKa;Anbieter",
    "Gewerbe anmelden;https://portal.example/gewerbe;99050012104000;kommunal",
    "Hundesteuer;https://portal.example/hund;99041006017000;zentral",
    "Kontakt;mailto:amt@portal.example;;",
    "Antrag zum Drucken;antrag.pdf;;kommunal",
]


def _application(desk: Desk, tmp_path: Path, key: str, lines: list[str]) -> int:
    import_source(desk, str(write_csv(tmp_path / f"{key}.csv", lines)), ars=key)
    found = applications.find_application(desk, key).id
    assert found is not None
    return found


def _reviewed(desk: Desk, tmp_path: Path) -> int:
    app_id = _application(desk, tmp_path, "09180117", LINES)
    ids = {p.title: p.id for p in list_procedures(desk, app_id)}
    review.decide(desk, app_id, [ids["Gewerbe anmelden"]], Decision.ACCEPTED)
    review.decide(desk, app_id, [ids["Hundesteuer"]], Decision.REJECTED, reason="pdf_form",
                  reason_text="nur Formular")
    review.set_note(desk, app_id, ids["Antrag zum Drucken"], "Rückfrage")
    return app_id


def _take(early: EarlyRows, desk: Desk, app_id: int, *, writable: bool = True) -> object:
    return early.take(desk.database_path, app_id, tuple(desk.catalog().criterion_ids()),
                      writable=writable)


def test_the_early_rows_are_the_table_the_window_would_read(
        desk: Desk, db_path: Path, tmp_path: Path) -> None:
    app_id = _reviewed(desk, tmp_path)
    early = EarlyRows(db_path).start()
    taken = _take(early, desk, app_id)
    expected = load_table(desk, app_id)  # search texts not built: the model makes them
    assert taken is not None
    assert dataclasses.asdict(taken) == dataclasses.asdict(expected)
    build_search_texts(taken)
    assert "rückfrage" in "".join(taken.search_texts)  # type: ignore[attr-defined]
    assert "Rückfrage" in taken.notes and "rejected" in taken.decisions  # type: ignore[attr-defined]
    assert _take(early, desk, app_id) is None  # handed over once


def test_a_change_committed_after_the_early_read_is_not_lost(
        desk: Desk, db_path: Path, tmp_path: Path) -> None:
    """A migration, another program's write before the lock, any write of the opening: the
    early rows are dropped, and the window reads the rows again."""
    app_id = _reviewed(desk, tmp_path)
    early = EarlyRows(db_path).start()
    early._thread.join()
    assert early.table is not None
    first = early.table.ids[0]
    review.set_note(desk, app_id, first, "später geschrieben")
    assert _take(early, desk, app_id) is None
    assert load_table(desk, app_id).notes[0] == "später geschrieben"


def test_a_write_by_another_connection_is_seen(desk: Desk, db_path: Path,
                                               tmp_path: Path) -> None:
    app_id = _reviewed(desk, tmp_path)
    early = EarlyRows(db_path).start()
    early._thread.join()
    other = sqlite3.connect(db_path)
    with other:
        other.execute("UPDATE procedure SET title = 'Neu' WHERE application_id = ?", (app_id,))
    other.close()
    assert _take(early, desk, app_id) is None


def test_a_file_replaced_after_the_early_read_is_read_again(
        desk: Desk, db_path: Path, tmp_path: Path) -> None:
    """A backup restored over the file (a new file renamed to its path) holds other rows,
    though no connection to the old file committed anything."""
    app_id = _reviewed(desk, tmp_path)
    early = EarlyRows(db_path).start()
    early._thread.join()
    restored = tmp_path / "restored.db"
    backup = sqlite3.connect(restored)
    source = sqlite3.connect(db_path)
    source.backup(backup)
    source.close()
    backup.close()
    restored.replace(db_path)
    assert _take(early, desk, app_id) is None


def test_other_rows_are_not_handed_over(desk: Desk, db_path: Path, tmp_path: Path) -> None:
    _reviewed(desk, tmp_path)
    _application(desk, tmp_path, "09162000", ["Bezeichnung;Link", "Eins;https://a.example"])
    read = _read_id(EarlyRows(db_path).start())
    other = next(a.application.id for a in applications.list_applications(desk)
                 if a.application.id != read)
    assert other is not None
    criteria = tuple(desk.catalog().criterion_ids())
    # Another application than the one read early (the reviewer sorted the list otherwise).
    assert _take(EarlyRows(db_path).start(), desk, other) is None
    # A database opened read-only (damaged or not writable): the window reads it as before.
    assert _take(EarlyRows(db_path).start(), desk, read, writable=False) is None
    # Another file than the one opened.
    copy = tmp_path / "copy.db"
    copy.write_bytes(db_path.read_bytes())
    assert EarlyRows(copy).start().take(db_path, read, criteria, writable=True) is None
    # Other criteria (the catalog in force on the desk's day).
    assert EarlyRows(db_path).start().take(db_path, read, ("x",), writable=True) is None
    # All as read: handed over.
    assert EarlyRows(db_path).start().take(db_path, read, criteria, writable=True) is not None


def _read_id(early: EarlyRows) -> int:
    early._thread.join()
    found = early.application_id
    early.close()
    assert found is not None
    return found


def test_the_first_application_by_name_as_the_list_shows_it(desk: Desk, tmp_path: Path,
                                                            db_path: Path) -> None:
    _application(desk, tmp_path, "09180117", LINES)
    _application(desk, tmp_path, "09162000", ["Bezeichnung;Link", "Eins;https://a.example"])
    names = {a.id: a.name for a in applications.list_applications(desk)
             for a in [a.application]}
    source = SQLiteFileSource(db_path)
    try:
        chosen = first_application(source)
    finally:
        source.close()
    assert chosen == min(names, key=lambda i: names[i].casefold())


def test_a_file_that_is_no_database_gives_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "kaputt.db"
    path.write_bytes(b"not a database at all" * 100)
    early = EarlyRows(path).start()
    assert early.take(path, 1, ("c",), writable=True) is None
    assert early.failure is not None
    assert path.read_bytes() == b"not a database at all" * 100  # nothing written


def test_reading_early_loads_no_sqlalchemy(db_path: Path) -> None:
    probe = textwrap.dedent("""
        import sys
        from pathlib import Path
        from digiamt_desk.services.early_rows import EarlyRows
        early = EarlyRows(Path(sys.argv[1])).start()
        early._thread.join()
        heavy = [m for m in ("sqlalchemy", "sqlmodel", "digiamt_desk.store.db") if m in sys.modules]
        print(early.failure, heavy)
    """)
    result = subprocess.run([sys.executable, "-c", probe, str(db_path)], capture_output=True,
                            text=True, check=True)
    assert result.stdout.split() == ["None", "[]"]


def test_dropped_while_reading_the_read_closes_its_connections(desk: Desk, db_path: Path,
                                                              tmp_path: Path) -> None:
    """The first opening failed while the rows were still being read: the GUI thread does not
    wait, and the reading thread lets go of the file when it ends (a backup can replace it)."""
    app_id = _reviewed(desk, tmp_path)
    early = EarlyRows(db_path).start()
    early.close(wait=False)
    early._thread.join()
    assert early.table is None and early._source is not None
    with pytest.raises(sqlite3.ProgrammingError):
        early._source.raw_connection()  # closed: no connection left open on the file
    assert _take(early, desk, app_id) is None
