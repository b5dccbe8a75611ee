"""The review table of an application for a front end: the store's read model
(store/review_table.py) read for the open workspace."""

from __future__ import annotations

from collections.abc import Iterable

from digiamt_desk.services.desk import Desk
from digiamt_desk.store import review_table
from digiamt_desk.store.review_table import (
    DECISIONS,
    LINK_KINDS,
    PROVIDERS,
    SEARCH_CHUNK,
    ProcedureTable,
    build_search_texts,
    ensure_check_columns,
)


def load_table(desk: Desk, application_id: int) -> ProcedureTable:
    """All procedures of an application, ordered by id, as columns (search texts not built)."""
    return review_table.load_table(desk.engine, application_id,
                                   tuple(desk.catalog().criterion_ids()))


def reload_rows(desk: Desk, table: ProcedureTable, procedure_ids: Iterable[int]) -> list[int]:
    """Read these procedures again after a review action; the positions that changed."""
    return review_table.reload_rows(desk.engine, table, procedure_ids)


__all__ = ["DECISIONS", "LINK_KINDS", "PROVIDERS", "SEARCH_CHUNK", "ProcedureTable",
           "build_search_texts", "ensure_check_columns", "load_table", "reload_rows"]
