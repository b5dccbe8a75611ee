"""Where the program keeps its files and who works on it, by default: needed before a database
is opened, by the window before its first paint and by the command line's import, which opens
one without the database layer (SQLAlchemy, SQLModel, the tables)."""

from __future__ import annotations

import getpass
import os
from datetime import UTC, datetime
from pathlib import Path

import platformdirs

APP_NAME = "DigiAmt Desk"
APP_AUTHOR = "StMD"


def utc_now() -> datetime:
    return datetime.now(UTC)


def default_database_path() -> Path:
    """`DIGIAMT_DB` if set, else digiamt.db in the platform's user data folder."""
    configured = os.environ.get("DIGIAMT_DB")
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "digiamt.db"


def demo_database_path() -> Path:
    """The demo database, beside the default one."""
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)) / "demo.db"


def configured_reviewer() -> str:
    """The name DIGIAMT_REVIEWER gives, or ''."""
    return os.environ.get("DIGIAMT_REVIEWER", "").strip()


def default_reviewer() -> str:
    configured = configured_reviewer()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except Exception:  # no login name on some service accounts
        return "unknown"
