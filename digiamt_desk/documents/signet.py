"""The website signet "Digitales Amt" with the line "Wir sind für Sie da. Auch online." in
white on blue, optionally with the applicant's name and the year; PNG (256, 512 and 1024 px,
transparent outside the badge) and SVG.

Drawn with QtGui (QPainter on a QImage; no widgets). Text is turned into outlines once, so the
PNG and the SVG show the same letters whatever fonts the viewer has."""

from __future__ import annotations

import functools
import os
import sys
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QTransform,
)

from digiamt_desk.documents import emblem
from digiamt_desk.documents.fonts import SANS, SANS_BOLD, font_file
from digiamt_desk.documents.png import PrefixEncoder, encode_rgba

SIZES = (256, 512, 1024)
AWARD = "Digitales Amt"
TAGLINE = ("Wir sind für Sie da.", "Auch online.")
BOX = 100.0  # the drawing is made in a 100 x 100 box and scaled
_REFERENCE_PIXELS = 100  # text outlines are made at this size, then scaled
_lock = threading.Lock()
_families: dict[str, str] = {}


class SignetError(RuntimeError):
    pass


_application: QGuiApplication | None = None


def ensure_gui() -> None:
    """QtGui needs a QGuiApplication for fonts. The command line has none: make one, on the
    offscreen platform where there is no display. Call it on the main thread before a worker
    draws: it also loads the fonts."""
    global _application
    if QGuiApplication.instance() is None:
        headless = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
        if sys.platform.startswith("linux") and headless:
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _application = QGuiApplication([sys.argv[0] if sys.argv else "digiamt"])
    _family(SANS)
    _family(SANS_BOLD)


def _family(name: str) -> str:
    with _lock:
        if name not in _families:
            font_id = QFontDatabase.addApplicationFont(font_file(name))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            if not families:
                raise SignetError(f"cannot load the font {font_file(name)}")
            _families[name] = families[0]
        return _families[name]


def _font(name: str) -> QFont:
    font = QFont(_family(name))
    font.setPixelSize(_REFERENCE_PIXELS)
    font.setBold(name == SANS_BOLD)
    font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
    return font


def _text_path(text: str, font_name: str, *, centre_x: float, baseline: float,
               height: float, max_width: float) -> QPainterPath:
    """Outlines of `text`, cap height about `height` box units, centred, never wider than
    `max_width`."""
    font = _font(font_name)
    metrics = QFontMetricsF(font)
    path = QPainterPath()
    path.addText(QPointF(0, 0), font, text)
    scale = height / metrics.capHeight()
    advance = metrics.horizontalAdvance(text)
    scale = min(scale, max_width / advance)
    transform = QTransform()
    transform.translate(centre_x - advance * scale / 2, baseline)
    transform.scale(scale, scale)
    return transform.map(path)


@dataclass(frozen=True)
class Shape:
    path: QPainterPath
    fill: QColor | None = None
    stroke: QColor | None = None
    stroke_width: float = 0.0


@functools.cache
def _static_shapes(with_name: bool) -> tuple[Shape, ...]:
    """Everything but the name line: the same for every authority, so made once."""
    blue = QColor(*emblem.BLUE)
    white = QColor(*emblem.WHITE)
    band = QColor(*emblem.LIGHT_BLUE)
    shapes: list[Shape] = []
    badge = QPainterPath()
    badge.addRoundedRect(QRectF(0, 0, BOX, BOX), emblem.BADGE_RADIUS, emblem.BADGE_RADIUS)
    shapes.append(Shape(badge, fill=blue))
    if with_name:
        band_path = QPainterPath()
        band_path.addRect(QRectF(0, 80, BOX, 20))
        shapes.append(Shape(badge.intersected(band_path), fill=band))

    # The mark, scaled into the upper part of the badge.
    scale, dx, dy = (0.42, 29.0, 1.0) if with_name else (0.52, 24.0, 2.0)
    move = QTransform()
    move.translate(dx, dy)
    move.scale(scale, scale)
    x, y, w, h, r = emblem.SCREEN
    screen = QPainterPath()
    screen.addRoundedRect(QRectF(x, y, w, h), r, r)
    shapes.append(Shape(move.map(screen), stroke=white,
                        stroke_width=emblem.SCREEN_STROKE * scale))
    stand = QPainterPath()
    stand.moveTo(*emblem.STAND[0])
    for corner in emblem.STAND[1:]:
        stand.lineTo(*corner)
    stand.closeSubpath()
    shapes.append(Shape(move.map(stand), fill=white))
    check = QPainterPath()
    check.moveTo(*emblem.CHECK[0])
    for corner in emblem.CHECK[1:]:
        check.lineTo(*corner)
    shapes.append(Shape(move.map(check), stroke=white, stroke_width=emblem.CHECK_STROKE * scale))

    top = 45.0 if with_name else 53.0
    shapes.append(Shape(_text_path(AWARD, SANS_BOLD, centre_x=50, baseline=top + 9,
                                   height=9.5, max_width=84), fill=white))
    for number, line in enumerate(TAGLINE):
        shapes.append(Shape(_text_path(line, SANS, centre_x=50, baseline=top + 19 + number * 8,
                                       height=4.6, max_width=80), fill=white))
    return tuple(shapes)


def _label_shapes(name: str, year: str) -> list[Shape]:
    """The line with the authority's name and the year, in the band at the bottom."""
    label = " · ".join(part for part in (name, year) if part)
    if not label:
        return []
    return [Shape(_text_path(label, SANS_BOLD, centre_x=50, baseline=92.2, height=4.2,
                             max_width=84), fill=QColor(*emblem.WHITE))]


def _badge_shapes(name: str, year: str) -> list[Shape]:
    return [*_static_shapes(bool(name or year)), *_label_shapes(name, year)]


def _paint(shapes: Sequence[Shape], size: int, base: QImage | None = None,
           top: int = 0) -> QImage:
    """The shapes painted at `size` px, on a copy of `base` or on transparency; with `top`,
    only the rows from there down (the same pixels as those rows of the whole image)."""
    if base is not None:
        image = base.copy(0, top, size, size - top)
    else:
        image = QImage(size, size - top, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.translate(0, -top)
        painter.scale(size / BOX, size / BOX)
        for shape in shapes:
            if shape.stroke is not None:
                pen = QPen(shape.stroke, shape.stroke_width)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
                painter.setPen(pen)
            else:
                painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(shape.fill) if shape.fill is not None
                             else Qt.BrushStyle.NoBrush)
            painter.drawPath(shape.path)
    finally:
        painter.end()
    return image


def _png(image: QImage, encoder: PrefixEncoder | None = None) -> bytes:
    straight = image.convertToFormat(QImage.Format.Format_RGBA8888)
    pixels = bytes(straight.constBits())
    if encoder is not None:
        return encoder.encode(pixels, straight.bytesPerLine())
    return encode_rgba(pixels, straight.width(), straight.height(), straight.bytesPerLine())


def _svg_path(path: QPainterPath) -> str:
    parts = []
    index = 0
    count = path.elementCount()
    while index < count:
        element = path.elementAt(index)
        if element.isMoveTo():
            parts.append(f"M{element.x:.2f} {element.y:.2f}")
        elif element.isLineTo():
            parts.append(f"L{element.x:.2f} {element.y:.2f}")
        elif element.isCurveTo():
            c2, end = path.elementAt(index + 1), path.elementAt(index + 2)
            parts.append(f"C{element.x:.2f} {element.y:.2f} {c2.x:.2f} {c2.y:.2f} "
                         f"{end.x:.2f} {end.y:.2f}")
            index += 2
        index += 1
    return "".join(parts)


def _colour(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def _svg_element(shape: Shape) -> str:
    attributes = [f'd="{_svg_path(shape.path)}"']
    attributes.append(f'fill="{_colour(shape.fill)}"' if shape.fill is not None
                      else 'fill="none"')
    if shape.stroke is not None:
        attributes.append(f'stroke="{_colour(shape.stroke)}" '
                          f'stroke-width="{shape.stroke_width:.2f}" '
                          'stroke-linecap="round" stroke-linejoin="round"')
    return f"  <path {' '.join(attributes)}/>"


@functools.cache
def _static_svg(with_name: bool) -> tuple[str, ...]:
    return tuple(_svg_element(shape) for shape in _static_shapes(with_name))


@functools.cache
def _base_image(with_name: bool, size: int) -> QImage:
    return _paint(_static_shapes(with_name), size)


def _scaled(image: QImage, size: int) -> QImage:
    if image.width() == size:
        return image
    return image.scaled(size, size, Qt.AspectRatioMode.IgnoreAspectRatio,
                        Qt.TransformationMode.SmoothTransformation)


# The name line never reaches above this (box units; the band starts at 80, the letters'
# tops at about 87): the rows above it are the same in every signet with a name.
_LABEL_TOP = 82.0


@functools.cache
def _encoder(largest: int, size: int) -> PrefixEncoder:
    """Compresses the rows above the name line of a `size` px signet once a process."""
    base = _scaled(_base_image(True, largest), size).convertToFormat(
        QImage.Format.Format_RGBA8888)
    return PrefixEncoder(bytes(base.constBits()), size, size, base.bytesPerLine(),
                         int(size * _LABEL_TOP / BOX))


def _svg(elements: Sequence[str], label: str) -> str:
    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100" width="512" '
             f'height="512" role="img" aria-label={quoteattr(label)}>',
             f"  <title>{escape(label)}</title>", *elements, "</svg>"]
    return "\n".join(lines) + "\n"


@dataclass(frozen=True)
class SignetFiles:
    png: dict[int, bytes]  # size in px -> PNG bytes
    svg: str


def render_signet(name: str = "", year: str = "",
                  sizes: tuple[int, ...] = SIZES) -> SignetFiles:
    """The signet in the given pixel sizes and as SVG. Safe to call from a worker thread once
    `ensure_gui()` ran on the main thread. The same name and year give the same files: the
    last few are kept and copied.

    The badge, the mark and the lettering are the same for every authority: painted,
    compressed and written out once a process, and only the name line is added each time."""
    files = _render(name.strip(), year.strip(), tuple(sizes))
    return SignetFiles(dict(files.png), files.svg)


# Rows of the largest size painted above the first row that may change: the smaller sizes
# are scaled from the strip, and a scaled row needs the rows it is averaged from.
_STRIP_MARGIN = 16


def _strip_top(shapes: Sequence[Shape], largest: int, sizes: Sequence[int]) -> int | None:
    """The first row of the largest size to paint, when the name line lies below
    `_LABEL_TOP` and every size divides the largest (else None: the whole image is drawn)."""
    if any(largest % size for size in sizes):
        return None
    if any(shape.path.boundingRect().top() < _LABEL_TOP + 2 for shape in shapes):
        return None
    step = max(largest // size for size in sizes)
    top = int(largest * _LABEL_TOP / BOX) - _STRIP_MARGIN
    return max(0, top - top % step)


def _strip_pngs(shapes: Sequence[Shape], largest: int, sizes: Sequence[int],
                top: int) -> dict[int, bytes]:
    """Only the rows from `top` down are painted, scaled and converted; the rows above are
    the badge's, compressed once a process (`_encoder`)."""
    strip = _paint(shapes, largest, base=_base_image(True, largest), top=top)
    pngs = {}
    for size in sorted(sizes):
        ratio = largest // size
        scaled = strip if ratio == 1 else strip.scaled(
            size, (largest - top) // ratio, Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation)
        straight = scaled.convertToFormat(QImage.Format.Format_RGBA8888)
        encoder = _encoder(largest, size)
        first = (encoder.rows - top // ratio) * straight.bytesPerLine()
        pngs[size] = encoder.encode_tail(bytes(straight.constBits())[first:],
                                         straight.bytesPerLine())
    return pngs


@functools.lru_cache(maxsize=8)
def _render(name: str, year: str, sizes: tuple[int, ...]) -> SignetFiles:
    with_name = bool(name or year)
    label_shapes = _label_shapes(name, year)
    label = f"{AWARD}. {' '.join(TAGLINE)}" + (f" {name}" if name else "") + (
        f" {year}" if year else "")
    largest = max(sizes)
    svg = _svg([*_static_svg(with_name), *(_svg_element(s) for s in label_shapes)], label)
    top = _strip_top(label_shapes, largest, sizes) if with_name else None
    if top is not None:
        return SignetFiles(_strip_pngs(label_shapes, largest, sizes, top), svg)
    return SignetFiles(_whole_pngs(label_shapes, largest, sizes, with_name), svg)


def _whole_pngs(shapes: Sequence[Shape], largest: int, sizes: Sequence[int],
                with_name: bool) -> dict[int, bytes]:
    """The whole image painted and scaled to each size."""
    master = _paint(shapes, largest, base=_base_image(with_name, largest))
    return {size: _png(_scaled(master, size), _encoder(largest, size) if with_name else None)
            for size in sorted(sizes)}
