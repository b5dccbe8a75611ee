"""The export command: an application's review as XLSX or German Excel CSV."""

from __future__ import annotations

import argparse
from pathlib import Path

from digiamt_desk.cli.common import AddCommand, application_of, open_desk_for, print_json


def cmd_export(args: argparse.Namespace) -> int:
    from digiamt_desk.services.export import export_review

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    written = export_review(desk, application, Path(args.out), args.format)
    if args.json:
        print_json({"reference": application.reference, "format": args.format,
                    "files": [str(path) for path in written]})
    else:
        for path in written:
            print(path)
    return 0


def register(add: AddCommand) -> None:
    export = add("export", cmd_export, "export an application's review (one row a procedure, "
                 "the summary and the history) as XLSX or CSV for German Excel")
    export.add_argument("key", metavar="KEY", help="ARS, AGS or reference of the application")
    export.add_argument("--format", choices=("xlsx", "csv"), default="xlsx",
                        help="xlsx (three sheets) or csv (';', UTF-8 with BOM; the summary "
                             "and the history go into two more files beside it)")
    export.add_argument("--out", required=True, help="the file to write")
