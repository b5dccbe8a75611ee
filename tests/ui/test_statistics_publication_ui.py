"""The review window's hooks of issue 15: Documents › Publish, Reports › Statistics and
Candidates, Checks › Re-check awarded; each long job off the GUI thread."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from link_server import ServerState, link_server
from publication_data import add_application
from PySide6.QtCore import QItemSelectionModel
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.candidates import CandidatesDialog
from digiamt_desk.ui.main_window import MainWindow
from digiamt_desk.ui.recheck import RecheckDialog
from digiamt_desk.ui.statistics import StatisticsWindow


def test_menus_hold_the_new_actions(window: MainWindow) -> None:
    names = {a.objectName() for a in window.documents_menu.actions()}
    assert "actionPublishList" in names
    assert "actionRecheckAwarded" in {a.objectName() for a in window.checks.menu.actions()}
    reports = window.publication.menu
    assert {a.objectName() for a in reports.actions()} == {"actionStatistics",
                                                           "actionCandidates"}
    assert reports.menuAction() in window.menuBar().actions()


def test_publish_from_the_window_writes_the_list(qtbot: QtBot, window: MainWindow,
                                                 tmp_path: Path) -> None:
    job = window.publication.publish(tmp_path / "liste")
    with qtbot.waitSignal(job.signals.ended, timeout=20000):
        pass
    page = (tmp_path / "liste" / "index.html").read_text(encoding="utf-8")
    assert "<table>" in page and "Bezirk" in page  # the demo's awarded Bezirk
    assert "Public list written" in window.statusBar().currentMessage() or \
        "Liste" in window.statusBar().currentMessage()


def test_statistics_window_opens_from_the_menu(qtbot: QtBot, window: MainWindow) -> None:
    window.publication.action_statistics.trigger()
    shown = window.publication.statistics
    assert isinstance(shown, StatisticsWindow) and shown.isVisible()
    qtbot.waitUntil(lambda: shown.figures is not None, timeout=30000)
    assert shown.figures is not None and shown.figures.awards >= 1
    shown.close()


def screening(desk: Desk) -> None:
    add_application(desk, "09171133", received="2026-01-05", open_=55, status=Status.SCREENING)
    add_application(desk, "097", received="2026-01-05", open_=35, status=Status.SCREENING)
    add_application(desk, "09171123", received="2026-01-05", open_=20, status=Status.SCREENING)


def test_candidates_table_csv_and_invitations(qtbot: QtBot, desk: Desk,
                                              tmp_path: Path) -> None:
    screening(desk)
    dialog = CandidatesDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.proxy.rowCount() == 2
    column = [dialog.proxy.index(r, 4).data() for r in range(2)]
    assert column == [55, 35]  # sorted by countable, numbers as numbers
    assert not dialog.invite_button.isEnabled()
    dialog.view.selectionModel().select(
        dialog.proxy.index(1, 0), QItemSelectionModel.SelectionFlag.Select
        | QItemSelectionModel.SelectionFlag.Rows)
    assert dialog.invite_button.isEnabled()
    assert [c.name for c in dialog.selected()] == ["Schwaben"]
    job = dialog.write_invitations(tmp_path / "briefe")
    with qtbot.waitSignal(job.signals.ended, timeout=30000):
        pass
    assert [p.name for p in (tmp_path / "briefe").iterdir()] == [
        "097_Schwaben_Einladung.pdf"]
    dialog.save_csv(tmp_path / "kandidaten.csv")
    rows = list(csv.reader(io.StringIO((tmp_path / "kandidaten.csv").read_text(
        encoding="utf-8-sig"), newline=""), delimiter=";"))
    assert [r[0] for r in rows[1:]] == ["Tüßling", "Schwaben"]


@pytest.fixture(scope="module")
def server() -> Iterator[tuple[str, ServerState]]:
    with link_server() as served:
        yield served


@pytest.mark.network
def test_recheck_runs_off_the_gui_thread_and_shows_who_fell_below(
        qtbot: QtBot, desk: Desk, server: tuple[str, ServerState]) -> None:
    from digiamt_desk.checks.links import CheckSettings

    base, _ = server
    app_id = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                             status=Status.AWARDED, decided="2026-01-20")
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "UPDATE procedure SET url = ? || CASE WHEN id % 25 = 0 THEN '/missing?n=' "
            "ELSE '/form?n=' END || id WHERE application_id = ?", (base, app_id))
    dialog = RecheckDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.tree.topLevelItemCount() == 0
    job = dialog.start(CheckSettings(timeout=5, read_pages=False, allow_private_networks=True))
    assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    with qtbot.waitSignal(job.signals.ended, timeout=30000):
        pass
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 1, timeout=5000)
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == "Markt Tüßling" and item.text(1) == "48"
    assert item.childCount() == 2 and item.isExpanded()
    assert dialog.start_button.isEnabled()
    # A second dialog shows the kept result without running again.
    again = RecheckDialog(desk)
    qtbot.addWidget(again)
    assert again.tree.topLevelItem(0).text(1) == "48"


def test_closing_the_recheck_dialog_cancels_its_job(qtbot: QtBot, desk: Desk) -> None:
    from digiamt_desk.checks.links import CheckSettings

    app_id = add_application(desk, "09171133", received="2026-01-05", accepted=50,
                             status=Status.AWARDED, decided="2026-01-20")
    with desk.engine.begin() as connection:  # nothing answers: every link waits its timeout
        connection.exec_driver_sql(
            "UPDATE procedure SET url = 'http://10.255.255.1/x' || id WHERE application_id = ?",
            (app_id,))
    dialog = RecheckDialog(desk)
    qtbot.addWidget(dialog)
    dialog.show()
    job = dialog.start(CheckSettings(timeout=5, read_pages=False, concurrency=2, per_host=2,
                                     allow_private_networks=True))
    dialog.reject()
    assert job.is_cancelled()
    with qtbot.waitSignal(job.signals.ended, timeout=30000):
        pass
