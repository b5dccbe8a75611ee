"""The duplicates dialog: proposed merges with Merge / Merge the other way / Dismiss, and the
merges in force with Undo. Searching runs in the background (quadratic in the titles)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.checks.duplicates import Proposal
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.services import checks as check_service
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.check_detail import DUPLICATE_REASONS, _tr
from digiamt_desk.ui.messages import describe
from digiamt_desk.ui.workers import Job


class DuplicatesDialog(QDialog):
    """Proposed merges with Merge / Merge the other way / Dismiss, and the merges in force
    with Undo. Searching runs in the background (quadratic in the titles)."""

    changed = Signal(list)  # ids of procedures a merge or an undo changed
    loaded = Signal()

    def __init__(self, desk: Desk, application_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.application_id = application_id
        self.proposals: list[Proposal] = []
        self.merges: list[tuple[int, int]] = []
        self._titles: dict[int, str] = {}
        self.job: Job | None = None
        self.setWindowTitle(self.tr("Duplicates"))
        self.resize(900, 560)
        layout = QVBoxLayout(self)
        self.status = QLabel(self.tr("Searching for duplicates…"))
        layout.addWidget(self.status)
        self.proposal_tree = self._tree([self.tr("Keep"), self.tr("Merge into it"),
                                         self.tr("Why")])
        layout.addWidget(self.proposal_tree, 3)
        buttons = QHBoxLayout()
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.swap_button = QPushButton(self.tr("Merge the &other way"))
        self.dismiss_button = QPushButton(self.tr("&Not the same"))
        for button in (self.merge_button, self.swap_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Merged (each counts once):")))
        self.merged_tree = self._tree([self.tr("Kept"), self.tr("Merged")])
        layout.addWidget(self.merged_tree, 2)
        self.undo_button = QPushButton(self.tr("&Undo the merge"))
        layout.addWidget(self.undo_button, 0, Qt.AlignmentFlag.AlignLeft)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.merge_button.clicked.connect(lambda: self.merge_current(swap=False))
        self.swap_button.clicked.connect(lambda: self.merge_current(swap=True))
        self.dismiss_button.clicked.connect(self.dismiss_current)
        self.undo_button.clicked.connect(self.undo_current)
        self.proposal_tree.currentItemChanged.connect(lambda *_: self._enable())
        self.merged_tree.currentItemChanged.connect(lambda *_: self._enable())
        self._enable()
        self.reload()

    @staticmethod
    def _tree(headers: list[str]) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setHeaderLabels(headers)
        tree.setRootIsDecorated(False)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setColumnWidth(0, 300)
        tree.setColumnWidth(1, 300)
        return tree

    def reload(self) -> None:
        """Search again in the background; the lists fill when it is done."""
        desk, app_id = self.desk, self.application_id

        def work(_progress: Callable[[str, int, int], None],
                 _cancelled: Callable[[], bool]) -> tuple[Any, ...]:
            proposals = check_service.duplicate_proposals(desk, app_id)
            merges = check_service.merged_procedures(desk, app_id)
            titles = {p.id: p.title for p in list_procedures(desk, app_id)}
            return proposals, merges, titles

        self.status.setText(self.tr("Searching for duplicates…"))
        self.job = Job(work)
        self.job.signals.finished.connect(self._loaded)
        self.job.signals.failed.connect(self._failed)
        self.job.start()

    def _label(self, procedure_id: int) -> str:
        return f"#{procedure_id} {self._titles.get(procedure_id, '')}"

    def _loaded(self, found: tuple[Any, ...]) -> None:
        if self.job is None or not self.job.owns(self.sender()):
            return
        self.job = None
        self.proposals, self.merges, self._titles = found
        self.proposal_tree.clear()
        for proposal in self.proposals:
            why = _tr(DUPLICATE_REASONS.get(proposal.reason, proposal.reason))
            if proposal.reason == "similar_title":
                why += f" ({proposal.similarity:.0%})"
            item = QTreeWidgetItem([self._label(proposal.keep_id),
                                    self._label(proposal.merge_id), why])
            item.setToolTip(2, proposal.evidence)
            self.proposal_tree.addTopLevelItem(item)
        self.merged_tree.clear()
        for merged, kept in self.merges:
            self.merged_tree.addTopLevelItem(QTreeWidgetItem([self._label(kept),
                                                              self._label(merged)]))
        if self.proposals:
            first = self.proposal_tree.topLevelItem(0)
            if first is not None:
                self.proposal_tree.setCurrentItem(first)
        self.status.setText(self.tr("%n proposal(s)", "", len(self.proposals)))
        self._enable()
        self.loaded.emit()

    def _failed(self, error: Exception) -> None:
        self.job = None
        self.status.setText(self.tr("The search failed: %1").replace("%1", str(error)))

    def _enable(self) -> None:
        has_proposal = self.proposal_tree.currentItem() is not None and self.job is None
        for button in (self.merge_button, self.swap_button, self.dismiss_button):
            button.setEnabled(has_proposal)
        self.undo_button.setEnabled(self.merged_tree.currentItem() is not None
                                    and self.job is None)

    def _current_proposal(self) -> Proposal | None:
        item = self.proposal_tree.currentItem()
        if item is None:
            return None
        row = self.proposal_tree.indexOfTopLevelItem(item)
        return self.proposals[row] if 0 <= row < len(self.proposals) else None

    def _act(self, action: Callable[[], Any], changed: list[int]) -> bool:
        try:
            action()
        except (ReviewError, InputError) as error:
            self.status.setText(describe(error))
            return False
        if changed:
            self.changed.emit(changed)
        self.reload()
        return True

    def merge_current(self, *, swap: bool = False) -> bool:
        proposal = self._current_proposal()
        if proposal is None:
            return False
        keep, merge = proposal.keep_id, proposal.merge_id
        if swap:
            keep, merge = merge, keep
        return self._act(lambda: check_service.merge_duplicate(
            self.desk, self.application_id, keep, merge), [merge])

    def dismiss_current(self) -> bool:
        proposal = self._current_proposal()
        if proposal is None:
            return False
        return self._act(lambda: check_service.dismiss_duplicate(
            self.desk, self.application_id, proposal.keep_id, proposal.merge_id), [])

    def undo_current(self) -> bool:
        item = self.merged_tree.currentItem()
        if item is None:
            return False
        merged, _kept = self.merges[self.merged_tree.indexOfTopLevelItem(item)]
        return self._act(lambda: check_service.unmerge_duplicate(
            self.desk, self.application_id, merged), [merged])


def make_duplicates_dialog(desk: Desk, application_id: int,
                           parent: QWidget | None = None) -> DuplicatesDialog:
    return DuplicatesDialog(desk, application_id, parent)


