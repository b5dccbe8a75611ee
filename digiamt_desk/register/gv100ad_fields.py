"""The fields of a GV100AD record: its length, the record types (Satzart) and Textkennzeichen
codes, and the checks of its values (keys, Gebietsstand, population, postcode).

Each check raises InputError naming the file, the line and the field (see gv100ad.py for the
record layout).
"""

from __future__ import annotations

import datetime as dt
import re

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import Kind

__all__ = [
    "BAVARIA",
    "GEMEINDE_KINDS",
    "KREIS_TEXT",
    "MIN_LENGTH",
    "MOJIBAKE_RE",
    "RECORD_LENGTH",
    "RECORD_TYPES",
    "VERBAND_TEXT",
    "VG_TEXT",
    "check_date",
    "check_looks_like_gv100ad",
    "read_count",
    "read_digits",
    "read_postcode",
]

RECORD_LENGTH = 220
BAVARIA = "09"

RECORD_TYPES = frozenset({"10", "20", "30", "40", "50", "60"})
# the end of the last field a record of the type cannot do without (trailing blanks may be trimmed)
MIN_LENGTH = {"10": 23, "20": 23, "30": 23, "40": 124, "50": 124, "60": 124}

GEMEINDE_KINDS: dict[str, Kind | None] = {
    "60": Kind.MARKT,
    "61": Kind.KREISFREIE_STADT,
    "62": Kind.KREISFREIE_STADT,  # Stadtkreis (Baden-Württemberg's term)
    "63": Kind.STADT,
    "64": Kind.GEMEINDE,
    "65": None,  # gemeindefreies Gebiet, bewohnt
    "66": None,  # gemeindefreies Gebiet, unbewohnt
    "67": Kind.GROSSE_KREISSTADT,
}
KREIS_TEXT = {"41": False, "42": False, "43": True, "44": True, "45": True}  # -> is a Landkreis
VERBAND_TEXT = frozenset({"50", "51", "52", "53", "54", "55", "56", "57", "58"})
VG_TEXT = "54"
MOJIBAKE_RE = re.compile("[ÃÂ][\x80-\xbf]")


def check_looks_like_gv100ad(line: str, number: int, source: str) -> None:
    """The first record decides whether this is a GV100AD file at all."""
    head = line[:10]
    if head.isascii() and head.isdigit() and line[:2] in RECORD_TYPES:
        return
    shown = line[:40] + ("…" if len(line) > 40 else "")
    kind = "a CSV file" if any(sep in line for sep in ",;\t") else "unknown content"
    raise InputError(
        f"not a GV100AD file (fixed-width records of {RECORD_LENGTH} characters starting with "
        f"Satzart and Gebietsstand), looks like {kind}: {shown!r}",
        source=source,
        row=number,
    )


def read_digits(
    line: str, start: int, end: int, number: int, source: str, field: str = "Regionalschlüssel"
) -> str:
    value = line[start:end]
    if not (value.isascii() and value.isdigit()):
        raise InputError(
            f"positions {start + 1}-{end} must be digits, found {value!r}",
            source=source,
            row=number,
            field=field,
        )
    return value


def check_date(stand: str, number: int, source: str) -> None:
    try:
        if not (stand.isascii() and stand.isdigit()):
            raise ValueError(stand)
        dt.date(int(stand[:4]), int(stand[4:6]), int(stand[6:8]))
    except ValueError:
        raise InputError(
            f"Gebietsstand is not a date YYYYMMDD: {stand!r}",
            source=source,
            row=number,
            field="Gebietsstand",
        ) from None


def read_count(value: str, number: int, source: str) -> int | None:
    text = value.strip()
    if not text:
        return None
    if not (text.isascii() and text.isdigit()):
        raise InputError(
            f"population is not a number: {value!r}",
            source=source,
            row=number,
            field="Bevölkerung",
        )
    return int(text)


def read_postcode(value: str, number: int, source: str) -> str | None:
    text = value.strip()
    if not text:
        return None
    if not (len(text) == 5 and text.isascii() and text.isdigit()):
        raise InputError(
            f"postcode is not five digits: {value!r}",
            source=source,
            row=number,
            field="Postleitzahl",
        )
    return text
