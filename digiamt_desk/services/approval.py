"""Four eyes (Mitzeichnung): a final decision is a proposal until a second person approves it.

On a team server four eyes is always on and the approver needs the approver role; the server
refuses an approval by the login that made the decision (store/team_sql.py). On SQLite (one
person) it is the setting `review.four_eyes`, off by default. Documents for signature are
produced only for an approved decision (`ensure_signable`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from digiamt_desk.domain.review import ReviewError, Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.team import is_team, team_roles
from digiamt_desk.store.tables import APPLICATIONS, FINAL_DECISIONS

FOUR_EYES_SETTING = "review.four_eyes"
NOTE_LIMIT = 2_000


def four_eyes_on(desk: Desk) -> bool:
    return is_team(desk) or desk.setting(FOUR_EYES_SETTING, "off") == "on"


@dataclass(frozen=True)
class Approval:
    """The application's current final decision and its approval, for the review record."""

    decision_id: int
    status: str  # awarded | rejected
    decided_by: str
    decided_at: datetime
    approved_by: str | None
    approved_at: datetime | None
    note: str

    @property
    def approved(self) -> bool:
        return self.approved_by is not None


def current_decision(desk: Desk, application_id: int) -> Approval | None:
    """The final decision in force (the newest, while the application is awarded or rejected),
    with who approved it; None while the application is not decided."""
    f = FINAL_DECISIONS.c
    with desk.engine.connect() as connection:
        status = connection.execute(select(APPLICATIONS.c.status).where(
            APPLICATIONS.c.id == application_id)).scalar()
        if status is None or not Status(status).is_final:
            return None
        row = connection.execute(
            select(f.id, f.status, f.by, f.at, f.approved_by, f.approved_at, f.approval_note)
            .where(f.application_id == application_id).order_by(f.id.desc()).limit(1)).first()
    if row is None:
        return None
    return Approval(row.id, row.status, row.by, row.at, row.approved_by, row.approved_at,
                    row.approval_note)


def final_decision_approved(desk: Desk, application_id: int) -> bool:
    """Whether the application's final decision holds: decided, and approved where four eyes
    are on (for publication and for documents for signature)."""
    decision = current_decision(desk, application_id)
    if decision is None:
        return False
    return decision.approved or not four_eyes_on(desk)


def ensure_signable(desk: Desk, application_id: int) -> None:
    """Refuse documents for signature while the final decision awaits its approval."""
    decision = current_decision(desk, application_id)
    if decision is not None and not decision.approved and four_eyes_on(desk):
        raise ReviewError(
            f"the decision ({decision.status}, by {decision.decided_by}) awaits approval by a "
            "second person; documents for signature come after it ('digiamt approve')",
            code="approval_needed", status=decision.status, by=decision.decided_by)


def approve(desk: Desk, application_id: int, note: str = "") -> Approval:
    """Approve the application's final decision as the desk's reviewer (the login in team
    mode)."""
    if len(note) > NOTE_LIMIT:
        raise ReviewError(f"an approval note can hold at most {NOTE_LIMIT} characters",
                          code="note_too_long", limit=NOTE_LIMIT)
    decision = current_decision(desk, application_id)
    if decision is None:
        raise ReviewError("the application has no final decision (awarded or rejected) to "
                          "approve", code="nothing_to_approve")
    if decision.approved:
        raise ReviewError(f"the decision is approved already (by {decision.approved_by})",
                          code="already_approved", by=decision.approved_by or "")
    if is_team(desk) and not team_roles(desk) & {"approver", "admin"}:
        raise ReviewError(f"{desk.reviewer} has no approver role; an approver approves",
                          code="approver_role_needed",
                          login=desk.reviewer)
    if decision.decided_by == desk.reviewer:
        raise ReviewError(f"four eyes: {decision.decided_by} made this decision and cannot "
                          "approve it; a second person approves", code="four_eyes",
                          by=decision.decided_by)
    now = desk.clock()
    f = FINAL_DECISIONS.c
    with desk.engine.begin() as connection:
        done = connection.execute(FINAL_DECISIONS.update().where(
            f.id == decision.decision_id, f.approved_by.is_(None)).values(
            approved_by=desk.reviewer, approved_at=now, approval_note=note))
        if done.rowcount != 1:
            raise ReviewError("the decision was approved meanwhile by someone else",
                              code="already_approved", by="")
        connection.execute(APPLICATIONS.update().where(APPLICATIONS.c.id == application_id)
                           .values(version=APPLICATIONS.c.version + 1))
    approved = current_decision(desk, application_id)
    assert approved is not None
    return approved
