"""Control characters in cell text: removed the same way for every format.

A bell (\\u0007) or an ANSI escape sequence in a title would be stored, then written raw to the
terminal by `digiamt procedures` and into the PDFs. Tab and line breaks stay (a cell typed with
Alt+Enter); everything else below U+0020, DEL, the C1 range and whole escape sequences go.
"""

from __future__ import annotations

import re

# An ANSI escape sequence (CSI ... final byte, OSC ... BEL/ST, or ESC + one character), then any
# single control character but tab, line feed and carriage return.
_CONTROL = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]{0,4096}(?:\x07|\x1b\\)?|\x1b[@-_]?"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
)


def has_control(text: str) -> bool:
    return _CONTROL.search(text) is not None


def clean_cell(text: str) -> str:
    """The text without control characters and escape sequences."""
    if text.isprintable():
        return text
    return _CONTROL.sub("", text)
