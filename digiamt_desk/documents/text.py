"""Text helpers for reportlab: escaping data for Paragraph markup and fast line wrapping for
plain table cells (a Paragraph per cell costs 4x the time of a 300-row annex)."""

from __future__ import annotations

import functools
from bisect import bisect_right
from itertools import accumulate
from xml.sax.saxutils import escape

from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

_BREAK_AFTER = "/-?&=._#"


def markup(text: str) -> str:
    """Text from the data or a template, safe inside a reportlab Paragraph."""
    return escape(text)


@functools.cache
def _width_table(font: str) -> tuple[float, ...]:
    """The font's advance widths (units of 1/1000 em) by code point, for the Basic
    Multilingual Plane: one lookup a character, no dictionary miss to handle."""
    face = getFont(font).face
    table = [float(face.defaultWidth)] * 0x10000
    for code, width in face.charWidths.items():
        if code < 0x10000:
            table[code] = float(width)
    return tuple(table)


def _advances(text: str, font: str) -> list[float]:
    """Running widths of the text's prefixes in 1/1000 em (scale by size / 1000)."""
    if text.isascii() or max(text) < "\U00010000":
        return list(accumulate(map(_width_table(font).__getitem__, map(ord, text))))
    face = getFont(font).face
    widths, default = face.charWidths, face.defaultWidth
    return list(accumulate(float(widths.get(ord(ch), default)) for ch in text))


def wrap_url(url: str, font: str, size: float, width: float) -> list[str]:
    """Break a link into lines, preferably after a '/', '-', '?' or '&'."""
    if stringWidth(url, font, size) <= width:
        return [url]
    advances = _advances(url, font)
    room = width * 1000.0 / size  # in the advances' units
    lines = []
    start = 0
    offset = 0.0
    while start < len(url):
        # the longest piece from `start` that fits, at least one character
        end = max(bisect_right(advances, offset + room, lo=start), start + 1)
        if end < len(url):
            nice = max(url.rfind(ch, start, end) for ch in _BREAK_AFTER) + 1
            if nice > start + (end - start) // 2:
                end = nice
        lines.append(url[start:end])
        offset = advances[end - 1]
        start = end
    return lines


def wrap_words(text: str, font: str, size: float, width: float) -> list[str]:
    """Break text at spaces; a word wider than the column is broken like a link."""
    if stringWidth(text, font, size) <= width:
        return [text]
    space = stringWidth(" ", font, size)
    lines: list[str] = []
    current: list[str] = []
    used = 0.0
    for word in text.split():
        word_width = stringWidth(word, font, size)
        if word_width > width:
            if current:
                lines.append(" ".join(current))
            pieces = wrap_url(word, font, size, width)
            lines.extend(pieces[:-1])
            current, used = [pieces[-1]], stringWidth(pieces[-1], font, size)
            continue
        needed = word_width + (space if current else 0.0)
        if current and used + needed > width:
            lines.append(" ".join(current))
            current, used = [word], word_width
        else:
            current.append(word)
            used += needed
    if current:
        lines.append(" ".join(current))
    return lines
