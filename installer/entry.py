"""The one entry script of the bundle. The folder holds two programs built from it:
`digiamt-desk` (the window; on Windows without a console) and `digiamt` (the batch command,
with a console). Either one also takes `--cli` as its first argument to run the command;
`digiamt --self-test` runs the window's self-test with its output in the console."""

from __future__ import annotations

import multiprocessing
import sys
from pathlib import Path


def main() -> int:
    # Document batches render in worker processes, which start this program again.
    multiprocessing.freeze_support()
    args = sys.argv[1:]
    as_cli = Path(sys.executable).stem.lower() == "digiamt"
    if args[:1] == ["--cli"]:
        as_cli, args = True, args[1:]
    if as_cli and args[:1] != ["--self-test"]:
        from digiamt_desk.cli import main as run_cli

        return run_cli(args)
    # The window is shown before the database layer loads (see digiamt_desk/ui/session.py).
    from digiamt_desk.ui.app import main as run_app

    return run_app(args)


if __name__ == "__main__":
    sys.exit(main())
