"""Reading single cells: titles, links, LeiKa keys, ARS, OZG-IDs and the provider.

Shared by every format. Each reader has a fast path for the well-formed value (a dashboard
export of 100,000 rows is almost all well-formed) and only falls back to the slower repairs when
that fails: Excel's habit of turning long numbers into floats, several keys in one cell, a link
typed without "https://".
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from digiamt_desk.domain.importing import Provider
from digiamt_desk.domain.links import LinkKind, complete_scheme, link_kind
from digiamt_desk.importers.text_guard import clean_cell

LEIKA_DIGITS = 14
ARS_DIGITS = 12
# A float in scientific notation carries the whole key only if its mantissa kept the digits
# that vary between keys: the last three digits of a LeiKa key are mostly 000, the eleven before
# them are not. Excel shows "9,9905E+13" for a narrow column; those digits are gone.
_MIN_SIGNIFICANT = 11
SHORTENED = "shortened"


def clean_title(text: str) -> str:
    """Strip and collapse runs of whitespace and line breaks (cells with Alt+Enter); control
    characters and terminal escape sequences go (see text_guard)."""
    return " ".join(clean_cell(text).split())


def is_digits(text: str, length: int) -> bool:
    return len(text) == length and text.isascii() and text.isdigit()


def integer_text(text: str) -> str | None:
    """'99050012104000.0', '9,9050012104E+13' -> '99050012104000'; SHORTENED when the digits of
    a scientific number were cut off; None when the text is no whole number."""
    value = text.strip()
    if value.count(",") == 1 and "." not in value:
        value = value.replace(",", ".")  # German decimal comma
    if not value or not value.isascii() or "_" in value:
        return None
    try:
        number = Decimal(value)
    except InvalidOperation:
        return None
    # adjusted() bounds the size: "1e999999999" must not become a billion-digit int
    if not number.is_finite() or number < 0 or number.adjusted() > 20:
        return None
    if number != number.to_integral_value():
        return None
    lowered = value.lower()
    if "e" in lowered:
        mantissa = lowered.split("e", 1)[0].replace(".", "").lstrip("+0")
        if len(mantissa) < _MIN_SIGNIFICANT:
            return SHORTENED
    return str(int(number))


def leika_keys(cell: str) -> tuple[tuple[str, ...], list[str]]:
    """The LeiKa keys in a cell and the pieces that are no key (to be reported and dropped).

    One cell may hold several keys separated by comma, semicolon, space or line break; a key
    itself may be written with spaces ('99 050 012 104 000')."""
    text = cell.strip()
    if not text:
        return (), []
    if is_digits(text, LEIKA_DIGITS):
        return (text,), []
    whole = integer_text(text)
    if whole == SHORTENED:
        return (), [text]
    if whole is not None and len(whole) == LEIKA_DIGITS:
        return (whole,), []
    keys: list[str] = []
    bad: list[str] = []
    for piece in text.replace(",", ";").replace("\n", ";").replace("\t", ";").split(";"):
        piece = piece.strip()
        if not piece:
            continue
        compact = piece.replace(" ", "").replace("\xa0", "")
        if is_digits(compact, LEIKA_DIGITS):
            keys.append(compact)
            continue
        for token in piece.split():
            key = token if is_digits(token, LEIKA_DIGITS) else integer_text(token)
            if key is not None and len(key) == LEIKA_DIGITS:
                keys.append(key)
            else:
                bad.append(token)
    return tuple(dict.fromkeys(keys)), bad


def leika_problem(token: str) -> str:
    if integer_text(token) == SHORTENED:
        return (
            f"'{token}' looks like a LeiKa key that Excel shortened to a rounded number; its "
            "digits are lost (format the column as text and enter it again). The key was dropped."
        )
    return f"'{token}' is not a LeiKa key (14 digits); it was dropped"


def ars_value(cell: str) -> str | None:
    """The 12-digit ARS, None for an empty cell; raises ValueError for anything else.

    Excel drops the leading zero of 091620000000, leaving 11 digits (and may add '.0'); every
    German ARS starts with the two-digit Land code, so an 11-digit number gets its zero back."""
    text = cell.strip()
    if not text:
        return None
    if is_digits(text, ARS_DIGITS):
        return text
    compact = text.replace(" ", "").replace("\xa0", "")
    whole = compact if compact.isascii() and compact.isdigit() else integer_text(compact)
    if whole is not None and whole != SHORTENED:
        if len(whole) == ARS_DIGITS:
            return whole
        if len(whole) == ARS_DIGITS - 1:
            return "0" + whole
    raise ValueError(f"'{text}' is not a 12-digit ARS (Amtlicher Regionalschlüssel)")


def ozg_ids(cell: str) -> tuple[tuple[int, ...], list[str]]:
    text = cell.strip()
    if not text:
        return (), []
    if text.isascii() and text.isdigit():
        return (int(text),), []
    ids: list[int] = []
    bad: list[str] = []
    for token in text.replace(",", " ").replace(";", " ").split():
        whole = integer_text(token) if not token.isdigit() else token
        if whole is not None and whole != SHORTENED and whole.isdigit():
            ids.append(int(whole))
        else:
            bad.append(token)
    return tuple(dict.fromkeys(ids)), bad


# Checked in this order: municipal markers first, because "Landratsamt" or "kreisweit" contain
# "land"/"weit" words that would otherwise read as central.
_MUNICIPAL = ("kommun", "eigen", "municipal", "kreis", "gemeinde", "stadt", "markt", "lokal",
              "local", "landratsamt")
_CENTRAL = ("zentral", "freistaat", "land", "bund", "central", "staat", "state")
_provider_cache: dict[str, Provider | None] = {"": Provider.UNKNOWN}


def provider_value(cell: str) -> Provider | None:
    """Provider from free text or the dashboard's art_flaechendeckung; None = not recognised.

    Cached per distinct text: a list has a handful of different values in thousands of rows."""
    if cell in _provider_cache:
        return _provider_cache[cell]
    text = cell.strip().lower()
    result: Provider | None
    if not text:
        result = Provider.UNKNOWN
    elif text.startswith("nicht in auswertung"):
        result = Provider.UNKNOWN  # the dashboard's own "not evaluated": no statement
    elif any(marker in text for marker in _MUNICIPAL):
        result = Provider.MUNICIPAL
    elif any(marker in text for marker in _CENTRAL):
        result = Provider.CENTRAL
    else:
        result = None
    if len(_provider_cache) < 10_000:  # bounded: free text must not grow it without end
        _provider_cache[cell] = result
    return result


def provider_cache() -> dict[str, Provider | None]:
    """The cache itself, for the row loop's fast path (a .get without a function call)."""
    return _provider_cache


def _looks_like_link(token: str) -> bool:
    lowered = token[:8].lower()
    return lowered.startswith(("http://", "https://", "www.", "mailto:"))


def link_value(cell: str) -> tuple[str, str | None]:
    """(link, note): note is 'completed' when https:// was added, 'several' when the cell held
    more than one link and the first web link was taken, 'protocol_relative' for '//host/...'
    (taken as https), 'relative' for '/path' (to be made absolute against a base address)."""
    text = clean_cell(cell).strip()
    if text[:8].lower().startswith(("http://", "https://")) and not _has_space(text):
        return text, None
    if text.startswith("//") and len(text) > 2 and text[2] not in "/\\" \
            and not _has_space(text):
        return "https:" + text, "protocol_relative"
    if text.startswith("/") and not _has_space(text) and not text.startswith("//"):
        return text, "relative"
    note: str | None = None
    if _has_space(text):
        tokens = text.split()
        links = [t for t in tokens if _looks_like_link(t)]
        if len(links) > 1 or (links and len(tokens) == len(links)):
            web = [t for t in links if t[:8].lower().startswith(("http://", "https://"))]
            text = (web or links)[0]
            note = "several" if len(links) > 1 else None
    if link_kind(text) is LinkKind.HTTP:
        return text, note
    completed = complete_scheme(text)
    if completed is not None:
        return completed, "completed"
    return text, note


def _has_space(text: str) -> bool:
    return " " in text or "\n" in text or "\t" in text or "\r" in text
