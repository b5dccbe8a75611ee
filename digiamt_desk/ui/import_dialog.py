"""The import dialog: read a procedure list, check its columns and rows, import it, see the report.

Stages: "source" (what to read, for whom), "preview" (the rows as they came, the detected column
mapping, what would be skipped), "report" (what the import did). Reading, re-parsing a big file
and the import itself run as background jobs (ui.workers), so the window never freezes; an
import is one transaction in the service, so a cancel leaves the database as it was.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSettings,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QHeaderView,
    QWidget,
)

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
)
from digiamt_desk.importers import LoadedSource, load_source, parse_bytes
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import (
    ImportCancelled,
    ImportReport,
    download_seconds,
    import_source,
)
from digiamt_desk.services.register import Authority
from digiamt_desk.services.screening import EachAuthorityReport, import_each_authority
from digiamt_desk.ui.forms.ui_import_dialog import Ui_ImportDialog
from digiamt_desk.ui.import_applicant import ApplicantMixin
from digiamt_desk.ui.import_jobs import JobsMixin, ReadResult
from digiamt_desk.ui.import_models import (
    IssuesModel,
    PreviewModel,
    applicant_text,
    collect_issues,
    progress_percent,
)
from digiamt_desk.ui.import_views import ViewsMixin
from digiamt_desk.ui.workers import Job, JobCancelled

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "ImportDialog"
# Re-parsing after a mapping change is done on the GUI thread below this size (a few ms), in a
# background job above it (a 100,000-row export takes about a second).
SYNC_PARSE_BYTES = 1_000_000

def _parse(loaded: LoadedSource, mapping: dict[str, str] | None,
           base_url: str | None = None) -> ParsedSource | InputError:
    """A parse whose bad-input error is a result to show, not a failure of the job."""
    try:
        return parse_bytes(loaded.content, loaded.source, mapping=mapping,
                           filename=loaded.filename, base_url=base_url)
    except InputError as error:
        return error


class ImportDialog(ApplicantMixin, JobsMixin, ViewsMixin, QDialog):
    """Build it with make_import_dialog(); `report` is set and `imported` emitted after an
    import, so the window can reload."""

    imported = Signal(object)  # ImportReport
    import_progress = Signal(str, int, int)  # phase, done, total, as the import reports it

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 applicant_key: str | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.report: ImportReport | None = None
        self.screening_report: EachAuthorityReport | None = None
        self._note = ""  # shown with the next preview (how a headerless file was read)
        self.ui = Ui_ImportDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self._stage = "source"
        self._job: Job | None = None
        self._job_kind = ""
        self._loaded: LoadedSource | None = None
        self._parsed: ParsedSource | None = None
        self._parse_error: InputError | None = None
        self._mapping: dict[str, str] | None = None
        self._applicant: Authority | None = None
        self._file_applicant: Authority | None = None
        self._file_problem = ""
        self._choices: dict[str, Authority] = {}
        self._message_kind = ""
        self._intro = self.ui.sourceIntro.text()

        self.preview_model = PreviewModel(self)
        self.issues_model = IssuesModel(self)
        self.report_model = IssuesModel(self)
        self.ui.previewView.setModel(self.preview_model)
        self.ui.previewIssuesView.setModel(self.issues_model)
        self.ui.reportView.setModel(self.report_model)
        self.combos: dict[str, QComboBox] = {
            "title": self.ui.titleCombo, "url": self.ui.urlCombo, "leika": self.ui.leikaCombo,
            "provider": self.ui.providerCombo, "ars": self.ui.arsCombo,
            "ozgid": self.ui.ozgidCombo,
        }
        for combo in self.combos.values():
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(14)
            combo.currentIndexChanged.connect(self._mapping_changed)

        self._search_model = QStringListModel(self)
        self._completer = QCompleter(self._search_model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self._completer.activated[str].connect(  # type: ignore[index]
            self._applicant_chosen)
        self.ui.applicantEdit.setCompleter(self._completer)
        self.ui.applicantEdit.textEdited.connect(self._applicant_edited)
        self.ui.applicantEdit.editingFinished.connect(self._resolve_typed_applicant)

        self.ui.sourceEdit.textChanged.connect(self._source_edited)
        self.ui.eachAuthorityCheck.toggled.connect(lambda _on: self._update())
        self.ui.sourceEdit.returnPressed.connect(self.read)
        self.ui.chooseButton.clicked.connect(self.choose_file)
        self.ui.readButton.clicked.connect(self.read)
        self.ui.importButton.clicked.connect(self.start_import)
        self.ui.cancelButton.clicked.connect(self.cancel)
        self.ui.closeButton.clicked.connect(self._close_clicked)
        self.ui.previewView.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        row_height = self.fontMetrics().height() + 8
        for view in (self.ui.previewView, self.ui.previewIssuesView, self.ui.reportView):
            # fixed heights: resizing rows to contents costs a measure per row
            view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            view.verticalHeader().setDefaultSectionSize(row_height)
        hint_palette = self.ui.applicantHint.palette()
        hint_palette.setColor(QPalette.ColorRole.WindowText,
                              hint_palette.color(QPalette.ColorRole.PlaceholderText))
        self.ui.applicantHint.setPalette(hint_palette)

        self._show_applicant()
        if applicant_key:
            self.set_applicant(applicant_key)
        self._restore_geometry()
        self._show_message("")
        self._update()

    # -- state seen by tests and by the window ----------------------------------------------

    @property
    def base_url(self) -> str | None:
        """The address relative links are completed with, if the user gave one."""
        return self.ui.baseUrlEdit.text().strip() or None

    @property
    def stage(self) -> str:
        """'source', 'preview' or 'report'."""
        return self._stage

    @property
    def busy(self) -> str:
        """The running job: '', 'read', 'parse' or 'import'."""
        return self._job_kind

    @property
    def parsed(self) -> ParsedSource | None:
        return self._parsed

    @property
    def parse_error(self) -> InputError | None:
        """Why the source (with the chosen mapping) cannot be imported, if it cannot."""
        return self._parse_error

    @property
    def mapping(self) -> dict[str, str] | None:
        """The mapping chosen in the combos, None while it is the detected one."""
        return dict(self._mapping) if self._mapping is not None else None

    @property
    def applicant(self) -> Authority | None:
        return self._applicant

    def message(self) -> str:
        return self.ui.messageLabel.text()

    def message_kind(self) -> str:
        """'error', 'info' or '' (no message)."""
        return self._message_kind

    # -- reading and parsing ----------------------------------------------------------------

    def read(self) -> None:
        """Read the source in the background, then show the preview."""
        text = self.ui.sourceEdit.text().strip()
        if not text or self._job_kind or self._stage == "report":
            return
        self._clear_preview()
        self._set_stage("source")
        self._show_message("")
        base = self.base_url
        seconds = download_seconds(self.desk)

        def work(progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> ReadResult:
            progress("read", 0, 1)
            loaded = load_source(text, timeout=seconds)
            if cancelled():
                raise JobCancelled()
            progress("read", 1, 1)
            return ReadResult(loaded, _parse(loaded, None, base))

        self.ui.progressLabel.setText(self.tr("Reading %1 …").replace("%1", _short(text)))
        self._start("read", work)

    def _clear_preview(self) -> None:
        self._loaded = None
        self._parsed = None
        self._parse_error = None
        self._mapping = None
        self._file_applicant, self._file_problem = None, ""
        self.preview_model.set_rows([], {})
        self.issues_model.set_issues([])

    def _mapping_changed(self) -> None:
        if self._loaded is None or self._job_kind:
            return
        self._mapping = {field: str(combo.currentData() or "")
                         for field, combo in self.combos.items()}
        loaded, mapping, base = self._loaded, dict(self._mapping), self.base_url
        if len(loaded.content) <= SYNC_PARSE_BYTES:
            self._show_parsed(_parse(loaded, mapping, base), fresh=False)
            return

        def work(_progress: Callable[[str, int, int], None],
                 _cancelled: Callable[[], bool]) -> ParsedSource | InputError:
            return _parse(loaded, mapping, base)

        self.ui.progressLabel.setText(self.tr("Reading the rows again …"))
        self._start("parse", work)

    # -- importing --------------------------------------------------------------------------

    def can_import(self) -> bool:
        if self.ui.eachAuthorityCheck.isChecked():  # the file names every authority itself
            return (self._stage == "preview" and not self._job_kind
                    and self._parsed is not None and self._loaded is not None
                    and "ars" in self._parsed.columns)
        return (self._stage == "preview" and not self._job_kind and self._parsed is not None
                and self._loaded is not None
                and (self._applicant is not None or self._file_applicant is not None)
                and (self._applicant is not None or not self.ui.applicantEdit.text().strip()))

    def start_import(self) -> None:
        if not self.can_import():
            return
        assert self._loaded is not None
        desk, loaded, mapping, base = self.desk, self._loaded, self.mapping, self.base_url
        ars = self._applicant.ars if self._applicant is not None else None
        if self.ui.eachAuthorityCheck.isChecked():
            def each(progress: Callable[[str, int, int], None],
                     cancelled: Callable[[], bool]) -> EachAuthorityReport:
                return import_each_authority(desk, loaded.source, mapping=mapping,
                                             loaded=loaded, progress=progress,
                                             cancelled=cancelled, base_url=base)

            self._show_message("")
            self.ui.progressLabel.setText(self.tr("Importing …"))
            self._start("import", each, cancelled_types=(ImportCancelled,))
            return

        def work(progress: Callable[[str, int, int], None],
                 cancelled: Callable[[], bool]) -> ImportReport:
            return import_source(desk, loaded.source, ars=ars, mapping=mapping, loaded=loaded,
                                 progress=progress, cancelled=cancelled, base_url=base)

        self._show_message("")
        self.ui.progressLabel.setText(self.tr("Importing …"))
        self._start("import", work, cancelled_types=(ImportCancelled,))

    def cancel(self) -> None:
        """Stop the running job. An import stops at its next check and rolls back; a read is
        abandoned (a download cannot be interrupted, its result is ignored)."""
        job = self._job
        if job is None:
            return
        job.cancel()
        if self._job_kind == "import":
            self.ui.cancelButton.setEnabled(False)
            self.ui.progressLabel.setText(self.tr("Cancelling …"))
            return
        kind = self._job_kind
        self._end_job()
        if kind == "read":
            self._clear_preview()
            self._set_stage("source")
            self._show_message(self.tr("Reading cancelled."), error=False)
        self._update()

    # -- closing ----------------------------------------------------------------------------

    def _close_clicked(self) -> None:
        if self._stage == "report":
            self.accept()
        else:
            self.reject()

    def reject(self) -> None:
        """Escape or the window's close: cancels an import (the dialog stays to say so),
        abandons a read, closes otherwise."""
        if self._job_kind == "import":
            self.cancel()
            return
        if self._job is not None:
            self._job.cancel()
            self._end_job()
        super().reject()

    def done(self, result: int) -> None:
        QSettings().setValue("import_dialog/geometry", self.saveGeometry())
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._job_kind == "import":
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("import_dialog/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else "…" + text[-(limit - 1):]


def make_import_dialog(desk: Desk, parent: QWidget | None = None, *, source: str | None = None,
                       applicant_key: str | None = None) -> ImportDialog:
    """The import dialog, not yet shown. With a source (a dropped file) reading starts at once;
    applicant_key preselects the applicant (the application open in the window)."""
    dialog = ImportDialog(desk, parent, applicant_key=applicant_key)
    if source:
        dialog.set_source(source)
        dialog.read()
    return dialog


__all__ = ["ImportDialog", "IssuesModel", "PreviewModel", "applicant_text", "collect_issues",
           "make_import_dialog", "progress_percent"]
