"""The review window's set-up once a database is attached: its parts (the applications list,
the procedure table, facets, detail pane, summary, review and application actions, the notice
and the reviewer bar) and its actions wired to them. A companion of ui/main_window.py, which
calls it from `attach`; it never imports the window's module."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from digiamt_desk.domain.review import Status
from digiamt_desk.ui.table_texts import ui_language

if TYPE_CHECKING:  # imported before the database layer is loaded
    from digiamt_desk.services.desk import Desk

NOTICE_STYLE = ("QLabel { background: palette(tool-tip-base); color: palette(tool-tip-text); "
                "border: 1px solid #c77c00; border-radius: 3px; padding: 4px; }")


def build_parts(window: Any, desk: Desk) -> None:
    """The parts that need the database, as attributes of the window."""
    from digiamt_desk.ui.application_actions import ApplicationActions
    from digiamt_desk.ui.applications_pane import ApplicationsPane
    from digiamt_desk.ui.detail_pane import DetailPane
    from digiamt_desk.ui.facets import FacetPane
    from digiamt_desk.ui.procedure_model import ProcedureTableModel
    from digiamt_desk.ui.review_actions import ReviewActions
    from digiamt_desk.ui.reviewer_bar import ReviewerBar
    from digiamt_desk.ui.summary import SummaryBar

    ui = window.ui
    window.applications = ApplicationsPane(ui.applicationsView, ui.emptyHint)
    window.applications_model = window.applications.model
    window.applications.chosen.connect(window.open_application)
    window.procedures_model = ProcedureTableModel(window, desk=desk)
    view = ui.proceduresView
    view.setModel(window.procedures_model)
    view.selectionModel().currentRowChanged.connect(window._current_changed)
    view.doubleClicked.connect(window._double_clicked)
    view.horizontalHeader().setSortIndicatorShown(True)
    view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
    view.customContextMenuRequested.connect(window._show_context_menu)
    window.facets = FacetPane(window.procedures_model, ui.facetTree, ui.filterEdit,
                              ui.onlyOpenCheck, window.current_procedure_id)
    window.facets.applied.connect(window._show_filter_result)
    window.detail = DetailPane(window)
    window.summary = SummaryBar(window)
    window.review = ReviewActions(window)
    window.apps = ApplicationActions(window)
    window.notice = QLabel(window)
    window.notice.setObjectName("noticeLabel")
    window.notice.setWordWrap(True)
    window.notice.setStyleSheet(NOTICE_STYLE)
    window.notice.hide()
    ui.reviewLayout.insertWidget(2, window.notice)
    window.reviewer_bar = ReviewerBar(window.settings, window)
    window.reviewer_bar.named.connect(window._reviewer_named)
    ui.centralLayout.insertWidget(0, window.reviewer_bar)


def connect_actions(window: Any) -> None:
    """The menus' and keys' actions to their handlers; the review keys act on the table."""
    from digiamt_desk.domain.review import Decision

    ui = window.ui
    review = window.review
    triggers: dict[QAction, Callable[[], Any]] = {
        ui.actionNewApplication: window.apps.new_application,
        ui.actionImport: window.apps.open_import,
        ui.actionOpenDatabase: window.apps.choose_database,
        ui.actionSettings: window.apps.open_settings,
        ui.actionQuit: window.close,
        ui.actionUndo: review.undo,
        ui.actionRedo: review.redo,
        ui.actionFindFilter: window.facets.focus,
        ui.actionAccept: lambda: review.decide(Decision.ACCEPTED),
        ui.actionReject: review.reject_selected,
        ui.actionReopen: lambda: review.decide(Decision.OPEN),
        ui.actionCriterion1: lambda: review.toggle_criterion(0),
        ui.actionCriterion2: lambda: review.toggle_criterion(1),
        ui.actionCriterion3: lambda: review.toggle_criterion(2),
        ui.actionNote: window.edit_note,
        ui.actionNextOpen: review.next_open,
        ui.actionOpenLink: review.open_link,
        ui.actionCopyRows: review.copy_rows,
        ui.actionEditApplication: window.apps.edit_application,
        ui.actionReload: window.reload,
        ui.actionHelp: window.apps.show_help,
        ui.actionShortcuts: window.apps.show_shortcuts,
        ui.actionAbout: window.apps.show_about,
    }
    for action, handler in triggers.items():
        action.triggered.connect(lambda _checked=False, h=handler: h())
    ui.actionOnlyOpen.toggled.connect(ui.onlyOpenCheck.setChecked)
    ui.onlyOpenCheck.toggled.connect(window._only_open_toggled)
    # Single-key review shortcuts and Ctrl+C act on the table only, never while typing.
    for action in (ui.actionAccept, ui.actionReject, ui.actionReopen, ui.actionCriterion1,
                   ui.actionCriterion2, ui.actionCriterion3, ui.actionNote,
                   ui.actionOpenLink, ui.actionCopyRows):
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        ui.proceduresView.addAction(action)
    criteria = window.desk.catalog().criteria
    for action, criterion in zip((ui.actionCriterion1, ui.actionCriterion2,
                                  ui.actionCriterion3), criteria, strict=False):
        action.setText(QCoreApplication.translate("MainWindow", "Toggle: %1")
                       .replace("%1", criterion.label(ui_language())))
        action.setToolTip(criterion.help(ui_language()))


def status_menu(window: Any) -> dict[Status, QAction]:
    """Application › Set status, one entry a status."""
    from digiamt_desk.ui.models import status_label

    menu = window.ui.menuApplication.addMenu(
        QCoreApplication.translate("MainWindow", "Set &status"))
    actions: dict[Status, QAction] = {}
    for status in Status:
        action = menu.addAction(status_label(status))
        action.triggered.connect(lambda _checked=False, s=status: window.apps.set_status(s))
        actions[status] = action
    return actions
