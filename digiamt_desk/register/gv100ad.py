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
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import Kind, RegisterEntry

__all__ = ["RECORD_LENGTH", "SUFFIXES", "parse_gv100ad", "read_gv100ad"]

RECORD_LENGTH = 220
BAVARIA = "09"

_RECORD_TYPES = frozenset({"10", "20", "30", "40", "50", "60"})
# the end of the last field a record of the type cannot do without (trailing blanks may be trimmed)
_MIN_LENGTH = {"10": 23, "20": 23, "30": 23, "40": 124, "50": 124, "60": 124}

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

_GEMEINDE_KINDS: dict[str, Kind | None] = {
    "60": Kind.MARKT,
    "61": Kind.KREISFREIE_STADT,
    "62": Kind.KREISFREIE_STADT,  # Stadtkreis (Baden-Württemberg's term)
    "63": Kind.STADT,
    "64": Kind.GEMEINDE,
    "65": None,  # gemeindefreies Gebiet, bewohnt
    "66": None,  # gemeindefreies Gebiet, unbewohnt
    "67": Kind.GROSSE_KREISSTADT,
}
_KREIS_TEXT = {"41": False, "42": False, "43": True, "44": True, "45": True}  # -> is a Landkreis
_VERBAND_TEXT = frozenset({"50", "51", "52", "53", "54", "55", "56", "57", "58"})
_VG = "54"

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
_MOJIBAKE_RE = re.compile("[ÃÂ][\x80-\xbf]")
_VG_MARKER_RE = re.compile(
    r"^(?:Verwaltungsgemeinschaft|VGem\.?|VG)\s+|\s*(?:\((?:VGem|VG|Verwaltungsgemeinschaft)\.?\)"
    r"|,\s*(?:VGem|VG|Verwaltungsgemeinschaft)\.?)$"
)
_LANDKREIS_MARKER_RE = re.compile(
    r"^(?:Landkreis|Lkr\.?)\s+|\s*(?:\((?:Landkreis|Lkr)\.?\)|,\s*(?:Landkreis|Lkr)\.?)$"
)


@dataclass(slots=True)
class _Kreis:
    line: int
    name: str
    seat: str | None
    landkreis: str | None  # the clean name if a Landkreis, None for a kreisfreie Stadt


@dataclass(slots=True)
class _Verband:
    line: int
    kreis: str  # 5 digits
    key: str  # 9 digits
    name: str
    seat: str | None


@dataclass(slots=True)
class _Gemeinde:
    line: int
    kreis: str  # 5 digits
    verband: str  # 9 digits: Kreis + Verband
    ags: str
    ars: str
    kind: Kind | None  # None: gemeindefreies Gebiet
    name: str
    title: str | None  # from the name suffix
    population: int | None
    postcode: str | None


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
    kreise: dict[str, _Kreis] = {}
    verbaende: dict[str, _Verband] = {}  # VGs only
    gemeinden: list[_Gemeinde] = []
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
            _check_looks_like_gv100ad(line, number, source)
        if satzart not in _RECORD_TYPES:
            raise error(f"unknown record type (Satzart) {satzart!r}", number, "Satzart")
        if len(line.rstrip()) > RECORD_LENGTH:
            raise error(
                f"record longer than {RECORD_LENGTH} characters ({len(line.rstrip())}): "
                "is this GV100AD, and is it read as UTF-8?",
                number,
            )
        if len(line) < _MIN_LENGTH[satzart]:
            raise error(
                f"record too short: {len(line)} characters, a type-{satzart} record needs at "
                f"least {_MIN_LENGTH[satzart]} (of {RECORD_LENGTH})",
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
        if "Ã" in line and _MOJIBAKE_RE.search(line):
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
            _check_date(stand, number, source)
            edition, edition_line = stand, number

        name = line[22:72].strip()
        if not name:
            raise error("the name is empty", number, "Bezeichnung")
        seat = line[72:122].strip() or None
        text_code = line[122:124]

        if satzart == "10" or satzart == "30":
            continue
        if satzart == "20":
            rb = _digits(line, 10, 13, number, source)
            if rb in bezirke:
                raise error(
                    f"Regierungsbezirk {rb} occurs twice: also in line {bezirke[rb][0]}", number
                )
            bezirke[rb] = (number, name, seat)
            continue
        if satzart == "40":
            kreis = _digits(line, 10, 15, number, source)
            if text_code not in _KREIS_TEXT:
                raise error(
                    f"unknown Textkennzeichen {text_code!r} of a Kreis", number, "Textkennzeichen"
                )
            if kreis in kreise:
                raise error(
                    f"Kreis {kreis} occurs twice: also in line {kreise[kreis].line}", number
                )
            landkreis = _clean_landkreis_name(name) if _KREIS_TEXT[text_code] else None
            kreise[kreis] = _Kreis(number, name, seat, landkreis)
            continue
        if satzart == "50":
            kreis = _digits(line, 10, 15, number, source)
            verband = _digits(line, 18, 22, number, source, "Gemeindeverband")
            if text_code not in _VERBAND_TEXT:
                raise error(
                    f"unknown Textkennzeichen {text_code!r} of a Gemeindeverband",
                    number,
                    "Textkennzeichen",
                )
            if text_code == _VG:
                key = kreis + verband
                if key in verbaende:
                    raise error(
                        f"Verwaltungsgemeinschaft {key} occurs twice: also in line "
                        f"{verbaende[key].line}",
                        number,
                    )
                verbaende[key] = _Verband(number, kreis, key, _clean_vg_name(name), seat)
            continue
        # satzart == "60": Land, RB, Kreis, Gemeinde and Verband, checked at once when all is well
        keys = line[10:22]
        if not (keys.isdigit() and keys.isascii()):
            _digits(line, 10, 18, number, source)
            _digits(line, 18, 22, number, source, "Gemeindeverband")
        kreis, gemeinde, verband = keys[:5], keys[5:8], keys[8:]
        if text_code not in _GEMEINDE_KINDS:
            raise error(
                f"unknown Textkennzeichen {text_code!r} of a Gemeinde", number, "Textkennzeichen"
            )
        short, title = _split_suffix(name)
        gemeinden.append(
            _Gemeinde(
                line=number,
                kreis=kreis,
                verband=kreis + verband,
                ags=kreis + gemeinde,
                ars=kreis + verband + gemeinde,
                kind=_GEMEINDE_KINDS[text_code],
                name=short,
                title=title,
                population=_count(line[139:150], number, source),
                postcode=_postcode(line[165:170], number, source),
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
    return _build(edition, bezirke, kreise, verbaende, gemeinden, source)


def _build(
    stand: str,
    bezirke: dict[str, tuple[int, str, str | None]],
    kreise: dict[str, _Kreis],
    verbaende: dict[str, _Verband],
    gemeinden: list[_Gemeinde],
    source: str,
) -> list[RegisterEntry]:
    edition = f"{stand[:4]}-{stand[4:6]}-{stand[6:8]}"
    population: dict[str, int] = {}  # key of a Bezirk, Kreis or Verband -> sum of its Gemeinden
    for g in gemeinden:
        if g.population is not None:
            for key in (g.kreis[:3], g.kreis, g.verband):
                population[key] = population.get(key, 0) + g.population

    def rb_name(key: str, line: int) -> str:
        try:
            return bezirke[key[:3]][1]
        except KeyError:
            raise InputError(
                f"Regierungsbezirk {key[:3]} has no record (Satzart 20)", source=source, row=line
            ) from None

    def kreis_of(key: str, line: int) -> _Kreis:
        try:
            return kreise[key]
        except KeyError:
            raise InputError(
                f"Kreis {key} has no record (Satzart 40)", source=source, row=line
            ) from None

    entries: dict[str, RegisterEntry] = {}
    lines: dict[str, int] = {}

    def add(entry: RegisterEntry, line: int) -> None:
        if entry.ars in entries:
            raise InputError(
                f"ARS {entry.ars} occurs twice: also in line {lines[entry.ars]}",
                source=source,
                row=line,
            )
        entries[entry.ars] = entry
        lines[entry.ars] = line

    for rb, (line, name, seat) in bezirke.items():
        add(
            RegisterEntry(
                ars=rb.ljust(12, "0"),
                key=rb,
                ags=None,
                kind=Kind.BEZIRK,
                name=name,
                official_name=f"Bezirk {name}",
                regierungsbezirk=name,
                landkreis=None,
                vg_name=None,
                seat=seat,
                population=population.get(rb),
                postcode=None,
                edition=edition,
            ),
            line,
        )
    kreisfreie: set[str] = set()
    for key, kreis in kreise.items():
        if kreis.landkreis is None:
            kreisfreie.add(key)
            continue
        name = kreis.landkreis
        add(
            RegisterEntry(
                ars=key.ljust(12, "0"),
                key=key,
                ags=None,
                kind=Kind.LANDKREIS,
                name=name,
                official_name=f"Landkreis {name}",
                regierungsbezirk=rb_name(key, kreis.line),
                landkreis=None,
                vg_name=None,
                seat=kreis.seat,
                population=population.get(key),
                postcode=None,
                edition=edition,
            ),
            kreis.line,
        )
    for key, vg in verbaende.items():
        kreis = kreis_of(vg.kreis, vg.line)
        add(
            RegisterEntry(
                ars=key.ljust(12, "0"),
                key=key,
                ags=None,
                kind=Kind.VG,
                name=vg.name,
                official_name=f"Verwaltungsgemeinschaft {vg.name}",
                regierungsbezirk=rb_name(key, vg.line),
                landkreis=kreis.landkreis,
                vg_name=None,
                seat=vg.seat,
                population=population.get(key),
                postcode=None,
                edition=edition,
            ),
            vg.line,
        )
    for g in gemeinden:
        if g.kind is None:
            continue
        kreis = kreis_of(g.kreis, g.line)
        kreisfrei = g.kind is Kind.KREISFREIE_STADT
        if kreisfrei:
            kreisfreie.discard(g.kreis)
        member_of = verbaende.get(g.verband)
        add(
            RegisterEntry(
                ars=g.ars,
                key=g.ags,
                ags=g.ags,
                kind=g.kind,
                name=g.name,
                official_name=_official_name(g.kind, g.name, g.title),
                regierungsbezirk=rb_name(g.kreis, g.line),
                landkreis=kreis.landkreis,
                vg_name=member_of.name if member_of is not None else None,
                seat=kreis.seat if kreisfrei else None,
                population=g.population,
                postcode=g.postcode,
                edition=edition,
            ),
            g.line,
        )
    for key in sorted(kreisfreie):
        raise InputError(
            f"kreisfreie Stadt {key} ({kreise[key].name}) has no Gemeinde record (Satzart 60)",
            source=source,
            row=kreise[key].line,
        )
    return [entries[ars] for ars in sorted(entries)]


def _check_looks_like_gv100ad(line: str, number: int, source: str) -> None:
    """The first record decides whether this is a GV100AD file at all."""
    head = line[:10]
    if head.isascii() and head.isdigit() and line[:2] in _RECORD_TYPES:
        return
    shown = line[:40] + ("…" if len(line) > 40 else "")
    kind = "a CSV file" if any(sep in line for sep in ",;\t") else "unknown content"
    raise InputError(
        f"not a GV100AD file (fixed-width records of {RECORD_LENGTH} characters starting with "
        f"Satzart and Gebietsstand), looks like {kind}: {shown!r}",
        source=source,
        row=number,
    )


def _digits(
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


def _check_date(stand: str, number: int, source: str) -> None:
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


def _count(value: str, number: int, source: str) -> int | None:
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


def _postcode(value: str, number: int, source: str) -> str | None:
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


def _split_suffix(name: str) -> tuple[str, str | None]:
    """'Au i.d.Hallertau, M' -> ('Au i.d.Hallertau', 'Markt'); unknown suffixes stay in the name."""
    match = _SUFFIX_RE.match(name)
    if match is None:
        return name, None
    title = SUFFIXES.get(match["suffix"].strip())
    if title is None:
        return name, None
    return match["name"], title


def _official_name(kind: Kind, name: str, suffix_title: str | None) -> str:
    title = _TITLE[kind]
    if suffix_title is not None and suffix_title in _HONORIFIC_TITLES:
        title = suffix_title
    if name.startswith(title + " "):  # "Markt Indersdorf" is the Markt, not "Markt Markt …"
        return name
    return f"{title} {name}"


def _clean_vg_name(name: str) -> str:
    """'Neunburg vorm Wald (VGem)' -> 'Neunburg vorm Wald'."""
    cleaned = _VG_MARKER_RE.sub("", name).strip()
    return cleaned or name


def _clean_landkreis_name(name: str) -> str:
    """'Rosenheim' stays; 'Landkreis Rosenheim', 'Rosenheim, Lkr' -> 'Rosenheim'."""
    cleaned = _LANDKREIS_MARKER_RE.sub("", name).strip()
    return cleaned or name
