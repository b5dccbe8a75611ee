"""Automatic pre-checks of an application: run them, store and read their results, act on them.

The checks (checks/) suggest, the reviewer decides: nothing here decides a procedure, except
"accept all reachable procedures without hints", which the reviewer triggers and which is one
undoable change set of the review history; a confirmed duplicate merge is one as well.

Results arrive one by one from the link check; they are written in batches (every
`BATCH_ROWS` results or `BATCH_SECONDS`, whichever comes first), and `on_stored` hears the ids
of each batch, so a window can show results as they arrive without a write per result.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, select

from digiamt_desk.checks.duplicates import Candidate, Proposal, find_duplicates
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
from digiamt_desk.services.applications import mark_in_review
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import CHECKS, DISMISSALS, HISTORY, PROCEDURES, Application

if TYPE_CHECKING:  # httpx and the checker load with the first check, not with the window
    import httpx

    from digiamt_desk.checks.links import CheckRun, CheckSettings, LinkResult

# Merges are review changes: they go through the review module's own loading, state and
# writing (`review._load`, `_state`, `_write`), so history, undo and redo treat them alike.
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


# --- duplicates ----------------------------------------------------------------------------

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
    _procedures(desk, application_id, [first_id, second_id])
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
