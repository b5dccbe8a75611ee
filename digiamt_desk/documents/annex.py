"""The tables of the letters' annex and of the review record: rows of plain text, wrapped by
measuring and drawn with one text object a page."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from typing import Any

from reportlab.lib import colors
from reportlab.lib.rl_accel import fp_str
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont
from reportlab.platypus import Flowable

from digiamt_desk.documents.fonts import SANS, SANS_BOLD
from digiamt_desk.documents.text import wrap_url, wrap_words

INK = colors.black
RULE = colors.Color(0.75, 0.75, 0.75)
CELL_FONT, CELL_SIZE, CELL_LEADING = SANS, 7.5, 9
HEADER_FILL = colors.Color(0.90, 0.93, 0.97)
CELL_PADDING = 2.0
# A row taller than this is split across pages; a shorter one moves whole to the next page
# (every frame of the letters and the record is taller).
SPLIT_ROWS_FROM = 160 * mm


class AnnexTable(Flowable):  # type: ignore[misc]
    """The annex: numbered rows of plain text, wrapped by measuring, drawn with one text object
    a page. A reportlab Table costs 2.5x as much for 300 rows (cell styles, a drawString per
    cell line); a Paragraph per cell 4x."""

    quick = True  # `_QuickLines`; False: reportlab's own text calls (for the test)

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[Sequence[str]]],
                 widths: Sequence[float], heights: Sequence[float] | None = None, *,
                 numbered: bool = True, with_header: bool = True) -> None:
        super().__init__()
        self.header = list(header)
        self.rows = list(rows)
        self.widths = list(widths)
        self.heights = list(heights) if heights is not None else [
            self._height(row) for row in self.rows]
        self.numbered = numbered
        self.with_header = with_header
        self.header_height = self._height([[h] for h in self.header]) if with_header else 0.0

    @staticmethod
    def _height(row: Sequence[Sequence[str]]) -> float:
        return max(len(cell) for cell in row) * CELL_LEADING + 2 * CELL_PADDING + 1

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        room = available_height - self.header_height
        fits = 0
        while fits < len(self.rows) and room >= self.heights[fits]:
            room -= self.heights[fits]
            fits += 1
        if fits == 0:
            if self.heights[0] <= SPLIT_ROWS_FROM:
                return []  # the row goes whole onto the next page
            return self._split_row(room)
        return [self._part(self.rows[:fits], self.heights[:fits]),
                self._part(self.rows[fits:], self.heights[fits:])]

    def _part(self, rows: Sequence[Sequence[Sequence[str]]],
              heights: Sequence[float]) -> AnnexTable:
        part = AnnexTable(self.header, rows, self.widths, heights, numbered=self.numbered,
                          with_header=self.with_header)
        part.quick = self.quick
        return part

    def _split_row(self, room: float) -> list[Flowable]:
        """A row taller than a page (a title of thousands of characters) continues on the next
        page instead of stopping the layout."""
        lines = int((room - 2 * CELL_PADDING - 1) // CELL_LEADING)
        if lines < 1:
            return []
        row = self.rows[0]
        first = [list(cell[:lines]) for cell in row]
        rest = [list(cell[lines:]) or [""] for cell in row]
        if self.numbered:
            rest[0] = [""]
        return [self._part([first], [self._height(first)]),
                self._part([rest, *self.rows[1:]], [self._height(rest), *self.heights[1:]])]

    def draw(self) -> None:
        canvas = self.canv
        width = sum(self.widths)
        top = self.height
        if self.with_header:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(0, top - self.header_height, width, self.header_height, stroke=0,
                        fill=1)
        text = canvas.beginText()
        text.setFillColor(INK)
        text.setFont(SANS_BOLD, CELL_SIZE, CELL_LEADING)
        x = 0.0
        for label, column in zip(self.header, self.widths, strict=True):
            text.setTextOrigin(x + CELL_PADDING, top - CELL_PADDING - CELL_SIZE)
            text.textOut(label)
            x += column
        text.setFont(CELL_FONT, CELL_SIZE, CELL_LEADING)
        rules = []
        y = top - self.header_height
        rules.append(y)
        place = _QuickLines(text) if self.quick else _Lines(text)
        for row, height in zip(self.rows, self.heights, strict=True):
            x = 0.0
            for index, (cell, column) in enumerate(zip(row, self.widths, strict=True)):
                for number, line in enumerate(cell):
                    baseline = y - CELL_PADDING - CELL_SIZE - number * CELL_LEADING
                    if index == 0 and self.numbered:  # the number, right-aligned
                        place(line, x + column - CELL_PADDING - canvas.stringWidth(
                            line, CELL_FONT, CELL_SIZE), baseline)
                    else:
                        place(line, x + CELL_PADDING, baseline)
                x += column
            y -= height
            rules.append(y)
        place.done()
        canvas.drawText(text)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.25)
        canvas.lines([(0, rule, width, rule) for rule in rules])


class _Lines:
    """Lines of a cell font put into a reportlab text object, each at its own origin (without
    moving the cursor by the text's width: `textOut` measures every line for that)."""

    def __init__(self, text: Any) -> None:
        self.text = text

    def __call__(self, line: str, x: float, y: float) -> None:
        self.text.setTextOrigin(x, y)
        self.text._textOut(line)

    def done(self) -> None:
        pass


class _QuickLines(_Lines):
    """The same operators as `_Lines` (a test compares them), written directly: reportlab's
    `_formatText` looks the font up, saves and restores the cursor and checks for shaped
    text on every call, a third of the time of the annex's thousands of lines."""

    def __init__(self, text: Any) -> None:
        super().__init__(text)
        canvas = text._canvas
        self.font = getFont(CELL_FONT)
        self.doc = canvas._doc
        self.escape = canvas._escape
        self.code = text._code
        self.subset = text._curSubset
        self.size = f" {fp_str(CELL_SIZE)} Tf {fp_str(CELL_LEADING)} TL"
        self.last: tuple[float, float] | None = None

    def __call__(self, line: str, x: float, y: float) -> None:
        self.last = (x, y)
        self.code.append(f"1 0 0 1 {fp_str(x, y)} Tm")
        parts = []
        for subset, encoded in self.font.splitString(line, self.doc):
            if subset != self.subset:
                parts.append(self.font.getSubsetInternalName(subset, self.doc) + self.size)
                self.subset = subset
            parts.append(f"({self.escape(encoded)}) Tj")
        self.code.append(" ".join(parts))

    def done(self) -> None:
        """The text object's state as `_Lines` would have left it."""
        self.text._curSubset = self.subset
        if self.last is not None:
            self.text._x0 = self.text._x = self.last[0]
            self.text._y0 = self.text._y = self.last[1]


def cell_lines(text: str, width: float, *, link: bool = False) -> list[str]:
    return list(_wrapped(text, width, link))


@functools.lru_cache(maxsize=1024)
def _wrapped(text: str, width: float, link: bool) -> tuple[str, ...]:
    """A cell's lines; kept, since a column repeats its texts (the record's results, the
    reasons, the dates)."""
    wrap = wrap_url if link else wrap_words
    return tuple(wrap(text, CELL_FONT, CELL_SIZE, width - 2 * CELL_PADDING) or [""])
