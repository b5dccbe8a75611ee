"""What the link check found, in the reader's language: the detail pane's section (status,
evidence, where the link ends), and the maturity editor of the table."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from digiamt_desk.services.checks import CheckResultView
from digiamt_desk.ui.table_texts import CHECK_TEXTS, HINT_TEXTS

translate = QCoreApplication.translate


def _tr(text: object) -> str:
    return translate("Checks", str(text))


def _model_text(text: object) -> str:
    return translate("ProcedureTableModel", str(text))


_LEVELS = {
    0: QT_TRANSLATE_NOOP("Checks", "0 – offline"),
    1: QT_TRANSLATE_NOOP("Checks", "1 – information online"),
    2: QT_TRANSLATE_NOOP("Checks", "2 – form online, no submission"),
    3: QT_TRANSLATE_NOOP("Checks", "3 – online service"),
    4: QT_TRANSLATE_NOOP("Checks", "4 – fully digital"),
}
_EVIDENCE = {
    "mailto": QT_TRANSLATE_NOOP("Checks", "The link is an e-mail address: nothing can be "
                                          "submitted online."),
    "pdf": QT_TRANSLATE_NOOP("Checks", "The link leads to a PDF file."),
    "document": QT_TRANSLATE_NOOP("Checks", "The link leads to a document file (%1)."),
    "no_form": QT_TRANSLATE_NOOP("Checks", "No form with a submit button found on the page."),
    "no_form_some": QT_TRANSLATE_NOOP("Checks", "The page has forms (%1), but none with a "
                                                "submit button."),
    "info_portal": QT_TRANSLATE_NOOP("Checks", "Information portal: %1."),
    "known_platform": QT_TRANSLATE_NOOP("Checks", "Known online-service platform: %1."),
}
DUPLICATE_REASONS = {
    "same_address": QT_TRANSLATE_NOOP("Checks", "same address (scheme, www., tracking)"),
    "same_target": QT_TRANSLATE_NOOP("Checks", "both lead to the same page"),
    "same_title": QT_TRANSLATE_NOOP("Checks", "same title"),
    "similar_title": QT_TRANSLATE_NOOP("Checks", "nearly the same title"),
}


def evidence_text(code: str, detail: str) -> str:
    """A hint's evidence in the user's language (the stored text is English)."""
    if code == "no_form" and detail not in ("", "0"):
        code = "no_form_some"
    template = _EVIDENCE.get(code)
    if template is None:
        return detail
    return _tr(template).replace("%1", detail)


def check_html(view: CheckResultView | None) -> str:
    """The detail pane's section on the latest check of a procedure."""
    title = escape(translate("Checks", "Automatic check"))
    if view is None or view.checked_at is None:
        text = translate("Checks", "Not checked yet (Checks › Check links).")
        extra = ""
        if view is not None and view.maturity_override is not None:
            caption = translate("Checks", "Maturity level (reviewer)")
            extra = f"<br>{escape(caption)}: {escape(_tr(_LEVELS[view.maturity_override]))}"
        return f"<h4>{title}</h4><p>{escape(text)}{extra}</p>"
    rows = []

    def row(caption: str, value: str) -> None:
        rows.append(f"<tr><td style='color: gray; padding-right: 8px'>{escape(caption)}</td>"
                    f"<td>{value}</td></tr>")

    status = _model_text(CHECK_TEXTS.get(view.status, view.status))
    if view.http_status:
        status += f" (HTTP {view.http_status})"
    row(translate("Checks", "Result"), f"<b>{escape(status)}</b>")
    if view.detail and view.status not in ("ok", "redirect"):
        row(translate("Checks", "Details"), escape(view.detail))
    if view.final_url and view.final_url != view.url:
        link = escape(view.final_url, quote=True)
        row(translate("Checks", "Ends at"), f"<a href='{link}'>{escape(view.final_url)}</a>")
    if view.redirects:
        row(translate("Checks", "Redirects"), str(len(view.redirects)))
    if view.online_form is not None:
        found = translate("Checks", "yes") if view.online_form else translate("Checks", "no")
        row(translate("Checks", "Form with submit button"), escape(found))
    for hint in view.evidence:
        label = _model_text(HINT_TEXTS.get(hint.code, hint.code))
        row(translate("Checks", "Hint: %1").replace("%1", label),
            escape(evidence_text(hint.code, hint.detail)))
    if view.maturity is not None:
        row(translate("Checks", "Estimated maturity"), escape(_tr(_LEVELS[view.maturity])))
    if view.maturity_override is not None:
        row(translate("Checks", "Maturity level (reviewer)"),
            escape(_tr(_LEVELS[view.maturity_override])))
    when = view.checked_at.astimezone().strftime("%d.%m.%Y %H:%M")
    row(translate("Checks", "Checked"), escape(when))
    return f"<h4>{title}</h4><table>{''.join(rows)}</table>"


class MaturityDelegate(QStyledItemDelegate):
    """A drop-down for the maturity column: the estimate, or a level the reviewer sets."""

    def createEditor(self, parent: QWidget, _option: QStyleOptionViewItem,
                     index: QModelIndex | QPersistentModelIndex) -> QWidget:
        editor = QComboBox(parent)
        editor.addItem(translate("Checks", "Estimate"), None)
        for level, text in _LEVELS.items():
            editor.addItem(_tr(text), level)
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        value = index.data(Qt.ItemDataRole.EditRole)
        editor.setCurrentIndex(0 if value is None else int(value) + 1)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel,
                     index: QModelIndex | QPersistentModelIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


