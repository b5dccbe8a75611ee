"""The summary above and below the procedure table: the applicant, counted / threshold, the
verdict, the status, and which actions an application allows (a decided one is read-only until
reopened, a damaged database altogether). An add-on may add a state that stays visible (the
link check's "no network") until it clears it."""

from __future__ import annotations

import html
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from digiamt_desk.domain.review import Status, Summary
from digiamt_desk.services import overview, review
from digiamt_desk.ui.models import status_label
from digiamt_desk.ui.window_api import ReviewWindow, as_parent, as_widget


class SummaryBar(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(as_parent(window))
        self.window = window
        self.state_label = QLabel(as_widget(window))
        self.state_label.setObjectName("checkStateLabel")
        self.state_label.setWordWrap(True)
        self.state_label.hide()
        window.ui.summaryLayout.insertWidget(3, self.state_label)
        self.current: Summary | None = None  # of the open application

    def _summary(self, recount: bool, listed: Summary | None = None) -> Summary | None:
        window = self.window
        app = window.application
        if app is None:
            self.current = None
        elif listed is not None:
            self.current = listed
        elif recount or self.current is None:
            self.current = overview.summary_of(window.desk, app.id)
        else:
            model = window.procedures_model
            counts = model.decision_counts()
            self.current = replace(
                self.current, status=Status(app.status), procedures=model.total_count(),
                accepted=counts["accepted"], rejected=counts["rejected"], open=counts["open"])
        if self.current is not None and app is not None:
            window.applications_model.update_summary(app.id, self.current)
        return self.current

    def set_state(self, text: str) -> None:
        """A state shown in the summary until cleared with an empty text."""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def update(self, *, recount: bool = True,
               undo_state: tuple[bool, bool] | None = None,
               listed: Summary | None = None) -> None:
        """Show the open application's summary. `recount=False` after a review action takes
        the counts from the table in memory (a few ms at 200,000 rows, not a query over them);
        `undo_state` (can undo, can redo) spares replaying the history when it is known;
        `listed`: the summary the applications' list counted just now (on start)."""
        window, ui = self.window, self.window.ui
        app = window.application
        desk = window.desk
        editable = app is not None and not Status(app.status).is_final and not desk.read_only
        for action in (ui.actionAccept, ui.actionReject, ui.actionReopen, ui.actionCriterion1,
                       ui.actionCriterion2, ui.actionCriterion3, ui.actionNote,
                       ui.actionUndo, ui.actionRedo):
            action.setEnabled(editable)
        window.detail.note.set_editable(editable)
        ui.actionEditApplication.setEnabled(editable)
        for status, action in window._status_actions.items():
            action.setEnabled(app is not None and status.value != app.status
                              and not desk.read_only)
        s = self._summary(recount, listed)
        if app is None or s is None:
            ui.applicantLabel.clear()
            ui.countedBar.setRange(0, 1)
            ui.countedBar.setValue(0)
            ui.countedBar.setFormat("")
            ui.verdictLabel.clear()
            ui.statusLabel.clear()
            return
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
        if not editable:
            undo_state = (False, False)
        elif undo_state is None:
            undo_state = review.can_undo_redo(desk, app.id)
        ui.actionUndo.setEnabled(undo_state[0])
        ui.actionRedo.setEnabled(undo_state[1])
