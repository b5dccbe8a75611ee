"""The candidates dialog's proxy over its item model through the model tester, sorted as the
dialog opens it and resorted by the reviewer (every model of the window goes through it)."""

from __future__ import annotations

from typing import Any

from publication_data import add_application
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from digiamt_desk.domain.review import Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.candidates import CandidatesDialog


def test_the_candidates_proxy_is_a_well_behaved_model(qtmodeltester: Any, qtbot: QtBot,
                                                      desk: Desk) -> None:
    add_application(desk, "09171133", received="2026-01-05", open_=55, status=Status.SCREENING)
    add_application(desk, "097", received="2026-01-05", open_=35, status=Status.SCREENING)
    dialog = CandidatesDialog(desk)
    qtbot.addWidget(dialog)
    qtmodeltester.check(dialog.proxy)
    assert [dialog.proxy.index(r, 4).data() for r in range(2)] == [55, 35]
    dialog.proxy.sort(0, Qt.SortOrder.AscendingOrder)
    qtmodeltester.check(dialog.proxy)
    assert dialog.proxy.rowCount() == 2
