"""`digiamt`: the batch command. It calls the same services as the desktop window.

Bad input ends with exit status 2 and one line on stderr that names the file, row and field;
never a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from digiamt_desk import __version__
from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import STATUS_LABELS_DE, Decision, ReviewError, Status
from digiamt_desk.store.db import StoreError

EXIT_INPUT = 2


class CliError(Exception):
    pass


def _print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def _desk(args: argparse.Namespace) -> Any:
    from digiamt_desk.services.desk import open_desk

    return open_desk(args.db, reviewer=args.reviewer, daily_backup=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from digiamt_desk.services.demo import create_demo
    from digiamt_desk.services.desk import default_database_path

    target = Path(args.db) if args.db else default_database_path()
    created = create_demo(target, force=args.force)
    if args.json:
        _print_json({"database": str(target), "applications": created})
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

    desk = _desk(args)
    report = import_source(desk, args.source, ars=args.ars, mapping=_mapping(args.map))
    if args.json:
        _print_json(report.as_dict())
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


def _summary_lines(summary: Any) -> list[str]:
    verdict = "eligible" if summary.eligible else f"not eligible ({summary.missing} missing)"
    return [
        f"{summary.name} ({summary.kind}) [{summary.ars}] - {summary.status.value}",
        f"  procedures: {summary.procedures}  accepted: {summary.accepted}  rejected: "
        f"{summary.rejected}  open: {summary.open}  merged duplicates: "
        f"{summary.duplicates_merged}",
        f"  counted: {summary.counted} of {summary.threshold} (criteria {summary.criteria_version})"
        f" -> {verdict}",
    ]


def cmd_applications(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import list_applications

    rows = list_applications(_desk(args))
    if args.json:
        _print_json([{"id": r.application.id, "reference": r.application.reference,
                      "received_on": r.application.received_on, "reviewer":
                      r.application.reviewer, **r.summary.as_dict()} for r in rows])
        return 0
    if not rows:
        print("No applications yet. Import a procedure list with 'digiamt import FILE --ars KEY'.")
    for r in rows:
        s = r.summary
        print(f"{r.application.reference:20} {s.name[:34]:34} {s.kind[:18]:18} "
              f"{STATUS_LABELS_DE[s.status]:22} {s.counted:>4}/{s.threshold:<3} "
              f"{'eligible' if s.eligible else ''}")
    return 0


def _application(desk: Any, key: str) -> Any:
    from digiamt_desk.services.applications import find_application

    return find_application(desk, key)


def cmd_new(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import create_application

    desk = _desk(args)
    application = create_application(desk, args.key, head_title=args.head_title or "",
                                     head_name=args.head_name or "", address=args.address,
                                     reference=args.reference)
    if args.json:
        _print_json(application.model_dump())
    else:
        print(f"{application.reference}: application of {application.official_name} created")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import summary

    desk = _desk(args)
    application = _application(desk, args.key)
    result = summary(desk, application)
    if args.json:
        _print_json({"reference": application.reference, **result.as_dict()})
    else:
        print(f"{application.reference}: " + "\n".join(_summary_lines(result)))
    return 0


def cmd_procedures(args: argparse.Namespace) -> int:
    from digiamt_desk.services.procedures import list_procedures

    desk = _desk(args)
    application = _application(desk, args.key)
    rows = list_procedures(desk, application.id)
    if args.decision:
        rows = [r for r in rows if r.decision == args.decision]
    if args.json:
        _print_json([r.as_dict(desk) for r in rows])
        return 0
    for r in rows:
        reason = f"  ({r.reason_label(desk)})" if r.decision == "rejected" else ""
        print(f"{r.id:>7}  {r.decision:9} {r.title[:50]:50} {r.url}{reason}")
    return 0


def _change_output(args: argparse.Namespace, result: Any, verb: str) -> int:
    if args.json:
        _print_json(result.as_dict())
        return 0
    print(f"{verb}: {len(result.changed)} changed, {len(result.unchanged)} already so")
    for pid, why in result.refused:
        print(f"  procedure {pid} not accepted: {why}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import decide

    desk = _desk(args)
    application = _application(desk, args.key)
    if args.accept:
        decision = Decision.ACCEPTED
    elif args.reject:
        decision = Decision.REJECTED
        if not args.reason:
            raise CliError("--reject needs --reason (a reason code or label of the catalog, "
                           "or free text)")
    else:
        decision = Decision.OPEN
    ids = None if args.all_open else args.procedure
    result = decide(desk, application.id, ids, decision, reason=args.reason or "",
                    reason_text=args.text or "")
    return _change_output(args, result, decision.value)


def cmd_criterion(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import set_criterion

    desk = _desk(args)
    application = _application(desk, args.key)
    met = True if args.met else False if args.not_met else None
    result = set_criterion(desk, application.id, args.procedure, args.criterion, met)
    return _change_output(args, result, f"criterion {args.criterion}")


def cmd_note(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import set_note

    desk = _desk(args)
    application = _application(desk, args.key)
    return _change_output(args, set_note(desk, application.id, args.procedure, args.text), "note")


def cmd_undo(args: argparse.Namespace) -> int:
    from digiamt_desk.services import review

    desk = _desk(args)
    application = _application(desk, args.key)
    action = review.redo if args.command == "redo" else review.undo
    done = action(desk, application.id)
    if done is None:
        print(f"nothing to {args.command}")
        return 1
    print(f"{args.command} done (change {done})")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import history

    desk = _desk(args)
    application = _application(desk, args.key)
    lines = history(desk, application.id, args.procedure)
    if args.json:
        _print_json([line.__dict__ for line in lines])
        return 0
    for line in lines:
        print(f"{line.at:%Y-%m-%d %H:%M} {line.by:12} {line.action:9} #{line.procedure_id:<7} "
              f"{line.field}: {line.old!r} -> {line.new!r}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from digiamt_desk.services import applications

    desk = _desk(args)
    application = _application(desk, args.key)
    if args.set:
        application = applications.set_status(desk, application.id, Status(args.set),
                                              note=args.note or "")
    events = applications.status_history(desk, application.id)
    decisions = applications.final_decisions(desk, application.id)
    if args.json:
        _print_json({
            "reference": application.reference, "ars": application.ars,
            "status": application.status,
            "events": [{"status": e.status, "at": e.at, "by": e.by, "reopened": e.reopened,
                        "note": e.note} for e in events],
            "final_decisions": [d.model_dump(exclude={"id", "application_id"})
                                for d in decisions],
        })
        return 0
    print(f"{application.reference} {application.name}: "
          f"{STATUS_LABELS_DE[Status(application.status)]} ({application.status})")
    for e in events:
        flag = " (reopened)" if e.reopened else ""
        print(f"  {e.at:%Y-%m-%d %H:%M} {e.status}{flag} by {e.by}"
              f"{': ' + e.note if e.note else ''}")
    for d in decisions:
        print(f"  decision {d.status} on {d.at:%Y-%m-%d}: {d.counted} of {d.threshold} counted "
              f"(criteria {d.criteria_version})")
    return 0


def _entry_dict(row: Any) -> dict[str, Any]:
    return dict(row.model_dump(exclude={"search_text"}))


def cmd_register(args: argparse.Namespace) -> int:
    from digiamt_desk.services import register

    desk = _desk(args)
    if args.action == "search":
        rows = register.search(desk, " ".join(args.terms), limit=args.limit)
        if args.json:
            _print_json([_entry_dict(r) for r in rows])
        for r in rows if not args.json else []:
            where = ", ".join(x for x in (r.landkreis, r.regierungsbezirk) if x)
            print(f"{r.key:12} {r.official_name:50} {r.kind:24} {where}")
        return 0
    if args.action == "show":
        row = register.lookup(desk, args.terms[0], include_inactive=True)
        if args.json:
            _print_json(_entry_dict(row))
        else:
            for name, value in _entry_dict(row).items():
                print(f"{name:18} {value}")
        return 0
    if args.action == "update":
        report = register.replace_register(desk, Path(args.terms[0]))
        if args.json:
            _print_json(report.as_dict())
        else:
            print(f"register edition {report.edition}: {len(report.added)} added, "
                  f"{len(report.renamed)} renamed, {len(report.moved)} moved, "
                  f"{len(report.retired)} retired, {report.unchanged} unchanged")
            for ars, old, new in report.renamed:
                print(f"  renamed {ars}: {old} -> {new}")
        return 0
    print(register.ATTRIBUTION)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import (
        DEFAULT_REFERENCE_PATTERN,
        REFERENCE_PATTERN_KEY,
        validate_reference_pattern,
    )
    from digiamt_desk.services.documents import SETTING_DEFAULTS, save_settings
    from digiamt_desk.store.backups import DEFAULT_RETENTION, RETENTION_SETTINGS

    desk = _desk(args)
    # How many backups of each kind are kept (daily, before migrations and updates, by hand).
    backup_bounds = {key: str(DEFAULT_RETENTION.bound(kind))
                     for key, kind in RETENTION_SETTINGS.items()}
    known = {REFERENCE_PATTERN_KEY: DEFAULT_REFERENCE_PATTERN, **SETTING_DEFAULTS,
             **backup_bounds}
    changes: dict[str, str] = {}
    for pair in args.set or []:
        key, sep, value = pair.partition("=")
        if not sep or key not in known:
            raise CliError(f"--set takes KEY=VALUE with KEY one of {sorted(known)}")
        # Lines (address, contact) are written with a literal \n on the command line.
        changes[key] = value.replace("\\n", "\n")
    if REFERENCE_PATTERN_KEY in changes:
        validate_reference_pattern(changes[REFERENCE_PATTERN_KEY])
    for key in backup_bounds.keys() & changes.keys():
        if not changes[key].isdigit() or int(changes[key]) < 1:
            raise CliError(f"{key} takes a number of copies (1 or more), not '{changes[key]}'")
        desk.set_setting(key, changes.pop(key))
    save_settings(desk, {k: v for k, v in changes.items() if k != REFERENCE_PATTERN_KEY})
    if REFERENCE_PATTERN_KEY in changes:
        desk.set_setting(REFERENCE_PATTERN_KEY, changes[REFERENCE_PATTERN_KEY])
    for key, default in known.items():
        value = desk.setting(key, default).replace("\n", "\\n")
        print(f"{key} = {value}")
    return 0


def cmd_documents(args: argparse.Namespace) -> int:
    from datetime import date

    from digiamt_desk.services import documents

    desk = _desk(args)
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
        ids = [_application(desk, key).id for key in args.keys]
    # Everything is checked (templates, eligibility, settings) before the first file is written.
    prepared = [documents.prepare(desk, application_id, on=on) for application_id in ids]
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
        _print_json(results)
    else:
        for result in results:
            for path in result["files"]:
                print(path)
    return 0


EXIT_OFFLINE = 3  # `check`: this computer has no network; earlier results were kept


def cmd_check(args: argparse.Namespace) -> int:
    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.services.checks import run_checks
    from digiamt_desk.services.procedures import list_procedures

    settings = CheckSettings(timeout=args.timeout, concurrency=args.concurrency,
                             per_host=args.per_host, read_pages=not args.no_pages)
    try:
        settings.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    desk = _desk(args)
    application = _application(desk, args.key)
    show_progress = sys.stderr.isatty() and not args.json

    def progress(_phase: str, done: int, total: int) -> None:
        if show_progress:
            print(f"\rchecked {done} of {total}", end="", file=sys.stderr, flush=True)

    report = run_checks(desk, application.id, args.procedure, settings=settings,
                        progress=progress)
    if show_progress:
        print(file=sys.stderr)
    titles = {p.id: p.title for p in list_procedures(desk, application.id,
                                                      [r.procedure_id for r in report.results])}
    if args.json:
        _print_json([{"id": r.procedure_id, "title": titles.get(r.procedure_id, ""),
                      **r.as_dict()} for r in report.results])
    else:
        for r in report.results:
            form = {True: "form", False: "no form", None: ""}[r.online_form]
            level = "" if r.effective_maturity is None else str(r.effective_maturity)
            print(f"{r.procedure_id:>7}  {r.status:18} {r.http_status or '':>3}  "
                  f"{form:7}  {' '.join(r.hints):24} {level:1}  {r.url}"
                  + (f" -> {r.final_url}" if r.final_url and r.final_url != r.url else ""))
        judged = {s: n for s, n in report.counts.items() if s != "no_network"}
        counts = ", ".join(f"{status}: {n}" for status, n in sorted(judged.items()))
        print(f"{application.reference}: {sum(judged.values())} of {len(report.results)} "
              f"checked" + (f" ({counts})" if counts else ""))
    if report.offline:
        print("digiamt: no network: the check stopped; earlier results were kept",
              file=sys.stderr)
        return EXIT_OFFLINE
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from digiamt_desk.services import checks

    desk = _desk(args)
    application = _application(desk, args.key)
    if args.merge:
        keep, merge = args.merge
        result = checks.merge_duplicate(desk, application.id, keep, merge)
        print(f"procedure {merge} merged into {keep} (change {result.change_set_id}; "
              f"'digiamt undo {args.key}' takes it back)")
        return 0
    if args.unmerge is not None:
        checks.unmerge_duplicate(desk, application.id, args.unmerge)
        print(f"procedure {args.unmerge} is no longer merged")
        return 0
    if args.dismiss:
        checks.dismiss_duplicate(desk, application.id, *args.dismiss)
        print(f"procedures {args.dismiss[0]} and {args.dismiss[1]} are not proposed again")
        return 0
    proposals = checks.duplicate_proposals(desk, application.id)
    merged = checks.merged_procedures(desk, application.id)
    if args.json:
        _print_json({"proposals": [p.as_dict() for p in proposals],
                     "merged": [{"merged": m, "into": k} for m, k in merged]})
        return 0
    for p in proposals:
        print(f"{p.keep_id:>7} <- {p.merge_id:<7} {p.reason:14} {p.evidence}")
    for m, k in merged:
        print(f"{k:>7} <- {m:<7} merged")
    if not proposals and not merged:
        print("no duplicates proposed")
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="digiamt", description="DigiAmt Desk: review applications for 'Digitales Amt'.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--db", help="database file (default: $DIGIAMT_DB or the user data "
                        "folder)")
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

    demo = add("demo", cmd_demo, "create the demo database")
    demo.add_argument("--force", action="store_true", help="replace an existing database")
    imp = add("import", cmd_import, "import a procedure list (file or http(s) URL)")
    imp.add_argument("source")
    imp.add_argument("--ars", help="the applicant's key (ARS, AGS, ...) if the file names none")
    imp.add_argument("--map", action="append", metavar="FIELD=COLUMN",
                     help="take FIELD (title, url, leika, provider, ars, ozgid) from COLUMN")
    add("applications", cmd_applications, "list the applications")
    new = add("new", cmd_new, "create an application for an authority of the register")
    new.add_argument("key", help="ARS, AGS or key of the applicant")
    new.add_argument("--head-title", help="e.g. 'Erster Bürgermeister', 'Landrätin'")
    new.add_argument("--head-name")
    new.add_argument("--address", help="postal address, lines separated by newlines")
    new.add_argument("--reference", help="Aktenzeichen (default: from the pattern)")
    summ = add("summary", cmd_summary, "counts and eligibility of an application")
    summ.add_argument("key", help="ARS or AGS of the applicant, or the reference")
    procs = add("procedures", cmd_procedures, "the procedures of an application")
    procs.add_argument("key")
    procs.add_argument("--decision", choices=[d.value for d in Decision])
    decide = add("decide", cmd_decide, "accept or reject procedures")
    decide.add_argument("key")
    which = decide.add_mutually_exclusive_group(required=True)
    which.add_argument("--procedure", type=int, nargs="+", metavar="ID")
    which.add_argument("--all-open", action="store_true")
    verdict = decide.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--accept", action="store_true")
    verdict.add_argument("--reject", action="store_true")
    verdict.add_argument("--reopen", action="store_true", help="set back to open")
    decide.add_argument("--reason", help="reason code or label from the catalog, or free text")
    decide.add_argument("--text", help="free text added to the reason")
    crit = add("criterion", cmd_criterion, "record a criterion for procedures")
    crit.add_argument("key")
    crit.add_argument("--procedure", type=int, nargs="+", metavar="ID", required=True)
    crit.add_argument("--criterion", required=True,
                      help="administrative_service, electronic_submission, on_bayernportal")
    state = crit.add_mutually_exclusive_group(required=True)
    state.add_argument("--met", action="store_true")
    state.add_argument("--not-met", action="store_true")
    state.add_argument("--clear", action="store_true")
    note = add("note", cmd_note, "set the note of a procedure")
    note.add_argument("key")
    note.add_argument("--procedure", type=int, required=True, metavar="ID")
    note.add_argument("--text", required=True)
    for name in ("undo", "redo"):
        command = add(name, cmd_undo, f"{name} the last review change of an application",
                      json_flag=False)
        command.add_argument("key")
    hist = add("history", cmd_history, "the change history of an application")
    hist.add_argument("key")
    hist.add_argument("--procedure", type=int, metavar="ID")
    status = add("status", cmd_status, "show or set the status of an application")
    status.add_argument("key")
    status.add_argument("--set", choices=[s.value for s in Status])
    status.add_argument("--note")
    reg = add("register", cmd_register, "search, show or update the register of authorities")
    reg.add_argument("action", choices=["search", "show", "update", "info"])
    reg.add_argument("terms", nargs="*", help="search words, a key, or a GV100AD file")
    reg.add_argument("--limit", type=int, default=30)
    settings = add("settings", cmd_settings, "show or change settings of this database",
                   json_flag=False)
    settings.add_argument("--set", action="append", metavar="KEY=VALUE",
                          help="change a setting; write a line break as \\n")
    docs = add("documents", cmd_documents, "write the award letter, certificate and signet of "
               "eligible applications, the rejection or query letter of the others")
    which_docs = docs.add_mutually_exclusive_group(required=True)
    which_docs.add_argument("keys", nargs="*", default=[], metavar="KEY",
                            help="ARS, AGS or reference of the application")
    which_docs.add_argument("--all-awarded", action="store_true",
                            help="every application with the status 'awarded'")
    docs.add_argument("--out", required=True, help="folder for the files")
    docs.add_argument("--date", help="date of the letters (YYYY-MM-DD; default: today)")
    check = add("check", cmd_check, "check the links of an application's procedures: "
                "reachable, redirected, broken; hints of 'information only'; exit status 3 "
                "when offline")
    check.add_argument("key", help="ARS, AGS or reference of the application")
    check.add_argument("--procedure", type=int, nargs="+", metavar="ID",
                       help="only these procedures")
    check.add_argument("--timeout", type=float, default=15.0, metavar="S",
                       help="seconds per link at most (default 15)")
    check.add_argument("--concurrency", type=int, default=16, metavar="N",
                       help="requests at once (default 16)")
    check.add_argument("--per-host", type=int, default=6, metavar="N",
                       help="requests at once to one host (default 6)")
    check.add_argument("--no-pages", action="store_true",
                       help="do not read pages (no form detection; HEAD requests where possible)")
    dups = add("duplicates", cmd_duplicates, "procedures that are probably the same under "
               "different links or titles; merge, unmerge or dismiss them")
    dups.add_argument("key", help="ARS, AGS or reference of the application")
    action = dups.add_mutually_exclusive_group()
    action.add_argument("--merge", type=int, nargs=2, metavar=("KEEP", "MERGE"),
                        help="merge procedure MERGE into KEEP (it counts once; undo takes it "
                        "back)")
    action.add_argument("--unmerge", type=int, metavar="ID", help="end the merge of ID")
    action.add_argument("--dismiss", type=int, nargs=2, metavar=("ID", "ID"),
                        help="the two are not the same: do not propose them again")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # document batches use worker processes (frozen bundle)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "register" and args.action in ("show", "update") and not args.terms:
        parser.error(f"register {args.action} needs an argument")
    try:
        return int(args.handler(args))
    except (InputError, ReviewError, StoreError, CliError) as exc:
        print(f"digiamt: error: {exc}", file=sys.stderr)
        return EXIT_INPUT
    except OSError as exc:  # a file that is missing, unreadable or a folder
        print(f"digiamt: error: {exc.filename or ''}: {exc.strerror or exc}", file=sys.stderr)
        return EXIT_INPUT
    except BrokenPipeError:  # the output went to `head` or a closed pager
        return 0
    except KeyboardInterrupt:
        print("digiamt: interrupted; nothing of the running step was saved", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
