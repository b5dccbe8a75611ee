"""Re-check of awarded authorities: are their counted procedures still online a year later?

Each authority's counted procedures (accepted, not merged) go through the link check of
services/checks.py (`run_checks`, with the caller's `CheckSettings`, so the link checker's own
settings and guards apply unchanged), two authorities at a time, each with half the limits (so
the overall and per-host limits hold). The result of the run is kept with its date (tables
`recheck_run`, `recheck_result`): per authority the number counted, the number still reachable,
the dead links. `compare` sets a run against the previous re-check of each authority: what fell
below its threshold, which links died, which came back.

Offline the run stops at once and keeps nothing (no authority is marked dead because a laptop
has no network); cancelled, it keeps the authorities checked completely and says so."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from digiamt_desk.checks.status import REACHABLE
from digiamt_desk.domain.review import Decision
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.publish import Award, final_awards
from digiamt_desk.store.tables import PROCEDURES, RECHECK_RESULTS, RECHECK_RUNS, new_id

if TYPE_CHECKING:
    import httpx

    from digiamt_desk.checks.links import CheckSettings

P = PROCEDURES.c
RR = RECHECK_RUNS.c
RS = RECHECK_RESULTS.c
ProgressFn = Callable[[str, int, int], None]
_REACHABLE = {s.value for s in REACHABLE}


@dataclass(frozen=True, slots=True)
class DeadLink:
    procedure_id: int
    title: str
    url: str
    status: str
    http_status: int | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.procedure_id, "title": self.title, "url": self.url,
                "status": self.status, "http_status": self.http_status}


@dataclass(frozen=True)
class AuthorityResult:
    application_id: int
    ars: str
    name: str
    threshold: int
    counted: int
    reachable: int
    dead: tuple[DeadLink, ...]

    @property
    def below(self) -> bool:
        return self.reachable < self.threshold

    def as_dict(self) -> dict[str, Any]:
        return {"ars": self.ars, "name": self.name, "threshold": self.threshold,
                "counted": self.counted, "reachable": self.reachable, "below": self.below,
                "dead": [d.as_dict() for d in self.dead]}


@dataclass
class RecheckReport:
    run_id: int | None  # None: nothing kept (offline, or cancelled before one was done)
    at: datetime
    results: list[AuthorityResult] = field(default_factory=list)
    offline: bool = False
    cancelled: bool = False

    @property
    def below(self) -> list[AuthorityResult]:
        return [r for r in self.results if r.below]


def awards_to_recheck(desk: Desk, application_ids: Sequence[int] | None = None) -> list[Award]:
    """The awards in force, all or those of the given applications (in that order)."""
    awards = final_awards(desk)
    if application_ids is None:
        return awards
    by_id = {a.application_id: a for a in awards}
    missing = [i for i in application_ids if i not in by_id]
    if missing:
        from digiamt_desk.domain.importing import InputError

        raise InputError(f"application(s) {', '.join(f'#{i}' for i in missing)} hold no award "
                         "in force: only awarded authorities are re-checked")
    return [by_id[i] for i in application_ids]


def counted_procedures(desk: Desk, application_id: int) -> dict[int, str]:
    """id -> title of the procedures that count (accepted, not merged)."""
    statement = select(P.id, P.title).where(
        P.application_id == application_id, P.decision == Decision.ACCEPTED.value,
        P.merged_into.is_(None)).order_by(P.id)
    with desk.engine.connect() as connection:
        return {row.id: row.title for row in connection.execute(statement)}


# Authorities checked at once, each with its share of the settings' limits (so the overall
# and per-host limits hold): while one run waits for its last links or sets up its client, the
# other keeps the connections busy (measured 1.30x -> 1.18x the checker alone).
WORKERS = 2


def run_recheck(desk: Desk, awards: Sequence[Award], *, settings: CheckSettings | None = None,
                progress: ProgressFn | None = None,
                cancelled: Callable[[], bool] | None = None,
                transport: httpx.AsyncBaseTransport | None = None) -> RecheckReport:
    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.services.checks import CheckReport, run_checks

    chosen = settings or CheckSettings()
    workers = max(1, min(WORKERS, len(awards), chosen.concurrency, chosen.per_host))
    share = replace(chosen, concurrency=chosen.concurrency // workers,
                    per_host=chosen.per_host // workers)
    report = RecheckReport(run_id=None, at=desk.clock())
    procedures = {a.application_id: counted_procedures(desk, a.application_id) for a in awards}
    total = sum(len(p) for p in procedures.values())
    stop = threading.Event()  # offline: the other runs stop too
    lock = threading.Lock()
    done: dict[int, int] = {}
    user_cancelled = cancelled or (lambda: False)

    def is_cancelled() -> bool:
        return stop.is_set() or user_cancelled()

    def one(award: Award) -> CheckReport | None:
        if is_cancelled():
            return None

        def inner(_phase: str, count: int, _total: int) -> None:
            with lock:
                done[award.application_id] = count
                so_far = sum(done.values())
            if progress is not None:
                progress("recheck", so_far, total)

        checked = run_checks(desk, award.application_id, list(procedures[award.application_id]),
                             settings=share, progress=inner, cancelled=is_cancelled,
                             transport=transport)
        if checked.offline:
            stop.set()
        return checked

    if progress is not None:
        progress("recheck", 0, total)
    with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="recheck") as pool:
        outcomes = list(pool.map(one, awards))
    if any(c is not None and c.offline for c in outcomes):
        report.offline = True
        return report
    for award, checked in zip(awards, outcomes, strict=True):
        titles = procedures[award.application_id]
        if checked is None or (checked.cancelled and checked.stored < len(titles)):
            report.cancelled = True  # not (completely) checked: not kept
            continue
        report.cancelled = report.cancelled or checked.cancelled
        dead = tuple(DeadLink(r.procedure_id, titles[r.procedure_id], r.url, r.status,
                              r.http_status)
                     for r in checked.results if r.status not in _REACHABLE)
        report.results.append(AuthorityResult(
            award.application_id, award.ars, award.official_name, award.threshold,
            len(titles), len(titles) - len(dead), dead))
    if report.results:
        report.run_id = _keep(desk, report, total)
    return report


def _keep(desk: Desk, report: RecheckReport, links: int) -> int:
    with desk.engine.begin() as connection:
        run_id = new_id(connection.execute(RECHECK_RUNS.insert().values(
            at=report.at, by=desk.reviewer, applications=len(report.results), links=links,
            cancelled=report.cancelled)))
        connection.execute(RECHECK_RESULTS.insert(), [
            {"run_id": run_id, "application_id": r.application_id, "ars": r.ars,
             "name": r.name, "threshold": r.threshold, "counted": r.counted,
             "reachable": r.reachable,
             "dead": json.dumps([d.as_dict() for d in r.dead], ensure_ascii=False)}
            for r in report.results])
    return run_id


# --- reading and comparing -----------------------------------------------------------------

@dataclass(frozen=True)
class RunInfo:
    run_id: int
    at: datetime
    by: str
    applications: int
    links: int
    cancelled: bool


def recheck_runs(desk: Desk) -> list[RunInfo]:
    """Every re-check kept, newest first."""
    with desk.engine.connect() as connection:
        return [RunInfo(r.id, r.at, r.by, r.applications, r.links, r.cancelled)
                for r in connection.execute(select(RECHECK_RUNS).order_by(RR.id.desc()))]


def _result(row: Any) -> AuthorityResult:
    dead = tuple(DeadLink(d["id"], d["title"], d["url"], d["status"], d["http_status"])
                 for d in json.loads(row.dead))
    return AuthorityResult(row.application_id, row.ars, row.name, row.threshold, row.counted,
                           row.reachable, dead)


def run_results(desk: Desk, run_id: int) -> list[AuthorityResult]:
    with desk.engine.connect() as connection:
        return [_result(row) for row in connection.execute(
            select(RECHECK_RESULTS).where(RS.run_id == run_id).order_by(RS.id))]


@dataclass(frozen=True)
class Change:
    """An authority's re-check against its previous one (None: the first re-check)."""

    now: AuthorityResult
    previous: AuthorityResult | None
    previous_at: datetime | None

    @property
    def newly_dead(self) -> list[DeadLink]:
        before = {d.url for d in self.previous.dead} if self.previous else set()
        return [d for d in self.now.dead if d.url not in before]

    @property
    def recovered(self) -> list[DeadLink]:
        if self.previous is None:
            return []
        now = {d.url for d in self.now.dead}
        return [d for d in self.previous.dead if d.url not in now]

    @property
    def fell_below(self) -> bool:
        return self.now.below and (self.previous is None or not self.previous.below)

    @property
    def back_above(self) -> bool:
        return self.previous is not None and self.previous.below and not self.now.below

    def as_dict(self) -> dict[str, Any]:
        return {**self.now.as_dict(),
                "previous_at": self.previous_at.isoformat() if self.previous_at else None,
                "previous_reachable": self.previous.reachable if self.previous else None,
                "fell_below": self.fell_below, "back_above": self.back_above,
                "newly_dead": [d.url for d in self.newly_dead],
                "recovered": [d.url for d in self.recovered]}


def compare(desk: Desk, run_id: int) -> list[Change]:
    """Each authority of the run against its latest earlier re-check."""
    results = run_results(desk, run_id)
    ids = [r.application_id for r in results]
    statement = (select(RECHECK_RESULTS, RR.at.label("run_at"))
                 .select_from(RECHECK_RESULTS.join(RECHECK_RUNS, RR.id == RS.run_id))
                 .where(RS.run_id < run_id, RS.application_id.in_(ids))
                 .order_by(RS.run_id))
    previous: dict[int, tuple[AuthorityResult, datetime]] = {}
    with desk.engine.connect() as connection:
        for row in connection.execute(statement):
            previous[row.application_id] = (_result(row), row.run_at)  # the latest wins
    changes = []
    for result in results:
        earlier = previous.get(result.application_id)
        changes.append(Change(result, earlier[0] if earlier else None,
                              earlier[1] if earlier else None))
    return changes


__all__ = ["AuthorityResult", "Change", "DeadLink", "RecheckReport", "RunInfo",
           "awards_to_recheck", "compare", "counted_procedures", "recheck_runs",
           "run_recheck", "run_results"]
