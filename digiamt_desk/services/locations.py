"""Where the program keeps its files: its name for the platform's folders and the default
database. Kept apart from `services.desk` so that the window can find these before the
database layer (SQLAlchemy, SQLModel, the tables) is loaded."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "DigiAmt Desk"
APP_AUTHOR = "StMD"


def default_database_path() -> Path:
    """`DIGIAMT_DB` if set, else digiamt.db in the platform's user data folder."""
    configured = os.environ.get("DIGIAMT_DB")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "digiamt.db"


def demo_database_path() -> Path:
    """The demo database, beside the default one."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo.db"
