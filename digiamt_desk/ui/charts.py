"""Chart pieces of the statistics window: a tab with a chart (QtCharts) and its numbers as a
table beside it, exported as PNG and SVG at one size; bars with round whole-number axes."""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCharts import (
    QAbstractBarSeries,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

Cell = str | int | float
CHART_SIZE = QSize(900, 560)


def percent_text(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f} %".replace(".", ",")


def number_text(value: float | None) -> str:
    if value is None:
        return "–"
    return (f"{value:g}").replace(".", ",")


class FigureTab(QWidget):
    """A chart and its table, side by side; the chart is made on first show."""

    def __init__(
        self,
        name: str,
        title: str,
        headers: list[str],
        rows: list[list[Cell]],
        make_chart: Callable[[], QChart],
    ) -> None:
        super().__init__()
        self.name = name  # file name stem for the export
        self.title = title
        self._make_chart = make_chart
        self.view: QChartView | None = None
        self.table = QTableWidget(len(rows), len(headers))
        self.table.setObjectName(f"table_{name}")
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        for r, row in enumerate(rows):
            for c, value in enumerate(row):
                item = QTableWidgetItem(value if isinstance(value, str) else number_text(value))
                if not isinstance(value, str):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, c, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.placeholder = QLabel()
        self.splitter.addWidget(self.placeholder)
        self.splitter.addWidget(self.table)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        self.table.setMaximumWidth(560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.splitter)

    def ensure_chart(self) -> QChartView:
        if self.view is None:
            chart = self._make_chart()
            chart.setTitle(self.title)
            chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
            self.view = QChartView(chart)
            self.view.setObjectName(f"chart_{self.name}")
            self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
            self.view.setMinimumSize(QSize(420, 300))
            self.splitter.replaceWidget(0, self.view)
            self.placeholder.deleteLater()
        return self.view

    def showEvent(self, event: object) -> None:
        self.ensure_chart()
        super().showEvent(event)  # type: ignore[arg-type]

    def export(self, folder: Path) -> list[Path]:
        """The chart as PNG and SVG, drawn at one size whatever the window's size."""
        view = self.ensure_chart()
        chart = view.chart()
        old = view.size()
        view.resize(CHART_SIZE)
        png = folder / f"{self.name}.png"
        if not view.grab().save(str(png), "PNG"):
            raise OSError(f"cannot write {png}")
        svg = folder / f"{self.name}.svg"
        generator = QSvgGenerator()
        generator.setFileName(str(svg))
        generator.setSize(CHART_SIZE)
        generator.setViewBox(QRect(0, 0, CHART_SIZE.width(), CHART_SIZE.height()))
        generator.setTitle(self.title)
        painter = QPainter(generator)
        view.render(painter)
        painter.end()
        view.resize(old)
        del chart
        return [png, svg]


def value_axis(top: float) -> QValueAxis:
    """A value axis from 0 with whole-number ticks at a round step (1, 2, 5, 10, 20, ...)."""
    step = 1
    while top / step > 8:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 8:
                break
    axis = QValueAxis()
    axis.setLabelFormat("%d")
    axis.setRange(0, step * max(1, math.ceil(top / step)))
    axis.setTickType(QValueAxis.TickType.TicksDynamic)
    axis.setTickAnchor(0)
    axis.setTickInterval(step)
    return axis


def bar_chart(
    categories: list[str], sets: list[tuple[str, list[float]]], horizontal: bool = False
) -> QChart:
    """Bars with their values on them; horizontal for long category names (listed from the
    top)."""
    chart = QChart()
    series: QAbstractBarSeries = QHorizontalBarSeries() if horizontal else QBarSeries()
    for label, values in sets:
        bar_set = QBarSet(label)
        bar_set.append(list(reversed(values)) if horizontal else values)
        series.append(bar_set)
    series.setLabelsVisible(True)
    series.setLabelsPosition(QAbstractBarSeries.LabelsPosition.LabelsInsideEnd)
    chart.addSeries(series)
    axis_categories = QBarCategoryAxis()
    axis_categories.append(list(reversed(categories)) if horizontal else categories)
    top = max((v for _, values in sets for v in values), default=0)
    axis_values = value_axis(top)
    if horizontal:
        chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_values, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis_categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_values, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(axis_categories)
    series.attachAxis(axis_values)
    chart.legend().setVisible(len(sets) > 1)
    return chart


__all__ = [
    "CHART_SIZE",
    "Cell",
    "FigureTab",
    "bar_chart",
    "number_text",
    "percent_text",
    "value_axis",
]
