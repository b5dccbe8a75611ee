"""XZuFi 2.2 XML (http://xoev.de/schemata/xzufi/2_2_0): one row per `onlinedienst`.

In XZuFi 2.2 an onlinedienst has an `id` (Identifikator), one `bezeichnung` per language
(attribute languageCode), and `link` elements of the OnlinedienstLink type with children `typ`,
`link` (the URL), `titel` and `beschreibung`. Leistungen carry their LeiKa key in
`referenzLeiKa/code`; an onlinedienst refers to Leistungen by `leistungID` (inside its
`zustaendigkeit`), next to the `gebietID` (an ARS) it serves. Elements are matched by local name,
so files without the namespace prefix or with an older namespace version read the same.

Parsed only through defusedxml with DTDs forbidden: a file from outside must not make the reader
expand entities (a "billion laughs" bomb) or open local files or URLs (external entities).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as SafeET
from defusedxml import DefusedXmlException

from digiamt_desk.domain.importing import (
    InputError,
    ParsedSource,
    RowWarning,
    SkippedRow,
    SourceFormat,
    SourceRow,
)
from digiamt_desk.importers import values
from digiamt_desk.importers.tabular import NO_LINK

NAMESPACE = "http://xoev.de/schemata/xzufi/2_2_0"
REFUSED = "XML declares entities (DTD); refused for safety"
_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
_LANGUAGE_ATTRIBUTES = ("languageCode", "lang", _XML_LANG, "sprache")
_LEISTUNG_REFERENCES = frozenset({"leistungID", "leistungsschluessel", "leikaSchluessel",
                                  "leistungsschlüssel", "leikaKey"})
_COLUMNS = {"title": "bezeichnung", "url": "link", "leika": "leistungID", "ars": "gebietID"}


def local(element: Element) -> str:
    tag = element.tag
    return tag.rpartition("}")[2] if isinstance(tag, str) else ""


def _text(element: Element | None) -> str:
    return values.clean_title("".join(element.itertext())) if element is not None else ""


def _children(element: Element, name: str) -> list[Element]:
    return [child for child in element if local(child) == name]


def _language(element: Element) -> str:
    for attribute in _LANGUAGE_ATTRIBUTES:
        found = element.get(attribute)
        if found:
            return found.lower()
    return ""


def _pick_german(candidates: Iterable[Element]) -> Element | None:
    """The German one of several language versions, else the first."""
    first: Element | None = None
    for candidate in candidates:
        if _language(candidate).startswith("de"):
            return candidate
        first = first if first is not None else candidate
    return first


def parse_document(data: bytes) -> Element:
    try:
        root: Element = SafeET.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException:
        raise InputError(REFUSED, code="xml_refused") from None
    except ParseError as error:
        line, column = error.position
        reason = str(error).split(":")[0]
        raise InputError(
            f"is not well-formed XML ({reason}, line {line}, column {column})",
            code="xml_syntax", reason=reason, line=line, column=column,
        ) from None
    return root


def parse_xzufi(
    data: bytes, source: str, mapping: Mapping[str, str] | None = None
) -> ParsedSource:
    """The mapping is ignored: XZuFi names its elements, there are no columns to choose."""
    root = parse_document(data)
    services = [e for e in root.iter() if local(e) == "onlinedienst" and len(e)]
    if not services:
        raise InputError(
            f"is XML (root element '{local(root)}') but has no onlinedienst elements; "
            "expected XZuFi 2.2", code="xml_not_xzufi", root=local(root)
        )
    leika_of = _leika_by_leistung(root)
    result = ParsedSource(source, SourceFormat.XZUFI, [], columns=dict(_COLUMNS))
    for number, service in enumerate(services, start=1):
        row = _row(number, service, leika_of, result.warnings)
        if isinstance(row, SkippedRow):
            result.skipped.append(row)
        else:
            result.rows.append(row)
    if not result.rows:
        raise InputError(f"no onlinedienst has a link ({len(services)} without a link)",
                         code="xzufi_no_link", count=len(services))
    return result


def _leika_by_leistung(root: Element) -> dict[str, tuple[str, ...]]:
    """Leistung id -> its LeiKa keys, for onlinedienste that refer to Leistungen by id."""
    mapping: dict[str, tuple[str, ...]] = {}
    for leistung in (e for e in root.iter() if local(e) == "leistung"):
        ids = [_text(e) for e in _children(leistung, "id")]
        codes = (_reference(r) for r in _children(leistung, "referenzLeiKa"))
        keys = tuple(c for c in codes if values.is_digits(c, values.LEIKA_DIGITS))
        for identifier in ids:
            if identifier and keys:
                mapping[identifier] = keys
    return mapping


def _links(service: Element) -> list[tuple[str, str]]:
    """(url, titel) of every link: a Hyperlink element with a child `link`, or plain text."""
    found: list[tuple[str, str]] = []
    for element in _children(service, "link"):
        if len(element):
            target = next(
                (c for c in element if local(c) in ("link", "url", "href", "uri")), None
            )
            url = _text(target)
            title = _text(_pick_german(_children(element, "titel")))
        else:
            url, title = _text(element), ""
        if url:
            found.append((url, title))
    return found


def _row(
    number: int,
    service: Element,
    leika_of: dict[str, tuple[str, ...]],
    warnings: list[RowWarning],
) -> SourceRow | SkippedRow:
    raw: dict[str, str] = {}
    identifier = _text(next(iter(_children(service, "id")), None))
    if identifier:
        raw["id"] = identifier
    names = _children(service, "bezeichnung")
    name = _pick_german(names)
    if name is not None and len(name):
        name = _pick_german(name)  # language versions as child elements
    title = _text(name)
    if title:
        raw["bezeichnung"] = title
    links = _links(service)
    if not links:
        return SkippedRow(number, NO_LINK, "no_link")
    web = [link for link in links if link[0][:8].lower().startswith(("http://", "https://"))]
    primary = (web or links)[0]
    raw["link"] = primary[0]
    for position, (other, _) in enumerate((x for x in links if x is not primary), start=2):
        raw[f"link {position}"] = other
    url, note = values.link_value(primary[0])
    if note == "completed":
        warnings.append(RowWarning(number, "link", f"'{primary[0]}' has no scheme; taken as {url}",
                                   "link_completed", {"value": primary[0], "url": url}))
    if not title:
        # the link title ("Gewerbe anmelden") is the next best name; the primary link first
        title = primary[1] or next((t for _, t in links if t), "")
        if not title:
            warnings.append(RowWarning(number, "bezeichnung", "no title", "no_title"))

    references = [_reference(e) for e in service.iter() if local(e) in _LEISTUNG_REFERENCES]
    if references:
        raw["leistungID"] = "\n".join(references)
    keys: list[str] = []
    for reference in references:
        if values.is_digits(reference, values.LEIKA_DIGITS):
            keys.append(reference)
        else:
            keys.extend(leika_of.get(reference, ()))
    areas = {_text(e) for e in service.iter() if local(e) == "gebietID"}
    ars_keys = {a for a in areas if values.is_digits(a, values.ARS_DIGITS)}
    return SourceRow(
        number,
        title,
        url,
        tuple(dict.fromkeys(keys)),
        ars=ars_keys.pop() if len(ars_keys) == 1 else None,
        raw=raw,
    )


def _reference(element: Element) -> str:
    """A reference is either plain text or a code-list value with a child `code`."""
    code = next((c for c in element if local(c) == "code"), None)
    return _text(code if code is not None else element)
