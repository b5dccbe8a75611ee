"""What both ways of storing an import share and that needs no database layer: the applicant a
source names, the download deadline, the cancel, the mapping as stored."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from digiamt_desk.domain.importing import InputError, ParsedSource, SourceRow, capped
from digiamt_desk.importers import DOWNLOAD_SECONDS

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk

DOWNLOAD_SECONDS_KEY = "imports.download_seconds"


class ImportCancelled(Exception):
    """The user cancelled; nothing was written."""


def deadline(text: str) -> float:
    """The setting `imports.download_seconds` as a deadline: 1 to 600 s, else 20 s."""
    try:
        value = float(text)
    except ValueError:
        return DOWNLOAD_SECONDS
    return min(max(value, 1.0), 600.0)


def download_seconds(desk: Desk) -> float:
    """The deadline of a URL import: the database setting `imports.download_seconds`
    (a number of seconds, 1 to 600), else 20 s."""
    return deadline(desk.setting(DOWNLOAD_SECONDS_KEY, ""))


def mapping_text(mapping: dict[str, str] | None) -> str:
    return json.dumps(mapping or {}, ensure_ascii=False)


def applicant_ars(desk: Desk, parsed: ParsedSource,
                  ars_option: str | None) -> tuple[str, set[str]]:
    """The applicant's ARS and the ARS of levels above it that the source also names."""
    from digiamt_desk.services import register

    return applicant_from(lambda key: register.lookup(desk, key).ars, parsed, ars_option)


def applicant_from(lookup: Callable[[str], Any], parsed: ParsedSource,
                   ars_option: str | None) -> tuple[str, set[str]]:
    """applicant_ars with the register's lookup given: `lookup(key)` is the ARS of the active
    entry the key names, or raises an InputError saying it is unknown."""
    if ars_option:
        return str(lookup(ars_option)), set()
    named: dict[str, int] = {}
    add_named(named, parsed.rows)
    return applicant_of(lookup, named, parsed)


def add_named(named: dict[str, int], rows: Sequence[SourceRow]) -> None:
    """The ARS the rows name, each with the first row naming it, added to `named` (in the order
    they first appear)."""
    new = {row.ars for row in rows} - named.keys()  # mostly none: the rows name few
    new.discard(None)
    new.discard("")
    if new:
        for row in rows:
            if row.ars and row.ars in new and row.ars not in named:
                named[row.ars] = row.row


def deepest(named: dict[str, int]) -> str:
    """Of the authorities a source names, the one below all the others (the first of equals).
    A dashboard export with includeAbove names the applicant and the levels above it
    (Landkreis, Bezirk, Land)."""
    return max(named, key=lambda a: len(a.rstrip("0")))


def applicant_of(lookup: Callable[[str], Any], named: dict[str, int],
                 parsed: ParsedSource) -> tuple[str, set[str]]:
    """applicant_from for the authorities the rows name (add_named); `parsed` names the source
    and its columns in the messages."""
    if not named:
        raise InputError("the source names no municipality (no ARS column); choose the "
                         "applicant (on the command line: --ars KEY)", source=parsed.source,
                         code="no_applicant")
    below = deepest(named)
    above = {a for a in named if a != below}
    for ars in above:
        if not below.startswith(ars.rstrip("0")):
            keys = sorted(named)
            raise InputError(
                f"the source names {len(keys)} authorities ({capped(keys)}) that are "
                "not one above the other; choose the applicant (command line: --ars KEY, or "
                "--each-authority for a file of many)",
                source=parsed.source, row=named[ars], field=parsed.columns.get("ars", "ars"),
                code="several_authorities", count=len(keys), keys=capped(keys))
    try:
        entry = str(lookup(below))
    except InputError as exc:  # the register's UnknownKey
        raise InputError(f"ARS {below} is no Bavarian authority in the register",
                         source=parsed.source, row=named[below],
                         field=parsed.columns.get("ars", "ars"), code="unknown_ars",
                         ars=below) from exc
    return entry, above
