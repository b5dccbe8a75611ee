"""Loading the register of authorities into a database (a GV100AD edition), on an Engine.

Apart from services.register (search, look-up, for a Desk) so that opening a workspace, which
loads the shipped register into a new database, needs nothing that needs a workspace."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine, select, update

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.register import RegisterEntry
from digiamt_desk.paths import resource
from digiamt_desk.register.gv100ad import read_gv100ad
from digiamt_desk.store.db import backup_sqlite
from digiamt_desk.store.tables import REGISTER

SHIPPED_REGISTER = ("register", "GV100AD_30112025_bayern_raw.txt")
ATTRIBUTION = (
    "Statistisches Bundesamt (Destatis), Gemeindeverzeichnis GV-ISys (GV100AD), "
    "Gebietsstand 30.11.2025, dl-de/by-2-0; Auszug Bayern, Daten umformatiert"
)


class UnknownKey(InputError):
    pass


def fold(text: str) -> str:
    """Lower case with umlauts spelled out, so 'Muenchen' and 'münchen' find München."""
    lowered = text.casefold().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue")
    lowered = lowered.replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _search_text(entry: RegisterEntry) -> str:
    return " | ".join({fold(entry.name), fold(entry.official_name), entry.key, entry.ars,
                       entry.ags or ""})


def _row_values(entry: RegisterEntry) -> dict[str, object]:
    return {
        "ars": entry.ars, "key": entry.key, "ags": entry.ags, "kind": entry.kind.value,
        "name": entry.name, "official_name": entry.official_name,
        "regierungsbezirk": entry.regierungsbezirk, "landkreis": entry.landkreis,
        "vg_name": entry.vg_name, "seat": entry.seat, "population": entry.population,
        "postcode": entry.postcode, "edition": entry.edition, "active": True,
        "search_text": _search_text(entry),
    }


@dataclass
class RegisterUpdate:
    edition: str
    added: list[str] = field(default_factory=list)  # "09123456 Name"
    renamed: list[tuple[str, str, str]] = field(default_factory=list)  # (ars, old, new)
    retired: list[str] = field(default_factory=list)
    moved: list[tuple[str, str]] = field(default_factory=list)  # (old ars, new ars), same AGS
    unchanged: int = 0
    backup: Path | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "edition": self.edition, "added": self.added,
            "renamed": [{"ars": a, "old": o, "new": n} for a, o, n in self.renamed],
            "retired": self.retired,
            "moved": [{"old_ars": o, "new_ars": n} for o, n in self.moved],
            "unchanged": self.unchanged, "backup": str(self.backup) if self.backup else None,
        }


def load_shipped_register(engine: Engine) -> RegisterUpdate:
    return replace_register(engine, resource(*SHIPPED_REGISTER), backup=False)


def replace_register(engine: Engine, path: Path, *, backup: bool = True) -> RegisterUpdate:
    """Load a GV100AD edition. Renamed entries keep their ARS (and so their applications);
    entries the new edition lacks stay, marked inactive, so no case loses its applicant."""
    entries = read_gv100ad(path)
    editions = {e.edition for e in entries}
    report = RegisterUpdate(edition=max(editions))
    table = REGISTER
    if backup:
        report.backup = backup_sqlite(engine, "before-register-update")
    with engine.begin() as connection:
        existing = {row.ars: row for row in connection.execute(select(table))}
        new_by_ars = {e.ars: e for e in entries}
        inserts, updates = [], []
        for entry in entries:
            values = _row_values(entry)
            old = existing.get(entry.ars)
            if old is None:
                inserts.append(values)
                report.added.append(f"{entry.key} {entry.name}")
                continue
            if old.name != entry.name:
                report.renamed.append((entry.ars, old.name, entry.name))
                former = [n for n in old.former_names.split("; ") if n]
                values["former_names"] = "; ".join([*former, old.name])
                values["search_text"] = f"{values['search_text']} | {fold(old.name)}"
            else:
                values["former_names"] = old.former_names
            values["successor_ars"] = None
            if any(getattr(old, k) != v for k, v in values.items()):
                updates.append(values)
            else:
                report.unchanged += 1
        by_ags = {e.ags: e.ars for e in entries if e.ags}
        for ars, old in existing.items():
            if ars in new_by_ars or not old.active:
                continue
            successor = by_ags.get(old.ags) if old.ags else None
            connection.execute(update(table).where(table.c.ars == ars)
                               .values(active=False, successor_ars=successor))
            if successor:
                report.moved.append((ars, successor))
            else:
                report.retired.append(f"{old.key} {old.name}")
        if inserts:
            connection.execute(table.insert(), inserts)
        for values in updates:
            connection.execute(update(table).where(table.c.ars == values["ars"]).values(values))
    return report
