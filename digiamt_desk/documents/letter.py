"""Letters to the applicant as DIN 5008 business letters, form B, on A4.

Measures (from the top left edge of the page):
- address field 85 x 45 mm at 20 mm from the left and 45 mm from the top, so it shows in a DL
  window envelope; its top 17.7 mm carry the return line, the address starts below;
- information block from 125 mm from the left, 50 mm from the top;
- fold marks at 105 and 210 mm, the punch mark at 148.5 mm, on the left edge;
- text from 25 mm from the left to 20 mm from the right; page numbers from page 2 on.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from digiamt_desk.documents.annex import INK, RULE, AnnexTable, cell_lines
from digiamt_desk.documents.fitting import AddressBlock, fit_info_value, fit_recipient
from digiamt_desk.documents.fonts import SANS, SANS_BOLD, register_fonts
from digiamt_desk.documents.model import DocumentData, ProcedureLine, german_date
from digiamt_desk.documents.pdfa import PdfInfo, finish_pdfa
from digiamt_desk.documents.templates import Template, field_values
from digiamt_desk.documents.text import markup

PAGE_WIDTH, PAGE_HEIGHT = A4
LEFT_MARGIN = 25 * mm
RIGHT_MARGIN = 20 * mm
TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN
WINDOW_LEFT, WINDOW_TOP, WINDOW_WIDTH, WINDOW_HEIGHT = 20 * mm, 45 * mm, 85 * mm, 45 * mm
NOTES_ZONE = 17.7 * mm  # the top of the window field: return line and notes
ADDRESS_INSET = 5 * mm  # the address starts at 25 mm, like the text
INFO_LEFT, INFO_TOP = 125 * mm, 50 * mm
FOLD_MARKS = (105 * mm, 210 * mm)
PUNCH_MARK = 148.5 * mm
FIRST_TEXT_TOP = 98.5 * mm
BOTTOM_MARGIN = 25 * mm
LATER_TEXT_TOP = 27 * mm

GREY = colors.Color(0.35, 0.35, 0.35)
ACCENT = colors.Color(0.0, 0.30, 0.60)

BODY = ParagraphStyle("body", fontName=SANS, fontSize=10, leading=14.5, alignment=TA_LEFT,
                      spaceAfter=7)
SUBJECT = ParagraphStyle("subject", parent=BODY, fontName=SANS_BOLD, fontSize=10.5,
                         spaceAfter=14)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=5 * mm, bulletIndent=1 * mm,
                        spaceAfter=3, bulletFontName=SANS)
ANNEX_TITLE = ParagraphStyle("annex", parent=BODY, fontName=SANS_BOLD, fontSize=11,
                             spaceAfter=8)


def _y(top: float) -> float:
    """reportlab counts from the bottom; DIN 5008 from the top."""
    return float(PAGE_HEIGHT - top)


@dataclass(frozen=True, slots=True)
class LetterParts:
    """Everything the page decorations need, worked out before the layout runs."""
    data: DocumentData
    recipient: AddressBlock
    info: tuple[tuple[str, str], ...]
    reference_size: float


def _info_block(data: DocumentData) -> tuple[tuple[str, str], ...]:
    rows: list[tuple[str, str]] = [("Unser Zeichen", data.reference)]
    contact = [line for line in data.letterhead.contact if line.strip()]
    for index, line in enumerate(contact):
        rows.append(("Kontakt" if index == 0 else "", line))
    rows.append(("Datum", german_date(data.on)))
    return tuple(rows)


def _draw_first_page(canvas: Canvas, parts: LetterParts) -> None:
    head = parts.data.letterhead
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(LEFT_MARGIN, _y(24 * mm), 1.4 * mm, 11 * mm, stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 13)
    canvas.drawString(LEFT_MARGIN + 4 * mm, _y(18 * mm), head.ministry)
    canvas.setFont(SANS, 9)
    canvas.setFillColor(GREY)
    canvas.drawString(LEFT_MARGIN + 4 * mm, _y(23 * mm), head.unit)

    # Return line: small, at the bottom of the notes zone of the window field.
    canvas.setFont(SANS, 7)
    room = WINDOW_WIDTH - ADDRESS_INSET - 2 * mm
    candidates = head.return_lines()
    return_line = next((line for line in candidates if canvas.stringWidth(line, SANS, 7) <= room),
                       candidates[-1])
    canvas.drawString(WINDOW_LEFT + ADDRESS_INSET, _y(WINDOW_TOP + NOTES_ZONE - 2 * mm),
                      return_line)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(WINDOW_LEFT + ADDRESS_INSET, _y(WINDOW_TOP + NOTES_ZONE - 1.2 * mm),
                WINDOW_LEFT + WINDOW_WIDTH - 2 * mm, _y(WINDOW_TOP + NOTES_ZONE - 1.2 * mm))

    canvas.setFillColor(INK)
    block = parts.recipient  # wrapped and sized to stay inside the window (fitting.py)
    canvas.setFont(SANS, block.size)
    baseline = WINDOW_TOP + NOTES_ZONE + 3.6 * mm
    for line in block.lines:
        canvas.drawString(WINDOW_LEFT + ADDRESS_INSET, _y(baseline), line)
        baseline += block.leading

    top = INFO_TOP + 3 * mm
    for label, value in parts.info:
        canvas.setFont(SANS, 7.5)
        canvas.setFillColor(GREY)
        if label:
            canvas.drawString(INFO_LEFT, _y(top), label)
        canvas.setFont(SANS, parts.reference_size if label == "Unser Zeichen" else 9)
        canvas.setFillColor(INK)
        canvas.drawString(INFO_LEFT + 22 * mm, _y(top), value)
        top += 4.6 * mm

    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    for mark in FOLD_MARKS:
        canvas.line(3 * mm, _y(mark), 8 * mm, _y(mark))
    canvas.line(3 * mm, _y(PUNCH_MARK), 10 * mm, _y(PUNCH_MARK))

    canvas.setStrokeColor(RULE)
    canvas.line(LEFT_MARGIN, 16 * mm, PAGE_WIDTH - RIGHT_MARGIN, 16 * mm)
    canvas.setFont(SANS, 7)
    canvas.setFillColor(GREY)
    canvas.drawString(LEFT_MARGIN, 12 * mm, " · ".join((head.ministry, *head.address)))
    canvas.restoreState()


class _PagedCanvas(Canvas):  # type: ignore[misc]
    """Holds the pages back until the end so each can say "Seite 2 von 5"."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        # Never the standard Helvetica, not even in the page preamble: PDF/A embeds every font.
        kwargs["initialFontName"] = SANS
        super().__init__(*args, **kwargs)
        self._held: list[dict[str, Any]] = []

    def showPage(self) -> None:
        self._held.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._held)
        for state in self._held:
            self.__dict__.update(state)
            if self._pageNumber > 1:
                self.saveState()
                self.setFont(SANS, 8)
                self.setFillColor(GREY)
                self.drawRightString(PAGE_WIDTH - RIGHT_MARGIN, _y(15 * mm),
                                     f"Seite {self._pageNumber} von {total}")
                self.restoreState()
            super().showPage()
        super().save()


def _paragraphs(text: str) -> list[Flowable]:
    """Blank lines part paragraphs; lines that start with '- ' are bullets."""
    flowables: list[Flowable] = []
    for block in text.strip().split("\n\n"):
        if flowables and isinstance(flowables[-1], Paragraph) and flowables[-1].bulletText:
            flowables.append(Spacer(1, 4))  # air between a list and the paragraph after it
        lines = [line.strip() for line in block.strip().splitlines() if line.strip()]
        prose: list[str] = []
        for line in lines:
            if line.startswith("- "):
                if prose:
                    flowables.append(Paragraph(markup(" ".join(prose)), BODY))
                    prose = []
                flowables.append(Paragraph(markup(line[2:]), BULLET, bulletText="•"))
            else:
                prose.append(line)
        if prose:
            flowables.append(Paragraph(markup(" ".join(prose)), BODY))
    return flowables


def annex_table(lines: Sequence[ProcedureLine], *, with_reasons: bool) -> AnnexTable:
    if with_reasons:
        widths = [9 * mm, 96 * mm, TEXT_WIDTH - 105 * mm]
        header = ["Nr.", "Verfahren und Link", "Grund"]
        rows = [[[str(number)],
                 cell_lines(line.title, widths[1]) + cell_lines(line.url, widths[1], link=True),
                 cell_lines(line.reason or "–", widths[2])]
                for number, line in enumerate(lines, 1)]
    else:
        widths = [9 * mm, 66 * mm, TEXT_WIDTH - 75 * mm]
        header = ["Nr.", "Verfahren", "Link"]
        rows = [[[str(number)], cell_lines(line.title, widths[1]),
                 cell_lines(line.url, widths[2], link=True)]
                for number, line in enumerate(lines, 1)]
    return AnnexTable(header, rows, widths)


ENCLOSURES_LEFT = INFO_LEFT - LEFT_MARGIN  # the information block's column, 125 mm


def _closing_block(data: DocumentData, text: dict[str, str],
                   annex: Sequence[ProcedureLine]) -> Flowable:
    """The closing and the signature, with the enclosures beside them in the information
    block's column (DIN 5008 allows it there): the letter keeps its signature on the first
    page where a note below it would push both onto the next."""
    signature: list[Flowable] = [Paragraph(markup(text["closing"]), BODY),
                                 Spacer(1, 14 * mm)]
    for line in (data.letterhead.signatory_name, data.letterhead.signatory_role):
        if line.strip():
            signature.append(Paragraph(markup(line), ParagraphStyle(
                "sign", parent=BODY, spaceAfter=0)))
    enclosures = [line.strip() for line in text.get("enclosures", "").splitlines()
                  if line.strip()]
    if not enclosures and annex:
        enclosures = [text["annex_title"].removeprefix("Anlage:").strip()]
    notes: list[Flowable] = []
    if enclosures:
        notes.append(Paragraph("Anlage" if len(enclosures) == 1 else "Anlagen", ParagraphStyle(
            "enclosure", parent=BODY, fontName=SANS_BOLD, spaceAfter=0)))
        notes += [Paragraph(markup(line), ParagraphStyle(
            "enclosed", parent=BODY, fontSize=9, leading=12, spaceAfter=2))
            for line in enclosures]
    # Flowables in both cells, and the cells' font ours: the Table's default is Helvetica, a
    # font PDF/A would need embedded.
    table = Table([[signature, notes or [Spacer(1, 1)]]],
                  colWidths=[ENCLOSURES_LEFT, TEXT_WIDTH - ENCLOSURES_LEFT])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), SANS),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return table


def render_letter(data: DocumentData, template: Template, *, annex: Sequence[ProcedureLine],
                  with_reasons: bool, title: str) -> bytes:
    """The letter as PDF/A-2b bytes."""
    register_fonts()
    values = field_values(data)
    text = template.render(values)
    parts = LetterParts(data, fit_recipient(data), _info_block(data),
                        fit_info_value(data.reference, "reference"))

    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN,
        topMargin=LATER_TEXT_TOP, bottomMargin=BOTTOM_MARGIN, title=title,
        author=data.letterhead.ministry, subject=text["subject"], lang="de-DE",
        creator="DigiAmt Desk", initialFontName=SANS)
    first = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH,
                  PAGE_HEIGHT - FIRST_TEXT_TOP - BOTTOM_MARGIN, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT_MARGIN, BOTTOM_MARGIN, TEXT_WIDTH,
                  PAGE_HEIGHT - LATER_TEXT_TOP - BOTTOM_MARGIN, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([
        PageTemplate("first", [first], onPage=lambda c, _d: _draw_first_page(c, parts)),
        PageTemplate("later", [later]),
    ])

    story: list[Flowable] = [NextPageTemplate("later"), Paragraph(markup(text["subject"]),
                                                                  SUBJECT)]
    story.append(Paragraph(markup(values["salutation"]), BODY))
    story.extend(_paragraphs(text["body"]))
    story.append(KeepTogether([Spacer(1, 2 * mm), _closing_block(data, text, annex)]))
    if annex:
        story.extend([PageBreak(), Paragraph(markup(text["annex_title"]), ANNEX_TITLE),
                      annex_table(annex, with_reasons=with_reasons)])
    document.build(story, canvasmaker=_PagedCanvas)
    info = PdfInfo(title=title, author=data.letterhead.ministry, subject=text["subject"],
                   keywords=("Digitales Amt", data.official_name, data.reference))
    return finish_pdfa(buffer.getvalue(), info)
