"""The detail pane's content: one procedure, its source rows and its history, as HTML."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication

from digiamt_desk.services.desk import Desk
from digiamt_desk.services.procedures import ProcedureView, SourceRowView
from digiamt_desk.services.review import HistoryLine

translate = QCoreApplication.translate


def _row(caption: str, value: str) -> str:
    return f"<tr><td style='color: gray; padding-right: 8px'>{escape(caption)}</td>" \
           f"<td>{value}</td></tr>"


def procedure_html(desk: Desk, procedure: ProcedureView) -> str:
    catalog = desk.catalog()
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
        rows.append(_row(criterion.label_de, escape(text)))
    decision = {"open": translate("Detail", "Open"), "accepted": translate("Detail", "Accepted"),
                "rejected": translate("Detail", "Rejected")}[procedure.decision]
    rows.append(_row(translate("Detail", "Decision"), f"<b>{escape(decision)}</b>"))
    if procedure.decision == "rejected":
        rows.append(_row(translate("Detail", "Reason"), escape(procedure.reason_label(desk))))
    if procedure.duplicate_rows:
        rows.append(_row(translate("Detail", "Merged rows"), str(procedure.duplicate_rows)))
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


def history_html(lines: list[HistoryLine]) -> str:
    if not lines:
        return "<p>" + escape(translate("Detail", "No changes yet.")) + "</p>"
    parts = []
    for line in reversed(lines):
        when = line.at.astimezone().strftime("%d.%m.%Y %H:%M")
        parts.append(
            f"<tr><td>{escape(when)}</td><td>{escape(line.by)}</td>"
            f"<td>{escape(line.action)}</td><td>{escape(line.field)}</td>"
            f"<td>{escape(line.old or '–')} → {escape(line.new or '–')}</td></tr>")
    titles = (translate("Detail", "When"), translate("Detail", "Who"),
              translate("Detail", "Action"), translate("Detail", "Field"),
              translate("Detail", "Change"))
    header = "".join(f"<th align='left'>{escape(t)}</th>" for t in titles)
    return f"<table cellspacing='4'><tr>{header}</tr>{''.join(parts)}</table>"
