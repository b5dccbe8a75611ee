"""Letter and certificate wording: TOML files in `resources/templates` (or a folder of the
user's own copies), with `{field}` names from a documented list.

A template that uses an unknown field, or lacks a part the document needs, raises a
`TemplateError` naming the file and the field before anything is written."""

from __future__ import annotations

import string
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from digiamt_desk.documents.model import DocumentData, german_date
from digiamt_desk.domain.salutation import salutation
from digiamt_desk.paths import resource

# field -> what it holds; `resources/templates/README.md` documents the same list.
FIELDS: dict[str, str] = {
    "name": "short name of the applicant, e.g. 'Garmisch-Partenkirchen'",
    "official_name": "official name, e.g. 'Markt Garmisch-Partenkirchen'",
    "kind": "kind of authority (Gemeinde, Markt, Stadt, VG, Landkreis, Bezirk, ...)",
    "key": "AGS, or the regional key where there is no AGS",
    "ars": "the 12-digit regional key (ARS)",
    "head_title": "title of the head of the authority, e.g. 'Erster Bürgermeister'",
    "head_name": "name of the head of the authority",
    "salutation": "the opening line, e.g. 'Sehr geehrter Herr Oberbürgermeister Putz,'",
    "reference": "our reference (Aktenzeichen)",
    "date": "the date of the document, e.g. '21. Oktober 2025'",
    "year": "the year of the document",
    "place": "the ministry's town, e.g. 'München'",
    "counted": "number of procedures counted",
    "threshold": "number of procedures needed",
    "missing": "number still missing to the threshold (0 when eligible)",
    "procedures": "number of procedures reviewed",
    "not_counted": "number of procedures not counted",
    "criteria_version": "version of the criteria catalog the decision was made under",
    "ministry": "name of the ministry (letterhead)",
    "unit": "the unit (letterhead)",
    "signatory_name": "who signs",
    "signatory_role": "the signatory's office, e.g. 'Staatsminister'",
}

# document -> the parts its template must have
PARTS: dict[str, tuple[str, ...]] = {
    "award_letter": ("subject", "body", "closing", "annex_title"),
    "rejection_letter": ("subject", "body", "closing", "annex_title"),
    "query_letter": ("subject", "body", "closing", "annex_title"),
    "invitation_letter": ("subject", "body", "closing", "annex_title"),  # issue 15: candidates
    "certificate": ("heading", "preamble", "name", "award_intro", "award", "reason",
                    "place_date", "signature"),
}


class TemplateError(Exception):
    def __init__(self, message: str, *, source: str, part: str = "", field: str = "") -> None:
        where = source + (f", part '{part}'" if part else "") + (
            f", field '{field}'" if field else "")
        super().__init__(f"{where}: {message}")
        self.source = source
        self.part = part
        self.field = field


@dataclass(frozen=True, slots=True)
class Template:
    document: str
    source: str
    parts: Mapping[str, str]

    def render(self, values: Mapping[str, str]) -> dict[str, str]:
        return {name: text.format_map(values) for name, text in self.parts.items()}


def template_path(document: str, folder: Path | None = None) -> Path:
    own = folder / f"{document}.toml" if folder else None
    return own if own and own.is_file() else resource("templates", f"{document}.toml")


def load_template(document: str, folder: Path | None = None) -> Template:
    """The user's copy from `folder` where there is one, else the shipped template."""
    if document not in PARTS:
        raise TemplateError("no such document", source=document)
    path = template_path(document, folder)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"cannot be read ({exc.strerror})", source=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"is not valid TOML ({exc})", source=str(path)) from exc
    return check_template(document, str(path), data)


def check_template(document: str, source: str, data: Mapping[str, object]) -> Template:
    parts: dict[str, str] = {}
    for part in PARTS[document]:
        text = data.get(part)
        if not isinstance(text, str):
            raise TemplateError("this part is missing or not text", source=source, part=part)
        for field in _fields(text, source, part):
            if field not in FIELDS:
                raise TemplateError(
                    f"unknown field; known fields: {', '.join(sorted(FIELDS))}",
                    source=source, part=part, field=field)
        parts[part] = text
    return Template(document, source, parts)


def _fields(text: str, source: str, part: str) -> list[str]:
    try:
        parsed = list(string.Formatter().parse(text))
    except ValueError as exc:
        raise TemplateError(f"bad braces ({exc}); write {{{{ and }}}} for a literal brace",
                            source=source, part=part) from exc
    names = []
    for _literal, name, spec, conversion in parsed:
        if name is None:
            continue
        if not name.isidentifier() or spec or conversion:
            raise TemplateError("fields are plain names like {name}", source=source,
                                part=part, field=name)
        names.append(name)
    return names


def field_values(data: DocumentData) -> dict[str, str]:
    head = data.letterhead
    return {
        "name": data.name,
        "official_name": data.official_name,
        "kind": data.kind,
        "key": data.key,
        "ars": data.ars,
        "head_title": data.head_title,
        "head_name": data.head_name,
        "salutation": salutation(data.head_title, data.head_name),
        "reference": data.reference,
        "date": german_date(data.on),
        "year": str(data.on.year),
        "place": head.place,
        "counted": str(data.counted),
        "threshold": str(data.threshold),
        "missing": str(data.missing),
        "procedures": str(data.procedures),
        "not_counted": str(len(data.not_counted)),
        "criteria_version": data.criteria_version,
        "ministry": head.ministry,
        "unit": head.unit,
        "signatory_name": head.signatory_name,
        "signatory_role": head.signatory_role,
    }
