"""The filter side of the review window: the filter field, "only open", and the facet tree with
counts. It tells the procedure model what to show; the window hears `applied` afterwards."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QLineEdit, QTreeWidget, QTreeWidgetItem

from digiamt_desk.ui.procedure_model import ProcedureTableModel

FACET_ROLE = Qt.ItemDataRole.UserRole + 1


class FacetPane(QObject):
    applied = Signal(object)  # a new filter result is shown; the procedure current before

    def __init__(self, model: ProcedureTableModel, tree: QTreeWidget, edit: QLineEdit,
                 only_open: QCheckBox, current: Callable[[], int | None]) -> None:
        super().__init__(tree)
        self.model = model
        self._current = current
        self.tree = tree
        self.edit = edit
        self.only_open = only_open
        self._building = False
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.apply)
        edit.textChanged.connect(self._timer.start)
        only_open.toggled.connect(self._only_open_toggled)
        tree.itemChanged.connect(self._changed)

    def _groups(self) -> Iterator[tuple[QTreeWidgetItem, str]]:
        root = self.tree.invisibleRootItem()
        for i in range(root.childCount()):
            group = root.child(i)
            if group is not None:
                yield group, str(group.data(0, FACET_ROLE))

    @staticmethod
    def _values(group: QTreeWidgetItem) -> Iterator[tuple[QTreeWidgetItem, str]]:
        for j in range(group.childCount()):
            child = group.child(j)
            if child is not None:
                yield child, str(child.data(0, FACET_ROLE))

    def selection(self) -> dict[str, set[str]]:
        facets: dict[str, set[str]] = {}
        for group, name in self._groups():
            chosen = {value for child, value in self._values(group)
                      if child.checkState(0) == Qt.CheckState.Checked}
            if chosen:
                facets[name] = chosen
        return facets

    def rebuild(self) -> None:
        """The facet tree with counts; checked values stay checked."""
        previous = self.selection()
        counts = self.model.facet_counts()
        self._building = True
        self.tree.clear()
        for name, values in counts.items():
            group = QTreeWidgetItem(self.tree, [self.model.facet_title(name)])
            group.setData(0, FACET_ROLE, name)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            for value, count in values.items():
                label = self.model.facet_value_label(name, value)
                child = QTreeWidgetItem(group, [f"{label} ({count})"])
                child.setData(0, FACET_ROLE, value)
                child.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                child.setCheckState(0, Qt.CheckState.Checked if value in previous.get(name, ())
                                    else Qt.CheckState.Unchecked)
            group.setExpanded(True)
        self._building = False

    def update_counts(self) -> None:
        counts = self.model.facet_counts()
        self._building = True
        for group, name in self._groups():
            for child, value in self._values(group):
                label = self.model.facet_value_label(name, value)
                child.setText(0, f"{label} ({counts.get(name, {}).get(value, 0)})")
        self._building = False

    def _changed(self, item: QTreeWidgetItem, _column: int) -> None:
        if self._building:
            return
        parent = item.parent()
        if parent is not None and parent.data(0, FACET_ROLE) == "decision":
            chosen = self.selection().get("decision", set())
            self.only_open.blockSignals(True)
            self.only_open.setChecked(chosen == {"open"})
            self.only_open.blockSignals(False)
        self.apply()

    def _only_open_toggled(self, checked: bool) -> None:
        self._building = True
        for group, name in self._groups():
            if name != "decision":
                continue
            for child, value in self._values(group):
                on = checked and value == "open"
                child.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self._building = False
        self.apply()

    def apply(self) -> None:
        current = self._current()
        self.model.set_filter(self.edit.text(), self.selection())
        self.applied.emit(current)

    def focus(self) -> None:
        self.edit.setFocus()
        self.edit.selectAll()
