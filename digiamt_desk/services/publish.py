"""The public list of awarded authorities: which awards are final, and the list as CSV and JSON.

Which applications count as finally awarded is one predicate, `final_award_condition`: today
every application with the status "awarded"; with four eyes on (team mode, or the setting
review.four_eyes) "awarded and approved by a second person". A withdrawn or reopened award
leaves the status "awarded" and so disappears from the next list. The HTML pages are made in
`publish_html`; `write_publication` writes all files, each under a temporary name first, after
everything was rendered in memory.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from sqlalchemy import ColumnElement, and_, func, select
from sqlmodel import col
from sqlmodel import select as sm_select

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.domain.review import Status
from digiamt_desk.paths import resource
from digiamt_desk.services import register
from digiamt_desk.services.approval import four_eyes_on
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.file_output import csv_safe, replace_file
from digiamt_desk.services.publication_files import (  # importable from here
    CSV_NAME as CSV_NAME,
)
from digiamt_desk.services.publication_files import (
    JSON_NAME as JSON_NAME,
)
from digiamt_desk.services.publication_files import (
    PublishError as PublishError,
)
from digiamt_desk.store.tables import APPLICATIONS, FINAL_DECISIONS, REGISTER, Setting

A = APPLICATIONS.c
F = FINAL_DECISIONS.c
R = REGISTER.c

LINK_SETTING_PREFIX = "publication.link."
SCHEMA_NAME = "auszeichnungen.schema.json"
SCHEMA_VERSION = 1
MAX_URL = 2000




def final_award_condition(four_eyes: bool = False) -> ColumnElement[bool]:
    """The one place that says which awards are final and public (see the module doc): over
    the application joined with its latest "awarded" decision (F), which must be approved by
    a second person where four eyes are on (services/approval.py)."""
    awarded = A.status == Status.AWARDED.value
    if not four_eyes:
        return awarded
    return and_(awarded, F.approved_by.is_not(None))


@dataclass(frozen=True, slots=True)
class Award:
    application_id: int
    reference: str
    ars: str
    key: str  # AGS, or the ARS at its natural length where there is no AGS
    name: str
    official_name: str
    kind: str
    regierungsbezirk: str
    landkreis: str  # "" for a kreisfreie Stadt, a Landkreis or a Bezirk
    award_date: date
    received_on: date
    counted: int  # procedures counted at the award
    threshold: int
    services_url: str  # the authority's page of online services, "" where unknown

    def as_json(self) -> dict[str, Any]:
        return {"ars": self.ars, "schluessel": self.key, "name": self.name,
                "amtlicher_name": self.official_name, "art": self.kind,
                "regierungsbezirk": self.regierungsbezirk,
                "landkreis": self.landkreis or None,
                "auszeichnungsdatum": self.award_date.isoformat(),
                "online_verfahren": self.counted,
                "online_dienste_url": self.services_url or None}


def final_awards(desk: Desk) -> list[Award]:
    """The awards in force, by name (DIN 5007-1), each with the date and counts of its award
    (the latest "awarded" decision of the application)."""
    latest = (select(F.application_id, func.max(F.id).label("decision_id"))
              .where(F.status == Status.AWARDED.value).group_by(F.application_id).subquery())
    statement = (
        select(A.id, A.reference, A.ars, A.name, A.official_name, A.kind, A.received_on,
               R.key, R.ags, R.regierungsbezirk, R.landkreis, F.at, F.counted, F.threshold)
        .select_from(APPLICATIONS.join(REGISTER, R.ars == A.ars)
                     .join(latest, latest.c.application_id == A.id)
                     .join(FINAL_DECISIONS, F.id == latest.c.decision_id))
        .where(final_award_condition(four_eyes_on(desk))))
    links = service_links(desk)
    with desk.engine.connect() as connection:
        rows = list(connection.execute(statement))
    awards = [Award(application_id=row.id, reference=row.reference, ars=row.ars,
                    key=row.ags or row.key, name=row.name, official_name=row.official_name,
                    kind=row.kind, regierungsbezirk=row.regierungsbezirk,
                    landkreis=row.landkreis or "", award_date=row.at.date(),
                    received_on=date.fromisoformat(row.received_on), counted=row.counted,
                    threshold=row.threshold, services_url=links.get(row.ars, ""))
              for row in rows]
    awards.sort(key=lambda a: (din5007_key(a.name), a.ars))
    return awards


# --- links to the authorities' online services -------------------------------------------

def validate_link(url: str) -> str:
    text = url.strip()
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise PublishError(f"'{url}' is no web address (http or https)", field="url")
    if len(text) > MAX_URL or any(c.isspace() for c in text):
        raise PublishError(f"'{url[:80]}' is too long or contains spaces", field="url")
    return text


def set_service_link(desk: Desk, key: str, url: str | None) -> str:
    """Store (or with None remove) the link to an authority's online services; returns its
    ARS."""
    entry = register.lookup(desk, key, include_inactive=True)
    name = LINK_SETTING_PREFIX + entry.ars
    if url is None:
        with desk.session() as session:
            row = session.get(Setting, name)
            if row is not None:
                session.delete(row)
                session.commit()
        return entry.ars
    desk.set_setting(name, validate_link(url))
    return entry.ars


def service_links(desk: Desk) -> dict[str, str]:
    with desk.session() as session:
        rows = session.exec(sm_select(Setting).where(
            col(Setting.key).startswith(LINK_SETTING_PREFIX)))
        return {row.key[len(LINK_SETTING_PREFIX):]: row.value for row in rows}


# --- CSV and JSON -------------------------------------------------------------------------

CSV_HEADER = ("Name", "Amtlicher Name", "Art", "Regierungsbezirk", "Landkreis",
              "Auszeichnungsdatum", "Online-Verfahren", "ARS", "Online-Dienste")


def render_csv(awards: list[Award]) -> bytes:
    """German Excel: semicolons, CRLF, UTF-8 with BOM, dates as DD.MM.YYYY. No cell is a
    formula (not even the `="0916..."` trick for leading zeros: the ARS is plain text)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(CSV_HEADER)
    for a in awards:
        writer.writerow([csv_safe(a.name), csv_safe(a.official_name), csv_safe(a.kind),
                         csv_safe(a.regierungsbezirk), csv_safe(a.landkreis),
                         a.award_date.strftime("%d.%m.%Y"), str(a.counted),
                         a.ars, csv_safe(a.services_url)])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def publication_json(awards: list[Award], on: date, publisher: str) -> dict[str, Any]:
    return {"schema_version": SCHEMA_VERSION, "stand": on.isoformat(), "herausgeber": publisher,
            "anzahl": len(awards), "auszeichnungen": [a.as_json() for a in awards]}


def render_json(awards: list[Award], on: date, publisher: str) -> bytes:
    text = json.dumps(publication_json(awards, on, publisher), ensure_ascii=False, indent=2)
    return (text + "\n").encode("utf-8")


def schema_text() -> bytes:
    return resource("schemas", SCHEMA_NAME).read_bytes()


# --- writing --------------------------------------------------------------------------------

@dataclass(frozen=True)
class Publication:
    awards: list[Award]
    files: dict[str, bytes]  # file name -> content


def build_publication(desk: Desk, *, on: date | None = None) -> Publication:
    """Every file of the list, in memory (a bad template fails here, before anything is
    written)."""
    from digiamt_desk.services.publish_html import render_pages

    today = on or desk.clock().date()
    awards = final_awards(desk)
    publisher = desk.setting("letterhead.ministry",
                             "Bayerisches Staatsministerium für Digitales")
    files = render_pages(desk, awards, today, publisher)
    files[CSV_NAME] = render_csv(awards)
    files[JSON_NAME] = render_json(awards, today, publisher)
    files[SCHEMA_NAME] = schema_text()
    return Publication(awards, files)


def write_publication(publication: Publication, out_dir: Path) -> list[Path]:
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PublishError(f"cannot create the folder ({exc.strerror})",
                           source=str(out_dir)) from exc
    written = []
    for name, content in publication.files.items():
        target = out_dir / name
        try:
            replace_file(target, content)
        except OSError as exc:
            raise PublishError(f"cannot write the file ({exc.strerror})",
                               source=str(target)) from exc
        written.append(target)
    return written


def publish(desk: Desk, out_dir: Path, *, on: date | None = None) -> list[Path]:
    return write_publication(build_publication(desk, on=on), out_dir)


__all__ = [
    "CSV_NAME",
    "JSON_NAME",
    "SCHEMA_NAME",
    "Award",
    "Publication",
    "PublishError",
    "build_publication",
    "csv_safe",
    "final_award_condition",
    "final_awards",
    "publish",
    "render_csv",
    "render_json",
    "service_links",
    "set_service_link",
    "write_publication",
]
