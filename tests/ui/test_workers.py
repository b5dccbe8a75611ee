"""Jobs that read a database: waited for before it is closed, or never run if still queued."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from digiamt_desk.ui.workers import Job, running_jobs, wait_for_jobs_using


def test_a_queued_job_on_a_resource_being_closed_never_runs_and_a_running_one_is_awaited(
        qtbot: QtBot) -> None:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    resource, other = object(), object()
    release = threading.Event()
    ran: list[str] = []

    def blocking(_progress: object, _cancelled: object) -> None:
        release.wait(60)
        ran.append("running")

    running = Job(blocking, uses=other)
    queued = Job(lambda _p, _c: ran.append("queued"), uses=resource)
    before = running_jobs()
    running.start(pool)
    queued.start(pool)  # behind the running one: the pool has one thread
    assert wait_for_jobs_using(resource)  # taken off the queue, not waited for
    assert queued.is_cancelled() and running_jobs() == before + 1
    release.set()
    assert wait_for_jobs_using(other)  # waits until the running one has returned
    assert ran == ["running"]
    pool.waitForDone()
    assert ran == ["running"]  # the queued one never ran
    qtbot.waitUntil(lambda: running_jobs() == before)
