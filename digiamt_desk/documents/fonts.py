"""The bundled Noto fonts (SIL OFL 1.1, `resources/fonts`), registered once with reportlab.

Only embedded TrueType fonts are used, never the 14 standard PDF fonts: PDF/A needs every font
in the file."""

from __future__ import annotations

import threading
from typing import Any

from digiamt_desk.paths import resource

SANS = "NotoSans"
SANS_BOLD = "NotoSans-Bold"
SANS_ITALIC = "NotoSans-Italic"
SERIF = "NotoSerif"
SERIF_BOLD = "NotoSerif-Bold"
SERIF_ITALIC = "NotoSerif-Italic"

_FILES = {
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
}
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Load the fonts into reportlab (about 0.1 s, once a process), and have it compress
    streams with Flate alone: its ASCII85 layer on top only costs time and bytes, and the
    PDF/A finishing (pdfa.py) keeps the streams as reportlab wrote them."""
    global _registered
    with _lock:
        if _registered:
            return
        # Imported here: the signet needs the file names only, and start-up no reportlab.
        from reportlab import rl_config
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        font_class = _quick_font_class(TTFont)
        for name, filename in _FILES.items():
            pdfmetrics.registerFont(font_class(name, str(resource("fonts", filename))))
        for family, regular, bold, italic in ((SANS, SANS, SANS_BOLD, SANS_ITALIC),
                                              (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        rl_config.useA85 = 0
        _registered = True


def _quick_font_class(base: Any) -> Any:
    """reportlab's TrueType font with a quicker `splitString` for text whose characters the
    document has met before (the usual case: a letter's annex repeats the same few dozen):
    one `str.translate` instead of a Python loop a character. New characters, and any outside
    the first subset, go through reportlab's own code, which assigns their codes."""

    class QuickFont(base):  # type: ignore[misc]
        def splitString(self, text: Any, doc: Any, encoding: str = "utf-8") -> Any:
            state = self.state.get(doc)
            quick = getattr(state, "digiamt_quick", None)
            if quick is not None and text and isinstance(text, str) and (
                    quick[1].issuperset(text)):
                return [(0, text.translate(quick[2]).encode("latin-1"))]
            result = super().splitString(text, doc, encoding)
            state = self.state[doc]
            assignments = state.assignments
            if quick is None or quick[0] != len(assignments):
                first = {code: n for code, n in assignments.items() if n < 256}
                state.digiamt_quick = (len(assignments), frozenset(map(chr, first)), first)
            return result

    return QuickFont


def font_file(name: str) -> str:
    return str(resource("fonts", _FILES[name]))
