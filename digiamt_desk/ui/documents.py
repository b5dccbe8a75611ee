"""Documents in the review window: preview (QtPdf), print at 100 %, save, and the batch that
writes the documents of every decided application, off the GUI thread with progress and cancel.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QObject,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QImage,
    QPageSize,
    QPainter,
    QPixmap,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from digiamt_desk.documents.signet import ensure_gui
from digiamt_desk.domain.importing import InputError
from digiamt_desk.services import documents
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.forms.ui_document_dialog import Ui_DocumentDialog
from digiamt_desk.ui.settings import UserSettings, open_output_folder, output_folder
from digiamt_desk.ui.workers import CancelledFn, Job, ProgressFn

FILE_ROLE = Qt.ItemDataRole.UserRole + 1
translate = QCoreApplication.translate
KIND_LABELS = {
    documents.DocumentKind.AWARD_LETTER: QT_TRANSLATE_NOOP("Documents", "Award letter"),
    documents.DocumentKind.CERTIFICATE: QT_TRANSLATE_NOOP("Documents", "Certificate"),
    documents.DocumentKind.SIGNET: QT_TRANSLATE_NOOP("Documents", "Signet"),
    documents.DocumentKind.REJECTION_LETTER: QT_TRANSLATE_NOOP("Documents", "Rejection letter"),
    documents.DocumentKind.QUERY_LETTER: QT_TRANSLATE_NOOP("Documents", "Request for more"),
    documents.DocumentKind.REVIEW_RECORD: QT_TRANSLATE_NOOP("Documents", "Review record"),
}


def kind_label(kind: documents.DocumentKind) -> str:
    return QCoreApplication.translate("Documents", str(KIND_LABELS[kind]))


def page_size(document: QPdfDocument) -> QPageSize:
    """The paper the document was made for (A4), whatever the printer's default is."""
    return QPageSize(document.pagePointSize(0), QPageSize.Unit.Point, "",
                     QPageSize.SizeMatchPolicy.FuzzyMatch)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Each page drawn on the whole sheet at the printer's resolution, never scaled to fit:
    an A4 page prints at 100 %, so the address lands in the envelope window. Returns the number
    of pages printed."""
    printer.setFullPage(True)
    if document.pageCount():
        printer.setPageSize(page_size(document))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError("the printer could not be started")
    try:
        dpi = printer.resolution()
        for page in range(document.pageCount()):
            if page:
                printer.newPage()
            points = document.pagePointSize(page)
            size = QSize(round(points.width() / 72 * dpi), round(points.height() / 72 * dpi))
            image = document.render(page, size)
            painter.drawImage(QRectF(0, 0, size.width(), size.height()), image)
    finally:
        painter.end()
    return document.pageCount()


class DocumentDialog(QDialog):
    """The documents of one application, rendered in memory on a worker thread."""

    rendered = Signal()

    def __init__(self, desk: Desk, application_id: int, settings: UserSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.application_id = application_id
        self.settings = settings
        self.ui = Ui_DocumentDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        ui.dialogLayout.setStretch(1, 1)  # the viewer takes the height, not the heading
        ui.splitter.setStretchFactor(1, 1)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(ui.pdfPage)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.pdf)
        ui.pdfLayout.addWidget(self.pdf_view)
        self._buffer: QBuffer | None = None
        self.files: list[documents.RenderedFile] = []
        self.prepared: documents.Prepared | None = None
        self.error = ""
        ui.documentList.currentItemChanged.connect(self._show)
        ui.printButton.clicked.connect(self.print_current)
        ui.saveAsButton.clicked.connect(self.save_current)
        ui.saveAllButton.clicked.connect(self.save_all)
        ui.openFolderButton.clicked.connect(self.open_folder)
        ui.buttonBox.rejected.connect(self.reject)
        self._set_busy(True)
        ui.messagePage.setText(self.tr("Preparing the documents…"))
        ui.viewStack.setCurrentWidget(ui.messagePage)
        ensure_gui()  # fonts for the signet, loaded on this (the GUI) thread
        self.job = Job(self._render)
        self.job.signals.finished.connect(self._rendered)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _render(self, _progress: ProgressFn, _cancelled: CancelledFn
                ) -> tuple[documents.Prepared, list[documents.RenderedFile]]:
        prepared = documents.prepare(self.desk, self.application_id, record=True)
        return prepared, documents.render_all(prepared)

    def _set_busy(self, busy: bool) -> None:
        for button in (self.ui.printButton, self.ui.saveAsButton, self.ui.saveAllButton):
            button.setEnabled(not busy)

    def _rendered(self, result: tuple[documents.Prepared, list[documents.RenderedFile]]) -> None:
        self.prepared, self.files = result
        app = self.prepared.application
        data = self.prepared.data
        self.ui.headingLabel.setText(
            self.tr("<b>%1</b> (%2) · %3 procedures counted, %4 needed")
            .replace("%1", app.official_name).replace("%2", app.reference)
            .replace("%3", str(data.counted)).replace("%4", str(data.threshold)))
        if self.prepared.warnings:
            self.ui.headingLabel.setText(self.ui.headingLabel.text() + "<br>" + self.tr(
                "Characters no bundled font has are printed as their code, e.g. [U+1F415], "
                "in %1 procedure(s).").replace("%1", str(len(self.prepared.warnings))))
            self.ui.headingLabel.setToolTip("\n".join(self.prepared.warnings))
        for item in self.files:
            entry = QListWidgetItem(self._label(item), self.ui.documentList)
            entry.setData(FILE_ROLE, item)
            entry.setToolTip(item.filename)
        self._set_busy(False)
        self.ui.documentList.setCurrentRow(0)
        self.rendered.emit()

    def _failed(self, error: BaseException) -> None:
        self.error = str(error)
        self.ui.messagePage.setText(self.tr("The documents cannot be made:\n%1")
                                    .replace("%1", self.error))
        self.ui.viewStack.setCurrentWidget(self.ui.messagePage)
        self.rendered.emit()

    def _label(self, item: documents.RenderedFile) -> str:
        for kind, part in documents.FILE_PARTS.items():
            if part in item.filename:
                label = kind_label(kind)
                if item.filename.endswith(".png"):
                    size = item.filename.rsplit("-", 1)[-1].removesuffix(".png")
                    return f"{label} (PNG, {size})"
                if item.filename.endswith(".svg"):
                    return f"{label} (SVG)"
                return label
        return item.filename

    def current_file(self) -> documents.RenderedFile | None:
        entry = self.ui.documentList.currentItem()
        if entry is None:
            return None
        item: documents.RenderedFile = entry.data(FILE_ROLE)
        return item

    def _show(self, entry: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if entry is None:
            return
        item: documents.RenderedFile = entry.data(FILE_ROLE)
        ui = self.ui
        is_pdf = item.filename.endswith(".pdf")
        ui.printButton.setEnabled(is_pdf)
        if is_pdf:
            self._buffer = QBuffer(self)
            self._buffer.setData(QByteArray(item.content))
            self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
            self.pdf.load(self._buffer)
            ui.viewStack.setCurrentWidget(ui.pdfPage)
            return
        if item.filename.endswith(".svg"):
            renderer = QSvgRenderer(QByteArray(item.content))
            image = QImage(512, 512, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter)
            painter.end()
            pixmap = QPixmap.fromImage(image)
        else:
            pixmap = QPixmap()
            pixmap.loadFromData(item.content, "PNG")
        ui.imageLabel.setPixmap(pixmap)
        ui.viewStack.setCurrentWidget(ui.imagePage)

    def print_current(self) -> None:
        if self.pdf.pageCount() == 0:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(page_size(self.pdf))
        item = self.current_file()
        if item is not None:
            printer.setDocName(item.filename)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            pages = print_pdf(self.pdf, printer)
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Print"), str(exc))
            return
        self._status(self.tr("%n page(s) sent to the printer.", "", pages))

    def _status(self, text: str) -> None:
        parent = self.parent()
        if isinstance(parent, QMainWindow):
            parent.statusBar().showMessage(text, 8000)
        self.ui.headingLabel.setToolTip(text)

    def save_current(self) -> None:
        item = self.current_file()
        if item is None:
            return
        suggestion = str(output_folder(self.settings) / item.filename)
        target, _filter = QFileDialog.getSaveFileName(self, self.tr("Save as"), suggestion)
        if target:
            self.write(item, Path(target))

    def write(self, item: documents.RenderedFile, target: Path) -> None:
        try:
            documents.write_files([documents.RenderedFile(target.name, item.content)],
                                  target.parent)
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Save as"), str(exc))
            return
        self._status(self.tr("Saved %1").replace("%1", str(target)))

    def save_all(self) -> list[Path]:
        try:
            written = documents.write_files(self.files, output_folder(self.settings))
        except InputError as exc:
            QMessageBox.warning(self, self.tr("Save"), str(exc))
            return []
        self._status(self.tr("%n file(s) written to %1", "", len(written))
                     .replace("%1", str(output_folder(self.settings))))
        return written

    def open_folder(self) -> None:
        open_output_folder(self.settings)


def make_document_dialog(desk: Desk, application_id: int, settings: UserSettings,
                         parent: QWidget | None = None) -> DocumentDialog:
    return DocumentDialog(desk, application_id, settings, parent)


class DocumentBatch(QObject):
    """Documents of many applications into one folder, on a worker, with a progress dialog
    whose Cancel stops after the application in hand."""

    done = Signal(object)  # the BatchReport, or None when it failed

    def __init__(self, desk: Desk, application_ids: list[int], folder: Path,
                 parent: QWidget | None = None, *,
                 kinds: list[documents.DocumentKind] | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.kinds = kinds
        self.application_ids = application_ids
        self.folder = folder
        self.report: documents.BatchReport | None = None
        self.error = ""
        self.progress = QProgressDialog(
            self.tr("Writing documents…"), self.tr("Cancel"), 0, len(application_ids), parent)
        self.progress.setWindowTitle(self.tr("Documents"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(300)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        ensure_gui()
        self.job = Job(self._run)
        self.progress.canceled.connect(self.job.cancel)
        self.job.signals.progress.connect(self._progress)
        self.job.signals.finished.connect(self._finished)
        self.job.signals.failed.connect(self._failed)

    def start(self) -> None:
        self.job.start()

    def _run(self, progress: ProgressFn, cancelled: CancelledFn) -> documents.BatchReport:
        return documents.produce_batch(
            self.desk, self.application_ids, self.folder,
            progress=lambda done, total, name: progress(name, done, total),
            cancelled=cancelled, kinds=self.kinds)

    def _progress(self, name: str, done: int, total: int) -> None:
        self.progress.setMaximum(total)
        self.progress.setValue(done)
        if name:
            self.progress.setLabelText(self.tr("Writing the documents of %1 (%2 of %3)…")
                                       .replace("%1", name).replace("%2", str(done + 1))
                                       .replace("%3", str(total)))

    def _finished(self, report: documents.BatchReport) -> None:
        self.report = report
        self.progress.close()
        self.done.emit(report)

    def _failed(self, error: BaseException) -> None:
        self.error = str(error)
        self.progress.close()
        self.done.emit(None)
