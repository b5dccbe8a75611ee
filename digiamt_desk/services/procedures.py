"""Reading an application's procedures: bulk for lists and tables, one for the detail view."""

from __future__ import annotations

import json
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import NoResultFound

from digiamt_desk.domain.importing import InputError
from digiamt_desk.importers import MAX_FILE_BYTES, parse_bytes
from digiamt_desk.services.desk import Desk
from digiamt_desk.store.import_runs import kept_source
from digiamt_desk.store.tables import PROCEDURES

P = PROCEDURES.c


@dataclass(frozen=True, slots=True)
class ProcedureView:
    id: int
    title: str
    url: str
    link_kind: str
    provider: str
    leika_keys: tuple[str, ...]
    criteria: dict[str, bool]
    decision: str
    reason_code: str
    reason_text: str
    note: str
    duplicate_rows: int
    version: int = 1  # counted up by every write: the base of a stale-write check
    # What the import recorded about the link: shared_link (kept, split), no_online_link,
    # appointment (domain.procedure_table.IMPORT_HINTS).
    import_hints: tuple[str, ...] = ()

    def reason_label(self, desk: Desk) -> str:
        if not self.reason_code:
            return self.reason_text
        found = desk.catalog().reason(self.reason_code)
        label = found.label_de if found else self.reason_code
        return f"{label}: {self.reason_text}" if self.reason_text else label

    def as_dict(self, desk: Desk) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "url": self.url, "link_kind": self.link_kind,
            "provider": self.provider, "leika_keys": list(self.leika_keys),
            "criteria": self.criteria, "decision": self.decision,
            "reason": self.reason_label(desk), "reason_code": self.reason_code,
            "reason_text": self.reason_text, "note": self.note,
            "duplicate_rows": self.duplicate_rows, "version": self.version,
        }


def list_procedures(desk: Desk, application_id: int,
                    procedure_ids: Sequence[int] | None = None) -> list[ProcedureView]:
    """All procedures of an application, or the given ones, in the order of their ids."""
    statement = (select(P.id, P.title, P.url, P.link_kind, P.provider, P.leika_keys, P.criteria,
                        P.decision, P.reason_code, P.reason_text, P.note, P.duplicate_rows,
                        P.version, P.import_hints)
                 .where(P.application_id == application_id).order_by(P.id))
    if procedure_ids is not None:
        statement = statement.where(P.id.in_(list(procedure_ids)))
    with desk.engine.connect() as connection:
        return [
            ProcedureView(row.id, row.title, row.url, row.link_kind, row.provider,
                          tuple(row.leika_keys.split()), json.loads(row.criteria or "{}"),
                          row.decision, row.reason_code, row.reason_text, row.note,
                          row.duplicate_rows, row.version, tuple(row.import_hints.split()))
            for row in connection.execute(statement)
        ]


@dataclass(frozen=True, slots=True)
class SourceRowView:
    source: str
    row: int
    values: dict[str, str]


def source_rows(desk: Desk, procedure_id: int) -> list[SourceRowView]:
    """The rows of the latest import this procedure came from, exactly as they were in it."""
    with desk.engine.connect() as connection:
        found = connection.execute(select(P.source_rows, P.import_id)
                                   .where(P.id == procedure_id)).first()
    if found is None or found.import_id is None:
        return []
    wanted = [int(n) for n in found.source_rows.split()]
    rows = _parsed_import(desk.location, desk, found.import_id)
    return [SourceRowView(rows[0], n, rows[1][n]) for n in wanted if n in rows[1]]


_CACHE: dict[tuple[str, int], tuple[str, dict[int, dict[str, str]]]] = {}


def _unpacked(content: bytes, import_id: int) -> bytes:
    """The stored source, unpacked no further than an import would have read it: a database
    file is untrusted, and a few kilobytes can unpack to gigabytes. The size is counted in
    pieces first, so a bomb costs a megabyte of memory, not the limit."""
    limit = MAX_FILE_BYTES
    counter = zlib.decompressobj()
    size = 0
    pending = content
    try:
        while pending and not counter.eof:
            size += len(counter.decompress(pending, 1 << 20))
            pending = counter.unconsumed_tail
            if size > limit:
                raise InputError(f"the source kept of import {import_id} unpacks to more than "
                                 f"{limit / 1_000_000:g} MB, more than any import reads; it is "
                                 "not shown", field="import_run.content")
    except zlib.error:  # stored uncompressed (databases of the first development builds)
        if len(content) > limit:
            raise InputError(f"the source kept of import {import_id} is larger than "
                             f"{limit / 1_000_000:g} MB; it is not shown",
                             field="import_run.content") from None
        return content
    try:
        return zlib.decompress(content)
    except zlib.error:  # a stream cut short: shown as it is kept
        return content


def _parsed_import(location: str, desk: Desk,
                   import_id: int) -> tuple[str, dict[int, dict[str, str]]]:
    """Parse a stored source again (once; the last few stay cached)."""
    with desk.engine.connect() as connection:
        run = kept_source(connection, import_id)  # a Land-wide import keeps it once
    if run is None:
        raise NoResultFound(f"no import run {import_id}")
    key = (location, run.id)
    if key not in _CACHE:
        content = _unpacked(run.content, run.id)
        parsed = parse_bytes(content, run.source,
                             mapping=json.loads(run.mapping) or None,
                             filename=run.filename or None)
        if len(_CACHE) >= 4:
            _CACHE.pop(next(iter(_CACHE)))
        _CACHE[key] = (run.source, {row.row: dict(row.raw) for row in parsed.rows})
    return _CACHE[key]
