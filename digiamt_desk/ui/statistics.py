"""The statistics window: one tab per figure, a chart (QtCharts) with its numbers as a table
beside it, export of every chart as PNG and SVG.

The figures are computed once (services/stats.py, aggregates in SQL) on a pool thread while
the window shows that it computes them (85-150 ms at 2,400 applications: the main window stays
responsive); a tab's chart is built when the tab is first shown, so the window opens with one
chart instead of seven."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBoxPlotSeries,
    QBoxSet,
    QChart,
    QLineSeries,
    QPieSeries,
)
from PySide6.QtCore import QCoreApplication, QPointF, Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from digiamt_desk.domain.review import Status
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.stats import Statistics, compute_statistics
from digiamt_desk.ui.charts import (
    Cell,
    FigureTab,
    bar_chart,
    number_text,
    percent_text,
    value_axis,
)
from digiamt_desk.ui.models import status_label
from digiamt_desk.ui.workers import Job

translate = QCoreApplication.translate


def figure_tabs(figures: Statistics) -> list[FigureTab]:
    tabs = []
    status_rows: list[list[Cell]] = [
        [status_label(Status(s)), n] for s, n in figures.by_status.items()
    ]

    def status_chart() -> QChart:
        chart = QChart()
        pie = QPieSeries()
        for label, count in status_rows:
            if count:
                pie.append(f"{label} ({count})", float(count))
        pie.setLabelsVisible(True)
        chart.addSeries(pie)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    tabs.append(
        FigureTab(
            "status",
            translate("Statistics", "Applications by status"),
            [translate("Statistics", "Status"), translate("Statistics", "Applications")],
            status_rows,
            status_chart,
        )
    )
    months = figures.awards_per_month
    month_rows: list[list[Cell]] = [[m.month, m.awards, m.cumulative] for m in months]

    def month_chart() -> QChart:
        chart = bar_chart(
            [m.month for m in months],
            [(translate("Statistics", "Awards"), [float(m.awards) for m in months])],
        )
        line = QLineSeries()
        line.setName(translate("Statistics", "Cumulative"))
        for index, m in enumerate(months):
            line.append(QPointF(index, m.cumulative))
        chart.addSeries(line)
        axis_right = value_axis(figures.awards)
        chart.addAxis(axis_right, Qt.AlignmentFlag.AlignRight)
        line.attachAxis(chart.axes(Qt.Orientation.Horizontal)[0])
        line.attachAxis(axis_right)
        chart.legend().setVisible(True)
        return chart

    tabs.append(
        FigureTab(
            "auszeichnungen_je_monat",
            translate("Statistics", "Awards per month"),
            [
                translate("Statistics", "Month"),
                translate("Statistics", "Awards"),
                translate("Statistics", "Cumulative"),
            ],
            month_rows,
            month_chart,
        )
    )
    for name, title, shares in (
        (
            "regierungsbezirke",
            translate("Statistics", "Awards by Regierungsbezirk"),
            figures.by_regierungsbezirk,
        ),
        ("arten", translate("Statistics", "Awards by kind of authority"), figures.by_kind),
    ):
        rows: list[list[Cell]] = [
            [s.group, s.awarded, s.register, percent_text(s.share)] for s in shares
        ]

        def share_chart(shares: list = shares) -> QChart:  # type: ignore[type-arg]
            return bar_chart(
                [s.group for s in shares],
                [(translate("Statistics", "Awarded"), [float(s.awarded) for s in shares])],
                horizontal=True,
            )

        tabs.append(
            FigureTab(
                name,
                title,
                [
                    translate("Statistics", "Group"),
                    translate("Statistics", "Awarded"),
                    translate("Statistics", "In the register"),
                    translate("Statistics", "Share"),
                ],
                rows,
                share_chart,
            )
        )
    days = figures.decision_days
    day_rows: list[list[Cell]] = [
        [translate("Statistics", "Decisions"), days.count],
        [translate("Statistics", "Shortest"), number_text(days.minimum)],
        [translate("Statistics", "Lower quartile"), number_text(days.q1)],
        [translate("Statistics", "Median"), number_text(days.median)],
        [translate("Statistics", "Upper quartile"), number_text(days.q3)],
        [translate("Statistics", "Longest"), number_text(days.maximum)],
    ]

    def days_chart() -> QChart:
        chart = QChart()
        series = QBoxPlotSeries()
        if days.count:
            box = QBoxSet(translate("Statistics", "Days"))
            box.setValue(QBoxSet.ValuePositions.LowerExtreme, float(days.minimum or 0))
            box.setValue(QBoxSet.ValuePositions.LowerQuartile, float(days.q1 or 0))
            box.setValue(QBoxSet.ValuePositions.Median, float(days.median or 0))
            box.setValue(QBoxSet.ValuePositions.UpperQuartile, float(days.q3 or 0))
            box.setValue(QBoxSet.ValuePositions.UpperExtreme, float(days.maximum or 0))
            series.append(box)
        chart.addSeries(series)
        axis_days = value_axis(float(days.maximum or 1))
        axis_box = QBarCategoryAxis()
        axis_box.append([translate("Statistics", "Days")])
        chart.addAxis(axis_days, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_box, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(axis_days)
        series.attachAxis(axis_box)
        chart.legend().setVisible(False)
        return chart

    tabs.append(
        FigureTab(
            "bearbeitungsdauer",
            translate("Statistics", "Days from receipt to decision"),
            [translate("Statistics", "Figure"), translate("Statistics", "Days")],
            day_rows,
            days_chart,
        )
    )
    reasons = figures.rejection_reasons
    reason_rows: list[list[Cell]] = [[r.label, r.procedures] for r in reasons]

    def reason_chart() -> QChart:
        return bar_chart(
            [r.label for r in reasons],
            [(translate("Statistics", "Procedures"), [float(r.procedures) for r in reasons])],
            horizontal=True,
        )

    tabs.append(
        FigureTab(
            "ablehnungsgruende",
            translate("Statistics", "Most frequent rejection reasons"),
            [translate("Statistics", "Reason"), translate("Statistics", "Procedures")],
            reason_rows,
            reason_chart,
        )
    )
    classes = figures.counted_per_award
    class_rows: list[list[Cell]] = [[c.label, c.awards] for c in classes]

    def class_chart() -> QChart:
        return bar_chart(
            [c.label for c in classes],
            [(translate("Statistics", "Awards"), [float(c.awards) for c in classes])],
        )

    tabs.append(
        FigureTab(
            "verfahren_je_auszeichnung",
            translate("Statistics", "Procedures counted per award"),
            [translate("Statistics", "Procedures"), translate("Statistics", "Awards")],
            class_rows,
            class_chart,
        )
    )
    return tabs


class StatisticsWindow(QMainWindow):
    """The figures of `desk`; computed on a pool thread unless given (`figures`). `ready` is
    emitted once they are shown (or could not be computed: `error` then says why)."""

    ready = Signal()

    def __init__(self, desk: Desk, parent: QWidget | None = None, *,
                 figures: Statistics | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsWindow")
        self.setWindowTitle(self.tr("Statistics"))
        self.desk = desk
        self.figures: Statistics | None = None
        self.error: str | None = None
        self.figure_tabs: list[FigureTab] = []
        central = QWidget()
        layout = QVBoxLayout(central)
        head = QHBoxLayout()
        self.summary = QLabel(self.tr("Computing the figures …"))
        self.summary.setObjectName("statisticsSummary")
        head.addWidget(self.summary, 1)
        self.busy = QProgressBar()
        self.busy.setObjectName("statisticsBusy")
        self.busy.setRange(0, 0)  # busy, no end known
        self.busy.setMaximumWidth(160)
        head.addWidget(self.busy)
        self.export_button = QPushButton(self.tr("Export charts (PNG, SVG)…"))
        self.export_button.setObjectName("exportCharts")
        self.export_button.clicked.connect(self._ask_export)
        self.export_button.setEnabled(False)
        head.addWidget(self.export_button)
        layout.addLayout(head)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.resize(1200, 720)
        self.job: Job | None = None
        if figures is not None:
            self._show_figures(figures)
        else:
            # The session waits for it before it closes the desk (workers.wait_for_jobs_using).
            job = Job(lambda _progress, _cancelled: compute_statistics(desk), uses=desk)
            job.signals.finished.connect(self._show_figures)
            job.signals.failed.connect(self._not_computed)
            self.job = job
            job.start()

    def _show_figures(self, figures: Statistics) -> None:
        self.job = None
        self.figures = figures
        self.busy.hide()
        self.summary.setText(
            self.tr("%n award(s) in force", "", figures.awards)
            + " · "
            + self.tr("%n application(s)", "", figures.applications)
            + " · "
            + self.tr("as of %1").replace("%1", figures.stand.strftime("%d.%m.%Y"))
        )
        self.figure_tabs = figure_tabs(figures)
        for tab in self.figure_tabs:
            self.tabs.addTab(tab, tab.title)
        self.export_button.setEnabled(True)
        self.ready.emit()

    def _not_computed(self, error: BaseException) -> None:
        from digiamt_desk.ui.store_messages import store_message

        self.job = None
        self.busy.hide()
        self.error = store_message(error) if isinstance(error, Exception) else str(error)
        self.summary.setText(self.tr("The figures could not be computed: %1")
                             .replace("%1", self.error))
        self.ready.emit()

    def export(self, folder: Path) -> list[Path]:
        folder.mkdir(parents=True, exist_ok=True)
        return [path for tab in self.figure_tabs for path in tab.export(folder)]

    def _ask_export(self) -> None:
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Folder for the charts"))
        if not chosen:
            return
        try:
            written = self.export(Path(chosen))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Statistics"), str(exc))
            return
        self.statusBar().showMessage(
            self.tr("%n file(s) written to %1", "", len(written)).replace("%1", chosen), 8000
        )


__all__ = ["FigureTab", "StatisticsWindow", "figure_tabs"]
