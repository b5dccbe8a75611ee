"""The register entries made from a GV100AD file's Bavarian records.

While reading, gv100ad.py keeps the records that matter (`Kreis`, `Verband`, `Gemeinde`);
`build_entries` turns them into one entry per possible applicant: the Bezirke, the Landkreise,
the Verwaltungsgemeinschaften and the Gemeinden (a kreisfreie Stadt once), with the population
of each area summed from its Gemeinden, sorted by ARS. A key without its Regierungsbezirk or
Kreis record, or an ARS twice, raises InputError naming the line.
"""

from __future__ import annotations

from dataclasses import dataclass

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import Kind, RegisterEntry
from digiamt_desk.register.gv100ad_names import official_name

__all__ = ["Gemeinde", "Kreis", "Verband", "build_entries"]


@dataclass(slots=True)
class Kreis:
    line: int
    name: str
    seat: str | None
    landkreis: str | None  # the clean name if a Landkreis, None for a kreisfreie Stadt


@dataclass(slots=True)
class Verband:
    line: int
    kreis: str  # 5 digits
    key: str  # 9 digits
    name: str
    seat: str | None


@dataclass(slots=True)
class Gemeinde:
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


def build_entries(
    stand: str,
    bezirke: dict[str, tuple[int, str, str | None]],
    kreise: dict[str, Kreis],
    verbaende: dict[str, Verband],
    gemeinden: list[Gemeinde],
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

    def kreis_of(key: str, line: int) -> Kreis:
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
                official_name=official_name(g.kind, g.name, g.title),
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
