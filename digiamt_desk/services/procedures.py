"""Reading an application's procedures: bulk for lists and tables, one for the detail view."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import PROCEDURES

P = PROCEDURES.c


@dataclass(frozen=True, slots=True)
class ProcedureView:
    id: int
    title: str
    url: str
    link_kind: str
    provider: str
    leika_keys: tuple[str, ...]
    criteria: dict[str, bool]
    decision: str
    reason_code: str
    reason_text: str
    note: str
    duplicate_rows: int

    def reason_label(self, desk: Desk) -> str:
        if not self.reason_code:
            return self.reason_text
        found = desk.catalog().reason(self.reason_code)
        label = found.label_de if found else self.reason_code
        return f"{label}: {self.reason_text}" if self.reason_text else label

    def as_dict(self, desk: Desk) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "link_kind": self.link_kind,
            "provider": self.provider, "leika_keys": list(self.leika_keys),
            "criteria": self.criteria, "decision": self.decision,
            "reason": self.reason_label(desk), "reason_code": self.reason_code,
            "reason_text": self.reason_text, "note": self.note,
            "duplicate_rows": self.duplicate_rows,
        }


def list_procedures(desk: Desk, application_id: int) -> list[ProcedureView]:
    statement = (select(P.id, P.title, P.url, P.link_kind, P.provider, P.leika_keys, P.criteria,
                        P.decision, P.reason_code, P.reason_text, P.note, P.duplicate_rows)
                 .where(P.application_id == application_id).order_by(P.id))
    with desk.engine.connect() as connection:
        return [
            ProcedureView(row.id, row.title, row.url, row.link_kind, row.provider,
                          tuple(row.leika_keys.split()), json.loads(row.criteria or "{}"),
                          row.decision, row.reason_code, row.reason_text, row.note,
                          row.duplicate_rows)
            for row in connection.execute(statement)
        ]


def source_rows(desk: Desk, procedure_id: int) -> list[dict[str, Any]]:
    """The rows of the latest import that this procedure came from, as they were in the file."""
    with desk.engine.connect() as connection:
        text = connection.execute(select(P.source_rows).where(P.id == procedure_id)).scalar()
    return list(json.loads(text or "[]"))
