"""What a document is made of: plain values gathered by the service from the database."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

MONTHS_DE = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
             "September", "Oktober", "November", "Dezember")


def german_date(day: date) -> str:
    """"21. Oktober 2025", as German letters write the date."""
    return f"{day.day}. {MONTHS_DE[day.month - 1]} {day.year}"


@dataclass(frozen=True, slots=True)
class Letterhead:
    ministry: str = "Bayerisches Staatsministerium für Digitales"
    unit: str = "Referat Digitales Amt"
    address: tuple[str, ...] = ("Oskar-von-Miller-Ring 35", "80333 München")
    contact: tuple[str, ...] = ()  # lines of the information block: name, phone, e-mail
    place: str = "München"
    signatory_name: str = ""
    signatory_role: str = ""

    def return_lines(self) -> list[str]:
        """Candidates for the sender line above the recipient's address in the window
        (DIN 5008), longest first: the letter takes the first that fits."""
        short = self.ministry.replace("Bayerisches Staatsministerium", "Bayer. Staatsministerium")
        return [" · ".join((short, *self.address)), " · ".join((short, *self.address[-1:])),
                short]


@dataclass(frozen=True, slots=True)
class ProcedureLine:
    title: str
    url: str
    reason: str = ""


@dataclass(frozen=True, slots=True)
class DocumentData:
    letterhead: Letterhead
    key: str  # AGS, or the ARS where there is no AGS (VG, Landkreis, Bezirk)
    ars: str
    name: str  # "Garmisch-Partenkirchen"
    official_name: str  # "Markt Garmisch-Partenkirchen"
    kind: str
    head_title: str
    head_name: str
    address: tuple[str, ...]  # the recipient's postal address, line by line
    reference: str
    on: date
    counted: int
    threshold: int
    procedures: int
    criteria_version: str
    counted_procedures: tuple[ProcedureLine, ...] = ()
    not_counted: tuple[ProcedureLine, ...] = ()
    status: str = ""
    rejected: int = 0
    open: int = 0
    deadline: date | None = None  # the query letter's: by when we ask for an answer
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def missing(self) -> int:
        return max(0, self.threshold - self.counted)

    @property
    def eligible(self) -> bool:
        return self.counted >= self.threshold
