"""The statistics window: every figure as a chart with its numbers beside it, export as PNG
and SVG."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from publication_data import known_database
from PySide6.QtCharts import QChartView
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from digiamt_desk.services.desk import Desk
from digiamt_desk.ui.statistics import StatisticsWindow


@pytest.fixture
def known_desk(desk: Desk) -> Desk:
    known_database(desk)
    return desk


def table(window: StatisticsWindow, name: str) -> list[list[str]]:
    tab = next(t for t in window.figure_tabs if t.name == name)
    return [[tab.table.item(r, c).text() for c in range(tab.table.columnCount())]
            for r in range(tab.table.rowCount())]


def test_tables_beside_the_charts_show_the_known_figures(qtbot: QtBot,
                                                          known_desk: Desk) -> None:
    window = StatisticsWindow(known_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.figures is not None, timeout=30000)
    assert window.tabs.count() == 7
    assert table(window, "auszeichnungen_je_monat") == [
        ["2026-01", "1", "1"], ["2026-02", "2", "3"], ["2026-03", "1", "4"]]
    assert table(window, "regierungsbezirke")[0] == ["Oberbayern", "4", "586", "0,7 %"]
    assert table(window, "bearbeitungsdauer")[3][1] == "26"
    assert table(window, "ablehnungsgruende")[0] == [
        "Nur Information, keine Antragstellung", "9"]
    status = {label: count for label, count in table(window, "status")}
    assert (status["Awarded"], status["Rejected"], status["In review"]) == ("4", "1", "2")
    # Only the visible tab has its chart yet; switching builds the next.
    assert window.figure_tabs[0].view is not None and window.figure_tabs[1].view is None
    window.tabs.setCurrentIndex(1)
    assert window.figure_tabs[1].view is not None
    assert window.findChild(QChartView, "chart_auszeichnungen_je_monat") is not None


def test_export_writes_a_png_and_an_svg_of_every_chart(qtbot: QtBot, known_desk: Desk,
                                                       tmp_path: Path) -> None:
    window = StatisticsWindow(known_desk)
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.figures is not None, timeout=30000)
    written = window.export(tmp_path / "grafiken")
    assert len(written) == 14
    png = QImage(str(tmp_path / "grafiken" / "regierungsbezirke.png"))
    assert (png.width(), png.height()) == (900, 560)
    svg = ET.parse(tmp_path / "grafiken" / "regierungsbezirke.svg").getroot()
    assert svg.tag.endswith("svg")
    texts = "".join(svg.itertext())
    assert "Oberbayern" in texts


def test_the_figures_are_computed_off_the_gui_thread_with_a_visible_state(
        qtbot: QtBot, known_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import digiamt_desk.ui.statistics as statistics_module

    computed_on: list[str] = []
    release = threading.Event()
    real = statistics_module.compute_statistics

    def slow(desk: Desk) -> object:
        computed_on.append(threading.current_thread().name)
        release.wait(30)  # held until the test has seen the computing state
        return real(desk)

    monkeypatch.setattr(statistics_module, "compute_statistics", slow)
    window = StatisticsWindow(known_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)  # painted while the figures are still being computed
    assert window.figures is None and window.tabs.count() == 0
    assert "Computing" in window.summary.text() and window.busy.isVisible()
    assert not window.export_button.isEnabled()
    release.set()
    with qtbot.waitSignal(window.ready, timeout=30000):
        pass
    assert computed_on and computed_on[0] != threading.main_thread().name
    assert window.tabs.count() == 7 and not window.busy.isVisible()
    assert window.export_button.isEnabled() and "award" in window.summary.text()


def test_figures_that_cannot_be_computed_are_said_in_the_window(
        qtbot: QtBot, known_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    import digiamt_desk.ui.statistics as statistics_module

    def fail(_desk: Desk) -> object:
        raise OSError("disk I/O error")

    monkeypatch.setattr(statistics_module, "compute_statistics", fail)
    window = StatisticsWindow(known_desk)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=30000):
        pass
    assert "disk I/O error" in window.summary.text() and window.tabs.count() == 0
    assert not window.busy.isVisible() and not window.export_button.isEnabled()
