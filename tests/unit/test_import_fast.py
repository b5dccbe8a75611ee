"""The command line's import of a SQLite file on the DB-API alone (issue 10, speed) writes what
the engine's import writes: the same rows, import runs, status events and report, byte for
byte, for the messy sources; and it loads no SQLAlchemy, SQLModel or pydantic."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from helpers import Clock, dump, write_csv

from digiamt_desk.services.desk import open_desk
from digiamt_desk.services.import_fast import Workspace, import_into_file
from digiamt_desk.services.imports import import_source
from digiamt_desk.store.sqlite_import import open_for_import

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "tests" / "data" / "importers"
HEAVY = ("sqlalchemy", "sqlmodel", "pydantic", "alembic")


def engine_import(database: Path, source: Path, **options: Any) -> dict[str, Any]:
    desk = open_desk(database, reviewer="Erika Prüferin")
    desk.clock = Clock()
    try:
        return import_source(desk, str(source), **options).as_dict()
    finally:
        desk.close()


def dbapi_import(database: Path, source: Path, **options: Any) -> dict[str, Any]:
    target = open_for_import(str(database))
    assert target is not None  # a current, writable database with its register: the fast path
    try:
        space = Workspace(target, "Erika Prüferin", Clock())
        return import_into_file(space, str(source), **options).as_dict()
    finally:
        target.close()


def both(template_db: Path, tmp_path: Path,
         steps: list[tuple[Path, dict[str, Any]]]) -> tuple[Path, Path]:
    """The same imports (one after the other) through both paths; their reports must match."""
    engine_db, dbapi_db = tmp_path / "engine.db", tmp_path / "dbapi.db"
    shutil.copy(template_db, engine_db)
    shutil.copy(template_db, dbapi_db)
    for source, options in steps:
        assert dbapi_import(dbapi_db, source, **options) == engine_import(engine_db, source,
                                                                          **options)
    return engine_db, dbapi_db


SERVICE_DB = {
    "meta": {"generated": "2026-02-01"},
    "data": [
        {"id": "120671", "name": "Personalausweis beantragen", "leika": "99102013001000",
         "links": [{"name": "Datenschutzerklärung", "link": "https://stadt.example.de/ds"},
                   {"name": "Online-Antrag", "link": "https://stadt.example.de/antrag/{id}"}],
         "meta": {"url": "//stadt.example.de/dienstleistung/120671/"}},
        {"id": "120672", "name": "Meldebescheinigung", "leika": "99115005001000",
         "links": [{"name": "Datenschutzerklärung", "link": "https://stadt.example.de/ds"}],
         "meta": {"url": "//stadt.example.de/dienstleistung/120672/"},
         "appointment": {"link": "https://termine.stadt.example.de/?s=120672"}},
        {"id": "120673", "name": "Hund anmelden", "leika": "99041006017000",
         "links": [{"name": "Onlinedienst", "link": "https://portal.example/hund"}],
         "meta": {"url": "//stadt.example.de/dienstleistung/120673/"}},
        {"id": "120674", "name": "Hundesteuer abmelden", "leika": "99041006018000",
         "links": [{"name": "Onlinedienst", "link": "https://portal.example/hund"}],
         "meta": {"url": "//stadt.example.de/dienstleistung/120674/"}},
    ],
}


def test_service_database_json_lands_the_same(template_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "dienstleistungen.json"
    source.write_text(json.dumps(SERVICE_DB, ensure_ascii=False), encoding="utf-8")
    engine_db, dbapi_db = both(template_db, tmp_path, [(source, {"ars": "09162"})])
    found = dump(dbapi_db)
    assert len(found["procedure"]) == 3  # the two Hund services share their online link
    assert found == dump(engine_db)
    assert len(found["application"]) == 1 and len(found["status_event"]) == 1


def test_several_link_columns_shared_links_and_a_reimport_land_the_same(
        template_db: Path, tmp_path: Path) -> None:
    first = write_csv(tmp_path / "liste.csv", [
        "Bezeichnung;Link;Online-Link;Leistungsschlüssel;ARS",
        "Hund anmelden;https://stadt.example.de/hund;https://portal.example/hund;"
        "99041006017000;091620000000",
        "Hundesteuer;https://stadt.example.de/steuer;https://portal.example/hund;"
        "99041006018000;091620000000",
        "Gewerbe anmelden;https://stadt.example.de/gewerbe;;99050012104000;091620000000",
        "Kontakt;https://stadt.example.de/kontakt;https://stadt.example.de/kontakt;;"
        "091620000000",
        "Sperrmüll;;;;091620000000",
    ])
    second = write_csv(tmp_path / "liste2.csv", [
        "Bezeichnung;Link;Online-Link;Leistungsschlüssel;ARS",
        "Hund anmelden;https://stadt.example.de/hund;https://portal.example/hund;"
        "99041006017000;091620000000",
        "Gewerbe ummelden;https://stadt.example.de/gewerbe;;99050012104000;091620000000",
        "Baugenehmigung;https://stadt.example.de/bau;https://portal.example/bau;;"
        "091620000000",
    ])
    engine_db, dbapi_db = both(template_db, tmp_path, [(first, {}), (second, {})])
    found = dump(dbapi_db)
    assert len(found["import_run"]) == 2
    assert found == dump(engine_db)


def test_distinct_links_of_a_new_application_land_the_same(template_db: Path,
                                                           tmp_path: Path) -> None:
    # No two rows share a link and every link is its own key: the DB-API path plans these
    # rows without merging (import_merge.plan_distinct); the rows must be those the merge makes
    # (the Landkreis's rows central, several keys and OZG-IDs, the hints counted).
    from digiamt_desk.services.import_merge import all_distinct

    rows = [
        "leika_key;leika_name;ars;ozgid;url;Online-Link;anbieter",
        "99041006017000;Hund anmelden;091620000000;10001;https://stadt.example.de/hund;"
        "https://portal.example/hund;",
        "99041006018000 99041006019000;Hundesteuer;091620000000;10002, 10003;"
        "http://stadt.example.de/steuer?x=1;;kommunal",
        "99050012104000;Gewerbe anmelden;091000000000;10004;https://bezirk.example/gewerbe;;",
        "99050012105000;Gewerbe abmelden;091000000000;;https://bezirk.example/ab;;zentral",
        "99050012106000;Termin;091620000000;;https://stadt.example.de/termin;"
        "https://termine.stadt.example.de/buchen;",
    ]
    source = write_csv(tmp_path / "liste.csv", rows)
    from digiamt_desk.importers import parse_file

    assert all_distinct(parse_file(source).rows)
    engine_db, dbapi_db = both(template_db, tmp_path, [(source, {})])
    found = dump(dbapi_db)
    assert found == dump(engine_db)
    assert len(found["procedure"]) == 5


@pytest.mark.parametrize(("urls", "distinct"), [
    (["https://a.example/x", "http://a.example/y?z=1"], True),
    (["https://a.example/x", "https://a.example/x"], False),  # merge
    (["https://a.example/x", "https://a.example/y/"], False),  # key without the "/"
    (["https://a.example/x", "https://A.example/y"], False),  # key with the host lower-cased
    (["https://a.example/x", "https://a.example/y#teil"], False),
    (["https://a.example/x", "mailto:amt@a.example"], False),  # no web link
])
def test_rows_that_merging_would_not_change(urls: list[str], distinct: bool) -> None:
    from digiamt_desk.domain.importing import SourceRow
    from digiamt_desk.services.import_merge import all_distinct

    assert all_distinct([SourceRow(n, "T", url) for n, url in enumerate(urls, 2)]) is distinct


def test_headerless_file_mapped_by_number_lands_the_same(template_db: Path,
                                                         tmp_path: Path) -> None:
    options = {"ars": "091620000000", "mapping": {"leika": "1", "title": "2", "url": "3"}}
    engine_db, dbapi_db = both(template_db, tmp_path,
                               [(DATA / "bad_headerless.csv", options)])
    assert dump(dbapi_db) == dump(engine_db)
    assert dump(dbapi_db)["procedure"]


def test_a_refused_source_leaves_both_databases_as_they_were(template_db: Path,
                                                             tmp_path: Path) -> None:
    from digiamt_desk.domain.importing import InputError

    database = tmp_path / "cases.db"
    shutil.copy(template_db, database)
    before = dump(database)
    with pytest.raises(InputError) as refused:
        dbapi_import(database, DATA / "bad_headerless.csv", ars="091620000000")
    assert refused.value.code == "no_header"
    assert dump(database) == before


def _run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    script = ("import json, sys\nfrom digiamt_desk.cli import main\ncode = main(sys.argv[1:])\n"
              "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
              f"{HEAVY!r})))\nsys.exit(code)")
    return subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True,
                          env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
                          check=False)


def test_cli_import_runs_without_the_database_layer(db_path: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "liste.csv", [
        "Bezeichnung;Link", "Hundesteuer;https://portal.example/hund",
        "Hund anmelden;https://portal.example/hund"])
    done = _run_cli("--db", str(db_path), "import", str(source), "--ars", "096")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []  # none of them was loaded
    assert "rows read: 2 = added 1" in done.stdout
    assert "shared links" in done.stdout
    rows = dump(db_path)
    assert [r[2] for r in rows["procedure"]] == ["Hundesteuer"]
    assert len(rows["import_run"]) == 1


def test_cli_import_into_a_locked_database_is_refused(db_path: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "liste.csv", ["Bezeichnung;Link", "Hund;https://p.example/h"])
    holder = open_desk(db_path, reviewer="andere")  # this process holds the lock
    try:
        done = _run_cli("--db", str(db_path), "import", str(source), "--ars", "096")
    finally:
        holder.close()
    assert done.returncode == 2
    assert "is open in another DigiAmt Desk" in done.stderr
    assert dump(db_path)["procedure"] == []


GARMISCH, DINKELSBUEHL, OBERBAYERN = "091800117117", "095710136136", "091000000000"


def _land(path: Path, extra: list[str] | None = None) -> Path:
    lines = ["leika_key;leika_name;ars;url;aktiv"]
    lines += [f"99050012{i:06d};Leistung {i};{GARMISCH};https://portal.example/gap/{i % 50};ja"
              for i in range(55)]  # five shared links
    lines += [f"99050012{i:06d};Leistung {i};{DINKELSBUEHL};https://portal.example/din/{i};ja"
              for i in range(12)]
    lines += [f"99050012{i:06d};Bezirk {i};{OBERBAYERN};https://bezirk.example/{i};ja"
              for i in range(31)]
    lines += ["99050012000001;Irgendwo;099999999999;https://x.example/1;ja",
              "99050012000003;Kein Schlüssel;;https://x.example/3;ja", *(extra or [])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_each_authority_lands_the_same(template_db: Path, tmp_path: Path) -> None:
    from digiamt_desk.services.import_screening import import_each_into_file
    from digiamt_desk.services.imports import stepper
    from digiamt_desk.services.screening import import_each_authority

    first = _land(tmp_path / "bayern.csv")
    second = _land(tmp_path / "bayern2.csv", [
        f"99050012000099;Neu;{DINKELSBUEHL};https://portal.example/din/neu;ja"])
    own = write_csv(tmp_path / "eigene.csv", ["Bezeichnung;Link",
                                              "Hund;https://portal.example/gap/hund"])
    reports: dict[str, list[dict[str, Any]]] = {"engine": [], "dbapi": []}
    for way in reports:
        database = tmp_path / f"{way}.db"
        shutil.copy(template_db, database)
        for source, each in ((first, True), (own, False), (second, True)):
            if way == "engine":
                desk = open_desk(database, reviewer="Erika Prüferin")
                desk.clock = Clock()
                try:
                    report = (import_each_authority(desk, str(source)) if each else
                              import_source(desk, str(source), ars=GARMISCH))
                finally:
                    desk.close()
            else:
                target = open_for_import(str(database))
                assert target is not None
                try:
                    space = Workspace(target, "Erika Prüferin", Clock())
                    report = (import_each_into_file(space, str(source),  # type: ignore[assignment]
                                                    step=stepper(None, None)) if each else
                              import_into_file(space, str(source), ars=GARMISCH))
                finally:
                    target.close()
            reports[way].append(report.as_dict())
    assert reports["dbapi"] == reports["engine"]
    assert reports["dbapi"][2]["left_alone"][0]["ars"] == GARMISCH  # its own list came
    found = dump(tmp_path / "dbapi.db")
    assert found == dump(tmp_path / "engine.db")
    assert len(found["application"]) == 4 and len(found["status_event"]) == 4


@pytest.mark.parametrize("make", [
    pytest.param(lambda p: p.write_bytes(b""), id="empty file"),
])
def test_what_the_fast_path_leaves_to_the_general_one(tmp_path: Path,
                                                      make: Callable[[Path], Any]) -> None:
    database = tmp_path / "new.db"
    make(database)
    assert open_for_import(str(database)) is None
    assert open_for_import(str(tmp_path / "missing.db")) is None
    assert open_for_import("postgresql://amt@server/digiamt") is None


def test_a_sqlite_start_loads_no_postgresql_dialect_and_the_server_keeps_its_where(
        db_path: Path) -> None:
    script = ("import sys\nfrom digiamt_desk.services.desk import open_desk\n"
              "open_desk(sys.argv[1]).close()\n"
              "print('sqlalchemy.dialects.postgresql' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", script, str(db_path)], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True)
    assert done.stdout.strip() == "False"

    from sqlalchemy.dialects import postgresql, sqlite
    from sqlalchemy.schema import CreateIndex

    from digiamt_desk.store.tables import PROCEDURES, server_options

    [index] = [i for i in PROCEDURES.indexes if i.name == "ix_procedure_rejected"]
    server_options()  # what make_server_engine does first
    for dialect in (postgresql.dialect(), sqlite.dialect()):
        assert str(CreateIndex(index).compile(dialect=dialect)).endswith(
            "WHERE decision = 'rejected'")


def test_a_database_refusal_on_the_dbapi_path_lands_nothing_and_shows_no_sql(
        db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from digiamt_desk.domain.importing import InputError
    from digiamt_desk.services import import_fast

    def clashing(connection: sqlite3.Connection, *args: Any) -> None:
        connection.execute("INSERT INTO application (id) VALUES (NULL)")  # NOT NULL

    source = write_csv(tmp_path / "liste.csv", ["Bezeichnung;Link", "Hund;https://p.example/h"])
    before = dump(db_path)
    monkeypatch.setattr(import_fast, "insert_distinct", clashing)
    with pytest.raises(InputError) as caught:
        dbapi_import(db_path, source, ars="096")
    assert caught.value.code == "store_refused"
    assert "NOT NULL constraint failed" in str(caught.value)
    assert "INSERT" not in str(caught.value)
    assert dump(db_path) == before  # not even the application or the import run


def _command(*args: str) -> subprocess.CompletedProcess[str]:
    """`digiamt ARGS` as the installed command runs it (main() reading sys.argv), with stdout
    a pipe."""
    return subprocess.run([sys.executable, "-m", "digiamt_desk.cli", *args], capture_output=True,
                          text=True, env={**os.environ, "PYTHONPATH": str(ROOT)}, check=False)


def test_the_command_leaves_at_once_with_its_output_and_database_complete(
        db_path: Path, tmp_path: Path) -> None:
    # The command ends its process without freeing the rows (os._exit): what it printed must
    # all arrive, and the database must be closed (WAL folded back) and unlocked.
    lines = ["Bezeichnung;Link"] + [f"Leistung {i};https://portal.example/l{i}"
                                    for i in range(3000)]
    source = write_csv(tmp_path / "liste.csv", lines)
    done = _command("--db", str(db_path), "import", str(source), "--ars", "096", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["added"] == 3000
    assert not Path(str(db_path) + "-wal").exists()
    again = _command("--db", str(db_path), "import", str(source), "--ars", "096")
    assert again.returncode == 0, again.stderr
    assert "rows read: 3000 = added 0 + updated 0 + unchanged 3000" in again.stdout
    assert len(dump(db_path)["procedure"]) == 3000


def test_the_land_wide_command_leaves_at_once_with_its_output_complete(
        db_path: Path, tmp_path: Path) -> None:
    done = _command("--db", str(db_path), "import", str(_land(tmp_path / "bayern.csv")),
                    "--each-authority", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["authorities"] == 3
    assert [r["added"] for r in report["reports"]] == [50, 12, 31]
    assert not Path(str(db_path) + "-wal").exists()
    assert len(dump(db_path)["procedure"]) == 93


def test_planning_distinct_rows_gives_what_the_merge_gives(tmp_path: Path) -> None:
    # Both the Land-wide import's paths plan an authority's new rows with plan_distinct: it must
    # give merge_rows + summarise + plan_rows' tuples and counts exactly.
    from digiamt_desk.domain.importing import Provider, SourceRow
    from digiamt_desk.services.import_merge import (
        ImportReport,
        all_distinct,
        count_distinct,
        merge_rows,
        plan_distinct,
        plan_rows,
        summarise,
    )

    rows = [SourceRow(2, "Hund", "https://a.example/hund", ("99041006017000",)),
            SourceRow(3, "Steuer", "http://a.example/s?x=1", ("99041006018000", "9904100601"),
                      Provider.MUNICIPAL, "091620000000", (10002, 10003), hints="appointment"),
            SourceRow(4, "Gewerbe", "https://b.example/g", (), Provider.UNKNOWN,
                      "091000000000", (10004,), hints="no_online_link"),
            SourceRow(5, "Bau", "https://b.example/bau", (), Provider.CENTRAL, None, (),
                      hints="no_online_link appointment")]
    assert all_distinct(rows)
    merged_report, plain_report = (ImportReport("s", "csv", "a", "n", 1, "r", True, len(rows))
                                   for _ in range(2))
    merged = merge_rows(rows, {"091000000000"}, merged_report)
    summarise(merged, merged_report)
    inserts, updates = plan_rows(merged, {}, 7, 9, merged_report)
    count_distinct(rows, plain_report)
    assert plan_distinct(rows, {"091000000000"}, 7, 9) == inserts and updates == []
    assert plain_report == merged_report
    assert [row[5] for row in inserts] == ["unknown", "municipal", "central", "central"]
    assert (plain_report.no_online_link, plain_report.appointment) == (2, 2)
