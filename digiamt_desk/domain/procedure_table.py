"""An application's procedures as columns of plain lists: what the review engine works on and
the store's read model (store/review_table.py) fills. Position `p` in every list is the same
procedure; positions follow the id."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import islice

DECISIONS = ("open", "accepted", "rejected")
PROVIDERS = ("municipal", "central", "unknown")
LINK_KINDS = ("http", "mailto", "file", "other")
# The codes an import writes to procedure.import_hints (domain/link_choice.py: no online link
# found, an appointment booking; services/shared_links.py: a shared link, kept or split).
IMPORT_HINTS = ("shared_link", "shared_link_kept", "shared_link_split", "no_online_link",
                "appointment")

SEARCH_CHUNK = 20_000  # rows per step when the search texts are built in idle time


@dataclass(eq=False)
class ProcedureTable:
    """One list per column; `criteria[cid][p]` is True (met), False (not met) or None (unset).

    `search_texts[p]` is title, url and note case-folded and joined by newlines: what the text
    filter searches. It is built after loading, in steps (`build_search_texts`), so the table
    can be shown first; it may be shorter than the other lists until then."""

    application_id: int
    criterion_ids: tuple[str, ...]
    ids: list[int] = field(default_factory=list)  # ascending: a position is found by bisection
    titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    link_kinds: list[str] = field(default_factory=list)  # http | mailto | file | other
    providers: list[str] = field(default_factory=list)  # municipal | central | unknown
    leika_keys: list[str] = field(default_factory=list)  # space-separated, as stored
    criteria: dict[str, list[bool | None]] = field(default_factory=dict)
    decisions: list[str] = field(default_factory=list)  # open | accepted | rejected
    reason_codes: list[str] = field(default_factory=list)
    reason_texts: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    changed_by: list[str] = field(default_factory=list)
    # As SQLite holds it, "2026-03-02 09:00:01.000000" in UTC (sorts as text); "" = never.
    changed_at: list[str] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)
    search_texts: list[str] = field(default_factory=list)
    # The latest automatic pre-check (services/checks.py), read from its own sparse table:
    # status "" = never checked; hints space-separated codes; maturity estimated and set by
    # the reviewer (None: none).
    check_status: list[str] = field(default_factory=list)
    hints: list[str] = field(default_factory=list)
    maturity: list[int | None] = field(default_factory=list)
    maturity_override: list[int | None] = field(default_factory=list)
    # What the import recorded about the link (procedure.import_hints, space-separated codes:
    # IMPORT_HINTS); "" for most rows, so it is read sparsely.
    import_hints: list[str] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.ids)

    def position(self, procedure_id: int) -> int | None:
        """The position of a procedure in the lists, None if it is not in this table."""
        at = bisect_left(self.ids, procedure_id)
        return at if at < len(self.ids) and self.ids[at] == procedure_id else None

    @property
    def search_ready(self) -> bool:
        return len(self.search_texts) == len(self.ids)


def build_search_texts(table: ProcedureTable, rows: int | None = None) -> bool:
    """Build the next `rows` search texts (all remaining if None); True once all are built."""
    start = len(table.search_texts)
    stop = len(table.ids) if rows is None else min(len(table.ids), start + rows)
    if stop > start:
        joined = map("\n".join, zip(islice(table.titles, start, stop),
                                     islice(table.urls, start, stop),
                                     islice(table.notes, start, stop), strict=True))
        table.search_texts.extend(map(str.casefold, joined))
    return table.search_ready


def complete_columns(table: ProcedureTable) -> None:
    """Empty check and import-hint columns for a table built without them (as tests and tools
    do): the read model fills them, the engine needs them full length."""
    count = len(table.ids)
    for name, empty in (("check_status", ""), ("hints", ""), ("maturity", None),
                        ("maturity_override", None), ("import_hints", "")):
        if len(getattr(table, name)) != count:
            setattr(table, name, [empty] * count)
