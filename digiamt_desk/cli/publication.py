"""After the award: the public list, the figures, candidates and their invitations, re-checks."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from digiamt_desk.cli.common import (
    EXIT_OFFLINE,
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)


def _date(text: str | None) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        raise CliError(f"--date takes YYYY-MM-DD, not '{text}'") from exc


def cmd_publish(args: argparse.Namespace) -> int:
    from digiamt_desk.services import publish

    desk = open_desk_for(args)
    publication = publish.build_publication(desk, on=_date(args.date))
    written = publish.write_publication(publication, Path(args.out))
    if args.json:
        print_json({"awards": len(publication.awards), "files": [str(p) for p in written]})
    else:
        for path in written:
            print(path)
        print(f"{len(publication.awards)} awarded authorities listed", file=sys.stderr)
    return 0


def cmd_publish_link(args: argparse.Namespace) -> int:
    from digiamt_desk.services import publish

    if (args.url is None) == (not args.clear):
        raise CliError("give the URL of the authority's online services, or --clear")
    desk = open_desk_for(args)
    ars = publish.set_service_link(desk, args.key, None if args.clear else args.url)
    print(f"{ars}: {'link removed' if args.clear else args.url}")
    return 0


def _percent(share: float | None) -> str:
    return "–" if share is None else f"{share * 100:.1f} %"


def cmd_stats(args: argparse.Namespace) -> int:
    from digiamt_desk.services.stats import compute_statistics

    desk = open_desk_for(args)
    figures = compute_statistics(desk)
    if args.json:
        print_json(figures.as_dict())
        return 0
    data = figures.as_dict()
    print(f"Applications: {figures.applications}, awards in force: {figures.awards}")
    print("By status: " + ", ".join(f"{s['status']} {s['count']}" for s in data["by_status"]))
    print("Awards per month (cumulative):")
    for month in figures.awards_per_month:
        print(f"  {month.month}  {month.awards:4}  {month.cumulative:5}")
    for title, shares in (("By Regierungsbezirk", figures.by_regierungsbezirk),
                          ("By kind", figures.by_kind)):
        print(f"{title} (awarded of the register):")
        for share in shares:
            print(f"  {share.group:24} {share.awarded:4} of {share.register:5}  "
                  f"{_percent(share.share)}")
    days = figures.decision_days
    if days.count:
        print(f"Days from receipt to decision ({days.count}): median {days.median:g}, "
              f"quartiles {days.q1:g} and {days.q3:g}, {days.minimum} to {days.maximum}")
    print("Most frequent rejection reasons (procedures):")
    for reason in figures.rejection_reasons:
        print(f"  {reason.procedures:6}  {reason.label}")
    print("Procedures counted per award:")
    for counted in figures.counted_per_award:
        print(f"  {counted.label:10} {counted.awards:4}")
    return 0


def cmd_candidates(args: argparse.Namespace) -> int:
    from digiamt_desk.services import candidates

    desk = open_desk_for(args)
    found = candidates.list_candidates(desk)
    if args.csv:
        Path(args.csv).write_bytes(candidates.candidates_csv(found))
    if args.json:
        print_json([c.as_dict() for c in found])
        return 0
    for c in found:
        print(f"{c.key:12} {c.official_name:44} {c.countable:5} of {c.threshold:3} needed  "
              f"({c.regierungsbezirk})")
    print(f"{len(found)} candidates", file=sys.stderr)
    return 0


def cmd_invite(args: argparse.Namespace) -> int:
    from digiamt_desk.services import candidates, invitations

    desk = open_desk_for(args)
    found = candidates.list_candidates(desk)
    if args.all:
        chosen = found
    else:
        wanted = {application_of(desk, key).ars for key in args.keys}
        chosen = [c for c in found if c.ars in wanted]
        missing = wanted - {c.ars for c in chosen}
        if missing:
            raise CliError(f"no candidate: {', '.join(sorted(missing))} (only authorities "
                           "whose screened list reaches the threshold and that have not "
                           "applied are invited)")
    if not chosen:
        raise CliError("no candidates in this database")
    written = invitations.write_invitations(desk, chosen, Path(args.out), on=_date(args.date))
    if args.json:
        print_json([str(p) for p in written])
    else:
        for path in written:
            print(path)
    return 0


def cmd_recheck(args: argparse.Namespace) -> int:
    from digiamt_desk.checks.links import CheckSettings
    from digiamt_desk.services import recheck

    settings = CheckSettings(timeout=args.timeout, concurrency=args.concurrency,
                             per_host=args.per_host, read_pages=False,
                             allow_private_networks=args.allow_private_networks)
    try:
        settings.validate()
    except ValueError as exc:
        raise CliError(str(exc)) from exc
    desk = open_desk_for(args)
    ids = None if args.all_awarded else [application_of(desk, key).id for key in args.keys]
    awards = recheck.awards_to_recheck(desk, ids)
    if not awards:
        raise CliError("no awarded authority in this database")
    show_progress = sys.stderr.isatty() and not args.json

    def progress(_phase: str, done: int, total: int) -> None:
        if show_progress:
            print(f"\rchecked {done} of {total} links", end="", file=sys.stderr, flush=True)

    report = recheck.run_recheck(desk, awards, settings=settings, progress=progress)
    if show_progress:
        print(file=sys.stderr)
    if report.offline:
        print("digiamt: no network: the re-check stopped; nothing was kept", file=sys.stderr)
        return EXIT_OFFLINE
    assert report.run_id is not None
    changes = recheck.compare(desk, report.run_id)
    if args.json:
        print_json({"run": report.run_id, "at": report.at.isoformat(),
                    "cancelled": report.cancelled,
                    "authorities": [c.as_dict() for c in changes]})
        return 0
    _print_changes(changes)
    return 0


def _print_changes(changes: list[Any]) -> None:
    below = [c for c in changes if c.now.below]
    for change in changes:
        now = change.now
        mark = "BELOW" if now.below else "ok   "
        before = (f" (before: {change.previous.reachable})" if change.previous is not None
                  else "")
        print(f"{mark} {now.name:44} {now.reachable:4} of {now.counted:4} reachable, "
              f"{now.threshold} needed{before}")
        for dead in now.dead if now.below else change.newly_dead:
            new = " (new)" if change.previous is not None and dead in change.newly_dead else ""
            print(f"        {dead.status:14} {dead.url}{new}")
        for back in change.recovered:
            print(f"        back online    {back.url}")
    print(f"{len(below)} of {len(changes)} awarded authorities below their threshold",
          file=sys.stderr)


def register(add: AddCommand) -> None:
    publish = add("publish", cmd_publish, "write the public list of awarded authorities: "
                  "HTML pages, CSV (German Excel) and JSON with its schema")
    publish.add_argument("--out", required=True, help="folder for the files")
    publish.add_argument("--date", help="date of the list (YYYY-MM-DD; default: today)")
    link = add("publish-link", cmd_publish_link, "set the link to an authority's online "
               "services shown in the public list", json_flag=False)
    link.add_argument("key", metavar="KEY", help="ARS, AGS or key of the authority")
    link.add_argument("url", nargs="?", help="https://... (the authority's services page)")
    link.add_argument("--clear", action="store_true", help="remove the link")
    add("stats", cmd_stats, "figures: applications by status, awards per month, by "
        "Regierungsbezirk and kind, days to decision, rejection reasons, counts per award")
    cand = add("candidates", cmd_candidates, "authorities whose screened list reaches the "
               "threshold and that have not applied")
    cand.add_argument("--csv", metavar="FILE", help="also write the list as CSV (German Excel)")
    invite = add("invite", cmd_invite, "write the invitation letter for candidates")
    which = invite.add_mutually_exclusive_group(required=True)
    which.add_argument("keys", nargs="*", default=[], metavar="KEY",
                       help="ARS, AGS or key of the candidate")
    which.add_argument("--all", action="store_true", help="every candidate")
    invite.add_argument("--out", required=True, help="folder for the letters")
    invite.add_argument("--date", help="date of the letters (YYYY-MM-DD; default: today)")
    again = add("recheck", cmd_recheck, "check the counted procedures of awarded authorities "
                "again; lists those below their threshold and what changed since the last "
                "re-check")
    which_again = again.add_mutually_exclusive_group(required=True)
    which_again.add_argument("keys", nargs="*", default=[], metavar="KEY",
                             help="ARS, AGS or reference of an awarded application")
    which_again.add_argument("--all-awarded", action="store_true",
                             help="every authority with an award in force")
    again.add_argument("--timeout", type=float, default=15.0, help="seconds per link")
    again.add_argument("--concurrency", type=int, default=16, help="requests at once")
    again.add_argument("--per-host", type=int, default=6, help="requests at once per host")
    again.add_argument("--allow-private-networks", action="store_true",
                       help="let the check connect to loopback and private addresses (else "
                       "the setting checks.allow_private_networks=yes)")
