"""A source kept in the database that unpacks to far more than any import reads (item 5)."""

from __future__ import annotations

import contextlib
import sqlite3
import sys
import textwrap
import zlib
from collections.abc import Callable
from pathlib import Path

from helpers import write_csv

SHOW_SOURCE = textwrap.dedent("""
    import sys
    from digiamt_desk.domain.importing import InputError
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.services.procedures import source_rows
    desk = open_desk(sys.argv[1], load_register=False)
    try:
        rows = source_rows(desk, int(sys.argv[2]))
        print(len(rows))
    except InputError as exc:
        print(exc, file=sys.stderr)
        sys.exit(2)
    finally:
        desk.close()
""")


def _bomb(size: int) -> bytes:
    """zlib data that unpacks to `size` bytes of spaces (built in pieces, never whole)."""
    packer = zlib.compressobj(9)
    piece = b" " * (1 << 20)
    parts = [packer.compress(piece) for _ in range(size // len(piece))]
    return b"".join([*parts, packer.flush()])


def test_a_stored_source_that_unpacks_beyond_the_import_limit_is_not_shown(
        hostile_db: Path, tmp_path: Path, digiamt: Callable[..., object],
        run_command: Callable[..., object], program_environment: dict[str, str],
        sha256_of: Callable[[Path], str]) -> None:
    assert digiamt("--db", hostile_db, "new", "09162000").status == 0  # type: ignore
    source = write_csv(tmp_path / "liste.csv", ["Bezeichnung;Link",
                                                "Hund anmelden;https://portal.example/hund"])
    imported = digiamt("--db", hostile_db, "import", source, "--ars", "091620000000")
    assert imported.status == 0, imported  # type: ignore[attr-defined]
    with contextlib.closing(sqlite3.connect(hostile_db)) as connection:
        procedure = connection.execute("SELECT id FROM procedure").fetchone()[0]
        connection.execute("UPDATE import_run SET content = ?", (_bomb(400 << 20),))
        connection.commit()
    before = sha256_of(hostile_db)
    shown = run_command([sys.executable, "-c", SHOW_SOURCE, hostile_db, str(procedure)],
                        env=program_environment, cwd=program_environment["PYTHONPATH"],
                        memory_limit_mib=2048)
    assert shown.status == 2, shown  # type: ignore[attr-defined]
    assert shown.stderr_lines == [  # type: ignore[attr-defined]
        "field 'import_run.content': the source kept of import 1 unpacks to more than 200 MB, "
        "more than any import reads; it is not shown"]
    assert shown.peak_mib < 200, shown  # type: ignore[attr-defined]
    assert sha256_of(hostile_db) == before
