"""The import dialog's first stage: the source (a file or web address) and the applicant, found
in the register or named by the file. A mixin of ImportDialog (ui/import_dialog.py); its texts
keep the dialog's translation context."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QFileDialog, QWidget

from digiamt_desk.domain.importing import InputError, ParsedSource
from digiamt_desk.services import imports, register
from digiamt_desk.services.register import Authority
from digiamt_desk.ui.import_models import applicant_text

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.ui.forms.ui_import_dialog import Ui_ImportDialog

SEARCH_RESULTS = 25


class ApplicantMixin:
    """Needs the dialog's desk, ui, _choices, _applicant, _file_applicant, _file_problem,
    _stage, _job_kind, _loaded and its stage methods."""

    desk: Desk
    ui: Ui_ImportDialog
    _choices: dict[str, Authority]
    _applicant: Authority | None
    _file_applicant: Authority | None
    _file_problem: str
    _stage: str
    _job_kind: str
    _loaded: Any
    _parsed: Any
    _search_model: Any
    _update: Callable[[], None]
    read: Callable[[], None]
    _clear_preview: Callable[[], None]
    _set_stage: Callable[[str], None]

    def set_source(self, source: str) -> None:
        self.ui.sourceEdit.setText(source)

    def set_applicant(self, key: str) -> None:
        """Preselect the applicant by any key the register knows (ARS, AGS, natural key)."""
        try:
            entry = register.find_authority(self.desk, key)
        except InputError as error:
            self._applicant = None
            self.ui.applicantEdit.setText(key)
            self.ui.applicantHint.setText(str(error))
        else:
            self._select_applicant(entry)
        self._update()

    def _select_applicant(self, entry: Authority | None) -> None:
        self._applicant = entry
        if entry is not None:
            self.ui.applicantEdit.setText(applicant_text(entry))
        self._show_applicant()

    def _applicant_edited(self, text: str) -> None:
        self._applicant = None
        wanted = text.strip()
        entries = register.search_authorities(self.desk, wanted, limit=SEARCH_RESULTS) \
            if len(wanted) >= 2 else []
        self._choices = {applicant_text(e): e for e in entries}
        self._search_model.setStringList(list(self._choices))
        self._show_applicant()
        self._update()

    def _applicant_chosen(self, text: str) -> None:
        entry = self._choices.get(text)
        if entry is not None:
            self._select_applicant(entry)
            self._update()

    def _resolve_typed_applicant(self) -> None:
        """A typed key or a name that only one authority has is taken without the list."""
        text = self.ui.applicantEdit.text().strip()
        if self._applicant is not None or not text:
            return
        entry = self._choices.get(text)
        if entry is None:
            try:
                entry = register.find_authority(self.desk, text)
            except InputError:
                found = register.search_authorities(self.desk, text, limit=2)
                entry = found[0] if len(found) == 1 else None
        if entry is not None:
            self._select_applicant(entry)
        self._show_applicant()
        self._update()

    def _show_applicant(self) -> None:
        """The hint under the applicant field, and the applicant line of the preview."""
        typed = self.ui.applicantEdit.text().strip()
        if self._applicant is None and typed:
            self.ui.applicantHint.setText(QCoreApplication.translate("ImportDialog",
                "Choose the applicant from the list, or type its key (ARS, AGS)."))
        else:
            self.ui.applicantHint.setText(QCoreApplication.translate("ImportDialog",
                "Leave it empty if the file names the applicant (in an ARS column)."))
        label = self.ui.previewApplicant
        from_file, problem = self._file_applicant, self._file_problem
        text = ""
        if self._parsed is None:
            pass
        elif self._applicant is not None:
            if from_file is not None and from_file.ars != self._applicant.ars:
                text = QCoreApplication.translate(
                    "ImportDialog", "The file names %1; the procedures go to the applicant "
                    "chosen above.").replace("%1", applicant_text(from_file))
        elif from_file is not None:
            text = QCoreApplication.translate(
                "ImportDialog", "Applicant named by the file: %1").replace(
                "%1", applicant_text(from_file))
        else:
            text = problem + " " + QCoreApplication.translate(
                "ImportDialog", "Choose the applicant above.")
        label.setText(text)
        label.setVisible(bool(text))

    def _applicant_from_file(self, parsed: ParsedSource) -> tuple[Authority | None, str]:
        if not any(row.ars for row in parsed.rows):
            return None, QCoreApplication.translate(
                "ImportDialog", "The file names no applicant (it has no ARS column).")
        try:
            # the service's own rule (the deepest of the authorities a dashboard export names)
            ars, _above = imports.applicant_ars(self.desk, parsed, None)
            return register.find_authority(self.desk, ars), ""
        except InputError as error:
            return None, str(error)

    def choose_file(self) -> None:
        settings = QSettings()
        folder = str(settings.value("import_dialog/folder", ""))
        current = self.ui.sourceEdit.text().strip()
        if current and not current.lower().startswith(("http://", "https://")):
            folder = str(Path(current).parent)
        filters = ";;".join([
            QCoreApplication.translate(
                "ImportDialog", "Procedure lists (*.csv *.tsv *.txt *.xlsx *.json *.xml)"),
            QCoreApplication.translate("ImportDialog", "CSV files (*.csv *.tsv *.txt)"),
            QCoreApplication.translate("ImportDialog", "Excel workbooks (*.xlsx)"),
            QCoreApplication.translate("ImportDialog", "JSON files (*.json)"),
            QCoreApplication.translate("ImportDialog", "XZuFi files (*.xml)"),
            QCoreApplication.translate("ImportDialog", "All files (*)"),
        ])
        path, _ = QFileDialog.getOpenFileName(
            cast(QWidget, self),
            QCoreApplication.translate("ImportDialog", "Choose a procedure list"), folder,
            filters)
        if path:
            settings.setValue("import_dialog/folder", str(Path(path).parent))
            self.set_source(path)
            self.read()

    def _source_edited(self, text: str) -> None:
        """Another source makes the preview stale: back to the first stage."""
        if self._stage == "preview" and not self._job_kind and self._loaded is not None \
                and text.strip() != self._loaded.source:
            self._clear_preview()
            self._set_stage("source")
        self._update()

