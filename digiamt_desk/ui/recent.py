"""The databases opened lately (QSettings), offered in File > Open recent and on the welcome
view. Files that are gone are not offered."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QMenu

KEY = "recent/databases"
KEPT = 8


def _normal(path: str) -> str:
    return os.path.normcase(str(Path(path).expanduser().resolve()))


def recent_databases(*, existing_only: bool = True) -> list[str]:
    value = QSettings().value(KEY, [])
    # An INI file gives one entry back as a plain string, several as a list.
    values: list[object] = [value] if isinstance(value, str) else list(value or [])  # type: ignore[call-overload]
    paths = [str(v) for v in values]
    return [p for p in paths if p and (not existing_only or Path(p).is_file())]


def remember(path: str) -> None:
    """Put `path` first; the list keeps the newest KEPT entries."""
    if "://" in path:
        return
    full = str(Path(path).expanduser().resolve())
    paths = [p for p in recent_databases(existing_only=False) if _normal(p) != _normal(full)]
    QSettings().setValue(KEY, [full, *paths][:KEPT])


def forget(path: str) -> None:
    paths = [p for p in recent_databases(existing_only=False) if _normal(p) != _normal(path)]
    QSettings().setValue(KEY, paths)


def fill_recent_menu(menu: QMenu, current: str, open_path: Callable[[str], None]) -> None:
    """Rebuild the menu (on every opening: another window may have added entries)."""
    menu.clear()
    entries = [p for p in recent_databases() if _normal(p) != _normal(current)]
    for number, path in enumerate(entries, 1):
        action = menu.addAction(f"&{number} {Path(path).name}   ({Path(path).parent})")
        action.setData(path)
        action.triggered.connect(lambda _checked=False, p=path: open_path(p))
    if not entries:
        empty = menu.addAction(QCoreApplication.translate(
            "RecentMenu", "No other database opened lately"))
        empty.setEnabled(False)
