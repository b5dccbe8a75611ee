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

from digiamt_desk.documents.grammar import authority_cases, plural
from digiamt_desk.documents.model import DocumentData, german_date
from digiamt_desk.domain.salutation import salutation
from digiamt_desk.paths import resource

# field -> what it holds; `resources/templates/README.md` documents the same list.
FIELDS: dict[str, str] = {
    "name": "short name of the applicant, e.g. 'Garmisch-Partenkirchen'",
    "official_name": "official name, e.g. 'Markt Garmisch-Partenkirchen'",
    "authority_nom": "the official name with its article, nominative: 'der Markt Essenbach'",
    "authority_gen": "genitive: 'des Marktes Essenbach', 'der Stadt Landshut'",
    "authority_dat": "dative: 'dem Markt Essenbach', 'der Großen Kreisstadt Dinkelsbühl'",
    "authority_acc": "accusative: 'den Markt Essenbach', 'die Stadt Landshut'",
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
    "procedures": "number of procedures reported (every procedure of the application)",
    "reviewed": "number of procedures reviewed (accepted or rejected)",
    "rejected": "number of procedures rejected (each with its reason in the annex)",
    "open": "number of procedures not yet reviewed",
    "not_counted": "number of procedures not counted (rejected or not yet reviewed)",
    "deadline": "the date by which the query letter asks for an answer, e.g. '18. November 2025'",
    "criteria_version": "version of the criteria catalog the decision was made under",
    "ministry": "name of the ministry (letterhead)",
    "unit": "the unit (letterhead)",
    "signatory_name": "who signs",
    "signatory_role": "the signatory's office, e.g. 'Staatsminister'",
}

# Fields that hold a number: they take "{counted:erfüllt|erfüllen}" (one|other) or
# "{open:zero|one|other}" forms, '#' in a form standing for the number.
NUMBER_FIELDS = frozenset({"counted", "threshold", "missing", "procedures", "reviewed",
                           "rejected", "open", "not_counted"})

# document -> the parts its template must have
PARTS: dict[str, tuple[str, ...]] = {
    "award_letter": ("subject", "body", "closing", "annex_title", "enclosures"),
    "rejection_letter": ("subject", "body", "closing", "annex_title"),
    "query_letter": ("subject", "body", "closing", "annex_title"),
    "invitation_letter": ("subject", "body", "closing", "annex_title"),  # issue 15: candidates
    "certificate": ("heading", "preamble", "name", "award_intro", "award", "reason",
                    "place_date", "signature"),
    "review_record": ("title", "intro", "closing"),
}
# Parts added after users may have made their own copies: a copy without one takes the
# shipped wording of that part.
OPTIONAL_PARTS = frozenset({"enclosures"})


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
        return {name: fill(text, values) for name, text in self.parts.items()}


def fill(text: str, values: Mapping[str, str]) -> str:
    """The text with its fields filled in; a number field with forms picks the one its number
    takes. (Checked by `check_template` first: plain names, forms only on numbers.)"""
    pieces = []
    for literal, name, spec, _conversion in string.Formatter().parse(text):
        pieces.append(literal)
        if name is None:
            continue
        value = values[name]
        pieces.append(plural(int(value), spec) if spec else value)
    return "".join(pieces)


def template_path(document: str, folder: Path | None = None) -> Path:
    own = folder / f"{document}.toml" if folder else None
    return own if own and own.is_file() else resource("templates", f"{document}.toml")


def load_template(document: str, folder: Path | None = None) -> Template:
    """The user's copy from `folder` where there is one, else the shipped template."""
    if document not in PARTS:
        raise TemplateError("no such document", source=document)
    path = template_path(document, folder)
    data = _read(path)
    missing = [part for part in PARTS[document] if part in OPTIONAL_PARTS and part not in data]
    if missing:
        shipped = _read(resource("templates", f"{document}.toml"))
        data = {**data, **{part: shipped[part] for part in missing if part in shipped}}
    return check_template(document, str(path), data)


def _read(path: Path) -> dict[str, object]:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TemplateError(f"cannot be read ({exc.strerror})", source=str(path)) from exc
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise TemplateError(f"is not valid TOML ({exc})", source=str(path)) from exc


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
        if not name.isidentifier() or conversion:
            raise TemplateError("fields are plain names like {name}", source=source,
                                part=part, field=name)
        if spec and (name not in NUMBER_FIELDS or "{" in spec or "}" in spec
                     or spec.count("|") not in (1, 2)):
            raise TemplateError(
                "only a number field takes forms, written {counted:erfüllt|erfüllen} or "
                "{open:none|one|# more}", source=source, part=part, field=name)
        names.append(name)
    return names


def field_values(data: DocumentData) -> dict[str, str]:
    head = data.letterhead
    cases = authority_cases(data.official_name, data.kind)
    return {
        "name": data.name,
        "official_name": data.official_name,
        **{f"authority_{case}": form for case, form in cases.items()},
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
        "reviewed": str(data.counted + data.rejected),
        "rejected": str(data.rejected),
        "open": str(data.open),
        "not_counted": str(len(data.not_counted)),
        "deadline": german_date(data.deadline) if data.deadline else "",
        "criteria_version": data.criteria_version,
        "ministry": head.ministry,
        "unit": head.unit,
        "signatory_name": head.signatory_name,
        "signatory_role": head.signatory_role,
    }
