"""The stage boundaries of ARCHITECTURE.md hold in the code: what each package may import."""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src" / "eventwire"


def _imports(package: str) -> dict[str, set[str]]:
    """Every module of a package with the modules it imports."""
    out: dict[str, set[str]] = {}
    for path in sorted((SRC / package).rglob("*.py")):
        names: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                names.add(node.module)
            elif isinstance(node, ast.Import):
                names.update(alias.name for alias in node.names)
        out[str(path.relative_to(SRC))] = names
    return out


def test_extract_never_imports_resolve() -> None:
    bad = {m: sorted(n for n in names if n.startswith("eventwire.resolve")) for m, names in _imports("extract").items()}
    assert not {m: n for m, n in bad.items() if n}


def test_resolve_sees_only_records_never_spacy() -> None:
    bad = {
        m: sorted(n for n in names if n.split(".")[0] == "spacy" or n.startswith("eventwire.extract"))
        for m, names in _imports("resolve").items()
    }
    assert not {m: n for m, n in bad.items() if n}
