"""The review window: applications, the procedure table with filters, the detail pane.

Every review action goes through the services and is saved at once; the table is refreshed for
the rows that changed only, so the window stays quick with 200,000 procedures.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, QSettings, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDesktopServices,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from digiamt_desk import __version__
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import ProcedureView, list_procedures, source_rows
from digiamt_desk.services.register import ATTRIBUTION
from digiamt_desk.services.table import load_table
from digiamt_desk.store.tables import Application
from digiamt_desk.ui import detail
from digiamt_desk.ui.dialogs import (
    make_application_dialog,
    make_reject_dialog,
    make_settings_dialog,
)
from digiamt_desk.ui.forms.ui_main_window import Ui_MainWindow
from digiamt_desk.ui.messages import describe, describe_blockers
from digiamt_desk.ui.models import ApplicationsModel, status_label
from digiamt_desk.ui.procedure_model import ProcedureTableModel
from digiamt_desk.ui.settings import UserSettings

FACET_ROLE = Qt.ItemDataRole.UserRole + 1


class MainWindow(QMainWindow):
    database_requested = Signal(str)
    application_opened = Signal(int)

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = UserSettings.load()
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        self.application: Application | None = None
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)  # type: ignore[no-untyped-call]
        ui = self.ui
        self.applications_model = ApplicationsModel(self)
        ui.applicationsView.setModel(self.applications_model)
        ui.applicationsView.sortByColumn(ApplicationsModel.NAME, Qt.SortOrder.AscendingOrder)
        ui.applicationsView.selectionModel().selectionChanged.connect(self._application_selected)
        self.procedures_model = ProcedureTableModel(self, desk=desk)
        ui.proceduresView.setModel(self.procedures_model)
        ui.proceduresView.selectionModel().currentRowChanged.connect(self._current_changed)
        ui.proceduresView.doubleClicked.connect(self._double_clicked)
        ui.detailTabs.currentChanged.connect(lambda _index: self._show_source())
        ui.proceduresView.horizontalHeader().setSortIndicatorShown(True)
        self._filter_timer = QTimer(self, singleShot=True, interval=0)
        self._filter_timer.timeout.connect(self._apply_filter)
        ui.filterEdit.textChanged.connect(self._filter_timer.start)
        ui.onlyOpenCheck.toggled.connect(self._only_open_toggled)
        ui.facetTree.itemChanged.connect(self._facet_changed)
        self._note_timer = QTimer(self, singleShot=True, interval=1200)
        self._note_timer.timeout.connect(self._save_note)
        ui.noteEdit.textChanged.connect(self._note_edited)
        # (application, procedure) whose note the field shows; saved only when edited.
        self._note_target: tuple[int, int] | None = None
        self._note_dirty = False
        self._building_facets = False
        self._connect_actions()
        self._status_menu()
        ui.mainSplitter.setStretchFactor(0, 0)
        ui.mainSplitter.setStretchFactor(1, 1)
        ui.mainSplitter.setStretchFactor(2, 0)
        ui.mainSplitter.setSizes([300, 900, 380])
        self._default_columns_pending = True
        self._restore_layout()
        from digiamt_desk.ui.documents_menu import install_documents_menu

        self.documents_menu = install_documents_menu(self)
        from digiamt_desk.ui.awarding_export import install_awarding_and_export

        self.export_actions = install_awarding_and_export(self)  # confirm awarding; export
        from digiamt_desk.ui.checks import install_checks

        self.checks = install_checks(self)  # Checks menu: link check, duplicates (issue 6)
        from digiamt_desk.ui.shared_links import install_shared_links

        self.shared_links = install_shared_links(self)  # Checks › Shared links… (issue 10)
        from digiamt_desk.ui.publication import install_publication

        # Publish list, Reports (statistics, candidates), Checks › Re-check awarded (issue 15)
        self.publication = install_publication(self)
        self.reload()
        from digiamt_desk.ui.team import install_team

        self.team = install_team(self)  # team server: approve, assign, offline, poll (issue 13)
        ui.proceduresView.setFocus()  # a reviewer can press A or R at once

    # --- set-up ------------------------------------------------------------------------------

    def _connect_actions(self) -> None:
        ui = self.ui
        triggers: dict[QAction, Callable[[], Any]] = {
            ui.actionNewApplication: self.new_application,
            ui.actionImport: self.open_import,
            ui.actionOpenDatabase: self._choose_database,
            ui.actionSettings: self.open_settings,
            ui.actionQuit: self.close,
            ui.actionUndo: self.undo,
            ui.actionRedo: self.redo,
            ui.actionFindFilter: self._focus_filter,
            ui.actionAccept: lambda: self.decide(Decision.ACCEPTED),
            ui.actionReject: self.reject_selected,
            ui.actionReopen: lambda: self.decide(Decision.OPEN),
            ui.actionCriterion1: lambda: self.toggle_criterion(0),
            ui.actionCriterion2: lambda: self.toggle_criterion(1),
            ui.actionCriterion3: lambda: self.toggle_criterion(2),
            ui.actionNote: self.edit_note,
            ui.actionNextOpen: self.next_open,
            ui.actionOpenLink: self.open_link,
            ui.actionEditApplication: self.edit_application,
            ui.actionReload: self.reload,
            ui.actionAbout: self.show_about,
        }
        for action, handler in triggers.items():
            action.triggered.connect(lambda _checked=False, h=handler: h())
        ui.actionRedo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        ui.actionOnlyOpen.toggled.connect(ui.onlyOpenCheck.setChecked)
        # Single-key review shortcuts act on the table only, never while typing in a field.
        review_actions = (ui.actionAccept, ui.actionReject, ui.actionReopen, ui.actionCriterion1,
                          ui.actionCriterion2, ui.actionCriterion3, ui.actionNote,
                          ui.actionOpenLink)
        for action in review_actions:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            ui.proceduresView.addAction(action)
        criteria = self.desk.catalog().criteria
        for action, criterion in zip((ui.actionCriterion1, ui.actionCriterion2,
                                      ui.actionCriterion3), criteria, strict=False):
            action.setText(self.tr("Toggle: %1").replace("%1", criterion.label_de))
            action.setToolTip(criterion.help_de)

    def _status_menu(self) -> None:
        menu = self.ui.menuApplication.addMenu(self.tr("Set &status"))
        self._status_actions: dict[Status, QAction] = {}
        for status in Status:
            action = menu.addAction(status_label(status))
            action.triggered.connect(lambda _checked=False, s=status: self.set_status(s))
            self._status_actions[status] = action

    # --- applications ------------------------------------------------------------------------

    def reload(self) -> None:
        selected = self.application.id if self.application else None
        rows = applications.list_applications(self.desk)
        self.applications_model.set_rows(rows)
        header = self.ui.applicationsView.horizontalHeader()
        self.applications_model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self.ui.applicationsView.resizeColumnsToContents()
        self.ui.emptyHint.setVisible(not rows)
        self.setWindowTitle(f"DigiAmt Desk – {Path(self.desk.location).name}")
        position = next((i for i in range(self.applications_model.rowCount())
                         if self.applications_model.row_at(i).application.id == selected), 0)
        if rows:
            self.ui.applicationsView.selectRow(position)
        else:
            self.open_application(None)

    def _application_selected(self, _selected: QItemSelection, _old: QItemSelection) -> None:
        rows = self.ui.applicationsView.selectionModel().selectedRows()
        if rows:
            item = self.applications_model.row_at(rows[0].row())
            self.open_application(item.application.id)

    def open_application(self, application_id: int | None) -> None:
        self._save_note()
        if application_id is None:
            self.application = None
            self.procedures_model.clear()
            self._update_summary()
            self._show_detail()
            return
        with self.desk.session() as session:
            self.application = session.get(Application, application_id)
        table = load_table(self.desk, application_id)
        labels = [c.column_de for c in self.desk.catalog().criteria]
        self.procedures_model.set_table(table, labels, self._reason_labels(), desk=self.desk)
        self._rebuild_facets()
        self._show_filter_result(None)  # set_table applied the filter already
        self._default_columns()
        self._update_summary()
        if self.procedures_model.rowCount():
            first = self.procedures_model.next_open_row(-1)
            self._select_row(first if first is not None else 0)
        else:
            self._show_detail()
        self.application_opened.emit(application_id)

    def _default_columns(self) -> None:
        """Until the reviewer arranges the columns: decision and reason next to the title,
        sized to fit; a saved arrangement is restored instead."""
        if not self._default_columns_pending or not self.procedures_model.columnCount():
            return
        self._default_columns_pending = False
        view = self.ui.proceduresView
        header = view.horizontalHeader()
        model = self.procedures_model
        for target, column in enumerate((model.TITLE, model.DECISION, model.REASON)):
            header.moveSection(header.visualIndex(column), target)
        widths = {model.TITLE: 360, model.LINK: 220, model.DECISION: 110, model.REASON: 180,
                  model.PROVIDER: 90, model.LEIKA: 130, model.NOTE: 200}
        for column in range(model.columnCount()):
            view.setColumnWidth(column, widths.get(column, 105))

    def _reason_labels(self) -> dict[str, str]:
        return {r.code: r.label_de for r in self.desk.catalog().rejection_reasons}

    def _update_summary(self) -> None:
        ui = self.ui
        app = self.application
        # A decided application is read-only until reopened; a damaged database altogether.
        editable = app is not None and not Status(app.status).is_final and not self.desk.read_only
        for action in (ui.actionAccept, ui.actionReject, ui.actionReopen, ui.actionCriterion1,
                       ui.actionCriterion2, ui.actionCriterion3, ui.actionNote,
                       ui.actionUndo, ui.actionRedo):
            action.setEnabled(editable)
        ui.noteEdit.setReadOnly(not editable)
        ui.actionEditApplication.setEnabled(editable)
        for status, action in self._status_actions.items():
            action.setEnabled(app is not None and status.value != app.status
                              and not self.desk.read_only)
        if app is None:
            ui.applicantLabel.clear()
            ui.countedBar.setRange(0, 1)
            ui.countedBar.setValue(0)
            ui.countedBar.setFormat("")
            ui.verdictLabel.clear()
            ui.statusLabel.clear()
            return
        s = applications.summary(self.desk, app)
        lock = ""
        if not editable:
            lock = " · " + html.escape(self.tr("read-only, reopen it to change anything"))
        ui.applicantLabel.setText(
            f"<span style='font-size: 15pt; font-weight: bold'>"
            f"{html.escape(app.official_name)}</span>  "
            f"<span>{html.escape(app.kind)} · ARS {app.ars} · {html.escape(app.reference)}"
            f"{lock}</span>")
        ui.countedBar.setRange(0, max(s.threshold, 1))
        ui.countedBar.setValue(min(s.counted, s.threshold))
        ui.countedBar.setFormat(f"{s.counted} / {s.threshold}")
        if s.eligible:
            verdict = self.tr("<b>Eligible</b>: threshold of %1 reached").replace(
                "%1", str(s.threshold))
        else:
            verdict = self.tr("<b>Not yet eligible</b>: %1 missing").replace(
                "%1", str(s.missing))
        open_text = self.tr("%1 open · %2 accepted · %3 rejected").replace(
            "%1", str(s.open)).replace("%2", str(s.accepted)).replace("%3", str(s.rejected))
        ui.verdictLabel.setText(f"{verdict} · {html.escape(open_text)}")
        ui.verdictLabel.setToolTip(self.tr("%1 procedures, %2 merged duplicates, %3 links that "
                                           "are no web address").replace(
            "%1", str(s.procedures)).replace("%2", str(s.duplicates_merged)).replace(
            "%3", str(s.not_online)))
        ui.statusLabel.setText(self.tr("Status: %1").replace("%1", status_label(s.status)))
        undo, redo = review.can_undo_redo(self.desk, app.id) if editable and app.id else (
            False, False)
        ui.actionUndo.setEnabled(undo)
        ui.actionRedo.setEnabled(redo)

    def _refresh_application_row(self) -> None:
        """After a change, the list's counts follow without losing the selection."""
        rows = applications.list_applications(self.desk)
        self.applications_model.refresh_rows(rows)

    # --- filtering ---------------------------------------------------------------------------

    def _facet_groups(self) -> Iterator[tuple[QTreeWidgetItem, str]]:
        root = self.ui.facetTree.invisibleRootItem()
        for i in range(root.childCount()):
            group = root.child(i)
            if group is not None:
                yield group, str(group.data(0, FACET_ROLE))

    @staticmethod
    def _facet_values(group: QTreeWidgetItem) -> Iterator[tuple[QTreeWidgetItem, str]]:
        for j in range(group.childCount()):
            child = group.child(j)
            if child is not None:
                yield child, str(child.data(0, FACET_ROLE))

    def _facet_selection(self) -> dict[str, set[str]]:
        facets: dict[str, set[str]] = {}
        for group, name in self._facet_groups():
            chosen = {value for child, value in self._facet_values(group)
                      if child.checkState(0) == Qt.CheckState.Checked}
            if chosen:
                facets[name] = chosen
        return facets

    def _rebuild_facets(self) -> None:
        """The facet tree with counts; checked values stay checked."""
        previous = self._facet_selection()
        counts = self.procedures_model.facet_counts()
        tree = self.ui.facetTree
        self._building_facets = True
        tree.clear()
        for name, values in counts.items():
            group = QTreeWidgetItem(tree, [self.procedures_model.facet_title(name)])
            group.setData(0, FACET_ROLE, name)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for value, count in values.items():
                label = self.procedures_model.facet_value_label(name, value)
                child = QTreeWidgetItem(group, [f"{label} ({count})"])
                child.setData(0, FACET_ROLE, value)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if value in previous.get(name, ())
                                    else Qt.CheckState.Unchecked)
            group.setExpanded(True)
        self._building_facets = False

    def _update_facet_counts(self) -> None:
        counts = self.procedures_model.facet_counts()
        self._building_facets = True
        for group, name in self._facet_groups():
            for child, value in self._facet_values(group):
                label = self.procedures_model.facet_value_label(name, value)
                child.setText(0, f"{label} ({counts.get(name, {}).get(value, 0)})")
        self._building_facets = False

    def _facet_changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._building_facets:
            return
        parent = item.parent()
        if parent is not None and parent.data(0, FACET_ROLE) == "decision":
            chosen = self._facet_selection().get("decision", set())
            self.ui.onlyOpenCheck.blockSignals(True)
            self.ui.onlyOpenCheck.setChecked(chosen == {"open"})
            self.ui.onlyOpenCheck.blockSignals(False)
        self._apply_filter()

    def _only_open_toggled(self, checked: bool) -> None:
        self.ui.actionOnlyOpen.blockSignals(True)
        self.ui.actionOnlyOpen.setChecked(checked)
        self.ui.actionOnlyOpen.blockSignals(False)
        self._building_facets = True
        for group, name in self._facet_groups():
            if name != "decision":
                continue
            for child, value in self._facet_values(group):
                on = checked and value == "open"
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._building_facets = False
        self._apply_filter()

    def _apply_filter(self) -> None:
        current = self._current_id()
        self.procedures_model.set_filter(self.ui.filterEdit.text(), self._facet_selection())
        self._show_filter_result(current)

    def _show_filter_result(self, current: int | None) -> None:
        self._update_facet_counts()
        shown = self.procedures_model.rowCount()
        total = self.procedures_model.total_count()
        self.ui.visibleCountLabel.setText(
            self.tr("%1 of %2 shown").replace("%1", f"{shown:,}".replace(",", "."))
            .replace("%2", f"{total:,}".replace(",", ".")))
        row = self.procedures_model.row_of(current) if current is not None else None
        if row is not None:
            self._select_row(row)
        elif shown:
            self._select_row(0)
        else:
            self._show_detail()

    def _focus_filter(self) -> None:
        self.ui.filterEdit.setFocus()
        self.ui.filterEdit.selectAll()

    # --- the current procedure ---------------------------------------------------------------

    def _current_id(self) -> int | None:
        index = self.ui.proceduresView.currentIndex()
        if not index.isValid():
            return None
        return self.procedures_model.procedure_id(index.row())

    def selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.ui.proceduresView.selectionModel().selectedRows()})
        if not rows:
            current = self._current_id()
            return [current] if current is not None else []
        return [self.procedures_model.procedure_id(r) for r in rows]

    def _select_row(self, row: int) -> None:
        view = self.ui.proceduresView
        index = self.procedures_model.index(row, 0)
        view.setCurrentIndex(index)
        view.selectRow(row)
        view.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._save_note()
        self._show_detail()

    def _show_detail(self) -> None:
        ui = self.ui
        procedure_id = self._current_id()
        procedure = self._procedure(procedure_id) if procedure_id is not None else None
        ui.noteEdit.blockSignals(True)
        if procedure is None:
            ui.detailBrowser.clear()
            ui.sourceBrowser.clear()
            ui.historyBrowser.clear()
            ui.noteEdit.clear()
            self._note_target = None
        else:
            ui.detailBrowser.setHtml(detail.procedure_html(self.desk, procedure)
                                     + self.checks.detail_html(procedure.id))
            self._show_source()
            assert self.application is not None and self.application.id is not None
            ui.historyBrowser.setHtml(detail.history_html(
                review.history(self.desk, self.application.id, procedure.id)))
            ui.noteEdit.setPlainText(procedure.note)
            self._note_target = (self.application.id, procedure.id)
        self._note_dirty = False
        ui.noteEdit.blockSignals(False)

    def _show_source(self) -> None:
        """The source rows, only while their tab is shown: reading them parses the kept source
        (a workbook loads openpyxl, a large list takes a moment), which no other view needs."""
        procedure_id = self._current_id()
        if procedure_id is None or self.ui.detailTabs.currentWidget() is not self.ui.sourceTab:
            self.ui.sourceBrowser.clear()
            return
        try:
            rows = source_rows(self.desk, procedure_id)
        except InputError as exc:  # a stored source too large to unpack (an untrusted file)
            self.ui.sourceBrowser.setPlainText(str(exc))
            return
        self.ui.sourceBrowser.setHtml(detail.source_html(rows))

    def _procedure(self, procedure_id: int) -> ProcedureView | None:
        if self.application is None or self.application.id is None:
            return None
        found = [p for p in list_procedures(self.desk, self.application.id, [procedure_id])]
        return found[0] if found else None

    # --- review actions ----------------------------------------------------------------------

    def _refused_read_only(self) -> bool:
        """A damaged database is not written to: say so in the status bar (no box)."""
        if self.desk.read_only:
            self.statusBar().showMessage(self.tr(
                "This database is open read-only because it is damaged: nothing can be "
                "changed. Restore a backup (File › Restore from a backup)."), 10000)
        return self.desk.read_only

    def _run(self, action: Callable[[], Any]) -> Any:
        """Run a service call; a rule it refuses is shown in plain words, nothing changes."""
        if self._refused_read_only():
            return None
        try:
            return action()
        except (ReviewError, InputError) as exc:
            QMessageBox.warning(self, self.tr("Not possible"), describe(exc))
            return None

    def _after_change(self, procedure_ids: list[int], *, advance: bool) -> None:
        self.procedures_model.refresh(procedure_ids)
        with self.desk.session() as session:
            assert self.application is not None
            self.application = session.get(Application, self.application.id)
        self._update_summary()
        self._update_facet_counts()
        self._refresh_application_row()
        if advance:
            self.next_open()
        else:
            self._show_detail()

    def decide(self, decision: Decision, reason: str = "", text: str = "") -> None:
        ids = self.selected_ids()
        if not ids or self.application is None or self.application.id is None:
            return
        app_id = self.application.id
        from digiamt_desk.ui.team import expected_versions  # stale rows refused (issue 13)

        seen = expected_versions(self, ids)
        result = self._run(lambda: review.decide(self.desk, app_id, ids, decision,
                                                 reason=reason, reason_text=text, expected=seen))
        if result is None:
            return
        message = self.tr("%n procedure(s) changed", "", len(result.changed))
        if result.refused:
            # No modal box: it would break the keyboard flow. The status bar says why.
            pid, why = result.refused[0]
            message += " · " + self.tr("not accepted: %1 (%2)").replace(
                "%1", self._title_of(pid)).replace("%2", describe_blockers(why))
            if len(result.refused) > 1:
                message += " " + self.tr("and %n more", "", len(result.refused) - 1)
        self.ui.statusBar.showMessage(message, 10000)
        self._after_change(result.changed, advance=decision is not Decision.OPEN)

    def _title_of(self, procedure_id: int) -> str:
        row = self.procedures_model.row_of(procedure_id)
        if row is None:
            return f"#{procedure_id}"
        return str(self.procedures_model.index(row, 0).data())

    def reject_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        dialog = make_reject_dialog(self.desk, len(ids), self)
        if dialog.exec():
            self.decide(Decision.REJECTED, dialog.reason_code(), dialog.reason_text())

    def toggle_criterion(self, position: int) -> None:
        criteria = self.desk.catalog().criteria
        ids = self.selected_ids()
        if position >= len(criteria) or not ids or self.application is None:
            return
        criterion = criteria[position]
        current = self._procedure(ids[0])
        value = current.criteria.get(criterion.id) if current else None
        new = True if value is None else (False if value else None)  # unset → met → not met
        app_id = self.application.id
        assert app_id is not None
        result = self._run(lambda: review.set_criterion(self.desk, app_id, ids, criterion.id,
                                                        new))
        if result is not None:
            self._after_change(result.changed, advance=False)

    def edit_note(self) -> None:
        if self._current_id() is None:
            return
        self.ui.detailTabs.setCurrentWidget(self.ui.detailTab)
        self.ui.noteEdit.setFocus()
        self.ui.noteEdit.selectAll()

    def _note_edited(self) -> None:
        if self.desk.read_only:
            return
        self._note_dirty = True
        self._note_timer.start()

    def _save_note(self) -> None:
        self._note_timer.stop()
        if not self._note_dirty or self._note_target is None:
            return
        self._note_dirty = False
        app_id, pid = self._note_target
        text = self.ui.noteEdit.toPlainText()
        result = self._run(lambda: review.set_note(self.desk, app_id, pid, text))
        if result is not None and result.changed and self.application is not None \
                and self.application.id == app_id:
            self.procedures_model.refresh(result.changed)
            self._update_summary()

    def next_open(self) -> None:
        index = self.ui.proceduresView.currentIndex()
        row = self.procedures_model.next_open_row(index.row() if index.isValid() else -1)
        if row is not None:
            self._select_row(row)
        else:
            self._show_detail()
            self.ui.statusBar.showMessage(self.tr("No open procedure left in this view."), 4000)

    def open_link(self) -> None:
        procedure_id = self._current_id()
        procedure = self._procedure(procedure_id) if procedure_id is not None else None
        if procedure is not None and procedure.link_kind == "http":
            QDesktopServices.openUrl(QUrl(procedure.url))

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.column() == ProcedureTableModel.LINK:
            self.open_link()
        else:
            self.edit_note()

    def undo(self) -> None:
        self._undo_redo(review.undo, self.tr("Nothing to undo."))

    def redo(self) -> None:
        self._undo_redo(review.redo, self.tr("Nothing to redo."))

    def _undo_redo(self, action: Callable[[Desk, int], int | None], nothing: str) -> None:
        self._save_note()
        if self.application is None or self.application.id is None:
            return
        app_id = self.application.id
        change = self._run(lambda: action(self.desk, app_id))
        if change is None:
            self.ui.statusBar.showMessage(nothing, 3000)
            return
        self._after_change(review.changed_procedures(self.desk, change), advance=False)

    # --- application-level actions -----------------------------------------------------------

    def set_status(self, status: Status) -> None:
        if self.application is None or self.application.id is None:
            return
        note, ok = QInputDialog.getText(
            self, self.tr("Set status"),
            self.tr("Note for the status \u201c%1\u201d (optional):").replace(
                "%1", status_label(status)))
        if not ok:
            return
        app_id = self.application.id
        if self._run(lambda: applications.set_status(self.desk, app_id, status, note=note)):
            self.reload()

    def new_application(self) -> None:
        if self._refused_read_only():
            return
        dialog = make_application_dialog(self.desk, None, self)
        if dialog.exec() and dialog.application is not None:
            self.application = dialog.application
            self.reload()

    def edit_application(self) -> None:
        if self.application is None:
            return
        dialog = make_application_dialog(self.desk, self.application, self)
        if dialog.exec():
            self.reload()

    def open_import(self, source: str | None = None) -> None:
        from digiamt_desk.ui.import_dialog import make_import_dialog

        if self._refused_read_only():
            return
        key = self.application.ars if self.application is not None else None
        dialog = make_import_dialog(self.desk, self, source=source, applicant_key=key)
        dialog.imported.connect(self._imported)
        dialog.exec()

    def _imported(self, report: Any) -> None:
        with self.desk.session() as session:
            self.application = session.get(Application, report.application_id)
        self.reload()

    def open_settings(self) -> None:
        dialog = make_settings_dialog(self.desk, self.settings, self)
        if dialog.exec() and dialog.language_changed:
            QMessageBox.information(self, self.tr("Language"),
                                    self.tr("The new language applies from the next start."))

    def _choose_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), "", self.tr("DigiAmt databases (*.db);;All files (*)"))
        if path:
            self.database_requested.emit(path)

    def switch_desk(self, desk: Desk) -> None:
        self._save_note()
        self.desk = desk
        if self.settings.reviewer:
            desk.reviewer = self.settings.reviewer
        self.application = None
        self.reload()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About DigiAmt Desk"),
                          self.tr("DigiAmt Desk %1\n\nReview of applications for the award "
                                  "\"Digitales Amt\".\n\nRegister of municipalities: %2")
                          .replace("%1", __version__).replace("%2", ATTRIBUTION))

    # --- drag and drop, window state ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() or u.scheme() in ("http", "https")
                                              for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        urls = event.mimeData().urls()
        if not urls:
            return
        first = urls[0]
        event.acceptProposedAction()
        source = first.toLocalFile() if first.isLocalFile() else first.toString()
        QTimer.singleShot(0, lambda: self.open_import(source))

    def _restore_layout(self) -> None:
        settings = QSettings()
        for key, restore in (
                ("main_window/geometry", self.restoreGeometry),
                ("main_window/state", self.restoreState),
                ("main_window/splitter", self.ui.mainSplitter.restoreState),
                ("main_window/applications_header",
                 self.ui.applicationsView.horizontalHeader().restoreState),
                ("main_window/procedures_header",
                 self.ui.proceduresView.horizontalHeader().restoreState)):
            value = settings.value(key)
            if value is not None:
                restore(value)
                if key == "main_window/procedures_header":
                    self._default_columns_pending = False

    def closeEvent(self, event: QCloseEvent) -> None:
        self._save_note()
        settings = QSettings()
        settings.setValue("main_window/geometry", self.saveGeometry())
        settings.setValue("main_window/state", self.saveState())
        settings.setValue("main_window/splitter", self.ui.mainSplitter.saveState())
        settings.setValue("main_window/applications_header",
                          self.ui.applicationsView.horizontalHeader().saveState())
        settings.setValue("main_window/procedures_header",
                          self.ui.proceduresView.horizontalHeader().saveState())
        super().closeEvent(event)
