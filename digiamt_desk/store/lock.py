"""One running DigiAmt Desk per database: an operating-system lock on `<database>.lock`.

SQLite itself would let two programs write the same file in turns, but two reviewers' windows
(or a window and a batch command) would each show a table the other one changes underneath. The
lock is taken with `fcntl.flock` (POSIX) or `msvcrt.locking` (Windows) on a separate file, so
the operating system lets go of it when the holder dies, however it dies: a lock file left
behind by a killed process never blocks the next start. The file holds the holder's process id,
host and start time for the message a refused user reads.

The lock holds the file by its identity, not by its name: on POSIX the database file itself is
locked too (`flock` on its inode, which SQLite's own `fcntl` locks do not touch), on Windows a
lock file named by the volume and file index in the temporary folder, so a hard link or another
path to the same file meets the same lock; inside one process the lock is
found by device and inode as well as by name. In a folder that takes no new files (a read-only
folder or drive) the lock file cannot be made; the file's own lock stands alone then. The
descriptor of the database file stays open until the lock is released, after the engine is
disposed: closing it while SQLite holds locks of this process on the file would drop them.

Inside one process the lock is shared: a second `acquire` of the same database counts up and
the lock is released with the last `release` (the window and a test may open the same file
twice; flock would otherwise refuse the process its own database).
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import tempfile
import threading
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from digiamt_desk.store.errors import StoreError


class DatabaseLocked(StoreError):
    """Another running program has the database open."""

    def __init__(self, database: Path, holder: LockHolder | None) -> None:
        self.database = database
        self.holder = holder
        who = ""
        if holder is not None:
            who = f" (process {holder.pid} on {holder.host}, since {holder.since})"
        super().__init__(f"{database} is open in another DigiAmt Desk{who}; close it there "
                         "first")


@dataclass(frozen=True)
class LockHolder:
    pid: int
    host: str
    since: str
    program: str


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        try:
            # One byte far beyond the holder's text: the text stays readable for the message.
            handle.seek(1 << 20)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        finally:
            handle.seek(0)
        return True
    import fcntl

    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _unlock(handle: IO[bytes]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(1 << 20)
        with contextlib.suppress(OSError):  # already gone with the handle
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        return
    import fcntl

    fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def read_holder(database: Path) -> LockHolder | None:
    """Who wrote the lock file last (the holder, if the file is locked)."""
    try:
        data = json.loads(lock_path(database).read_text(encoding="utf-8"))
        return LockHolder(pid=int(data["pid"]), host=str(data["host"]),
                          since=str(data["since"]), program=str(data.get("program", "")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


_RECORD_SIZE = 512


def _write_record(handle: IO[bytes], text: str) -> None:
    # A fixed-size record written in place: no truncation of a file that is locked (Windows
    # refuses to shrink a file with a locked range).
    handle.seek(0)
    handle.write(text.encode("utf-8")[:_RECORD_SIZE].ljust(_RECORD_SIZE))
    handle.flush()


class _Held:
    def __init__(self, handle: IO[bytes] | None,
                 identities: dict[tuple[int, int], IO[bytes]]) -> None:
        self.handle = handle  # the lock file (None where the folder takes no new files)
        self.identities = identities  # (device, inode) -> the open file holding its lock
        self.count = 1


_held: dict[Path, _Held] = {}
_guard = threading.Lock()


def _key(database: Path) -> Path:
    return Path(os.path.normcase(database.expanduser().resolve()))


def _identity(database: Path) -> tuple[int, int] | None:
    try:
        stat = database.stat()
    except OSError:
        return None
    return (stat.st_dev, stat.st_ino)


def _held_by_identity(identity: tuple[int, int] | None) -> _Held | None:
    if identity is None:
        return None
    return next((held for held in _held.values() if identity in held.identities), None)


def _lock_identity(database: Path) -> tuple[tuple[int, int], IO[bytes]] | bool | None:
    """Lock the database by its identity: None if there is no file, False if another process
    holds it, else its identity and the open file that holds the lock (closing it lets go).

    POSIX: `flock` on the database file itself. Windows, where a lock on the database file
    would block SQLite's own reads of that range: a lock file named by the volume and file
    index in the temporary folder, which every name of the file leads to."""
    if sys.platform == "win32":
        identity = _identity(database)
        if identity is None:
            return None
        folder = Path(tempfile.gettempdir()) / "DigiAmt Desk locks"
        handle = _open_lock_file(folder / f"{identity[0]:x}-{identity[1]:x}.lock")
        if handle is None:
            return None
        if not _try_lock(handle):
            handle.close()
            return False
        return identity, handle
    import fcntl

    try:
        opened = open(database, "rb")  # noqa: SIM115 - held until the lock is released
    except OSError:
        return None
    try:
        fcntl.flock(opened.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        opened.close()
        return False
    stat = os.fstat(opened.fileno())
    return (stat.st_dev, stat.st_ino), opened


def _open_lock_file(path: Path) -> IO[bytes] | None:
    """The lock file, made if need be; None where the folder takes no new files."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Read-write without truncating (and without "a" mode, which writes only at the end).
        return os.fdopen(os.open(path, os.O_RDWR | os.O_CREAT, 0o644), "r+b")
    except PermissionError:
        pass
    except OSError as exc:
        import errno

        if exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
    try:  # it exists but cannot be written: it can still be locked for the other programs
        return os.fdopen(os.open(path, os.O_RDONLY), "rb")
    except OSError:
        return None


def acquire(database: Path, program: str = "digiamt") -> None:
    """Take the database for this process, or raise DatabaseLocked naming the holder."""
    key = _key(database)
    with _guard:
        held = _held.get(key) or _held_by_identity(_identity(key))
        if held is not None:
            _add_identity(held, key)
            held.count += 1
            return
        identity = _lock_identity(key)
        if identity is False:
            raise DatabaseLocked(key, read_holder(key))
        identities = dict([identity]) if isinstance(identity, tuple) else {}
        handle = _open_lock_file(lock_path(key))
        if handle is not None and not _try_lock(handle):
            handle.close()
            _close_identities(identities)
            raise DatabaseLocked(key, read_holder(key))
        if handle is not None and handle.writable():
            record = {"pid": os.getpid(), "host": socket.gethostname(),
                      "since": datetime.now().isoformat(timespec="seconds"),
                      "program": program}
            with contextlib.suppress(OSError):  # a full disk: the lock holds without its note
                _write_record(handle, json.dumps(record))
        _held[key] = _Held(handle, identities)


def _add_identity(held: _Held, database: Path) -> None:
    """The file was replaced under the held name (a restore, the demo): lock the new one."""
    identity = _identity(database)
    if identity is None or identity in held.identities:
        return
    locked = _lock_identity(database)
    if locked is False:
        raise DatabaseLocked(database, read_holder(database))
    if isinstance(locked, tuple):
        held.identities[locked[0]] = locked[1]


def _close_identities(identities: dict[tuple[int, int], IO[bytes]]) -> None:
    for opened in identities.values():
        opened.close()  # the lock goes with the last descriptor
    identities.clear()


def release(database: Path) -> None:
    key = _key(database)
    with _guard:
        held = _held.get(key)
        if held is None:
            held = _held_by_identity(_identity(key))
            if held is None:
                return
            key = next(name for name, value in _held.items() if value is held)
        held.count -= 1
        if held.count > 0:
            return
        del _held[key]
        try:
            if held.handle is not None:
                if held.handle.writable():
                    with contextlib.suppress(OSError):
                        _write_record(held.handle, "")
                _unlock(held.handle)
        finally:
            if held.handle is not None:
                held.handle.close()
            _close_identities(held.identities)
        # The empty file stays: removing it would race with another process that opened it
        # and is about to lock it.


def is_held_here(database: Path) -> bool:
    with _guard:
        key = _key(database)
        return key in _held or _held_by_identity(_identity(key)) is not None


__all__ = ["DatabaseLocked", "LockHolder", "acquire", "is_held_here", "lock_path",
           "read_holder", "release"]
