"""What every command shares: the error type, JSON output and opening the database."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any, Protocol

EXIT_INPUT = 2
EXIT_OFFLINE = 3  # `check`: this computer has no network; earlier results were kept


class CliError(Exception):
    pass


class AddCommand(Protocol):
    """Adds a subcommand to the parser (given to each module's `register`)."""

    def __call__(self, name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
                 json_flag: bool = True) -> argparse.ArgumentParser: ...


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def open_desk_for(args: argparse.Namespace) -> Any:
    """The database of `--db` (made only with `--create`); warnings go to stderr."""
    from digiamt_desk.services.desk import open_desk
    from digiamt_desk.store.postgres import PasswordNeeded

    create = True if getattr(args, "create", False) else None
    try:
        desk = open_desk(args.db, reviewer=args.reviewer, daily_backup=True, create=create)
    except PasswordNeeded as needed:
        password = prompt_password(needed.url)  # typed at the terminal, never stored
        if password is None:
            raise
        desk = open_desk(args.db, reviewer=args.reviewer, daily_backup=True, create=create,
                         password=password)
    for warning in desk.warnings:
        print(f"digiamt: warning: {warning.message}", file=sys.stderr)
    # A file that cannot be written is read as it is; a command that writes is refused with
    # one line naming the cause (store/sqlite_access.py), so nothing is said beforehand.
    return desk


def application_of(desk: Any, key: str) -> Any:
    from digiamt_desk.services.applications import find_application

    return find_application(desk, key)


def prompt_password(url: str) -> str | None:
    """The password the server asks for, typed at the terminal (never stored)."""
    import getpass

    if not sys.stdin.isatty():
        return None
    return getpass.getpass(f"password for {url}: ")
