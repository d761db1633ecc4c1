"""The reliability suite: `make faults` runs it in full (EVENTWIRE_FAULTS=full); `make test` runs a fast form."""

from __future__ import annotations

import os

import pytest

FULL = os.environ.get("EVENTWIRE_FAULTS") == "full"
FIGURES: list[str] = []  # measured figures, printed at the end of the run


def size(fast: int, full: int) -> int:
    """How much of something the suite does: little in `make test`, the real amount in `make faults`."""
    return full if FULL else fast


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/faults/" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.faults)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if FIGURES:
        terminalreporter.section("reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)
