"""The bundled Noto fonts (SIL OFL 1.1, `resources/fonts`), registered once with reportlab.

Only embedded TrueType fonts are used, never the 14 standard PDF fonts: PDF/A needs every font
in the file."""

from __future__ import annotations

import threading

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
    """Load the fonts into reportlab (about 0.1 s, once a process)."""
    global _registered
    with _lock:
        if _registered:
            return
        # Imported here: the signet needs the file names only, and start-up no reportlab.
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for name, filename in _FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(resource("fonts", filename))))
        for family, regular, bold, italic in ((SANS, SANS, SANS_BOLD, SANS_ITALIC),
                                              (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC)):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        _registered = True


def font_file(name: str) -> str:
    return str(resource("fonts", _FILES[name]))
