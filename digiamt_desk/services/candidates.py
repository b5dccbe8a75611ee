"""Candidates for an invitation: authorities whose list, read in a Bavaria-wide screening
import, already reaches their threshold, and that have not applied.

A screening application (status "screening") holds an authority's list without anybody having
applied. What of that list can count is one predicate, `countable_condition`: a web link
(http/https), not rejected (the import rejects what the source marks as offline or inactive),
not merged into another procedure. An authority with any application that is not a screening
one (received, in review, awarded, rejected, withdrawn) is no candidate."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import ColumnElement, and_, case, func, select

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import Decision, Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.publish import csv_safe
from digiamt_desk.store.tables import APPLICATIONS, PROCEDURES, REGISTER

A = APPLICATIONS.c
P = PROCEDURES.c
R = REGISTER.c


def countable_condition() -> ColumnElement[bool]:
    """A screened procedure that can count (see the module doc)."""
    return and_(P.link_kind == "http", P.decision != Decision.REJECTED.value,
                P.merged_into.is_(None))


@dataclass(frozen=True, slots=True)
class Candidate:
    application_id: int  # the screening application
    reference: str
    ars: str
    key: str
    name: str
    official_name: str
    kind: str
    regierungsbezirk: str
    landkreis: str
    procedures: int  # on the list
    countable: int
    threshold: int

    @property
    def surplus(self) -> int:
        return self.countable - self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"ars": self.ars, "key": self.key, "name": self.name,
                "official_name": self.official_name, "kind": self.kind,
                "regierungsbezirk": self.regierungsbezirk, "landkreis": self.landkreis or None,
                "procedures": self.procedures, "countable": self.countable,
                "threshold": self.threshold, "reference": self.reference}


def list_candidates(desk: Desk) -> list[Candidate]:
    """Candidates with the most countable procedures first, then by name."""
    applied = select(A.ars).where(A.status != Status.SCREENING.value)
    counts = (select(P.application_id, func.count().label("procedures"),
                     func.sum(case((countable_condition(), 1), else_=0)).label("countable"))
              .group_by(P.application_id).subquery())
    statement = (
        select(A.id, A.reference, A.ars, A.name, A.official_name, A.kind, R.key, R.ags,
               R.regierungsbezirk, R.landkreis, counts.c.procedures, counts.c.countable)
        .select_from(APPLICATIONS.join(REGISTER, R.ars == A.ars)
                     .join(counts, counts.c.application_id == A.id))
        .where(A.status == Status.SCREENING.value, A.ars.not_in(applied)))
    catalog = desk.catalog()
    with desk.engine.connect() as connection:
        rows = list(connection.execute(statement))
    newest: dict[str, Candidate] = {}
    for row in sorted(rows, key=lambda r: r.id):  # a later screening replaces an earlier one
        threshold = catalog.threshold_for(row.kind)
        newest[row.ars] = Candidate(
            application_id=row.id, reference=row.reference, ars=row.ars,
            key=row.ags or row.key, name=row.name, official_name=row.official_name,
            kind=row.kind, regierungsbezirk=row.regierungsbezirk,
            landkreis=row.landkreis or "", procedures=int(row.procedures),
            countable=int(row.countable or 0), threshold=threshold)
    found = [c for c in newest.values() if c.countable >= c.threshold]
    found.sort(key=lambda c: (-c.countable, din5007_key(c.name), c.ars))
    return found


CSV_HEADER = ("Name", "Amtlicher Name", "Art", "Regierungsbezirk", "Landkreis",
              "Online-Verfahren (zählbar)", "Schwelle", "Verfahren in der Liste", "ARS")


def candidates_csv(candidates: list[Candidate]) -> bytes:
    """German Excel: semicolons, CRLF, UTF-8 with BOM, no cell that Excel runs as a formula."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    for c in candidates:
        writer.writerow([csv_safe(c.name), csv_safe(c.official_name), csv_safe(c.kind),
                         csv_safe(c.regierungsbezirk), csv_safe(c.landkreis), c.countable,
                         c.threshold, c.procedures, c.ars])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def candidates_json(candidates: list[Candidate]) -> bytes:
    text = json.dumps([c.as_dict() for c in candidates], ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


__all__ = ["Candidate", "candidates_csv", "candidates_json", "countable_condition",
           "list_candidates"]
