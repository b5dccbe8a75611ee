"""Which of a record's links is its online service, and how a link's written form becomes a URL.

A city's service database gives each service a list of links that mostly holds helper documents
(data-protection notice, power-of-attorney PDF, photo guidelines, a contact form), beside its
service page and an appointment link. Taking the first link made 111 services share one
data-protection page. The choice here goes by evidence in the link's name and URL: a link named
or addressed as an online form, application or portal wins; a helper document never does; an
appointment booking is taken only where nothing else is online and is marked; without any, the
service page is taken and marked "no online link found", so it does not count by itself.

Link forms: '//host/path' is https; '/path' is made absolute against a base address (the URL the
list came from, or one the user gives) and is unusable without one; '{serviceId}' placeholders
are filled from the record's own fields of that name and are unusable otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urljoin

# Rules, as codes: what chose a link (the report names them).
RULE_ONLY = "only_link"  # the record had one usable link
RULE_ONLINE_NAME = "online_name"  # the link's name says online form, application, portal ...
RULE_ONLINE_URL = "online_url"  # its address does (a known platform, /antrag, /formular ...)
RULE_APPOINTMENT = "appointment"  # only an appointment booking was online
RULE_SERVICE_PAGE = "service_page"  # nothing online: the service page, marked
RULE_FIRST_OTHER = "first_other"  # several plain links, none with evidence: the first
RULE_ONLY_HELPERS = "only_helpers"  # nothing but helper documents: no link taken

HINT_NO_ONLINE = "no_online_link"
HINT_APPOINTMENT = "appointment"

# Problems with a link's form, as codes.
PROBLEM_TEMPLATE = "unfilled_template"
PROBLEM_RELATIVE = "relative_without_base"

_PLACEHOLDER = re.compile(r"\{([A-Za-z_][A-Za-z0-9_.-]{0,60})\}")

# Evidence, matched in the lower-cased name and URL. Helper documents first: a link called
# "Antrag (PDF)" or ".../vollmacht.pdf" is a document to print, not an online service.
_HELPER = (
    "datenschutz", "privacy", "dsgvo", "impressum", "imprint", "kontakt", "contact",
    "vollmacht", "power of attorney", "power-of-attorney", "lichtbild", "foto", "photo",
    "passbild", "biometr", "merkblatt", "barrierefrei", "accessibility", "anfahrt",
    "lageplan", "öffnungszeit", "oeffnungszeit", "faq", "gebühr", "gebuehr", "checkliste",
    "informationsblatt", "infoblatt", "flyer", "broschüre", "broschuere",
)
_DOCUMENT = re.compile(r"\.(pdf|docx?|odt|rtf|xlsx?|zip|jpe?g|png)(?:$|[?#])|\(pdf\)|\bpdf\b")
_APPOINTMENT = ("termin", "appointment", "buchung", "booking", "reservier", "/zms", "zmsapi")
_ONLINE_NAME = (
    "online", "antrag", "beantrag", "formular", "form ", "portal", "bayernid", "bund id",
    "bundid", "elster", "bürgerservice", "buergerservice", "e-government", "egovernment",
    "anmelden", "anmeldung", "abmelden", "melden", "apply", "application", "digital",
    "einreichen", "bestellen", "eantrag", "e-antrag",
)
_ONLINE_URL = (
    "buergerservice-portal.de", "bayernid", "id.bund.de", "/antrag", "antrag.", "/formular",
    "formularserver", "formular-server", "form-solutions", "/onlinedienst", "/online-dienst",
    "/eservice", "/e-service", "/eantrag", "elster.de", "amt24", "service-bw.de",
    "/forms/", "/online/", "serviceportal", "/bsp/", "civento", "/intelliform",
)


@dataclass(frozen=True, slots=True)
class LinkCandidate:
    """One link a record offers: as written, its label, and where in the record it was."""

    url: str
    name: str = ""
    origin: str = ""  # "links[2]", "meta.url", "appointment.link", a column header
    service_page: bool = False  # the record's own page: taken only when nothing is online


@dataclass(frozen=True, slots=True)
class LinkProblem:
    code: str  # PROBLEM_TEMPLATE | PROBLEM_RELATIVE
    url: str
    origin: str
    detail: str = ""  # the placeholder left unfilled


@dataclass(frozen=True, slots=True)
class LinkChoice:
    url: str  # "" when no candidate was usable
    rule: str
    origin: str = ""
    hints: tuple[str, ...] = ()
    evidence: str = ""  # the word in the name or URL that decided
    problems: tuple[LinkProblem, ...] = field(default=())


def absolute(url: str, base: str | None) -> tuple[str | None, str]:
    """(url, problem code): '//x/y' -> 'https://x/y', '/y' against base; None when unusable."""
    text = url.strip()
    if text.startswith("//") and len(text) > 2 and text[2] not in "/\\":
        return "https:" + text, ""
    if (text.startswith("/") and not text.startswith("//")) or text.startswith(("./", "../")):
        if not base:
            return None, PROBLEM_RELATIVE
        return urljoin(base, text), ""
    return text, ""


def fill_template(url: str, fields: Mapping[str, object]) -> tuple[str | None, str]:
    """'https://x/{serviceId}' filled from fields['serviceId'] (case as written, else any case);
    (None, placeholder) when a placeholder has no value in the record."""
    if "{" not in url:
        return url, ""
    lowered = {str(k).lower(): v for k, v in fields.items()}
    missing = ""

    def value(match: re.Match[str]) -> str:
        nonlocal missing
        name = match.group(1)
        found = fields.get(name, lowered.get(name.lower()))
        if isinstance(found, bool) or not isinstance(found, str | int) or found == "":
            missing = missing or name
            return match.group(0)
        return str(found)

    filled = _PLACEHOLDER.sub(value, url)
    if missing:
        return None, missing
    return filled, ""


def _first(words: Sequence[str], text: str) -> str:
    return next((w for w in words if w in text), "")


def classify(candidate: LinkCandidate) -> tuple[str, str]:
    """('helper' | 'appointment' | 'online_name' | 'online_url' | 'plain', evidence)."""
    name = candidate.name.lower()
    url = candidate.url.lower()
    word = _first(_HELPER, name) or _first(_HELPER, url)
    if word:
        return "helper", word
    document = _DOCUMENT.search(url) or _DOCUMENT.search(name)
    if document:
        return "helper", document.group(0).strip(".()")
    word = _first(_APPOINTMENT, name) or _first(_APPOINTMENT, url)
    if word:
        return "appointment", word
    word = _first(_ONLINE_NAME, name + " ")
    if word:
        return RULE_ONLINE_NAME, word.strip()
    word = _first(_ONLINE_URL, url)
    if word:
        return RULE_ONLINE_URL, word
    return "plain", ""


def usable(candidate: LinkCandidate, fields: Mapping[str, object], base: str | None
           ) -> tuple[str | None, LinkProblem | None]:
    """The candidate's URL made absolute and filled in, or the problem that keeps it out."""
    filled, missing = fill_template(candidate.url.strip(), fields)
    if filled is None:
        return None, LinkProblem(PROBLEM_TEMPLATE, candidate.url, candidate.origin, missing)
    url, problem = absolute(filled, base)
    if url is None:
        return None, LinkProblem(problem, candidate.url, candidate.origin)
    return url, None


def choose_link(candidates: Sequence[LinkCandidate], fields: Mapping[str, object] | None = None,
                base: str | None = None, *, keep_single: bool = True) -> LinkChoice:
    """The record's online-service link among its candidates (see the module docstring).

    keep_single: a record with one usable link takes it whatever it is (a list with one link
    column says which link it means); a service database's lone data-protection link is not."""
    fields = fields or {}
    problems: list[LinkProblem] = []
    ranked: dict[str, list[tuple[str, LinkCandidate, str]]] = {}
    count = 0
    for candidate in candidates:
        if not candidate.url.strip():
            continue
        url, problem = usable(candidate, fields, base)
        if url is None:
            if problem is not None:
                problems.append(problem)
            continue
        count += 1
        kind, evidence = classify(LinkCandidate(url, candidate.name, candidate.origin))
        if candidate.service_page and kind != "helper":
            kind = "service_page"
        ranked.setdefault(kind, []).append((url, candidate, evidence))
    found = tuple(problems)
    # one usable link: taken as it is (a list with one link column means that link)
    if count == 1 and (keep_single or "helper" not in ranked):
        kind, [(url, candidate, evidence)] = next(iter(ranked.items()))
        hints = {"appointment": (HINT_APPOINTMENT,), "service_page": (HINT_NO_ONLINE,)}
        return LinkChoice(url, RULE_ONLY, candidate.origin, hints.get(kind, ()), evidence, found)
    for kind in (RULE_ONLINE_NAME, RULE_ONLINE_URL):
        if kind in ranked:
            url, candidate, evidence = ranked[kind][0]
            return LinkChoice(url, kind, candidate.origin, (), evidence, found)
    if "appointment" in ranked:
        url, candidate, evidence = ranked["appointment"][0]
        return LinkChoice(url, RULE_APPOINTMENT, candidate.origin, (HINT_APPOINTMENT,),
                          evidence, found)
    if "plain" in ranked and "service_page" not in ranked:
        url, candidate, _ = ranked["plain"][0]
        return LinkChoice(url, RULE_FIRST_OTHER, candidate.origin, (), "", found)
    for kind in ("service_page", "plain"):
        if kind in ranked:
            url, candidate, _ = ranked[kind][0]
            return LinkChoice(url, RULE_SERVICE_PAGE, candidate.origin, (HINT_NO_ONLINE,),
                              "", found)
    # only helper documents (data protection, power of attorney, ...): none is taken
    return LinkChoice("", RULE_ONLY_HELPERS, "", (), "", found)
