"""The settings dialog: the reviewer's own settings (QSettings: name, language, output folder,
the last database on start) and the database's (reference numbers, letterhead, certificate,
review and import), the latter checked by the typed registry as the command line checks them.

A database that cannot be written (opened read-only, or its file, folder or drive became
read-only since) is said when the dialog opens: its settings are shown but cannot be edited,
and OK keeps the reviewer's own settings only. A refusal while saving (the file became
read-only while the dialog was open) keeps the dialog open with nothing saved."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from digiamt_desk.documents.positions import DEFAULT_POSITIONS, format_positions
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.settings import SettingError, option
from digiamt_desk.services import documents
from digiamt_desk.services.applications import (
    DEFAULT_REFERENCE_PATTERN,
    REFERENCE_PATTERN_KEY,
    validate_reference_pattern,
)
from digiamt_desk.services.approval import FOUR_EYES_SETTING
from digiamt_desk.services.checks import ALLOW_PRIVATE_NETWORKS_KEY
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.document_settings import DEADLINE_WEEKS_LIMIT
from digiamt_desk.services.imports import DOWNLOAD_SECONDS_KEY
from digiamt_desk.services.safety import StoreRefusal, why_read_only
from digiamt_desk.services.team import is_team
from digiamt_desk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from digiamt_desk.ui.settings import UserSettings
from digiamt_desk.ui.store_messages import read_only_label, store_message


class SettingsDialog(QDialog):
    """The reviewer's own settings (QSettings) and the database's letterhead, certificate,
    review and check settings (shared with the command line, so both work alike)."""

    def __init__(self, desk: Desk, settings: UserSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        ui.languageCombo.addItem("Deutsch", "de")
        ui.languageCombo.addItem("English", "en")
        ui.languageCombo.setCurrentIndex(0 if settings.language == "de" else 1)
        # Never the login name: saved unchanged it would become the letters' contact.
        ui.reviewerEdit.setText(settings.reviewer or desk.named_reviewer)
        ui.reviewerEdit.setPlaceholderText(self.tr("First and last name, e.g. Erika Musterfrau"))
        ui.outputFolderEdit.setText(settings.output_folder)
        ui.reopenLastCheck.setChecked(settings.reopen_last)
        ui.referencePatternEdit.setText(desk.setting(REFERENCE_PATTERN_KEY,
                                                     DEFAULT_REFERENCE_PATTERN))
        values = documents.document_settings(desk)
        ui.ministryEdit.setText(values["letterhead.ministry"])
        ui.unitEdit.setText(values["letterhead.unit"])
        ui.letterAddressEdit.setPlainText(values["letterhead.address"])
        ui.contactEdit.setPlainText(values["letterhead.contact"])
        ui.placeEdit.setText(values["letterhead.place"])
        ui.signatoryNameEdit.setText(values["letterhead.signatory_name"])
        ui.signatoryRoleEdit.setText(values["letterhead.signatory_role"])
        ui.templateFolderEdit.setText(values["documents.template_folder"])
        ui.paperCombo.addItem(self.tr("Blank paper (border and emblem printed)"), "blank")
        ui.paperCombo.addItem(self.tr("Pre-printed certificate paper (text only)"),
                              "preprinted")
        ui.paperCombo.setCurrentIndex(max(0, ui.paperCombo.findData(
            values["certificate.paper"])))
        ui.positionsEdit.setText(values["certificate.positions"] or format_positions(
            DEFAULT_POSITIONS))
        ui.signetNameCheck.setChecked(values["signet.with_name"] == "yes")
        ui.queryDeadlineEdit.setText(values["documents.query_deadline_weeks"])
        ui.queryDeadlineEdit.setPlaceholderText(f"1–{DEADLINE_WEEKS_LIMIT}")
        self._load_database_options()
        ui.outputFolderButton.clicked.connect(self._choose_folder)
        ui.templateFolderButton.clicked.connect(self._choose_template_folder)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        self.language_changed = False
        self.read_only_reason = why_read_only(desk)
        if self.read_only_reason:
            self._lock_database_fields(read_only_label(self.read_only_reason))

    def _database_fields(self) -> list[QWidget]:
        ui = self.ui
        return [ui.referencePatternEdit, ui.ministryEdit, ui.unitEdit, ui.letterAddressEdit,
                ui.contactEdit, ui.placeEdit, ui.signatoryNameEdit, ui.signatoryRoleEdit,
                ui.templateFolderEdit, ui.templateFolderButton, ui.paperCombo,
                ui.positionsEdit, ui.signetNameCheck, ui.queryDeadlineEdit, ui.fourEyesCheck,
                ui.privateNetworksCheck, ui.downloadSecondsEdit]

    def _lock_database_fields(self, why: str) -> None:
        """The database cannot be written: its settings are shown, not editable, and the
        dialog says so (your own settings above are still saved)."""
        for field in self._database_fields():
            field.setEnabled(False)
        self.ui.messageLabel.setText(self.tr(
            "%1 — the settings stored in the database (reference numbers, letters, "
            "certificate, review and import) cannot be changed; your own settings are "
            "saved.").replace("%1", why))

    def _stored(self, key: str) -> str:
        """A registry setting of the database as stored (its default if none or invalid)."""
        declared = option(key)
        return declared.text(declared.read(self.desk.setting(key) or None))

    def _load_database_options(self) -> None:
        ui = self.ui
        team = is_team(self.desk)  # a team server always has four eyes
        ui.fourEyesCheck.setChecked(team or self._stored(FOUR_EYES_SETTING) == "on")
        ui.fourEyesCheck.setEnabled(not team)
        if team:
            ui.fourEyesCheck.setToolTip(self.tr("On a team server four eyes are always on."))
        ui.privateNetworksCheck.setChecked(self._stored(ALLOW_PRIVATE_NETWORKS_KEY) == "yes")
        seconds = option(DOWNLOAD_SECONDS_KEY)
        ui.downloadSecondsEdit.setText(self._stored(DOWNLOAD_SECONDS_KEY))
        ui.downloadSecondsEdit.setPlaceholderText(f"{seconds.minimum}–{seconds.maximum}")

    def database_values(self) -> dict[str, str]:
        """The registry's database settings of this dialog, checked by the registry and as
        they are stored; InputError (worded for the dialog) for a value they do not take."""
        ui = self.ui
        typed = {DOWNLOAD_SECONDS_KEY: ui.downloadSecondsEdit.text(),
                 ALLOW_PRIVATE_NETWORKS_KEY: "yes" if ui.privateNetworksCheck.isChecked() else "no"}
        if not is_team(self.desk):
            typed[FOUR_EYES_SETTING] = "on" if ui.fourEyesCheck.isChecked() else "off"
        result = {}
        for key, text in typed.items():
            declared = option(key)
            try:
                result[key] = declared.text(declared.parse(text))
            except SettingError as exc:
                if key != DOWNLOAD_SECONDS_KEY:
                    raise
                raise InputError(self.tr(
                    "Deadline of a URL import: enter a whole number of seconds from %1 to %2.")
                    .replace("%1", str(declared.minimum))
                    .replace("%2", str(declared.maximum))) from exc
        return result

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Output folder"),
                                                  self.ui.outputFolderEdit.text())
        if folder:
            self.ui.outputFolderEdit.setText(folder)

    def _choose_template_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Template folder"),
                                                  self.ui.templateFolderEdit.text())
        if folder:
            self.ui.templateFolderEdit.setText(folder)

    def document_values(self) -> dict[str, str]:
        ui = self.ui
        positions = ui.positionsEdit.text().strip()
        if positions == format_positions(DEFAULT_POSITIONS):
            positions = ""
        return {
            "letterhead.ministry": ui.ministryEdit.text().strip(),
            "letterhead.unit": ui.unitEdit.text().strip(),
            "letterhead.address": ui.letterAddressEdit.toPlainText().strip(),
            "letterhead.contact": ui.contactEdit.toPlainText().strip(),
            "letterhead.place": ui.placeEdit.text().strip(),
            "letterhead.signatory_name": ui.signatoryNameEdit.text().strip(),
            "letterhead.signatory_role": ui.signatoryRoleEdit.text().strip(),
            "documents.template_folder": ui.templateFolderEdit.text().strip(),
            "certificate.paper": str(ui.paperCombo.currentData()),
            "certificate.positions": positions,
            "signet.with_name": "yes" if ui.signetNameCheck.isChecked() else "no",
            "documents.query_deadline_weeks": ui.queryDeadlineEdit.text().strip(),
        }

    def accept(self) -> None:
        ui = self.ui
        reviewer = ui.reviewerEdit.text().strip()
        writable = not self.read_only_reason
        try:
            if not reviewer:
                raise InputError(self.tr("Enter your name: it is recorded with every change."))
            if writable:
                pattern, values, database = self._checked_database_values()
        except InputError as exc:
            ui.messageLabel.setText(str(exc))
            return
        if writable:  # the database first: refused, nothing of the dialog is saved
            try:
                documents.save_settings(self.desk, values)
                self.desk.set_setting(REFERENCE_PATTERN_KEY, pattern)
                for key, value in database.items():
                    self.desk.set_setting(key, value)
            except StoreRefusal as exc:
                self.read_only_reason = getattr(exc, "params", {}).get("reason", "damaged")
                self._lock_database_fields(store_message(exc))
                return
        language = str(ui.languageCombo.currentData())
        self.language_changed = language != self.settings.language
        self.settings.reviewer = reviewer
        self.settings.language = language
        self.settings.output_folder = ui.outputFolderEdit.text().strip()
        self.settings.reopen_last = ui.reopenLastCheck.isChecked()
        self.settings.save()
        self.desk.reviewer = reviewer
        super().accept()

    def _checked_database_values(self) -> tuple[str, dict[str, str], dict[str, str]]:
        """The reference pattern, the document settings and the registry's settings of the
        dialog, each checked; InputError (worded for the dialog) for the first wrong one."""
        pattern = self.ui.referencePatternEdit.text().strip()
        values = self.document_values()
        validate_reference_pattern(pattern)
        database = self.database_values()
        try:
            documents.validate_setting("documents.query_deadline_weeks",
                                       values["documents.query_deadline_weeks"])
        except InputError as exc:
            raise InputError(self.tr(
                "Deadline of the query letter: enter a whole number of weeks from 1 to %1.")
                .replace("%1", str(DEADLINE_WEEKS_LIMIT))) from exc
        for key, value in values.items():
            documents.validate_setting(key, value)
        return pattern, values, database


def make_settings_dialog(desk: Desk, settings: UserSettings,
                         parent: QWidget | None = None) -> SettingsDialog:
    return SettingsDialog(desk, settings, parent)
