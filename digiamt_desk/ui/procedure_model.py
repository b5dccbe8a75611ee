"""The review table's Qt model: a thin adapter over the review engine (engine/review.py).

No `QSortFilterProxyModel`: its per-row calls from C++ into Python cost 2-4 s per filter
keystroke and 86 s per sort at 200,000 rows (shared/design.md, "Measured traps"). The engine
filters and sorts in bulk Python; this model tells the view afterwards (`beginResetModel`/
`endResetModel` for a filter, `layoutAboutToBeChanged`/`layoutChanged` with the persistent
indexes moved for a sort, a targeted `dataChanged` for the rows a change touched) and runs
the engine's idle-time preparation in timer ticks. What a cell shows is
ui/procedure_model_cells.py's business.
"""

from __future__ import annotations

import gc
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)

from digiamt_desk.checks.maturity import LEVELS
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.engine.columns import FIRST_CRITERION, LEAF_COLUMNS
from digiamt_desk.engine.review import ReviewEngine, empty_table
from digiamt_desk.services import checks as check_service
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.table import load_table, reload_rows
from digiamt_desk.ui.models import SORT_ROLE, Index
from digiamt_desk.ui.procedure_model_cells import Cells
from digiamt_desk.ui.table_texts import criterion_columns
from digiamt_desk.ui.table_texts import reason_labels as catalog_reasons

FREEZE_ROWS = 50_000  # from this size on the prepared table's objects are frozen for the GC
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # SORT_ROLE and ROW_ROLE (+1, +2) are models.py's

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_ID = int(ID_ROLE)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _SORT, _ID, _EDIT})
_DESCENDING = Qt.SortOrder.DescendingOrder


def _column(name: str) -> property:
    return property(lambda self: getattr(self.engine.columns, name),
                    doc=f"The {name.lower()} column (after the criteria: it moves with them).")


class ProcedureTableModel(QAbstractTableModel):
    """The procedures of one application as the engine shows them (see the module doc).

    Columns: TITLE, LINK, PROVIDER, LEIKA, one per criterion (`criterion_column`), then
    DECISION ... MATURITY (engine/columns.py). MATURITY is editable: the reviewer's level
    overrides the estimate (an empty value goes back to it)."""

    TITLE, LINK, PROVIDER, LEIKA = range(4)
    FIRST_CRITERION = FIRST_CRITERION
    (DECISION, REASON, NOTE, CHANGED_BY, CHANGED_AT, CHECK, HINTS,
     MATURITY) = map(_column, LEAF_COLUMNS)

    # (visible rows, all rows) after every filter; the facet counts may have changed whenever
    # this or `refreshed` is emitted.
    filterApplied = Signal(int, int)
    # The procedure ids whose rows changed in a refresh.
    refreshed = Signal(list)
    # An edit the services refused (a read-only application): the exception, for a message.
    editRefused = Signal(object)

    def __init__(self, parent: QObject | None = None, *, desk: Desk | None = None) -> None:
        """An empty table; `set_table` shows one (`for_table` does both)."""
        super().__init__(parent)
        self._desk = desk
        self.engine = ReviewEngine()
        self.cells = Cells(self.engine)
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_step)

    @classmethod
    def for_table(cls, desk: Desk, table: ProcedureTable,
                  parent: QObject | None = None) -> ProcedureTableModel:
        """With the catalog's labels (criteria headers, reasons) in the window's language."""
        model = cls(parent, desk=desk)
        model.set_table(table)
        return model

    @classmethod
    def for_application(cls, desk: Desk, application_id: int,
                        parent: QObject | None = None) -> ProcedureTableModel:
        return cls.for_table(desk, load_table(desk, application_id), parent)

    # --- the table ---------------------------------------------------------------------------

    def set_table(self, table: ProcedureTable,
                  criterion_labels: Mapping[str, str] | Sequence[str] | None = None,
                  reason_labels: Mapping[str, str] | None = None, *,
                  desk: Desk | None = None) -> None:
        """Show a table (a newly opened application, or the same after an import). The filter
        and the sort stay as they were, facets the table has no longer are dropped.

        `criterion_labels` (the column headers, by criterion id or in the table's order) and
        `reason_labels` (code -> label): by default the catalog's, in the window's language."""
        if desk is not None:
            self._desk = desk
        catalog = self._desk.catalog() if self._desk is not None else None
        if criterion_labels is None and catalog is not None:
            criterion_labels = criterion_columns(catalog)
        if reason_labels is None and catalog is not None:
            reason_labels = catalog_reasons(catalog)
        if criterion_labels is not None:
            if not isinstance(criterion_labels, Mapping):
                criterion_labels = dict(zip(table.criterion_ids, criterion_labels,
                                            strict=False))
            self.cells.criterion_labels = dict(criterion_labels)
        if reason_labels is not None:
            self.engine.set_reason_labels(reason_labels)
        self.beginResetModel()
        self.engine.set_table(table)
        self.endResetModel()
        if len(table):
            self._prepare_timer.start()
        else:
            self._prepare_timer.stop()
        self.filterApplied.emit(len(self.engine), len(table))

    def clear(self) -> None:
        """No application: no rows."""
        self.set_table(empty_table())

    def reload(self) -> None:
        """Read the whole application again (after an import or an undo of many rows)."""
        self.set_table(load_table(self._need_desk(), self.engine.table.application_id))

    def _need_desk(self) -> Desk:
        if self._desk is None:
            raise RuntimeError("the model was made without a desk (pass desk=...)")
        return self._desk

    def total_count(self) -> int:
        """All procedures of the application, shown or not."""
        return len(self.engine.table)

    @property
    def table(self) -> ProcedureTable:
        return self.engine.table

    def retranslate(self) -> None:
        """Look the texts up again (after the language changed)."""
        self.cells.retranslate()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
        if len(self.engine):
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.engine) - 1,
                                                               self.columnCount() - 1))

    def _prepare_step(self) -> None:
        if self.engine.prepare_step():
            self._prepare_timer.stop()
            if len(self.engine.table) >= FREEZE_ROWS:
                # The table and the window now hold a million objects; a full collection of
                # them all (70-100 ms, measured) would otherwise fall on some later key press.
                # Frozen, they are left out of collections (as ui/checks.py does for a check).
                gc.freeze()

    @property
    def prepared(self) -> bool:
        """True once the idle-time work is done: search texts, facet codes, sort ranks."""
        return self.engine.prepared

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.engine.visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.engine.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Not `super().headerData`: PySide6 6.12 returns its None for other roles without a
        # reference, and the vertical header asks for every painted row until None is freed.
        role = int(role)
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == _DISPLAY else None
        if role not in (_DISPLAY, _TOOLTIP):
            return None
        return self.cells.header(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        visible = self.engine.visible
        if not 0 <= row < len(visible):
            return None
        p = visible[row]
        if role == _DISPLAY:
            return self.cells.display(column, p)
        if role == _ID:
            return self.engine.table.ids[p]
        if role == _SORT:
            return self.engine.keys.key(column, p)
        if role == _EDIT:
            return self.engine.table.maturity_override[p] if column == self.MATURITY else None
        if role == _FOREGROUND:
            return self.cells.foreground(column, p)
        if role == _ALIGN:
            return self.cells.alignment(column)
        return self.cells.tooltip(column, p)

    # --- editing the maturity level ----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._desk is not None and index.column() == self.MATURITY:
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set the reviewer's maturity level (0-4; None or "" goes back to the estimate)."""
        if int(role) != _EDIT or not index.isValid() or index.column() != self.MATURITY or \
                not 0 <= index.row() < len(self.engine):
            return False
        try:
            level = None if value is None or value == "" or value == -1 else int(value)
            if level is not None and level not in LEVELS:
                raise InputError(f"a maturity level is 0 to 4, not {level}")
            procedure_id = self.engine.procedure_id(index.row())
            check_service.set_maturity_override(self._need_desk(),
                                                self.engine.table.application_id,
                                                procedure_id, level)
        except (ReviewError, InputError, ValueError, TypeError) as error:
            self.editRefused.emit(error)
            return False
        self.refresh([procedure_id])
        return True

    # --- sorting and filtering ---------------------------------------------------------------

    def sorted_by(self) -> tuple[int | None, Qt.SortOrder]:
        """The column and order the rows are sorted by now (None: in the order of their ids)."""
        return self.engine.sort_column, (_DESCENDING if self.engine.descending
                                         else Qt.SortOrder.AscendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable: rows with equal keys keep their previous order."""
        if not 0 <= column < self.columnCount():
            return
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        visible = self.engine.visible
        held = [(visible[i.row()], i.column()) for i in persistent]
        self.engine.sort(column, order == _DESCENDING)
        if persistent:
            rows = self.engine.rows_of([p for p, _ in held])
            self.changePersistentIndexList(
                persistent, [self.index(rows[p], c) for p, c in held])
        self.layoutChanged.emit()

    def criterion_column(self, criterion_id: str) -> int:
        """The column of a criterion (ValueError if the table has no such criterion)."""
        return self.engine.columns.criterion_column(criterion_id)

    def column_criterion(self, column: int) -> str | None:
        """The criterion a column shows, None for the other columns."""
        return self.engine.columns.column_criterion(column)

    def facet_names(self) -> list[str]:
        return self.engine.columns.facet_names()

    def facet_title(self, name: str) -> str:
        return self.cells.facet_title(name)

    def facet_value_label(self, name: str, value: str) -> str:
        return self.cells.facet_value_label(name, value)

    def set_filter(self, text: str, facets: Mapping[str, Iterable[str]] | None = None) -> None:
        """Show the rows that match (engine: `ReviewEngine.set_filter`)."""
        self.engine.check_facets(facets or {})  # before the reset: a refusal changes nothing
        self.beginResetModel()
        self.engine.set_filter(text, facets)
        self.endResetModel()
        self.filterApplied.emit(len(self.engine), len(self.engine.table))

    def facet_counts(self) -> dict[str, dict[str, int]]:
        return self.engine.facet_counts()

    @property
    def filter_text(self) -> str:
        return self.engine.text

    @property
    def facets(self) -> dict[str, set[str]]:
        return {name: set(values) for name, values in self.engine.facets.items()}

    # --- rows and review actions -------------------------------------------------------------

    def procedure_id(self, row: int) -> int:
        """The id of the procedure in this row (IndexError if there is no such row)."""
        return self.engine.procedure_id(row)

    def row_of(self, procedure_id: int) -> int | None:
        """The row showing this procedure, None if the filter hides it."""
        return self.engine.row_of(procedure_id)

    def refresh(self, procedure_ids: Iterable[int]) -> list[int]:
        """Read these procedures again after a review action and repaint their rows (which
        stay where they are); returns the ids that changed."""
        desk = self._need_desk()
        positions = self.engine.refresh(
            procedure_ids, lambda table, ids: reload_rows(desk, table, ids))
        if not positions:
            return []
        last = self.columnCount() - 1
        for first, end in self.engine.touched_rows(positions):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        if not self.engine.keys.ranked:
            self._prepare_timer.start()  # the texts changed: ranked again in idle time
        changed = [self.engine.table.ids[p] for p in positions]
        self.refreshed.emit(changed)
        return changed

    def apply_check_results(self, results: Iterable[tuple[int, str, str, int | None]]) -> int:
        """Show results of a running check, handed over as (procedure id, status, hints,
        estimated maturity): no database read on the GUI thread, only the check columns
        repainted. Rows stay where they are. Returns the rows changed."""
        positions = self.engine.apply_check_results(results)
        if not positions:
            return 0
        for first, end in self.engine.touched_rows(positions):
            self.dataChanged.emit(self.index(first, self.CHECK), self.index(end, self.MATURITY))
        self.refreshed.emit([self.engine.table.ids[p] for p in positions])
        return len(positions)

    def criterion_value(self, procedure_id: int, criterion_id: str) -> bool | None:
        """What is recorded for a criterion of a procedure: met, not met, or None (unset)."""
        return self.engine.criterion_value(procedure_id, criterion_id)

    def next_open_row(self, after_row: int = -1) -> int | None:
        """The next open row below `after_row`, from the top again; None if none is open."""
        return self.engine.next_open_row(after_row)

    def decision_counts(self) -> Counter[str]:
        return self.engine.decision_counts()

