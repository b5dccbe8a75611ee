"""The review table's columns and their sort keys, without Qt.

Columns: TITLE, LINK, PROVIDER, LEIKA, one per criterion of the table, then DECISION, REASON,
NOTE, CHANGED_BY, CHANGED_AT and the pre-check's CHECK, HINTS and MATURITY. Their number
follows the catalog's criteria, so the positions after the criteria are instance attributes.

Sort keys: case-folded text in German order (DIN 5007-1); decision open < accepted < rejected;
criteria unset < no < yes; provider municipal < central < unknown; the stored UTC time as
text; check results and maturity by fixed orders; the hints by the import's codes, then the
check's. Title, link and LeiKa keys sort by int ranks built in idle time (`Ranks`); the other
columns by a key list made on the first sort by them and kept current on changes.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Mapping, Sequence
from itertools import repeat
from operator import add
from typing import Any

from digiamt_desk.domain.procedure_table import ProcedureTable
from digiamt_desk.engine.facets import (
    CHECK_FACET,
    DECISION_FACET,
    HINTS_FACET,
    IMPORT_FACET,
    LINK_KIND_FACET,
    PROVIDER_FACET,
    criterion_facet,
)
from digiamt_desk.engine.ranks import (
    CHECK_ORDER,
    CRITERION_ORDER,
    DECISION_ORDER,
    PROVIDER_ORDER,
    RANKED,
    Ranks,
    german_key,
    german_keys,
    maturity_key,
)

TITLE, LINK, PROVIDER, LEIKA = range(4)
FIRST_CRITERION = 4
AFTER_CRITERIA = ("decision", "reason", "note", "changed_by", "changed_at", "check", "hints",
                  "maturity")
# The names of the columns after the criteria (attributes of `Columns`).
LEAF_COLUMNS = ("DECISION", "REASON", "NOTE", "CHANGED_BY", "CHANGED_AT", "CHECK", "HINTS",
                "MATURITY")
# The check columns, which a running check changes without a database read.
CHECK_KINDS = frozenset({"check", "hints", "maturity"})


def reason_text(code: str, text: str, labels: Mapping[str, str]) -> str:
    """A rejection as shown: the catalog's label for the code, then the free text."""
    if not code:
        return text
    label = labels.get(code, code)
    return f"{label}: {text}" if text else label


class Columns:
    """The columns of one table: their kinds, positions and facets."""

    def __init__(self, criterion_ids: Sequence[str]) -> None:
        self.criterion_ids = tuple(criterion_ids)
        after = FIRST_CRITERION + len(self.criterion_ids)
        (self.DECISION, self.REASON, self.NOTE, self.CHANGED_BY, self.CHANGED_AT, self.CHECK,
         self.HINTS, self.MATURITY) = range(after, after + len(AFTER_CRITERIA))
        self.kinds: tuple[str, ...] = ("title", "link", "provider", "leika",
                                       *(["criterion"] * len(self.criterion_ids)),
                                       *AFTER_CRITERIA)

    def __len__(self) -> int:
        return len(self.kinds)

    def criterion_column(self, criterion_id: str) -> int:
        """The column of a criterion (ValueError if the table has no such criterion)."""
        return FIRST_CRITERION + self.criterion_ids.index(criterion_id)

    def column_criterion(self, column: int) -> str | None:
        """The criterion a column shows, None for the other columns."""
        if 0 <= column < len(self.kinds) and self.kinds[column] == "criterion":
            return self.criterion_ids[column - FIRST_CRITERION]
        return None

    def facet_names(self) -> list[str]:
        return [DECISION_FACET, PROVIDER_FACET, LINK_KIND_FACET,
                *map(criterion_facet, self.criterion_ids), CHECK_FACET, HINTS_FACET,
                IMPORT_FACET]


_RANK_ROOM = 1 << 30  # ranks stay below: one-digit ints, which the sort compares fastest


class _SpacedRanks:
    """The ranks of a column's distinct keys, spaced apart so that a key a change brings in
    gets a rank between its neighbours (no rebuild of 200,000 ranks for one new note)."""

    def __init__(self, keys: set[Any]) -> None:
        self.keys = sorted(keys)
        step = _RANK_ROOM // (len(self.keys) + 1)
        self.ranks = [step * (n + 1) for n in range(len(self.keys))]
        self.rank_of: dict[Any, int] = dict(zip(self.keys, self.ranks, strict=True))

    def rank(self, key: Any) -> int | None:
        """The rank of a key, a new one placed between its neighbours; None: no room left."""
        found = self.rank_of.get(key)
        if found is not None:
            return found
        at = bisect_left(self.keys, key)
        low = self.ranks[at - 1] if at else 0
        high = self.ranks[at] if at < len(self.ranks) else _RANK_ROOM
        if high - low < 2:
            return None
        rank = (low + high) // 2
        self.keys.insert(at, key)
        self.ranks.insert(at, rank)
        self.rank_of[key] = rank
        return rank


def _ranked_by_distinct(values: Sequence[Any], key: Callable[[Any], Any]
                        ) -> tuple[list[int], _SpacedRanks]:
    """Int ranks of the values' keys, each distinct value keyed once: columns of few distinct
    values (reasons, notes, reviewers, hints) sort by small ints, not texts."""
    key_of = {value: key(value) for value in set(values)}
    spaced = _SpacedRanks(set(key_of.values()))
    rank_of_value = {value: spaced.rank_of[k] for value, k in key_of.items()}
    return list(map(rank_of_value.__getitem__, values)), spaced


def text_column(table: ProcedureTable, kind: str) -> list[str]:
    """The column of a kind sorted by its case-folded text."""
    return {"title": table.titles, "link": table.urls, "leika": table.leika_keys,
            "note": table.notes, "changed_by": table.changed_by}[kind]


class SortKeys:
    """The sort keys of a table's columns: one cell's (`key`) or a whole column's (`keys`)."""

    def __init__(self, table: ProcedureTable, columns: Columns,
                 reason_labels: Mapping[str, str]) -> None:
        self.table, self.columns, self.reason_labels = table, columns, reason_labels
        self._lists: dict[int, list[Any]] = {}
        self._rank_of_key: dict[int, _SpacedRanks] = {}  # for lists of ranks
        self.ranks = {column: Ranks(text_column(table, kind))
                      for column, kind in enumerate(columns.kinds) if kind in RANKED}

    def set_reason_labels(self, labels: Mapping[str, str]) -> None:
        self.reason_labels = labels
        self._lists.pop(self.columns.REASON, None)
        self._rank_of_key.pop(self.columns.REASON, None)

    def rerank(self) -> None:
        """Rank the long text columns again (their texts changed, not by a review)."""
        self.ranks = {column: Ranks(text_column(self.table, self.columns.kinds[column]))
                      for column in self.ranks}

    @property
    def ranked(self) -> bool:
        """True once the ranks and the key lists of every column are built."""
        return all(ranks.complete for ranks in self.ranks.values()) and \
            len(self._lists) == len(self.columns) - len(self.ranks)

    def rank_step(self) -> bool:
        """One bounded piece of the idle-time work: the ranks, then one key list a step (so
        the first sort by any column only sorts); True once all are built."""
        if not all(ranks.step() for ranks in self.ranks.values()):
            return False
        for column in range(len(self.columns)):
            if column not in self.ranks and column not in self._lists:
                self.keys(column)
                return False
        return True

    def sorted_order(self, column: int, order: list[int], descending: bool) -> list[int]:
        """`order` (every position) sorted by a column, stable: equal keys keep their order."""
        ranks = self.ranks.get(column)
        if ranks is not None:
            found = ranks.sorted_positions(descending)
            if found is not None:
                return found
        order.sort(key=self.keys(column).__getitem__, reverse=descending)
        return order

    def key(self, column: int, p: int) -> Any:
        """The sort key of one cell; `keys` gives the same for all rows at once."""
        table, kind = self.table, self.columns.kinds[column]
        if kind == "criterion":
            cid = self.columns.criterion_ids[column - FIRST_CRITERION]
            return CRITERION_ORDER[table.criteria[cid][p]]
        if kind == "decision":
            return DECISION_ORDER.get(table.decisions[p], len(DECISION_ORDER))
        if kind == "provider":
            return PROVIDER_ORDER.get(table.providers[p], len(PROVIDER_ORDER))
        if kind == "reason":
            return german_key(reason_text(table.reason_codes[p], table.reason_texts[p],
                                          self.reason_labels))
        if kind == "changed_at":
            return table.changed_at[p]
        if kind == "check":
            return CHECK_ORDER.get(table.check_status[p], len(CHECK_ORDER))
        if kind == "hints":
            return f"{table.import_hints[p]}\x1f{table.hints[p]}"
        if kind == "maturity":
            return maturity_key(table.maturity_override[p], table.maturity[p])
        return german_key(text_column(table, kind)[p])

    def keys(self, column: int) -> list[Any]:
        """What a sort sorts by: the ranks of a long text column once built (else its keys),
        for the others a key list made on the first sort by it and updated on changes."""
        ranks = self.ranks.get(column)
        if ranks is not None:
            return ranks.ranks if ranks.complete else ranks.keys()  # type: ignore[return-value]
        keys = self._lists.get(column)
        if keys is None:
            keys = self._lists[column] = self._make(column)
        return keys

    def _make(self, column: int) -> list[Any]:
        table, kind, n = self.table, self.columns.kinds[column], len(self.table)
        if kind == "criterion":
            cid = self.columns.criterion_ids[column - FIRST_CRITERION]
            return list(map(CRITERION_ORDER.__getitem__, table.criteria[cid]))
        if kind == "decision":
            return list(map(DECISION_ORDER.get, table.decisions,
                            repeat(len(DECISION_ORDER), n)))
        if kind == "provider":
            return list(map(PROVIDER_ORDER.get, table.providers,
                            repeat(len(PROVIDER_ORDER), n)))
        if kind == "reason":
            labels = self.reason_labels
            pairs = list(zip(table.reason_codes, table.reason_texts, strict=True))
            return self._by_rank(column, pairs, lambda pair: german_key(
                reason_text(pair[0], pair[1], labels)))
        if kind == "changed_at":
            return table.changed_at  # ISO text in UTC sorts as time; shared, not copied
        if kind == "check":
            return list(map(CHECK_ORDER.get, table.check_status, repeat(len(CHECK_ORDER), n)))
        if kind == "hints":
            # The import's codes, then the check's, each in a fixed order: rows with the same
            # hints meet. Joined in C by a separator below any code's letters (as a tuple
            # would order, but compared as one string: twice as fast to sort).
            joined = list(map(add, map(add, table.import_hints, repeat("\x1f")), table.hints))
            return self._by_rank(column, joined, str)
        if kind == "maturity":
            return list(map(maturity_key, table.maturity_override, table.maturity))
        values = text_column(table, kind)
        if len(set(values)) * 4 < len(values):  # notes, reviewers: few distinct texts
            return self._by_rank(column, values, german_key)
        return german_keys(values)

    def _by_rank(self, column: int, values: Sequence[Any],
                 key: Callable[[Any], Any]) -> list[int]:
        ranks, self._rank_of_key[column] = _ranked_by_distinct(values, key)
        return ranks

    def update(self, positions: Sequence[int], kinds: frozenset[str] | None = None) -> None:
        """Keep the key lists made so far current for changed rows (of these kinds only). A
        list of ranks meeting a key it has no rank for is dropped, made again when needed."""
        kinds_of = self.columns.kinds
        for column, keys in list(self._lists.items()):
            if keys is self.table.changed_at or (kinds is not None
                                                 and kinds_of[column] not in kinds):
                continue
            spaced = self._rank_of_key.get(column)
            for p in positions:
                key = self.key(column, p)
                rank = key if spaced is None else spaced.rank(key)
                if rank is None:  # no room between two ranks: made again when needed
                    del self._lists[column], self._rank_of_key[column]
                    break
                keys[p] = rank
