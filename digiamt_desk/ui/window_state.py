"""The review window's size, panes and columns: remembered per user, and always within the
screen. Common ministry laptops have 1,366 x 768 or 1,400 x 900 pixels; the window and its
three panes fit there, a layout saved on a larger screen shrinks to it."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QTableView

if TYPE_CHECKING:  # the window's frame is shown before the table model is loaded
    from digiamt_desk.ui.procedure_model import ProcedureTableModel

KEY = "main_window"
# The panes' shares of the width when nothing is remembered: list, table, detail.
PANE_SHARES = (0.26, 0.48, 0.26)
DETAIL_MIN = 280


def screen_area(window: QMainWindow) -> QRect:
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1366, 728)


def fit_to_screen(window: QMainWindow, splitter: QSplitter | None = None, *,
                  available: tuple[int, int, int, int] | None = None) -> None:
    """Shrink the window into the screen's free area and keep every pane visible."""
    area = QRect(*available) if available is not None else screen_area(window)
    width = min(window.width(), area.width())
    height = min(window.height(), area.height())
    frame = window.frameGeometry()
    extra_w = max(0, frame.width() - window.width())
    extra_h = max(0, frame.height() - window.height())
    width = max(200, min(width, area.width() - extra_w))
    height = max(200, min(height, area.height() - extra_h))
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    x = min(max(window.x(), area.x()), area.x() + area.width() - width - extra_w)
    y = min(max(window.y(), area.y()), area.y() + area.height() - height - extra_h)
    if (x, y) != (window.x(), window.y()):
        window.move(max(x, area.x()), max(y, area.y()))
    splitter = splitter or window.findChild(QSplitter, "mainSplitter")
    if splitter is not None:
        sizes = splitter.sizes()
        if sum(sizes) > width or len(sizes) < 3 or sizes[2] < DETAIL_MIN:
            splitter.setSizes(default_pane_sizes(width))


def default_pane_sizes(width: int) -> list[int]:
    usable = max(width - 24, 600)
    return [int(usable * share) for share in PANE_SHARES]


def restore_frame(window: QMainWindow, splitter: QSplitter) -> bool:
    """The window's size, place and panes (before its tables have models); True if the panes
    were arranged."""
    settings = QSettings()
    for key, apply in (("geometry", window.restoreGeometry), ("state", window.restoreState)):
        value = settings.value(f"{KEY}/{key}")
        if value is not None:
            apply(value)
    value = settings.value(f"{KEY}/splitter")
    return value is not None and splitter.restoreState(value)


def restore_headers(applications: QTableView, procedures: QTableView) -> bool:
    """The columns of both tables (once they have models); True if the procedure columns were
    restored."""
    settings = QSettings()
    value = settings.value(f"{KEY}/applications_header")
    if value is not None:
        applications.horizontalHeader().restoreState(value)
    value = settings.value(f"{KEY}/procedures_header")
    if value is None:
        return False
    procedures.horizontalHeader().restoreState(value)
    return True


def save(window: QMainWindow, splitter: QSplitter, applications: QTableView,
         procedures: QTableView) -> None:
    settings = QSettings()
    settings.setValue(f"{KEY}/geometry", window.saveGeometry())
    settings.setValue(f"{KEY}/state", window.saveState())
    settings.setValue(f"{KEY}/splitter", splitter.saveState())
    settings.setValue(f"{KEY}/applications_header",
                      applications.horizontalHeader().saveState())
    settings.setValue(f"{KEY}/procedures_header", procedures.horizontalHeader().saveState())


def default_columns(view: QTableView, model: ProcedureTableModel) -> None:
    """Until the reviewer arranges the columns: decision and reason next to the title, sized
    to fit."""
    header = view.horizontalHeader()
    for target, column in enumerate((model.TITLE, model.DECISION, model.REASON)):
        header.moveSection(header.visualIndex(column), target)
    widths = {model.TITLE: 340, model.LINK: 220, model.DECISION: 100, model.REASON: 170,
              model.PROVIDER: 90, model.LEIKA: 130, model.NOTE: 200}
    for column in range(model.columnCount()):
        view.setColumnWidth(column, widths.get(column, 105))


def apply_sort_mark(view: QTableView, model: ProcedureTableModel) -> None:
    """The sort mark shows the order really applied: by title in German order, unless the
    reviewer chose another column (kept in the saved header)."""
    header = view.horizontalHeader()
    column, order = header.sortIndicatorSection(), header.sortIndicatorOrder()
    if not 0 <= column < model.columnCount():
        column, order = model.TITLE, Qt.SortOrder.AscendingOrder
    if model.sorted_by() != (column, order):
        header.setSortIndicator(column, order)  # the view sorts the model through it
        if model.sorted_by() != (column, order):
            model.sort(column, order)
