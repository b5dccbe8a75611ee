"""Team mode in the review window: Approve, Assign, Take along / Bring back, the "Mine" filter,
rows others changed reloaded from the server, and the versions the reviewer saw.

`install_team(window)` adds all of it to a MainWindow (one call at the end of its set-up);
`TeamHooks.expected_versions(ids)` gives the window's decisions the versions the reviewer saw, so a
decision based on a stale row is refused with the newer value (services/review.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QModelIndex, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import applications, approval, assignment, offline, overview, team
from digiamt_desk.services.safety import DBAPIError, StoreError, server_refusal
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.workers import Job

if TYPE_CHECKING:
    from digiamt_desk.ui.main_window import MainWindow

translate = QCoreApplication.translate
POLL_MS = 3000  # rows others changed show within a few seconds
_MANY_ROWS = 2000  # a dataChanged over more rows re-reads every version at once


def ask_server_url(parent: QWidget | None) -> str | None:
    """Connect to team server: the URL of the team's database (no password in it needed)."""
    url, ok = QInputDialog.getText(
        parent, translate("TeamMode", "Connect to team server"),
        translate("TeamMode",
                  "Address of the team database (the password is asked for when needed):"),
        QLineEdit.EchoMode.Normal, "postgresql://login@server/digiamt")
    url = url.strip()
    return url if ok and url else None


def ask_password(parent: QWidget | None, where: str) -> str | None:
    password, ok = QInputDialog.getText(
        parent, translate("TeamMode", "Password"),
        translate("TeamMode", "Password for %1:").replace("%1", where),
        QLineEdit.EchoMode.Password)
    return password if ok else None


class TeamHooks(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.seen: dict[int, int] = {}  # procedure id -> the version the table shows
        self._marker = 0  # the newest change set of the open application already shown
        self._application_versions: dict[int, int] = {}
        ui = window.ui
        self.connect_action = self._action(translate("TeamMode", "Connect to &team server…"),
                                           "actionConnectTeam", self.connect_server)
        self.take_action = self._action(translate("TeamMode", "&Take along for offline work…"),
                                        "actionTakeAlong", self.take_along)
        self.bring_action = self._action(translate("TeamMode", "&Bring back from offline work…"),
                                         "actionBringBack", self.bring_back)
        anchor = ui.actionImport if ui.actionImport in ui.menuFile.actions() else None
        for action in (self.connect_action, self.take_action, self.bring_action):
            if anchor is None:
                ui.menuFile.addAction(action)
            else:
                ui.menuFile.insertAction(anchor, action)
        if anchor is not None:
            ui.menuFile.insertSeparator(anchor)
        ui.menuApplication.addSeparator()
        self.approve_action = self._action(translate("TeamMode", "&Approve decision (four eyes)…"),
                                           "actionApprove", self.approve)
        self.assign_action = self._action(translate("TeamMode", "Assi&gn to…"), "actionAssign",
                                          self.assign)
        self.four_eyes_action = self._action(
            translate("TeamMode", "&Four eyes: decisions need a second person's approval"),
            "actionFourEyes", self.toggle_four_eyes)
        self.four_eyes_action.setCheckable(True)
        ui.menuApplication.addActions([self.approve_action, self.assign_action,
                                       self.four_eyes_action])
        self.mine_check = QCheckBox(translate("TeamMode", "Mine"), window)
        self.mine_check.setObjectName("mineCheck")
        self.mine_check.setToolTip(translate("TeamMode", "Only the applications assigned to me"))
        self.mine_check.toggled.connect(lambda _on: self.apply_mine())
        holder = ui.applicationsView.parentWidget()
        parent_layout = holder.layout() if holder is not None else None
        if parent_layout is not None:
            parent_layout.addWidget(self.mine_check)
        # Who an application is assigned to matters on a team server only: one person's
        # database keeps the list narrow enough to read without scrolling.
        ui.applicationsView.setColumnHidden(window.applications_model.ASSIGNEE,
                                            not self._server())
        window.applications_model.modelReset.connect(self.apply_mine)
        window.applications_model.layoutChanged.connect(self.apply_mine)
        window.application_opened.connect(self._opened)
        window.procedures_model.dataChanged.connect(self._rows_changed)
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()
        ui.menuApplication.aboutToShow.connect(self.update_actions)
        ui.menuFile.aboutToShow.connect(self.update_actions)
        self.update_actions()
        if window.application is not None and window.application.id is not None:
            self._opened(window.application.id)

    def _action(self, text: str, name: str, handler: Any) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: handler())
        return action

    # --- state ---------------------------------------------------------------------------------

    def expected_versions(self, procedure_ids: list[int]) -> dict[int, int] | None:
        """The versions of these rows as the window shows them (None outside team mode)."""
        if not self._server():
            return None
        return {pid: self.seen[pid] for pid in procedure_ids if pid in self.seen}

    def _server(self) -> bool:
        return team.is_server(self.window.desk)

    def _application_id(self) -> int | None:
        application = self.window.application
        return application.id if application is not None else None

    def update_actions(self) -> None:
        server = self._server()
        has_application = self._application_id() is not None
        self.take_action.setEnabled(server and has_application)
        self.bring_action.setEnabled(server)
        self.assign_action.setEnabled(has_application and not self.window.desk.read_only)
        decision = (approval.current_decision(self.window.desk, self._application_id() or 0)
                    if has_application else None)
        self.approve_action.setEnabled(decision is not None and not decision.approved
                                       and approval.four_eyes_on(self.window.desk))
        self.mine_check.setVisible(server)
        desk = self.window.desk
        self.four_eyes_action.setVisible(not team.is_team(desk))  # a team always has them
        self.four_eyes_action.setEnabled(not desk.read_only)
        self.four_eyes_action.setChecked(approval.four_eyes_on(desk))

    def _opened(self, application_id: int) -> None:
        # The versions matter on a server only (expected_versions, the poll): one person's
        # SQLite file reads none (at 200,000 procedures that was half a second each time).
        if self._server():
            self.seen = team.procedure_versions(self.window.desk, application_id)
            self._marker = team.newest_change(self.window.desk, application_id)
        self.update_actions()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_roles: Any) -> None:
        application_id = self._application_id()
        if application_id is None or not top.isValid() or not self._server():
            return
        model = self.window.procedures_model
        rows = range(top.row(), bottom.row() + 1)
        if len(rows) > _MANY_ROWS:
            self.seen = team.procedure_versions(self.window.desk, application_id)
            return
        ids = [model.procedure_id(row) for row in rows]
        self.seen.update(team.procedure_versions(self.window.desk, application_id, ids))

    def apply_mine(self) -> None:
        view = self.window.ui.applicationsView
        model = self.window.applications_model
        me = self.window.desk.reviewer
        only_mine = self.mine_check.isChecked() and self._server()
        for row in range(model.rowCount()):
            view.setRowHidden(row, only_mine and model.row_at(row).application.assignee != me)
        selected = view.selectionModel().selectedRows()
        if selected and view.isRowHidden(selected[0].row()):
            visible = [r for r in range(model.rowCount()) if not view.isRowHidden(r)]
            if visible:
                view.selectRow(visible[0])

    # --- the poll: what others changed ---------------------------------------------------------

    def poll(self) -> None:
        window = self.window
        if not self._server() or not window.isVisible():
            return
        try:
            versions = team.application_versions(window.desk)
            if self._application_versions and versions != self._application_versions:
                window.applications_model.refresh_rows(
                    applications.list_applications(window.desk))
                self.apply_mine()
            self._application_versions = versions
            application_id = self._application_id()
            if application_id is None:
                return
            marker, changed = team.changed_since(window.desk, application_id, self._marker)
            self._marker = marker
            if changed or versions.get(application_id) != getattr(window.application,
                                                                   "version", None):
                self.refresh(changed)
        except (StoreError, OSError) as exc:  # the server is away: say so, keep polling
            window.statusBar().showMessage(translate(
                "TeamMode", "Team server not reachable: %1").replace("%1", str(exc)), POLL_MS)

    def refresh(self, changed: list[int] | None) -> None:
        """Show what the server holds now: the rows named (None: the whole application), the
        application's status, counts and its row in the list. A note being typed is saved
        first, so nothing typed is lost."""
        window = self.window
        window.save_note()
        application_id = self._application_id()
        if application_id is None or changed is None:
            window.reload()
            if application_id is not None:
                window.open_application(application_id)
            return
        current = window.current_procedure_id()
        if window.ui.noteEdit.hasFocus() and current not in changed:
            # The reviewer is typing a note on a row nobody else touched: leave the field be.
            window.procedures_model.refresh(changed)
            window.application = overview.application_view(window.desk, application_id)
            window.summary.update()
            window.update_facet_counts()
            return
        window.rows_changed(changed)

    # --- actions -------------------------------------------------------------------------------

    def _refuse(self, exc: Exception) -> None:
        QMessageBox.warning(self.window, translate("TeamMode", "Not possible"), describe(exc))

    def connect_server(self) -> None:
        url = ask_server_url(self.window)
        if url:
            self.window.database_requested.emit(url)

    def approve(self) -> None:
        application_id = self._application_id()
        if application_id is None:
            return
        decision = approval.current_decision(self.window.desk, application_id)
        if decision is None:
            return
        note, ok = QInputDialog.getText(
            self.window, translate("TeamMode", "Approve decision"),
            translate("TeamMode", "Approve the decision '%1' made by %2? Note (optional):").replace(
                "%1", decision.status).replace("%2", decision.decided_by))
        if not ok:
            return
        try:
            approved = approval.approve(self.window.desk, application_id, note)
        except (ReviewError, InputError) as exc:
            self._refuse(exc)
            return
        self.window.statusBar().showMessage(translate("TeamMode", "Approved by %1").replace(
            "%1", approved.approved_by or ""), 10000)
        self.refresh([])
        self.update_actions()

    def toggle_four_eyes(self) -> None:
        """The one-person setting (on a team server four eyes are always on)."""
        on = self.four_eyes_action.isChecked()
        self.window.desk.set_setting(approval.FOUR_EYES_SETTING, "on" if on else "off")
        self.update_actions()

    def assign(self) -> None:
        application_id = self._application_id()
        application = self.window.application
        if application_id is None or application is None:
            return
        name, ok = QInputDialog.getText(
            self.window, translate("TeamMode", "Assign"),
            translate("TeamMode", "Assign to (login; empty for nobody):"),
            QLineEdit.EchoMode.Normal, application.assignee or self.window.desk.reviewer)
        if not ok:
            return
        try:
            assignment.assign(self.window.desk, application_id, name)
        except (ReviewError, InputError) as exc:
            self._refuse(exc)
            return
        self.refresh([])

    def take_along(self) -> None:
        application_id = self._application_id()
        if application_id is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self.window, translate("TeamMode", "Take along for offline work"), "",
            translate("TeamMode", "DigiAmt offline files (*.sqlite);;All files (*)"))
        if not name:
            return
        desk = self.window.desk
        self._in_background(translate("TeamMode", "Taking the application along…"),
                            lambda: offline.checkout(desk, [application_id], Path(name)),
                            translate("TeamMode", "Taken along to %1: open that file on the "
                                      "laptop.").replace("%1", name))

    def bring_back(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.window, translate("TeamMode", "Bring back from offline work"), "",
            translate("TeamMode", "DigiAmt offline files (*.sqlite);;All files (*)"))
        if not name:
            return
        desk = self.window.desk
        self._in_background(translate("TeamMode", "Bringing the changes back…"),
                            lambda: offline.checkin(desk, Path(name)), None)

    def _in_background(self, label: str, work: Any, done_message: str | None) -> None:
        """One transaction on the server, off the GUI thread; it lands whole or not at all."""
        progress = QProgressDialog(label, "", 0, 0, self.window)
        progress.setCancelButton(None)  # a check-in is one transaction: it is not cut short
        progress.setMinimumDuration(300)
        job = Job(lambda _progress, _cancelled: work())

        def finished(result: Any) -> None:
            progress.close()
            message = done_message
            if isinstance(result, offline.CheckinReport):
                message = translate(
                    "TeamMode", "Brought back. Changes sent: %1; already there: %2.").replace(
                    "%1", str(result.change_sets)).replace("%2", str(result.already_there))
            self.window.statusBar().showMessage(message or "", 15000)
            self.refresh(None)
            self.update_actions()

        def failed(exc: BaseException) -> None:
            progress.close()
            if isinstance(exc, DBAPIError):  # the server's own guard or grant said no
                exc = StoreError(server_refusal(exc))
            self._refuse(exc if isinstance(exc, Exception) else RuntimeError(str(exc)))

        job.signals.finished.connect(finished)
        job.signals.failed.connect(failed)
        job.start()


def install_team(window: MainWindow) -> TeamHooks:
    return TeamHooks(window)


