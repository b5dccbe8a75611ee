"""Decisions, criteria, notes, their history, undo/redo, and the life of an application."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import write_csv
from pg_cluster import BACKENDS, desk_on

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store.tables import Application


@pytest.fixture(params=BACKENDS)
def desk(request: pytest.FixtureRequest) -> Iterator[Desk]:
    """Every test here runs on SQLite and on PostgreSQL (tests/pg_cluster.py)."""
    yield from desk_on(request)


def _application(desk: Desk, tmp_path: Path, count: int, key: str = "09180117",
                 extra: list[str] | None = None) -> Application:
    lines = ["Bezeichnung;Link"] + [f"Verfahren {i};https://portal.example/v{i}"
                                    for i in range(1, count + 1)]
    import_source(desk, str(write_csv(tmp_path / f"{key}.csv", lines + (extra or []))), ars=key)
    return applications.find_application(desk, key)


def _decisions(desk: Desk, application: Application) -> dict[int, str]:
    return {p.id: p.decision for p in list_procedures(desk, application.id)}


def test_accept_and_reject_with_reason_are_recorded(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 3)
    ids = list(_decisions(desk, app))
    review.decide(desk, app.id, ids[:2], Decision.ACCEPTED)
    review.decide(desk, app.id, [ids[2]], Decision.REJECTED, reason="Nur E-Mail-Link",
                  reason_text="nur Kontaktformular")
    procedures = {p.id: p for p in list_procedures(desk, app.id)}
    assert procedures[ids[2]].reason_code == "email_link"
    assert procedures[ids[2]].reason_label(desk) == "Nur E-Mail-Link: nur Kontaktformular"
    summary = applications.summary(desk, app)
    assert (summary.accepted, summary.rejected, summary.open, summary.counted) == (2, 1, 0, 2)
    lines = review.history(desk, app.id, ids[2])
    assert [(h.field, h.old, h.new, h.by) for h in lines] == [
        ("decision", "open", "rejected", "Erika Prüferin"),
        ("reason_code", "", "email_link", "Erika Prüferin"),
        ("reason_text", "", "nur Kontaktformular", "Erika Prüferin"),
    ]
    # The first review action moved the application into review, with a dated event.
    assert applications.find_application(desk, "09180117").status == "in_review"


def test_free_text_reason_and_missing_reason(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 2)
    first, second = list(_decisions(desk, app))
    with pytest.raises(ReviewError) as err:
        review.decide(desk, app.id, [first], Decision.REJECTED)
    assert err.value.code == "reason_needed"
    review.decide(desk, app.id, [second], Decision.REJECTED, reason="Seite nicht erreichbar")
    rejected = next(p for p in list_procedures(desk, app.id) if p.id == second)
    assert (rejected.reason_code, rejected.reason_text) == ("other", "Seite nicht erreichbar")


def test_no_acceptance_of_mail_links_or_failed_criteria(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 2, extra=["Kontakt;mailto:amt@x.example"])
    ids = {p.title: p.id for p in list_procedures(desk, app.id)}
    review.set_criterion(desk, app.id, [ids["Verfahren 1"]], "electronic_submission", False)
    result = review.decide(desk, app.id, None, Decision.ACCEPTED)
    assert result.changed == [ids["Verfahren 2"]]
    refused = dict(result.refused)
    assert "e-mail" in refused[ids["Kontakt"]]
    assert "Elektronisch absendbar" in refused[ids["Verfahren 1"]]
    # The same refusals as codes with parameters, for the window to word in its language.
    assert [(b.code, dict(b.params)) for b in result.blockers[ids["Kontakt"]]] == [
        ("mailto_link", {})]
    [blocker] = result.blockers[ids["Verfahren 1"]]
    assert (blocker.code, blocker.param("criterion")) == ("criterion_not_met",
                                                          "electronic_submission")


def test_undo_and_redo_restore_values_and_keep_the_log(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 3)
    ids = list(_decisions(desk, app))
    review.decide(desk, app.id, ids, Decision.ACCEPTED)
    review.decide(desk, app.id, [ids[0]], Decision.REJECTED, reason="pdf_form")
    review.set_criterion(desk, app.id, [ids[1]], "on_bayernportal", False)
    assert review.undo(desk, app.id) is not None  # the criterion
    assert list_procedures(desk, app.id)[1].criteria == dict.fromkeys(
        desk.catalog().criterion_ids(), True)
    review.undo(desk, app.id)  # the rejection
    assert set(_decisions(desk, app).values()) == {"accepted"}
    assert list_procedures(desk, app.id)[0].reason_code == ""
    review.redo(desk, app.id)
    assert _decisions(desk, app)[ids[0]] == "rejected"
    review.undo(desk, app.id)
    review.undo(desk, app.id)  # the bulk accept: all three at once
    assert set(_decisions(desk, app).values()) == {"open"}
    assert list_procedures(desk, app.id)[1].criteria == {}  # the confirmation went with it
    assert review.undo(desk, app.id) is None
    assert review.can_undo_redo(desk, app.id) == (False, True)
    # Every step is in the history; nothing was deleted.
    steps = [(h.action, h.field) for h in review.history(desk, app.id, ids[0])
             if not h.field.startswith("criteria.")]
    assert steps == [("accepted", "decision"),
                     ("rejected", "decision"), ("rejected", "reason_code"),
                     ("undo", "decision"), ("undo", "reason_code"),
                     ("redo", "decision"), ("redo", "reason_code"),
                     ("undo", "decision"), ("undo", "reason_code"),
                     ("undo", "decision")]
    # A new change after undoing clears the redo stack.
    review.decide(desk, app.id, [ids[2]], Decision.ACCEPTED)
    assert review.can_undo_redo(desk, app.id) == (True, False)


def test_criteria_and_notes(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 2)
    first, second = list(_decisions(desk, app))
    review.set_criterion(desk, app.id, [first, second], "administrative_service", True)
    review.set_criterion(desk, app.id, [second], "administrative_service", None)
    review.set_note(desk, app.id, first, "Senden-Knopf vorhanden")
    procedures = list_procedures(desk, app.id)
    assert procedures[0].criteria == {"administrative_service": True}
    assert procedures[1].criteria == {}
    assert procedures[0].note == "Senden-Knopf vorhanden"
    with pytest.raises(ReviewError) as err:
        review.set_criterion(desk, app.id, [first], "looks_nice", True)
    assert (err.value.code, err.value.params) == ("unknown_criterion",
                                                  {"criterion": "looks_nice"})


def test_procedures_of_another_application_are_refused(desk: Desk, tmp_path: Path) -> None:
    one = _application(desk, tmp_path, 1)
    other = _application(desk, tmp_path, 1, key="096")
    foreign = next(iter(_decisions(desk, other)))
    with pytest.raises(ReviewError) as err:
        review.decide(desk, one.id, [foreign], Decision.ACCEPTED)
    assert (err.value.code, err.value.params) == ("foreign_procedures", {"ids": str(foreign)})


def test_award_records_the_decision_and_locks_until_reopened(desk: Desk,
                                                             tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 31, key="096")  # a Bezirk: 30 are enough
    ids = list(_decisions(desk, app))
    review.decide(desk, app.id, ids[:29], Decision.ACCEPTED)
    with pytest.raises(ReviewError) as err:
        applications.set_status(desk, app.id, Status.AWARDED)
    assert (err.value.code, err.value.params) == (
        "not_eligible", {"counted": 29, "threshold": 30, "missing": 1})
    review.decide(desk, app.id, ids[29:30], Decision.ACCEPTED)
    applications.set_status(desk, app.id, Status.AWARDED, note="Festakt")
    [decision] = applications.final_decisions(desk, app.id)
    assert (decision.counted, decision.threshold, decision.open) == (30, 30, 1)
    assert decision.criteria_version == desk.catalog().version
    for action, code in (
            (lambda: review.decide(desk, app.id, [ids[30]], Decision.ACCEPTED), "read_only"),
            (lambda: review.undo(desk, app.id), "read_only"),
            (lambda: review.set_note(desk, app.id, ids[0], "x"), "read_only"),
            (lambda: applications.set_status(desk, app.id, Status.REJECTED), "already_final")):
        with pytest.raises(ReviewError) as err:
            action()
        assert err.value.code == code
    applications.set_status(desk, app.id, Status.IN_REVIEW, note="Nachtrag")
    events = applications.status_history(desk, app.id)
    assert [(e.status, e.reopened) for e in events] == [
        ("received", False), ("in_review", False), ("awarded", False), ("in_review", True)]
    review.decide(desk, app.id, [ids[30]], Decision.ACCEPTED)
    assert applications.summary(desk, app).counted == 31


def test_reference_pattern(desk: Desk) -> None:
    desk.set_setting("reference_pattern", "D3-{year}-{ags}-{seq:03d}")
    first = applications.create_application(desk, "09180117")
    second = applications.create_application(desk, "09180117")
    year = desk.clock().year
    assert first.reference == f"D3-{year}-09180117-001"
    assert second.reference == f"D3-{year}-09180117-002"
    updated = applications.update_application(desk, first.id, reference="D3-Sonder-1")
    assert updated.reference == "D3-Sonder-1"
    with pytest.raises(InputError):
        applications.update_application(desk, second.id, reference="D3-Sonder-1")
    desk.set_setting("reference_pattern", "D3-{jahr}-{seq}")
    with pytest.raises(InputError) as err:
        applications.create_application(desk, "09187")
    assert "jahr" in str(err.value)


def test_default_address_and_salutation_fields(desk: Desk) -> None:
    app = applications.create_application(desk, "09162000", head_title="Oberbürgermeister",
                                          head_name="Dieter Reiter")
    assert app.address.splitlines()[0] == "Landeshauptstadt München"
    assert app.head_title == "Oberbürgermeister"


def test_accepting_without_judging_confirms_every_criterion(desk: Desk, tmp_path: Path) -> None:
    app = _application(desk, tmp_path, 2)
    first, second = list(_decisions(desk, app))
    review.set_criterion(desk, app.id, [second], "on_bayernportal", True)
    review.decide(desk, app.id, [first, second], Decision.ACCEPTED)
    criteria = desk.catalog().criterion_ids()
    confirmed = {(h.field, h.old, h.new) for h in review.history(desk, app.id, first)
                 if h.action == "accepted"}
    assert confirmed == {("decision", "open", "accepted"),
                         *((f"criteria.{cid}", None, "true") for cid in criteria)}
    # The criterion judged before is not written again.
    assert [h.field for h in review.history(desk, app.id, second)
            if h.action == "accepted"].count("criteria.on_bayernportal") == 0
    assert list_procedures(desk, app.id)[0].criteria == dict.fromkeys(criteria, True)
    review.undo(desk, app.id)  # one undo takes the decision and the confirmation
    assert list_procedures(desk, app.id)[0].criteria == {}
    assert list_procedures(desk, app.id)[1].criteria == {"on_bayernportal": True}
    assert set(_decisions(desk, app).values()) == {"open"}
