"""The review vocabulary: decisions on procedures, the life of an application, the summary."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Decision(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    REJECTED = "rejected"


class Status(StrEnum):
    # An authority's list read from a Land-wide export (dashboard) to see whether it already
    # reaches its threshold: no application was received, nothing is decided.
    SCREENING = "screening"
    RECEIVED = "received"
    IN_REVIEW = "in_review"
    QUERY_SENT = "query_sent"
    AWARDED = "awarded"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def is_final(self) -> bool:
        """A final application is read-only until it is reopened."""
        return self in (Status.AWARDED, Status.REJECTED, Status.WITHDRAWN)

    @property
    def is_decision(self) -> bool:
        """Awarded and rejected record a final decision with the counts of the moment."""
        return self in (Status.AWARDED, Status.REJECTED)


STATUS_LABELS_DE = {
    Status.SCREENING: "Vorprüfung (ohne Antrag)",
    Status.RECEIVED: "Eingegangen",
    Status.IN_REVIEW: "In Prüfung",
    Status.QUERY_SENT: "Rückfrage an Kommune",
    Status.AWARDED: "Ausgezeichnet",
    Status.REJECTED: "Abgelehnt",
    Status.WITHDRAWN: "Zurückgezogen",
}


class ReviewError(Exception):
    """A review action that the rules do not allow, with a message for the user.

    `code` and `params` let a front end word the message in the user's language; the message
    itself is the English wording the command line prints."""

    def __init__(self, message: str, *, code: str = "", **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.code = code
        self.params = params


def check_transition(current: Status, new: Status, *, eligible: bool, counted: int,
                     threshold: int) -> None:
    if new == current:
        raise ReviewError(f"the application is already '{new.value}'", code="same_status",
                          status=new.value)
    if new is Status.AWARDED and not eligible:
        raise ReviewError(
            f"cannot award: {counted} procedures counted, {threshold} needed "
            f"({threshold - counted} missing)", code="not_eligible", counted=counted,
            threshold=threshold, missing=threshold - counted)
    if new is Status.RECEIVED and current is not Status.RECEIVED:
        raise ReviewError("an application cannot go back to 'received'",
                          code="back_to_received")


@dataclass(frozen=True, slots=True)
class Summary:
    ars: str
    name: str
    kind: str
    status: Status
    threshold: int
    procedures: int
    accepted: int
    rejected: int
    open: int
    duplicates_merged: int
    not_online: int  # links that are no http(s) link: mailto, file names
    criteria_version: str

    @property
    def counted(self) -> int:
        """Each procedure counts once (rows with the same link were merged on import)."""
        return self.accepted

    @property
    def eligible(self) -> bool:
        return self.counted >= self.threshold

    @property
    def missing(self) -> int:
        return max(0, self.threshold - self.counted)

    def as_dict(self) -> dict[str, object]:
        return {
            "ars": self.ars,
            "name": self.name,
            "kind": self.kind,
            "status": self.status.value,
            "threshold": self.threshold,
            "procedures": self.procedures,
            "accepted": self.accepted,
            "rejected": self.rejected,
            "open": self.open,
            "duplicates_merged": self.duplicates_merged,
            "not_online": self.not_online,
            "counted": self.counted,
            "missing": self.missing,
            "eligible": self.eligible,
            "criteria_version": self.criteria_version,
        }


@dataclass(frozen=True, slots=True)
class Blocker:
    """Why a procedure cannot be accepted: a code and its parameters for a front end to word,
    and the English wording of the command line as its str()."""

    code: str  # "mailto_link", "not_web_link", "criterion_not_met", "merged_duplicate"
    params: tuple[tuple[str, str], ...] = ()

    def param(self, name: str) -> str:
        return dict(self.params).get(name, "")

    def __str__(self) -> str:
        template = _BLOCKER_TEXT.get(self.code, self.code)
        return template.format(**dict(self.params))


_BLOCKER_TEXT = {
    "mailto_link": "its link is an e-mail address, nothing can be submitted online",
    "not_web_link": "its link is no web address (http or https)",
    "criterion_not_met": "criterion '{label}' is recorded as not met",
    "merged_duplicate": "it is merged into procedure {procedure} as a duplicate; undo the "
                        "merge first",
}


def merged_blocker(target: int) -> Blocker:
    return Blocker("merged_duplicate", (("procedure", str(target)),))


def acceptance_blockers(criteria: dict[str, bool], link_kind: str,
                        labels: dict[str, str]) -> list[Blocker]:
    """Why a procedure cannot be accepted as an online procedure (empty: it can)."""
    blockers = []
    if link_kind == "mailto":
        blockers.append(Blocker("mailto_link"))
    elif link_kind != "http":
        blockers.append(Blocker("not_web_link"))
    blockers.extend(Blocker("criterion_not_met", (("criterion", cid),
                                                  ("label", labels.get(cid, cid))))
                    for cid, met in criteria.items() if met is False)
    return blockers
