"""The documents command: letters, certificate and signet."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)


def cmd_documents(args: argparse.Namespace) -> int:
    from datetime import date

    from digiamt_desk.services import documents

    desk = open_desk_for(args)
    on = None
    if args.date:
        try:
            on = date.fromisoformat(args.date)
        except ValueError as exc:
            raise CliError(f"--date takes YYYY-MM-DD, not '{args.date}'") from exc
    ids: list[int]
    if args.all_awarded:
        ids = [a.id for a in documents.decided_applications(desk, awarded_only=True)
               if a.id is not None]
        if not ids:
            raise CliError("no awarded application in this database")
    else:
        ids = [application_of(desk, key).id for key in args.keys]
    # Everything is checked (templates, eligibility, settings) before the first file is written.
    # --record: the review record alone; a batch of all awarded writes it with the documents.
    kinds = [documents.DocumentKind.REVIEW_RECORD] if args.record else None
    shared = documents.SharedReads.read(desk)  # settings and templates, once for all
    prepared = [documents.prepare(desk, application_id, on=on, kinds=kinds,
                                  record=args.all_awarded, shared=shared)
                for application_id in ids]
    for item in prepared:  # said before anything is written
        for warning in item.warnings:
            print(f"digiamt: warning: {item.application.reference}: {warning}",
                  file=sys.stderr)
    report = documents.produce_batch(desk, prepared, Path(args.out))
    if report.failed:
        raise CliError("; ".join(report.failed.values()))
    results: list[dict[str, Any]] = []
    for item in prepared:
        paths = report.written[item.application.id or 0]
        results.append({"reference": item.application.reference,
                        "name": item.application.official_name, "eligible": item.data.eligible,
                        "counted": item.data.counted, "threshold": item.data.threshold,
                        "documents": [kind.value for kind in item.kinds],
                        "files": [str(path) for path in paths]})
    if args.json:
        print_json(results)
    else:
        for result in results:
            for path in result["files"]:
                print(path)
    return 0


def register(add: AddCommand) -> None:
    docs = add("documents", cmd_documents, "write the award letter, certificate and signet of "
               "eligible applications, the rejection or query letter of the others")
    which_docs = docs.add_mutually_exclusive_group(required=True)
    which_docs.add_argument("keys", nargs="*", default=[], metavar="KEY",
                            help="ARS, AGS or reference of the application")
    which_docs.add_argument("--all-awarded", action="store_true",
                            help="every application with the status 'awarded'")
    docs.add_argument("--record", action="store_true",
                      help="write the review record (Prüfvermerk) for the file instead")
    docs.add_argument("--out", required=True, help="folder for the files")
    docs.add_argument("--date", help="date of the letters (YYYY-MM-DD; default: today)")
