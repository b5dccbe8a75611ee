"""Messages of the services in the user's language.

The services word their messages in English for the command line; a ReviewError, a refused
acceptance (domain.review.Blocker) and a change of the history carry a code and parameters,
worded here through Qt's translations (context "Messages"), never parsed back from English.
What has no code yet (the importers' messages) is shown as the services wrote it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import Blocker, ReviewError
from digiamt_desk.services.changes import ChangeSummary

_STATUS = {
    "received": QT_TRANSLATE_NOOP("Messages", "received"),
    "in_review": QT_TRANSLATE_NOOP("Messages", "in review"),
    "query_sent": QT_TRANSLATE_NOOP("Messages", "query sent"),
    "awarded": QT_TRANSLATE_NOOP("Messages", "awarded"),
    "rejected": QT_TRANSLATE_NOOP("Messages", "rejected"),
    "withdrawn": QT_TRANSLATE_NOOP("Messages", "withdrawn"),
    "open": QT_TRANSLATE_NOOP("Messages", "open"),
    "accepted": QT_TRANSLATE_NOOP("Messages", "accepted"),
}

_REVIEW = {
    "read_only": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} ({name}) is {status} and read-only. Reopen it "
        "first: Application › Set status › In review."),
    "already_final": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} is already {status}. Reopen it (in review) "
        "before deciding again."),
    "not_eligible": QT_TRANSLATE_NOOP(
        "Messages", "Cannot award: {counted} procedures counted, {threshold} needed "
        "({missing} missing)."),
    "same_status": QT_TRANSLATE_NOOP("Messages", "The application is already {status}."),
    "back_to_received": QT_TRANSLATE_NOOP(
        "Messages", "An application cannot go back to \u201creceived\u201d."),
    "reason_needed": QT_TRANSLATE_NOOP("Messages", "A rejection needs a reason."),
    "note_too_long": QT_TRANSLATE_NOOP("Messages", "A note can hold at most {limit} characters."),
    "foreign_procedures": QT_TRANSLATE_NOOP(
        "Messages", "Procedure(s) {ids} do not belong to this application."),
    "unknown_criterion": QT_TRANSLATE_NOOP(
        "Messages", "The criteria catalog has no criterion \u201c{criterion}\u201d."),
    "no_application": QT_TRANSLATE_NOOP("Messages", "The application no longer exists."),
    "merge_self": QT_TRANSLATE_NOOP("Messages", "A procedure cannot be merged into itself."),
    "merge_target_merged": QT_TRANSLATE_NOOP(
        "Messages", "Procedure {procedure} is itself merged into {target}."),
    "already_merged": QT_TRANSLATE_NOOP(
        "Messages", "Procedure {procedure} is already merged into {target}."),
    "not_merged": QT_TRANSLATE_NOOP("Messages", "Procedure {procedure} is not merged."),
    # team mode (issue 13)
    "stale": QT_TRANSLATE_NOOP(
        "Messages", "Procedure {id} was changed meanwhile by {by}: it is now "
        "\u201c{decision}\u201d. Nothing was written; look at it again."),
    "checked_out": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} is checked out for offline work by {by} "
        "({target}); it can be changed when it is checked in."),
    "not_assignee": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} is assigned to {assignee}; only the assignee "
        "decides it."),
    "approver_needed": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} is {status}; only an approver or administrator "
        "may reopen it."),
    "approver_role_needed": QT_TRANSLATE_NOOP(
        "Messages", "{login} has no approver role; an approver approves."),
    "four_eyes": QT_TRANSLATE_NOOP(
        "Messages", "Four eyes: {by} made this decision and cannot approve it; a second person "
        "approves."),
    "already_approved": QT_TRANSLATE_NOOP("Messages", "The decision is approved already."),
    "nothing_to_approve": QT_TRANSLATE_NOOP(
        "Messages", "The application has no final decision (awarded or rejected) to approve."),
    "approval_needed": QT_TRANSLATE_NOOP(
        "Messages", "The decision ({status}, by {by}) awaits approval by a second person; "
        "documents for signature come after it."),
    "same_assignee": QT_TRANSLATE_NOOP(
        "Messages", "Application {reference} is assigned to {assignee} already."),
    "checkout_ended": QT_TRANSLATE_NOOP(
        "Messages", "The checkout of this file has ended already (by {by}); changes made since "
        "stay in the file and were not taken."),
    "not_checkout_owner": QT_TRANSLATE_NOOP(
        "Messages", "The file was checked out by {by}; they check it in."),
    "admin_needed": QT_TRANSLATE_NOOP(
        "Messages", "Only an administrator ends a checkout without its changes."),
}

_BLOCKERS = {
    "mailto_link": QT_TRANSLATE_NOOP(
        "Messages", "its link is an e-mail address: nothing can be sent online"),
    "not_web_link": QT_TRANSLATE_NOOP("Messages", "its link is no web address (http or https)"),
    "criterion_not_met": QT_TRANSLATE_NOOP(
        "Messages", "criterion \u201c{label}\u201d is recorded as not met"),
    "merged_duplicate": QT_TRANSLATE_NOOP(
        "Messages", "it is merged into procedure {procedure} as a duplicate; undo the merge "
        "first"),
}

# What an undo or redo went back to (services.changes.ChangeSummary.action); {target} is the
# quoted title or the number of procedures, {criterion} the criterion's label.
_CHANGES = {
    "accepted": QT_TRANSLATE_NOOP("Messages", "accept {target}"),
    "rejected": QT_TRANSLATE_NOOP("Messages", "reject {target}"),
    "open": QT_TRANSLATE_NOOP("Messages", "reopen {target}"),
    "criterion": QT_TRANSLATE_NOOP("Messages", "criterion \u201c{criterion}\u201d of {target}"),
    "note": QT_TRANSLATE_NOOP("Messages", "note on {target}"),
    "merge": QT_TRANSLATE_NOOP("Messages", "merge of {target}"),
    "unmerge": QT_TRANSLATE_NOOP("Messages", "end of the merge of {target}"),
}
_CHANGE_OTHER = QT_TRANSLATE_NOOP("Messages", "change of {target}")
_UNDONE = QT_TRANSLATE_NOOP("Messages", "Undone: {change}")
_REDONE = QT_TRANSLATE_NOOP("Messages", "Redone: {change}")
_QUOTED = QT_TRANSLATE_NOOP("Messages", "\u2018{title}\u2019")


def _translate(text: object) -> str:
    return QCoreApplication.translate("Messages", str(text))


def describe(error: Exception) -> str:
    """The message for a dialog: translated where the error says what it is about."""
    if isinstance(error, ReviewError) and error.code in _REVIEW:
        params = dict(error.params)
        if "decision" in params:
            params["decision"] = _translate(_STATUS.get(str(params["decision"]),
                                                        str(params["decision"])))
        if "status" in params:
            params["status"] = _translate(_STATUS.get(str(params["status"]),
                                                      str(params["status"])))
        return _translate(_REVIEW[error.code]).format(**params)
    if isinstance(error, InputError):
        return str(error)
    return str(error)


def describe_blocker(blocker: Blocker) -> str:
    template = _BLOCKERS.get(blocker.code)
    if template is None:
        return str(blocker)
    return _translate(template).format(**dict(blocker.params))


def describe_blockers(blockers: Iterable[Blocker]) -> str:
    """Why a procedure was not accepted, from the review service's codes."""
    return "; ".join(describe_blocker(b) for b in blockers)


def describe_change(summary: ChangeSummary, *, undone: bool,
                    criterion_labels: Mapping[str, str]) -> str:
    """"Undone: note on ‘Hundesteuer anmelden’" for the status bar after an undo or redo."""
    count = len(summary.procedure_ids)
    if count == 1 and summary.titles:
        target = _translate(_QUOTED).format(title=summary.titles[0])
    else:
        target = QCoreApplication.translate("Messages", "%n procedure(s)", "", count)
    criterion = criterion_labels.get(summary.criterion, summary.criterion)
    change = _translate(_CHANGES.get(summary.action, _CHANGE_OTHER)).format(
        target=target, criterion=criterion)
    return _translate(_UNDONE if undone else _REDONE).format(change=change)
