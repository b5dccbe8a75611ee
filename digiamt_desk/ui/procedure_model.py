"""The review table: one application's procedures (up to a whole dashboard export, 200,000).

No `QSortFilterProxyModel`: its per-row calls from C++ into Python cost 2-4 s per filter
keystroke and 86 s per sort at this size (shared/design.md, "Measured traps"). This model
filters and sorts in bulk Python over values prepared once, and tells the view afterwards
(`beginResetModel`/`endResetModel` for a filter, `layoutAboutToBeChanged`/`layoutChanged` with
the persistent indexes moved for a sort):

- `_visible` lists the table positions shown, in display order; `data()` only indexes lists.
- Filtering (`set_filter`) runs list comprehensions over the case-folded search texts of the
  table and over one small "facet code" per row (decision, provider, link kind and criteria as
  one int, see `_FacetCodes`), in ascending positions (memory read front to back), then puts
  the result in sort order. Typing on (a word growing) searches only the previous matches.
- Sorting (`sort`) sorts `_order`, all positions, with `list.sort(key=keys.__getitem__)` from
  the previous order (so it is stable across sorts); the shown rows are taken from it in that
  order, and later filters keep it. Keys: case-folded text; decision open < accepted <
  rejected; criteria unset < no < yes; provider municipal < central < unknown; the stored
  UTC time as text. Title, link and LeiKa keys sort by int ranks (`_Ranks`).
- Idle time after the table is shown builds, in timer ticks of a few ms each: the search
  texts, the facet codes, the sort ranks. A filter or sort before that finishes what it needs.

Review actions call `refresh(ids)`: the rows are read again, their cells repainted through a
targeted `dataChanged`. A row that no longer matches the filter STAYS visible (and in its
place) until the filter changes: a reviewer working through "open only" must not see the row
vanish under the cursor (the selection and the keyboard flow stay where they are);
`next_open_row` skips it, `facet_counts` counts it as it now is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import repeat
from operator import add
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
from digiamt_desk.domain.review import ReviewError
from digiamt_desk.engine.facets import (
    CHECK_FACET,
    CHECK_VALUES,
    CRITERION_VALUES,
    DECISION_FACET,
    HINT_VALUES,
    HINTS_FACET,
    IMPORT_FACET,
    IMPORT_VALUES,
    LINK_KIND_FACET,
    PROVIDER_FACET,
    count_facets,
    criterion_facet,
)
from digiamt_desk.engine.facets import CRITERION_RAW as _CRITERION_RAW
from digiamt_desk.engine.facets import FacetCodes as _FacetCodes
from digiamt_desk.engine.ranks import CHECK_ORDER as _CHECK_ORDER
from digiamt_desk.engine.ranks import CRITERION_ORDER as _CRITERION_ORDER
from digiamt_desk.engine.ranks import DECISION_ORDER as _DECISION_ORDER
from digiamt_desk.engine.ranks import PROVIDER_ORDER as _PROVIDER_ORDER
from digiamt_desk.engine.ranks import RANKED as _RANKED
from digiamt_desk.engine.ranks import Ranks as _Ranks
from digiamt_desk.engine.ranks import german_key, german_keys
from digiamt_desk.engine.ranks import maturity_key as _maturity_key
from digiamt_desk.engine.rows import is_matched, next_open_row, rematch
from digiamt_desk.engine.rows import runs as _runs
from digiamt_desk.services import checks as check_service
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.table import (
    SEARCH_CHUNK,
    ProcedureTable,
    build_search_texts,
    ensure_check_columns,
    load_table,
    reload_rows,
)
from digiamt_desk.ui.models import SORT_ROLE, Index
from digiamt_desk.ui.table_texts import (
    _BROKEN,
    _CRITERION_TEXTS,
    _CRITERION_VALUE_TEXTS,
    _DECISION_TEXTS,
    _ESTIMATED,
    _FACET_TITLES,
    _HEADERS,
    _LINK_KIND_TEXTS,
    _NOT_WEB,
    _PROVIDER_FACET_TEXTS,
    _PROVIDER_TEXTS,
    ACCEPTED_COLOUR,
    BROKEN_COLOUR,
    CHECK_TEXTS,
    HINT_TEXTS,
    IMPORT_HINT_TEXTS,
    NOT_WEB_COLOUR,
    REJECTED_COLOUR,
    _tr,
    local_time,
)

ID_ROLE = Qt.ItemDataRole.UserRole + 3  # SORT_ROLE and ROW_ROLE (+1, +2) are models.py's

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ALIGN = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_SORT = int(SORT_ROLE)
_ID = int(ID_ROLE)
_EDIT = int(Qt.ItemDataRole.EditRole)
_ROLES = frozenset({_DISPLAY, _TOOLTIP, _ALIGN, _FOREGROUND, _SORT, _ID, _EDIT})
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

class ProcedureTableModel(QAbstractTableModel):
    """The procedures of one application, filtered and sorted in bulk (see the module doc).

    Columns: TITLE, LINK, PROVIDER, LEIKA, one per criterion of the table (`criterion_column`),
    then DECISION, REASON, NOTE, CHANGED_BY, CHANGED_AT and the pre-check's CHECK, HINTS and
    MATURITY (instance attributes: they follow the criteria, whose number the catalog decides;
    an empty model has none). MATURITY is editable: the reviewer's level overrides the
    estimate (an empty value goes back to it)."""

    TITLE, LINK, PROVIDER, LEIKA = range(4)
    FIRST_CRITERION = 4

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
        self._criterion_labels: dict[str, str] = {}
        self._reason_labels: dict[str, str] = {}
        self._prepare_timer = QTimer(self)
        self._prepare_timer.setInterval(0)
        self._prepare_timer.timeout.connect(self._prepare_step)
        self._times: dict[str, str] = {}
        self._text = ""
        self._facets: dict[str, set[str]] = {}
        self._sort_column: int | None = None
        self._sort_order = Qt.SortOrder.AscendingOrder
        self.retranslate(emit=False)
        self._install(ProcedureTable(application_id=0, criterion_ids=()))

    @classmethod
    def for_table(cls, desk: Desk, table: ProcedureTable,
                  parent: QObject | None = None) -> ProcedureTableModel:
        """With the German labels of the catalog in force (criteria headers, reasons)."""
        catalog = desk.catalog()
        model = cls(parent, desk=desk)
        model.set_table(table, {c.id: c.label_de for c in catalog.criteria},
                        {r.code: r.label_de for r in catalog.rejection_reasons})
        return model

    @classmethod
    def for_application(cls, desk: Desk, application_id: int,
                        parent: QObject | None = None) -> ProcedureTableModel:
        return cls.for_table(desk, load_table(desk, application_id), parent)

    # --- set-up ----------------------------------------------------------------------------

    def _install(self, table: ProcedureTable) -> None:
        ensure_check_columns(table)
        criteria = len(table.criterion_ids)
        (self.DECISION, self.REASON, self.NOTE, self.CHANGED_BY, self.CHANGED_AT, self.CHECK,
         self.HINTS, self.MATURITY) = range(self.FIRST_CRITERION + criteria,
                                            self.FIRST_CRITERION + criteria + 8)
        self._kinds = ["title", "link", "provider", "leika", *(["criterion"] * criteria),
                       "decision", "reason", "note", "changed_by", "changed_at", "check",
                       "hints", "maturity"]
        self._table = table
        self._visible: list[int] = list(range(len(table)))
        self._order: list[int] | None = None  # all positions in sort order; None: by id
        self._text_rows: list[int] | None = None  # ascending positions the text matches
        self._words: tuple[str, ...] = ()
        self._facet_codes = _FacetCodes()
        self._sort_keys: dict[int, list[Any]] = {}
        # The columns of long distinct texts sort by ranks built in idle time (see _Ranks).
        self._ranks = {column: _Ranks(self._text_column(kind))
                       for column, kind in enumerate(self._kinds) if kind in _RANKED}
        self._row_by_position: dict[int, int] | None = None
        self._searched_once = False
        self._counts: dict[str, dict[str, int]] | None = None
        # The facet codes of the rows the text matches, counted: kept up to date by the
        # difference when rows change, so a decision key never recounts 200,000 rows.
        self._joint: Counter[int] | None = None
        self._decision_counts: Counter[str] | None = None
        if len(table):
            self._prepare_timer.start()
        else:
            self._prepare_timer.stop()

    def set_table(self, table: ProcedureTable,
                  criterion_labels: Mapping[str, str] | Sequence[str] | None = None,
                  reason_labels: Mapping[str, str] | None = None, *,
                  desk: Desk | None = None) -> None:
        """Show a table (a newly opened application, or the same after an import). The filter
        and the sort stay as they were, facets the table has no longer are dropped.

        `criterion_labels`: the column headers, by criterion id or in the table's order;
        `reason_labels`: rejection reason code -> label (the catalog's German ones)."""
        if criterion_labels is not None:
            if isinstance(criterion_labels, Mapping):
                self._criterion_labels = dict(criterion_labels)
            else:
                self._criterion_labels = dict(zip(table.criterion_ids, criterion_labels,
                                                  strict=False))
        if reason_labels is not None:
            self._reason_labels = dict(reason_labels)
        if desk is not None:
            self._desk = desk
        self.beginResetModel()
        self._install(table)
        names = set(self.facet_names())
        self._facets = {k: v for k, v in self._facets.items() if k in names}
        if self._sort_column is not None and self._sort_column >= len(self._kinds):
            self._sort_column = None
        if self._sort_column is not None:
            self._sort_all(self._sort_column, self._sort_order)
        self._visible = self._filtered(self._text, self._facets)
        self.endResetModel()
        self.filterApplied.emit(len(self._visible), len(self._table))

    def clear(self) -> None:
        """No application: no rows."""
        self.set_table(ProcedureTable(application_id=0, criterion_ids=()))

    def reload(self) -> None:
        """Read the whole application again (after an import or an undo of many rows)."""
        self.set_table(load_table(self._need_desk(), self._table.application_id))

    def _need_desk(self) -> Desk:
        if self._desk is None:
            raise RuntimeError("the model was made without a desk (pass desk=...)")
        return self._desk

    def total_count(self) -> int:
        """All procedures of the application, shown or not."""
        return len(self._table)

    @property
    def table(self) -> ProcedureTable:
        return self._table

    def retranslate(self, emit: bool = True) -> None:
        """Look the texts up again (after the language changed)."""
        self._decision_texts = {k: _tr(v) for k, v in _DECISION_TEXTS.items()}
        self._provider_texts = {k: _tr(v) for k, v in _PROVIDER_TEXTS.items()}
        self._provider_texts["unknown"] = ""
        self._criterion_texts: dict[bool | None, str] = {
            k: _tr(v) for k, v in _CRITERION_TEXTS.items()}
        self._criterion_texts[None] = ""
        self._not_web = _tr(_NOT_WEB)
        self._check_texts = {k: _tr(v) for k, v in CHECK_TEXTS.items()}
        self._check_texts[""] = ""
        self._hint_texts = {k: _tr(v) for k, v in HINT_TEXTS.items()}
        self._import_texts = {k: _tr(v) for k, v in IMPORT_HINT_TEXTS.items()}
        self._estimated = _tr(_ESTIMATED)
        if emit:
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)
            if self._visible:
                self.dataChanged.emit(self.index(0, 0),
                                      self.index(len(self._visible) - 1,
                                                 self.columnCount() - 1))

    def _prepare_step(self) -> None:
        """Idle-time work, a bounded piece per timer tick: search texts, facet codes, then the
        sort ranks of the long text columns."""
        if not build_search_texts(self._table, SEARCH_CHUNK):
            return
        if not self._facet_codes.extend(self._table, SEARCH_CHUNK * 2):
            return
        for ranks in self._ranks.values():
            if not ranks.step():
                return
        self._prepare_timer.stop()

    def _ready(self) -> None:
        """Finish what filtering needs now (the ranks stay with the idle-time work)."""
        build_search_texts(self._table)
        self._facet_codes.extend(self._table)

    @property
    def prepared(self) -> bool:
        """True once the idle-time work is done: search texts, facet codes, sort ranks."""
        return (self._table.search_ready
                and len(self._facet_codes.codes) == len(self._table)
                and all(ranks.complete for ranks in self._ranks.values()))

    # --- Qt model interface ------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._kinds)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Not `super().headerData`: PySide6 6.12 returns its None for other roles without a
        # reference, and the vertical header asks for every painted row until None is freed.
        role = int(role)
        if orientation != Qt.Orientation.Horizontal:
            return section + 1 if role == _DISPLAY else None
        if role not in (_DISPLAY, _TOOLTIP) or not 0 <= section < len(self._kinds):
            return None
        kind = self._kinds[section]
        if kind == "criterion":
            cid = self._table.criterion_ids[section - self.FIRST_CRITERION]
            return self._criterion_labels.get(cid, cid)
        return _tr(_HEADERS[kind])

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        role = int(role)
        if role not in _ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._visible):
            return None
        p = self._visible[row]
        table = self._table
        if role == _ID:
            return table.ids[p]
        if role == _SORT:
            return self._sort_key(column, p)
        kind = self._kinds[column]
        if role == _EDIT:
            return table.maturity_override[p] if kind == "maturity" else None
        if role == _DISPLAY:
            return self._display(kind, column, p)
        if role == _FOREGROUND:
            if kind == "decision":
                decision = table.decisions[p]
                if decision == "accepted":
                    return ACCEPTED_COLOUR
                return REJECTED_COLOUR if decision == "rejected" else None
            if kind == "link" and table.link_kinds[p] != "http":
                return NOT_WEB_COLOUR
            if kind == "check":
                status = table.check_status[p]
                if status in _BROKEN:
                    return BROKEN_COLOUR
                return NOT_WEB_COLOUR if status == "redirect" else None
            if kind == "hints" and (table.import_hints[p] or (
                    table.hints[p] and table.hints[p] != "known_platform")):
                return NOT_WEB_COLOUR
            return None
        if role == _ALIGN:
            return _CENTER if kind in ("criterion", "maturity") else None
        return self._tooltip(kind, p)  # _TOOLTIP

    def _display(self, kind: str, column: int, p: int) -> Any:
        table = self._table
        if kind == "title":
            return table.titles[p]
        if kind == "link":
            return table.urls[p]
        if kind == "criterion":
            cid = table.criterion_ids[column - self.FIRST_CRITERION]
            return self._criterion_texts[table.criteria[cid][p]]
        if kind == "decision":
            decision = table.decisions[p]
            return self._decision_texts.get(decision, decision)
        if kind == "provider":
            provider = table.providers[p]
            return self._provider_texts.get(provider, provider)
        if kind == "leika":
            return table.leika_keys[p]
        if kind == "reason":
            return self._reason(p)
        if kind == "note":
            return table.notes[p].replace("\n", " ")
        if kind == "changed_by":
            return table.changed_by[p]
        if kind == "check":
            status = table.check_status[p]
            return self._check_texts.get(status, status)
        if kind == "hints":
            hints, recorded = table.hints[p], table.import_hints[p]
            if not hints and not recorded:
                return ""
            # What the import recorded first: it decides whether the row counts at all.
            return ", ".join([*(self._import_texts.get(code, code) for code in recorded.split()),
                              *(self._hint_texts.get(code, code) for code in hints.split())])
        if kind == "maturity":
            override = table.maturity_override[p]
            if override is not None:
                return str(override)
            estimate = table.maturity[p]
            return "" if estimate is None else self._estimated.replace("%1", str(estimate))
        at = table.changed_at[p]
        shown = self._times.get(at)
        if shown is None:
            shown = self._times[at] = local_time(at)
        return shown

    def _tooltip(self, kind: str, p: int) -> Any:
        table = self._table
        if kind == "link":
            url = table.urls[p]
            return url if table.link_kinds[p] == "http" else f"{self._not_web}: {url}"
        if kind == "title":
            return table.titles[p]
        if kind == "reason":
            return self._reason(p) or None
        if kind == "note":
            return table.notes[p] or None
        if kind in ("check", "hints", "maturity"):
            shown = self._display(kind, 0, p)
            return shown or None
        return None

    def _reason(self, p: int) -> str:
        return self._reason_text(self._table.reason_codes[p], self._table.reason_texts[p])

    def _reason_text(self, code: str, text: str) -> str:
        """The catalog's label for the code, then the free text (as `ProcedureView`)."""
        if not code:
            return text
        label = self._reason_labels.get(code, code)
        return f"{label}: {text}" if text else label

    # --- editing the maturity level ----------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and self._desk is not None and \
                self._kinds[index.column()] == "maturity":
            return flags | Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Set the reviewer's maturity level (0-4; None or "" goes back to the estimate)."""
        if int(role) != _EDIT or not index.isValid() or \
                self._kinds[index.column()] != "maturity" or \
                not 0 <= index.row() < len(self._visible):
            return False
        try:
            level = None if value is None or value == "" or value == -1 else int(value)
            if level is not None and level not in LEVELS:
                raise InputError(f"a maturity level is 0 to 4, not {level}")
            procedure_id = self._table.ids[self._visible[index.row()]]
            check_service.set_maturity_override(self._need_desk(), self._table.application_id,
                                                procedure_id, level)
        except (ReviewError, InputError, ValueError, TypeError) as error:
            self.editRefused.emit(error)
            return False
        self.refresh([procedure_id])
        return True

    # --- sorting -----------------------------------------------------------------------------

    def _sort_key(self, column: int, p: int) -> Any:
        """The sort key of one cell; `_key_list` gives the same for all rows at once."""
        table, kind = self._table, self._kinds[column]
        if kind == "criterion":
            cid = table.criterion_ids[column - self.FIRST_CRITERION]
            return _CRITERION_ORDER[table.criteria[cid][p]]
        if kind == "decision":
            return _DECISION_ORDER.get(table.decisions[p], len(_DECISION_ORDER))
        if kind == "provider":
            return _PROVIDER_ORDER.get(table.providers[p], len(_PROVIDER_ORDER))
        if kind == "reason":
            return german_key(self._reason(p))
        if kind == "changed_at":
            return table.changed_at[p]
        if kind == "check":
            return _CHECK_ORDER.get(table.check_status[p], len(_CHECK_ORDER))
        if kind == "hints":
            return f"{table.import_hints[p]}\x1f{table.hints[p]}"
        if kind == "maturity":
            return _maturity_key(table.maturity_override[p], table.maturity[p])
        return german_key(self._text_column(kind)[p])

    def _text_column(self, kind: str) -> list[str]:
        """The column of a kind sorted by its case-folded text."""
        table = self._table
        return {"title": table.titles, "link": table.urls, "leika": table.leika_keys,
                "note": table.notes, "changed_by": table.changed_by}[kind]

    def _key_list(self, column: int) -> list[Any]:
        """What `sort` sorts by: the ranks of a long text column once built (else its keys),
        for the others a key list made on the first sort by it and updated on refresh."""
        ranks = self._ranks.get(column)
        if ranks is not None:
            return ranks.ranks if ranks.complete else ranks.keys()  # type: ignore[return-value]
        keys = self._sort_keys.get(column)
        if keys is not None:
            return keys
        table, kind = self._table, self._kinds[column]
        if kind == "criterion":
            cid = table.criterion_ids[column - self.FIRST_CRITERION]
            keys = list(map(_CRITERION_ORDER.__getitem__, table.criteria[cid]))
        elif kind == "decision":
            keys = list(map(_DECISION_ORDER.get, table.decisions,
                            [len(_DECISION_ORDER)] * len(table)))
        elif kind == "provider":
            keys = list(map(_PROVIDER_ORDER.get, table.providers,
                            [len(_PROVIDER_ORDER)] * len(table)))
        elif kind == "reason":
            reason = self._reason_text
            keys = german_keys([reason(code, text) if code or text else ""
                                for code, text in zip(table.reason_codes, table.reason_texts,
                                                      strict=True)])
        elif kind == "changed_at":
            keys = table.changed_at  # ISO text in UTC sorts as time; shared, not copied
        elif kind == "check":
            keys = list(map(_CHECK_ORDER.get, table.check_status,
                            [len(_CHECK_ORDER)] * len(table)))
        elif kind == "hints":
            # The import's codes, then the check's, each in a fixed order: rows with the same
            # hints meet. Joined in C by a separator below any code's letters (as a tuple
            # would order, but compared as one string: twice as fast to sort).
            keys = list(map(add, map(add, table.import_hints, repeat("\x1f")), table.hints))
        elif kind == "maturity":
            keys = list(map(_maturity_key, table.maturity_override, table.maturity))
        else:
            keys = german_keys(self._text_column(kind))
        self._sort_keys[column] = keys
        return keys

    def sorted_by(self) -> tuple[int | None, Qt.SortOrder]:
        """The column and order the rows are sorted by now (None: in the order of their ids)."""
        return self._sort_column, self._sort_order

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Stable: rows with equal keys keep their previous order (sort by title, then by
        decision: each decision's rows stay in title order)."""
        if not 0 <= column < len(self._kinds):
            return
        keys = self._key_list(column).__getitem__
        reverse = order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [(self._visible[i.row()], i.column()) for i in persistent]
        self._sort_all(column, order)
        self._visible = self._in_order(self._visible, keys, reverse)
        self._row_by_position = None
        self._searched_once = False
        if persistent:
            rows = self._rows_of([p for p, _ in held])
            self.changePersistentIndexList(
                persistent, [self.index(rows[p], c) for p, c in held])
        self.layoutChanged.emit()

    def _sort_all(self, column: int, order: Qt.SortOrder) -> None:
        """Sort `_order`, every position, from the previous order (stability across sorts)."""
        everything = self._order if self._order is not None else list(range(len(self._table)))
        everything.sort(key=self._key_list(column).__getitem__,
                        reverse=order == Qt.SortOrder.DescendingOrder)
        # New int objects, allocated one after the other in display order: every later pass
        # over the order (each filter keystroke) then reads memory front to back instead of
        # jumping (measured: 12 ms instead of 45 ms per pass over 200,000 rows).
        self._order = [p + 0 for p in everything]
        self._sort_column, self._sort_order = column, order

    def _in_order(self, rows: list[int], keys: Callable[[int], Any],
                  reverse: bool) -> list[int]:
        """`rows` in the order of `_order`: sorted themselves if few, else picked from it."""
        order = self._order
        assert order is not None
        if len(rows) == len(order):
            return list(order)
        if len(rows) * 4 < len(order):
            return sorted(rows, key=keys, reverse=reverse)
        wanted = bytearray(len(self._table))
        for p in rows:
            wanted[p] = 1
        return [p for p in order if wanted[p]]

    # --- filtering ---------------------------------------------------------------------------

    def criterion_column(self, criterion_id: str) -> int:
        """The column of a criterion (ValueError if the table has no such criterion)."""
        return self.FIRST_CRITERION + self._table.criterion_ids.index(criterion_id)

    def column_criterion(self, column: int) -> str | None:
        """The criterion a column shows, None for the other columns."""
        if 0 <= column < len(self._kinds) and self._kinds[column] == "criterion":
            return self._table.criterion_ids[column - self.FIRST_CRITERION]
        return None

    def facet_names(self) -> list[str]:
        return [DECISION_FACET, PROVIDER_FACET, LINK_KIND_FACET,
                *map(criterion_facet, self._table.criterion_ids), CHECK_FACET, HINTS_FACET,
                IMPORT_FACET]

    def facet_title(self, name: str) -> str:
        """A facet's heading: "Decision", "Provider", "Link", or the criterion's label."""
        if name.startswith("criteria."):
            cid = name.removeprefix("criteria.")
            return self._criterion_labels.get(cid, cid)
        return _tr(_FACET_TITLES.get(name, name))

    def facet_value_label(self, name: str, value: str) -> str:
        """A facet value as the user reads it ("Open", "municipal", "e-mail", "yes")."""
        if name.startswith("criteria."):
            return _tr(_CRITERION_VALUE_TEXTS.get(value, value))
        texts = {DECISION_FACET: _DECISION_TEXTS, PROVIDER_FACET: _PROVIDER_FACET_TEXTS,
                 LINK_KIND_FACET: _LINK_KIND_TEXTS, CHECK_FACET: CHECK_TEXTS,
                 HINTS_FACET: HINT_TEXTS, IMPORT_FACET: IMPORT_HINT_TEXTS}.get(name, {})
        found = texts.get(value)
        return _tr(found) if found is not None else value

    def _facet_slot(self, name: str) -> int:
        """Where a facet's value sits in the facet key tuple."""
        try:
            return self.facet_names().index(name)
        except ValueError:
            raise KeyError(f"no facet {name!r}; there are {self.facet_names()}") from None

    def _raw_values(self, slot: int, values: Iterable[str]) -> set[Any]:
        if slot < 3 or slot in (self._hints_slot, self._import_slot):
            return set(values)
        if slot == self._check_slot:
            return {"" if v == "unchecked" else v for v in values}
        return {_CRITERION_RAW[v] for v in values if v in _CRITERION_RAW}

    @property
    def _check_slot(self) -> int:
        return 3 + len(self._table.criterion_ids)

    @property
    def _hints_slot(self) -> int:
        return 4 + len(self._table.criterion_ids)

    @property
    def _import_slot(self) -> int:
        return 5 + len(self._table.criterion_ids)

    def _slot_matches(self, slot: int, value: Any, chosen: set[Any]) -> bool:
        """Whether a row's facet value is among the chosen; a row with several hints (of the
        check or the import) matches when any of them is chosen, one without when "none" is."""
        if slot == self._hints_slot or slot == self._import_slot:
            codes = value.split()
            return not chosen.isdisjoint(codes) if codes else "none" in chosen
        return value in chosen

    def set_filter(self, text: str, facets: Mapping[str, Iterable[str]] | None = None) -> None:
        """Show the rows whose title, link or note contain every word of `text` (ignoring
        case) and whose facet values are among the chosen ones. A facet left out, or given
        an empty set, does not restrict: ticking values narrows, as in faceted search."""
        chosen = {name: set(values) for name, values in (facets or {}).items() if values}
        for name in chosen:
            self._facet_slot(name)
        self.beginResetModel()
        self._visible = self._filtered(text, chosen)
        self._text, self._facets = text, chosen
        self._row_by_position = None
        self._searched_once = False
        self._counts = None
        self._joint = None
        self.endResetModel()
        self.filterApplied.emit(len(self._visible), len(self._table))

    def _filtered(self, text: str, facets: dict[str, set[str]]) -> list[int]:
        """The rows to show, in display order. Matching runs over positions in ascending
        order (the lists are read front to back, which the CPU caches reward: in a shuffled
        order the same work takes three times as long) and is put in sort order last."""
        words = tuple(sorted(set(text.casefold().split()), key=len, reverse=True))
        rows = self._text_matches(words)
        active = [(self._facet_slot(name), self._raw_values(self._facet_slot(name), values))
                  for name, values in facets.items()]
        if active:
            self._ready()
            allowed = self._allowed_codes(active)
            codes = self._facet_codes.codes
            if rows is None:
                rows = [p for p, code in enumerate(codes) if code in allowed]
            else:
                rows = [p for p in rows if codes[p] in allowed]
        return self._in_display_order(rows)

    def _in_display_order(self, rows: list[int] | None) -> list[int]:
        """Ascending positions (None: all) in the current sort order."""
        order = self._order
        if rows is None:
            return list(order) if order is not None else list(range(len(self._table)))
        if order is None or len(rows) == len(order):
            return list(rows) if order is None else list(order)
        chosen = bytearray(len(self._table))
        for p in rows:
            chosen[p] = 1
        return [p for p in order if chosen[p]]

    def _text_matches(self, words: tuple[str, ...]) -> list[int] | None:
        """Ascending positions whose search text holds every word; None: no words, all."""
        if not words:
            self._words, self._text_rows = (), None
            return None
        self._ready()
        texts = self._table.search_texts
        # A refinement (every former word lies inside a new one, as when typing on) can only
        # match fewer rows: search the former matches only.
        rows: list[int] | None = None
        if self._text_rows is not None and self._words and all(
                any(old in new for new in words) for old in self._words):
            rows = self._text_rows
        for word in words:
            if rows is None:
                rows = [p for p, haystack in enumerate(texts) if word in haystack]
            else:
                rows = [p for p in rows if word in texts[p]]
        self._words, self._text_rows = words, rows
        return rows

    def _allowed_codes(self, active: Sequence[tuple[int, set[Any]]]) -> set[int]:
        matches = self._slot_matches
        return {code for key, code in self._facet_codes.by_key.items()
                if all(matches(slot, key[slot], values) for slot, values in active)}

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """For every facet, the number of rows per value among the rows that match the text
        and the OTHER facets' choices (what ticking that value would add or keep). Computed
        from the current data, so it follows refreshed rows at once."""
        if self._counts is not None:
            return self._counts
        self._ready()
        codes = self._facet_codes.codes
        joint = self._joint
        if joint is None:
            joint = self._joint = Counter(codes if self._text_rows is None
                                          else map(codes.__getitem__, self._text_rows))
        keys = self._facet_codes.keys()
        names = self.facet_names()
        active = {self._facet_slot(name): self._raw_values(self._facet_slot(name), values)
                  for name, values in self._facets.items()}
        self._counts = count_facets(joint, keys, names, active, self._slot_matches,
                                    self._check_slot, self._hints_slot, self._import_slot)
        return self._counts

    @property
    def filter_text(self) -> str:
        return self._text

    @property
    def facets(self) -> dict[str, set[str]]:
        return {name: set(values) for name, values in self._facets.items()}

    # --- rows and review actions -------------------------------------------------------------

    def procedure_id(self, row: int) -> int:
        """The id of the procedure in this row (IndexError if there is no such row)."""
        if not 0 <= row < len(self._visible):
            raise IndexError(f"no row {row}")
        return self._table.ids[self._visible[row]]

    def _rows_of(self, positions: Sequence[int]) -> dict[int, int]:
        if self._row_by_position is None:
            if len(positions) <= 8:
                found = {}
                for p in positions:
                    try:
                        found[p] = self._visible.index(p)
                    except ValueError:
                        continue
                return found
            self._row_by_position = dict(zip(self._visible, range(len(self._visible)),
                                             strict=True))
        rows = self._row_by_position
        return {p: rows[p] for p in positions if p in rows}

    def row_of(self, procedure_id: int) -> int | None:
        """The row showing this procedure, None if the filter hides it.

        The first lookup after a filter or sort searches the rows (2-4 ms for 200,000, what
        a keystroke can afford); a second one builds a dict for all that follow."""
        p = self._table.position(procedure_id)
        if p is None:
            return None
        if self._row_by_position is None:
            if not self._searched_once:
                self._searched_once = True
                try:
                    return self._visible.index(p)
                except ValueError:
                    return None
            self._row_by_position = dict(zip(self._visible, range(len(self._visible)),
                                             strict=True))
        return self._row_by_position.get(p)

    def refresh(self, procedure_ids: Iterable[int]) -> list[int]:
        """Read these procedures again after a review action and repaint their rows.

        Rows stay where they are, even if they no longer match the filter or the sort (see
        the module doc); filter counts follow at once. Returns the ids that changed."""
        table = self._table
        ids = list(procedure_ids)
        texts_before = {p: (table.titles[p], table.urls[p], table.leika_keys[p])
                        for p in map(table.position, ids) if p is not None}
        decisions_before = [table.decisions[p] for p in texts_before]
        positions = reload_rows(self._need_desk(), table, ids)
        if self._decision_counts is not None:
            self._decision_counts.subtract(decisions_before)
            self._decision_counts.update(table.decisions[p] for p in texts_before)
        if not positions:
            return []
        if any((table.titles[p], table.urls[p], table.leika_keys[p]) != texts_before[p]
               for p in positions):  # not by a review action; rank those columns again
            self._ranks = {column: _Ranks(self._text_column(self._kinds[column]))
                           for column in self._ranks}
            self._prepare_timer.start()
        for column, keys in list(self._sort_keys.items()):
            if keys is table.changed_at:
                continue
            for p in positions:
                keys[p] = self._sort_key(column, p)
        self._recode(positions, rematch=True)
        rows = sorted(self._rows_of(positions).values())
        last = self.columnCount() - 1
        for first, end in _runs(rows):
            self.dataChanged.emit(self.index(first, 0), self.index(end, last))
        changed = [table.ids[p] for p in positions]
        self.refreshed.emit(changed)
        return changed

    def apply_check_results(self, results: Iterable[tuple[int, str, str, int | None]]) -> int:
        """Show results of a running check, handed over as (procedure id, status, hints,
        estimated maturity): no database read on the GUI thread, only the check columns
        repainted. Rows stay where they are (as in `refresh`). Returns the rows changed."""
        table = self._table
        positions = []
        for pid, status, hints, maturity in results:
            p = table.position(pid)
            if p is None or (table.check_status[p], table.hints[p], table.maturity[p]) == (
                    status, hints, maturity):
                continue
            table.check_status[p], table.hints[p], table.maturity[p] = status, hints, maturity
            positions.append(p)
        if not positions:
            return 0
        positions.sort()
        for column, keys in self._sort_keys.items():
            if self._kinds[column] in ("check", "hints", "maturity"):
                for p in positions:
                    keys[p] = self._sort_key(column, p)
        self._recode(positions, rematch=False)
        rows = sorted(self._rows_of(positions).values())
        for first, end in _runs(rows):
            self.dataChanged.emit(self.index(first, self.CHECK), self.index(end, self.MATURITY))
        self.refreshed.emit([table.ids[p] for p in positions])
        return len(positions)

    def _matched(self, p: int) -> bool:
        return is_matched(self._text_rows, p)

    def _recode(self, positions: Sequence[int], *, rematch: bool) -> None:
        """New facet codes (and text matches) for changed rows; the counted codes follow by
        the difference, the facet counts are then derived from a few hundred distinct keys."""
        codes, joint = self._facet_codes.codes, self._joint
        before = [codes[p] for p in positions if p < len(codes) and self._matched(p)] \
            if joint is not None else []
        self._facet_codes.update(self._table, positions)
        if rematch:
            self._text_rows = self._rematch(positions)
        if joint is not None:
            joint.subtract(before)
            joint.update(codes[p] for p in positions if p < len(codes) and self._matched(p))
        self._counts = None

    def _rematch(self, positions: Sequence[int]) -> list[int] | None:
        return rematch(self._text_rows, self._words, self._table.search_texts, positions)

    def criterion_value(self, procedure_id: int, criterion_id: str) -> bool | None:
        """What is recorded for a criterion of a procedure: met, not met, or None (unset)."""
        p = self._table.position(procedure_id)
        values = self._table.criteria.get(criterion_id)
        return None if p is None or values is None else values[p]

    def next_open_row(self, after_row: int = -1) -> int | None:
        """The next row below `after_row` whose decision is open, from the top again after the
        last row (`after_row` itself last); None if no shown row is open."""
        return next_open_row(self._visible, self._table.decisions, after_row)

    def decision_counts(self) -> Counter[str]:
        """How many procedures of the table are open, accepted, rejected: counted once, then
        kept by the difference of the rows each refresh reads again."""
        if self._decision_counts is None:
            self._decision_counts = Counter(self._table.decisions)
        return self._decision_counts


__all__ = ["ACCEPTED_COLOUR", "CHECK_FACET", "CHECK_TEXTS", "CHECK_VALUES", "CRITERION_VALUES",
           "DECISION_FACET", "HINTS_FACET", "HINT_TEXTS", "HINT_VALUES", "ID_ROLE",
           "IMPORT_FACET", "IMPORT_HINT_TEXTS", "IMPORT_VALUES",
           "LINK_KIND_FACET",
           "NOT_WEB_COLOUR", "PROVIDER_FACET", "REJECTED_COLOUR", "SORT_ROLE",
           "ProcedureTableModel", "criterion_facet", "local_time"]
