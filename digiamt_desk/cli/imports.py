"""Commands that bring data in: the demo database and procedure lists."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    open_desk_for,
    print_json,
)


def cmd_demo(args: argparse.Namespace) -> int:
    from digiamt_desk.services.demo import create_demo
    from digiamt_desk.services.desk import default_database_path

    # A server URL stays a string: Path() would fold its "//" into a local file name.
    target: Path | str = args.db if args.db else default_database_path()
    created = create_demo(target, force=args.force)
    if args.json:
        print_json({"database": str(target), "applications": created})
    else:
        print(f"Demo database written to {target}:")
        for line in created:
            print(f"  {line['reference']}  {line['name']} ({line['kind']}): {line['story']}")
    return 0


def _mapping(pairs: Sequence[str] | None) -> dict[str, str] | None:
    if not pairs:
        return None
    mapping = {}
    for pair in pairs:
        field, sep, column = pair.partition("=")
        if not sep or not field or not column:
            raise CliError(f"--map takes FIELD=COLUMN, not '{pair}'")
        mapping[field.strip()] = column.strip()
    return mapping


def cmd_import(args: argparse.Namespace) -> int:
    from digiamt_desk.services.imports import import_source

    desk = open_desk_for(args)
    report = import_source(desk, args.source, ars=args.ars, mapping=_mapping(args.map))
    if args.json:
        print_json(report.as_dict())
        return 0
    print(f"{report.source} ({report.format}) -> {report.reference} {report.name} "
          f"[{report.ars}]{' (new application)' if report.created_application else ''}")
    print(f"  rows read: {report.rows}; added: {report.added}; updated: {report.updated}; "
          f"unchanged: {report.unchanged}; merged duplicates: {report.merged}; "
          f"skipped: {len(report.skipped)}")
    if report.not_online:
        print(f"  links that are no web address (mailto, file names): {report.not_online}")
    if report.not_in_source:
        print(f"  already in the database but missing from this source: {report.not_in_source}"
              " (kept with their decisions)")
    for skipped in report.skipped:
        print(f"  skipped row {skipped.row}: {skipped.reason}")
    for row, into in report.merged_rows:
        print(f"  merged row {row} into row {into} (same link)")
    for warning in report.warnings:
        print(f"  row {warning.row}, field '{warning.field}': {warning.message}")
    return 0


def register(add: AddCommand) -> None:
    demo = add("demo", cmd_demo, "create the demo database")
    demo.add_argument("--force", action="store_true", help="replace an existing database")
    imp = add("import", cmd_import, "import a procedure list (file or http(s) URL)")
    imp.add_argument("source")
    imp.add_argument("--ars", help="the applicant's key (ARS, AGS, ...) if the file names none")
    imp.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                     help="take FIELD (title, url, leika, provider, ars, ozgid) from COLUMN")
