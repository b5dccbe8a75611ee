"""The register of Bavarian authorities that may apply: municipalities, VGs, Landkreise, Bezirke.

Every applicant is keyed by its 12-digit ARS. A kreisfreie Stadt appears in GV100AD both as a
Kreis and as a Gemeinde with the same ARS; it is one applicant, the Stadt. The natural key is the
ARS at its natural length: 3 digits for a Bezirk, 5 for a Landkreis, 9 for a VG, 12 for a Gemeinde
(whose AGS is the 8 digits without the VG part).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum


class Kind(StrEnum):
    GEMEINDE = "Gemeinde"
    MARKT = "Markt"
    STADT = "Stadt"
    GROSSE_KREISSTADT = "Große Kreisstadt"
    KREISFREIE_STADT = "kreisfreie Stadt"
    VG = "Verwaltungsgemeinschaft"
    LANDKREIS = "Landkreis"
    BEZIRK = "Bezirk"


@dataclass(frozen=True, slots=True)
class RegisterEntry:
    ars: str  # 12 digits, unique
    key: str  # the ARS at its natural length (3, 5, 9 digits) or the 8-digit AGS for a Gemeinde
    ags: str | None  # 8 digits, Gemeinden (including kreisfreie Städte) only
    kind: Kind
    name: str  # short name without suffixes: "München", "Neunburg vorm Wald"
    official_name: str  # as on a certificate: "Landeshauptstadt München", "Markt Au i.d.Hallertau"
    regierungsbezirk: str  # "Oberbayern"
    landkreis: str | None  # name of the Landkreis a municipality or VG belongs to
    vg_name: str | None  # the VG a Gemeinde belongs to
    seat: str | None  # seat of the administration (Kreis, VG, Bezirk)
    population: int | None
    postcode: str | None
    edition: str  # Gebietsstand of the register, YYYY-MM-DD


_DIGITS = re.compile(r"^\d+$")


def ars12_from_key(key: str) -> str | None:
    """The 12-digit ARS a user's key means, or None if it cannot be one.

    Accepts the ARS (12), the AGS (8: Land, RB, Kreis, Gemeinde, so the VG part is unknown and
    None is returned: look AGS up by its own column), and natural-length keys 3, 5 and 9.
    """
    text = key.strip().replace(" ", "")
    if not _DIGITS.match(text):
        return None
    if len(text) == 12:
        return text
    if len(text) in (3, 5, 9):
        return text.ljust(12, "0")
    return None


def is_bavarian(ars: str) -> bool:
    return ars.startswith("09")
