"""The `digiamt` command's start-up stays lean (issue 10, speed): what only other commands or
error paths need is loaded when used, and the error paths still answer as before."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from helpers import write_csv
from sqlalchemy.exc import IntegrityError

from digiamt_desk import __version__
from digiamt_desk.cli import imports as cli_imports
from digiamt_desk.cli import main

ROOT = Path(__file__).resolve().parents[2]

# Loaded by neither `import digiamt_desk.cli` nor `--help`: the database layer and the package
# metadata cost about 0.3 s of every start.
NOT_AT_START = ("sqlalchemy", "sqlmodel", "pydantic", "alembic", "importlib.metadata",
                "digiamt_desk.store.db", "digiamt_desk.store.postgres", "multiprocessing")
# Loaded by no CSV import: the readers of other formats and sources.
NOT_FOR_CSV = ("openpyxl", "python_calamine", "httpx", "alembic", "defusedxml",
               "xml.etree", "digiamt_desk.importers.xzufi", "digiamt_desk.importers.json_list",
               "digiamt_desk.importers.xlsx", "digiamt_desk.importers.fetch", "multiprocessing")


def loaded_after(code: str, *args: str) -> set[str]:
    """The modules a fresh interpreter holds after running code (argv: args)."""
    script = code + "\nimport json, sys\nprint(json.dumps(sorted(sys.modules)))"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script, *args], env=env, check=True,
                          capture_output=True, text=True)
    return set(json.loads(done.stdout.strip().splitlines()[-1]))


def test_cli_start_loads_no_database_layer() -> None:
    loaded = loaded_after("import digiamt_desk.cli")
    assert "digiamt_desk.cli.imports" in loaded  # the commands are there, their weight is not
    assert sorted(loaded & set(NOT_AT_START)) == []


def test_help_loads_no_database_layer() -> None:
    loaded = loaded_after("import contextlib, io\nfrom digiamt_desk.cli import main\n"
                          "with contextlib.suppress(SystemExit), "
                          "contextlib.redirect_stdout(io.StringIO()):\n"
                          "    main(['import', '--help'])")
    assert sorted(loaded & set(NOT_AT_START)) == []


def test_csv_import_loads_no_other_format_readers(db_path: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "liste.csv", [
        "Bezeichnung;Link", "Hundesteuer;https://portal.example/hund"])
    loaded = loaded_after(
        "import contextlib, io, sys\nfrom digiamt_desk.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    assert main(['--db', sys.argv[1], 'import', sys.argv[2], '--ars', '096']) == 0",
        str(db_path), str(source))
    assert "digiamt_desk.services.imports" in loaded  # the import ran
    assert sorted(loaded & set(NOT_FOR_CSV)) == []


def test_version_is_read_when_asked(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--version"])
    assert stopped.value.code == 0
    assert capsys.readouterr().out == f"digiamt {__version__}\n"
    assert __version__.count(".") >= 2


def test_store_error_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--db", "ftp://server/amt.db", "applications"])
    err = capsys.readouterr().err
    assert code == 2
    assert err.startswith("digiamt: error: 'ftp://' is no database this program opens")
    assert "Traceback" not in err


def test_server_refusal_is_one_line_and_exit_2(capsys: pytest.CaptureFixture[str],
                                               monkeypatch: pytest.MonkeyPatch,
                                               tmp_path: Path) -> None:
    def refused(args: object) -> int:  # what a team server's guard raises through SQLAlchemy
        raise IntegrityError("UPDATE procedure", {}, Exception(
            "a second reviewer must confirm this decision\nCONTEXT: trigger four_eyes"))

    monkeypatch.setattr(cli_imports, "cmd_import", refused)
    code = main(["import", str(tmp_path / "liste.csv")])
    assert code == 2
    assert capsys.readouterr().err == ("digiamt: error: the database refused it: a second "
                                       "reviewer must confirm this decision\n")


def test_other_errors_are_not_swallowed(monkeypatch: pytest.MonkeyPatch,
                                        tmp_path: Path) -> None:
    def broken(args: object) -> int:
        raise ZeroDivisionError("a bug")

    monkeypatch.setattr(cli_imports, "cmd_import", broken)
    with pytest.raises(ZeroDivisionError):
        main(["import", str(tmp_path / "liste.csv")])
