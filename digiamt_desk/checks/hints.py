"""'Is this really an online procedure?': hints from the link and from the page behind it.

The award counts only procedures where something is *submitted* to the authority (domain.md):
e-mail links, PDF or Word forms, information pages, council information systems and open-data
portals do not count. These hints flag such links with the evidence a reviewer can verify; known
online-service platforms are recognised as such. Pages are parsed with the standard library's
HTML parser (never regular expressions over markup).
"""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from digiamt_desk.domain.links import LinkKind, link_kind

# Hint codes (stable: stored, printed by `digiamt check --json`, used as facet values).
MAILTO = "mailto"
PDF = "pdf"
DOCUMENT = "document"
NO_FORM = "no_form"
INFO_PORTAL = "info_portal"
KNOWN_PLATFORM = "known_platform"
HINT_CODES = (MAILTO, PDF, DOCUMENT, NO_FORM, INFO_PORTAL, KNOWN_PLATFORM)
# Hints that say "probably information only"; known_platform says the opposite.
INFO_ONLY_HINTS = frozenset({MAILTO, PDF, DOCUMENT, NO_FORM, INFO_PORTAL})

DOCUMENT_EXTENSIONS = frozenset({"doc", "docx", "dot", "dotx", "odt", "ott", "rtf", "xls",
                                 "xlsx", "ods", "ppt", "pptx", "odp", "txt", "zip"})
_PDF_TYPES = ("application/pdf", "application/x-pdf")
_DOCUMENT_TYPES = ("application/msword", "application/vnd.openxmlformats-officedocument",
                   "application/vnd.ms-", "application/vnd.oasis.opendocument",
                   "application/rtf", "text/rtf", "application/zip")


@dataclass(frozen=True, slots=True)
class Platform:
    """A host (and optionally a path prefix) known to serve online procedures or information."""

    host: str  # matches the host and its subdomains
    name: str
    path_prefix: str = ""

    def matches(self, host: str, path: str) -> bool:
        host_matches = host == self.host or host.endswith("." + self.host)
        return host_matches and path.lower().startswith(self.path_prefix)


# Online-service platforms Bavarian authorities link to. Each is documented by its operator:
KNOWN_PLATFORMS = (
    # AKDB Bürgerservice-Portal: the online services of most Bavarian municipalities
    # (https://www.buergerservice-portal.de/bayern/<kommune>/<dienst>, domain.md).
    Platform("buergerservice-portal.de", "Bürgerservice-Portal (AKDB)"),
    Platform("buergerserviceportal.de", "Bürgerservice-Portal (AKDB)"),
    # BayernID, the state's user account: an online service that starts with its login.
    Platform("id.bayernportal.de", "BayernID"),
    # BayernPortal's own online services (the central services the state provides).
    Platform("freistaat.bayern", "BayernPortal online service", "/onlinedienste"),
    Platform("bayernportal.de", "BayernPortal online service", "/onlinedienste"),
    # Form-Solutions Formular-Server: online forms sent to the authority.
    Platform("formular-server.de", "Formular-Server (Form-Solutions)"),
    # ELSTER, the tax administration's portal (central, submits to the authority).
    Platform("elster.de", "ELSTER"),
)

# Information portals: what the award names as not counting (domain.md).
INFO_PORTALS = (
    Platform("freistaat.bayern", "BayernPortal service description", "/dokumente/leistung"),
    Platform("freistaat.bayern", "BayernPortal authority page", "/dokumente/behoerde"),
    Platform("freistaat.bayern", "BayernPortal life situation", "/dokumente/lebenslage"),
    Platform("freistaat.bayern", "BayernPortal online-service description",
             "/dokumente/onlinedienst"),
    Platform("govdata.de", "GovData open-data portal"),
    Platform("opendata.bayern", "Open Data Bayern"),
    Platform("play.google.com", "app store"),
    Platform("apps.apple.com", "app store"),
)
# Words in a host or path that name a council information system or an open-data portal.
_INFO_WORDS = (
    ("ratsinfo", "council information system"),
    ("ratsinformation", "council information system"),
    ("sessionnet", "council information system"),
    ("allris", "council information system"),
    ("buergerinfo", "council information system"),
    ("opendata", "open-data portal"),
    ("open-data", "open-data portal"),
    ("offene-daten", "open-data portal"),
    ("offenedaten", "open-data portal"),
)


@dataclass(frozen=True, slots=True)
class Hint:
    """A code, the English evidence a reviewer can check, and its variable part (a file type,
    a portal's name) so a front end can word the evidence in another language."""

    code: str
    evidence: str
    detail: str = ""

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "evidence": self.evidence, "detail": self.detail}


def _extension(path: str) -> str:
    name = unquote(path).rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def platform_of(url: str) -> Platform | None:
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().rstrip(".")
    return next((p for p in KNOWN_PLATFORMS if p.matches(host, parts.path)), None)


def url_hints(url: str) -> list[Hint]:
    """What the link alone says: an e-mail address, a file, an information portal, a platform."""
    text = url.strip()
    kind = link_kind(text)
    if kind is LinkKind.MAILTO:
        return [Hint(MAILTO, "the link is an e-mail address: nothing can be submitted online")]
    if kind is LinkKind.HTTP:
        parts = urlsplit(text)
        host = (parts.hostname or "").lower().rstrip(".")
        path = parts.path
    else:
        host, path = "", text.replace("\\", "/")
    hints: list[Hint] = []
    extension = _extension(path)
    if extension == "pdf":
        hints.append(Hint(PDF, "the link points to a PDF file", "pdf"))
    elif extension in DOCUMENT_EXTENSIONS:
        hints.append(Hint(DOCUMENT, f"the link points to a document file (.{extension})",
                          extension))
    if kind is not LinkKind.HTTP:
        return hints
    platform = platform_of(text)
    if platform is not None:
        hints.append(Hint(KNOWN_PLATFORM, f"known online-service platform: {platform.name}",
                          platform.name))
        return hints
    portal = next((p for p in INFO_PORTALS if p.matches(host, path)), None)
    if portal is not None:
        hints.append(Hint(INFO_PORTAL, f"information portal: {portal.name}", portal.name))
        return hints
    where = f"{host} {path.lower()}"
    for word, name in _INFO_WORDS:
        if word in where:
            hints.append(Hint(INFO_PORTAL, f"information portal: {name}", name))
            break
    return hints


def content_type_hints(content_type: str, url_codes: set[str]) -> list[Hint]:
    """What the server's Content-Type says, where the link's name did not say it already."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if kind in _PDF_TYPES and PDF not in url_codes:
        return [Hint(PDF, "the server sends a PDF file", "pdf")]
    if kind.startswith(_DOCUMENT_TYPES) and DOCUMENT not in url_codes:
        return [Hint(DOCUMENT, f"the server sends a document ({kind})", kind)]
    return []


def is_html(content_type: str) -> bool:
    kind = content_type.split(";", 1)[0].strip().lower()
    return kind in ("text/html", "application/xhtml+xml")


@dataclass(frozen=True, slots=True)
class PageForms:
    forms: int  # <form> elements on the page, site searches not counted
    submittable: int  # of them, those with a submit control
    title: str

    @property
    def online_form(self) -> bool:
        return self.submittable > 0


_SEARCH_WORDS = ("search", "suche", "such")


class _FormFinder(HTMLParser):
    """Counts forms and the submit controls that belong to each (inside it, or naming it with
    the HTML5 `form` attribute). A site search (nearly every municipal page has one in its
    header) is no form that submits anything to the authority and is left out: a form with
    role=search, an input of type search, or "search"/"suche" in its id, class, name or action.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.form_ids: list[str] = []  # "" for a form without id
        self.with_submit: set[int] = set()
        self.search_forms: set[int] = set()
        self._open: list[int] = []  # indexes of the forms we are inside
        self._named_submits: set[str] = set()  # form ids named by controls outside a form
        self._in_title = False
        self.title = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): (value or "") for name, value in attrs}
        if tag == "form":
            self.form_ids.append(values.get("id", ""))
            self._open.append(len(self.form_ids) - 1)
            marks = " ".join(values.get(k, "") for k in ("id", "class", "name", "action"))
            if values.get("role", "").lower() == "search" or any(
                    word in marks.lower() for word in _SEARCH_WORDS):
                self.search_forms.add(self._open[-1])
        elif tag == "input" and values.get("type", "").lower() == "search" and self._open:
            self.search_forms.add(self._open[-1])
        elif tag in ("input", "button") and self._submits(tag, values):
            owner = values.get("form", "")
            if owner:
                self._named_submits.add(owner)
            elif self._open:
                self.with_submit.add(self._open[-1])
        elif tag == "title" and not self.title:
            self._in_title = True

    @staticmethod
    def _submits(tag: str, values: dict[str, str]) -> bool:
        kind = values.get("type", "").strip().lower()
        if tag == "input":
            return kind in ("submit", "image")
        return kind in ("", "submit")  # a <button> without type submits its form

    def handle_endtag(self, tag: str) -> None:
        if tag == "form" and self._open:
            self._open.pop()
        elif tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title += data

    def result(self) -> PageForms:
        submittable = set(self.with_submit)
        submittable.update(i for i, form_id in enumerate(self.form_ids)
                           if form_id and form_id in self._named_submits)
        submittable -= self.search_forms
        forms = len(self.form_ids) - len(self.search_forms)
        return PageForms(forms, len(submittable), " ".join(self.title.split()))


def find_forms(html: str) -> PageForms:
    finder = _FormFinder()
    finder.feed(html)
    finder.close()
    return finder.result()


def page_hints(forms: PageForms, known_platform: bool) -> list[Hint]:
    """The page was read: no form with a submit control means probably information only.
    A known platform's entry page often asks for a login first, so it gets no such hint."""
    if forms.online_form or known_platform:
        return []
    if forms.forms:
        evidence = f"the page has {forms.forms} form(s) but no submit button"
    else:
        evidence = "no form with a submit button found on the page"
    return [Hint(NO_FORM, evidence, str(forms.forms))]


__all__ = ["DOCUMENT", "HINT_CODES", "INFO_ONLY_HINTS", "INFO_PORTAL", "KNOWN_PLATFORM",
           "KNOWN_PLATFORMS", "MAILTO", "NO_FORM", "PDF", "Hint", "PageForms",
           "content_type_hints", "find_forms", "is_html", "page_hints", "platform_of",
           "url_hints"]
