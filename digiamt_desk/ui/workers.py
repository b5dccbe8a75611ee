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

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

ProgressFn = Callable[[str, int, int], None]
CancelledFn = Callable[[], bool]
JobFn = Callable[[ProgressFn, CancelledFn], Any]

# Jobs still running, so that neither the runnable nor its signals holder is collected while the
# pool runs it, even when the widget that started it is gone. Touched in the GUI thread only.
_RUNNING: set[Job] = set()


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
                 cancelled_types: tuple[type[BaseException], ...] = (JobCancelled,),
                 uses: object = None) -> None:
        """`uses`: what the callable reads (a desk), which must not be closed under it:
        `wait_for_jobs_using` waits for the job before it is closed."""
        super().__init__()
        # Python owns the runnable: the pool must not delete it under our reference.
        self.setAutoDelete(False)
        self._fn = fn
        self._cancelled_types = cancelled_types
        self._cancel = threading.Event()
        self._ran = threading.Event()  # set once the callable has returned or raised
        self._pool: QThreadPool | None = None
        self.uses = uses
        self.signals = JobSignals(self)

    def cancel(self) -> None:
        """Ask the callable to stop at its next `cancelled()` check."""
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, timeout_s: float) -> bool:
        """Block until the callable has returned or raised (not for its signals to arrive);
        False if it still runs after `timeout_s`. For a job already on its way."""
        return self._ran.wait(timeout_s)

    def owns(self, sender: QObject | None) -> bool:
        """Whether a signal's sender (QObject.sender() in a slot) is this job's signals."""
        return sender is not None and sender is self.signals

    def start(self, pool: QThreadPool | None = None) -> None:
        _RUNNING.add(self)
        self._pool = pool or QThreadPool.globalInstance()
        self._pool.start(self)

    def run(self) -> None:
        signals = self.signals

        def progress(phase: str, done: int, total: int) -> None:
            signals.progress.emit(phase, done, total)

        try:
            result = self._fn(progress, self._cancel.is_set)
        except self._cancelled_types:
            signals.cancelled.emit()
        except Exception as error:  # reported to the GUI thread, which decides what to show
            log.debug("background job failed", exc_info=True)
            signals.failed.emit(error)
        else:
            signals.finished.emit(result)
        finally:
            self._ran.set()
            signals.ended.emit()


def wait_for_jobs_using(resource: object, timeout_ms: int = 60_000) -> bool:
    """Before `resource` (a desk) is closed, on the GUI thread: the jobs started with
    `uses=resource` are asked to cancel, those not begun yet are taken off the pool's queue
    (they never run nor report), and those running are waited for. False if one still runs
    after `timeout_ms`."""
    for job in [j for j in _RUNNING if j.uses is resource]:
        job.cancel()
        if job._pool is not None and job._pool.tryTake(job):
            _RUNNING.discard(job)
            continue
        if not job.wait(timeout_ms / 1000):
            log.warning("a background job still uses %r after %d ms", resource, timeout_ms)
            return False
    return True


def running_jobs() -> int:
    """How many jobs have been started and not yet reported their end (for tests)."""
    return len(_RUNNING)


__all__ = ["CancelledFn", "Job", "JobCancelled", "JobFn", "JobSignals", "ProgressFn",
           "running_jobs", "wait_for_jobs_using"]
