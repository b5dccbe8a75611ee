"""The rows of the application the window will open, read early on start.

The start loads the database layer (SQLAlchemy, the tables) and opens the database (lock,
quick_check, migrations, backup) on one thread; reading 200,000 rows takes about as long
again. SQLite lets go of the GIL while it steps, so this module reads the rows of the
application the window will most likely open on a thread of its own, on the plain DB-API
(store/review_source.py), at the same time.

Those rows are read before the file is locked and checked, so they are used only if nothing
can have changed: `take` (called once the database is open, its lock held by this process)
gives them only if the file was opened writable and in place, the application and the
catalog's criteria are the ones read, and SQLite says no connection has committed to the file
since the read began (PRAGMA data_version: a migration, another program's write before the
lock, or any write of the open itself). Else it gives None and the window reads the rows as
before. Nothing here writes; any failure of the early read only means the ordinary read."""

from __future__ import annotations

import gc
import threading
from datetime import date
from pathlib import Path

from digiamt_desk.domain.catalog import catalog_in_force, load_catalogs
from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.paths import resource
from digiamt_desk.store.review_source import SQLiteFileSource
from digiamt_desk.store.review_table import load_table

FREEZE_ROWS = 50_000  # as ui/procedure_model.py: a smaller table is collected as it comes
WAIT_SECONDS = 120.0  # a read of any size ends long before; past it the window reads itself


def first_application(source: SQLiteFileSource) -> int | None:
    """The application the window lists first by default: the first by name, casefolded (the
    applications pane's order; ties in the database's order by name)."""
    connection = source.raw_connection()
    try:
        rows = connection.cursor().execute(
            "SELECT id, name FROM application ORDER BY name").fetchall()
    finally:
        connection.close()
    if not rows:
        return None
    return int(min(rows, key=lambda row: str(row[1]).casefold())[0])


class EarlyRows:
    """Reads, on a thread of its own, the rows of the application listed first in a SQLite
    file; `take` hands them over once, if they are still current."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.application_id: int | None = None
        self.table: ProcedureTable | None = None
        self.failure: BaseException | None = None
        self._source: SQLiteFileSource | None = None
        self._taken = False
        self._dropped = False  # close() was called: the reading thread closes the source
        self._ended = False  # the reading thread is done with the source
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._read, name="early-rows", daemon=True)

    def start(self) -> EarlyRows:
        self._thread.start()
        return self

    def _read(self) -> None:
        # The rows make about a million objects that all stay alive, while the database layer
        # is imported beside them: the cyclic collector would walk them again and again and
        # find nothing (rows hold no cycles). Paused for the read, as during an import's parse;
        # then frozen, as the review model does with a large table (ui/procedure_model.py):
        # else the first collection after the pause walks all of them at once (90 ms).
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            self._read_rows()
        finally:
            if self.table is not None and len(self.table) >= FREEZE_ROWS:
                gc.freeze()
            if was_enabled:
                gc.enable()
            with self._lock:
                self._ended = True
                dropped = self._dropped
            if dropped:
                self._close_source()

    def _read_rows(self) -> None:
        try:
            source = self._source = SQLiteFileSource(self.path)
            application_id = first_application(source)
            if application_id is None:
                return
            criteria = tuple(catalog_in_force(load_catalogs(resource("criteria")),
                                              date.today()).criterion_ids())
            # Without the search texts (90 ms at 200,000 rows, the table's read being what
            # the window waits for): the review model builds them in idle time after the
            # table is shown, or at once if the reviewer types a filter first.
            table = load_table(source, application_id, criteria)
            self.application_id, self.table = application_id, table
        except Exception as exc:  # not a SQLite file, locked, damaged, another schema: not used
            self.failure = exc

    def take(self, database_path: Path | None, application_id: int,
             criterion_ids: tuple[str, ...], *, writable: bool) -> ProcedureTable | None:
        """The rows read early, if they are this application's in this file and nothing has
        been committed to the file since they were read; else None. Waits for the read to
        end. Once only: the source is closed after it. Call it with the database's lock held
        (open_desk took it), so that nothing changes the file after the check."""
        if self._taken:
            return None
        self._taken = True
        self._thread.join(WAIT_SECONDS)
        try:
            table = self.table
            if (self._thread.is_alive() or table is None or not writable
                    or database_path is None or self._source is None
                    or database_path.resolve() != self.path.resolve()
                    or application_id != self.application_id
                    or criterion_ids != table.criterion_ids
                    or not self._source.unchanged()):
                return None
            return table
        finally:
            self.close()

    def close(self, *, wait: bool = True) -> None:
        """Forget the rows and close the connections; without `wait` a read under way closes
        them when it ends (the GUI thread does not wait for it)."""
        self._taken = True
        with self._lock:
            self._dropped = True
            ended = self._ended
        if not ended and wait:
            self._thread.join(WAIT_SECONDS)
            ended = not self._thread.is_alive()
        if ended:
            self._close_source()

    def _close_source(self) -> None:
        self.table = None
        if self._source is not None:
            self._source.close()
