"""What the tests of the running session share (tests/ui): a damaged file, a damaged-database
dialog answered with "read only"."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from digiamt_desk.store.backups import DatabaseDamaged
from digiamt_desk.ui.backups import DamagedChoice


def damage(path: Path) -> None:
    """Overwrite pages all through a SQLite file (after folding its WAL in)."""
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    size = path.stat().st_size
    with path.open("r+b") as handle:
        for offset in range(4096 * 3, size - 4096, 4096 * 7):
            handle.seek(offset)
            handle.write(b"\xde\xad" * 2048)


class ChooseReadOnly:
    """The damaged-database dialog, answered "open it for reading only"."""

    def __init__(self, damaged: DatabaseDamaged, _parent: object) -> None:
        self.damaged = damaged

    def exec(self) -> int:
        return 0

    def choice(self) -> str:
        return DamagedChoice.READ_ONLY
