"""The certificate (Urkunde) on A4, for printing and framing, in two variants: on blank paper
(with border and emblem), or text only on pre-printed certificate paper, at positions the user
sets in millimetres.

The applicant's name is set as large as the width allows: a long name ("Verwaltungsgemeinschaft
Neunburg vorm Wald") breaks into two balanced lines and shrinks, it never overflows."""

from __future__ import annotations

import io
from collections.abc import Mapping

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from digiamt_desk.documents import emblem
from digiamt_desk.documents.fonts import SANS_BOLD, SERIF, SERIF_BOLD, register_fonts
from digiamt_desk.documents.model import DocumentData
from digiamt_desk.documents.pdfa import PdfInfo, finish_pdfa
from digiamt_desk.documents.positions import DEFAULT_POSITIONS, Position
from digiamt_desk.documents.templates import Template, field_values
from digiamt_desk.documents.text import wrap_words

PAGE_WIDTH, PAGE_HEIGHT = A4
BLUE = colors.Color(*(c / 255 for c in emblem.BLUE))
INK = colors.Color(0.12, 0.12, 0.12)
NAME_MAX_SIZE, NAME_MIN_SIZE = 32.0, 16.0


def fit_name(name: str, font: str, width: float, *, max_size: float = NAME_MAX_SIZE,
             min_size: float = NAME_MIN_SIZE) -> tuple[float, list[str]]:
    """Font size and lines for the name: one line as large as fits up to `max_size`; else two
    balanced lines; below `min_size` it keeps shrinking rather than run over the edge."""
    one_line = stringWidth(name, font, max_size)
    if one_line <= width:
        return max_size, [name]
    single_size = max_size * width / one_line
    words = name.split()
    best: tuple[float, list[str]] = (single_size, [name])
    for cut in range(1, len(words)):
        lines = [" ".join(words[:cut]), " ".join(words[cut:])]
        widest = max(stringWidth(line, font, max_size) for line in lines)
        size = min(max_size, max_size * width / widest) * 0.92  # two lines: a little smaller
        if size > best[0]:
            best = (size, lines)
    if best[0] >= min_size or len(best[1]) == 1:
        size, lines = best
    else:
        size, lines = best
    size = min(size, max_size)
    # Rounding must never push a line past the width.
    while max(stringWidth(line, font, size) for line in lines) > width:
        size -= 0.25
    return size, lines


def _centred(canvas: Canvas, x: float, top: float, lines: list[str], font: str, size: float,
             leading: float, colour: colors.Color = INK) -> float:
    canvas.setFont(font, size)
    canvas.setFillColor(colour)
    baseline = top + size * 0.8
    for line in lines:
        canvas.drawCentredString(x, PAGE_HEIGHT - baseline, line)
        baseline += leading
    return baseline


def _draw_emblem(canvas: Canvas, centre_x: float, top: float, size: float) -> None:
    """The award's mark, `size` points wide, from the shared geometry."""
    scale = size / 100.0
    left = centre_x - size / 2

    def point(x: float, y: float) -> tuple[float, float]:
        return left + x * scale, PAGE_HEIGHT - (top + y * scale)

    canvas.saveState()
    canvas.setFillColor(BLUE)
    canvas.roundRect(left, PAGE_HEIGHT - top - size, size, size, emblem.BADGE_RADIUS * scale,
                     stroke=0, fill=1)
    canvas.setStrokeColor(colors.white)
    canvas.setFillColor(colors.white)
    canvas.setLineJoin(1)
    canvas.setLineCap(1)
    x, y, w, h, r = emblem.SCREEN
    canvas.setLineWidth(emblem.SCREEN_STROKE * scale)
    bx, by = point(x, y + h)
    canvas.roundRect(bx, by, w * scale, h * scale, r * scale, stroke=1, fill=0)
    path = canvas.beginPath()
    path.moveTo(*point(*emblem.STAND[0]))
    for corner in emblem.STAND[1:]:
        path.lineTo(*point(*corner))
    path.close()
    canvas.drawPath(path, stroke=0, fill=1)
    canvas.setLineWidth(emblem.CHECK_STROKE * scale)
    check = canvas.beginPath()
    check.moveTo(*point(*emblem.CHECK[0]))
    for corner in emblem.CHECK[1:]:
        check.lineTo(*point(*corner))
    canvas.drawPath(check, stroke=1, fill=0)
    canvas.restoreState()


def _draw_frame(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(BLUE)
    canvas.setLineWidth(2.2)
    canvas.rect(12 * mm, 12 * mm, PAGE_WIDTH - 24 * mm, PAGE_HEIGHT - 24 * mm)
    canvas.setLineWidth(0.6)
    canvas.rect(15 * mm, 15 * mm, PAGE_WIDTH - 30 * mm, PAGE_HEIGHT - 30 * mm)
    canvas.restoreState()


def render_certificate(data: DocumentData, template: Template, *, preprinted: bool = False,
                       positions: Mapping[str, Position] | None = None) -> bytes:
    """The certificate as PDF/A-2b bytes."""
    register_fonts()
    text = template.render(field_values(data))
    where = dict(DEFAULT_POSITIONS if positions is None else positions)
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, initialFontName=SERIF, lang="de-DE")
    title = f"Urkunde „Digitales Amt“ – {data.official_name}"
    canvas.setTitle(title)
    canvas.setAuthor(data.letterhead.ministry)
    canvas.setSubject(text["award"])
    canvas.setCreator("DigiAmt Desk")
    centre = PAGE_WIDTH / 2

    if not preprinted:
        _draw_frame(canvas)
        _draw_emblem(canvas, centre, 30 * mm, 26 * mm)
        canvas.setFont(SERIF_BOLD, 34)
        canvas.setFillColor(BLUE)
        canvas.drawCentredString(centre, PAGE_HEIGHT - 82 * mm, text["heading"].upper(),
                                 charSpace=6)
        _centred(canvas, centre, 95 * mm, [text["preamble"]], SERIF, 14, 18)
        _centred(canvas, centre, 150 * mm, [text["award_intro"]], SERIF, 14, 18)
        _centred(canvas, centre, 160 * mm, [text["award"]], SANS_BOLD, 36, 40, BLUE)

    name = where["name"]
    size, lines = fit_name(text["name"], SERIF_BOLD, name.width * mm)
    _centred(canvas, name.x * mm, name.y * mm, lines, SERIF_BOLD, size, size * 1.18)

    reason = where["reason"]
    _centred(canvas, reason.x * mm, reason.y * mm,
             wrap_words(" ".join(text["reason"].split()), SERIF, 12.5, reason.width * mm),
             SERIF, 12.5, 17)

    place = where["place_date"]
    _centred(canvas, place.x * mm, place.y * mm, [text["place_date"]], SERIF, 12, 16)

    signature = where["signature"]
    canvas.setStrokeColor(INK)
    canvas.setLineWidth(0.6)
    half = signature.width * mm / 2
    line_y = PAGE_HEIGHT - signature.y * mm
    canvas.line(signature.x * mm - half, line_y, signature.x * mm + half, line_y)
    signer = [line.strip() for line in text["signature"].splitlines() if line.strip()]
    _centred(canvas, signature.x * mm, signature.y * mm + 2 * mm, signer[:1], SERIF, 12, 16)
    _centred(canvas, signature.x * mm, signature.y * mm + 8 * mm, signer[1:], SERIF, 10.5, 14)

    canvas.showPage()
    canvas.save()
    info = PdfInfo(title=title, author=data.letterhead.ministry, subject=text["award"],
                   keywords=("Digitales Amt", "Urkunde", data.official_name))
    return finish_pdfa(buffer.getvalue(), info)
