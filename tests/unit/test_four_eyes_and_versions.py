"""Four eyes as a setting (one person, SQLite; a server without team roles) and optimistic
versions: a stale write is refused with the newer value. On SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pg_cluster import BACKENDS, desk_on
from team_helpers import application_with, awarded, procedure_ids

from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, approval, documents, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.documents import DocumentError, DocumentKind
from digiamt_desk.services.procedures import list_procedures


@pytest.fixture(params=BACKENDS)
def desk(request: pytest.FixtureRequest) -> Iterator[Desk]:
    yield from desk_on(request)


def test_four_eyes_is_off_by_default(desk: Desk, tmp_path: Path) -> None:
    application = awarded(desk, tmp_path)
    assert application.id is not None
    assert not approval.four_eyes_on(desk)
    assert approval.final_decision_approved(desk, application.id)
    written = documents.produce_documents(desk, application.id, tmp_path / "out",
                                          kinds=[DocumentKind.AWARD_LETTER])
    assert len(written) == 1


def test_with_four_eyes_documents_wait_for_a_second_person(desk: Desk, tmp_path: Path) -> None:
    desk.set_setting(approval.FOUR_EYES_SETTING, "on")
    application = awarded(desk, tmp_path)
    assert application.id is not None
    assert not approval.final_decision_approved(desk, application.id)
    with pytest.raises(DocumentError, match="awaits approval"):
        documents.produce_documents(desk, application.id, tmp_path / "out",
                                    kinds=[DocumentKind.AWARD_LETTER])
    assert not (tmp_path / "out").exists()
    with pytest.raises(ReviewError) as same:
        approval.approve(desk, application.id)
    assert same.value.code == "four_eyes"
    desk.reviewer = "Hans Referatsleiter"
    approved = approval.approve(desk, application.id, note="passt")
    assert (approved.decided_by, approved.approved_by, approved.note) == (
        "Erika Prüferin", "Hans Referatsleiter", "passt")
    with pytest.raises(ReviewError) as twice:
        approval.approve(desk, application.id)
    assert twice.value.code == "already_approved"
    assert documents.produce_documents(desk, application.id, tmp_path / "out",
                                       kinds=[DocumentKind.AWARD_LETTER])
    # Reopened and decided again: a new proposal, approved anew.
    applications.set_status(desk, application.id, Status.IN_REVIEW)
    assert approval.current_decision(desk, application.id) is None
    desk.reviewer = "Erika Prüferin"
    applications.set_status(desk, application.id, Status.AWARDED)
    assert not approval.final_decision_approved(desk, application.id)


def test_nothing_to_approve_before_a_final_decision(desk: Desk, tmp_path: Path) -> None:
    application = application_with(desk, tmp_path, 2)
    assert application.id is not None
    with pytest.raises(ReviewError) as refused:
        approval.approve(desk, application.id)
    assert refused.value.code == "nothing_to_approve"


def test_a_stale_write_is_refused_with_the_newer_value(desk: Desk, tmp_path: Path) -> None:
    application = application_with(desk, tmp_path, 3)
    assert application.id is not None
    first, second, _ = procedure_ids(desk, application)
    seen = {p.id: p.version for p in list_procedures(desk, application.id)}
    assert seen[first] == 1
    review.decide(desk, application.id, [first], Decision.REJECTED, reason="pdf_form",
                  expected={first: seen[first]})
    desk.reviewer = "Zweite Prüferin"
    with pytest.raises(ReviewError) as stale:
        review.decide(desk, application.id, [first, second], Decision.ACCEPTED,
                      expected={first: seen[first], second: seen[second]})
    assert stale.value.code == "stale"
    assert "now 'rejected'" in stale.value.message and "Erika Prüferin" in stale.value.message
    now = {p.id: (p.decision, p.version) for p in list_procedures(desk, application.id)}
    assert now[first] == ("rejected", 2) and now[second] == ("open", 1)  # nothing written
    with pytest.raises(ReviewError):
        review.set_note(desk, application.id, first, "x", expected_version=1)
    review.set_note(desk, application.id, first, "gesehen", expected_version=2)
    assert [line.by for line in review.history(desk, application.id, first)][-1] == \
        "Zweite Prüferin"
