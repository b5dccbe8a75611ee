"""Figures for the press office and the head of unit: applications by status, awards per month,
awards by Regierungsbezirk and by kind against the register, days from receipt to decision,
the most frequent rejection reasons, and procedures counted per award.

Every figure is an aggregate in SQL or over the list of awards in force (`publish.final_awards`,
so a withdrawn award is not counted anywhere); nothing loads procedures one by one, so the
figures of 2,400 applications with half a million procedures come in well under a second."""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import func, literal_column, select

from digiamt_desk.domain.register import Kind
from digiamt_desk.domain.review import STATUS_LABELS_DE, Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.publish import Award, final_awards
from digiamt_desk.store.tables import APPLICATIONS, FINAL_DECISIONS, PROCEDURES, REGISTER

A = APPLICATIONS.c
F = FINAL_DECISIONS.c
P = PROCEDURES.c
R = REGISTER.c

REGIERUNGSBEZIRKE = ("Oberbayern", "Niederbayern", "Oberpfalz", "Oberfranken", "Mittelfranken",
                     "Unterfranken", "Schwaben")
KINDS = tuple(k.value for k in Kind)
# Procedures counted per award, in classes: (lowest, highest or None for open-ended).
COUNT_CLASSES = ((0, 49), (50, 99), (100, 149), (150, 199), (200, 299), (300, None))
TOP_REASONS = 10


@dataclass(frozen=True, slots=True)
class Share:
    """Awards in a group against the authorities of that group in the register."""

    group: str
    awarded: int
    register: int

    @property
    def share(self) -> float | None:
        return self.awarded / self.register if self.register else None

    def as_dict(self) -> dict[str, Any]:
        return {"group": self.group, "awarded": self.awarded, "register": self.register,
                "share": None if self.share is None else round(self.share, 6)}


@dataclass(frozen=True, slots=True)
class Spread:
    """Median and quartiles (inclusive method: the quartiles lie within the data)."""

    count: int
    median: float | None
    q1: float | None
    q3: float | None
    minimum: int | None
    maximum: int | None

    @classmethod
    def of(cls, values: list[int]) -> Spread:
        if not values:
            return cls(0, None, None, None, None, None)
        ordered = sorted(values)
        if len(ordered) == 1:
            only = float(ordered[0])
            return cls(1, only, only, only, ordered[0], ordered[0])
        q1, median, q3 = statistics.quantiles(ordered, n=4, method="inclusive")
        return cls(len(ordered), median, q1, q3, ordered[0], ordered[-1])

    def as_dict(self) -> dict[str, Any]:
        return {"count": self.count, "median": self.median, "q1": self.q1, "q3": self.q3,
                "min": self.minimum, "max": self.maximum}


@dataclass(frozen=True, slots=True)
class MonthCount:
    month: str  # YYYY-MM
    awards: int
    cumulative: int


@dataclass(frozen=True, slots=True)
class ReasonCount:
    code: str
    label: str  # German, from the criteria catalog
    procedures: int


@dataclass(frozen=True, slots=True)
class CountClass:
    lowest: int
    highest: int | None
    awards: int

    @property
    def label(self) -> str:
        return f"{self.lowest}–{self.highest}" if self.highest is not None else \
            f"ab {self.lowest}"


@dataclass
class Statistics:
    stand: date
    by_status: dict[str, int]
    awards_per_month: list[MonthCount]
    by_regierungsbezirk: list[Share]
    by_kind: list[Share]
    decision_days: Spread
    rejection_reasons: list[ReasonCount]
    counted_per_award: list[CountClass]
    counted_spread: Spread
    awards: int = 0
    applications: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "stand": self.stand.isoformat(),
            "applications": self.applications,
            "awards": self.awards,
            "by_status": [{"status": s, "label": STATUS_LABELS_DE[Status(s)], "count": n}
                          for s, n in self.by_status.items()],
            "awards_per_month": [{"month": m.month, "awards": m.awards,
                                  "cumulative": m.cumulative} for m in self.awards_per_month],
            "by_regierungsbezirk": [s.as_dict() for s in self.by_regierungsbezirk],
            "by_kind": [s.as_dict() for s in self.by_kind],
            "days_receipt_to_decision": self.decision_days.as_dict(),
            "rejection_reasons": [{"code": r.code, "label": r.label, "procedures": r.procedures}
                                  for r in self.rejection_reasons],
            "counted_per_award": {
                "classes": [{"from": c.lowest, "to": c.highest, "label": c.label,
                             "awards": c.awards} for c in self.counted_per_award],
                **self.counted_spread.as_dict()},
        }


def months_between(first: date, last: date) -> list[str]:
    months = []
    year, month = first.year, first.month
    while (year, month) <= (last.year, last.month):
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def awards_per_month(awards: list[Award]) -> list[MonthCount]:
    if not awards:
        return []
    per_month = Counter(a.award_date.strftime("%Y-%m") for a in awards)
    dates = [a.award_date for a in awards]
    result, total = [], 0
    for month in months_between(min(dates), max(dates)):
        total += per_month.get(month, 0)
        result.append(MonthCount(month, per_month.get(month, 0), total))
    return result


def _shares(groups: tuple[str, ...], awarded: Counter[str],
            register: dict[str, int]) -> list[Share]:
    return [Share(g, awarded.get(g, 0), register.get(g, 0)) for g in groups]


def _rejected_days(desk: Desk) -> list[int]:
    """Receipt to decision of the applications rejected now (their latest rejection)."""
    latest = (select(F.application_id, func.max(F.id).label("decision_id"))
              .where(F.status == Status.REJECTED.value).group_by(F.application_id).subquery())
    statement = (select(A.received_on, F.at)
                 .select_from(APPLICATIONS.join(latest, latest.c.application_id == A.id)
                              .join(FINAL_DECISIONS, F.id == latest.c.decision_id))
                 .where(A.status == Status.REJECTED.value))
    with desk.engine.connect() as connection:
        return [(row.at.date() - date.fromisoformat(row.received_on)).days
                for row in connection.execute(statement)]


def rejection_reasons(desk: Desk, limit: int = TOP_REASONS) -> list[ReasonCount]:
    """Reasons of rejected procedures of the applications received (screening lists are no
    applications and are left out). Counted per application and reason from the partial index
    of rejected procedures (the literal 'rejected' lets SQLite use it); screening applications
    are taken out in Python."""
    statement = (select(P.application_id, P.reason_code, func.count())
                 .where(P.decision == literal_column("'rejected'"))
                 .group_by(P.application_id, P.reason_code))
    with desk.engine.connect() as connection:
        screening = set(connection.execute(
            select(A.id).where(A.status == Status.SCREENING.value)).scalars())
        totals: Counter[str] = Counter()
        for application_id, code, count in connection.execute(statement):
            if application_id not in screening:
                totals[code or ""] += int(count)
    catalog = desk.catalog()
    result = []
    for code, count in sorted(totals.items(), key=lambda item: (-item[1], item[0]))[:limit]:
        reason = catalog.reason(code) if code else None
        result.append(ReasonCount(code, reason.label_de if reason else (code or "ohne Grund"),
                                  count))
    return result


def compute_statistics(desk: Desk, *, on: date | None = None) -> Statistics:
    awards = final_awards(desk)
    with desk.engine.connect() as connection:
        by_status_rows = {str(status): int(count) for status, count in connection.execute(
            select(A.status, func.count()).group_by(A.status))}
        register_rows = connection.execute(
            select(R.regierungsbezirk, R.kind, func.count()).where(R.active.is_(True))
            .group_by(R.regierungsbezirk, R.kind)).all()
    by_status = {s.value: int(by_status_rows.get(s.value, 0)) for s in Status}
    register_by_rb: Counter[str] = Counter()
    register_by_kind: Counter[str] = Counter()
    for rb, kind, count in register_rows:
        register_by_rb[rb] += count
        register_by_kind[kind] += count
    days = [(a.award_date - a.received_on).days for a in awards] + _rejected_days(desk)
    counted = [a.counted for a in awards]
    classes = [CountClass(low, high, sum(1 for n in counted
                                         if n >= low and (high is None or n <= high)))
               for low, high in COUNT_CLASSES]
    return Statistics(
        stand=on or desk.clock().date(),
        by_status=by_status,
        awards_per_month=awards_per_month(awards),
        by_regierungsbezirk=_shares(REGIERUNGSBEZIRKE,
                                    Counter(a.regierungsbezirk for a in awards),
                                    dict(register_by_rb)),
        by_kind=_shares(KINDS, Counter(a.kind for a in awards), dict(register_by_kind)),
        decision_days=Spread.of(days),
        rejection_reasons=rejection_reasons(desk),
        counted_per_award=classes,
        counted_spread=Spread.of(counted),
        awards=len(awards),
        applications=sum(n for s, n in by_status.items() if s != Status.SCREENING.value),
    )


__all__ = ["KINDS", "REGIERUNGSBEZIRKE", "CountClass", "MonthCount", "ReasonCount", "Share",
           "Spread", "Statistics", "awards_per_month", "compute_statistics", "months_between",
           "rejection_reasons"]
