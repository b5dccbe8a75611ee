"""Rules of an application that need no database: the reference pattern, the default address,
whether it may be edited. services.applications and the DB-API import path
(services.import_fast) share them."""

from __future__ import annotations

import re
import string
from typing import Any, Protocol

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError, Status


class _Addressed(Protocol):
    @property
    def seat(self) -> str | None: ...
    @property
    def name(self) -> str: ...
    @property
    def official_name(self) -> str: ...
    @property
    def postcode(self) -> str | None: ...


class _Held(Protocol):
    @property
    def status(self) -> str: ...
    @property
    def reference(self) -> str: ...
    @property
    def name(self) -> str: ...


REFERENCE_PATTERN_KEY = "reference_pattern"
DEFAULT_REFERENCE_PATTERN = "StMD-DA-{year}-{seq:04d}"
REFERENCE_FIELDS = {"year", "seq", "ags", "key", "ars"}


# The documented fields and their formats: numbers may be zero-padded to a width of at most 9
# digits ({seq:04d}), the keys are written as they are. Nothing else of Python's format
# language: a conversion or a width like {seq:>999999999} would let a setting cost minutes of
# CPU and gigabytes on every new application.
_NUMBER_FORMAT = re.compile(r"(0?[1-9])?d?")
_NUMBER_FIELDS = {"year", "seq"}
REFERENCE_PATTERN_LIMIT = 80


def validate_reference_pattern(pattern: str) -> None:
    """Refuse a pattern with other fields or formats than the documented ones."""
    if len(pattern) > REFERENCE_PATTERN_LIMIT:
        raise InputError(f"reference pattern is {len(pattern)} characters long; at most "
                         f"{REFERENCE_PATTERN_LIMIT} are allowed", field="reference_pattern")
    try:
        parts = [(name, spec, conversion) for _, name, spec, conversion
                 in string.Formatter().parse(pattern) if name is not None]
    except ValueError as exc:
        raise InputError(f"reference pattern '{pattern}' is malformed: {exc}",
                         field="reference_pattern") from exc
    names = {name for name, _spec, _conversion in parts}
    unknown = names - REFERENCE_FIELDS
    if unknown:
        raise InputError(
            f"reference pattern '{pattern}' uses unknown field(s) {sorted(unknown)}; "
            f"allowed: {sorted(REFERENCE_FIELDS)}", field="reference_pattern")
    for name, spec, conversion in parts:
        allowed = name in _NUMBER_FIELDS and _NUMBER_FORMAT.fullmatch(spec or "")
        if conversion or not (allowed or not spec):
            written = "{" + name + (f"!{conversion}" if conversion else "") + (
                f":{spec}" if spec else "") + "}"
            raise InputError(
                f"reference pattern '{pattern}': {written} is not allowed; the numbers year "
                "and seq may be padded with zeros to at most 9 digits ({seq:04d}), the keys "
                "ags, key and ars take no format", field="reference_pattern")
    if "seq" not in names:
        raise InputError(f"reference pattern '{pattern}' needs {{seq}} to make references "
                         "unique", field="reference_pattern")


def default_address(entry: _Addressed) -> str:
    town = entry.seat or entry.name
    lines = [entry.official_name]
    if entry.postcode:
        lines.append(f"{entry.postcode} {town}")
    else:
        lines.append(town)
    return "\n".join(lines)


def ensure_editable(application: _Held) -> None:
    status = Status(application.status)
    if status.is_final:
        raise ReviewError(
            f"application {application.reference} ({application.name}) is {status.value} and "
            "read-only; reopen it first (set its status to in_review)", code="read_only",
            reference=application.reference, name=application.name, status=status.value)


def free_reference(pattern: str, fields: dict[str, Any], taken: set[str]) -> str:
    """The pattern's first reference with a sequence number not yet taken."""
    seq = 1
    while (candidate := pattern.format(seq=seq, **fields)) in taken:
        seq += 1
    return candidate
