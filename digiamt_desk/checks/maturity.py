"""An estimated OZG maturity level (Reifegrad 0-4) where the evidence supports one.

0 offline, 1 information online, 2 form online (no electronic submission), 3 online service
(application submitted online), 4 fully digital (once-only). The checks can tell 1 to 3 apart
at best; level 4 needs knowledge of the back office, so it is never estimated. Without
evidence (an unreachable link, a page not read) there is no estimate: the reviewer sets one.
"""

from __future__ import annotations

from collections.abc import Iterable

from digiamt_desk.checks.hints import DOCUMENT, INFO_PORTAL, KNOWN_PLATFORM, MAILTO, NO_FORM, PDF

LEVELS = (0, 1, 2, 3, 4)


def estimate_maturity(hint_codes: Iterable[str], online_form: bool | None,
                      reachable: bool) -> int | None:
    codes = set(hint_codes)
    if MAILTO in codes:
        return 1  # information online, the application goes by e-mail
    if not reachable:
        return None
    if PDF in codes or DOCUMENT in codes:
        return 2  # a form to download, print and send
    if KNOWN_PLATFORM in codes or online_form is True:
        return 3  # a form that submits to the authority
    if INFO_PORTAL in codes or NO_FORM in codes:
        return 1
    return None


def validate_level(level: int | None) -> int | None:
    if level is not None and level not in LEVELS:
        raise ValueError(f"a maturity level is 0 to 4, not {level}")
    return level


__all__ = ["LEVELS", "estimate_maturity", "validate_level"]
