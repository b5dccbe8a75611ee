"""The documents of applications, for the window and the command line: one application's
files, and batches on worker processes. Settings live in `document_settings`, gathering in
`document_render`, rendering in `document_files`; their names are offered here too, so callers
import one module."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from sqlmodel import col, select

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.document_files import (
    FILE_PARTS,
    TITLES,
    DocumentKind,
    RenderedFile,
    RenderJob,
    render,
    render_all,
)
from digiamt_desk.services.document_render import (
    NOT_REVIEWED,
    Prepared,
    SharedReads,
    kinds_for,
    prepare,
    write_files,
)
from digiamt_desk.services.document_settings import (
    SETTING_DEFAULTS,
    SETTINGS,
    DocumentError,
    Setting,
    document_settings,
    letterhead,
    save_settings,
    settings_json,
    validate_setting,
)
from digiamt_desk.store.tables import Application

__all__ = [
    "FILE_PARTS", "NOT_REVIEWED", "SETTINGS", "SETTING_DEFAULTS", "TITLES", "BatchReport",
    "DocumentError", "DocumentKind", "Prepared", "RenderJob", "RenderedFile", "Setting",
    "SharedReads", "batch_workers",
    "decided_applications", "document_settings", "kinds_for", "letterhead", "prepare",
    "produce_batch", "produce_documents", "render", "render_all", "save_settings",
    "settings_json", "validate_setting", "write_files",
]


def produce_documents(desk: Desk, application_id: int, out_dir: Path, *,
                      kinds: Sequence[DocumentKind] | None = None,
                      on: date | None = None) -> list[Path]:
    """Write the application's documents into `out_dir`; returns the paths written."""
    prepared = prepare(desk, application_id, on=on, kinds=kinds)
    return write_files(render_all(prepared.job()), out_dir)


# --- batches ---

def decided_applications(desk: Desk, *, awarded_only: bool = False) -> list[Application]:
    wanted = [Status.AWARDED.value] if awarded_only else [Status.AWARDED.value,
                                                          Status.REJECTED.value]
    with desk.session() as session:
        return list(session.exec(select(Application)
                                 .where(col(Application.status).in_(wanted))
                                 .order_by(col(Application.name))))


@dataclass
class BatchReport:
    written: dict[int, list[Path]] = field(default_factory=dict)
    failed: dict[int, str] = field(default_factory=dict)
    cancelled: bool = False

    def as_dict(self) -> dict[str, object]:
        return {"written": {str(k): [str(p) for p in v] for k, v in self.written.items()},
                "failed": {str(k): v for k, v in self.failed.items()},
                "cancelled": self.cancelled}


WORKER_ENDED = ("the process rendering its documents ended unexpectedly (out of memory?); "
                "nothing of it was written")

# Below this many applications the start of the worker processes (about a second each) costs
# more than it saves.
PARALLEL_FROM = 6


def batch_workers(count: int) -> int:
    """Worker processes for a batch: one a core, none for a few applications."""
    cores = os.cpu_count() or 1
    return min(cores, count) if count >= PARALLEL_FROM and cores > 1 else 0


def produce_batch(desk: Desk, application_ids: Sequence[int | Prepared], out_dir: Path, *,
                  progress: Callable[[int, int, str], None] | None = None,
                  cancelled: Callable[[], bool] | threading.Event | None = None,
                  on: date | None = None, workers: int | None = None,
                  kinds: Sequence[DocumentKind] | None = None) -> BatchReport:
    """Documents for many applications (ids, or applications prepared already). One that
    fails is reported and the rest go on; a cancel stops after the applications in hand (their
    files are complete). Each application's review record comes with its documents; `kinds`
    narrows what is written (e.g. only the review record).

    reportlab holds the interpreter lock while it sets a page, so a batch uses worker
    processes, one a core: this process reads the database and writes the files, the workers
    only render (they never open the database, which stays locked to this program)."""
    report = BatchReport()
    is_cancelled: Callable[[], bool]
    if isinstance(cancelled, threading.Event):
        is_cancelled = cancelled.is_set
    else:
        is_cancelled = cancelled or (lambda: False)
    total = len(application_ids)
    processes = batch_workers(total) if workers is None else workers
    done = 0
    shared: SharedReads | None = None

    def prepared_or_failed(item: int | Prepared) -> Prepared | None:
        if isinstance(item, Prepared):
            return item
        nonlocal shared
        application_id = item
        try:
            shared = shared or SharedReads.read(desk)
            return prepare(desk, application_id, on=on, kinds=kinds, record=True,
                           shared=shared)
        except (DocumentError, InputError) as exc:
            report.failed[application_id] = str(exc)
            return None

    def finish(prepared: Prepared, files: list[RenderedFile]) -> None:
        nonlocal done
        application_id = prepared.application.id or 0
        try:
            report.written[application_id] = write_files(files, out_dir)
        except DocumentError as exc:
            report.failed[application_id] = str(exc)
        done += 1
        if progress:
            progress(done, total, prepared.application.official_name)

    if processes <= 1:
        for item in application_ids:
            if is_cancelled():
                report.cancelled = True
                break
            prepared = prepared_or_failed(item)
            if prepared is not None:
                finish(prepared, render_all(prepared.job()))
            else:
                done += 1
        return report

    def failed(prepared: Prepared, message: str) -> None:
        nonlocal done
        report.failed[prepared.application.id or 0] = message
        done += 1
        if progress:
            progress(done, total, prepared.application.official_name)

    context = multiprocessing.get_context("spawn")  # never fork a process that runs Qt
    queue = list(reversed(application_ids))
    broken = False  # a worker process died (killed, out of memory): the pool takes no more
    with ProcessPoolExecutor(max_workers=processes, mp_context=context) as pool:
        running: dict[Future[list[RenderedFile]], Prepared] = {}
        while queue or running:
            while queue and len(running) < 2 * processes and not is_cancelled():
                item = queue.pop()
                if broken:
                    report.failed[item if isinstance(item, int) else (
                        item.application.id or 0)] = WORKER_ENDED
                    done += 1
                    continue
                prepared = prepared_or_failed(item)
                if prepared is None:
                    done += 1
                    continue
                try:
                    running[pool.submit(render_all, prepared.job())] = prepared
                except BrokenProcessPool:
                    broken = True
                    failed(prepared, WORKER_ENDED)
            if is_cancelled() and queue:
                report.cancelled = True
                queue.clear()
            if not running:
                continue
            finished, _pending = wait(running, timeout=0.5, return_when=FIRST_COMPLETED)
            for future in finished:
                prepared = running.pop(future)
                try:
                    files = future.result()
                except BrokenProcessPool:
                    broken = True
                    failed(prepared, WORKER_ENDED)
                    continue
                except (DocumentError, InputError, OSError) as exc:
                    failed(prepared, str(exc))
                    continue
                finish(prepared, files)
    return report
