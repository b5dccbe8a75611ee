"""What must fit before a document is written: the recipient's address inside the envelope
window, the reference in the information block, and every character in the bundled fonts.

A line too long for the window wraps; a block too tall shrinks down to a floor; what still does
not fit is refused with a `FitError` naming the field, before anything is written. Characters
the fonts lack are refused the same way (a certificate must never show a blank where a name
should be). The procedures' texts come from the applicant's list and cannot be edited in
DigiAmt Desk: there each such character is printed as its code, "[U+1F415]", and the user
is told which."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import getFont, stringWidth

from digiamt_desk.documents.fonts import SANS, SERIF, register_fonts
from digiamt_desk.documents.model import DocumentData, ProcedureLine
from digiamt_desk.documents.text import wrap_words
from digiamt_desk.domain.salutation import addressee

WINDOW_WIDTH, WINDOW_HEIGHT = 85 * mm, 45 * mm
NOTES_ZONE = 17.7 * mm  # the top of the window field: return line and notes
ADDRESS_INSET = 5 * mm
ADDRESS_ROOM = WINDOW_WIDTH - ADDRESS_INSET - 2 * mm
# From the first baseline (3.6 mm below the notes zone) to the bottom of the window.
ADDRESS_DEPTH = WINDOW_HEIGHT - NOTES_ZONE - 3.6 * mm - 1 * mm
ADDRESS_SIZES = (10.0, 9.5, 9.0, 8.5, 8.0)  # 8 pt: the floor for a postal address
LEADING_FACTOR = 1.2
INFO_VALUE_ROOM = 210 * mm - 20 * mm - 147 * mm  # from 147 mm to the right margin
INFO_SIZES = (9.0, 8.5, 8.0, 7.5, 7.0)
SHOWN_MISSING = 5  # characters named in a refusal


class FitError(ValueError):
    """A field that cannot be printed as it is; `field` names it."""

    def __init__(self, message: str, *, field: str) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True, slots=True)
class AddressBlock:
    lines: tuple[str, ...]
    size: float
    leading: float


def _recipient_parts(data: DocumentData) -> list[tuple[str, str]]:
    """(field, line): the authority, the head of it, then the rest of the postal address."""
    address = [line.strip() for line in data.address if line.strip()] or [data.official_name]
    head = addressee(data.head_title, data.head_name)
    parts = [("address", address[0])]
    for index, line in enumerate(head):
        field = "head_name" if index == len(head) - 1 and data.head_name.strip() else "head_title"
        parts.append((field, line))
    parts += [("address", line) for line in address[1:]]
    return parts


def fit_recipient(data: DocumentData) -> AddressBlock:
    """The address wrapped to the window's width at the largest size whose lines all fit its
    depth; `FitError` naming the field that takes the most lines when none does."""
    register_fonts()
    parts = _recipient_parts(data)
    for size in ADDRESS_SIZES:
        leading = size * LEADING_FACTOR
        lines = [piece for _field, line in parts
                 for piece in wrap_words(line, SANS, size, ADDRESS_ROOM)]
        if (len(lines) - 1) * leading <= ADDRESS_DEPTH:
            return AddressBlock(tuple(lines), size, leading)
    floor = ADDRESS_SIZES[-1]
    taken: dict[str, int] = {}
    for field, line in parts:
        taken[field] = taken.get(field, 0) + len(wrap_words(line, SANS, floor, ADDRESS_ROOM))
    worst = max(taken, key=lambda name: taken[name])
    fits = int(ADDRESS_DEPTH // (floor * LEADING_FACTOR)) + 1
    raise FitError(f"the recipient's address needs {sum(taken.values())} lines at {floor:g} pt "
                   f"in the envelope window, which holds {fits}; shorten it", field=worst)


def fit_info_value(value: str, field: str) -> float:
    """The size at which a value of the information block fits on its line."""
    register_fonts()
    for size in INFO_SIZES:
        if stringWidth(value, SANS, size) <= INFO_VALUE_ROOM:
            return size
    raise FitError(f"'{value[:40]}…' is too long for the information block (at most about "
                   f"{int(INFO_VALUE_ROOM / stringWidth('M', SANS, INFO_SIZES[-1]))} wide "
                   "characters)", field=field)


_covered: frozenset[int] | None = None
_covered_characters: frozenset[str] | None = None


def covered() -> frozenset[int]:
    """Code points every bundled font (sans and serif) has a glyph for."""
    global _covered
    if _covered is None:
        register_fonts()
        _covered = frozenset(getFont(SANS).face.charWidths) & frozenset(
            getFont(SERIF).face.charWidths)
    return _covered


def _printable_characters() -> frozenset[str]:
    """`covered()` as characters: a set test on a text's characters without `ord`."""
    global _covered_characters
    if _covered_characters is None:
        _covered_characters = frozenset(map(chr, covered()))
    return _covered_characters


def unprintable(text: str) -> list[str]:
    """The characters of `text` the fonts lack (line breaks and other controls aside)."""
    if _printable_characters().issuperset(text):  # the usual case, in one pass in C
        return []
    have = covered()
    return list(dict.fromkeys(ch for ch in text if ord(ch) not in have
                              and unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")))


def check_printable(fields: Iterable[tuple[str, str]]) -> None:
    """Refuse the first field with characters no bundled font can print, naming them."""
    fields = list(fields)
    have = covered()
    # One pass over the distinct characters of everything first: the usual case is clean.
    if all(ord(ch) in have for ch in set("".join(text for _field, text in fields))):
        return
    for field, text in fields:
        missing = unprintable(text)
        if missing:
            named = ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}"
                              for ch in missing[:SHOWN_MISSING])
            more = f" and {len(missing) - SHOWN_MISSING} more" if len(
                missing) > SHOWN_MISSING else ""
            raise FitError(f"'{text[:60]}' has characters the document fonts cannot print "
                           f"({named}{more}); write them in Latin letters or leave them out",
                           field=field)


def marked(text: str) -> str:
    """The text with each character the fonts lack written as its code, "[U+1F415]": for the
    procedures' texts, which come from the applicant's list and cannot be edited here. A
    text with nothing to mark comes back as the same object."""
    missing = unprintable(text)
    for ch in missing:
        text = text.replace(ch, f"[U+{ord(ch):04X}]")
    return text


def marked_lines(lines: Iterable[ProcedureLine]) -> tuple[tuple[ProcedureLine, ...], list[str]]:
    """The procedure lines with unprintable characters marked, and a note for each changed."""
    result, notes = [], []
    printable = _printable_characters()
    for line in lines:
        if printable.issuperset(line.title) and printable.issuperset(line.url) and (
                printable.issuperset(line.reason)):
            result.append(line)  # the usual case: nothing to mark
            continue
        fixed = ProcedureLine(marked(line.title), marked(line.url), marked(line.reason))
        if fixed != line:
            missing = unprintable(f"{line.title} {line.url} {line.reason}")
            notes.append(f"procedure '{fixed.title[:60]}': "
                         + ", ".join(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')}"
                                     for ch in missing[:SHOWN_MISSING])
                         + " printed as the code in brackets (no bundled font has them)")
        result.append(fixed)
    return tuple(result), notes


def document_fields(data: DocumentData) -> list[tuple[str, str]]:
    """Every text of the data a document may print that the user can change (application,
    letterhead), with the field it comes from."""
    head = data.letterhead
    fields = [("name", data.name), ("official_name", data.official_name),
              ("head_title", data.head_title), ("head_name", data.head_name),
              ("reference", data.reference), ("letterhead.ministry", head.ministry),
              ("letterhead.unit", head.unit), ("letterhead.place", head.place),
              ("letterhead.signatory_name", head.signatory_name),
              ("letterhead.signatory_role", head.signatory_role)]
    fields += [("address", line) for line in data.address]
    fields += [("letterhead.address", line) for line in head.address]
    fields += [("letterhead.contact", line) for line in head.contact]
    return fields
