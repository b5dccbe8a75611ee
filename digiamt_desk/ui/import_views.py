"""The import dialog's second and third stage as it shows them: the preview of a parse (its rows,
the column mapping, what would be skipped) and the report of an import, and the dialog's look
(stage, buttons, message). A mixin of ImportDialog (ui/import_dialog.py); its texts keep the
dialog's translation context."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.services.imports import ImportReport
from digiamt_desk.ui.import_messages import error_text
from digiamt_desk.ui.import_models import (
    FORMAT_NAMES,
    REQUIRED_FIELDS,
    TABULAR,
    IssuesModel,
    PreviewModel,
    _tr,
    collect_issues,
)

if TYPE_CHECKING:
    from digiamt_desk.ui.forms.ui_import_dialog import Ui_ImportDialog

PREVIEW_ROWS = 50
translate = QCoreApplication.translate


class ViewsMixin:
    """Needs the dialog's ui, models, state (_stage, _job_kind, _loaded, _parsed, ...) and its
    applicant and job methods."""

    ui: Ui_ImportDialog
    preview_model: PreviewModel
    issues_model: IssuesModel
    report_model: IssuesModel
    combos: dict[str, QComboBox]
    _stage: str
    _job_kind: str
    _loaded: Any
    _parsed: ParsedSource | None
    _parse_error: InputError | None
    _file_applicant: Any
    _file_problem: str
    _note: str
    _message_kind: str
    _intro: str
    _mapping_changed: Callable[[], None]
    _show_applicant: Callable[[], None]
    _applicant_from_file: Callable[[ParsedSource], tuple[Any, str]]
    can_import: Callable[[], bool]
    locale: Callable[[], Any]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)  # the dialog this is a mixin of

    ERROR_STYLE = ("QLabel { border: 1px solid #d9534f; border-radius: 3px; padding: 6px; "
                   "background: #fdecea; color: #611a15; }")
    INFO_STYLE = ("QLabel { border: 1px solid #8fb3d9; border-radius: 3px; padding: 6px; "
                  "background: #eaf2fb; color: #1d3a5c; }")

    def _show_parsed(self, outcome: ParsedSource | InputError, *, fresh: bool) -> None:
        """Show a parse; fresh: the first parse of a source (fills the column choices)."""
        ui = self.ui
        if isinstance(outcome, InputError):
            self._parsed, self._parse_error = None, outcome
            self._file_applicant, self._file_problem = None, ""
            self.preview_model.set_rows([], {})
            self.issues_model.set_issues([])
            ui.previewSummary.setText(
                translate("ImportDialog",
                          "Correct the source and press Read again, or choose another file.")
                if fresh else
                translate("ImportDialog",
                          "Choose other columns, or correct the source and press Read again."))
            ui.previewTabs.setVisible(False)  # nothing to show; the message says why
            columns = outcome.params.get("columns")
            if isinstance(columns, list) and columns and self._loaded is not None:
                # the title or link column was not found: offer the columns the file has
                if fresh or not ui.mappingBox.isVisibleTo(self._widget()):
                    guess = {f: f"column {outcome.params[k]}" for f, k in
                             (("title", "title_column"), ("url", "url_column"))
                             if outcome.params.get(k)}
                    self._fill_combos_from([str(c) for c in columns], guess)
                    if fresh and len(guess) == 2:  # no header row: read it by the guess
                        self._note = translate("ImportDialog",
                            "The file has no header row; its columns were chosen by number "
                            "(title: %1, link: %2). Check them below.").replace(
                            "%1", guess["title"]).replace("%2", guess["url"])
                        self._mapping_changed()
                        return
            elif fresh:
                ui.mappingBox.setVisible(False)
            self._show_message(error_text(outcome), error=True)
            self._show_applicant()
            self._set_stage("preview")
            mapping_shown = ui.mappingBox.isVisibleTo(self._widget())
            (ui.mappingBox if mapping_shown else ui.sourceEdit).setFocus()
            return
        parsed = outcome
        self._parsed, self._parse_error = parsed, None
        if fresh:
            self._fill_combos(parsed)
        self.preview_model.set_rows(parsed.rows[:PREVIEW_ROWS], parsed.columns)
        self.issues_model.set_issues(collect_issues(parsed.skipped, parsed.warnings))
        self._fit_columns()
        ui.previewSummary.setText(self._summary_text(parsed))
        shown = min(len(parsed.rows), PREVIEW_ROWS)
        ui.previewTabs.setTabText(0, translate("ImportDialog", "Rows (first %1 of %2)").replace(
            "%1", self._number(shown)).replace("%2", self._number(len(parsed.rows)))
            if shown < len(parsed.rows) else translate("ImportDialog", "Rows"))
        ui.previewTabs.setTabText(1, translate(
            "ImportDialog", "Skipped rows and warnings (%1)").replace(
            "%1", self._number(len(parsed.skipped) + len(parsed.warnings))))
        ui.previewTabs.setVisible(True)
        self._file_applicant, self._file_problem = self._applicant_from_file(parsed)
        self._show_message(self._note, error=False)
        self._note = ""
        self._show_applicant()
        self._set_stage("preview")
        if fresh:
            # where the reviewer goes next: Import, or the applicant the file does not name
            (ui.importButton if self.can_import() else ui.applicantEdit).setFocus()

    def _summary_text(self, parsed: ParsedSource) -> str:
        parts = [
            translate("ImportDialog", "Format: %1").replace(
                "%1", _tr(str(FORMAT_NAMES[parsed.format]))),
            translate("ImportDialog", "Rows to import: %1").replace(
                "%1", self._number(len(parsed.rows))),
            translate("ImportDialog", "Rows skipped: %1").replace(
                "%1", self._number(len(parsed.skipped))),
            translate("ImportDialog", "Warnings: %1").replace(
                "%1", self._number(len(parsed.warnings))),
        ]
        if parsed.encoding:
            parts.append(translate("ImportDialog", "Read as: %1").replace(
                "%1", parsed.encoding.upper()))
        return "   ·   ".join(parts)

    def _fill_combos(self, parsed: ParsedSource) -> None:
        tabular = parsed.format in TABULAR and bool(parsed.rows)
        self.ui.mappingBox.setVisible(tabular)
        if not tabular:
            return
        self._fill_combos_from(list(parsed.rows[0].raw), parsed.columns)

    def _fill_combos_from(self, headers: list[str], columns: Mapping[str, str]) -> None:
        self.ui.mappingBox.setVisible(True)
        for field, combo in self.combos.items():
            combo.blockSignals(True)
            try:
                combo.clear()
                if field not in REQUIRED_FIELDS:
                    combo.addItem(translate("ImportDialog", "(none)"), "")
                for header in headers:
                    combo.addItem(header, header)
                chosen = columns.get(field, "")
                combo.setCurrentIndex(max(combo.findData(chosen), 0))
            finally:
                combo.blockSignals(False)

    def _fit_columns(self) -> None:
        view = self.ui.previewView
        view.resizeColumnsToContents()
        for column in range(self.preview_model.columnCount()):
            view.setColumnWidth(column, min(view.columnWidth(column), 320))
        self.ui.previewIssuesView.resizeColumnsToContents()

    def _show_report(self, report: ImportReport) -> None:
        ui = self.ui
        title = translate("ImportDialog", "Imported into application %1: %2 (ARS %3)").replace(
            "%1", report.reference).replace("%2", report.name).replace("%3", report.ars)
        if report.created_application:
            title += "\n" + translate("ImportDialog", "The application was created by this import.")
        for group in report.large_shared_links():
            title += "\n" + translate(
                "ImportDialog", "Warning: %1 rows with %2 different titles share one link "
                "and count once: %3").replace(
                "%1", self._number(len(group.rows))).replace(
                "%2", self._number(len(group.titles))).replace("%3", group.url)
        if report.no_online_link:
            title += "\n" + translate(
                "ImportDialog", "%1 procedures have no online link (their service page was "
                "taken; they count only when decided).").replace(
                "%1", self._number(report.no_online_link))
        ui.reportTitle.setText(title)
        for label, value in (
            (ui.rowsValue, report.rows_read),
            (ui.addedValue, report.added), (ui.updatedValue, report.updated),
            (ui.unchangedValue, report.unchanged), (ui.mergedValue, report.merged),
            (ui.skippedValue, len(report.skipped)), (ui.warningsValue, len(report.warnings)),
            (ui.notOnlineValue, report.not_online), (ui.notInSourceValue, report.not_in_source),
        ):
            label.setText(self._number(value))
        self.report_model.set_issues(
            collect_issues(report.skipped, report.warnings, report.merged_rows,
                           report.shared_links))
        ui.reportView.resizeColumnsToContents()
        has_details = self.report_model.rowCount() > 0
        ui.detailsCaption.setText(
            translate("ImportDialog", "Skipped rows, warnings and merged duplicates:")
            if has_details
            else translate("ImportDialog", "No row was skipped, merged or changed on the way in."))
        ui.reportView.setVisible(has_details)
        self._set_stage("report")

    def _set_stage(self, stage: str) -> None:
        self._stage = stage
        pages = {"source": self.ui.sourcePage, "preview": self.ui.previewPage,
                 "report": self.ui.reportPage}
        self.ui.stages.setCurrentWidget(pages[stage])
        self._update()

    def _update(self) -> None:
        ui, stage, busy = self.ui, self._stage, self._job_kind
        idle = not busy
        editing = stage != "report"
        for widget in (ui.sourceCaption, ui.sourceEdit, ui.chooseButton, ui.readButton,
                       ui.applicantCaption, ui.applicantEdit, ui.applicantHint):
            widget.setVisible(editing)
        ui.sourceEdit.setEnabled(idle)
        ui.chooseButton.setEnabled(idle)
        ui.applicantEdit.setEnabled(busy != "import")
        ui.readButton.setEnabled(idle and bool(ui.sourceEdit.text().strip()))
        ui.sourceIntro.setText(translate(
            "ImportDialog", "Reading … (a web address may take a while; Cancel stops "
                                       "waiting)") if busy == "read" else self._intro)
        ui.mappingBox.setEnabled(idle)
        ui.importButton.setVisible(stage == "preview")
        ui.importButton.setEnabled(self.can_import())
        ui.cancelButton.setVisible(bool(busy))
        ui.closeButton.setVisible(busy != "import")
        ui.progressBar.setVisible(bool(busy))
        ui.progressLabel.setVisible(bool(busy))
        # Import is never the default: Enter in the applicant field must not start an import.
        ui.readButton.setDefault(stage == "source")
        ui.closeButton.setDefault(stage == "report")

    def _show_message(self, text: str, *, error: bool = True) -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setVisible(bool(text))
        self._message_kind = ("error" if error else "info") if text else ""
        label.setStyleSheet(self.ERROR_STYLE if error else self.INFO_STYLE)

    def _number(self, value: int) -> str:
        return str(self.locale().toString(value))
