"""The document settings, stored per database so the command line and the window write the
same letters: letterhead, contact, signatory, templates, certificate paper, signet, and the
query letter's deadline."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sqlmodel import col, select

from digiamt_desk.documents.model import Letterhead
from digiamt_desk.documents.positions import PositionError, parse_positions
from digiamt_desk.documents.templates import PARTS, TemplateError, load_template
from digiamt_desk.domain.importing import InputError
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.tables import Setting as SettingRow


class DocumentError(InputError):
    """A document cannot be made: a bad template or setting, an unwritable folder."""


@dataclass(frozen=True)
class Setting:
    key: str
    default: str
    label: str


SETTINGS = (
    Setting("letterhead.ministry", "Bayerisches Staatsministerium für Digitales", "ministry"),
    Setting("letterhead.unit", "Referat Digitales Amt", "unit"),
    Setting("letterhead.address", "Oskar-von-Miller-Ring 35\n80333 München", "postal address"),
    Setting("letterhead.contact", "",
            "contact lines of the information block (empty: the reviewer's name, if one is "
            "given)"),
    Setting("letterhead.place", "München", "town for the date line"),
    Setting("letterhead.signatory_name", "Dr. Fabian Mehring", "who signs"),
    Setting("letterhead.signatory_role", "Staatsminister", "the signatory's office"),
    Setting("documents.template_folder", "", "folder with the user's own templates"),
    Setting("certificate.paper", "blank", "blank or preprinted"),
    Setting("certificate.positions", "", "text positions on pre-printed paper (mm)"),
    Setting("signet.with_name", "yes", "signet shows the name and year (yes/no)"),
    Setting("documents.query_deadline_weeks", "4",
            "weeks the query letter gives for an answer (1 to 26)"),
)
DEADLINE_WEEKS_LIMIT = 26
SETTING_DEFAULTS = {s.key: s.default for s in SETTINGS}


def document_settings(desk: Desk) -> dict[str, str]:
    """All document settings, read in one query."""
    with desk.session() as session:
        stored = {row.key: row.value for row in session.exec(
            select(SettingRow).where(col(SettingRow.key).in_(list(SETTING_DEFAULTS))))}
    return {key: stored.get(key, default) for key, default in SETTING_DEFAULTS.items()}


def validate_setting(key: str, value: str) -> None:
    if key not in SETTING_DEFAULTS:
        raise DocumentError(f"unknown setting; known: {', '.join(SETTING_DEFAULTS)}", field=key)
    if key == "certificate.paper" and value not in ("blank", "preprinted"):
        raise DocumentError("must be 'blank' or 'preprinted'", field=key)
    if key == "signet.with_name" and value not in ("yes", "no"):
        raise DocumentError("must be 'yes' or 'no'", field=key)
    if key == "certificate.positions":
        try:
            parse_positions(value)
        except PositionError as exc:
            raise DocumentError(str(exc), field=key) from exc
    if key == "documents.template_folder" and value and not Path(value).is_dir():
        raise DocumentError(f"'{value}' is no folder", field=key)
    if key == "documents.query_deadline_weeks" and not (
            value.strip().isascii() and value.strip().isdigit()
            and 1 <= int(value.strip()) <= DEADLINE_WEEKS_LIMIT):
        raise DocumentError(f"must be a whole number of weeks from 1 to {DEADLINE_WEEKS_LIMIT}",
                            field=key)
    if key == "documents.template_folder" and value:
        for kind in PARTS:
            try:
                load_template(kind, Path(value))
            except TemplateError as exc:
                raise DocumentError(str(exc), field=key) from exc


def save_settings(desk: Desk, values: dict[str, str]) -> None:
    """Checks every value first, then stores them all."""
    for key, value in values.items():
        validate_setting(key, value)
    for key, value in values.items():
        desk.set_setting(key, value)


def letterhead(values: dict[str, str], reviewer: str = "") -> Letterhead:
    """The letterhead of the settings; without a contact set, the contact is the reviewer's
    name if one was given (`Desk.named_reviewer`), else the letter names no contact."""
    def lines(text: str) -> tuple[str, ...]:
        return tuple(line.strip() for line in text.splitlines() if line.strip())

    contact = lines(values["letterhead.contact"]) or lines(reviewer)
    return Letterhead(
        ministry=values["letterhead.ministry"], unit=values["letterhead.unit"],
        address=lines(values["letterhead.address"]), contact=contact,
        place=values["letterhead.place"], signatory_name=values["letterhead.signatory_name"],
        signatory_role=values["letterhead.signatory_role"])


def settings_json(desk: Desk) -> str:
    return json.dumps(document_settings(desk), ensure_ascii=False, indent=2)
