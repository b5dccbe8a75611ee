"""JSON lists: BayernPortal-style exports and pages of the federal dashboard API.

The objects are turned into rows of text cells under the union of their keys, so the same column
detection and row logic as for CSV applies (dashboard pages included). Row = 1-based position of
the object in the list.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import Any

from digiamt_desk.domain.importing import InputError, ParsedSource, SkippedRow, SourceFormat
from digiamt_desk.importers.csv_text import decode, encoding_warnings
from digiamt_desk.importers.service_db import is_service_db, parse_service_db
from digiamt_desk.importers.tabular import Record, build_rows, find_header
from digiamt_desk.importers.text_guard import clean_cell

# Where an object keeps its list: Spring pages ("content"), REST envelopes, BayernPortal.
LIST_KEYS = ("content", "items", "data", "leistungen", "onlinedienste", "results")
_LINK_KEYS = ("url", "link", "href", "uri", "value", "text")
_TEXT_KEYS = ("de", "text", "value", "wert", "inhalt", "bezeichnung", "name", "titel", "title",
              "label", "url", "link", "href")
_LANGUAGE_KEYS = ("languagecode", "language", "lang", "sprache", "_languagecode")


MAX_NUMBER_DIGITS = 100  # a key has 14 digits, an ARS 12; 5,000 digits is no list of ours
MAX_DEPTH = 32  # how deep a cell's text is looked for; a service record nests three levels


class _NumberError(ValueError):
    def __init__(self, code: str, text: str) -> None:
        super().__init__(text)
        self.code = code
        self.text = text


def _parse_int(text: str) -> int | str:
    if len(text) > MAX_NUMBER_DIGITS:
        raise _NumberError("json_number_too_long", text)
    return int(text)


def _parse_float(text: str) -> float:
    if len(text) > MAX_NUMBER_DIGITS:
        raise _NumberError("json_number_too_long", text)
    value = float(text)
    if value in (float("inf"), float("-inf")):
        raise _NumberError("json_number_out_of_range", text)
    return value


def _parse_constant(text: str) -> float:
    raise _NumberError("json_not_a_number", text)


def _load(text: str) -> Any:
    try:
        return json.loads(text, parse_int=_parse_int, parse_float=_parse_float,
                          parse_constant=_parse_constant)
    except json.JSONDecodeError as error:
        raise InputError(
            f"is not valid JSON: {error.msg} (line {error.lineno}, column {error.colno})",
            code="json_syntax", reason=error.msg, line=error.lineno, column=error.colno,
        ) from None
    except _NumberError as error:
        shown = error.text if len(error.text) <= 20 else error.text[:20] + "…"
        line = text.count("\n", 0, max(text.find(error.text), 0)) + 1
        what = {"json_number_too_long": f"a number of {len(error.text):,} digits",
                "json_number_out_of_range": f"the number {shown}, too large to hold",
                "json_not_a_number": f"'{shown}', which is not a number JSON allows"}[error.code]
        raise InputError(f"holds {what} (line {line}); no list of procedures has such values",
                         code=error.code, value=shown, line=line, digits=len(error.text)
                         ) from None
    except RecursionError:
        raise InputError("is nested too deeply to be a list of procedures (brackets within "
                         "brackets, hundreds of levels deep)", code="json_too_deep") from None


def parse_json(data: bytes, source: str, mapping: Mapping[str, str] | None = None, *,
               base_url: str | None = None) -> ParsedSource:
    decoded = decode(data)
    text = decoded.text
    if not text or text.isspace():
        raise InputError("is empty", code="empty")
    document = _load(text)
    items = find_items(document)
    if items is None:
        raise InputError(
            "holds no list of procedures (expected an array, or an object with one of: "
            f"{', '.join(LIST_KEYS)})", code="json_no_list", keys=", ".join(LIST_KEYS)
        )
    if not items:
        raise InputError("has an empty list of procedures", code="json_empty_list")
    if mapping is None and is_service_db(items):
        result = parse_service_db(items, source, base_url)
    else:
        result = _parse_list(items, source, mapping, base_url)
    result.encoding = decoded.encoding
    result.warnings[:0] = encoding_warnings(decoded)
    return result


def _parse_list(items: list[Any], source: str, mapping: Mapping[str, str] | None,
                base_url: str | None) -> ParsedSource:
    keys: dict[str, None] = {}
    for item in items:
        if isinstance(item, dict):
            keys.update(dict.fromkeys(item))
    if not keys:
        raise InputError("holds a list, but no objects with fields such as url and bezeichnung")
    header = list(keys)
    table = find_header([(0, header)], mapping)
    table.base_url = base_url
    detection = table.detection
    link_keys = {header[i] for i in (detection.index["url"], *detection.url_fallbacks)}
    table.records = _records(items, header, link_keys)
    result = build_rows(source, table, SourceFormat.JSON, warn_several_links=False)
    others = [
        SkippedRow(n, "not an object", "not_object")
        for n, i in enumerate(items, 1) if not isinstance(i, dict)
    ]
    if others:
        result.skipped.extend(others)
        result.skipped.sort(key=lambda skip: skip.row)
    return result


def find_items(document: Any, depth: int = 0) -> list[Any] | None:
    if isinstance(document, list):
        return document
    if not isinstance(document, dict) or depth > 2:
        return None
    lowered = {str(k).lower(): v for k, v in document.items()}
    for key in LIST_KEYS:
        value = lowered.get(key)
        if isinstance(value, list):
            return value
        if isinstance(value, dict):
            inner = find_items(value, depth + 1)
            if inner is not None:
                return inner
    lists = [v for v in document.values() if isinstance(v, list) and v and isinstance(v[0], dict)]
    return lists[0] if len(lists) == 1 else None


def _records(items: list[Any], header: list[str], link_keys: set[str]) -> Iterator[Record]:
    # a link object {"titel": ..., "url": ...} must give its URL, a title object its text
    preferences = [_LINK_KEYS if key in link_keys else _TEXT_KEYS for key in header]
    for number, item in enumerate(items, start=1):
        if isinstance(item, dict):
            yield number, [
                text_of(item.get(key), preferred)
                for key, preferred in zip(header, preferences, strict=True)
            ]


def text_of(value: Any, preferred: tuple[str, ...] = _TEXT_KEYS, depth: int = 0) -> str:
    """A JSON value as cell text. {"de": ...} and [{"text": ..., "languageCode": "de"}] give the
    German text; other lists give their texts one per line (several links, several keys)."""
    if value is None or depth > MAX_DEPTH:
        return ""
    if isinstance(value, str):
        return clean_cell(value)
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e16:
        return str(int(value))
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, dict):
        lowered = {str(k).lower(): v for k, v in value.items()}
        for key in preferred:
            if key in lowered and not isinstance(lowered[key], dict | list):
                found = text_of(lowered[key], preferred, depth + 1)
                if found:
                    return found
        nested = (text_of(v, preferred, depth + 1) for v in value.values()
                  if isinstance(v, str | dict | list))
        return next((t for t in nested if t), "")
    if isinstance(value, list):
        german = [v for v in value if isinstance(v, dict) and _is_german(v)]
        if german:
            return text_of(german[0], preferred, depth + 1)
        tagged = any(isinstance(v, dict) and _language(v) for v in value)
        texts = [t for t in (text_of(v, preferred, depth + 1) for v in value) if t]
        if tagged:
            return texts[0] if texts else ""  # translations of one text, not several values
        return "\n".join(texts)
    return str(value)


def _language(value: dict[str, Any]) -> str:
    for key, text in value.items():
        if str(key).lower() in _LANGUAGE_KEYS and isinstance(text, str):
            return text.lower()
    return ""


def _is_german(value: dict[str, Any]) -> bool:
    return _language(value).startswith("de")
