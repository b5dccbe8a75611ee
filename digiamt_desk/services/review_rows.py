"""The review of an application as German rows: one a procedure, with every column the review
table shows, in German dictionary order (DIN 5007-1). The review record and the export read the
same rows, so the PDF in the file and the spreadsheet a colleague opens never disagree."""

from __future__ import annotations

from dataclasses import dataclass

from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.table import ProcedureTable, load_table

DECISIONS_DE = {"open": "offen", "accepted": "angenommen", "rejected": "abgelehnt"}
PROVIDERS_DE = {"municipal": "kommunal", "central": "zentral", "unknown": "unbekannt"}
LINK_KINDS_DE = {"http": "Web-Adresse", "mailto": "E-Mail-Adresse", "file": "Dateiname",
                 "other": "sonstige"}
CHECK_STATUS_DE = {
    "": "nicht geprüft", "ok": "erreichbar", "redirect": "erreichbar (Weiterleitung)",
    "not_found": "nicht gefunden", "client_error": "ungültig oder verweigert",
    "server_error": "Serverfehler", "timeout": "keine Antwort (Zeitüberschreitung)",
    "tls_error": "Zertifikatsfehler", "too_many_redirects": "zu viele Weiterleitungen",
    "no_network": "nicht geprüft (kein Netz)", "not_checked": "nicht geprüft",
}
HINTS_DE = {
    "mailto": "E-Mail-Link", "pdf": "PDF-Datei", "document": "Dokumentdatei",
    "no_form": "kein Formular mit Senden-Knopf", "info_portal": "Informationsportal",
    "known_platform": "bekannte Online-Plattform",
}
CRITERION_DE = {True: "erfüllt", False: "nicht erfüllt", None: "nicht beurteilt"}
HEADERS_DE = ("Nr.", "Verfahren", "Link", "Art des Links", "Anbieter", "Leistungsschlüssel",
              "Entscheidung", "Grund", "Linkprüfung", "Hinweise", "Reifegrad", "Notiz",
              "Geändert von", "Geändert am (UTC)", "Zusammengeführte Zeilen")


@dataclass(frozen=True, slots=True)
class ReviewRow:
    procedure_id: int
    title: str
    url: str
    link_kind: str
    provider: str
    leika: str
    decision: str  # German
    reason: str
    check: str
    hints: str
    maturity: int | None
    note: str
    changed_by: str
    changed_at: str
    duplicate_rows: int
    criteria: tuple[str, ...]  # German, in the catalog's order

    def cells(self, number: int) -> tuple[object, ...]:
        """The row for a spreadsheet, in the order of `HEADERS_DE` then the criteria."""
        return (number, self.title, self.url, self.link_kind, self.provider, self.leika,
                self.decision, self.reason, self.check, self.hints, self.maturity, self.note,
                self.changed_by, self.changed_at, self.duplicate_rows, *self.criteria)


@dataclass(frozen=True, slots=True)
class ReviewRows:
    criterion_labels: tuple[str, ...]
    rows: tuple[ReviewRow, ...]

    @property
    def headers(self) -> tuple[str, ...]:
        return (*HEADERS_DE, *self.criterion_labels)


def review_rows(desk: Desk, application_id: int,
                procedure_ids: set[int] | None = None) -> ReviewRows:
    """Every procedure of the application (or those of `procedure_ids`), sorted by title."""
    table = load_table(desk, application_id)
    catalog = desk.catalog()
    labels = {c.id: c.label_de for c in catalog.criteria}
    reasons = {r.code: r.label_de for r in catalog.rejection_reasons}
    positions = [p for p in range(len(table))
                 if procedure_ids is None or table.ids[p] in procedure_ids]
    positions.sort(key=lambda p: din5007_key(table.titles[p]))
    rows = tuple(_row(table, p, reasons) for p in positions)
    return ReviewRows(tuple(labels.get(cid, cid) for cid in table.criterion_ids), rows)


def reason_de(code: str, text: str, reasons: dict[str, str]) -> str:
    label = reasons.get(code, code) if code and code != "other" else ""
    return f"{label}: {text}" if label and text else (label or text)


def _row(table: ProcedureTable, p: int, reasons: dict[str, str]) -> ReviewRow:
    decision = table.decisions[p]
    override = table.maturity_override[p] if table.maturity_override else None
    maturity = override if override is not None else (
        table.maturity[p] if table.maturity else None)
    return ReviewRow(
        procedure_id=table.ids[p], title=table.titles[p], url=table.urls[p],
        link_kind=LINK_KINDS_DE.get(table.link_kinds[p], table.link_kinds[p]),
        provider=PROVIDERS_DE.get(table.providers[p], table.providers[p]),
        leika=table.leika_keys[p], decision=DECISIONS_DE.get(decision, decision),
        reason=reason_de(table.reason_codes[p], table.reason_texts[p], reasons)
        if decision == "rejected" else "",
        check=CHECK_STATUS_DE.get(table.check_status[p] if table.check_status else "",
                                  "nicht geprüft"),
        hints=", ".join(HINTS_DE.get(h, h) for h in (
            table.hints[p].split() if table.hints else [])),
        maturity=maturity, note=table.notes[p], changed_by=table.changed_by[p],
        changed_at=table.changed_at[p][:19], duplicate_rows=table.duplicate_rows[p],
        criteria=tuple(CRITERION_DE[table.criteria[cid][p]] for cid in table.criterion_ids))
