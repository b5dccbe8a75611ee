"""`digiamt`: the batch command. It calls the same services as the desktop window.

Bad input ends with exit status 2 and one line on stderr that names the file, row and field;
never a traceback. Each group of commands lives in a module of its own with a `register(add)`
that adds its subcommands to the parser.

Start-up stays lean: SQLAlchemy, the store and the package metadata are loaded by the commands
that use them, not here (a test keeps them out of `import digiamt_desk.cli`), so `--help` and
the commands that never open a database do not pay for them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from digiamt_desk.cli import checks, documents, export, imports, publication, register, review, team
from digiamt_desk.cli.common import EXIT_INPUT, CliError
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError

COMMAND_GROUPS = (imports, review, register, documents, export, checks, publication, team)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digiamt", description="DigiAmt Desk: review applications for 'Digitales Amt'.")
    parser.add_argument("--version", action=_VersionAction, help="show the version and exit")
    parser.add_argument("--db", help="database file (default: $DIGIAMT_DB or the user data "
                        "folder)")
    parser.add_argument("--create", action="store_true",
                        help="make a new database at --db if there is none (without it a "
                        "missing file is refused, so a mistyped path makes nothing)")
    parser.add_argument("--reviewer", help="name recorded in the history (default: "
                        "$DIGIAMT_REVIEWER or the login name)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str,
            json_flag: bool = True) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        if json_flag:
            command.add_argument("--json", action="store_true", help="print JSON")
        return command

    for group in COMMAND_GROUPS:
        group.register(add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if getattr(sys, "frozen", False):  # all freeze_support() acts on; spares the import else
        import multiprocessing

        multiprocessing.freeze_support()  # document batches use worker processes (frozen)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "register" and args.action in ("show", "update") and not args.terms:
        parser.error(f"register {args.action} needs an argument")
    # Called from the command line (`digiamt`, `python -m digiamt_desk.cli`), the process ends
    # when main returns; a command may then keep what it made until then (args.kept).
    args.leaving = argv is None
    try:
        status = int(args.handler(args))
        sys.stdout.flush()  # a closed pipe shows here, not at the interpreter's exit
        if status == 0 and getattr(args, "kept", None) is not None:
            _leave()
        return status
    except BrokenPipeError:  # the output went to `head` or a closed pager: not an error
        _quiet_stdout()
        return 0
    except (InputError, ReviewError, CliError) as exc:
        print(f"digiamt: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # a file that is missing, unreadable or a folder
        print(f"digiamt: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except Exception as exc:
        message = _store_refusal(exc)
        if message is None:
            raise
        print(f"digiamt: error: {message}", file=sys.stderr)
        return EXIT_INPUT
    except KeyboardInterrupt:
        print("digiamt: interrupted; nothing of the running step was saved", file=sys.stderr)
        return 130


def _leave() -> None:
    """End the process after a command that kept its rows (`digiamt import`): its output is
    flushed and its database closed; the system takes back the memory of hundreds of thousands
    of rows at once, where letting go of them object by object (and the interpreter's own
    teardown) would take a tenth of a second."""
    import os

    sys.stderr.flush()
    os._exit(0)


def _store_refusal(exc: Exception) -> str | None:
    """The message of a store error or of the server's own guards (team mode) refusing a write;
    None for anything else. An exception of a module not loaded cannot have been raised, so the
    store and SQLAlchemy are only looked at when a command has loaded them."""
    store = sys.modules.get("digiamt_desk.store.errors")
    if store is not None and isinstance(exc, store.StoreError):
        return str(exc)
    sqlalchemy_exc = sys.modules.get("sqlalchemy.exc")
    if sqlalchemy_exc is not None and isinstance(exc, sqlalchemy_exc.DBAPIError):
        from digiamt_desk.store.postgres import refusal

        return f"the database refused it: {refusal(exc)}"
    return None


class _VersionAction(argparse.Action):
    """`--version`: the package metadata is read only when asked for (importlib.metadata costs
    a noticeable part of every start)."""

    def __init__(self, option_strings: Sequence[str], dest: str = argparse.SUPPRESS,
                 default: str = argparse.SUPPRESS, help: str | None = None) -> None:
        super().__init__(option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser: argparse.ArgumentParser, namespace: argparse.Namespace,
                 values: str | Sequence[object] | None,
                 option_string: str | None = None) -> None:
        from digiamt_desk import __version__

        print(f"{parser.prog} {__version__}")
        parser.exit()


def _quiet_stdout() -> None:
    """Point stdout at the null device: Python's final flush would otherwise report the broken
    pipe once more on the way out."""
    import os

    try:
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, sys.stdout.fileno())
        os.close(null)
    except (OSError, ValueError):  # stdout is no file (a test's capture)
        pass


if __name__ == "__main__":
    sys.exit(main())
