"""The award's criteria catalog: data with a version, read from `resources/criteria/*.json`.

Thresholds, criteria and rejection reasons change over time (a new minister, a stricter rule);
they are never written into code. Every final decision records the version it was made under.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from digiamt_desk.domain.importing import InputError


@dataclass(frozen=True, slots=True)
class Criterion:
    id: str
    label_en: str
    label_de: str
    help_de: str = ""
    short_de: str = ""  # for narrow table columns; the label where none is given
    short_en: str = ""
    help_en: str = ""

    @property
    def column_de(self) -> str:
        return self.short_de or self.label_de

    def label(self, language: str) -> str:
        """The label in a language of the user interface ("de"; any other: English)."""
        return self.label_de if language == "de" else self.label_en

    def help(self, language: str) -> str:
        """What the criterion asks, in a language of the user interface (the German where no
        English is given)."""
        return self.help_de if language == "de" else (self.help_en or self.help_de)

    def column(self, language: str) -> str:
        """The short label for a narrow table column, in a language of the user interface."""
        if language == "de":
            return self.column_de
        return self.short_en or self.label_en


@dataclass(frozen=True, slots=True)
class RejectionReason:
    code: str
    label_en: str
    label_de: str

    def label(self, language: str) -> str:
        """The label in a language of the user interface ("de"; any other: English)."""
        return self.label_de if language == "de" else self.label_en


@dataclass(frozen=True, slots=True)
class Catalog:
    version: str
    title: str
    valid_from: date
    default_threshold: int
    thresholds_by_kind: dict[str, int]
    criteria: tuple[Criterion, ...]
    rejection_reasons: tuple[RejectionReason, ...]

    def threshold_for(self, kind: str) -> int:
        return self.thresholds_by_kind.get(kind, self.default_threshold)

    def criterion_ids(self) -> tuple[str, ...]:
        return tuple(c.id for c in self.criteria)

    def reason(self, code_or_label: str) -> RejectionReason | None:
        """Find a reason by its code or either label, ignoring case."""
        wanted = code_or_label.strip().casefold()
        for reason in self.rejection_reasons:
            if wanted in (reason.code.casefold(), reason.label_en.casefold(),
                          reason.label_de.casefold()):
                return reason
        return None


def parse_catalog(text: str, source: str) -> Catalog:
    try:
        data = json.loads(text)
        threshold = data["threshold"]
        return Catalog(
            version=str(data["version"]),
            title=str(data.get("title", "")),
            valid_from=date.fromisoformat(data["valid_from"]),
            default_threshold=int(threshold["default"]),
            thresholds_by_kind={str(k): int(v) for k, v in threshold.get("by_kind", {}).items()},
            criteria=tuple(
                Criterion(c["id"], c["label_en"], c["label_de"], c.get("help_de", ""),
                          c.get("short_de", ""), c.get("short_en", ""), c.get("help_en", ""))
                for c in data["criteria"]
            ),
            rejection_reasons=tuple(
                RejectionReason(r["code"], r["label_en"], r["label_de"])
                for r in data["rejection_reasons"]
            ),
        )
    except json.JSONDecodeError as exc:
        raise InputError(f"not valid JSON ({exc.msg})", source=source, row=exc.lineno) from exc
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(f"criteria catalog is incomplete or malformed ({exc!r})",
                         source=source) from exc


def load_catalogs(folder: Path) -> list[Catalog]:
    catalogs = [parse_catalog(p.read_text(encoding="utf-8"), p.name)
                for p in sorted(folder.glob("*.json"))]
    if not catalogs:
        raise InputError("no criteria catalog found", source=str(folder))
    return sorted(catalogs, key=lambda c: c.valid_from)


def catalog_in_force(catalogs: list[Catalog], on: date) -> Catalog:
    """The newest catalog valid on that day (the oldest one if the day precedes them all)."""
    valid = [c for c in catalogs if c.valid_from <= on]
    return valid[-1] if valid else catalogs[0]
