"""Dialogs of the review window, each built by a factory so tests can inspect it unexecuted."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QWidget

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.domain.salutation import all_titles, salutation
from digiamt_desk.services import applications, register
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.overview import ApplicationForm, application_form
from digiamt_desk.services.register import Authority
from digiamt_desk.ui.forms.ui_application_dialog import Ui_ApplicationDialog
from digiamt_desk.ui.forms.ui_reject_dialog import Ui_RejectDialog
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.settings_dialog import SettingsDialog, make_settings_dialog
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


__all__ = ["ApplicationDialog", "QDialogButtonBox", "RejectDialog", "SettingsDialog",
           "make_application_dialog", "make_reject_dialog", "make_settings_dialog"]
