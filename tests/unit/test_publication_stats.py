"""The statistics on a database with known answers (tests/publication_data.py)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from publication_data import add_application, known_database

from digiamt_desk.cli import main
from digiamt_desk.domain.review import Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.stats import Spread, compute_statistics, months_between


def test_known_figures(desk: Desk) -> None:
    known_database(desk)
    figures = compute_statistics(desk, on=date(2026, 3, 5))
    assert figures.awards == 4 and figures.applications == 7
    assert {s: n for s, n in figures.by_status.items() if n} == {
        "awarded": 4, "rejected": 1, "in_review": 2}
    # Rosenheim's January award was reopened: not counted in January.
    assert [(m.month, m.awards, m.cumulative) for m in figures.awards_per_month] == [
        ("2026-01", 1, 1), ("2026-02", 2, 3), ("2026-03", 1, 4)]
    oberbayern = figures.by_regierungsbezirk[0]
    assert (oberbayern.group, oberbayern.awarded, oberbayern.register) == ("Oberbayern", 4, 586)
    assert oberbayern.share == pytest.approx(4 / 586)
    assert sum(s.awarded for s in figures.by_regierungsbezirk) == 4
    assert sum(s.register for s in figures.by_regierungsbezirk) == 2445
    kinds = {s.group: (s.awarded, s.register) for s in figures.by_kind}
    assert kinds["Bezirk"] == (1, 7) and kinds["kreisfreie Stadt"] == (1, 25)
    assert kinds["Markt"] == (1, 386) and kinds["Landkreis"] == (1, 71)
    assert kinds["Gemeinde"] == (0, 1352)
    days = figures.decision_days
    assert (days.count, days.median, days.q1, days.q3, days.minimum, days.maximum) == (
        5, 26, 20, 35, 15, 58)
    assert [(r.code, r.label, r.procedures) for r in figures.rejection_reasons] == [
        ("information_only", "Nur Information, keine Antragstellung", 9),
        ("pdf_form", "PDF-Formular zum Ausdrucken", 7),
        ("duplicate", "Doppelt (bereits gezählt)", 1)]
    assert [(c.label, c.awards) for c in figures.counted_per_award] == [
        ("0–49", 1), ("50–99", 2), ("100–149", 1), ("150–199", 0), ("200–299", 0),
        ("ab 300", 0)]
    assert (figures.counted_spread.median, figures.counted_spread.maximum) == (57.5, 120)


def test_screening_lists_are_no_applications_and_their_rejections_do_not_count(
        desk: Desk) -> None:
    add_application(desk, "09171133", received="2026-01-05", accepted=60,
                    rejected={"link_broken": 40}, status=Status.SCREENING)
    figures = compute_statistics(desk)
    assert figures.by_status["screening"] == 1 and figures.applications == 0
    assert figures.rejection_reasons == []
    assert figures.awards_per_month == [] and figures.decision_days.count == 0


def test_months_without_awards_are_shown_with_zero() -> None:
    assert months_between(date(2025, 11, 30), date(2026, 2, 1)) == [
        "2025-11", "2025-12", "2026-01", "2026-02"]


def test_spread_of_one_and_of_none() -> None:
    assert Spread.of([]).median is None
    assert (Spread.of([7]).q1, Spread.of([7]).q3) == (7, 7)
    assert (Spread.of([1, 2, 3, 4]).q1, Spread.of([1, 2, 3, 4]).median) == (1.75, 2.5)


def test_stats_command_prints_the_same_figures(desk: Desk, db_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    known_database(desk)
    desk.close()
    assert main(["--db", str(db_path), "stats", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["awards"] == 4
    assert data["days_receipt_to_decision"]["median"] == 26
    assert data["rejection_reasons"][0] == {"code": "information_only", "procedures": 9,
                                            "label": "Nur Information, keine Antragstellung"}
    assert data["awards_per_month"][-1] == {"month": "2026-03", "awards": 1, "cumulative": 4}
    assert main(["--db", str(db_path), "stats"]) == 0
    text = capsys.readouterr().out
    assert "Oberbayern" in text and "median 26" in text
