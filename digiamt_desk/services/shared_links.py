"""Shared links: rows with different titles or LeiKa keys that an import merged under one link.

By the award's rule a link counts once, so the import merges them; but a contact form standing
for twenty services is no twenty-fold online procedure, and a portal's start page is rarely the
online service of every row. The reviewer decides per group:

- keep it merged: the hint "shared_link" becomes "shared_link_kept" (the group is settled);
- split it: every distinct title of the group becomes a procedure of its own (same link, its own
  rows and LeiKa keys), to be decided on its own.

Both are one change set of the review history, so Ctrl+Z (`digiamt undo`) takes them back. The
procedures a split creates are stored first in the state of a confirmed duplicate merge
(merged into the group's procedure, rejected as "duplicate", counted once); the change set then
ends that merge. Undo restores it, redo ends it again, and a second split reuses them.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, select
from sqlalchemy.exc import NoResultFound

from digiamt_desk.domain.importing import SourceRow
from digiamt_desk.domain.review import Decision, ReviewError
from digiamt_desk.importers import parse_bytes
from digiamt_desk.services import review
from digiamt_desk.services.applications import mark_in_review
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.bulk import insert_many
from digiamt_desk.store.import_runs import kept_source
from digiamt_desk.store.tables import PROCEDURES

P = PROCEDURES.c
SHARED, KEPT, SPLIT = "shared_link", "shared_link_kept", "shared_link_split"


@dataclass(frozen=True, slots=True)
class SharedGroup:
    procedure_id: int
    url: str
    title: str
    rows: tuple[int, ...]
    titles: tuple[str, ...]  # distinct titles of the rows, in row order
    state: str  # "shared" (undecided), "kept" or "split"


def shared_groups(desk: Desk, application_id: int) -> list[SharedGroup]:
    """The application's procedures an import merged from rows naming different services."""
    with desk.engine.connect() as connection:
        found = list(connection.execute(
            select(P.id, P.url, P.title, P.source_rows, P.import_id, P.import_hints)
            .where(P.application_id == application_id, P.import_hints.like("%shared_link%"))
            .order_by(P.id)))
        groups = []
        for row in found:
            rows = _rows(connection, row.import_id, row.source_rows)
            titles = tuple(dict.fromkeys(r.title for r in rows))
            hints = row.import_hints.split()
            state = "split" if SPLIT in hints else "kept" if KEPT in hints else "shared"
            groups.append(SharedGroup(row.id, row.url, row.title, tuple(r.row for r in rows),
                                      titles, state))
    return groups


def _rows(connection: Connection, import_id: int | None, numbers: str) -> list[SourceRow]:
    if import_id is None:
        return []
    run = kept_source(connection, import_id)  # a Land-wide import keeps it once
    if run is None:
        raise NoResultFound(f"no import run {import_id}")
    try:
        content = zlib.decompress(run.content)
    except zlib.error:
        content = run.content
    parsed = parse_bytes(content, run.source, mapping=json.loads(run.mapping) or None,
                         filename=run.filename or None)
    wanted = {int(n) for n in numbers.split()}
    return [row for row in parsed.rows if row.row in wanted]


def _hints(text: str, remove: str, add: str) -> str:
    hints = [h for h in text.split() if h not in (SHARED, KEPT, SPLIT, remove)]
    return " ".join([*hints, add])


def keep_merged(desk: Desk, application_id: int, procedure_id: int) -> review.ChangeResult:
    """Settle the group as one procedure (one undoable change set)."""
    review._application(desk, application_id)
    result = review.ChangeResult(change_set_id=None)
    with desk.engine.begin() as connection:
        hints = _group_hints(connection, application_id, procedure_id)
        result.change_set_id = review._write(desk, connection, application_id, "keep_shared", {
            procedure_id: {"import_hints": (hints, _hints(hints, SHARED, KEPT))}})
        result.changed.append(procedure_id)
    return result


def _group_hints(connection: Connection, application_id: int, procedure_id: int) -> str:
    hints = connection.execute(select(P.import_hints).where(
        P.id == procedure_id, P.application_id == application_id)).scalar()
    if hints is None or not ({SHARED, KEPT} & set(hints.split())):
        raise ReviewError(f"procedure {procedure_id} is no shared-link group of this "
                          "application (or it is split already)", code="not_shared_link",
                          procedure=procedure_id)
    return str(hints)


def split_group(desk: Desk, application_id: int, procedure_id: int) -> review.ChangeResult:
    """One procedure per distinct title of the group (one undoable change set)."""
    application = review._application(desk, application_id)
    catalog = desk.catalog()
    reason = catalog.reason("duplicate")
    result = review.ChangeResult(change_set_id=None)
    with desk.engine.begin() as connection:
        hints = _group_hints(connection, application_id, procedure_id)
        group = connection.execute(select(
            P.url, P.url_key, P.link_kind, P.provider, P.title, P.source_rows, P.import_id,
            P.ozg_ids).where(P.id == procedure_id)).one()
        rows = _rows(connection, group.import_id, group.source_rows)
        by_title: dict[str, list[SourceRow]] = {}
        for row in rows:
            by_title.setdefault(" ".join(row.title.split()).casefold(), []).append(row)
        parts = list(by_title.values())
        if len(parts) < 2:
            raise ReviewError("the rows of this link name one service; nothing to split",
                              code="nothing_to_split", procedure=procedure_id)
        siblings = _siblings(connection, application_id, procedure_id, group, parts[1:],
                             reason.code if reason is not None else "other")
        changes: dict[int, dict[str, tuple[str | None, str | None]]] = {}
        first = parts[0]
        old = connection.execute(select(P.leika_keys, P.source_rows, P.duplicate_rows)
                                 .where(P.id == procedure_id)).one()
        changes[procedure_id] = {
            "import_hints": (hints, _hints(hints, SHARED, SPLIT)),
            "leika_keys": (old.leika_keys, _keys(first)),
            "source_rows": (old.source_rows, " ".join(str(r.row) for r in first)),
        }
        for sibling_id, state in siblings.items():
            changes[sibling_id] = {
                "merged_into": (state["merged_into"], None),
                "decision": (state["decision"], Decision.OPEN.value),
                "reason_code": (state["reason_code"], ""),
                "reason_text": (state["reason_text"], ""),
            }
        result.change_set_id = review._write(desk, connection, application_id, "split_shared",
                                             changes)
        result.changed.extend(changes)
    mark_in_review(desk, application)
    return result


def _keys(rows: list[SourceRow]) -> str:
    return " ".join(dict.fromkeys(k for r in rows for k in r.leika_keys))


def _siblings(connection: Connection, application_id: int, procedure_id: int, group: Any,
              parts: list[list[SourceRow]], reason_code: str) -> dict[int, dict[str, Any]]:
    """The procedures of the other titles, merged into the group's one: found (an earlier
    split that was undone) or created in that state."""
    found = {row.title.casefold(): row for row in connection.execute(
        select(P.id, P.title, P.decision, P.reason_code, P.reason_text, P.merged_into)
        .where(P.application_id == application_id, P.merged_into == procedure_id,
               P.url_key == group.url_key))}
    missing = [p for p in parts if " ".join(p[0].title.split()).casefold() not in found]
    insert_many(connection, PROCEDURES, (
        "application_id", "title", "url", "url_key", "link_kind", "provider", "leika_keys",
        "ozg_ids", "source_rows", "duplicate_rows", "import_id", "import_hints",
        "decision", "reason_code", "reason_text", "merged_into"),
        [(application_id, " ".join(p[0].title.split()), group.url, group.url_key,
          group.link_kind, group.provider, _keys(p), group.ozg_ids,
          " ".join(str(r.row) for r in p), 0, group.import_id, SPLIT,
          Decision.REJECTED.value, reason_code, f"#{procedure_id} {group.title}", procedure_id)
         for p in missing])
    states: dict[int, dict[str, Any]] = {}
    for row in connection.execute(
            select(P.id, P.title, P.decision, P.reason_code, P.reason_text, P.merged_into)
            .where(P.application_id == application_id, P.merged_into == procedure_id,
                   P.url_key == group.url_key)):
        states[row.id] = {"merged_into": str(row.merged_into), "decision": row.decision,
                          "reason_code": row.reason_code, "reason_text": row.reason_text}
    return states
