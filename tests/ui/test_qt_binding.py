"""Guards against the PySide6 release whose reference-count bugs abort Python 3.11."""

from __future__ import annotations

import sys
import threading
import time

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Pinger(QObject):
    ping = Signal(int)


def test_emit_keeps_references(qapp: QCoreApplication) -> None:
    pinger = _Pinger()
    pinger.ping.connect(lambda _value: None)
    before = sys.getrefcount(True)
    for value in range(2000):
        pinger.ping.emit(value)
    assert abs(sys.getrefcount(True) - before) < 50


def test_process_events_beside_a_thread(qapp: QCoreApplication) -> None:
    stop = threading.Event()

    def busy() -> None:
        while not stop.is_set():
            _ = [None] * 8

    worker = threading.Thread(target=busy)
    worker.start()
    before = sys.getrefcount(None)
    deadline = time.monotonic() + 1.0
    try:
        while time.monotonic() < deadline:
            qapp.processEvents()
    finally:
        stop.set()
        worker.join()
    assert abs(sys.getrefcount(None) - before) < 1000
