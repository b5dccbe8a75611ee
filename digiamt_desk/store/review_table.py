"""The review table's read model: an application's procedures as columns of plain lists.

Read straight from the database (services.table wraps it for a Desk; the review engine and the
window work on the lists).

The review table may hold a whole federal dashboard export (200,000 procedures) and must be
filled within a second. Reading goes through the DB-API cursor (ORM objects cost 9x, Core rows
2.5x, see shared/design.md), and on SQLite the cost per cell is the budget: each value the
driver turns into a Python object costs about 0.15 µs plus the object. So the SQLite path reads

- the dense columns row by row (id, title, url, LeiKa keys) plus ONE small integer per row that
  packs decision, provider and link kind (small ints are shared objects in CPython), and
- everything a review writes (criteria, note, reason, changed by/at) and the duplicate count
  only for the rows where any of it is set, as one `group_concat` string split in C. That query
  runs on a second connection in a worker thread: SQLite releases the GIL while it scans, so
  the scan overlaps the Python work of the first query (this machine has two cores).

The check results and the import hints, set for few rows, are read sparsely by
store/review_columns.py. Any other database takes the plain path (all columns row by row);
the tests hold both paths to the same result. The lists are positional: position `p` in every
list is the same procedure, and positions follow the id.
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from itertools import compress, repeat
from operator import itemgetter, ne, sub
from typing import Any

from digiamt_desk.domain.procedure_table import (
    DECISIONS,
    LINK_KINDS,
    PROVIDERS,
    SEARCH_CHUNK,
    ProcedureTable,
    build_search_texts,
    complete_columns,
)
from digiamt_desk.store.review_columns import (
    CHUNK,
    RowSource,
    import_hint_rows,
    load_checks,
    load_import_hints,
    reload_checks,
    reload_import_hints,
)
from digiamt_desk.store.review_columns import fetch as _fetch

ensure_check_columns = complete_columns  # the name the services knew
_CHUNK = CHUNK
_SEP = "\x1f"  # ASCII unit separator: joins fields in the sparse query (checked when split)
_MMAP = 1 << 30  # memory-mapped reads halve SQLite's scan time (no read() per page)

_ALL_COLUMNS = ("id, title, url, link_kind, provider, leika_keys, criteria, decision, "
                "reason_code, reason_text, note, changed_by, changed_at, duplicate_rows")
# Rows a review has touched (or an import merged duplicates into): the sparse part.
_TOUCHED = ("(changed_at IS NOT NULL OR note != '' OR criteria != '{}' OR reason_code != '' "
            "OR reason_text != '' OR changed_by != '' OR duplicate_rows != 0)")
_SPARSE_FIELDS = 8  # id, criteria, note, reason_code, reason_text, changed_by, changed_at, dups


class _CriteriaParser:
    """JSON criteria to one value per catalog criterion, parsed once per distinct text.

    Most rows hold '{}' and the rest a handful of distinct texts (3 criteria, 3 states each),
    so a cache turns 200,000 `json.loads` into a few dozen."""

    def __init__(self, criterion_ids: tuple[str, ...]) -> None:
        self.criterion_ids = criterion_ids
        self._cache: dict[str, tuple[bool | None, ...]] = {}

    def __call__(self, text: str) -> tuple[bool | None, ...]:
        found = self._cache.get(text)
        if found is None:
            try:
                data = json.loads(text or "{}")
            except ValueError:
                data = {}
            if not isinstance(data, dict):
                data = {}
            found = tuple(None if data.get(cid) is None else bool(data[cid])
                          for cid in self.criterion_ids)
            if len(self._cache) < 4096:
                self._cache[text] = found
        return found


# --- reading -------------------------------------------------------------------------------

def load_table(engine: RowSource, application_id: int,
               criterion_ids: tuple[str, ...]) -> ProcedureTable:
    """All procedures of an application, ordered by id, as columns (search texts not built)."""
    table = ProcedureTable(application_id=application_id,
                           criterion_ids=criterion_ids)
    if engine.dialect.name == "sqlite":
        _load_sqlite(engine, table)
    else:
        _load_plain(engine, table)
    return table


def _load_plain(engine: RowSource, table: ProcedureTable) -> None:
    rows = _fetch(engine, f"SELECT {_ALL_COLUMNS} FROM procedure WHERE application_id = ? "
                        "ORDER BY id", (table.application_id,))
    count = len(rows)
    columns = [list(map(itemgetter(k), rows)) if rows else [] for k in range(14)]
    del rows
    (table.ids, table.titles, table.urls, table.link_kinds, table.providers, table.leika_keys,
     criteria, table.decisions, table.reason_codes, table.reason_texts, table.notes,
     table.changed_by, changed_at, table.duplicate_rows) = columns
    table.changed_at = [at or "" for at in changed_at]
    _set_criteria(table, range(count), criteria)
    load_checks(engine, table)
    load_import_hints(engine, table)


def _code(column: str, values: tuple[str, ...]) -> str:
    cases = " ".join(f"WHEN '{value}' THEN {n}" for n, value in enumerate(values))
    return f"(CASE {column} {cases} ELSE {len(values)} END)"


# decision + 4 * provider + 16 * link kind; the value after the last of a slot means "something
# else" (read as is by `_fix_unknown_values`).
_PACKED = (f"{_code('decision', DECISIONS)} + 4 * {_code('provider', PROVIDERS)} "
           f"+ 16 * {_code('link_kind', LINK_KINDS)}")
_KNOWN_CODES = frozenset(d + 4 * p + 16 * k for d in range(len(DECISIONS))
                         for p in range(len(PROVIDERS)) for k in range(len(LINK_KINDS)))


def _unpacker(values: tuple[str, ...], shift: int, width: int) -> Callable[[int], str | None]:
    """A C-level lookup from packed code to value (None: not one of `values`)."""
    table = tuple((*values, *[None] * width)[(code >> shift) & (width - 1)]
                  for code in range(128))
    return table.__getitem__


def _load_sqlite(engine: RowSource, table: ProcedureTable) -> None:
    counts = _fetch(engine, "SELECT (SELECT count(*) FROM procedure WHERE application_id = ?), "
                          "(SELECT count(*) FROM procedure)", (table.application_id,))
    mine, everyone = counts[0]
    if not mine:
        table.criteria = {cid: [] for cid in table.criterion_ids}
        load_checks(engine, table)
        load_import_hints(engine, table)
        return
    # An application holding a good part of the table is read faster by one pass in id order
    # than through the (application_id, url_key) index (a lookup per row and a sort).
    where = "+application_id = ?" if mine * 4 >= everyone else "application_id = ?"
    sparse_sql = (f"SELECT count(*), group_concat(id || '{_SEP}' || criteria || '{_SEP}' || "
                  f"note || '{_SEP}' || reason_code || '{_SEP}' || reason_text || '{_SEP}' || "
                  f"changed_by || '{_SEP}' || coalesce(changed_at, '') || '{_SEP}' || "
                  f"duplicate_rows, '{_SEP}') FROM procedure WHERE {where} AND {_TOUCHED}")
    dense_sql = (f"SELECT id, title, url, leika_keys, {_PACKED} FROM procedure WHERE {where} "
                 "ORDER BY id")
    mmap = ((f"PRAGMA mmap_size = {_MMAP}", "PRAGMA mmap_size = 0"),)
    parameters = (table.application_id,)
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="load-table") as pool:
        sparse_future = pool.submit(_fetch, engine, sparse_sql, parameters, mmap)
        # The import hints' scan next on the same thread (SQLite lets go of the GIL there).
        hints_future = pool.submit(import_hint_rows, engine, table.application_id, where)
        rows = _fetch(engine, dense_sql, parameters, mmap)
        count = len(rows)
        table.ids, table.titles, table.urls, table.leika_keys, packed = (
            list(map(itemgetter(k), rows)) for k in range(5))
        del rows
        sparse = sparse_future.result()
        hint_rows = hints_future.result()
    codes = set(packed)
    decisions = list(map(_unpacker(DECISIONS, 0, 4), packed))
    providers = list(map(_unpacker(PROVIDERS, 2, 4), packed))
    kinds = list(map(_unpacker(LINK_KINDS, 4, 8), packed))
    if not codes.issubset(_KNOWN_CODES):
        _fix_unknown_values(engine, table, decisions, providers, kinds)
    table.decisions = decisions  # type: ignore[assignment]  # no None left
    table.providers = providers  # type: ignore[assignment]
    table.link_kinds = kinds  # type: ignore[assignment]
    (touched, joined), = sparse
    fields = joined.split(_SEP) if touched else []
    if len(fields) != touched * _SPARSE_FIELDS:  # a separator inside a note: read row by row
        fields = _sparse_rows(engine, table.application_id)
    _set_sparse(table, count, fields)
    load_checks(engine, table)
    load_import_hints(engine, table, hint_rows)


def _set_sparse(table: ProcedureTable, count: int, fields: list[str]) -> None:
    """Spread the flat sparse fields (8 per touched row) over full-length columns."""
    table.notes, table.reason_codes, table.reason_texts = [""] * count, [""] * count, [""] * count
    table.changed_by, table.changed_at = [""] * count, [""] * count
    table.duplicate_rows = [0] * count
    pids = list(map(int, fields[0::_SPARSE_FIELDS]))
    ids = table.ids
    if count and ids[-1] - ids[0] == count - 1:  # one block of ids (one import): no search
        positions = list(map(sub, pids, repeat(ids[0], len(pids))))
    else:
        positions = list(map(partial(bisect_left, ids), pids))
    # The two queries read at different moments: a row another program added in between is
    # in one but not the other. It is left out here; the next load shows it whole.
    if positions and (max(positions) >= count or min(positions) < 0
                      or any(map(ne, map(ids.__getitem__, positions), pids))):
        keep = [0 <= p < count and ids[p] == pid for p, pid in zip(positions, pids, strict=True)]
        positions = list(compress(positions, keep))
        rows = zip(*[iter(fields)] * _SPARSE_FIELDS, strict=True)
        fields = [value for row in compress(rows, keep) for value in row]
    for column, values in ((table.notes, fields[2::_SPARSE_FIELDS]),
                           (table.reason_codes, fields[3::_SPARSE_FIELDS]),
                           (table.reason_texts, fields[4::_SPARSE_FIELDS]),
                           (table.changed_by, fields[5::_SPARSE_FIELDS]),
                           (table.changed_at, fields[6::_SPARSE_FIELDS])):
        # Most are empty (a decided row has no note): only the others are written.
        for p, value in zip(compress(positions, values), compress(values, values),
                            strict=True):
            column[p] = value
    duplicates = fields[7::_SPARSE_FIELDS]
    merged = list(map(ne, duplicates, repeat("0", len(duplicates))))
    for p, value in zip(compress(positions, merged), compress(duplicates, merged),
                        strict=True):
        table.duplicate_rows[p] = int(value)
    texts = fields[1::_SPARSE_FIELDS]
    judged = list(map(ne, texts, repeat("{}", len(texts))))
    _set_criteria(table, compress(positions, judged), list(compress(texts, judged)))


def _sparse_rows(engine: RowSource, application_id: int) -> list[str]:
    """The sparse part as flat fields, read row by row (when a value holds the separator)."""
    rows = _fetch(engine, "SELECT id, criteria, note, reason_code, reason_text, changed_by, "
                        f"coalesce(changed_at, ''), duplicate_rows FROM procedure "
                        f"WHERE application_id = ? AND {_TOUCHED}", (application_id,))
    return [str(value) for row in rows for value in row]


def _fix_unknown_values(engine: RowSource, table: ProcedureTable, decisions: list[str | None],
                        providers: list[str | None], kinds: list[str | None]) -> None:
    """Values outside the vocabulary (an older or newer program wrote them): read them as is."""
    rows = _fetch(engine, "SELECT id, decision, provider, link_kind FROM procedure "
                        "WHERE application_id = ? AND (decision NOT IN (?, ?, ?) "
                        "OR provider NOT IN (?, ?, ?) OR link_kind NOT IN (?, ?, ?, ?))",
                  (table.application_id, *DECISIONS, *PROVIDERS, *LINK_KINDS))
    for pid, decision, provider, kind in rows:
        p = bisect_left(table.ids, pid)
        decisions[p], providers[p], kinds[p] = decision, provider, kind


def _set_criteria(table: ProcedureTable, positions: Iterable[int],
                  texts: Sequence[str]) -> None:
    count = len(table.ids)
    table.criteria = {cid: [None] * count for cid in table.criterion_ids}
    if not table.criterion_ids:
        return
    # A few distinct texts in many rows: group the rows by text, parse each text once.
    groups: dict[str, list[int]] = {}
    for p, text in zip(positions, texts, strict=True):
        if text != "{}":
            groups.setdefault(text, []).append(p)
    parse = _CriteriaParser(table.criterion_ids)
    for text, rows in groups.items():
        for cid, value in zip(table.criterion_ids, parse(text), strict=True):
            if value is not None:
                column = table.criteria[cid]
                for p in rows:
                    column[p] = value


# --- refreshing ----------------------------------------------------------------------------

def reload_rows(engine: RowSource, table: ProcedureTable,
                procedure_ids: Iterable[int]) -> list[int]:
    """Read these procedures again (after a review action) and update the table in place.

    Returns the positions whose values changed, ascending. Ids the table does not hold (or
    that belong to another application) are ignored: a new import means a new `load_table`."""
    wanted = sorted({pid for pid in procedure_ids if table.position(pid) is not None})
    parse = _CriteriaParser(table.criterion_ids)
    lists = [table.criteria[cid] for cid in table.criterion_ids]
    changed: list[int] = []
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start:start + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        sql = (f"SELECT {_ALL_COLUMNS} FROM procedure WHERE application_id = ? "
               f"AND id IN ({marks}) ORDER BY id")
        for row in _fetch(engine, sql, (table.application_id, *chunk)):
            p = table.position(row[0])
            assert p is not None
            if _update(table, p, row, parse(row[6]), lists):
                changed.append(p)
    if wanted:
        changed = sorted(set(changed).union(reload_checks(engine, table, wanted),
                                            reload_import_hints(engine, table, wanted)))
    return changed


def _update(table: ProcedureTable, p: int, row: tuple[Any, ...],
            criteria: tuple[bool | None, ...], lists: list[list[bool | None]]) -> bool:
    (_, title, url, kind, provider, leika, _, decision, code, text, note, by, at,
     duplicates) = row
    at = at or ""
    before = (table.titles[p], table.urls[p], table.link_kinds[p], table.providers[p],
              table.leika_keys[p], table.decisions[p], table.reason_codes[p],
              table.reason_texts[p], table.notes[p], table.changed_by[p], table.changed_at[p],
              table.duplicate_rows[p], tuple(column[p] for column in lists))
    after = (title, url, kind, provider, leika, decision, code, text, note, by, at, duplicates,
             criteria)
    if before == after:
        return False
    table.titles[p], table.urls[p], table.link_kinds[p] = title, url, kind
    table.providers[p], table.leika_keys[p], table.decisions[p] = provider, leika, decision
    table.reason_codes[p], table.reason_texts[p], table.notes[p] = code, text, note
    table.changed_by[p], table.changed_at[p], table.duplicate_rows[p] = by, at, duplicates
    for column, value in zip(lists, criteria, strict=True):
        column[p] = value
    if p < len(table.search_texts):
        table.search_texts[p] = f"{title}\n{url}\n{note}".casefold()
    return True


__all__ = ["DECISIONS", "LINK_KINDS", "PROVIDERS", "SEARCH_CHUNK", "ProcedureTable",
           "build_search_texts", "ensure_check_columns", "load_table", "reload_rows"]
