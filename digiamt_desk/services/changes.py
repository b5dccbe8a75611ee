"""What one change of the history was about, for a front end to say what undo or redo did.

An undo names the change it reverts, a redo the undo it reverts; following that chain gives the
reviewer's own change (an accept, a note, a criterion, a merge). The front end words it."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import CHANGE_SETS, HISTORY, PROCEDURES

TITLES_SHOWN = 3  # a bulk change names its first procedures only


@dataclass(frozen=True)
class ChangeSummary:
    change_set_id: int  # the reviewer's own change the undo or redo went back to
    action: str  # "accepted", "rejected", "open", "criterion", "note", "merge", ...
    field: str  # the first field it changed, e.g. "criteria.electronic_submission"
    fields: frozenset[str]  # every field it changed ("merged_into": the counts change too)
    procedure_ids: tuple[int, ...]  # every procedure it touched, in the order it wrote them
    titles: tuple[str, ...]  # the titles of the first TITLES_SHOWN of them

    @property
    def criterion(self) -> str:
        return self.field.removeprefix("criteria.") if self.field.startswith("criteria.") else ""


def original_change(desk: Desk, change_set_id: int) -> ChangeSummary | None:
    """The change an undo or redo (or any change set) goes back to; None if it is unknown."""
    c, h, p = CHANGE_SETS.c, HISTORY.c, PROCEDURES.c
    with desk.engine.connect() as connection:
        current: int | None = change_set_id
        row = None
        for _step in range(1000):  # an undo of a redo of an undo …: bounded, never a loop
            if current is None:
                return None
            row = connection.execute(select(c.id, c.action, c.undoes_id)
                                     .where(c.id == current)).one_or_none()
            if row is None:
                return None
            if row.action not in ("undo", "redo"):
                break
            current = row.undoes_id
        if row is None or row.action in ("undo", "redo"):
            return None
        entries = connection.execute(select(h.procedure_id, h.field)
                                     .where(h.change_set_id == row.id).order_by(h.id)).all()
        ids = tuple(dict.fromkeys(e.procedure_id for e in entries))
        first = ids[:TITLES_SHOWN]
        titles = dict(connection.execute(select(p.id, p.title).where(p.id.in_(first))).all())
    return ChangeSummary(change_set_id=row.id, action=row.action,
                         field=entries[0].field if entries else "",
                         fields=frozenset(e.field for e in entries), procedure_ids=ids,
                         titles=tuple(str(titles.get(i, "")) for i in first))
