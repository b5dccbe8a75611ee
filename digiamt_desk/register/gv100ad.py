"""Read the Destatis Gemeindeverzeichnis GV100AD into the register of possible applicants.

GV100AD is a fixed-width text file, 220 characters a record (UTF-8; positions count characters,
not bytes), one record per line, sorted by Regionalschlüssel and Satzart. Record layout (1-based,
inclusive; see Datensatzbeschreibung_GV100AD.pdf):

    1-2     Satzart: 10 Land, 20 Regierungsbezirk, 30 Region (BaWü only), 40 Kreis,
            50 Gemeindeverband, 60 Gemeinde
    3-10    Gebietsstand YYYYMMDD
    11-18   Land (2), Regierungsbezirk (1), Kreis (2), Gemeinde (3)
    19-22   Gemeindeverband (types 50 and 60)
    23-72   name
    73-122  seat of the administration (types 10-50)
    123-124 Textkennzeichen (types 40-60)
    140-150 population (type 60)
    166-170 postcode of the Gemeinde (type 60)

Only records of Bavaria (Land 09) are kept, so the whole German file may be given. The result
holds one entry per possible applicant: the seven Bezirke (same key and area as the
Regierungsbezirke), the Landkreise, the Verwaltungsgemeinschaften and the Gemeinden, a kreisfreie
Stadt once (it appears as Kreis and as Gemeinde with the same ARS). Gemeindefreie Gebiete,
verbandsfreie and erfüllende Gemeinden as Verband records are not applicants. Entries are sorted
by ARS.

The module holds the reading of the records; the fields' codes and checks are in
gv100ad_fields.py, the names in gv100ad_names.py, the making of entries in gv100ad_entries.py.
"""

from __future__ import annotations

from pathlib import Path

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import RegisterEntry
from digiamt_desk.register.gv100ad_entries import Gemeinde, Kreis, Verband, build_entries
from digiamt_desk.register.gv100ad_fields import (
    BAVARIA,
    GEMEINDE_KINDS,
    KREIS_TEXT,
    MIN_LENGTH,
    MOJIBAKE_RE,
    RECORD_LENGTH,
    RECORD_TYPES,
    VERBAND_TEXT,
    VG_TEXT,
    check_date,
    check_looks_like_gv100ad,
    read_count,
    read_digits,
    read_postcode,
)
from digiamt_desk.register.gv100ad_names import clean_landkreis_name, clean_vg_name, split_suffix

__all__ = ["RECORD_LENGTH", "parse_gv100ad", "read_gv100ad"]


def read_gv100ad(path: str | Path) -> list[RegisterEntry]:
    """Read a GV100AD file (UTF-8; older Windows-1252 editions are accepted too)."""
    file = Path(path)
    try:
        data = file.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read the file: {exc.strerror or exc}", source=file.name) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    return parse_gv100ad(text, source=file.name)


def parse_gv100ad(text: str, source: str = "GV100AD") -> list[RegisterEntry]:
    """The possible applicants in a GV100AD text, sorted by ARS; InputError on bad input."""
    edition: str | None = None
    edition_line = 0
    bezirke: dict[str, tuple[int, str, str | None]] = {}  # RB key (3) -> line, name, seat
    kreise: dict[str, Kreis] = {}
    verbaende: dict[str, Verband] = {}  # VGs only
    gemeinden: list[Gemeinde] = []
    other_laender: dict[str, int] = {}  # Land -> first line
    records = 0

    def error(message: str, line: int, field: str | None = None) -> InputError:
        return InputError(message, source=source, row=line, field=field)

    for number, raw in enumerate(text.removeprefix("\ufeff").split("\n"), start=1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        records += 1
        satzart = line[:2]
        if records == 1:
            check_looks_like_gv100ad(line, number, source)
        if satzart not in RECORD_TYPES:
            raise error(f"unknown record type (Satzart) {satzart!r}", number, "Satzart")
        if len(line.rstrip()) > RECORD_LENGTH:
            raise error(
                f"record longer than {RECORD_LENGTH} characters ({len(line.rstrip())}): "
                "is this GV100AD, and is it read as UTF-8?",
                number,
            )
        if len(line) < MIN_LENGTH[satzart]:
            raise error(
                f"record too short: {len(line)} characters, a type-{satzart} record needs at "
                f"least {MIN_LENGTH[satzart]} (of {RECORD_LENGTH})",
                number,
            )
        land = line[10:12]
        if not land.isdigit() or not land.isascii():
            raise error(
                f"Land in the Regionalschlüssel is not two digits: {land!r}",
                number,
                "Regionalschlüssel",
            )
        if land != BAVARIA:
            other_laender.setdefault(land, number)
            continue
        line = line.ljust(RECORD_LENGTH)
        if "Ã" in line and MOJIBAKE_RE.search(line):
            raise error(
                "the text looks like UTF-8 decoded with a wrong encoding ('Ã¼' for 'ü'): "
                "GV100AD must be read as UTF-8",
                number,
            )

        stand = line[2:10]
        if stand != edition:
            if edition is not None:
                raise error(
                    f"Gebietsstand {stand!r} differs from {edition!r} in line {edition_line}",
                    number,
                    "Gebietsstand",
                )
            check_date(stand, number, source)
            edition, edition_line = stand, number

        name = line[22:72].strip()
        if not name:
            raise error("the name is empty", number, "Bezeichnung")
        seat = line[72:122].strip() or None
        text_code = line[122:124]

        if satzart == "10" or satzart == "30":
            continue
        if satzart == "20":
            rb = read_digits(line, 10, 13, number, source)
            if rb in bezirke:
                raise error(
                    f"Regierungsbezirk {rb} occurs twice: also in line {bezirke[rb][0]}", number
                )
            bezirke[rb] = (number, name, seat)
            continue
        if satzart == "40":
            kreis = read_digits(line, 10, 15, number, source)
            if text_code not in KREIS_TEXT:
                raise error(
                    f"unknown Textkennzeichen {text_code!r} of a Kreis", number, "Textkennzeichen"
                )
            if kreis in kreise:
                raise error(
                    f"Kreis {kreis} occurs twice: also in line {kreise[kreis].line}", number
                )
            landkreis = clean_landkreis_name(name) if KREIS_TEXT[text_code] else None
            kreise[kreis] = Kreis(number, name, seat, landkreis)
            continue
        if satzart == "50":
            kreis = read_digits(line, 10, 15, number, source)
            verband = read_digits(line, 18, 22, number, source, "Gemeindeverband")
            if text_code not in VERBAND_TEXT:
                raise error(
                    f"unknown Textkennzeichen {text_code!r} of a Gemeindeverband",
                    number,
                    "Textkennzeichen",
                )
            if text_code == VG_TEXT:
                key = kreis + verband
                if key in verbaende:
                    raise error(
                        f"Verwaltungsgemeinschaft {key} occurs twice: also in line "
                        f"{verbaende[key].line}",
                        number,
                    )
                verbaende[key] = Verband(number, kreis, key, clean_vg_name(name), seat)
            continue
        # satzart == "60": Land, RB, Kreis, Gemeinde and Verband, checked at once when all is well
        keys = line[10:22]
        if not (keys.isdigit() and keys.isascii()):
            read_digits(line, 10, 18, number, source)
            read_digits(line, 18, 22, number, source, "Gemeindeverband")
        kreis, gemeinde, verband = keys[:5], keys[5:8], keys[8:]
        if text_code not in GEMEINDE_KINDS:
            raise error(
                f"unknown Textkennzeichen {text_code!r} of a Gemeinde", number, "Textkennzeichen"
            )
        short, title = split_suffix(name)
        gemeinden.append(
            Gemeinde(
                line=number,
                kreis=kreis,
                verband=kreis + verband,
                ags=kreis + gemeinde,
                ars=kreis + verband + gemeinde,
                kind=GEMEINDE_KINDS[text_code],
                name=short,
                title=title,
                population=read_count(line[139:150], number, source),
                postcode=read_postcode(line[165:170], number, source),
            )
        )

    if records == 0:
        raise InputError("the file is empty: no GV100AD records", source=source)
    if edition is None:
        first_line = min(other_laender.values())
        laender = ", ".join(sorted(other_laender))
        raise InputError(
            f"contains no records of Bavaria (Land 09): the records are of Land {laender}, "
            f"the first in line {first_line}",
            source=source,
            row=first_line,
        )
    return build_entries(edition, bezirke, kreise, verbaende, gemeinden, source)
