"""Refusals of the services reach the reviewer in German."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from digiamt_desk.domain.review import Decision, ReviewError, Status
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.ui.app import install_translators
from digiamt_desk.ui.messages import describe, describe_blockers


@pytest.fixture
def german(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "de")
    yield
    for translator in translators:
        QCoreApplication.removeTranslator(translator)


def test_read_only_and_award_refusals_in_german(german: None, demo_desk: Desk) -> None:
    bezirk = applications.find_application(demo_desk, "096")  # awarded
    assert bezirk.id is not None
    with pytest.raises(ReviewError) as err:
        review.decide(demo_desk, bezirk.id, None, Decision.ACCEPTED)
    text = describe(err.value)
    assert "ausgezeichnet und schreibgeschützt" in text and bezirk.reference in text
    short = applications.find_application(demo_desk, "09571136")  # 48 of 50
    assert short.id is not None
    with pytest.raises(ReviewError) as err:
        applications.set_status(demo_desk, short.id, Status.AWARDED)
    assert describe(err.value) == (
        "Auszeichnung nicht möglich: 48 Verfahren gezählt, 50 nötig (2 fehlen).")


def test_why_a_procedure_was_not_accepted_in_german(german: None, demo_desk: Desk) -> None:
    messy = applications.find_application(demo_desk, "093765345")
    assert messy.id is not None
    mail = next(p for p in list_procedures(demo_desk, messy.id) if p.link_kind == "mailto")
    result = review.decide(demo_desk, messy.id, [mail.id], Decision.ACCEPTED)
    [(pid, _why)] = result.refused
    assert [b.code for b in result.blockers[pid]] == ["mailto_link"]
    assert describe_blockers(result.blockers[pid]) == (
        "der Link ist eine E-Mail-Adresse: online kann nichts gesendet werden")


def test_a_merged_duplicate_and_a_failed_criterion_in_german(german: None) -> None:
    from digiamt_desk.domain.review import Blocker, merged_blocker

    assert describe_blockers([merged_blocker(232)]) == (
        "es ist als Dublette mit Verfahren 232 zusammengeführt; zuerst die Zusammenführung "
        "rückgängig machen")
    failed = Blocker("criterion_not_met", (("criterion", "electronic_submission"),
                                           ("label", "Elektronisch absendbar")))
    assert describe_blockers([failed]) == (
        "Kriterium \u201eElektronisch absendbar\u201c ist als nicht erfüllt vermerkt")
