"""Opening an application reads what the window shows, not more: on a single-user database the
team add-on read the version of every procedure (1.6 s at 200,000 rows, on every open) and again
for every repainted row, though only a team server uses them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from digiamt_desk.services import applications
from digiamt_desk.services import team as team_service
from digiamt_desk.ui.main_window import MainWindow


def test_a_single_user_window_reads_no_procedure_versions(
        qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[int] = []
    real = team_service.procedure_versions

    def counted(desk: object, application_id: int, ids: object = None) -> dict[int, int]:
        read.append(application_id)
        return real(desk, application_id, ids)  # type: ignore[arg-type]

    monkeypatch.setattr(team_service, "procedure_versions", counted)
    application = applications.find_application(window.desk, "093765345")
    assert application.id is not None
    window.open_application(application.id)
    assert window.procedures_model.rowCount() == 43  # the table is shown ...
    current = window.current_procedure_id()
    assert current is not None
    window.rows_changed([current])  # ... and a row repainted
    assert read == []
    assert window.team.expected_versions([current]) is None  # nothing to compare off a server
