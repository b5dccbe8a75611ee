"""The review record (Prüfvermerk) for the e-file, on A4 as PDF/A-2b with the letters'
letterhead and fonts: the application, the people and dates of the review, the counts, every
procedure with its decision, reason, criteria and link check, and the history in short form.

Everything printed comes from `ReviewRecordData`, gathered from the recorded review by
`services/review_record.py`; this module only lays it out."""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph, Spacer

from digiamt_desk.documents.annex import INK, RULE, AnnexTable, cell_lines
from digiamt_desk.documents.fonts import SANS, SANS_BOLD, register_fonts
from digiamt_desk.documents.letter import (
    ACCENT,
    BODY,
    GREY,
    LEFT_MARGIN,
    RIGHT_MARGIN,
    TEXT_WIDTH,
    _PagedCanvas,
    _paragraphs,
)
from digiamt_desk.documents.model import DocumentData
from digiamt_desk.documents.pdfa import PdfInfo, finish_pdfa
from digiamt_desk.documents.templates import Template, field_values
from digiamt_desk.documents.text import markup

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP = 32 * mm
BOTTOM = 22 * mm
TITLE = ParagraphStyle("record-title", parent=BODY, fontName=SANS_BOLD, fontSize=13,
                       leading=17, spaceAfter=8)
HEADING = ParagraphStyle("record-heading", parent=BODY, fontName=SANS_BOLD, fontSize=10.5,
                         spaceBefore=8, spaceAfter=5)


@dataclass(frozen=True, slots=True)
class RecordProcedure:
    title: str
    decision: str  # German: angenommen, abgelehnt, offen
    reason: str
    criteria: str  # "Elektronisch absendbar: erfüllt; ..."
    check: str  # link check result and hints, German


@dataclass(frozen=True, slots=True)
class ReviewRecordData:
    """What the record states, all of it read from the database (plain values: it travels to
    the batch's worker processes). The links stay in the export: the record names each
    procedure and what was decided about it."""

    facts: tuple[tuple[str, str], ...]  # label, value: application, reference, people, dates
    counts: tuple[tuple[str, str], ...]  # label, number
    procedures: tuple[RecordProcedure, ...]
    history: tuple[tuple[str, str, str], ...]  # when, who, what


def _header(canvas: Canvas, data: DocumentData) -> None:
    head = data.letterhead
    canvas.saveState()
    canvas.setFillColor(ACCENT)
    canvas.rect(LEFT_MARGIN, PAGE_HEIGHT - 24 * mm, 1.4 * mm, 11 * mm,
                stroke=0, fill=1)
    canvas.setFillColor(INK)
    canvas.setFont(SANS_BOLD, 12)
    canvas.drawString(LEFT_MARGIN + 4 * mm, PAGE_HEIGHT - 18 * mm,
                      head.ministry)
    canvas.setFont(SANS, 9)
    canvas.setFillColor(GREY)
    canvas.drawString(LEFT_MARGIN + 4 * mm, PAGE_HEIGHT - 23 * mm,
                      f"{head.unit} · Prüfvermerk · {data.reference}")
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.3)
    canvas.line(LEFT_MARGIN, 14 * mm, PAGE_WIDTH - RIGHT_MARGIN,
                14 * mm)
    canvas.restoreState()


def result(procedure: RecordProcedure) -> str:
    """"angenommen; Kriterien: alle erfüllt; Link: erreichbar", the reason after a rejection."""
    decision = procedure.decision + (f" ({procedure.reason})" if procedure.reason else "")
    return f"{decision}; Kriterien: {procedure.criteria}; Link: {procedure.check}"


def _pairs(pairs: Sequence[tuple[str, str]], label_width: float) -> AnnexTable:
    widths = [label_width, TEXT_WIDTH - label_width]
    rows = [[cell_lines(label, widths[0]), cell_lines(value or "–", widths[1])]
            for label, value in pairs]
    return AnnexTable(["", ""], rows, widths, numbered=False, with_header=False)


def render_record(data: DocumentData, record: ReviewRecordData, template: Template, *,
                  title: str) -> bytes:
    """The review record as PDF/A-2b bytes."""
    register_fonts()
    text = template.render(field_values(data))
    buffer = io.BytesIO()
    document = BaseDocTemplate(
        buffer, pagesize=A4, leftMargin=LEFT_MARGIN, rightMargin=RIGHT_MARGIN, topMargin=TOP,
        bottomMargin=BOTTOM, title=title, author=data.letterhead.ministry,
        subject=text["title"], lang="de-DE", creator="DigiAmt Desk", initialFontName=SANS)
    frame = Frame(LEFT_MARGIN, BOTTOM, TEXT_WIDTH, PAGE_HEIGHT - TOP - BOTTOM, id="record",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    document.addPageTemplates([PageTemplate("record", [frame],
                                            onPage=lambda c, _d: _header(c, data))])
    story: list[Flowable] = [Paragraph(markup(text["title"]), TITLE)]
    story.extend(_paragraphs(text["intro"]))
    story += [Paragraph("Bewerbung und Prüfung", HEADING), _pairs(record.facts, 48 * mm),
              Paragraph("Ergebnis", HEADING), _pairs(record.counts, 70 * mm)]
    # Two columns of text a procedure, most rows one line high: the record of an application
    # of hundreds of procedures stays short (the links are in the export).
    widths = [9 * mm, 74 * mm, TEXT_WIDTH - 83 * mm]
    rows = [[[str(number)], cell_lines(p.title, widths[1]), cell_lines(result(p), widths[2])]
            for number, p in enumerate(record.procedures, 1)]
    story += [Paragraph(f"Verfahren ({len(record.procedures)})", HEADING),
              AnnexTable(["Nr.", "Verfahren", "Entscheidung; Kriterien; Linkprüfung"], rows,
                         widths)]
    history_widths = [30 * mm, 38 * mm, TEXT_WIDTH - 68 * mm]
    history = [[cell_lines(when, history_widths[0]), cell_lines(who, history_widths[1]),
                cell_lines(what, history_widths[2])] for when, who, what in record.history]
    story += [Paragraph("Verlauf", HEADING),
              AnnexTable(["Zeitpunkt (UTC)", "Wer", "Was"], history, history_widths,
                         numbered=False) if history
              else Paragraph("Keine Änderungen erfasst.", BODY),
              Spacer(1, 6 * mm), Paragraph(markup(text["closing"]), BODY)]
    document.build(story, canvasmaker=_PagedCanvas)
    info = PdfInfo(title=title, author=data.letterhead.ministry, subject=text["title"],
                   keywords=("Digitales Amt", "Prüfvermerk", data.official_name,
                             data.reference))
    return finish_pdfa(buffer.getvalue(), info)
