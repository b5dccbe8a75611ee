"""Dialogs of the review window, each built by a factory so tests can inspect it unexecuted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QListWidgetItem, QWidget

from digiamt_desk.documents.positions import DEFAULT_POSITIONS, format_positions
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.domain.salutation import all_titles, salutation
from digiamt_desk.domain.settings import SettingError, option
from digiamt_desk.services import applications, documents, register
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
from digiamt_desk.services.overview import ApplicationForm, application_form
from digiamt_desk.services.register import Authority
from digiamt_desk.services.team import is_team
from digiamt_desk.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from digiamt_desk.ui.forms.ui_reject_dialog import Ui_RejectDialog
from digiamt_desk.ui.forms.ui_settings_dialog import Ui_SettingsDialog
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.settings import UserSettings
from digiamt_desk.ui.table_texts import ui_language

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1


def _as_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ApplicationDialog(QDialog):
    """A new application chosen from the register, or the editable fields of an existing one."""

    def __init__(self, desk: Desk, application: ApplicationForm | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.application = application
        self.entry: Authority | None = None
        self.ui = Ui_ApplicationDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        ui.headTitleEdit.addItems(["", *all_titles()])
        ui.receivedEdit.setDate(QDate.currentDate())
        ui.applicantSearch.textChanged.connect(self._search)
        ui.applicantList.currentItemChanged.connect(self._pick)
        ui.headTitleEdit.currentTextChanged.connect(self._update_salutation)
        ui.headNameEdit.textChanged.connect(self._update_salutation)
        ui.buttonBox.accepted.connect(self.accept)
        ui.buttonBox.rejected.connect(self.reject)
        if application is not None:
            self.setWindowTitle(self.tr("Edit application"))
            for widget in (ui.applicantSearch, ui.applicantList, ui.receivedEdit):
                widget.setEnabled(False)
            ui.applicantSearch.setText(application.official_name)
            ui.applicantInfo.setText(f"{application.official_name} · {application.kind} · "
                                     f"ARS {application.ars}")
            ui.referenceEdit.setText(application.reference)
            ui.headTitleEdit.setCurrentText(application.head_title)
            ui.headNameEdit.setText(application.head_name)
            ui.addressEdit.setPlainText(application.address)
            ui.receivedEdit.setDate(
                QDate.fromString(application.received_on, Qt.DateFormat.ISODate))
        else:
            self.setWindowTitle(self.tr("New application"))
            ui.referenceEdit.setPlaceholderText(self.tr("leave empty: drawn from the pattern"))
        self._update_salutation()

    def _search(self, text: str) -> None:
        if self.application is not None:
            return
        self.ui.applicantList.clear()
        for entry in register.search_authorities(self.desk, text, limit=40):
            where = ", ".join(x for x in (entry.landkreis, entry.regierungsbezirk) if x)
            item = QListWidgetItem(f"{entry.official_name} ({entry.kind}; {where}) – {entry.key}")
            item.setData(ENTRY_ROLE, entry)
            self.ui.applicantList.addItem(item)
        if self.ui.applicantList.count():
            self.ui.applicantList.setCurrentRow(0)

    def _pick(self, item: QListWidgetItem | None, _previous: object = None) -> None:
        self.entry = item.data(ENTRY_ROLE) if item is not None else None
        if self.entry is None:
            self.ui.applicantInfo.clear()
            return
        e = self.entry
        # Two lines: the name and kind, then the keys and the population (a long name such as
        # "Verwaltungsgemeinschaft Neunburg vorm Wald" must not push the rest out of sight).
        population = (" · " + self.tr("population %1").replace(
            "%1", f"{e.population:,}".replace(",", ".")) if e.population else "")
        self.ui.applicantInfo.setText(
            f"{e.official_name} · {e.kind}\nAGS {e.ags or '–'} · ARS {e.ars}{population}")
        self.ui.applicantInfo.setMinimumHeight(self.ui.applicantInfo.heightForWidth(
            max(self.ui.applicantInfo.width(), 200)))
        self.ui.addressEdit.setPlainText(applications.default_address(e))

    def _update_salutation(self, *_args: object) -> None:
        self.ui.salutationPreview.setText(
            salutation(self.ui.headTitleEdit.currentText(), self.ui.headNameEdit.text()))

    def accept(self) -> None:
        ui = self.ui
        try:
            if self.application is None:
                if self.entry is None:
                    raise InputError(self.tr("Choose the applicant from the register first."))
                created = applications.create_application(
                    self.desk, self.entry.ars, head_title=ui.headTitleEdit.currentText(),
                    head_name=ui.headNameEdit.text().strip(),
                    address=ui.addressEdit.toPlainText().strip(),
                    reference=ui.referenceEdit.text().strip() or None,
                    received_on=_as_date(ui.receivedEdit.date()))
                assert created.id is not None
                self.application = application_form(self.desk, created.id)
            else:
                applications.update_application(
                    self.desk, self.application.id, reference=ui.referenceEdit.text().strip(),
                    head_title=ui.headTitleEdit.currentText(),
                    head_name=ui.headNameEdit.text().strip(),
                    address=ui.addressEdit.toPlainText().strip())
                self.application = application_form(self.desk, self.application.id)
        except (InputError, ReviewError) as exc:
            ui.messageLabel.setText(describe(exc))
            return
        super().accept()


def make_application_dialog(desk: Desk, application: ApplicationForm | None = None,
                            parent: QWidget | None = None) -> ApplicationDialog:
    return ApplicationDialog(desk, application, parent)


class RejectDialog(QDialog):
    def __init__(self, desk: Desk, count: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RejectDialog()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        self.setWindowTitle(self.tr("Reject %n procedure(s)", "", count))
        language = ui_language()  # the catalog's labels in the window's language
        for reason in desk.catalog().rejection_reasons:
            self.ui.reasonCombo.addItem(reason.label(language), reason.code)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def reason_code(self) -> str:
        return str(self.ui.reasonCombo.currentData())

    def reason_text(self) -> str:
        return self.ui.reasonTextEdit.text().strip()

    def accept(self) -> None:
        if self.reason_code() == "other" and not self.reason_text():
            self.ui.messageLabel.setText(self.tr("Describe the other reason in the details."))
            return
        super().accept()


def make_reject_dialog(desk: Desk, count: int, parent: QWidget | None = None) -> RejectDialog:
    return RejectDialog(desk, count, parent)


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
        ui.reviewerEdit.setText(settings.reviewer or desk.reviewer)
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
        pattern = ui.referencePatternEdit.text().strip()
        reviewer = ui.reviewerEdit.text().strip()
        values = self.document_values()
        try:
            validate_reference_pattern(pattern)
            if not reviewer:
                raise InputError(self.tr("Enter your name: it is recorded with every change."))
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
        except InputError as exc:
            ui.messageLabel.setText(str(exc))
            return
        language = str(ui.languageCombo.currentData())
        self.language_changed = language != self.settings.language
        self.settings.reviewer = reviewer
        self.settings.language = language
        self.settings.output_folder = ui.outputFolderEdit.text().strip()
        self.settings.reopen_last = ui.reopenLastCheck.isChecked()
        self.settings.save()
        documents.save_settings(self.desk, values)
        self.desk.set_setting(REFERENCE_PATTERN_KEY, pattern)
        for key, value in database.items():
            self.desk.set_setting(key, value)
        self.desk.reviewer = reviewer
        super().accept()


def make_settings_dialog(desk: Desk, settings: UserSettings,
                         parent: QWidget | None = None) -> SettingsDialog:
    return SettingsDialog(desk, settings, parent)


__all__ = ["ApplicationDialog", "QDialogButtonBox", "RejectDialog", "SettingsDialog",
           "make_application_dialog", "make_reject_dialog", "make_settings_dialog"]
