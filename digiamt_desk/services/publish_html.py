"""The public list as HTML pages: one page per sort order, so the table can be sorted by any
column without a script (each column header links to the page sorted by it, `aria-sort` marks
the current one). The page around the table comes from `public_list.html` (the user's copy in
the template folder where there is one), with `${field}` names from `FIELDS`; every value is
HTML-escaped, only `${table}` is markup, and it is made here."""

from __future__ import annotations

import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digiamt_desk.documents.model import german_date
from digiamt_desk.domain.collation import din5007_key
from digiamt_desk.paths import resource
from digiamt_desk.services.desk import Desk
from digiamt_desk.services.publication_files import CSV_NAME, JSON_NAME, PublishError

if TYPE_CHECKING:  # services.publish renders its pages here: no import back at run time
    from digiamt_desk.services.publish import Award

TEMPLATE_NAME = "public_list.html"
TITLE = "Ausgezeichnete Behörden „Digitales Amt“"

# field -> what it holds; resources/templates/README.md documents the same list.
FIELDS: dict[str, str] = {
    "title": "the page's title, 'Ausgezeichnete Behörden „Digitales Amt“'",
    "ministry": "name of the ministry (the setting letterhead.ministry)",
    "stand": "the date of the list, e.g. '2. März 2026'",
    "stand_iso": "the same date as YYYY-MM-DD",
    "count": "number of awarded authorities on the list",
    "sorted_by": "how this page is sorted, e.g. 'nach Ortsnamen (A bis Z)'",
    "table": "the table of awarded authorities (markup made by the program)",
    "csv_file": "file name of the CSV list",
    "json_file": "file name of the JSON list",
}


@dataclass(frozen=True)
class SortOrder:
    file: str
    column: str  # the column it sorts
    label: str  # "nach Ortsnamen (A bis Z)"
    descending: bool
    key: Callable[[Award], Any]  # the column's value; ties are ordered by name


def _name(a: Award) -> tuple[str, str]:
    return din5007_key(a.name)


SORTS = (
    SortOrder("index.html", "name", "nach Ortsnamen (A bis Z)", False, lambda a: _name(a)),
    SortOrder("nach-art.html", "kind", "nach Art der Behörde", False,
              lambda a: din5007_key(a.kind)),
    SortOrder("nach-regierungsbezirk.html", "regierungsbezirk", "nach Regierungsbezirk", False,
              lambda a: din5007_key(a.regierungsbezirk)),
    SortOrder("nach-landkreis.html", "landkreis", "nach Landkreis", False,
              lambda a: (a.landkreis == "", din5007_key(a.landkreis))),
    SortOrder("nach-datum.html", "date", "nach Auszeichnungsdatum (neueste zuerst)", True,
              lambda a: a.award_date),
    SortOrder("nach-verfahren.html", "counted", "nach Zahl der Online-Verfahren (meiste zuerst)",
              True, lambda a: a.counted),
)
COLUMNS = (("name", "Name"), ("kind", "Art"), ("regierungsbezirk", "Regierungsbezirk"),
           ("landkreis", "Landkreis"), ("date", "Ausgezeichnet am"),
           ("counted", "Online-Verfahren"), ("services", "Online-Dienste"))


def template_path(folder: Path | None) -> Path:
    own = folder / TEMPLATE_NAME if folder else None
    return own if own and own.is_file() else resource("templates", TEMPLATE_NAME)


def load_page_template(folder: Path | None) -> string.Template:
    path = template_path(folder)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise PublishError(f"cannot be read ({exc})", source=str(path)) from exc
    template = string.Template(text)
    if not template.is_valid():
        raise PublishError("a '$' that is no field; write $$ for a literal dollar sign",
                           source=str(path))
    for name in template.get_identifiers():
        if name not in FIELDS:
            raise PublishError(f"unknown field; known fields: {', '.join(sorted(FIELDS))}",
                               source=str(path), field=name)
    if "table" not in template.get_identifiers():
        raise PublishError("the template has no ${table}", source=str(path), field="table")
    return template


def _row(a: Award) -> str:
    services = (f'<a href="{escape(a.services_url)}">Online-Dienste '
                f'<span class="visually-hidden">von </span>{escape(a.name)}</a>'
                if a.services_url else "–")
    return ("<tr>"
            f'<th scope="row">{escape(a.official_name)}</th>'
            f"<td>{escape(a.kind)}</td>"
            f"<td>{escape(a.regierungsbezirk)}</td>"
            f"<td>{escape(a.landkreis) or '–'}</td>"
            f'<td><time datetime="{a.award_date.isoformat()}">'
            f"{a.award_date.strftime('%d.%m.%Y')}</time></td>"
            f'<td class="zahl">{a.counted}</td>'
            f"<td>{services}</td>"
            "</tr>")


def render_table(awards: list[Award], order: SortOrder, stand: date) -> str:
    # By name first, then (stable, also when descending) by the column: ties stay A to Z.
    rows = sorted(sorted(awards, key=_name), key=order.key, reverse=order.descending)
    header = []
    for column, label in COLUMNS:
        target = next((s for s in SORTS if s.column == column), None)
        if target is None:
            header.append(f'<th scope="col">{label}</th>')
        elif target is order:
            sort = "descending" if order.descending else "ascending"
            header.append(f'<th scope="col" aria-sort="{sort}">{label}</th>')
        else:
            header.append(f'<th scope="col"><a href="{target.file}" title="Sortieren '
                          f'{escape(target.label)}">{label}</a></th>')
    entries = "Eintrag" if len(rows) == 1 else "Einträge"
    caption = (f"Ausgezeichnete Behörden, sortiert {escape(order.label)}; {len(rows)} "
               f"{entries}, Stand {german_date(stand)}")
    body = "\n".join(_row(a) for a in rows) or (
        f'<tr><td colspan="{len(COLUMNS)}">Noch keine Behörde ausgezeichnet.</td></tr>')
    return (f"<table>\n<caption>{caption}</caption>\n<thead>\n<tr>{''.join(header)}</tr>\n"
            f"</thead>\n<tbody>\n{body}\n</tbody>\n</table>")


def render_pages(desk: Desk, awards: list[Award], stand: date,
                 publisher: str) -> dict[str, bytes]:
    folder_text = desk.setting("documents.template_folder", "")
    template = load_page_template(Path(folder_text) if folder_text else None)
    pages: dict[str, bytes] = {}
    for order in SORTS:
        values = {"title": escape(TITLE), "ministry": escape(publisher),
                  "stand": escape(german_date(stand)), "stand_iso": stand.isoformat(),
                  "count": str(len(awards)), "sorted_by": escape(order.label),
                  "table": render_table(awards, order, stand), "csv_file": CSV_NAME,
                  "json_file": JSON_NAME}
        pages[order.file] = template.substitute(values).encode("utf-8")
    return pages


__all__ = ["COLUMNS", "FIELDS", "SORTS", "TEMPLATE_NAME", "load_page_template", "render_pages",
           "render_table"]
