"""The review table's words and colours: column headers, decisions, check results, hints and
facet values in the reader's language (context "ProcedureTableModel"), and the colours of the
decision cells."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from digiamt_desk.domain.catalog import Catalog
from digiamt_desk.engine.facets import (
    CHECK_FACET,
    DECISION_FACET,
    HINTS_FACET,
    IMPORT_FACET,
    LINK_KIND_FACET,
    PROVIDER_FACET,
)

# Mid-tone colours, readable on light and on dark palettes alike.
ACCEPTED_COLOUR = QColor(46, 160, 67)
REJECTED_COLOUR = QColor(218, 54, 51)
NOT_WEB_COLOUR = QColor(204, 122, 0)

BROKEN_COLOUR = QColor(218, 54, 51)



def _tr(text: object) -> str:
    return QCoreApplication.translate("ProcedureTableModel", str(text))


_HEADERS = {
    "title": QT_TRANSLATE_NOOP("ProcedureTableModel", "Procedure"),
    "link": QT_TRANSLATE_NOOP("ProcedureTableModel", "Link"),
    "provider": QT_TRANSLATE_NOOP("ProcedureTableModel", "Provider"),
    "leika": QT_TRANSLATE_NOOP("ProcedureTableModel", "LeiKa keys"),
    "decision": QT_TRANSLATE_NOOP("ProcedureTableModel", "Decision"),
    "reason": QT_TRANSLATE_NOOP("ProcedureTableModel", "Reason"),
    "note": QT_TRANSLATE_NOOP("ProcedureTableModel", "Note"),
    "changed_by": QT_TRANSLATE_NOOP("ProcedureTableModel", "Changed by"),
    "changed_at": QT_TRANSLATE_NOOP("ProcedureTableModel", "Changed at"),
    "check": QT_TRANSLATE_NOOP("ProcedureTableModel", "Check result"),
    "hints": QT_TRANSLATE_NOOP("ProcedureTableModel", "Hints"),
    "maturity": QT_TRANSLATE_NOOP("ProcedureTableModel", "Maturity level"),
}
CHECK_TEXTS = {
    "ok": QT_TRANSLATE_NOOP("ProcedureTableModel", "reachable"),
    "redirect": QT_TRANSLATE_NOOP("ProcedureTableModel", "redirected to another host"),
    "not_found": QT_TRANSLATE_NOOP("ProcedureTableModel", "not found"),
    "client_error": QT_TRANSLATE_NOOP("ProcedureTableModel", "refused (4xx)"),
    "server_error": QT_TRANSLATE_NOOP("ProcedureTableModel", "server error"),
    "timeout": QT_TRANSLATE_NOOP("ProcedureTableModel", "timeout"),
    "tls_error": QT_TRANSLATE_NOOP("ProcedureTableModel", "TLS problem"),
    "too_many_redirects": QT_TRANSLATE_NOOP("ProcedureTableModel", "too many redirects"),
    "no_network": QT_TRANSLATE_NOOP("ProcedureTableModel", "no network"),
    "not_checked": QT_TRANSLATE_NOOP("ProcedureTableModel", "not a web address"),
    "unchecked": QT_TRANSLATE_NOOP("ProcedureTableModel", "not checked yet"),
}
HINT_TEXTS = {
    "mailto": QT_TRANSLATE_NOOP("ProcedureTableModel", "e-mail link"),
    "pdf": QT_TRANSLATE_NOOP("ProcedureTableModel", "PDF"),
    "document": QT_TRANSLATE_NOOP("ProcedureTableModel", "document file"),
    "no_form": QT_TRANSLATE_NOOP("ProcedureTableModel", "no form"),
    "info_portal": QT_TRANSLATE_NOOP("ProcedureTableModel", "information portal"),
    "known_platform": QT_TRANSLATE_NOOP("ProcedureTableModel", "online-service platform"),
    "none": QT_TRANSLATE_NOOP("ProcedureTableModel", "no hint"),
}
# What the import recorded about a row's link (procedure.import_hints), shown in the Hints
# column before the check's hints and as the facet "Import".
IMPORT_HINT_TEXTS = {
    "shared_link": QT_TRANSLATE_NOOP("ProcedureTableModel", "shared link"),
    "shared_link_kept": QT_TRANSLATE_NOOP("ProcedureTableModel", "shared link, kept as one"),
    "shared_link_split": QT_TRANSLATE_NOOP("ProcedureTableModel", "shared link, split"),
    "no_online_link": QT_TRANSLATE_NOOP("ProcedureTableModel", "no online link found"),
    "appointment": QT_TRANSLATE_NOOP("ProcedureTableModel", "appointment booking"),
    "none": QT_TRANSLATE_NOOP("ProcedureTableModel", "nothing recorded"),
}
_ESTIMATED = QT_TRANSLATE_NOOP("ProcedureTableModel", "%1 (estimated)")
_BROKEN = frozenset({"not_found", "client_error", "server_error", "timeout", "tls_error",
                     "too_many_redirects"})
_DECISION_TEXTS = {
    "open": QT_TRANSLATE_NOOP("ProcedureTableModel", "Open"),
    "accepted": QT_TRANSLATE_NOOP("ProcedureTableModel", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("ProcedureTableModel", "Rejected"),
}
_PROVIDER_TEXTS = {
    "municipal": QT_TRANSLATE_NOOP("ProcedureTableModel", "municipal"),
    "central": QT_TRANSLATE_NOOP("ProcedureTableModel", "central"),
}
_CRITERION_TEXTS = {
    True: QT_TRANSLATE_NOOP("ProcedureTableModel", "yes"),
    False: QT_TRANSLATE_NOOP("ProcedureTableModel", "no"),
}
_NOT_WEB = QT_TRANSLATE_NOOP("ProcedureTableModel", "Not a web address")
_FACET_TITLES = {
    DECISION_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Decision"),
    PROVIDER_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Provider"),
    LINK_KIND_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Link"),
    CHECK_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Check result"),
    HINTS_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Hints"),
    IMPORT_FACET: QT_TRANSLATE_NOOP("ProcedureTableModel", "Import"),
}
_PROVIDER_FACET_TEXTS = {**_PROVIDER_TEXTS,
                         "unknown": QT_TRANSLATE_NOOP("ProcedureTableModel", "unknown")}
_LINK_KIND_TEXTS = {
    "http": QT_TRANSLATE_NOOP("ProcedureTableModel", "web address"),
    "mailto": QT_TRANSLATE_NOOP("ProcedureTableModel", "e-mail address"),
    "file": QT_TRANSLATE_NOOP("ProcedureTableModel", "file name"),
    "other": QT_TRANSLATE_NOOP("ProcedureTableModel", "other"),
}
_CRITERION_VALUE_TEXTS = {
    "yes": QT_TRANSLATE_NOOP("ProcedureTableModel", "yes"),
    "no": QT_TRANSLATE_NOOP("ProcedureTableModel", "no"),
    "unset": QT_TRANSLATE_NOOP("ProcedureTableModel", "not judged"),
}

# Translated into the code of the language a translator is installed for ("de"): the catalog's
# labels (criteria, rejection reasons) then follow the window's language, as its own texts do.
_LANGUAGE = QT_TRANSLATE_NOOP("ProcedureTableModel", "en")


def ui_language() -> str:
    """The language of the user interface: "de" with the German translation installed."""
    return "de" if _tr(_LANGUAGE) == "de" else "en"


def criterion_columns(catalog: Catalog, language: str | None = None) -> dict[str, str]:
    """The criteria's short labels (for column headers and facets) in the UI's language."""
    language = language or ui_language()
    return {c.id: c.column(language) for c in catalog.criteria}


def criterion_labels(catalog: Catalog, language: str | None = None) -> dict[str, str]:
    """The criteria's full labels (detail pane, history, menus) in the UI's language."""
    language = language or ui_language()
    return {c.id: c.label(language) for c in catalog.criteria}


def reason_labels(catalog: Catalog, language: str | None = None) -> dict[str, str]:
    """The rejection reasons' labels in the UI's language."""
    language = language or ui_language()
    return {r.code: r.label(language) for r in catalog.rejection_reasons}


def local_time(stored: str) -> str:
    """A stored UTC time ("2026-03-02 09:00:01.000000") as local "2026-03-02 10:00"."""
    if not stored:
        return ""
    try:
        moment = datetime.fromisoformat(stored)
    except ValueError:
        return stored
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")
