"""A city's service database ("Dienstleistungsdatenbank"): the JSON behind the appointment
systems of München and Berlin, `{meta, data: [{id, name, leika, links: [{name, link}],
meta: {url}, appointment: {link}, ...}]}` or a plain list of such records.

Each record is one service. Its link is chosen by domain.link_choice among the `links` list, the
service page (`meta.url`) and the appointment link; the rule that chose it is kept with the row
(raw "link_rule") and links that could not be used (an unfilled `{serviceId}`, a relative link
without a base address) are reported. Row = 1-based position of the record in the list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
    RowWarning,
    SkippedRow,
    SourceFormat,
    SourceRow,
)
from digiamt_desk.domain.link_choice import (
    PROBLEM_TEMPLATE,
    RULE_ONLY_HELPERS,
    LinkCandidate,
    choose_link,
)
from digiamt_desk.importers import values
from digiamt_desk.importers.text_guard import clean_cell

_TITLE_KEYS = ("name", "bezeichnung", "title", "titel")
_LEIKA_KEYS = ("leika", "leikakey", "leika_key", "leistungsschluessel")


def is_service_db(items: list[Any]) -> bool:
    """True when most records carry a `links` list of {name, link} or a `meta.url`/
    `appointment.link` beside a name: the shape of the city service databases."""
    sample = [i for i in items[:50] if isinstance(i, dict)]
    if not sample:
        return False
    shaped = 0
    for item in sample:
        links = item.get("links")
        meta = item.get("meta")
        appointment = item.get("appointment")
        if (isinstance(links, list) and any(isinstance(x, dict) and "link" in x for x in links)) \
                or (isinstance(meta, dict) and "url" in meta) \
                or (isinstance(appointment, dict) and "link" in appointment):
            shaped += 1
    return shaped * 2 > len(sample) and any(_text(i, _TITLE_KEYS) for i in sample)


def _text(item: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    lowered = {str(k).lower(): v for k, v in item.items()}
    for key in keys:
        value = lowered.get(key)
        if isinstance(value, str | int) and not isinstance(value, bool):
            return clean_cell(str(value))
        if isinstance(value, list):
            return " ".join(clean_cell(str(v)) for v in value
                            if isinstance(v, str | int) and not isinstance(v, bool))
    return ""


def _candidates(item: Mapping[str, Any]) -> list[LinkCandidate]:
    found: list[LinkCandidate] = []
    links = item.get("links")
    if isinstance(links, list):
        for n, entry in enumerate(links):
            if isinstance(entry, dict) and isinstance(entry.get("link"), str):
                name = entry.get("name")
                found.append(LinkCandidate(clean_cell(entry["link"]),
                                           clean_cell(name) if isinstance(name, str) else "",
                                           f"links[{n + 1}]"))
    appointment = item.get("appointment")
    if isinstance(appointment, dict) and isinstance(appointment.get("link"), str):
        found.append(LinkCandidate(clean_cell(appointment["link"]), "Termin",
                                   "appointment.link"))
    meta = item.get("meta")
    if isinstance(meta, dict) and isinstance(meta.get("url"), str):
        found.append(LinkCandidate(clean_cell(meta["url"]), "", "meta.url", service_page=True))
    return found


def _fields(item: Mapping[str, Any]) -> dict[str, object]:
    """The record's plain values by name, for filling URL templates ('{serviceId}')."""
    fields: dict[str, object] = {}
    for key, value in item.items():
        if isinstance(value, str | int) and not isinstance(value, bool):
            fields[str(key)] = value
    meta = item.get("meta")
    if isinstance(meta, dict):
        for key, value in meta.items():
            if isinstance(value, str | int) and not isinstance(value, bool):
                fields.setdefault(str(key), value)
    return fields


def parse_service_db(items: list[Any], source: str, base_url: str | None) -> ParsedSource:
    result = ParsedSource(source, SourceFormat.SERVICE_DB, [],
                          columns={"title": "name", "url": "link",
                                   "leika": "leika"})
    warnings = result.warnings
    for number, item in enumerate(items, start=1):
        if not isinstance(item, dict):
            result.skipped.append(SkippedRow(number, "not an object", "not_object"))
            continue
        title = values.clean_title(_text(item, _TITLE_KEYS))
        candidates = _candidates(item)
        choice = choose_link(candidates, _fields(item), base_url, keep_single=False)
        for problem in choice.problems:
            if problem.code == PROBLEM_TEMPLATE:
                warnings.append(RowWarning(
                    number, problem.origin,
                    f"the link '{problem.url}' holds the placeholder {{{problem.detail}}}, "
                    "which the record does not fill; it was not used",
                    "unfilled_template", {"url": problem.url, "placeholder": problem.detail}))
            else:
                warnings.append(RowWarning(
                    number, problem.origin,
                    f"the link '{problem.url}' is relative and no base address was given "
                    "(--base-url); it was not used",
                    "relative_without_base", {"url": problem.url}))
        if not choice.url:
            if choice.rule == RULE_ONLY_HELPERS:
                result.skipped.append(SkippedRow(
                    number, "only helper documents (data protection, forms to print, ...), "
                    "no online link", "only_helpers"))
            elif candidates:
                result.skipped.append(SkippedRow(
                    number, "no usable link (see the warnings of this row)", "no_usable_link"))
            elif title:
                result.skipped.append(SkippedRow(number, "no link: not an online procedure",
                                                 "no_link"))
            continue
        leika_cell = _text(item, _LEIKA_KEYS)
        keys, bad = values.leika_keys(leika_cell)
        warnings.extend(RowWarning(number, "leika", values.leika_problem(t), "bad_leika",
                                   {"value": t}) for t in bad)
        if not title:
            warnings.append(RowWarning(number, "name", "no title", "no_title"))
        raw = {
            "id": _text(item, ("id",)), "name": title, "leika": leika_cell,
            "link": choice.url, "link_rule": choice.rule, "link_from": choice.origin,
            "links": "\n".join(f"{c.name}: {c.url}" if c.name else c.url for c in candidates),
        }
        rows = result.rows
        rows.append(SourceRow(number, title, choice.url, keys, raw=raw,
                              hints=" ".join(choice.hints)))
    if not result.rows:
        raise InputError("no record of the service database has a usable link",
                         code="no_rows_service_db")
    return result
