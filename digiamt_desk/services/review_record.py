"""What the review record (Prüfvermerk) states, read from the recorded review: the application,
who reviewed it and when, the decision, the counts, every procedure and the history of changes
in short form (one line a change: who, when, what, on how many procedures)."""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime

from sqlalchemy import BindParameter, bindparam, func, select

from digiamt_desk.documents.grammar import plural
from digiamt_desk.documents.model import german_date
from digiamt_desk.documents.record import RecordProcedure, ReviewRecordData
from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import STATUS_LABELS_DE, Status, Summary
from digiamt_desk.services.applications import final_decisions, status_history, summary
from digiamt_desk.services.approval import four_eyes_on
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.review_rows import (
    CHECK_STATUS_DE,
    CRITERION_DE,
    DECISIONS_DE,
    HINTS_DE,
    reason_de,
)
from digiamt_desk.store.tables import (
    CHANGE_SETS,
    CHECKS,
    HISTORY,
    PROCEDURES,
    Application,
    FinalDecision,
)

ACTIONS_DE = {
    "accepted": "angenommen", "rejected": "abgelehnt", "open": "wieder geöffnet",
    "criterion": "Kriterium erfasst", "note": "Notiz geändert", "undo": "rückgängig gemacht",
    "redo": "wiederhergestellt", "merge": "als Dublette zusammengeführt",
    "unmerge": "Zusammenführung aufgehoben", "import": "importiert",
}
# Titles named in a history line before it only says how many.
NAMED_TITLES = 3


def _when(moment: datetime) -> str:
    return moment.strftime("%d.%m.%Y %H:%M")


def _day(text: str) -> str:
    try:
        return german_date(date.fromisoformat(text[:10]))
    except ValueError:
        return text


def criteria_in_short(labels: tuple[str, ...], values: tuple[str, ...]) -> str:
    """"alle erfüllt", "keines beurteilt", or what is not met and what is not judged, by
    name: one line for the usual cases of a table of hundreds of rows."""
    if all(value == CRITERION_DE[True] for value in values):
        return "alle erfüllt"
    if all(value == CRITERION_DE[None] for value in values):
        return "keines beurteilt"
    parts = []
    for state in (False, None, True):
        named = [label for label, value in zip(labels, values, strict=True)
                 if value == CRITERION_DE[state]]
        if named:
            parts.append(f"{CRITERION_DE[state]}: {', '.join(named)}")
    return "; ".join(parts)


# The statements, built once (a batch reads hundreds of applications; building a statement
# costs as much as running it): the application's id is their only parameter.
_P, _K, _C, _H = PROCEDURES.c, CHECKS.c, CHANGE_SETS.c, HISTORY.c
_APPLICATION: BindParameter[int] = bindparam("application_id")
_PROCEDURE_ROWS = (select(_P.title, _P.decision, _P.reason_code, _P.reason_text, _P.criteria,
                          _K.status, _K.hints)
                   .join_from(PROCEDURES, CHECKS, _K.procedure_id == _P.id, isouter=True)
                   .where(_P.application_id == _APPLICATION))
_CHANGE_SETS = (select(_C.id, _C.at, _C.by, _C.action).where(_C.application_id == _APPLICATION)
                .order_by(_C.id))
_TOUCHED = (select(_H.change_set_id, _P.title)
            .join_from(HISTORY, PROCEDURES, _H.procedure_id == _P.id)
            .where(_P.application_id == _APPLICATION)
            .group_by(_H.change_set_id, _H.procedure_id, _P.title).order_by(_H.change_set_id))
_FIELDS = (select(_H.change_set_id, func.count())
           .join_from(HISTORY, CHANGE_SETS, _H.change_set_id == _C.id)
           .where(_C.application_id == _APPLICATION).group_by(_H.change_set_id))


def _procedures(desk: Desk, application_id: int) -> tuple[RecordProcedure, ...]:
    """Every procedure with what the record states of it, in German dictionary order: the
    seven columns it needs in one query (the review table's full load costs several times
    as much, and a batch makes hundreds of records)."""
    catalog = desk.catalog()
    criteria = catalog.criterion_ids()
    short = tuple(c.column_de for c in catalog.criteria)
    reasons = {r.code: r.label_de for r in catalog.rejection_reasons}
    with desk.engine.connect() as connection:
        rows = sorted(connection.execute(_PROCEDURE_ROWS,
                                         {"application_id": application_id}).all(),
                      key=lambda row: din5007_key(row.title))
    procedures = []
    in_short: dict[str | None, str] = {}  # the stored criteria repeat: each read once
    for row in rows:
        criteria_text = in_short.get(row.criteria)
        if criteria_text is None:
            judged = json.loads(row.criteria or "{}")
            criteria_text = in_short[row.criteria] = criteria_in_short(short, tuple(
                CRITERION_DE[judged.get(cid)] for cid in criteria))
        hints = ", ".join(HINTS_DE.get(h, h) for h in (row.hints or "").split())
        procedures.append(RecordProcedure(
            title=row.title, decision=DECISIONS_DE.get(row.decision, row.decision),
            reason=reason_de(row.reason_code, row.reason_text, reasons)
            if row.decision == "rejected" else "",
            criteria=criteria_text,
            check=CHECK_STATUS_DE.get(row.status or "", "nicht geprüft")
            + (f"; Hinweise: {hints}" if hints else "")))
    return tuple(procedures)


def record_data(desk: Desk, application: Application, facts: Summary | None = None,
                decisions: list[FinalDecision] | None = None) -> ReviewRecordData:
    """What the record states; `facts` (the summary) and `decisions` (the final decisions)
    if the caller has read them already."""
    assert application.id is not None
    application_id = application.id
    facts = facts or summary(desk, application)
    events = status_history(desk, application_id)
    if decisions is None:
        decisions = final_decisions(desk, application_id)
    which = {"application_id": application_id}
    with desk.engine.connect() as connection:
        change_sets = connection.execute(_CHANGE_SETS, which).all()
        touched: dict[int, list[str]] = {}
        for change_id, title in connection.execute(_TOUCHED, which).all():
            touched.setdefault(change_id, []).append(title)
        fields: Counter[int] = Counter(dict(connection.execute(_FIELDS, which).all()))
    reviewers = list(dict.fromkeys(
        [application.reviewer, *(row.by for row in change_sets), *(e.by for e in events)]))
    review_days = [row.at for row in change_sets]
    fact_rows: list[tuple[str, str]] = [
        ("Bewerber", f"{application.official_name} ({application.ars})"),
        ("Aktenzeichen", application.reference),
        ("Eingang", _day(application.received_on)),
        ("Prüfung", (f"{german_date(min(review_days).date())} bis "
                     f"{german_date(max(review_days).date())}") if review_days
         else "noch keine Prüfschritte erfasst"),
        ("Prüfende", ", ".join(r for r in reviewers if r)),
        ("Stand", STATUS_LABELS_DE[Status(application.status)]),
    ]
    four_eyes = four_eyes_on(desk)
    for decision in decisions:
        label = STATUS_LABELS_DE.get(Status(decision.status), decision.status)
        if decision.approved_by and decision.approved_at is not None:
            second = (f"; mitgezeichnet am {german_date(decision.approved_at.date())} von "
                      f"{decision.approved_by}")
        else:
            second = "; Mitzeichnung steht aus" if four_eyes else ""
        fact_rows.append(("Entscheidung", (
            f"{label} am {german_date(decision.at.date())} von {decision.by}{second}: "
            f"{decision.counted} von {decision.threshold} erforderlichen Verfahren gezählt, "
            f"Kriterien Version {decision.criteria_version}")))
    fact_rows.append(("Kriterien", f"Version {facts.criteria_version}"))
    counts = (("Gemeldete Verfahren", str(facts.procedures)),
              ("Geprüft (angenommen oder abgelehnt)", str(facts.accepted + facts.rejected)),
              ("Angenommen und gezählt", str(facts.counted)),
              ("Abgelehnt", str(facts.rejected)),
              ("Noch nicht geprüft", str(facts.open)),
              ("Erforderlich", str(facts.threshold)),
              ("Es fehlen noch", str(facts.missing)))
    procedures = _procedures(desk, application_id)
    history: list[tuple[datetime, str, str]] = []
    for event in events:
        label = STATUS_LABELS_DE.get(Status(event.status), event.status)
        what = f"Status: {label}" + (" (wieder geöffnet)" if event.reopened else "")
        history.append((event.at, event.by, what + (f" – {event.note}" if event.note else "")))
    for row in change_sets:
        titles = touched.get(row.id, [])
        action = ACTIONS_DE.get(row.action, row.action)
        if len(titles) <= NAMED_TITLES:
            named = ", ".join(f"„{t}“" for t in titles)
            what = f"{action}: {named}" if named else action
        else:
            what = f"{action}: {len(titles)} Verfahren"
        history.append((row.at, row.by, f"{what} ({plural(fields[row.id], '1 Angabe|# Angaben')})"))
    history.sort(key=lambda item: item[0])
    return ReviewRecordData(
        facts=tuple(fact_rows), counts=counts, procedures=procedures,
        history=tuple((_when(at), by, what) for at, by, what in history))
