"""Commands of the review: applications, procedures, decisions, history, status."""

from __future__ import annotations

import argparse
from typing import Any

from digiamt_desk.cli.common import (
    AddCommand,
    CliError,
    application_of,
    open_desk_for,
    print_json,
)
from digiamt_desk.domain.review import STATUS_LABELS_DE, Decision, Status


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

    if args.screening:
        return _screening(args)
    rows = list_applications(open_desk_for(args))
    if args.json:
        print_json([{"id": r.application.id, "reference": r.application.reference,
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


def _screening(args: argparse.Namespace) -> int:
    from digiamt_desk.services.screening import screening_list

    rows = screening_list(open_desk_for(args))
    if args.json:
        print_json([row.as_dict() for row in rows])
        return 0
    for row in rows:
        print(f"{row.ars} {row.name[:34]:34} {row.kind[:18]:18} {row.web_links:>4}/"
              f"{row.threshold:<3} {'reaches the threshold' if row.reaches_threshold else ''}"
              f"{' (has an application)' if row.has_application else ''}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import create_application

    desk = open_desk_for(args)
    application = create_application(desk, args.key, head_title=args.head_title or "",
                                     head_name=args.head_name or "", address=args.address,
                                     reference=args.reference)
    if args.json:
        print_json(application.model_dump())
    else:
        print(f"{application.reference}: application of {application.official_name} created")
    return 0


def cmd_summary(args: argparse.Namespace) -> int:
    from digiamt_desk.services.applications import summary

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    result = summary(desk, application)
    if args.json:
        print_json({"reference": application.reference, **result.as_dict()})
    else:
        print(f"{application.reference}: " + "\n".join(_summary_lines(result)))
    return 0


def cmd_procedures(args: argparse.Namespace) -> int:
    from digiamt_desk.services.procedures import list_procedures

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    rows = list_procedures(desk, application.id)
    if args.decision:
        rows = [r for r in rows if r.decision == args.decision]
    if args.json:
        print_json([r.as_dict(desk) for r in rows])
        return 0
    for r in rows:
        reason = f"  ({r.reason_label(desk)})" if r.decision == "rejected" else ""
        print(f"{r.id:>7}  {r.decision:9} {r.title[:50]:50} {r.url}{reason}")
    return 0


def _change_output(args: argparse.Namespace, result: Any, verb: str) -> int:
    if args.json:
        print_json(result.as_dict())
        return 0
    print(f"{verb}: {len(result.changed)} changed, {len(result.unchanged)} already so")
    for pid, why in result.refused:
        print(f"  procedure {pid} not accepted: {why}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import decide

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
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

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    met = True if args.met else False if args.not_met else None
    result = set_criterion(desk, application.id, args.procedure, args.criterion, met)
    return _change_output(args, result, f"criterion {args.criterion}")


def cmd_note(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import set_note

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    return _change_output(args, set_note(desk, application.id, args.procedure, args.text), "note")


def cmd_undo(args: argparse.Namespace) -> int:
    from digiamt_desk.services import review

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    action = review.redo if args.command == "redo" else review.undo
    done = action(desk, application.id)
    if done is None:
        print(f"nothing to {args.command}")
        return 1
    print(f"{args.command} done (change {done})")
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    from digiamt_desk.services.review import history

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    lines = history(desk, application.id, args.procedure)
    if args.json:
        print_json([line.__dict__ for line in lines])
        return 0
    for line in lines:
        print(f"{line.at:%Y-%m-%d %H:%M} {line.by:12} {line.action:9} #{line.procedure_id:<7} "
              f"{line.field}: {line.old!r} -> {line.new!r}")
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from digiamt_desk.services import applications

    desk = open_desk_for(args)
    application = application_of(desk, args.key)
    if args.set == Status.AWARDED.value and not args.json:
        from digiamt_desk.services.awarding import awarding_summary

        print("\n".join(awarding_summary(desk, application).lines()))  # what is confirmed
    if args.set:
        application = applications.set_status(desk, application.id, Status(args.set),
                                              note=args.note or "")
    events = applications.status_history(desk, application.id)
    decisions = applications.final_decisions(desk, application.id)
    if args.json:
        print_json({
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
        approved = (f"; approved by {d.approved_by} on {d.approved_at:%Y-%m-%d}"
                    if d.approved_by and d.approved_at else "")
        print(f"  decision {d.status} by {d.by} on {d.at:%Y-%m-%d}: {d.counted} of "
              f"{d.threshold} counted (criteria {d.criteria_version}){approved}")
    return 0


def register(add: AddCommand) -> None:
    apps = add("applications", cmd_applications, "list the applications")
    apps.add_argument("--screening", action="store_true",
                      help="the screening applications of a Land-wide import: web links found "
                      "against the threshold")
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
