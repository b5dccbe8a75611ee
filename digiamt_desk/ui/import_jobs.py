"""The import dialog's background jobs (ui.workers): reading, parsing again and importing, with
progress, cancel and the outcome handed back to the dialog. A mixin of ImportDialog; its texts
keep the dialog's translation context."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services.imports import ImportReport
from digiamt_desk.services.screening import EachAuthorityReport
from digiamt_desk.ui.import_messages import error_text
from digiamt_desk.ui.import_models import progress_percent, show_screening_report
from digiamt_desk.ui.workers import Job, JobCancelled, JobFn

if TYPE_CHECKING:
    from digiamt_desk.ui.forms.ui_import_dialog import Ui_ImportDialog

log = logging.getLogger("digiamt_desk.ui.import_dialog")


class ReadResult:
    """What a read job hands back: the source as read, and its parse or the refusal."""

    def __init__(self, loaded: Any, parsed: ParsedSource | InputError) -> None:
        self.loaded = loaded
        self.parsed = parsed


class JobsMixin:
    """Needs the dialog's ui, _job, _job_kind, report attributes and its stage methods."""

    ui: Ui_ImportDialog
    _job: Job | None
    _job_kind: str
    _loaded: Any
    report: ImportReport | None
    screening_report: EachAuthorityReport | None
    imported: Any
    import_progress: Any
    sender: Callable[[], Any]
    _update: Callable[[], None]
    _number: Callable[[int], str]
    _show_parsed: Callable[..., None]
    _show_report: Callable[[ImportReport], None]
    _show_message: Callable[..., None]
    _set_stage: Callable[[str], None]

    def _start(self, kind: str, work: JobFn,
               cancelled_types: tuple[type[BaseException], ...] = (JobCancelled,)) -> None:
        job = Job(work, cancelled_types=cancelled_types)
        job.signals.progress.connect(self._job_progress)
        job.signals.finished.connect(self._job_finished)
        job.signals.failed.connect(self._job_failed)
        job.signals.cancelled.connect(self._job_cancelled)
        self._job, self._job_kind = job, kind
        bar = self.ui.progressBar
        if kind == "import":
            bar.setRange(0, 100)
            bar.setValue(0)
        else:
            bar.setRange(0, 0)  # busy: a file or download has no useful progress
        self.ui.cancelButton.setEnabled(True)
        self._update()
        job.start()

    def _current(self) -> bool:
        """Whether the signal being handled comes from the job still wanted."""
        return self._job is not None and self._job.owns(self.sender())

    def _end_job(self) -> None:
        self._job, self._job_kind = None, ""
        self.ui.progressLabel.clear()

    def _job_progress(self, phase: str, done: int, total: int) -> None:
        if not self._current() or self._job_kind != "import":
            return
        self.ui.progressBar.setValue(progress_percent(phase, done, total))
        if self.ui.cancelButton.isEnabled():
            texts = {"read": QCoreApplication.translate("ImportDialog", "Reading the rows …"),
                     "store": QCoreApplication.translate(
                         "ImportDialog", "Storing procedures: %1 of %2").replace(
                         "%1", self._number(done)).replace("%2", self._number(total)),
                     "commit": QCoreApplication.translate("ImportDialog", "Saving …")}
            self.ui.progressLabel.setText(texts.get(phase, ""))
        self.import_progress.emit(phase, done, total)

    def _job_finished(self, result: object) -> None:
        if not self._current():
            return
        kind = self._job_kind
        self._end_job()
        if kind == "read" and isinstance(result, ReadResult):
            self._loaded = result.loaded
            self._show_parsed(result.parsed, fresh=True)
        elif kind == "parse" and isinstance(result, ParsedSource | InputError):
            self._show_parsed(result, fresh=False)
        elif kind == "import" and isinstance(result, ImportReport):
            self.report = result
            self._show_report(result)
            self.imported.emit(result)
        elif kind == "import" and isinstance(result, EachAuthorityReport):
            self.screening_report = result
            show_screening_report(self, result)
            self._set_stage("report")
            self.imported.emit(result)
        self._update()

    def _job_failed(self, error: object) -> None:
        if not self._current():
            return
        kind = self._job_kind
        self._end_job()
        if not isinstance(error, InputError | ReviewError):
            log.error("%s failed", kind, exc_info=error if isinstance(error, BaseException)
                      else None)
            text = QCoreApplication.translate(
                "ImportDialog", "Unexpected error (%1): %2. The details are in the log.").replace(
                "%1", type(error).__name__).replace("%2", str(error))
        elif isinstance(error, InputError):
            text = error_text(error)
        else:
            text = str(error)
        if kind == "import":
            text += "\n" + QCoreApplication.translate("ImportDialog", "Nothing was changed.")
        self._show_message(text, error=True)
        self._update()

    def _job_cancelled(self) -> None:
        if not self._current():
            return
        kind = self._job_kind
        self._end_job()
        if kind == "import":
            self._show_message(QCoreApplication.translate(
                "ImportDialog", "Import cancelled; nothing was changed."), error=False)
        self._update()

