"""Team mode: `team init`, `team add-user`, `approve`, `assign`, `checkout`, `checkin`."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)


def cmd_team(args: argparse.Namespace) -> int:
    from digiamt_desk.services import team

    if not args.db:
        raise CliError("team commands need --db postgresql://ADMIN@HOST/DATABASE")
    desk = open_desk_for(args)
    try:
        if args.action == "init":
            setup = team.init_team(desk)
            result = {"database": setup.database, "owner": setup.owner,
                      "roles": list(setup.roles)}
            message = (f"team mode on for {setup.database}: roles {', '.join(setup.roles)}; "
                       f"{setup.owner} is administrator. Add logins with 'digiamt team "
                       "add-user LOGIN --role reviewer|approver|admin'.")
        else:
            if not args.login or not args.role:
                raise CliError("team add-user needs LOGIN and --role reviewer|approver|admin")
            password = None
            if args.password:
                password = getpass.getpass(f"password for {args.login}: ")
                if password != getpass.getpass("again: "):
                    raise CliError("the two passwords differ; nothing was changed")
            message = team.add_user(desk, args.login, args.role, password=password)
            result = {"login": args.login, "role": args.role, "done": message}
    finally:
        desk.close()
    print_json(result) if args.json else print(message)
    return 0


def cmd_approve(args: argparse.Namespace) -> int:
    from digiamt_desk.services.approval import approve

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    approved = approve(desk, application.id, args.note or "")
    if args.json:
        print_json({"reference": application.reference, **approved.__dict__})
    else:
        print(f"{application.reference} {application.name}: {approved.status} by "
              f"{approved.decided_by}, approved by {approved.approved_by}")
    return 0


def cmd_assign(args: argparse.Namespace) -> int:
    from digiamt_desk.services.assignment import assign

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    line = assign(desk, application.id, args.assignee)
    if args.json:
        print_json({"reference": application.reference, **line.__dict__})
    else:
        print(f"{application.reference} {application.name}: assigned to "
              f"{line.assignee or 'nobody'} (before: {line.previous or 'nobody'})")
    return 0


def cmd_checkout(args: argparse.Namespace) -> int:
    from digiamt_desk.services import offline

    desk = open_desk_for(args)
    applications = [application_of(desk, key) for key in args.keys]
    if args.release:
        for application in applications:
            offline.release(desk, application.id, args.note or "")
            print(f"{application.reference}: checkout ended without its changes")
        return 0
    if not args.to:
        raise CliError("checkout needs --to FILE.sqlite (or --release with --note)")
    token = offline.checkout(desk, [a.id for a in applications], Path(args.to))
    if args.json:
        print_json({"file": args.to, "token": token,
                    "applications": [a.reference for a in applications]})
    else:
        print(f"checked out to {args.to}: {', '.join(a.reference for a in applications)}")
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from digiamt_desk.services import offline

    desk = open_desk_for(args)
    report = offline.checkin(desk, Path(args.file))
    if args.json:
        print_json(report.as_dict())
    elif report.change_sets or report.status_events or report.final_decisions:
        print(f"checked in {', '.join(report.applications)}: {report.change_sets} changes, "
              f"{report.status_events} status steps, {report.final_decisions} final decisions "
              f"({report.procedures} procedures)")
    else:
        print(f"checked in {', '.join(report.applications)}: nothing new "
              f"({report.already_there} changes were there already)")
    return 0


def register(add: AddCommand) -> None:
    team = add("team", cmd_team, "set up team mode on a PostgreSQL server (administrator)")
    team.add_argument("action", choices=("init", "add-user"))
    team.add_argument("login", nargs="?", help="the login to create or change (add-user)")
    team.add_argument("--role", choices=("reviewer", "approver", "admin"))
    team.add_argument("--password", action="store_true",
                      help="ask for the login's password (stored hashed by the server)")
    approve = add("approve", cmd_approve, "approve the final decision of an application "
                  "(four eyes)")
    approve.add_argument("key")
    approve.add_argument("--note")
    assign = add("assign", cmd_assign, "assign an application to a reviewer ('' for nobody)")
    assign.add_argument("key")
    assign.add_argument("assignee")
    checkout = add("checkout", cmd_checkout, "take applications along into a SQLite file")
    checkout.add_argument("keys", nargs="+", metavar="KEY")
    checkout.add_argument("--to", help="the new SQLite file")
    checkout.add_argument("--release", action="store_true",
                          help="end the checkout without its changes (administrator)")
    checkout.add_argument("--note", help="why a checkout ends without its changes")
    checkin = add("checkin", cmd_checkin, "bring the offline changes of a checked-out file back")
    checkin.add_argument("file")
