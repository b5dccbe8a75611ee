"""The reviewer's own settings, typed, over QSettings (per user, not per database).

The letterhead and certificate settings live in the database (`services.documents`), so the
command line writes the same letters as the window."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths


def _default_output() -> str:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "DigiAmt")


@dataclass
class UserSettings:
    reviewer: str = ""
    language: str = "de"
    output_folder: str = ""

    @classmethod
    def load(cls) -> UserSettings:
        store = QSettings()
        values = {}
        for f in fields(cls):
            value = store.value(f"user/{f.name}")
            if value is not None:
                values[f.name] = str(value)
        settings = cls(**values)
        if not settings.output_folder:
            settings.output_folder = _default_output()
        return settings

    def save(self) -> None:
        store = QSettings()
        for f in fields(self):
            store.setValue(f"user/{f.name}", getattr(self, f.name))
        store.sync()
