"""Shared fixtures: a database with the register loaded, copied fresh for every test."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from helpers import Clock

from digiamt_desk.services.desk import Desk, open_desk

pytest_plugins = ["pg_cluster"]  # the throwaway PostgreSQL server (tests/pg_cluster.py)


@pytest.fixture(scope="session")
def template_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    desk = open_desk(path, reviewer="template", create=True)
    desk.close()
    return path


@pytest.fixture
def db_path(template_db: Path, tmp_path: Path) -> Path:
    path = tmp_path / "cases.db"
    shutil.copy(template_db, path)
    return path


@pytest.fixture
def desk(db_path: Path) -> Iterator[Desk]:
    opened = open_desk(db_path, reviewer="Erika Prüferin")
    opened.clock = Clock()
    yield opened
    opened.close()
