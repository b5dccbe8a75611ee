"""The automatic pre-checks: links and duplicates."""

from __future__ import annotations

import argparse
import sys

from digiamt_desk.cli.common import (
    EXIT_OFFLINE,
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)


def cmd_check(args: argparse.Namespace) -> int:
    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.services.checks import run_checks
    from digiamt_desk.services.procedures import list_procedures

    settings = CheckSettings(timeout=args.timeout, concurrency=args.concurrency,
                             per_host=args.per_host, read_pages=not args.no_pages,
                             allow_private_networks=args.allow_private_networks)
    try:
        settings.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    desk = open_desk_for(args)
    application = application_of(desk, args.key)
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
        print_json([{"id": r.procedure_id, "title": titles.get(r.procedure_id, ""),
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

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
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
        print_json({"proposals": [p.as_dict() for p in proposals],
                     "merged": [{"merged": m, "into": k} for m, k in merged]})
        return 0
    for p in proposals:
        print(f"{p.keep_id:>7} <- {p.merge_id:<7} {p.reason:14} {p.evidence}")
    for m, k in merged:
        print(f"{k:>7} <- {m:<7} merged")
    if not proposals and not merged:
        print("no duplicates proposed")
    return 0


def register(add: AddCommand) -> None:
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
    check.add_argument("--allow-private-networks", action="store_true",
                       help="also connect to loopback, private, link-local and multicast "
                       "addresses (an intranet portal, a test server); without it such a link "
                       "is reported as pointing into a private network (setting: "
                       "checks.allow_private_networks=yes)")
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
