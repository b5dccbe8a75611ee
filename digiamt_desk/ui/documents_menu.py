"""The Documents menu of the review window. Light on purpose: the preview (QtPdf), printing and
the batch (reportlab, worker processes) are imported when first used, not at start-up."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from digiamt_desk.services import documents
from digiamt_desk.ui.settings import open_output_folder, output_folder

if TYPE_CHECKING:
    from digiamt_desk.ui.documents import DocumentBatch
    from digiamt_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate


def install_documents_menu(window: MainWindow) -> QMenu:
    """The Documents menu of the review window (before Help)."""
    menu = QMenu(translate("DocumentsMenu", "&Documents"), window)
    menu.setObjectName("menuDocuments")
    preview = QAction(translate("DocumentsMenu", "&Preview and print…"), window)
    preview.setObjectName("actionPreviewDocuments")
    preview.setShortcut(QKeySequence("Ctrl+D"))
    write = QAction(translate("DocumentsMenu", "&Write the documents of this application"), window)
    write.setObjectName("actionWriteDocuments")
    write.setShortcut(QKeySequence("Ctrl+Shift+D"))
    record = QAction(translate("DocumentsMenu", "Write the &review record for the file"), window)
    record.setObjectName("actionWriteRecord")
    batch = QAction(translate("DocumentsMenu",
                              "Write the documents of &all decided applications…"), window)
    batch.setObjectName("actionBatchDocuments")
    folder = QAction(translate("DocumentsMenu", "Open the output &folder"), window)
    folder.setObjectName("actionOpenOutputFolder")
    menu.addActions([preview, write, record])
    menu.addSeparator()
    menu.addAction(batch)
    menu.addAction(folder)
    window.menuBar().insertMenu(window.ui.menuHelp.menuAction(), menu)

    def current_id() -> int | None:
        return window.application.id if window.application is not None else None

    def update() -> None:
        enabled = current_id() is not None
        preview.setEnabled(enabled)
        write.setEnabled(enabled)
        record.setEnabled(enabled)

    def open_preview() -> None:
        application_id = current_id()
        if application_id is None:
            return
        from digiamt_desk.ui.documents import make_document_dialog

        dialog = make_document_dialog(window.desk, application_id, window.settings, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def write_one() -> None:
        application_id = current_id()
        if application_id is None:
            return
        start_batch(window, [application_id], output_folder(window.settings))

    def write_record() -> None:
        application_id = current_id()
        if application_id is None:
            return
        start_batch(window, [application_id], output_folder(window.settings),
                    kinds=[documents.DocumentKind.REVIEW_RECORD])

    def write_all() -> None:
        decided = [a.id for a in documents.decided_applications(window.desk) if a.id is not None]
        if not decided:
            window.statusBar().showMessage(translate(
                "DocumentsMenu", "No application is decided yet (awarded or rejected)."), 8000)
            return
        chosen = QFileDialog.getExistingDirectory(
            window, translate("DocumentsMenu", "Folder for the documents"),
            str(output_folder(window.settings)))
        if chosen:
            start_batch(window, decided, Path(chosen))

    def open_folder() -> None:
        open_output_folder(window.settings)

    preview.triggered.connect(open_preview)
    write.triggered.connect(write_one)
    record.triggered.connect(write_record)
    batch.triggered.connect(write_all)
    folder.triggered.connect(open_folder)
    window.application_opened.connect(lambda _id: update())
    menu.aboutToShow.connect(update)
    update()
    return menu


def start_batch(window: MainWindow, application_ids: list[int], folder: Path, *,
                kinds: list[documents.DocumentKind] | None = None) -> DocumentBatch:
    from digiamt_desk.ui.documents import DocumentBatch

    batch = DocumentBatch(window.desk, application_ids, folder, window, kinds=kinds)

    def finished(report: documents.BatchReport | None) -> None:
        if report is None:
            QMessageBox.warning(window, translate("DocumentsMenu", "Documents"), batch.error)
            return
        files = sum(len(paths) for paths in report.written.values())
        text = translate("DocumentsMenu", "%1 file(s) for %2 application(s) written to %3.")
        text = text.replace("%1", str(files)).replace("%2", str(len(report.written)))
        text = text.replace("%3", str(folder))
        if report.cancelled:
            text += " " + translate("DocumentsMenu",
                                    "Cancelled: the remaining applications were left out.")
        window.statusBar().showMessage(text, 15000)
        if report.failed:
            box = QMessageBox(QMessageBox.Icon.Warning, translate("DocumentsMenu", "Documents"),
                              text + "\n\n" + translate("DocumentsMenu", "Not written:") + "\n" +
                              "\n".join(report.failed.values()), parent=window)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.show()
        batch.deleteLater()

    batch.done.connect(finished)
    batch.start()
    return batch
