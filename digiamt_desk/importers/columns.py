"""Which column of a list holds which field, found by the names municipalities give their headers.

Headers are compared after normalising: case, spaces, hyphens, underscores, dots, slashes and
brackets are ignored and German umlauts match their two-letter spelling (Schlüssel = Schluessel),
because the same list arrives typed by hand, exported by a portal and re-saved by Excel.
The alias table is built once at import; detection is one dict lookup per header cell.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from digiamt_desk.domain.importing import InputError, capped

FIELDS = ("title", "url", "leika", "provider", "ars", "ozgid")

# What the user reads in messages: the German term first, the field name in brackets.
FIELD_LABELS = {
    "title": "title (Bezeichnung)",
    "url": "link (Link/URL)",
    "leika": "LeiKa key (Leistungsschlüssel)",
    "provider": "provider (Anbieter kommunal/zentral)",
    "ars": "ARS (Regionalschlüssel)",
    "ozgid": "OZG-ID",
}

# Per field, in order of preference: when a list has two candidate columns, the earlier alias
# wins (a list with "Bezeichnung" and "leika_bezeichnung" takes its title from "Bezeichnung").
# One spelling per name: "Online-Dienst", "leikaKey" or "OZG_ID" match through normalize_header.
ALIASES: dict[str, tuple[str, ...]] = {
    "title": (
        "Bezeichnung", "Titel", "Title", "Name", "Leistungsname", "Leistungsbezeichnung",
        "Bezeichnung der Leistung", "Name der Leistung", "Onlinedienst",
        "Bezeichnung Onlinedienst", "Online-Verfahren", "Verfahren", "Verfahrensname",
        "Verfahrensbezeichnung", "Leistung", "Dienst", "Service", "Service name",
        "leika_name", "leika_bezeichnung", "ozg_bezeichnung",
    ),
    "url": (
        "Link", "URL", "Onlinedienst-Link", "Online-Link", "Link zum Onlinedienst",
        "Link zum Online-Verfahren", "Link Online-Verfahren", "Onlinedienst-URL", "Verfahrenslink",
        "Weblink", "Internetadresse", "Webadresse", "Internet-Link", "Direktlink", "Deep Link",
        "Deeplink-URL", "Antragslink", "Link zum Antrag", "Online-Antrag", "Link Onlinedienst",
        "Onlinedienst Link URL", "URL Onlinedienst", "Link zur Online-Leistung", "Online-URL",
        "Zugang", "Adresse", "href", "links",
    ),
    "leika": (
        "Leistungsschlüssel", "LeiKa-Schlüssel", "LeiKa", "leika_key", "LeiKa-ID", "LeiKa-Nummer",
        "LeiKa-Nr", "LeiKa-Code", "Leistungsschlüssel (LeiKa)", "LeiKa-Leistungsschlüssel",
        "Service key",
    ),
    "provider": (
        "Anbieter", "Bereitsteller", "kommunal/zentral", "zentral/kommunal", "Art", "Typ",
        "Art des Verfahrens", "Verfahrensart", "Bereitstellung", "Provider", "art_flaechendeckung",
    ),
    "ars": ("ARS", "Regionalschlüssel", "Amtlicher Regionalschlüssel", "ars_key"),
    "ozgid": ("OZG-ID", "OZG-Leistung-ID", "OZG-Leistungs-ID", "OZG-Nummer"),
}

_STRIP: dict[int, str | None] = {ord(c): None for c in " \t\r\n\xa0-_./()[]:*'\""}
_STRIP.update({ord("ä"): "ae", ord("ö"): "oe", ord("ü"): "ue", ord("ß"): "ss"})


def normalize_header(text: str) -> str:
    """'Leistungs-Schlüssel ' -> 'leistungsschluessel'."""
    return text.lower().translate(_STRIP)


def _build_lookup() -> dict[str, tuple[str, int]]:
    lookup: dict[str, tuple[str, int]] = {}
    for field, aliases in ALIASES.items():
        for priority, alias in enumerate(aliases):
            key = normalize_header(alias)
            # two fields claiming the same header would make detection depend on dict order
            assert lookup.get(key, (field, 0))[0] == field, f"alias {alias!r} is ambiguous"
            lookup.setdefault(key, (field, priority))
    return lookup


_LOOKUP = _build_lookup()
_DASHBOARD_MARKERS = frozenset({"leikakey", "url", "ars"})


def is_dashboard_header(header: Sequence[str]) -> bool:
    """The federal dashboard / Open-PVOG export: leika_key, url and ars side by side."""
    return {normalize_header(h) for h in header} >= _DASHBOARD_MARKERS


def describe_columns(header: Sequence[str]) -> str:
    shown = [f"'{h[:60]}'" for h in header if h.strip()]
    if not shown:
        return "no column names found"
    return f"columns found: {capped(shown)}"


def expected_names(field: str) -> str:
    return ", ".join(ALIASES[field][:6]) + " …"


@dataclass(frozen=True, slots=True)
class Detection:
    """field -> column index, plus further title and link columns, used when the chosen column's
    cell is empty (a JSON list where some objects have "url" and others "links")."""

    index: dict[str, int]
    title_fallbacks: tuple[int, ...] = ()
    url_fallbacks: tuple[int, ...] = ()


def detect(header: Sequence[str], mapping: Mapping[str, str] | None = None) -> Detection:
    """Assign columns to fields. A mapping (field -> header) wins over the aliases; a field mapped
    to "" gets no column. Raises InputError for a mapped column that does not exist."""
    index: dict[str, int] = {}
    fixed: set[str] = set()
    for field, column in (mapping or {}).items():
        fixed.add(field)
        if column:
            index[field] = _find_column(header, column, field)
    taken = set(index.values())
    best: dict[str, tuple[int, int]] = {}
    spare: dict[str, list[tuple[int, int]]] = {"title": [], "url": []}
    for position, name in enumerate(header):
        hit = _LOOKUP.get(normalize_header(name)) if name else None
        if hit is None or position in taken:
            continue
        field, priority = hit
        if field in spare:
            spare[field].append((priority, position))
        if field in fixed:
            continue
        if field not in best or priority < best[field][0]:
            best[field] = (priority, position)
    for field, (_, position) in best.items():
        index[field] = position
    taken = set(index.values())
    titles, urls = (tuple(p for _, p in sorted(spare[f]) if p not in taken) for f in spare)
    return Detection(index, titles, urls)


def unique_names(header: Sequence[str]) -> list[str]:
    """Column names as rows show them in raw: stripped, an empty header becomes 'column N', a
    repeated one gets ' (2)'. A mapping may use these names."""
    names: list[str] = []
    seen: set[str] = set()
    for position, name in enumerate(header):
        name = name.strip() or f"column {position + 1}"
        candidate, count = name, 1
        while candidate in seen:
            count += 1
            candidate = f"{name} ({count})"
        seen.add(candidate)
        names.append(candidate)
    return names


_NUMBER_PREFIXES = ("column", "spalte", "col")


def column_number(column: str) -> int | None:
    """'3', 'column 3', 'Spalte 3' -> 3 (1-based); None for a column name."""
    text = column.strip().lower()
    for prefix in _NUMBER_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):].strip()
            break
    if text.isascii() and text.isdigit() and 0 < len(text) < 5 and int(text) > 0:
        return int(text)
    return None


def _find_column(header: Sequence[str], column: str, field: str) -> int:
    for names in (unique_names(header), header):
        if column in names:
            return list(names).index(column)
    wanted = normalize_header(column)
    for position, name in enumerate(header):
        if normalize_header(name) == wanted:
            return position
    number = column_number(column)
    if number is not None and number <= len(header):
        return number - 1
    raise InputError(
        f"the column '{column}' chosen for the {FIELD_LABELS.get(field, field)} is not in the "
        f"file; {describe_columns(header)}", code="mapped_column_missing", column=column,
        field_name=field, columns=unique_names(header)
    )


def check_mapping(mapping: Mapping[str, str] | None) -> None:
    """A mapping naming an unknown field is a programming error, not bad input."""
    for field in mapping or {}:
        if field not in FIELDS:
            raise ValueError(f"unknown field {field!r} in column mapping; known: {FIELDS}")
