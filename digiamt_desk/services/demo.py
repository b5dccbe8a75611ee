"""The demo database: fictional applications of real register entries, each showing a case a
reviewer meets. The procedure lists are written as files in the formats municipalities send and
then go through the real importers and review services, so the demo exercises every path."""

from __future__ import annotations

import csv
import io
import json
import random
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Decision, Status
from digiamt_desk.paths import resource
from digiamt_desk.services import applications, review
from digiamt_desk.services.desk import Desk, open_desk
from digiamt_desk.services.imports import import_source
from digiamt_desk.services.procedures import list_procedures
from digiamt_desk.store import lock
from digiamt_desk.store.db import database_url, remove_database_files
from digiamt_desk.store.postgres import is_server_url

DEMO_CONTACT = "Erika Musterfrau\nTelefon 089 0000-0000\nerika.musterfrau@digiamt.invalid"
DEMO_REVIEWER = "Demo (Sachbearbeitung)"


class DemoExists(InputError):
    pass


@dataclass(frozen=True)
class Title:
    scope: str
    title: str
    provider: str


def _titles(scope: str) -> list[Title]:
    with resource("demo", "procedures.csv").open(encoding="utf-8") as handle:
        rows = [Title(**row) for row in csv.DictReader(handle, delimiter=";")]
    return [t for t in rows if t.scope == scope]


def _slug(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", " ": "-", "/": "-"})
    cleaned = text.lower().translate(table)
    return "".join(ch for ch in cleaned if ch.isalnum() or ch == "-").strip("-")[:60]


def _leika(index: int, scope: str) -> str:
    # Fictional keys of the right shape (14 digits); real LeiKa keys are not claimed here.
    return f"99{({'gemeinde': 1, 'landkreis': 2, 'bezirk': 3}[scope])}{index:08d}000"


def _url(town: str, title: Title) -> str:
    if title.provider == "central":
        return f"https://www.freistaat.bayern/onlinedienste/{_slug(title.title)}"
    return f"https://www.buergerservice-portal.de/bayern/{_slug(town)}/{_slug(title.title)}"


def _dashboard_csv(path: Path, ars: str, town: str, titles: list[Title]) -> None:
    header = ["leika_key", "leika_name", "ars", "ars_name", "ars_federal_state", "bundesland",
              "leika_bezeichnung", "ozgid", "ozg_bezeichnung", "url", "online_status", "aktiv",
              "art_flaechendeckung"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\r\n")
    writer.writerow(header)
    for i, t in enumerate(titles):
        coverage = ("landesweit flächendeckend" if t.provider == "central"
                    else "in mind. einer Kommune verfügbar")
        writer.writerow([_leika(i, "gemeinde"), t.title, ars, town, "09", "Bayern", t.title,
                         10000 + i, t.title, _url(town, t), "ok", "ja", coverage])
    # Two services that share one online procedure: they must count once.
    writer.writerow([_leika(900, "gemeinde"), titles[0].title + " (Zweigstelle)", ars, town, "09",
                     "Bayern", "", 10900, "", _url(town, titles[0]) + "/", "ok", "ja",
                     "in mind. einer Kommune verfügbar"])
    path.write_text(buffer.getvalue(), encoding="utf-8-sig")


def _xlsx(path: Path, town: str, titles: list[Title]) -> None:
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Online-Verfahren"
    sheet.append([f"Online-Verfahren der {town} – Antrag auf Auszeichnung „Digitales Amt“"])
    sheet.append([])
    sheet.append(["Nr.", "Bezeichnung", "Link", "Leistungsschlüssel", "Anbieter"])
    for i, t in enumerate(titles, 1):
        sheet.append([i, t.title, _url(town, t), int(_leika(i, "gemeinde")),
                      "zentral" if t.provider == "central" else "kommunal"])
    workbook.save(path)


def _xzufi(path: Path, town: str, titles: list[Title]) -> None:
    ns = "http://xoev.de/schemata/xzufi/2_2_0"
    items = []
    for i, t in enumerate(titles, 1):
        items.append(
            f"  <xzufi:onlinedienst>\n    <xzufi:id>OD-{i:04d}</xzufi:id>\n"
            f"    <xzufi:bezeichnung languageCode=\"de\">{escape(t.title)}</xzufi:bezeichnung>\n"
            f"    <xzufi:link><xzufi:link>{escape(_url(town, t))}</xzufi:link>"
            f"<xzufi:titel>{escape(t.title)}</xzufi:titel></xzufi:link>\n"
            f"  </xzufi:onlinedienst>")
    path.write_text(f'<?xml version="1.0" encoding="UTF-8"?>\n<xzufi:transfer xmlns:xzufi="{ns}">'
                    "\n" + "\n".join(items) + "\n</xzufi:transfer>\n", encoding="utf-8")


def _json(path: Path, town: str, titles: list[Title]) -> None:
    items = [{"id": f"L{i:05d}", "bezeichnung": t.title, "url": _url(town, t),
              "leistungsschluessel": _leika(i, "landkreis")} for i, t in enumerate(titles, 1)]
    path.write_text(json.dumps({"leistungen": items}, ensure_ascii=False, indent=1),
                    encoding="utf-8")


def _messy_csv(path: Path, town: str, titles: list[Title]) -> None:
    """What a small office sends: German Excel, Windows-1252, stray rows, duplicates, a mailto."""
    lines = ["Bezeichnung;Link;Leistungsschlüssel;Anbieter;;", ";;;;;"]
    for i, t in enumerate(titles, 1):
        key = f"{float(_leika(i, 'gemeinde')):.10E}".replace(".", ",") if i % 7 == 0 else \
            _leika(i, "gemeinde")
        provider = "zentral" if t.provider == "central" else "kommunal"
        lines.append(f"{t.title};{_url(town, t)};{key};{provider};;")
        if i % 9 == 0:
            lines.append(";;;;;")
    first = _url(town, titles[0])
    host_upper = first.replace("www.buergerservice-portal.de", "WWW.Buergerservice-Portal.de")
    lines += [
        f"{titles[0].title} (Online);{host_upper}/#start;{_leika(1, 'gemeinde')};kommunal;;",
        f"{titles[1].title};{_url(town, titles[1])}/;{_leika(950, 'gemeinde')};kommunal;;",
        "Anfragen an das Bauamt;mailto:bauamt@vg-neunburg.example;;kommunal;;",
        "Satzung über die Hundesteuer (PDF);satzung_hundesteuer.pdf;;kommunal;;",
        "Öffnungszeiten des Rathauses;;;kommunal;;",
        "Formular Gewerbeanmeldung zum Ausdrucken;"
        f"https://www.{_slug(town)}.example/formulare/gewerbe.pdf;;kommunal;;",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))


@dataclass(frozen=True)
class DemoCase:
    key: str
    head_title: str
    head_name: str
    scope: str
    count: int
    writer: Callable[[Path, str, list[Title]], None] | None
    suffix: str
    accept: int
    reject: int
    status: Status
    story: str


CASES = (
    DemoCase("09180117", "Erster Bürgermeister", "Thomas Berger", "gemeinde", 66, None, ".csv",
             accept=59, reject=3, status=Status.IN_REVIEW, story="clearly eligible"),
    DemoCase("09571136", "Oberbürgermeisterin", "Andrea Vogt", "gemeinde", 56, _xlsx, ".xlsx",
             accept=48, reject=4, status=Status.QUERY_SENT, story="just short of 50"),
    DemoCase("096", "Bezirkstagspräsident", "Stefan Maier", "bezirk", 36, _xzufi, ".xml",
             accept=32, reject=2, status=Status.AWARDED,
             story="Bezirk: threshold 30, awarded"),
    DemoCase("093765345", "Gemeinschaftsvorsitzende", "Maria Huber", "gemeinde", 40,
             _messy_csv, ".csv", accept=0, reject=0, status=Status.RECEIVED,
             story="messy source file, not yet reviewed"),
    DemoCase("09187", "Landrat", "Josef Lechner", "landkreis", 30, _json, ".json",
             accept=22, reject=3, status=Status.IN_REVIEW,
             story="Landkreis, review under way (short of 50)"),
)


def create_demo(target: Path | str, *, force: bool = False) -> list[dict[str, str]]:
    """Write the demo database at `target`; an existing database is replaced only with force.
    A server URL gets the demo only while it holds no application (never replaced)."""
    if isinstance(target, str):
        if is_server_url(target):
            return _demo_on_server(target)
        url = database_url(target)  # refuses other schemes and URLs with a slash missing
        target = Path(url.removeprefix("sqlite:///"))
    if target.exists() and not force:
        raise DemoExists(f"{target} exists already; use --force to replace it with the demo")
    lock.acquire(target)  # never replace a database another DigiAmt Desk has open
    try:
        remove_database_files(target)
        desk = open_desk(target, reviewer=DEMO_REVIEWER, create=True)
        try:
            # The information block of the demo's letters: a made-up case worker.
            desk.set_setting("letterhead.contact", DEMO_CONTACT)
            return [_build_case(desk, case) for case in CASES]
        finally:
            desk.close()
    finally:
        lock.release(target)


def _demo_on_server(url: str) -> list[dict[str, str]]:
    desk = open_desk(url, reviewer=DEMO_REVIEWER)
    try:
        if applications.list_applications(desk):
            raise DemoExists(f"{desk.location} holds applications already; the demo goes only "
                             "into an empty database (a server database is never replaced)")
        desk.set_setting("letterhead.contact", DEMO_CONTACT)
        return [_build_case(desk, case) for case in CASES]
    finally:
        desk.close()


def _build_case(desk: Desk, case: DemoCase) -> dict[str, str]:
    from digiamt_desk.services.register import lookup

    entry = lookup(desk, case.key)
    application = applications.create_application(desk, case.key, head_title=case.head_title,
                                                  head_name=case.head_name)
    titles = _titles(case.scope)[: case.count]
    rng = random.Random(case.key)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / f"{_slug(entry.name)}_verfahren{case.suffix}"
        if case.writer is None:
            _dashboard_csv(path, entry.ars, entry.name, titles)
        else:
            case.writer(path, entry.official_name, titles)
        import_source(desk, str(path), ars=entry.ars)
    assert application.id is not None
    procedures = [p for p in list_procedures(desk, application.id) if p.link_kind == "http"]
    rng.shuffle(procedures)
    accepted = [p.id for p in procedures[: case.accept]]
    rejected = procedures[case.accept: case.accept + case.reject]
    if accepted:
        for criterion in desk.catalog().criterion_ids():
            review.set_criterion(desk, application.id, accepted, criterion, True)
        review.decide(desk, application.id, accepted, Decision.ACCEPTED)
    reasons = ["information_only", "pdf_form", "not_on_bayernportal", "no_submission"]
    for i, procedure in enumerate(rejected):
        review.set_criterion(desk, application.id, [procedure.id], "electronic_submission",
                             False)
        review.decide(desk, application.id, [procedure.id], Decision.REJECTED,
                      reason=reasons[i % len(reasons)])
    if case.status not in (Status.RECEIVED, Status.IN_REVIEW):
        if Status(applications.find_application(desk, case.key).status) is Status.RECEIVED:
            applications.set_status(desk, application.id, Status.IN_REVIEW)
        applications.set_status(desk, application.id, case.status,
                                note="Demo: " + case.story)
    return {"reference": application.reference, "name": application.official_name,
            "kind": application.kind, "story": case.story}
