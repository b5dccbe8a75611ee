"""Every setting of DigiAmt Desk declared once: key, scope, type, default, validation, label.

Two scopes: the reviewer's own (user: kept by the window in QSettings) and the database's
(kept in its settings table, shared by the window and the `digiamt` command). The settings
dialog, the window's start-up and `digiamt settings` all read and write through these
declarations, so a value cannot be stored under one key and read under another (the language
once was). The letters' own settings are declared with the documents
(services.documents.SETTINGS) and listed here by the command beside these.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Scope(StrEnum):
    USER = "user"
    DATABASE = "database"


class SettingError(ValueError):
    """A value a setting does not take; `code` and `params` for a front end to word it."""

    def __init__(self, message: str, *, code: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


Value = str | bool | int


@dataclass(frozen=True, slots=True)
class Option:
    key: str
    scope: Scope
    default: Value
    label: str  # English, for the command's listing; the dialog words its own
    choices: tuple[str, ...] = ()
    minimum: int | None = None
    maximum: int | None = None

    def parse(self, text: object) -> Value:
        """The typed value of a stored or typed text; SettingError if it is not one."""
        raw = "" if text is None else str(text).strip()
        if isinstance(self.default, bool):
            lowered = raw.lower()
            if lowered in ("true", "yes", "1", "on"):
                return True
            if lowered in ("false", "no", "0", "off"):
                return False
            raise SettingError(f"{self.key} takes yes or no, not '{raw}'", code="not_yes_no",
                               key=self.key, value=raw)
        if isinstance(self.default, int):
            if not raw.lstrip("-").isdigit():
                raise SettingError(f"{self.key} takes a whole number, not '{raw}'",
                                   code="not_a_number", key=self.key, value=raw)
            number = int(raw)
            low = self.minimum if self.minimum is not None else number
            high = self.maximum if self.maximum is not None else number
            if not low <= number <= high:
                raise SettingError(f"{self.key} takes a number from {self.minimum} to "
                                   f"{self.maximum}, not {number}", code="out_of_range",
                                   key=self.key, value=number, minimum=self.minimum,
                                   maximum=self.maximum)
            return number
        if self.choices and raw not in self.choices:
            raise SettingError(f"{self.key} takes one of {', '.join(self.choices)}, not '{raw}'",
                               code="not_a_choice", key=self.key, value=raw,
                               choices=", ".join(self.choices))
        return raw

    def read(self, stored: object) -> Value:
        """A stored value, or the default where nothing (or nothing valid) is stored."""
        if stored is None:
            return self.default
        try:
            return self.parse(stored)
        except SettingError:
            return self.default

    def text(self, value: Value) -> str:
        """How a value is stored."""
        if isinstance(value, bool):
            return "true" if value else "false"
        return str(value)


BACKUPS_MAX = 1000

OPTIONS: tuple[Option, ...] = (
    Option("user/reviewer", Scope.USER, "", "your name, recorded with every change"),
    Option("user/language", Scope.USER, "de", "language of the window", choices=("de", "en")),
    Option("user/output_folder", Scope.USER, "", "folder the documents are written to"),
    Option("user/reopen_last", Scope.USER, True, "open the last database on start"),
    Option("reference_pattern", Scope.DATABASE, "StMD-DA-{year}-{seq:04d}",
           "pattern of the reference (Aktenzeichen)"),
    Option("backups_kept_daily", Scope.DATABASE, 10, "daily backups kept", minimum=1,
           maximum=BACKUPS_MAX),
    Option("backups_kept_events", Scope.DATABASE, 10,
           "backups kept from before migrations, register updates and restores", minimum=1,
           maximum=BACKUPS_MAX),
    Option("backups_kept_manual", Scope.DATABASE, 20, "backups by hand kept", minimum=1,
           maximum=BACKUPS_MAX),
    Option("imports.download_seconds", Scope.DATABASE, 20,
           "seconds a URL import may take as a whole", minimum=1, maximum=600),
    Option("checks.allow_private_networks", Scope.DATABASE, "no",
           "may the link check connect to loopback and private addresses", choices=("yes", "no")),
    Option("review.four_eyes", Scope.DATABASE, "off",
           "final decisions need a second person's approval", choices=("on", "off")),
)
REGISTRY: dict[str, Option] = {option.key: option for option in OPTIONS}


def option(key: str) -> Option:
    try:
        return REGISTRY[key]
    except KeyError:
        raise SettingError(f"unknown setting '{key}'", code="unknown_setting", key=key) from None


def user_options() -> list[Option]:
    return [o for o in OPTIONS if o.scope is Scope.USER]


def database_options() -> list[Option]:
    return [o for o in OPTIONS if o.scope is Scope.DATABASE]
