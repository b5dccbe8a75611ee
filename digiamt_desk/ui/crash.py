"""Crashes: a fatal error leaves a faulthandler log, and the next start says so.

Every running session writes `session-<pid>.json` into the user log folder and points
faulthandler at `fault-<pid>.log` there. A clean exit removes both. A marker whose process is
gone means the session ended without closing (killed, a fatal error, the power went); the next
start keeps a non-empty fault log as `crash-<date>-<pid>.log`, notes it in digiamt.log and shows
a notice with the paths, once.
"""

from __future__ import annotations

import faulthandler
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class EndedSession:
    """A session of an earlier start that did not close."""

    pid: int
    started: str
    database: str
    crash_log: Path | None  # the faulthandler output, when the process wrote any


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class CrashGuard:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.pid = os.getpid()
        self.marker = folder / f"session-{self.pid}.json"
        self.fault_path = folder / f"fault-{self.pid}.log"
        self._fault_file: IO[str] | None = None

    def ended_sessions(self) -> list[EndedSession]:
        """Sessions of earlier starts that did not close; their markers are cleared, their fault
        logs kept under a dated name."""
        found = []
        for marker in sorted(self.folder.glob("session-*.json")):
            try:
                data = json.loads(marker.read_text(encoding="utf-8"))
                pid = int(data["pid"])
            except (OSError, ValueError, KeyError, TypeError):
                marker.unlink(missing_ok=True)
                continue
            if pid == self.pid or process_alive(pid):
                continue  # this process, or another window still running
            fault = self.folder / f"fault-{pid}.log"
            kept = None
            if fault.exists() and fault.stat().st_size > 0:
                stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
                kept = self.folder / f"crash-{stamp}-{pid}.log"
                fault.replace(kept)
            else:
                fault.unlink(missing_ok=True)
            marker.unlink(missing_ok=True)
            session = EndedSession(
                pid=pid,
                started=str(data.get("started", "")),
                database=str(data.get("database", "")),
                crash_log=kept,
            )
            log.warning(
                "the session of process %s started %s (database %s) ended without closing%s",
                pid,
                session.started,
                session.database,
                f"; fault log: {kept}" if kept else "",
            )
            found.append(session)
        return found

    def start(self, database: str = "") -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        self._fault_file = open(self.fault_path, "w", encoding="utf-8")  # noqa: SIM115 - open for the session
        faulthandler.enable(file=self._fault_file, all_threads=True)
        self.note_database(database)

    def note_database(self, database: str) -> None:
        record = {
            "pid": self.pid,
            "started": datetime.now().isoformat(timespec="seconds"),
            "database": database,
        }
        self.marker.write_text(json.dumps(record), encoding="utf-8")

    def stop(self) -> None:
        """A clean exit: nothing to report next time."""
        if self._fault_file is not None:
            faulthandler.disable()
            self._fault_file.close()
            self._fault_file = None
            if self.fault_path.stat().st_size == 0:
                self.fault_path.unlink(missing_ok=True)
        self.marker.unlink(missing_ok=True)


def make_crash_notice(
    sessions: list[EndedSession], log_file: Path, parent: QWidget | None = None
) -> QMessageBox:
    """A non-modal notice about the sessions that ended without closing."""

    last = sessions[-1]
    crash_logs = [str(s.crash_log) for s in sessions if s.crash_log is not None]
    text = QCoreApplication.translate(
        "CrashNotice", "DigiAmt Desk did not close properly last time (started %1)."
    ).replace("%1", last.started.replace("T", " ") or "?")
    details = QCoreApplication.translate(
        "CrashNotice",
        "Every decision is saved the moment it is made, so nothing you entered "
        "before is lost. Please send the log to the support if this happens again:",
    )
    paths = "\n".join([*crash_logs, str(log_file)])
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("CrashNotice", "DigiAmt Desk was not closed properly"),
        text,
        QMessageBox.StandardButton.Ok,
        parent,
    )
    box.setInformativeText(f"{details}\n{paths}")
    box.setModal(False)
    box.setObjectName("crashNotice")
    folder = box.addButton(
        QCoreApplication.translate("CrashNotice", "Open the log folder"),
        QMessageBox.ButtonRole.ActionRole,
    )
    folder.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent)))
    )
    # With two buttons QMessageBox finds no escape button and refuses to close, which would
    # also stop the application from quitting while the notice is open.
    box.setEscapeButton(QMessageBox.StandardButton.Ok)
    return box
