"""Where the desktop app writes its log and its crash reports (the user log folder)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from digiamt_desk.services.desk_defaults import APP_AUTHOR, APP_NAME


def log_folder() -> Path:
    folder = Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    folder.mkdir(parents=True, exist_ok=True)
    return folder
