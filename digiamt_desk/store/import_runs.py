"""The source an import run keeps. An import keeps what it read in its run (`content`,
zlib-compressed); a Land-wide import (services.screening) writes a run per authority and keeps
the source once, in the first of them: its other runs hold no content and share the first's
source, time and reviewer, which is how `kept_source` finds it."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, func, select

from digiamt_desk.store.tables import IMPORT_RUNS


def kept_source(connection: Connection, import_id: int) -> Any:
    """The run that holds the source of import run `import_id` (itself, or the first run of
    its Land-wide import): a row of id, source, filename, mapping, content; None if the run
    is not there."""
    r = IMPORT_RUNS.c
    run = connection.execute(select(r.id, r.source, r.filename, r.mapping, r.content, r.at, r.by)
                             .where(r.id == import_id)).first()
    if run is None or run.content:
        return run
    holder = connection.execute(
        select(r.id, r.source, r.filename, r.mapping, r.content, r.at, r.by)
        .where(r.source == run.source, r.at == run.at, r.by == run.by,
               func.length(r.content) > 0).order_by(r.id).limit(1)).first()
    return holder if holder is not None else run


__all__ = ["kept_source"]
