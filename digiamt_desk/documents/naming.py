"""File names for documents: predictable (`<AGS or key>_<short name>_<document>.pdf`) and safe
on Windows (no reserved characters or device names, no trailing dot or space, short)."""

from __future__ import annotations

import re
import unicodedata

_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss"})
_UNSAFE = re.compile(r"[^A-Za-z0-9.\-]+")
MAX_STEM = 80


def safe_part(text: str, limit: int = 40) -> str:
    """ASCII letters, digits, dots and hyphens; words joined by '-'."""
    ascii_text = unicodedata.normalize("NFKD", text.translate(_UMLAUTS))
    ascii_text = ascii_text.encode("ascii", "ignore").decode("ascii")
    part = _UNSAFE.sub("-", ascii_text).strip("-.")
    part = re.sub(r"-{2,}", "-", part)[:limit].rstrip("-.")
    if part.upper().split(".")[0] in _RESERVED:
        part = f"_{part}"
    return part or "x"


def document_filename(key: str, short_name: str, document: str, suffix: str) -> str:
    stem = "_".join((safe_part(key, 12), safe_part(short_name), safe_part(document, 24)))
    return f"{stem[:MAX_STEM].rstrip('-._')}.{suffix.lstrip('.')}"
