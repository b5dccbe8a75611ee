"""The names in GV100AD: the suffixes after a Gemeinde's name (", M" for Markt), the markers
around the names of Verwaltungsgemeinschaften and Landkreise, and the official name with its
title ("Markt Au i.d.Hallertau", "Landeshauptstadt München").
"""

from __future__ import annotations

import re

from digiamt_desk.domain.register import Kind

__all__ = [
    "SUFFIXES",
    "clean_landkreis_name",
    "clean_vg_name",
    "official_name",
    "split_suffix",
]

# Name suffixes GV100AD appends after ", " and the title they stand for. The 2025 Bavarian
# extract uses ", M", ", St", ", GKSt" and ", Landeshauptstadt"; the others are spellings seen in
# other editions and Länder, accepted so that a newer file does not leave them in the name.
SUFFIXES: dict[str, str] = {
    "M": "Markt",
    "Markt": "Markt",
    "St": "Stadt",
    "Stadt": "Stadt",
    "GKSt": "Große Kreisstadt",
    "Gr.Kreisstadt": "Große Kreisstadt",
    "Gr. Kreisstadt": "Große Kreisstadt",
    "Große Kreisstadt": "Große Kreisstadt",
    "Landeshauptstadt": "Landeshauptstadt",
}
# titles that say more than the kind does and so replace it in the official name
_HONORIFIC_TITLES = frozenset({"Landeshauptstadt"})

_TITLE = {
    Kind.GEMEINDE: "Gemeinde",
    Kind.MARKT: "Markt",
    Kind.STADT: "Stadt",
    Kind.GROSSE_KREISSTADT: "Große Kreisstadt",
    Kind.KREISFREIE_STADT: "Stadt",
    Kind.VG: "Verwaltungsgemeinschaft",
    Kind.LANDKREIS: "Landkreis",
    Kind.BEZIRK: "Bezirk",
}

_SUFFIX_RE = re.compile(r"^(?P<name>.+?)\s*,\s*(?P<suffix>[^,]+)$")
_VG_MARKER_RE = re.compile(
    r"^(?:Verwaltungsgemeinschaft|VGem\.?|VG)\s+|\s*(?:\((?:VGem|VG|Verwaltungsgemeinschaft)\.?\)"
    r"|,\s*(?:VGem|VG|Verwaltungsgemeinschaft)\.?)$"
)
_LANDKREIS_MARKER_RE = re.compile(
    r"^(?:Landkreis|Lkr\.?)\s+|\s*(?:\((?:Landkreis|Lkr)\.?\)|,\s*(?:Landkreis|Lkr)\.?)$"
)


def split_suffix(name: str) -> tuple[str, str | None]:
    """'Au i.d.Hallertau, M' -> ('Au i.d.Hallertau', 'Markt'); unknown suffixes stay in the name."""
    match = _SUFFIX_RE.match(name)
    if match is None:
        return name, None
    title = SUFFIXES.get(match["suffix"].strip())
    if title is None:
        return name, None
    return match["name"], title


def official_name(kind: Kind, name: str, suffix_title: str | None) -> str:
    title = _TITLE[kind]
    if suffix_title is not None and suffix_title in _HONORIFIC_TITLES:
        title = suffix_title
    if name.startswith(title + " "):  # "Markt Indersdorf" is the Markt, not "Markt Markt …"
        return name
    return f"{title} {name}"


def clean_vg_name(name: str) -> str:
    """'Neunburg vorm Wald (VGem)' -> 'Neunburg vorm Wald'."""
    cleaned = _VG_MARKER_RE.sub("", name).strip()
    return cleaned or name


def clean_landkreis_name(name: str) -> str:
    """'Rosenheim' stays; 'Landkreis Rosenheim', 'Rosenheim, Lkr' -> 'Rosenheim'."""
    cleaned = _LANDKREIS_MARKER_RE.sub("", name).strip()
    return cleaned or name
