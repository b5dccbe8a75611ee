"""Background jobs: a plain Python callable run on the global thread pool, reporting by signals.

The callable is `fn(progress, cancelled)`: it calls `progress(phase, done, total)` now and then
and asks `cancelled()` where stopping is safe; it never touches a widget. Its result, its
exception or its cancellation reach the GUI thread as queued signals, because the signals holder
is created in (and so belongs to) the thread that builds the job.

A caller that replaces or abandons a job (a download the user gave up on) still receives that
job's late signals if they were already queued; `Job.owns(sender)` lets a slot tell its current
job from an old one:

    job = Job(lambda progress, cancelled: slow(progress, cancelled))
    job.signals.finished.connect(self._done)   # a method of a QObject: delivered queued
    job.start()
"""

from __future__ import annotations

import ctypes
import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance, Slot

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]
CancelledFn = Callable[[], bool]
JobFn = Callable[[ProgressFn, CancelledFn], Any]

# Jobs still running, so that neither the runnable nor its signals holder is collected while the
# pool runs it, even when the widget that started it is gone. Touched in the GUI thread only.
_RUNNING: set[Job] = set()


def _measure_emit_leak() -> bool:
    """Whether SignalInstance.emit() returns its bool without a reference of its own.

    PySide6 6.12 on Python 3.11 does (from 3.12 on True is immortal and nothing happens): every
    emit whose result is dropped takes one reference from True, and after some thousands of
    emits (a link check of 200,000 procedures reports progress that often) Python aborts with
    "bool_dealloc". The probe's own loss is paid back."""

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    before = sys.getrefcount(True)
    for _ in range(16):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    for _ in range(max(lost, 0)):
        _incref(True)
    return lost >= 8


_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
EMIT_RESULT_IS_BORROWED = _measure_emit_leak()


def emit(signal: SignalInstance, *args: Any) -> None:
    """signal.emit(*args), paying back the reference a buggy PySide takes (see above). Use it
    for every emit that can repeat often; a plain .emit() is harmless where PySide is sound."""
    result: object = signal.emit(*args)  # type: ignore[func-returns-value]  # a bool, in fact
    if EMIT_RESULT_IS_BORROWED and isinstance(result, bool):
        _incref(result)


class JobCancelled(Exception):
    """Raise it from a job's callable after `cancelled()` said so; the job reports cancelled."""


class JobSignals(QObject):
    progress = Signal(str, int, int)  # phase, done, total
    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()
    # emitted last, whatever the outcome; queued to the holder itself to release the job
    ended = Signal()

    def __init__(self, job: Job) -> None:
        super().__init__()
        self._job: Job | None = job
        self.ended.connect(self._release)

    @Slot()
    def _release(self) -> None:
        if self._job is not None:
            _RUNNING.discard(self._job)
            self._job = None


class Job(QRunnable):
    """Run `fn(progress, cancelled)` on a pool thread. Exceptions of `cancelled_types` report as
    `cancelled`, any other as `failed`; a callable that returns normally reports `finished`,
    even when cancel() came too late to stop it (the work is then done and must be shown)."""

    def __init__(self, fn: JobFn, *,
                 cancelled_types: tuple[type[BaseException], ...] = (JobCancelled,)) -> None:
        super().__init__()
        # Python owns the runnable: the pool must not delete it under our reference.
        self.setAutoDelete(False)
        self._fn = fn
        self._cancelled_types = cancelled_types
        self._cancel = threading.Event()
        self.signals = JobSignals(self)

    def cancel(self) -> None:
        """Ask the callable to stop at its next `cancelled()` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def owns(self, sender: QObject | None) -> bool:
        """Whether a signal's sender (QObject.sender() in a slot) is this job's signals."""
        return sender is not None and sender is self.signals

    def start(self, pool: QThreadPool | None = None) -> None:
        _RUNNING.add(self)
        (pool or QThreadPool.globalInstance()).start(self)

    def run(self) -> None:
        signals = self.signals

        def progress(phase: str, done: int, total: int) -> None:
            emit(signals.progress, phase, done, total)

        try:
            result = self._fn(progress, self._cancel.is_set)
        except self._cancelled_types:
            emit(signals.cancelled)
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.debug("background job failed", exc_info=True)
            emit(signals.failed, error)
        else:
            emit(signals.finished, result)
        finally:
            emit(signals.ended)


def running_jobs() -> int:
    """How many jobs have been started and not yet reported their end (for tests)."""
    return len(_RUNNING)


__all__ = ["EMIT_RESULT_IS_BORROWED", "CancelledFn", "Job", "JobCancelled", "JobFn", "JobSignals",
           "ProgressFn", "emit", "running_jobs"]
