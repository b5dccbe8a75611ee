"""What a cell of the review table shows: its text, tooltip, colour and alignment, in the
reader's language (the words are in ui/table_texts.py). The review engine holds the values."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt

from digiamt_desk.engine.columns import FIRST_CRITERION
from digiamt_desk.engine.facets import (
    CHECK_FACET,
    DECISION_FACET,
    HINTS_FACET,
    IMPORT_FACET,
    LINK_KIND_FACET,
    PROVIDER_FACET,
)
from digiamt_desk.engine.review import ReviewEngine
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

_CENTER = int(Qt.AlignmentFlag.AlignCenter)


class Cells:
    """The texts of the table's cells, headers and facets, looked up once per language."""

    def __init__(self, engine: ReviewEngine) -> None:
        self.engine = engine
        self.criterion_labels: dict[str, str] = {}
        self._times: dict[str, str] = {}
        self.retranslate()

    def retranslate(self) -> None:
        """Look the texts up again (after the language changed)."""
        self._decisions = {k: _tr(v) for k, v in _DECISION_TEXTS.items()}
        self._providers = {k: _tr(v) for k, v in _PROVIDER_TEXTS.items()}
        self._providers["unknown"] = ""
        self._criteria: dict[bool | None, str] = {k: _tr(v) for k, v in _CRITERION_TEXTS.items()}
        self._criteria[None] = ""
        self._not_web = _tr(_NOT_WEB)
        self._checks = {k: _tr(v) for k, v in CHECK_TEXTS.items()}
        self._checks[""] = ""
        self._hints = {k: _tr(v) for k, v in HINT_TEXTS.items()}
        self._imports = {k: _tr(v) for k, v in IMPORT_HINT_TEXTS.items()}
        self._estimated = _tr(_ESTIMATED)
        self._headers = {k: _tr(v) for k, v in _HEADERS.items()}

    def header(self, section: int) -> str | None:
        kinds = self.engine.columns.kinds
        if not 0 <= section < len(kinds):
            return None
        if kinds[section] == "criterion":
            cid = self.engine.columns.criterion_ids[section - FIRST_CRITERION]
            return self.criterion_labels.get(cid, cid)
        return self._headers[kinds[section]]

    def display(self, column: int, p: int) -> Any:
        table, kind = self.engine.table, self.engine.columns.kinds[column]
        if kind == "title":
            return table.titles[p]
        if kind == "link":
            return table.urls[p]
        if kind == "criterion":
            cid = table.criterion_ids[column - FIRST_CRITERION]
            return self._criteria[table.criteria[cid][p]]
        if kind == "decision":
            decision = table.decisions[p]
            return self._decisions.get(decision, decision)
        if kind == "provider":
            provider = table.providers[p]
            return self._providers.get(provider, provider)
        if kind == "leika":
            return table.leika_keys[p]
        if kind == "reason":
            return self.engine.reason(p)
        if kind == "note":
            return table.notes[p].replace("\n", " ")
        if kind == "changed_by":
            return table.changed_by[p]
        if kind == "check":
            status = table.check_status[p]
            return self._checks.get(status, status)
        if kind == "hints":
            hints, recorded = table.hints[p], table.import_hints[p]
            if not hints and not recorded:
                return ""
            # What the import recorded first: it decides whether the row counts at all.
            return ", ".join([*(self._imports.get(code, code) for code in recorded.split()),
                              *(self._hints.get(code, code) for code in hints.split())])
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

    def tooltip(self, column: int, p: int) -> Any:
        table, kind = self.engine.table, self.engine.columns.kinds[column]
        if kind == "link":
            url = table.urls[p]
            return url if table.link_kinds[p] == "http" else f"{self._not_web}: {url}"
        if kind == "title":
            return table.titles[p]
        if kind == "reason":
            return self.engine.reason(p) or None
        if kind == "note":
            return table.notes[p] or None
        if kind in ("check", "hints", "maturity"):
            return self.display(column, p) or None
        return None

    def foreground(self, column: int, p: int) -> Any:
        table, kind = self.engine.table, self.engine.columns.kinds[column]
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

    def alignment(self, column: int) -> Any:
        return _CENTER if self.engine.columns.kinds[column] in ("criterion", "maturity") \
            else None

    def facet_title(self, name: str) -> str:
        """A facet's heading: "Decision", "Provider", "Link", or the criterion's label."""
        if name.startswith("criteria."):
            cid = name.removeprefix("criteria.")
            return self.criterion_labels.get(cid, cid)
        return _tr(_FACET_TITLES.get(name, name))

    @staticmethod
    def facet_value_label(name: str, value: str) -> str:
        """A facet value as the user reads it ("Open", "municipal", "e-mail", "yes")."""
        if name.startswith("criteria."):
            return _tr(_CRITERION_VALUE_TEXTS.get(value, value))
        texts = {DECISION_FACET: _DECISION_TEXTS, PROVIDER_FACET: _PROVIDER_FACET_TEXTS,
                 LINK_KIND_FACET: _LINK_KIND_TEXTS, CHECK_FACET: CHECK_TEXTS,
                 HINTS_FACET: HINT_TEXTS, IMPORT_FACET: IMPORT_HINT_TEXTS}.get(name, {})
        found = texts.get(value)
        return _tr(found) if found is not None else value
