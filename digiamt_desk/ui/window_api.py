"""The review window as its parts and add-ons see it: a small interface, not its internals.

The parts (detail pane, summary, review actions, application actions) and the add-ons (checks,
documents, import) are given the window typed as `ReviewWindow`; they never import the window
module, so nothing imports back into it. What an add-on may do: read the open application and
the selection, say that rows changed (the window refreshes rows, counts and the detail), show a
message, add a menu before Help and actions to the table's context menu. Its actions carry an
objectName; the window binds their keys from ui/actions.py.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QObject, SignalInstance
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from digiamt_desk.services.desk import Desk
from digiamt_desk.services.overview import ApplicationView
from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
from digiamt_desk.ui.models import ApplicationsModel
from digiamt_desk.ui.procedure_model import ProcedureTableModel
from digiamt_desk.ui.settings import UserSettings


class ReviewWindow(Protocol):
    desk: Desk
    settings: UserSettings
    application: ApplicationView | None
    ui: Ui_MainWindow
    procedures_model: ProcedureTableModel
    applications_model: ApplicationsModel
    application_opened: SignalInstance
    database_requested: SignalInstance
    # The window's own parts (typed loosely: they are the window's, not an add-on's business).
    summary: Any
    detail: Any
    reviewer_bar: Any
    help_window: Any
    _status_actions: dict[Any, QAction]

    # --- what is open and selected ----------------------------------------------------------
    def current_application_id(self) -> int | None: ...
    def current_procedure_id(self) -> int | None: ...
    def selected_ids(self) -> list[int]: ...
    def title_of(self, procedure_id: int) -> str: ...

    # --- after a change ---------------------------------------------------------------------
    def rows_changed(self, procedure_ids: list[int], *, advance: bool = False,
                     recount: bool = True,
                     undo_state: tuple[bool, bool] | None = None) -> None: ...
    def update_facet_counts(self) -> None: ...
    def show_detail(self) -> None: ...
    def select_procedure(self, procedure_id: int) -> None: ...
    def select_row(self, row: int) -> None: ...
    def reload(self) -> None: ...
    def save_note(self) -> None: ...

    # --- saying something, running a service call -------------------------------------------
    def run(self, action: Callable[[], Any]) -> Any: ...
    def show_status(self, text: str, milliseconds: int = 10000) -> None: ...
    def show_notice(self, text: str) -> None: ...

    # --- menus ------------------------------------------------------------------------------
    def add_menu(self, menu: QMenu) -> None: ...
    def add_context_actions(self, actions: list[QAction]) -> None: ...
    def context_actions(self) -> list[QAction]: ...

    # --- as a QObject (a parent for the parts, tr for their texts) --------------------------
    def tr(self, text: str, disambiguation: str | None = None, n: int = -1) -> str: ...


def as_parent(window: ReviewWindow) -> QObject:
    """The window as the QObject parent of a part."""
    assert isinstance(window, QObject)
    return window


def as_widget(window: ReviewWindow) -> QWidget:
    """The window as the parent widget of a dialog, menu or action."""
    assert isinstance(window, QWidget)
    return window
