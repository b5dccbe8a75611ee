"""The built-in register of applicants: load, search, look up, replace by a newer edition."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import or_, select
from sqlmodel import col

from digiamt_desk.domain.register import ars12_from_key
from digiamt_desk.services import register_loading
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.register_loading import (
    ATTRIBUTION,
    SHIPPED_REGISTER,
    RegisterUpdate,
    UnknownKey,
    fold,
)
from digiamt_desk.store.tables import RegisterEntryRow


@dataclass(frozen=True, slots=True)
class Authority:
    """A register entry as plain values, for the window to hold (never the database row)."""

    ars: str
    key: str
    ags: str | None
    kind: str
    name: str
    official_name: str
    regierungsbezirk: str
    landkreis: str | None
    seat: str | None
    population: int | None
    postcode: str | None


def as_authority(row: RegisterEntryRow) -> Authority:
    return Authority(ars=row.ars, key=row.key, ags=row.ags, kind=row.kind, name=row.name,
                     official_name=row.official_name, regierungsbezirk=row.regierungsbezirk,
                     landkreis=row.landkreis, seat=row.seat, population=row.population,
                     postcode=row.postcode)


def load_shipped_register(desk: Desk) -> RegisterUpdate:
    return register_loading.load_shipped_register(desk.engine)


def replace_register(desk: Desk, path: Path, *, backup: bool = True) -> RegisterUpdate:
    """Load a GV100AD edition. Renamed entries keep their ARS (and so their applications);
    entries the new edition lacks stay, marked inactive, so no case loses its applicant."""
    return register_loading.replace_register(desk.engine, path, backup=backup)


def lookup(desk: Desk, key: str, *, include_inactive: bool = False) -> RegisterEntryRow:
    """The register entry a user's key names: ARS (12), AGS (8), or a natural key (3, 5, 9)."""
    text = key.strip().replace(" ", "")
    with desk.session() as session:
        statement = select(RegisterEntryRow)
        if len(text) == 8 and text.isdigit():
            statement = statement.where(RegisterEntryRow.ags == text)  # type: ignore[arg-type]
        else:
            ars = ars12_from_key(text)
            if ars is None:
                raise UnknownKey(
                    f"'{key}' is no key of the register (ARS: 12 digits, AGS: 8 digits, "
                    "Landkreis: 5, VG: 9, Bezirk: 3)")
            statement = statement.where(RegisterEntryRow.ars == ars)  # type: ignore[arg-type]
        rows = list(session.scalars(statement))
    rows.sort(key=lambda r: not r.active)
    if not rows or (not include_inactive and not rows[0].active):
        raise UnknownKey(f"no Bavarian authority with the key '{key}' in the register")
    return rows[0]


def search(desk: Desk, query: str, *, limit: int = 50) -> list[RegisterEntryRow]:
    """Entries whose name or key contains the query; exact and prefix matches first."""
    wanted = fold(query.strip())
    if not wanted:
        return []
    column = RegisterEntryRow.search_text
    with desk.session() as session:
        rows = list(session.scalars(
            select(RegisterEntryRow)
            .where(RegisterEntryRow.active)  # type: ignore[arg-type]
            .where(or_(col(column).contains(wanted, autoescape=True),
                       col(RegisterEntryRow.key).startswith(wanted))))
        )

    def rank(row: RegisterEntryRow) -> tuple[int, int, str]:
        name = fold(row.name)
        exact = 0 if wanted in (name, row.key, row.ags, row.ars) else 1
        prefix = 0 if name.startswith(wanted) or row.key.startswith(wanted) else 1
        return (exact, prefix, name)

    rows.sort(key=rank)
    return rows[:limit]


def find_authority(desk: Desk, key: str) -> Authority:
    """`lookup` as plain values (active entries only)."""
    return as_authority(lookup(desk, key))


def search_authorities(desk: Desk, query: str, *, limit: int = 50) -> list[Authority]:
    """`search` as plain values."""
    return [as_authority(row) for row in search(desk, query, limit=limit)]


__all__ = ["ATTRIBUTION", "SHIPPED_REGISTER", "Authority", "RegisterUpdate", "UnknownKey",
           "as_authority", "find_authority", "fold", "load_shipped_register", "lookup",
           "replace_register", "search", "search_authorities"]
