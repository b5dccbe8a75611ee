"""The facets of the review table, without Qt: one small int code per row for the tuple of its
facet values, so filtering by facets is a set lookup per row and the counts come from one
Counter over the codes (a list has a few hundred distinct tuples at most)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from itertools import count, islice
from typing import Any

from digiamt_desk.checks.hints import HINT_CODES
from digiamt_desk.checks.status import LinkStatus
from digiamt_desk.domain.procedure_table import (
    DECISIONS,
    IMPORT_HINTS,
    LINK_KINDS,
    PROVIDERS,
    ProcedureTable,
)

# Facets: decision, provider and link kind filter on the stored values; a criterion facet,
# named `criterion_facet(id)`, on "yes", "no" or "unset".
DECISION_FACET = "decision"
PROVIDER_FACET = "provider"
LINK_KIND_FACET = "link_kind"
CRITERION_VALUES = ("yes", "no", "unset")
# The pre-checks (services/checks.py): the latest result ("unchecked": never checked) and the
# hints ("none": a checked or unchecked row without any hint). A row can have several hints.
CHECK_FACET = "check"
HINTS_FACET = "hints"
CHECK_VALUES = (*(s.value for s in LinkStatus if s is not LinkStatus.NO_NETWORK), "unchecked")
HINT_VALUES = (*HINT_CODES, "none")
# What the import recorded about the link (a shared link, kept or split, no online link found,
# an appointment booking; "none": nothing). A row can have several.
IMPORT_FACET = "import"
IMPORT_VALUES = (*IMPORT_HINTS, "none")
CRITERION_RAW: dict[str, bool | None] = {"yes": True, "no": False, "unset": None}
CRITERION_NAME: dict[bool | None, str] = {True: "yes", False: "no", None: "unset"}


class FacetCodes:
    """One int per row for the tuple (decision, provider, link kind, *criteria, check status,
    hints, import hints).

    A list has a few hundred distinct tuples at most, so filtering by facets is one set lookup
    per row, and all facet counts come from one `Counter` over the codes."""

    def __init__(self) -> None:
        self.codes: list[int] = []
        self.by_key: dict[tuple[Any, ...], int] = {}
        self._next = count()

    def extend(self, table: ProcedureTable, rows: int | None = None) -> bool:
        start = len(self.codes)
        stop = len(table) if rows is None else min(len(table), start + rows)
        if stop > start:
            columns: list[Sequence[Any]] = [
                table.decisions, table.providers, table.link_kinds,
                *(table.criteria[cid] for cid in table.criterion_ids),
                table.check_status, table.hints, table.import_hints]
            keys = zip(*(islice(column, start, stop) for column in columns), strict=True)
            # setdefault with a running counter: a new tuple gets a fresh number.
            self.codes.extend(map(self.by_key.setdefault, keys, self._next))
        return len(self.codes) == len(table)

    def update(self, table: ProcedureTable, positions: Iterable[int]) -> None:
        for p in positions:
            if p < len(self.codes):
                key = (table.decisions[p], table.providers[p], table.link_kinds[p],
                       *(table.criteria[cid][p] for cid in table.criterion_ids),
                       table.check_status[p], table.hints[p], table.import_hints[p])
                self.codes[p] = self.by_key.setdefault(key, next(self._next))

    def keys(self) -> dict[int, tuple[Any, ...]]:
        return {code: key for key, code in self.by_key.items()}


def criterion_facet(criterion_id: str) -> str:
    """The facet name of a criterion (as the review history names the field)."""
    return f"criteria.{criterion_id}"


def count_facets(joint: Mapping[int, int], keys: Mapping[int, tuple[Any, ...]],
                 names: Sequence[str], active: Mapping[int, set[Any]],
                 matches: Callable[[int, Any, set[Any]], bool], check_slot: int,
                 hints_slot: int, import_slot: int = -1) -> dict[str, dict[str, int]]:
    """For every facet, the number of rows per value among the rows counted in `joint` (codes
    of the rows the text matches) that pass the OTHER facets' choices (`active`: slot to the
    chosen raw values). A row counts for every facet when it passes all chosen ones, and only
    for the one it fails when it fails exactly one. The hints and import slots hold
    space-separated codes: a row counts for each of its codes ("none" without any). Grouped
    so, each facet is one tight pass over (key, rows) pairs: with the check facets a list can
    hold thousands of distinct keys.
    """
    counts: dict[str, dict[str, int]] = {
        DECISION_FACET: dict.fromkeys(DECISIONS, 0),
        PROVIDER_FACET: dict.fromkeys(PROVIDERS, 0),
        LINK_KIND_FACET: dict.fromkeys(LINK_KINDS, 0),
        **{name: dict.fromkeys(CRITERION_VALUES, 0) for name in names[3:check_slot]},
        CHECK_FACET: dict.fromkeys(CHECK_VALUES, 0),
        HINTS_FACET: dict.fromkeys(HINT_VALUES, 0),
    }
    if import_slot >= 0:
        counts[IMPORT_FACET] = dict.fromkeys(IMPORT_VALUES, 0)
    passing: list[tuple[tuple[Any, ...], int]] = []
    failing: dict[int, list[tuple[tuple[Any, ...], int]]] = {}
    for code, number in joint.items():
        key = keys[code]
        failed = -1
        for slot, values in active.items():
            if not matches(slot, key[slot], values):
                if failed >= 0:
                    break
                failed = slot
        else:
            if failed < 0:
                passing.append((key, number))
            else:
                failing.setdefault(failed, []).append((key, number))
    for slot, name in enumerate(names):
        raw: dict[Any, int] = {}
        for key, number in (*passing, *failing.get(slot, ())):
            value = key[slot]
            raw[value] = raw.get(value, 0) + number
        bucket = counts[name]
        for value, number in raw.items():
            if slot in (hints_slot, import_slot):
                shown: tuple[str, ...] = tuple(value.split()) or ("none",)
            elif slot < 3:
                shown = (value,)
            elif slot == check_slot:
                shown = (value or "unchecked",)
            else:
                shown = (CRITERION_NAME[value],)
            for one in shown:
                bucket[one] = bucket.get(one, 0) + number
    return counts


class FacetFilter:
    """The facets of a table by name (`names`, as `Columns.facet_names` lists them): which
    facet codes pass the chosen values, and the counts per value."""

    def __init__(self, names: Sequence[str]) -> None:
        self.names = list(names)
        criteria = len(self.names) - 6
        self.check_slot, self.hints_slot, self.import_slot = (3 + criteria, 4 + criteria,
                                                              5 + criteria)

    def slot(self, name: str) -> int:
        """Where a facet's value sits in the facet key tuple (KeyError: no such facet)."""
        try:
            return self.names.index(name)
        except ValueError:
            raise KeyError(f"no facet {name!r}; there are {self.names}") from None

    def raw_values(self, slot: int, values: Iterable[str]) -> set[Any]:
        """The chosen values as the table stores them."""
        if slot < 3 or slot in (self.hints_slot, self.import_slot):
            return set(values)
        if slot == self.check_slot:
            return {"" if v == "unchecked" else v for v in values}
        return {CRITERION_RAW[v] for v in values if v in CRITERION_RAW}

    def matches(self, slot: int, value: Any, chosen: set[Any]) -> bool:
        """Whether a row's facet value is among the chosen; a row with several hints (of the
        check or the import) matches when any of them is chosen, one without when "none" is."""
        if slot == self.hints_slot or slot == self.import_slot:
            codes = value.split()
            return not chosen.isdisjoint(codes) if codes else "none" in chosen
        return value in chosen

    def active(self, facets: Mapping[str, Iterable[str]]) -> dict[int, set[Any]]:
        return {self.slot(name): self.raw_values(self.slot(name), values)
                for name, values in facets.items()}

    def allowed(self, by_key: Mapping[tuple[Any, ...], int],
                facets: Mapping[str, Iterable[str]]) -> set[int]:
        """The facet codes whose values pass every chosen facet."""
        active = self.active(facets).items()
        matches = self.matches
        return {code for key, code in by_key.items()
                if all(matches(slot, key[slot], values) for slot, values in active)}

    def count(self, joint: Mapping[int, int], keys: Mapping[int, tuple[Any, ...]],
              facets: Mapping[str, Iterable[str]]) -> dict[str, dict[str, int]]:
        """The counts per facet value (see `count_facets`)."""
        return count_facets(joint, keys, self.names, self.active(facets), self.matches,
                            self.check_slot, self.hints_slot, self.import_slot)
