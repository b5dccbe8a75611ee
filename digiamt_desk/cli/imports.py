"""Commands that bring data in: the demo database and procedure lists."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)
from digiamt_desk.domain.importing import capped

if TYPE_CHECKING:
    from digiamt_desk.services.desk import Desk
    from digiamt_desk.services.imports import ImportReport


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
    from digiamt_desk.domain.importing import InputError

    if args.each_authority and args.ars:
        raise CliError("--each-authority takes the authorities from the file; leave out --ars")
    try:
        if args.each_authority:
            return _each_authority(args)
        report = _import_on_dbapi(args)
        if report is None:  # a server, a new or read-only file, an upgrade: through the engine
            from digiamt_desk.services.imports import import_source

            report = import_source(_general_desk(args), args.source, ars=args.ars,
                                   mapping=_mapping(args.map), base_url=args.base_url)
    except InputError as error:
        if args.json:  # the refusal as an object on stdout, the line on stderr (main)
            print_json(error.located(args.source).as_dict())
        raise
    if args.json:
        print_json(report.as_dict())
        return 0
    print_report(report)
    return 0


def _general_desk(args: argparse.Namespace) -> Desk:
    from digiamt_desk.importers import collector_paused

    # The database layer brings SQLAlchemy, SQLModel and the tables (0.5 s): some 70,000
    # objects the collector tracks, all kept, which it would walk again and again while they
    # load; paused, loading them takes about 8 % less (benchmarks/README.md).
    with collector_paused():
        import digiamt_desk.services.import_general  # noqa: F401

        return open_desk_for(args)  # type: ignore[no-any-return]


def _import_on_dbapi(args: argparse.Namespace, each_authority: bool = False) -> Any:
    """The import of an existing SQLite file on the DB-API alone (store/sqlite_import.py,
    services/import_fast.py): the same checks, rows and report without loading SQLAlchemy,
    SQLModel or pydantic. None where the file needs the general path."""
    # The worker is started first: the database layer's modules load while it parses.
    loaded, worker = (None, None) if each_authority else _parse_early(args)
    try:
        from digiamt_desk.services.desk_defaults import default_database_path, default_reviewer
        from digiamt_desk.store.sqlite_import import open_for_import

        target = open_for_import(str(args.db) if args.db else str(default_database_path()))
    except BaseException:
        if worker is not None:
            worker.stop()
        raise
    if target is None:
        if worker is not None:
            worker.stop()
        return None
    keep: list[object] | None = None
    if getattr(args, "leaving", False):
        # The process ends when this command returns (main, called from the command line):
        # the rows need neither the collector nor freeing one by one, main leaves at once
        # (the database is closed below, the output flushed there).
        gc.disable()
        keep = args.kept = []
    try:
        for warning in target.warnings:
            print(f"digiamt: warning: {warning}", file=sys.stderr)
        from digiamt_desk.services.import_fast import Workspace, import_into_file
        from digiamt_desk.services.imports import stepper

        space = Workspace(target, args.reviewer or default_reviewer())
        if each_authority:
            from digiamt_desk.services.import_screening import import_each_into_file

            return import_each_into_file(space, args.source, mapping=_mapping(args.map),
                                         base_url=args.base_url, step=stepper(None, None),
                                         keep=keep)
        return import_into_file(space, args.source, ars=args.ars, mapping=_mapping(args.map),
                                base_url=args.base_url, keep=keep, loaded=loaded,
                                worker=worker)
    finally:
        target.close()


def _parse_early(args: argparse.Namespace) -> tuple[Any, Any]:
    """A large local CSV file read, and a worker parsing it while the database is opened and
    checked (services/import_worker.py); (None, None) for a URL or a file that cannot be read
    (the import reads it again after the database's checks and says why)."""
    from digiamt_desk.domain.importing import InputError
    from digiamt_desk.importers import read_file, sniff_format
    from digiamt_desk.services.import_worker import PARALLEL_MIN_BYTES, ParseWorker

    if args.source.strip()[:8].lower().startswith(("http://", "https://")):
        return None, None
    try:
        loaded = read_file(args.source.strip())
        # the first bytes tell the format (the worker checks the whole file again)
        if len(loaded.content) < PARALLEL_MIN_BYTES \
                or sniff_format(loaded.content[:65536]) != "csv":
            return loaded, None
    except (InputError, OSError):
        return None, None
    return loaded, ParseWorker.start(loaded, mapping=_mapping(args.map),
                                     base_url=args.base_url, applicant_given=bool(args.ars))


def _each_authority(args: argparse.Namespace) -> int:
    report = _import_on_dbapi(args, each_authority=True)
    if report is None:  # through the engine
        from digiamt_desk.services.screening import import_each_authority

        report = import_each_authority(_general_desk(args), args.source,
                                       mapping=_mapping(args.map), base_url=args.base_url)
    if args.json:
        print_json(report.as_dict())
        return 0
    added = sum(r.added for r in report.authorities)
    print(f"{report.source} ({report.format}): {report.rows_read} rows read for "
          f"{len(report.authorities)} authorities (screening; {report.created} new screening "
          f"applications); procedures added: {added}")
    if report.unknown_ars:
        from digiamt_desk.services.import_screening import describe_unknown

        print(f"  WARNING: {describe_unknown(report)} (not imported)")
    if report.without_ars:
        print(f"  rows without an ARS (not imported): {len(report.without_ars)} "
              f"({capped([str(r) for r in report.without_ars])})")
    for ars, name, reference in report.left_alone[:LISTED]:
        print(f"  left alone: {name} [{ars}] has the application {reference} under review")
    _more(len(report.left_alone))
    for one in report.authorities[:LISTED]:
        print(f"  {one.reference} {one.name}: rows {one.rows}, added {one.added}, updated "
              f"{one.updated}, unchanged {one.unchanged}, merged {one.merged}"
              + (f", shared links {len(one.shared_links)}" if one.shared_links else ""))
    _more(len(report.authorities))
    return 0


def print_report(report: ImportReport) -> None:
    print(f"{report.source} ({report.format}) -> {report.reference} {report.name} "
          f"[{report.ars}]{' (new application)' if report.created_application else ''}")
    for group in report.large_shared_links():  # first: these can change the count most
        print(f"  WARNING: {len(group.rows)} rows with {len(group.titles)} different titles "
              f"share one link and count once: {group.url}")
    print(f"  rows read: {report.rows_read} = added {report.added} + updated {report.updated} "
          f"+ unchanged {report.unchanged} + merged (same link) {report.merged} "
          f"+ skipped {len(report.skipped)}")
    if report.encoding and report.encoding != "utf-8":
        print(f"  read as {report.encoding}")
    if report.shared_links:
        print(f"  shared links (rows with other titles or LeiKa keys under one link, counted "
              f"once): {len(report.shared_links)}")
        for group in report.shared_links[:LISTED]:
            titles = capped([f"'{t}'" for t in group.titles], 5)
            print(f"    {group.url}: {len(group.rows)} rows ({capped(_rows(group.rows), 5)}): "
                  f"{titles}")
        _more(len(report.shared_links))
    if report.no_online_link:
        print(f"  no online link found (the service page was taken; does not count until "
              f"decided): {report.no_online_link}")
    if report.appointment:
        print(f"  appointment bookings taken as the link: {report.appointment}")
    if report.not_online:
        print(f"  links that are no web address (mailto, file names): {report.not_online}")
    if report.not_in_source:
        print(f"  already in the database but missing from this source: {report.not_in_source}"
              " (kept with their decisions)")
    for skipped in report.skipped[:LISTED]:
        print(f"  skipped row {skipped.row}: {skipped.reason}")
    _more(len(report.skipped))
    for row, into in report.merged_rows[:LISTED]:
        print(f"  merged row {row} into row {into} (same link)")
    _more(len(report.merged_rows))
    for warning in report.warnings[:LISTED]:
        print(f"  row {warning.row}, field '{warning.field}': {warning.message}")
    _more(len(report.warnings))


LISTED = 10


def cmd_shared_links(args: argparse.Namespace) -> int:
    from digiamt_desk.services import shared_links

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    assert application.id is not None
    if args.split is not None:
        result = shared_links.split_group(desk, application.id, args.split)
        print(f"procedure {args.split} split into {len(result.changed)} procedures (change "
              f"{result.change_set_id}; 'digiamt undo {args.key}' takes it back)")
        return 0
    if args.keep is not None:
        shared_links.keep_merged(desk, application.id, args.keep)
        print(f"procedure {args.keep} stays one procedure for its shared link")
        return 0
    groups = shared_links.shared_groups(desk, application.id)
    if args.json:
        print_json([{"procedure": g.procedure_id, "url": g.url, "title": g.title,
                     "rows": list(g.rows), "titles": list(g.titles), "state": g.state}
                    for g in groups])
        return 0
    if not groups:
        print("No shared links: no link stands for rows with different titles.")
    for g in groups:
        print(f"#{g.procedure_id} [{g.state}] {g.url}: {len(g.rows)} rows, "
              f"{capped([repr(t) for t in g.titles], 5)}")
    return 0


def _rows(rows: Sequence[int]) -> list[str]:
    return [str(r) for r in rows]


def _more(count: int) -> None:
    if count > LISTED:
        print(f"    … and {count - LISTED} more (--json lists all)")


def register(add: AddCommand) -> None:
    demo = add("demo", cmd_demo, "create the demo database")
    demo.add_argument("--force", action="store_true", help="replace an existing database")
    imp = add("import", cmd_import, "import a procedure list (file or http(s) URL)")
    imp.add_argument("source")
    imp.add_argument("--ars", help="the applicant's key (ARS, AGS, ...) if the file names none")
    imp.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                     help="take FIELD (title, url, leika, provider, ars, ozgid) from COLUMN, "
                     "a column name or number (--map url=3 for a file without a header row)")
    imp.add_argument("--each-authority", action="store_true",
                     help="a Land-wide export: the rows of every authority in the ARS column "
                     "go into that authority's screening application (created where missing)")
    imp.add_argument("--base-url", metavar="URL",
                     help="complete relative links ('/antrag/...') with this address")
    shared = add("shared-links", cmd_shared_links,
                 "rows with different titles that an import merged under one link")
    shared.add_argument("key", help="the application (reference, ARS, AGS or key)")
    action = shared.add_mutually_exclusive_group()
    action.add_argument("--split", type=int, metavar="ID",
                        help="make each title of the group a procedure of its own")
    action.add_argument("--keep", type=int, metavar="ID",
                        help="keep the group as one procedure (settles it)")
