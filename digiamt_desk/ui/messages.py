"""Messages of the services in the user's language.

The services word their messages in English for the command line; a ReviewError also carries a
code and its parameters, which are worded here through Qt's translations (context "Messages").
What has no code yet (the importers' messages) is shown as the services wrote it.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from digiamt_desk.domain.importing import InputError
from digiamt_desk.domain.review import ReviewError

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

_BLOCKERS = (
    (re.compile(r"its link is an e-mail address, nothing can be submitted online"),
     QT_TRANSLATE_NOOP("Messages", "its link is an e-mail address: nothing can be sent online")),
    (re.compile(r"its link is no web address \(http or https\)"),
     QT_TRANSLATE_NOOP("Messages", "its link is no web address (http or https)")),
    (re.compile(r"criterion '(?P<criterion>.*)' is recorded as not met"),
     QT_TRANSLATE_NOOP("Messages", "criterion \u201c{criterion}\u201d is recorded as not met")),
    (re.compile(r"it is merged into procedure (?P<procedure>\d+) as a duplicate; undo the "
                r"merge first"),
     QT_TRANSLATE_NOOP("Messages", "it is merged into procedure {procedure} as a duplicate; "
                       "undo the merge first")),
)


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


def describe_blockers(text: str) -> str:
    """Why a procedure was not accepted, from the review service's '; '-joined reasons."""
    parts = []
    for part in text.split("; "):
        for pattern, template in _BLOCKERS:
            match = pattern.fullmatch(part)
            if match:
                parts.append(_translate(template).format(**match.groupdict()))
                break
        else:
            parts.append(part)
    return "; ".join(parts)
