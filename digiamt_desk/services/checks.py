"""Automatic pre-checks of an application: run them, store and read their results, act on them.

The checks (checks/) suggest, the reviewer decides: nothing here decides a procedure, except
"accept all reachable procedures without hints", which the reviewer triggers and which is one
undoable change set of the review history; a confirmed duplicate merge is one as well.

Results arrive one by one from the link check; they are written in batches (every
`BATCH_ROWS` results or `BATCH_SECONDS`, whichever comes first), and `on_stored` hears the ids
of each batch, so a window can show results as they arrive without a write per result.

Duplicates (proposals, dismissals, merges) are in services/checks_duplicates.py; their
functions are offered here as well.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from digiamt_desk.checks.hints import (
    INFO_ONLY_HINTS,
    KNOWN_PLATFORM,
    Hint,
    content_type_hints,
    page_hints,
    url_hints,
)
from digiamt_desk.checks.maturity import estimate_maturity, validate_level
from digiamt_desk.checks.status import REACHABLE, LinkStatus
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError
from digiamt_desk.services import review
from digiamt_desk.services.checks_duplicates import (
    dismiss_duplicate,
    duplicate_proposals,
    merge_duplicate,
    merged_procedures,
    unmerge_duplicate,
)
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import CHECKS, PROCEDURES, Application

if TYPE_CHECKING:  # httpx and the checker load with the first check, not with the window
    import httpx

    from digiamt_desk.checks.links import CheckRun, CheckSettings, LinkResult

P = PROCEDURES.c
C = CHECKS.c
BATCH_ROWS = 50
BATCH_SECONDS = 0.25

ProgressFn = Callable[[str, int, int], None]
# What a batch of stored results hands on: (procedure id, status, hints, estimated maturity),
# enough for a table to show them without reading the database again.
StoredCheck = tuple[int, str, str, int | None]


@dataclass(frozen=True)
class CheckResultView:
    procedure_id: int
    url: str
    status: str
    http_status: int | None
    final_url: str
    online_form: bool | None
    hints: tuple[str, ...]
    evidence: tuple[Hint, ...]
    detail: str
    maturity: int | None
    maturity_override: int | None
    checked_at: datetime | None
    redirects: tuple[tuple[str, int], ...] = ()

    @property
    def effective_maturity(self) -> int | None:
        return self.maturity if self.maturity_override is None else self.maturity_override

    def as_dict(self) -> dict[str, Any]:
        return {
            "id": self.procedure_id, "url": self.url, "status": self.status,
            "http_status": self.http_status, "final_url": self.final_url or None,
            "online_form": self.online_form, "hints": list(self.hints),
            "evidence": [h.as_dict() for h in self.evidence], "detail": self.detail,
            "maturity": self.maturity, "maturity_override": self.maturity_override,
            "checked_at": self.checked_at.isoformat() if self.checked_at else None,
            "redirects": [list(hop) for hop in self.redirects],
        }


@dataclass
class CheckReport:
    application_id: int
    total: int  # procedures asked for
    stored: int = 0  # results written
    offline: bool = False
    cancelled: bool = False
    counts: dict[str, int] = field(default_factory=dict)
    results: list[CheckResultView] = field(default_factory=list)  # of this run, by id


def judge(url: str, result: LinkResult) -> tuple[list[Hint], int | None]:
    """The hints and the estimated maturity for a link and what its check found."""
    hints = url_hints(url)
    codes = {h.code for h in hints}
    reachable = result.status in REACHABLE
    if reachable and result.final_url and result.final_url != url:
        for hint in url_hints(result.final_url):  # a redirect to a PDF or to a platform
            if hint.code not in codes:
                hints.append(hint)
                codes.add(hint.code)
    if reachable:
        hints.extend(content_type_hints(result.content_type, codes))
        if result.forms is not None:
            hints.extend(page_hints(result.forms, KNOWN_PLATFORM in codes))
    maturity = estimate_maturity({h.code for h in hints}, result.online_form, reachable)
    return hints, maturity


def _row(application_id: int, result: LinkResult, url: str, at: datetime) -> dict[str, Any]:
    hints, maturity = judge(url, result)
    return {
        "procedure_id": result.key, "application_id": application_id, "checked_at": at,
        "url": url, "status": result.status.value, "http_status": result.http_status,
        "final_url": result.final_url, "redirects": json.dumps(result.redirects),
        "content_type": result.content_type[:200], "online_form": result.online_form,
        "hints": " ".join(dict.fromkeys(h.code for h in hints)),
        "evidence": json.dumps([h.as_dict() for h in hints], ensure_ascii=False),
        "detail": result.detail[:500], "maturity": maturity,
        "override_by": "",
    }


_UPDATED = ("checked_at", "url", "status", "http_status", "final_url", "redirects",
            "content_type", "online_form", "hints", "evidence", "detail", "maturity")


def _upsert(connection: Connection, rows: Sequence[dict[str, Any]]) -> None:
    """Insert or replace results; the reviewer's maturity override stays."""
    if not rows:
        return
    from sqlalchemy.dialects import postgresql, sqlite

    dialect = connection.dialect.name
    if dialect == "sqlite":
        statement = sqlite.insert(CHECKS)
        statement = statement.on_conflict_do_update(
            index_elements=["procedure_id"],
            set_={name: statement.excluded[name] for name in _UPDATED})
    elif dialect == "postgresql":
        statement = postgresql.insert(CHECKS)  # type: ignore[assignment]
        statement = statement.on_conflict_do_update(
            index_elements=["procedure_id"],
            set_={name: statement.excluded[name] for name in _UPDATED})
    else:
        ids = [row["procedure_id"] for row in rows]
        connection.execute(CHECKS.delete().where(C.procedure_id.in_(ids)))
        connection.execute(CHECKS.insert(), list(rows))
        return
    connection.execute(statement, list(rows))


def _existing(desk: Desk, application_id: int) -> None:
    with desk.session() as session:
        if session.get(Application, application_id) is None:
            raise ReviewError(f"no application with id {application_id}",
                              code="no_application")


def _procedures(desk: Desk, application_id: int,
                procedure_ids: Iterable[int] | None) -> list[tuple[int, str]]:
    statement = select(P.id, P.url).where(P.application_id == application_id).order_by(P.id)
    with desk.engine.connect() as connection:
        rows = [(row.id, row.url) for row in connection.execute(statement)]
    if procedure_ids is None:
        return rows
    wanted = set(procedure_ids)
    found = [row for row in rows if row[0] in wanted]
    missing = wanted - {row[0] for row in found}
    if missing:
        raise InputError(f"procedure(s) {', '.join(map(str, sorted(missing)))} do not belong "
                         "to this application")
    return found


# The database setting that lets the link check connect into private networks ("yes"/"no").
ALLOW_PRIVATE_NETWORKS_KEY = "checks.allow_private_networks"


def with_network_allowance(desk: Desk, settings: CheckSettings | None) -> CheckSettings:
    """The check's settings with the database's allowance of private networks added."""
    from dataclasses import replace

    from digiamt_desk.checks.links import CheckSettings

    chosen = settings or CheckSettings()
    if desk.setting(ALLOW_PRIVATE_NETWORKS_KEY, "no") == "yes":
        chosen = replace(chosen, allow_private_networks=True)
    return chosen


def run_checks(desk: Desk, application_id: int, procedure_ids: Iterable[int] | None = None, *,
               settings: CheckSettings | None = None, progress: ProgressFn | None = None,
               cancelled: Callable[[], bool] | None = None,
               on_stored: Callable[[list[StoredCheck]], None] | None = None,
               transport: httpx.AsyncBaseTransport | None = None) -> CheckReport:
    """Check the links of an application's procedures (all, or the given ones) and store the
    results as they arrive; `on_stored` hears each batch written (`StoredCheck` tuples).
    Offline, the results of earlier checks are kept and the report says `offline` (the check
    stops at once rather than marking every link broken)."""
    _existing(desk, application_id)  # a decided (read-only) application may be checked too
    links = _procedures(desk, application_id, procedure_ids)
    urls = dict(links)
    report = CheckReport(application_id=application_id, total=len(links))
    from digiamt_desk.checks.links import LinkChecker

    checker = LinkChecker(with_network_allowance(desk, settings), transport=transport)
    # Without a network a link still tells what it is (a .pdf, a mailto): that is stored for
    # a procedure never checked before; an earlier result is kept as it was.
    checked_before = _checked_ids(desk, application_id)
    buffer: list[dict[str, Any]] = []
    done = 0
    last_flush = time.monotonic()

    def flush() -> None:
        nonlocal last_flush
        last_flush = time.monotonic()
        if not buffer:
            return
        with desk.engine.begin() as connection:
            _upsert(connection, buffer)
        stored: list[StoredCheck] = [(row["procedure_id"], row["status"], row["hints"],
                                      row["maturity"]) for row in buffer]
        report.stored += len(buffer)
        buffer.clear()
        if on_stored is not None:
            on_stored(stored)

    def on_result(result: LinkResult) -> None:
        nonlocal done
        done += 1
        if result.status is not LinkStatus.NO_NETWORK:
            buffer.append(_row(application_id, result, urls[result.key], desk.clock()))
        if len(buffer) >= BATCH_ROWS or time.monotonic() - last_flush >= BATCH_SECONDS:
            flush()
        if progress is not None:
            progress("check", done, len(links))

    if progress is not None:
        progress("check", 0, len(links))
    try:
        run: CheckRun = checker.run(links, on_result, cancelled)
        if run.offline:
            buffer.extend(_row(application_id, result, urls[result.key], desk.clock())
                          for result in run.results
                          if result.status is LinkStatus.NO_NETWORK
                          and result.key not in checked_before
                          and judge(urls[result.key], result)[0])
    finally:
        flush()
    report.offline, report.cancelled = run.offline, run.cancelled
    report.counts = dict(run.counts())
    stored = check_results(desk, application_id, [r.key for r in run.results])
    report.results = []
    for result in sorted(run.results, key=lambda r: r.key):
        view = stored.get(result.key)
        if view is None or result.status is LinkStatus.NO_NETWORK:
            # Not stored (offline, cancelled): what the link alone tells still applies.
            hints, maturity = judge(urls[result.key], result)
            view = CheckResultView(result.key, urls[result.key], result.status.value, None, "",
                                   None, tuple(dict.fromkeys(h.code for h in hints)),
                                   tuple(hints), result.detail, maturity, None, None)
        report.results.append(view)
    return report


def _checked_ids(desk: Desk, application_id: int) -> set[int]:
    with desk.engine.connect() as connection:
        return set(connection.execute(select(C.procedure_id).where(
            C.application_id == application_id)).scalars())


def _view(row: Any) -> CheckResultView:
    evidence = tuple(Hint(h.get("code", ""), h.get("evidence", ""), h.get("detail", ""))
                     for h in json.loads(row.evidence or "[]"))
    redirects = tuple((str(u), int(s)) for u, s in json.loads(row.redirects or "[]"))
    return CheckResultView(row.procedure_id, row.url, row.status, row.http_status,
                           row.final_url, row.online_form, tuple(row.hints.split()), evidence,
                           row.detail, row.maturity, row.maturity_override, row.checked_at,
                           redirects)


def check_results(desk: Desk, application_id: int,
                  procedure_ids: Iterable[int] | None = None) -> dict[int, CheckResultView]:
    """The stored results by procedure id (procedures never checked are absent)."""
    statement = select(CHECKS).where(C.application_id == application_id)
    if procedure_ids is not None:
        wanted = list(procedure_ids)
        if not wanted:
            return {}
        statement = statement.where(C.procedure_id.in_(wanted))
    with desk.engine.connect() as connection:
        return {row.procedure_id: _view(row) for row in connection.execute(statement)}


def check_result(desk: Desk, procedure_id: int) -> CheckResultView | None:
    with desk.engine.connect() as connection:
        row = connection.execute(select(CHECKS).where(C.procedure_id == procedure_id)).first()
    return _view(row) if row is not None else None


# --- maturity ------------------------------------------------------------------------------

def set_maturity_override(desk: Desk, application_id: int, procedure_id: int,
                          level: int | None) -> None:
    """The reviewer's maturity level (None: back to the estimate)."""
    review._application(desk, application_id)
    try:
        validate_level(level)
    except ValueError as error:
        raise InputError(str(error), field="maturity") from error
    _procedures(desk, application_id, [procedure_id])
    now = desk.clock()
    with desk.engine.begin() as connection:
        exists = connection.execute(select(C.procedure_id)
                                    .where(C.procedure_id == procedure_id)).first()
        values = {"maturity_override": level, "override_by": desk.reviewer if level is not None
                  else "", "override_at": now if level is not None else None}
        if exists:
            connection.execute(CHECKS.update().where(C.procedure_id == procedure_id)
                               .values(**values))
        else:
            connection.execute(CHECKS.insert().values(
                procedure_id=procedure_id, application_id=application_id, **values))


# --- accepting what the checks found fine --------------------------------------------------

NOT_ACCEPTED_EN_BLOC = frozenset({"no_online_link", "appointment"})


def reachable_without_hints(desk: Desk, application_id: int) -> list[int]:
    """Open procedures whose link was reachable and that have no "information only" hint."""
    statement = (select(P.id, C.status, C.hints, P.import_hints)
                 .select_from(PROCEDURES.join(CHECKS, C.procedure_id == P.id))
                 .where(P.application_id == application_id, P.decision == Decision.OPEN.value,
                        P.merged_into.is_(None), P.link_kind == "http")
                 .order_by(P.id))
    reachable = {s.value for s in REACHABLE}
    with desk.engine.connect() as connection:
        # an import that found no online link (the service page stands in) or only an
        # appointment booking leaves the decision to the reviewer (services/imports.py)
        return [row.id for row in connection.execute(statement)
                if row.status in reachable and not (set(row.hints.split()) & INFO_ONLY_HINTS)
                and not (set(row.import_hints.split()) & NOT_ACCEPTED_EN_BLOC)]


def accept_reachable_without_hints(desk: Desk, application_id: int) -> review.ChangeResult:
    """Accept them all as one change set: one undo takes it back."""
    ids = reachable_without_hints(desk, application_id)
    if not ids:
        review._application(desk, application_id)
        return review.ChangeResult(change_set_id=None)
    return review.decide(desk, application_id, ids, Decision.ACCEPTED)


__all__ = ["BATCH_ROWS", "BATCH_SECONDS", "CheckReport", "CheckResultView", "StoredCheck",
           "accept_reachable_without_hints", "check_result", "check_results",
           "dismiss_duplicate", "duplicate_proposals", "judge", "merge_duplicate",
           "merged_procedures", "reachable_without_hints", "run_checks",
           "set_maturity_override", "unmerge_duplicate"]
