"""What the reviewer confirms when awarding (the final decision): the counts against the
threshold, what is still open, the hints on counted procedures nobody has looked at since they
came up, the criteria version, and that the application becomes read-only. The window's
confirmation dialog and `digiamt status KEY --set awarded` show the same summary."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select

from digiamt_desk.checks.hints import INFO_ONLY_HINTS, url_hints
from digiamt_desk.checks.status import REACHABLE
from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import Decision
from digiamt_desk.services.applications import find_application, summary
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import CHECKS, PROCEDURES, Application

# Link check results that judged nothing: no hint to look at.
_NOT_JUDGED = frozenset({"not_checked", "no_network", ""})


@dataclass(frozen=True, slots=True)
class OpenHint:
    """A hint or a failed link check on a counted procedure, with no decision after it."""

    procedure_id: int
    title: str
    hints: tuple[str, ...]  # hint codes (checks.hints)
    check_status: str  # the link check's status when it failed, else ""


@dataclass(frozen=True)
class AwardingSummary:
    reference: str
    official_name: str
    counted: int
    threshold: int
    procedures: int
    rejected: int
    open: int
    criteria_version: str
    hints: list[OpenHint] = field(default_factory=list)

    @property
    def eligible(self) -> bool:
        return self.counted >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"reference": self.reference, "name": self.official_name,
                "counted": self.counted, "threshold": self.threshold,
                "eligible": self.eligible, "procedures": self.procedures,
                "rejected": self.rejected, "open": self.open,
                "criteria_version": self.criteria_version,
                "hints_not_looked_at": [
                    {"id": h.procedure_id, "title": h.title, "hints": list(h.hints),
                     "check_status": h.check_status or None} for h in self.hints],
                "becomes_read_only": True}

    def lines(self) -> list[str]:
        """The summary in English, for the command line."""
        lines = [f"{self.reference} {self.official_name}",
                 f"  counted: {self.counted} of {self.threshold} needed"
                 f"{'' if self.eligible else ' (not eligible)'}",
                 f"  reported: {self.procedures}, rejected: {self.rejected}, "
                 f"not yet reviewed: {self.open}",
                 f"  criteria version: {self.criteria_version}",
                 f"  hints on counted procedures not looked at since: {len(self.hints)}"]
        lines += [f"    #{h.procedure_id} {h.title}: "
                  + ", ".join([*h.hints, *([h.check_status] if h.check_status else [])])
                  for h in self.hints]
        lines.append("  the application becomes read-only (reopen it to change it)")
        return lines


def awarding_summary_of(desk: Desk, application_id: int) -> AwardingSummary:
    """`awarding_summary` of the application with this id (for a front end holding ids)."""
    return awarding_summary(desk, find_application(desk, f"#{application_id}"))


def awarding_summary(desk: Desk, application: Application) -> AwardingSummary:
    facts = summary(desk, application)
    p, c = PROCEDURES.c, CHECKS.c
    statement = (select(p.id, p.title, p.url, p.changed_at, c.status, c.hints, c.checked_at)
                 .join_from(PROCEDURES, CHECKS, c.procedure_id == p.id, isouter=True)
                 .where(p.application_id == application.id,
                        p.decision == Decision.ACCEPTED.value))
    found: list[OpenHint] = []
    with desk.engine.connect() as connection:
        for row in connection.execute(statement):
            codes = [h.code for h in url_hints(row.url) if h.code in INFO_ONLY_HINTS]
            status = ""
            checked_after_decision = row.checked_at is not None and (
                row.changed_at is None or row.checked_at >= row.changed_at)
            if checked_after_decision:
                codes += [code for code in (row.hints or "").split()
                          if code in INFO_ONLY_HINTS and code not in codes]
                if row.status not in REACHABLE and row.status not in _NOT_JUDGED:
                    status = row.status
            if codes or status:
                found.append(OpenHint(row.id, row.title, tuple(codes), status))
    found.sort(key=lambda hint: din5007_key(hint.title))
    return AwardingSummary(
        reference=application.reference, official_name=application.official_name,
        counted=facts.counted, threshold=facts.threshold, procedures=facts.procedures,
        rejected=facts.rejected, open=facts.open, criteria_version=facts.criteria_version,
        hints=found)
