"""The awarding confirmation and the export, for the review window.

- Awarding (the final decision) asks first, showing the summary the command line prints: counted
  against the threshold, what is still open, hints on counted procedures nobody has looked at
  since, the criteria version, and that the application becomes read-only.
- File › Export… writes the application's review as XLSX or CSV; the table's context menu
  exports the selected procedures. The export runs off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from digiamt_desk.domain.review import Status
from digiamt_desk.services.awarding import AwardingSummary, awarding_summary_of
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.overview import ApplicationView, application_view
from digiamt_desk.ui.window_api import as_parent, as_widget
from digiamt_desk.ui.workers import CancelledFn, Job, ProgressFn

if TYPE_CHECKING:
    from digiamt_desk.ui.window_api import ReviewWindow

translate = QCoreApplication.translate
HINTS_SHOWN = 12  # more are counted, not listed, so the dialog stays on the screen

_HINT_NAMES = {
    "mailto": QT_TRANSLATE_NOOP("Awarding", "e-mail link"),
    "pdf": QT_TRANSLATE_NOOP("Awarding", "PDF file"),
    "document": QT_TRANSLATE_NOOP("Awarding", "document file"),
    "no_form": QT_TRANSLATE_NOOP("Awarding", "no form with a submit button"),
    "info_portal": QT_TRANSLATE_NOOP("Awarding", "information portal"),
}


def summary_text(facts: AwardingSummary) -> str:
    """The summary in the user's language, for the confirmation dialog."""
    lines = [
        translate("Awarding", "Counted: %1 of %2 needed.").replace(
            "%1", str(facts.counted)).replace("%2", str(facts.threshold)),
        translate("Awarding", "Reported: %1, rejected: %2, not yet reviewed: %3.").replace(
            "%1", str(facts.procedures)).replace("%2", str(facts.rejected)).replace(
            "%3", str(facts.open)),
        translate("Awarding", "Criteria version: %1.").replace("%1", facts.criteria_version),
    ]
    if facts.hints:
        lines.append(translate("Awarding", "Hints on counted procedures not looked at since "
                                           "they came up: %1").replace(
            "%1", str(len(facts.hints))))
        for hint in facts.hints[:HINTS_SHOWN]:
            what = [translate("Awarding", str(_HINT_NAMES.get(code, code))) for code in hint.hints]
            if hint.check_status:
                from digiamt_desk.ui.table_texts import CHECK_TEXTS

                status = translate("ProcedureTableModel",
                                   str(CHECK_TEXTS.get(hint.check_status, hint.check_status)))
                what.append(translate("Awarding", "link check: %1").replace("%1", status))
            lines.append(f"  • {hint.title}: {', '.join(what)}")
        if len(facts.hints) > HINTS_SHOWN:
            lines.append("  " + translate("Awarding", "… and %1 more").replace(
                "%1", str(len(facts.hints) - HINTS_SHOWN)))
    else:
        lines.append(translate("Awarding", "No hints on counted procedures are waiting."))
    lines.append("")
    lines.append(translate("Awarding", "The application becomes read-only; to change it "
                                       "later, reopen it (status \u201cIn review\u201d)."))
    return "\n".join(lines)


def make_awarding_box(desk: Desk, application: ApplicationView,
                      parent: QWidget | None = None) -> QMessageBox:
    facts = awarding_summary_of(desk, application.id)
    box = QMessageBox(QMessageBox.Icon.Question,
                      translate("Awarding", "Award \u201cDigitales Amt\u201d"),
                      translate("Awarding", "Award %1 (%2)?").replace(
                          "%1", application.official_name).replace(
                          "%2", application.reference), parent=parent)
    box.setInformativeText(summary_text(facts))
    award = box.addButton(translate("Awarding", "&Award"), QMessageBox.ButtonRole.AcceptRole)
    award.setObjectName("awardButton")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)  # Enter does not decide by accident
    box.setEscapeButton(cancel)
    return box


def confirm_awarding(window: QWidget, desk: Desk, application: ApplicationView) -> bool:
    """Ask before awarding; True when the reviewer confirms."""
    box = make_awarding_box(desk, application, window)
    box.exec()
    return box.clickedButton() is not None and box.clickedButton().objectName() == "awardButton"


# --- export --------------------------------------------------------------------------------

def export_target(window: QWidget, application: ApplicationView, suffix: str = "") -> tuple[Path,
                                                                                      str] | None:
    from digiamt_desk.documents.naming import document_filename

    xlsx = translate("Export", "Excel workbook (*.xlsx)")
    csv = translate("Export", "CSV for Excel (*.csv)")
    proposal = document_filename(application.ars, application.name, "Pruefung" + suffix, "xlsx")
    chosen, selected_filter = QFileDialog.getSaveFileName(
        window, translate("Export", "Export the review"), proposal, f"{xlsx};;{csv}")
    if not chosen:
        return None
    path = Path(chosen)
    kind = "csv" if selected_filter == csv or path.suffix.lower() == ".csv" else "xlsx"
    if path.suffix.lower() != f".{kind}":
        path = path.with_suffix(f".{kind}")
    return path, kind


def start_export(window: QMainWindow, desk: Desk, application: ApplicationView, target: Path,
                 kind: str, procedure_ids: list[int] | None = None) -> Job:
    """Write the export on a worker thread; the status bar says where it went."""
    from digiamt_desk.services.export import export_review_of

    def run(_progress: ProgressFn, _cancelled: CancelledFn) -> list[Path]:
        return export_review_of(desk, application.id, target, kind, procedure_ids=procedure_ids)

    job = Job(run)

    def finished(written: list[Path]) -> None:
        window.statusBar().showMessage(translate("Export", "Exported to %1.").replace(
            "%1", ", ".join(str(p) for p in written)), 15000)

    def failed(error: BaseException) -> None:
        QMessageBox.warning(window, translate("Export", "Export"), str(error))

    job.signals.finished.connect(finished)
    job.signals.failed.connect(failed)
    job.start()
    return job


def install_awarding_and_export(window: ReviewWindow) -> tuple[QAction, QAction]:
    """The window's one hook: awarding asks for confirmation first; File › Export… and the
    table's context-menu entry for the selected procedures."""
    parent = as_parent(window)
    jobs: list[Job] = []
    whole = QAction(translate("Export", "&Export the review…"), parent)
    whole.setObjectName("actionExport")
    selection = QAction(translate("Export", "Export the selected procedures…"), parent)
    selection.setObjectName("actionExportSelection")
    window.ui.menuFile.insertAction(window.ui.actionOpenDatabase, whole)
    window.add_context_actions([selection])

    def export(selected: bool) -> None:
        application = _open_application(window)
        if application is None:
            return
        ids = window.selected_ids() if selected else None
        if selected and not ids:
            return
        target = export_target(as_widget(window), application,
                               "-Auswahl" if selected else "")
        if target is not None:
            jobs[:] = [start_export(as_main_window(window), window.desk, application, *target,
                                    procedure_ids=ids)]

    def update() -> None:
        enabled = window.application is not None
        whole.setEnabled(enabled)
        selection.setEnabled(enabled)

    whole.triggered.connect(lambda: export(False))
    selection.triggered.connect(lambda: export(True))
    window.application_opened.connect(lambda _id: update())
    update()
    return whole, selection


def _open_application(window: ReviewWindow) -> ApplicationView | None:
    """The application open in the window, as the services' plain values (it holds its id)."""
    app_id = window.current_application_id()
    if app_id is None:
        return None
    return application_view(window.desk, app_id)


def confirm_before(window: ReviewWindow, status: Status) -> bool:
    """Awarding asks first (the window's status menu calls this); other statuses go ahead."""
    if status is not Status.AWARDED:
        return True
    application = _open_application(window)
    return application is None or confirm_awarding(as_widget(window), window.desk,
                                                   application)



def as_main_window(window: ReviewWindow) -> QMainWindow:
    assert isinstance(window, QMainWindow)
    return window
