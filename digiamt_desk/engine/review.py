"""The review table's state without Qt: which rows are shown, in which order, and how many
rows each facet value holds. The Qt model (ui/procedure_model.py) only tells the view.

At 200,000 rows every per-row call from C++ into Python costs seconds (shared/design.md,
"Measured traps"), so all of it runs in bulk Python over values prepared once:

- `visible` lists the table positions shown, in display order.
- Filtering (`set_filter`) runs list comprehensions over the case-folded search texts and
  over one small facet code per row (`FacetCodes`), in ascending positions (memory read front
  to back), then puts the result in sort order. Typing on (a word growing) searches only the
  previous matches.
- Sorting (`sort`) sorts `order`, all positions, with `list.sort(key=keys.__getitem__)` from
  the previous order (so it is stable across sorts); the shown rows are taken from it in that
  order, and later filters keep it (`SortKeys` in engine/columns.py has the keys).
- Idle time after the table is shown builds, in bounded steps (`prepare_step`), the search
  texts, the facet codes and the sort ranks. A filter or sort before that finishes what it
  needs.

A change (`refresh`, `apply_check_results`) updates the rows it names and keeps everything
else by the difference. A row that no longer matches the filter STAYS visible (and in its
place) until the filter changes: a reviewer working through "open only" must not see the row
vanish under the cursor; `next_open_row` skips it, `facet_counts` counts it as it now is.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from digiamt_desk.domain.procedure_table import (
    SEARCH_CHUNK,
    ProcedureTable,
    build_search_texts,
    complete_columns,
)
from digiamt_desk.engine.columns import CHECK_KINDS, Columns, SortKeys, reason_text
from digiamt_desk.engine.facets import FacetCodes, FacetFilter
from digiamt_desk.engine.rows import is_matched, next_open_row, rematch, runs

# Reads the named procedures of the table again (the store's read model, through the
# services) and returns the positions whose values changed, ascending.
Reload = Callable[[ProcedureTable, list[int]], list[int]]


def empty_table() -> ProcedureTable:
    return ProcedureTable(application_id=0, criterion_ids=())


class ReviewEngine:
    """One application's table: filter, sort, facet counts, and rows found by id."""

    def __init__(self, table: ProcedureTable | None = None,
                 reason_labels: Mapping[str, str] | None = None) -> None:
        self.reason_labels: dict[str, str] = dict(reason_labels or {})
        self.text = ""
        self.facets: dict[str, set[str]] = {}
        self.sort_column: int | None = None
        self.descending = False
        self._install(table if table is not None else empty_table())

    # --- the table ---------------------------------------------------------------------------

    def _install(self, table: ProcedureTable) -> None:
        complete_columns(table)
        self.table = table
        self.columns = Columns(table.criterion_ids)
        self.visible: list[int] = list(range(len(table)))
        self.order: list[int] | None = None  # all positions in sort order; None: by id
        self._text_rows: list[int] | None = None  # ascending positions the text matches
        self._words: tuple[str, ...] = ()
        self._codes = FacetCodes()
        self._filter = FacetFilter(self.columns.facet_names())
        self.keys = SortKeys(table, self.columns, self.reason_labels)
        self._row_by_position: dict[int, int] | None = None
        self._searched_once = False
        self._counts: dict[str, dict[str, int]] | None = None
        # The facet codes of the rows the text matches, counted: kept up to date by the
        # difference when rows change, so a decision key never recounts 200,000 rows.
        self._joint: Counter[int] | None = None
        self._decision_counts: Counter[str] | None = None

    def set_table(self, table: ProcedureTable) -> None:
        """Show a table (a newly opened application, or the same after an import). The filter
        and the sort stay as they were; facets the table has no longer are dropped."""
        self._install(table)
        names = set(self.columns.facet_names())
        self.facets = {k: v for k, v in self.facets.items() if k in names}
        if self.sort_column is not None and self.sort_column >= len(self.columns):
            self.sort_column = None
        if self.sort_column is not None:
            self._sort_all(self.sort_column, self.descending)
        self.visible = self._filtered(self.text, self.facets)

    def set_reason_labels(self, labels: Mapping[str, str]) -> None:
        """The catalog's labels of the rejection reasons (in the reader's language)."""
        self.reason_labels = dict(labels)
        self.keys.set_reason_labels(self.reason_labels)

    def reason(self, p: int) -> str:
        return reason_text(self.table.reason_codes[p], self.table.reason_texts[p],
                           self.reason_labels)

    def __len__(self) -> int:
        """The rows shown."""
        return len(self.visible)

    # --- idle-time work ----------------------------------------------------------------------

    def prepare_step(self, rows: int = SEARCH_CHUNK) -> bool:
        """A bounded piece of the idle-time work (search texts, facet codes, then the sort
        ranks); True once all of it is done."""
        if not build_search_texts(self.table, rows):
            return False
        if not self._codes.extend(self.table, rows * 2):
            return False
        return self.keys.rank_step()

    def _codes_ready(self) -> list[int]:
        """The facet codes of every row, finished now if the idle-time work has not yet (the
        facets need no search texts: opening a table counts them at once)."""
        self._codes.extend(self.table)
        return self._codes.codes

    @property
    def prepared(self) -> bool:
        return (self.table.search_ready and len(self._codes.codes) == len(self.table)
                and self.keys.ranked)

    # --- filtering ---------------------------------------------------------------------------

    def set_filter(self, text: str, facets: Mapping[str, Iterable[str]] | None = None) -> None:
        """Show the rows whose title, link or note contain every word of `text` (ignoring
        case) and whose facet values are among the chosen ones. A facet left out, or given
        an empty set, does not restrict: ticking values narrows, as in faceted search.
        KeyError for a facet the table does not have."""
        chosen = {name: set(values) for name, values in (facets or {}).items() if values}
        self.check_facets(chosen)
        self.visible = self._filtered(text, chosen)
        self.text, self.facets = text, chosen
        self._row_by_position = None
        self._searched_once = False
        self._counts = None
        self._joint = None

    def check_facets(self, facets: Mapping[str, Iterable[str]]) -> None:
        """KeyError for a chosen facet the table does not have."""
        for name, values in facets.items():
            if values:
                self._filter.slot(name)

    def _filtered(self, text: str, facets: Mapping[str, set[str]]) -> list[int]:
        """The rows to show, in display order. Matching runs over positions in ascending
        order (read front to back, which the CPU caches reward: in a shuffled order the same
        work takes three times as long) and is put in sort order last. (List comprehensions:
        Python 3.11 specialises their indexing, faster here than `map` and `compress`.)"""
        words = tuple(sorted(set(text.casefold().split()), key=len, reverse=True))
        rows = self._text_matches(words)
        if facets:
            codes = self._codes_ready()
            allowed = self._filter.allowed(self._codes.by_key, facets)
            if rows is None:
                rows = [p for p, code in enumerate(codes) if code in allowed]
            else:
                rows = [p for p in rows if codes[p] in allowed]
        return self._in_display_order(rows)

    def _in_display_order(self, rows: list[int] | None) -> list[int]:
        """Ascending positions (None: all) in the current sort order."""
        order = self.order
        if rows is None:
            return list(order) if order is not None else list(range(len(self.table)))
        if order is None or len(rows) == len(order):
            return list(rows) if order is None else list(order)
        chosen = bytearray(len(self.table))
        for p in rows:
            chosen[p] = 1
        return [p for p in order if chosen[p]]

    def _text_matches(self, words: tuple[str, ...]) -> list[int] | None:
        """Ascending positions whose search text holds every word; None: no words, all."""
        if not words:
            self._words, self._text_rows = (), None
            return None
        build_search_texts(self.table)
        texts = self.table.search_texts
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

    def facet_counts(self) -> dict[str, dict[str, int]]:
        """For every facet, the number of rows per value among the rows that match the text
        and the OTHER facets' choices (what ticking that value would add or keep). Computed
        from the current data, so it follows changed rows at once."""
        if self._counts is not None:
            return self._counts
        codes = self._codes_ready()
        if self._joint is None:
            self._joint = Counter(codes if self._text_rows is None
                                  else map(codes.__getitem__, self._text_rows))
        self._counts = self._filter.count(self._joint, self._codes.keys(), self.facets)
        return self._counts

    # --- sorting -----------------------------------------------------------------------------

    def sort(self, column: int, descending: bool = False) -> bool:
        """Sort by a column (False: no such column). Stable: rows with equal keys keep their
        previous order (by title, then by decision: each decision's rows in title order)."""
        if not 0 <= column < len(self.columns):
            return False
        keys = self.keys.keys(column).__getitem__
        self._sort_all(column, descending)
        order = self.order
        assert order is not None
        rows = self.visible
        if len(rows) == len(order):
            self.visible = list(order)
        elif len(rows) * 4 < len(order):
            self.visible = sorted(rows, key=keys, reverse=descending)
        else:
            wanted = bytearray(len(self.table))
            for p in rows:
                wanted[p] = 1
            self.visible = [p for p in order if wanted[p]]
        self._row_by_position = None
        self._searched_once = False
        return True

    def _sort_all(self, column: int, descending: bool) -> None:
        """Sort `order`, every position, from the previous order (stability across sorts)."""
        everything = self.keys.sorted_order(
            column, self.order if self.order is not None else list(range(len(self.table))),
            descending)
        # New int objects, allocated one after the other in display order: every later pass
        # over the order (each filter keystroke) then reads memory front to back instead of
        # jumping (measured: 12 ms instead of 45 ms per pass over 200,000 rows).
        self.order = [p + 0 for p in everything]
        self.sort_column, self.descending = column, descending

    def sort_key(self, column: int, row: int) -> Any:
        return self.keys.key(column, self.visible[row])

    # --- rows --------------------------------------------------------------------------------

    def procedure_id(self, row: int) -> int:
        """The id of the procedure in this row (IndexError if there is no such row)."""
        if not 0 <= row < len(self.visible):
            raise IndexError(f"no row {row}")
        return self.table.ids[self.visible[row]]

    def row_of(self, procedure_id: int) -> int | None:
        """The row showing this procedure, None if the filter hides it.

        The first lookup after a filter or sort searches the rows (2-4 ms for 200,000, what
        a keystroke can afford); a second one builds a dict for all that follow."""
        p = self.table.position(procedure_id)
        if p is None:
            return None
        if self._row_by_position is None:
            if not self._searched_once:
                self._searched_once = True
                try:
                    return self.visible.index(p)
                except ValueError:
                    return None
            self._row_by_position = dict(zip(self.visible, range(len(self.visible)),
                                             strict=True))
        return self._row_by_position.get(p)

    def rows_of(self, positions: Sequence[int]) -> dict[int, int]:
        """The rows showing these positions (those hidden left out)."""
        if self._row_by_position is None:
            if len(positions) <= 8:
                found = {}
                for p in positions:
                    try:
                        found[p] = self.visible.index(p)
                    except ValueError:
                        continue
                return found
            self._row_by_position = dict(zip(self.visible, range(len(self.visible)),
                                             strict=True))
        rows = self._row_by_position
        return {p: rows[p] for p in positions if p in rows}

    def touched_rows(self, positions: Sequence[int]) -> list[tuple[int, int]]:
        """The rows a change touched, as (first, last) runs to repaint."""
        return runs(sorted(self.rows_of(positions).values()))

    def next_open_row(self, after_row: int = -1) -> int | None:
        """The next row below `after_row` whose decision is open, from the top again after the
        last row (`after_row` itself last); None if no shown row is open."""
        return next_open_row(self.visible, self.table.decisions, after_row)

    def criterion_value(self, procedure_id: int, criterion_id: str) -> bool | None:
        """What is recorded for a criterion of a procedure: met, not met, or None (unset)."""
        p = self.table.position(procedure_id)
        values = self.table.criteria.get(criterion_id)
        return None if p is None or values is None else values[p]

    def decision_counts(self) -> Counter[str]:
        """How many procedures of the table are open, accepted, rejected: counted once, then
        kept by the difference of the rows each change touches."""
        if self._decision_counts is None:
            self._decision_counts = Counter(self.table.decisions)
        return self._decision_counts

    # --- changes -----------------------------------------------------------------------------

    def refresh(self, procedure_ids: Iterable[int], reload: Reload) -> list[int]:
        """Read these procedures again (`reload`) after a review action; the positions whose
        values changed. Rows stay where they are, even if they no longer match the filter or
        the sort; the counts follow at once."""
        table = self.table
        wanted = [p for p in map(table.position, procedure_ids) if p is not None]
        texts_before = {p: (table.titles[p], table.urls[p], table.leika_keys[p])
                        for p in wanted}
        decisions_before = [table.decisions[p] for p in texts_before]
        positions = reload(table, [table.ids[p] for p in texts_before])
        if self._decision_counts is not None:
            self._decision_counts.subtract(decisions_before)
            self._decision_counts.update(table.decisions[p] for p in texts_before)
        if not positions:
            return []
        if any((table.titles[p], table.urls[p], table.leika_keys[p]) != texts_before[p]
               for p in positions):  # not by a review action: rank those columns again
            self.keys.rerank()
        self.keys.update(positions)
        self._recode(positions, texts=True)
        return positions

    def apply_check_results(self, results: Iterable[tuple[int, str, str, int | None]]
                            ) -> list[int]:
        """Results of a running check, handed over as (procedure id, status, hints, estimated
        maturity): no database read. The positions that changed, ascending."""
        table = self.table
        positions = []
        for pid, status, hints, maturity in results:
            p = table.position(pid)
            if p is None or (table.check_status[p], table.hints[p], table.maturity[p]) == (
                    status, hints, maturity):
                continue
            table.check_status[p], table.hints[p], table.maturity[p] = status, hints, maturity
            positions.append(p)
        positions.sort()
        if positions:
            self.keys.update(positions, CHECK_KINDS)
            self._recode(positions, texts=False)
        return positions

    def _recode(self, positions: Sequence[int], *, texts: bool) -> None:
        """New facet codes (and text matches) for changed rows; the counted codes follow by
        the difference, the facet counts are then derived from a few hundred distinct keys."""
        codes, joint = self._codes.codes, self._joint
        before = [codes[p] for p in positions
                  if p < len(codes) and is_matched(self._text_rows, p)] \
            if joint is not None else []
        self._codes.update(self.table, positions)
        if texts:
            self._text_rows = rematch(self._text_rows, self._words,
                                           self.table.search_texts, positions)
        if joint is not None:
            joint.subtract(before)
            joint.update(codes[p] for p in positions
                         if p < len(codes) and is_matched(self._text_rows, p))
        self._counts = None

