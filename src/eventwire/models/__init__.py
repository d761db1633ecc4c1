"""The shipped model artefacts (JSON written by `eventwire train`): reading one by file name, writing one."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from typing import Any


def packaged(filename: str) -> dict[str, Any] | None:
    """The JSON of a model shipped in this package, or None when it has not been trained."""
    entry = resources.files(__name__) / filename
    if not entry.is_file():
        return None
    data: dict[str, Any] = json.loads(entry.read_text(encoding="utf-8"))
    return data


def write(data: dict[str, Any], path: Path) -> None:
    """Write a model's JSON compactly, one line."""
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")
