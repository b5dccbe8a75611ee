"""The reviewer's own settings, typed, over QSettings (per user, not per database).

Each field is an option of the settings registry (domain/settings.py, scope user), stored under
the registry's key: the dialog, the start-up (language, last database) and the window read and
write the same keys by construction. The letterhead and certificate settings live in the
database (`services.documents`), so the command line writes the same letters as the window."""

from __future__ import annotations

from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices

from digiamt_desk.domain.settings import option


def _default_output() -> str:
    documents = QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    return str(Path(documents or Path.home()) / "DigiAmt")


@dataclass
class UserSettings:
    reviewer: str = ""
    language: str = "de"
    output_folder: str = ""
    reopen_last: bool = True

    @staticmethod
    def key(name: str) -> str:
        return f"user/{name}"

    @classmethod
    def load(cls) -> UserSettings:
        store = QSettings()
        values = {f.name: option(cls.key(f.name)).read(store.value(cls.key(f.name)))
                  for f in fields(cls)}
        settings = cls(**values)  # type: ignore[arg-type]
        if not settings.output_folder:
            settings.output_folder = _default_output()
        return settings

    def save(self) -> None:
        store = QSettings()
        for f in fields(self):
            declared = option(self.key(f.name))
            store.setValue(self.key(f.name), declared.text(declared.parse(
                declared.text(getattr(self, f.name)))))
        store.sync()


def output_folder(settings: UserSettings) -> Path:
    return Path(settings.output_folder).expanduser()


def open_output_folder(settings: UserSettings) -> None:
    """Show the output folder in the file manager (made first, so there is one to show)."""
    folder = output_folder(settings)
    folder.mkdir(parents=True, exist_ok=True)
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))
