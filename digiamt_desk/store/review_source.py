"""A SQLite file read by the review table's read model on the plain DB-API, without SQLAlchemy.

On start the window reads the rows of the application it will open while the database layer is
still loading (services/early_rows.py). This source opens the file read-only (SQLite's
`mode=ro`: it cannot write to it, nor make a missing file) and keeps a watch connection whose
`PRAGMA data_version` tells whether any other connection has committed to the file since the
source was opened: rows read before the database was locked and checked are used only if
nothing has changed since (`unchanged()`)."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path
from typing import Any
from urllib.parse import quote


class _Dialect:
    name = "sqlite"
    paramstyle = sqlite3.paramstyle


class _Lent:
    """A connection lent to the read model; `close()` gives it back to the source."""

    def __init__(self, source: SQLiteFileSource, connection: sqlite3.Connection) -> None:
        self._source = source
        self._connection = connection

    def cursor(self) -> sqlite3.Cursor:
        return self._connection.cursor()

    def close(self) -> None:
        self._source._give_back(self._connection)


class SQLiteFileSource:
    """Read-only connections to one SQLite file, for the read model (a `RowSource`)."""

    dialect = _Dialect()

    def __init__(self, path: Path) -> None:
        self.path = path
        self._uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        self._lock = threading.Lock()
        self._idle: list[sqlite3.Connection] = []
        self._all: list[sqlite3.Connection] = []
        self._closed = False
        self._identity = self._file_identity(path)  # first: a file replaced after is seen
        self._watch = self._connect()
        self._version = self._data_version()

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self._uri, uri=True, check_same_thread=False,
                                     isolation_level=None)
        with self._lock:
            if self._closed:
                connection.close()
                raise sqlite3.ProgrammingError("the source is closed")
            self._all.append(connection)
        return connection

    def _data_version(self) -> int:
        with self._lock:
            if self._closed:
                raise sqlite3.ProgrammingError("the source is closed")
            row = self._watch.execute("PRAGMA data_version").fetchone()
        return int(row[0])

    def raw_connection(self) -> Any:
        with self._lock:
            connection = self._idle.pop() if self._idle else None
        return _Lent(self, connection if connection is not None else self._connect())

    def _give_back(self, connection: sqlite3.Connection) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(connection)
                return
        connection.close()

    @staticmethod
    def _file_identity(path: Path) -> tuple[int, int]:
        found = path.stat()
        return found.st_dev, found.st_ino

    def unchanged(self) -> bool:
        """Whether no other connection (this process's or another's) has committed to the file
        since the source was opened, and the file at its path is still the one opened (not
        replaced, as a restored backup is)."""
        try:
            return (self._data_version() == self._version
                    and self._file_identity(self.path) == self._identity)
        except (sqlite3.Error, OSError):
            return False

    def close(self) -> None:
        with self._lock:
            self._closed = True
            connections, self._all, self._idle = self._all, [], []
        for connection in connections:
            connection.close()
