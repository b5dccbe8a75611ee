"""What the reviewer does to an application and the workspace: status, new and edit, import,
settings, another database, help. The window's menus trigger these; the window keeps the
small entry points the rest of the program calls (open_import, new_application)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from digiamt_desk import __version__
from digiamt_desk.domain.review import Status
from digiamt_desk.services import applications, overview
from digiamt_desk.services.register import ATTRIBUTION
from digiamt_desk.ui.dialogs import make_application_dialog, make_settings_dialog
from digiamt_desk.ui.help import HelpWindow, help_page, make_help_window, shortcuts_html
from digiamt_desk.ui.models import status_label
from digiamt_desk.ui.window_api import ReviewWindow, as_parent, as_widget


class ApplicationActions(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(as_parent(window))
        self.window = window
        self.widget = as_widget(window)  # the parent of its dialogs

    def refused_read_only(self) -> bool:
        """A damaged database is not written to: say so in the status bar (no box)."""
        if self.window.desk.read_only:
            self.window.show_status(self.tr(
                "This database is open read-only because it is damaged: nothing can be "
                "changed. Restore a backup (File › Restore from a backup)."), 10000)
        return self.window.desk.read_only

    def set_status(self, status: Status) -> None:
        app_id = self.window.current_application_id()
        if app_id is None:
            return
        from digiamt_desk.ui.awarding_export import confirm_before

        if not confirm_before(self.window, status):  # awarding shows its summary first
            return
        note, ok = QInputDialog.getText(
            self.widget, self.tr("Set status"),
            self.tr("Note for the status \u201c%1\u201d (optional):").replace(
                "%1", status_label(status)))
        if ok and self.window.run(lambda: applications.set_status(self.window.desk, app_id, status,
                                                           note=note)):
            self.window.reload()

    def new_application(self) -> None:
        if self.refused_read_only():
            return
        dialog = make_application_dialog(self.window.desk, None, self.widget)
        if dialog.exec() and dialog.application is not None \
                and dialog.application.id is not None:
            window = self.window
            window.application = overview.application_view(window.desk, dialog.application.id)
            self.window.reload()

    def edit_application(self) -> None:
        app_id = self.window.current_application_id()
        if app_id is None:
            return
        current = overview.application_form(self.window.desk, app_id)
        if current is None:
            return
        if make_application_dialog(self.window.desk, current, self.widget).exec():
            self.window.reload()

    def open_import(self, source: str | None = None) -> None:
        from digiamt_desk.ui.import_dialog import make_import_dialog

        if self.refused_read_only():
            return
        key = self.window.application.ars if self.window.application is not None else None
        dialog = make_import_dialog(self.window.desk, self.widget, source=source, applicant_key=key)
        dialog.imported.connect(self._imported)
        dialog.exec()

    def _imported(self, report: Any) -> None:
        self.window.application = overview.application_view(self.window.desk, report.application_id)
        self.window.reload()

    def open_settings(self) -> None:
        dialog = make_settings_dialog(self.window.desk, self.window.settings, self.widget)
        if dialog.exec():
            if self.window.settings.reviewer:
                self.window.reviewer_bar.hide()
            if dialog.language_changed:
                QMessageBox.information(self.widget, self.tr("Language"), self.tr(
                    "The new language applies from the next start."))

    def choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.widget, self.tr("Open database"), "",
            self.tr("DigiAmt databases (*.db);;All files (*)"))
        if path:
            self.window.database_requested.emit(path)

    # --- help --------------------------------------------------------------------------------

    def _help(self) -> HelpWindow:
        if self.window.help_window is None:
            self.window.help_window = make_help_window(self.widget)
        help_window: HelpWindow = self.window.help_window
        return help_window

    def show_help(self) -> None:
        self._help().show_page(help_page(self.widget))

    def show_shortcuts(self) -> None:
        self._help().show_page(shortcuts_html(self.widget))

    def show_about(self) -> None:
        QMessageBox.about(self.widget, self.tr("About DigiAmt Desk"),
                          self.tr("DigiAmt Desk %1\n\nReview of applications for the award "
                                  "\"Digitales Amt\".\n\nRegister of municipalities: %2")
                          .replace("%1", __version__).replace("%2", ATTRIBUTION))

