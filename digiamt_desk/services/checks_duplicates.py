"""Duplicates among an application's procedures: the merges the checks propose
(checks/duplicates.py), a pair the reviewer dismisses, a confirmed merge and its end.

A merge is a review change: it goes through the review module's own loading, state and writing
(`review._load`, `_state`, `_write`), so history, undo and redo treat it like a decision. The
link checks themselves live in services/checks.py, which offers these functions too."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from digiamt_desk.checks.duplicates import Candidate, Proposal, find_duplicates
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError
from digiamt_desk.services import review
from digiamt_desk.services.applications import mark_in_review
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import CHECKS, DISMISSALS, HISTORY, PROCEDURES

P = PROCEDURES.c
C = CHECKS.c


def _ensure_owned(desk: Desk, application_id: int, procedure_ids: list[int]) -> None:
    """Refuse procedure ids that are not the application's."""
    with desk.engine.connect() as connection:
        found = set(connection.execute(select(P.id).where(
            P.application_id == application_id, P.id.in_(procedure_ids))).scalars())
    missing = set(procedure_ids) - found
    if missing:
        raise InputError(f"procedure(s) {', '.join(map(str, sorted(missing)))} do not belong "
                         "to this application")


def _dismissed(connection: Connection, application_id: int) -> set[tuple[int, int]]:
    d = DISMISSALS.c
    return {(row.first_id, row.second_id) for row in connection.execute(
        select(d.first_id, d.second_id).where(d.application_id == application_id))}


def duplicate_proposals(desk: Desk, application_id: int) -> list[Proposal]:
    """Proposed merges among the procedures not merged yet, without dismissed pairs."""
    statement = (select(P.id, P.title, P.url, C.final_url)
                 .select_from(PROCEDURES.outerjoin(CHECKS, C.procedure_id == P.id))
                 .where(P.application_id == application_id, P.merged_into.is_(None))
                 .order_by(P.id))
    with desk.engine.connect() as connection:
        candidates = [Candidate(row.id, row.title, row.url, row.final_url or "")
                      for row in connection.execute(statement)]
        skipped = _dismissed(connection, application_id)
    return find_duplicates(candidates, skipped)


def dismiss_duplicate(desk: Desk, application_id: int, first_id: int, second_id: int) -> None:
    review._application(desk, application_id)
    _ensure_owned(desk, application_id, [first_id, second_id])
    pair = (min(first_id, second_id), max(first_id, second_id))
    with desk.engine.begin() as connection:
        if pair not in _dismissed(connection, application_id):
            connection.execute(DISMISSALS.insert().values(
                application_id=application_id, first_id=pair[0], second_id=pair[1],
                at=desk.clock(), by=desk.reviewer))


def merge_duplicate(desk: Desk, application_id: int, keep_id: int,
                    merge_id: int) -> review.ChangeResult:
    """Merge `merge_id` into `keep_id`: it is rejected as a duplicate (the catalog's reason
    "duplicate") and marked as merged, so the procedure counts once. One change set of the
    review history: Ctrl+Z (or `unmerge_duplicate`) undoes it."""
    application = review._application(desk, application_id)
    if keep_id == merge_id:
        raise ReviewError("a procedure cannot be merged into itself", code="merge_self")
    catalog = desk.catalog()
    reason = catalog.reason("duplicate")
    result = review.ChangeResult(change_set_id=None)
    with desk.engine.begin() as connection:
        rows = review._load(connection, application_id, [keep_id, merge_id])
        keep, merged = rows[keep_id], rows[merge_id]
        if keep.merged_into is not None:
            raise ReviewError(f"procedure {keep_id} is itself merged into {keep.merged_into}",
                              code="merge_target_merged", procedure=keep_id,
                              target=keep.merged_into)
        if merged.merged_into is not None:
            raise ReviewError(f"procedure {merge_id} is already merged into "
                              f"{merged.merged_into}", code="already_merged",
                              procedure=merge_id, target=merged.merged_into)
        title = connection.execute(select(P.title).where(P.id == keep_id)).scalar_one()
        target: dict[str, str | None] = {
            "decision": Decision.REJECTED.value,
            "reason_code": reason.code if reason is not None else "other",
            "reason_text": f"#{keep_id} {title}", "merged_into": str(keep_id)}
        _record(desk, connection, application_id, "merge", merged, target, result)
    mark_in_review(desk, application)
    return result


def _record(desk: Desk, connection: Connection, application_id: int, action: str, row: Any,
            target: dict[str, str | None], result: review.ChangeResult) -> None:
    """Write the fields of `row` that `target` changes as one change set of the history."""
    before = review._state(row)
    fields = {k: (before.get(k), v) for k, v in target.items()
              if (before.get(k) or "") != (v or "")}
    result.change_set_id = review._write(desk, connection, application_id, action,
                                         {row.id: fields})
    result.changed.append(row.id)


def unmerge_duplicate(desk: Desk, application_id: int, merge_id: int) -> review.ChangeResult:
    """End a merge: the procedure gets back the decision it had before it was merged."""
    review._application(desk, application_id)
    h = HISTORY.c
    result = review.ChangeResult(change_set_id=None)
    with desk.engine.begin() as connection:
        row = review._load(connection, application_id, [merge_id])[merge_id]
        if row.merged_into is None:
            raise ReviewError(f"procedure {merge_id} is not merged", code="not_merged",
                              procedure=merge_id)
        merge_set = connection.execute(
            select(h.change_set_id).where(h.procedure_id == merge_id, h.field == "merged_into",
                                          h.new == str(row.merged_into))
            .order_by(h.id.desc()).limit(1)).scalar()
        restore: dict[str, str | None] = {"merged_into": None}
        if merge_set is not None:
            for entry in connection.execute(select(h.field, h.old).where(
                    h.change_set_id == merge_set, h.procedure_id == merge_id)):
                if entry.field != "merged_into":
                    restore[entry.field] = entry.old
        _record(desk, connection, application_id, "unmerge", row, restore, result)
    return result


def merged_procedures(desk: Desk, application_id: int) -> list[tuple[int, int]]:
    """(merged id, kept id) of the merges in force."""
    with desk.engine.connect() as connection:
        return [(row.id, row.merged_into) for row in connection.execute(
            select(P.id, P.merged_into).where(P.application_id == application_id,
                                              P.merged_into.is_not(None)).order_by(P.id))]
