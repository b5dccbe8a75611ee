"""The detail pane's content: one procedure, its source rows and its history, as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digiamt_desk.engine.columns import reason_text
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import ProcedureView, SourceRowView
from digiamt_desk.services.review import HistoryLine
from digiamt_desk.ui.table_texts import reason_labels, ui_language

translate = QCoreApplication.translate

# What the import recorded about the link (as the table's Hints column shows it).
IMPORT_TEXTS = {
    "shared_link": QT_TRANSLATE_NOOP("Detail", "shared link (Checks › Shared links…)"),
    "shared_link_kept": QT_TRANSLATE_NOOP("Detail", "shared link, kept as one"),
    "shared_link_split": QT_TRANSLATE_NOOP("Detail", "shared link, split"),
    "no_online_link": QT_TRANSLATE_NOOP("Detail", "no online link found"),
    "appointment": QT_TRANSLATE_NOOP("Detail", "appointment booking"),
}


def _row(caption: str, value: str) -> str:
    return f"<tr><td style='color: gray; padding-right: 8px'>{escape(caption)}</td>" \
           f"<td>{value}</td></tr>"


def procedure_html(desk: Desk, procedure: ProcedureView) -> str:
    catalog = desk.catalog()
    language = ui_language()
    if procedure.link_kind == "http":
        link = f"<a href='{escape(procedure.url, quote=True)}'>{escape(procedure.url)}</a>"
    else:
        marker = escape(translate("Detail", "not a web address"))
        link = f"{escape(procedure.url)} <b>({marker})</b>"
    rows = [
        _row(translate("Detail", "Link"), link),
        _row(translate("Detail", "Provider"),
             escape({"municipal": translate("Detail", "municipal"),
                     "central": translate("Detail", "central")}.get(procedure.provider, "–"))),
        _row(translate("Detail", "LeiKa keys"), escape(", ".join(procedure.leika_keys) or "–")),
    ]
    for criterion in catalog.criteria:
        met = procedure.criteria.get(criterion.id)
        if met is None:
            text = "–"
        else:
            text = translate("Detail", "met") if met else translate("Detail", "not met")
        rows.append(_row(criterion.label(language), escape(text)))
    decision = {"open": translate("Detail", "Open"), "accepted": translate("Detail", "Accepted"),
                "rejected": translate("Detail", "Rejected")}[procedure.decision]
    rows.append(_row(translate("Detail", "Decision"), f"<b>{escape(decision)}</b>"))
    if procedure.decision == "rejected":
        reason = reason_text(procedure.reason_code, procedure.reason_text,
                             reason_labels(catalog, language))
        rows.append(_row(translate("Detail", "Reason"), escape(reason)))
    if procedure.duplicate_rows:
        rows.append(_row(translate("Detail", "Merged rows"), str(procedure.duplicate_rows)))
    if procedure.import_hints:
        recorded = ", ".join(translate("Detail", str(IMPORT_TEXTS.get(code, code)))
                             for code in procedure.import_hints)
        rows.append(_row(translate("Detail", "Import"), f"<b>{escape(recorded)}</b>"))
    if procedure.note:
        rows.append(_row(translate("Detail", "Note"), escape(procedure.note).replace("\n", "<br>")))
    title = escape(procedure.title) or escape(translate("Detail", "(no title)"))
    return (f"<h3>{title}</h3>"
            f"<table>{''.join(rows)}</table>")


def source_html(rows: list[SourceRowView]) -> str:
    if not rows:
        return "<p>" + escape(translate("Detail", "The source of this procedure is not stored.")) \
            + "</p>"
    parts = []
    for row in rows:
        cells = "".join(_row(key, escape(value)) for key, value in row.values.items())
        row_word = escape(translate("Detail", "row"))
        parts.append(f"<p><b>{escape(row.source)}</b>, {row_word} {row.row}</p>"
                     f"<table>{cells}</table>")
    return "".join(parts)


_ACTIONS = {
    "accepted": QT_TRANSLATE_NOOP("Detail", "Accepted"),
    "rejected": QT_TRANSLATE_NOOP("Detail", "Rejected"),
    "open": QT_TRANSLATE_NOOP("Detail", "Set back to open"),
    "criterion": QT_TRANSLATE_NOOP("Detail", "Criterion"),
    "note": QT_TRANSLATE_NOOP("Detail", "Note"),
    "merge": QT_TRANSLATE_NOOP("Detail", "Merged as a duplicate"),
    "unmerge": QT_TRANSLATE_NOOP("Detail", "Merge ended"),
    "undo": QT_TRANSLATE_NOOP("Detail", "Undone"),
    "redo": QT_TRANSLATE_NOOP("Detail", "Redone"),
}
_FIELDS = {
    "decision": QT_TRANSLATE_NOOP("Detail", "Decision"),
    "reason_code": QT_TRANSLATE_NOOP("Detail", "Reason"),
    "reason_text": QT_TRANSLATE_NOOP("Detail", "Reason (text)"),
    "note": QT_TRANSLATE_NOOP("Detail", "Note"),
    "merged_into": QT_TRANSLATE_NOOP("Detail", "Merged into"),
}
_OTHER = QT_TRANSLATE_NOOP("Detail", "other")  # a reason of free text only
_DECISIONS = {"open": QT_TRANSLATE_NOOP("Detail", "Open"),
              "accepted": QT_TRANSLATE_NOOP("Detail", "Accepted"),
              "rejected": QT_TRANSLATE_NOOP("Detail", "Rejected")}


def _words(text: object) -> str:
    return translate("Detail", str(text))


class _HistoryWords:
    """The history's codes (actions, fields, stored values) in the reader's language."""

    def __init__(self, desk: Desk) -> None:
        catalog, language = desk.catalog(), ui_language()
        self.criteria = {c.id: c.label(language) for c in catalog.criteria}
        self.reasons = reason_labels(catalog, language)

    def action(self, code: str) -> str:
        return _words(_ACTIONS[code]) if code in _ACTIONS else code

    def field(self, name: str) -> str:
        if name.startswith("criteria."):
            cid = name.removeprefix("criteria.")
            return self.criteria.get(cid, cid)
        return _words(_FIELDS[name]) if name in _FIELDS else name

    def value(self, name: str, value: str | None) -> str:
        if value is None or value == "":
            return "–"
        if name == "decision":
            return _words(_DECISIONS.get(value, value))
        if name == "reason_code":
            return self.reasons.get(value, _words(_OTHER) if value == "other" else value)
        if name.startswith("criteria."):
            return _words("met") if value == "true" else _words("not met")
        if name == "merged_into":
            return f"#{value}"
        return value


def history_html(desk: Desk, lines: list[HistoryLine]) -> str:
    """The newest change first, each as two lines (when and who; what changed), so a narrow
    pane wraps between words and never inside a date or a word (as a five-column table did)."""
    if not lines:
        return "<p>" + escape(translate("Detail", "No changes yet.")) + "</p>"
    words = _HistoryWords(desk)
    parts = []
    for line in reversed(lines):
        # A no-break space: the date and time never break apart.
        when = line.at.astimezone().strftime("%d.%m.%Y\u00a0%H:%M")
        change = (f"{escape(words.value(line.field, line.old))} → "
                  f"{escape(words.value(line.field, line.new))}")
        parts.append(
            f"<p style='margin-top: 0; margin-bottom: 8px'>"
            f"<span style='color: gray'>{escape(when)} · {escape(line.by)}</span><br>"
            f"<b>{escape(words.action(line.action))}</b> · "
            f"{escape(words.field(line.field))}: {change}</p>")
    return "".join(parts)
