"""Errors are values with their codes from stage to stage: an E202 is reported as E202, once; nothing is loaded for
input that is rejected before coding; a non-English article is named (E109), not stored with no events."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import eventwire.api
import eventwire.parallel.local
from eventwire.api import Report, extract


def test_a_coded_error_keeps_its_code_to_the_report(tmp_path: Path, nlp: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (issue 11.8, stage boundaries): an overlong article's E202 came out as "[E300] x: [E202] x: ..."."""
    monkeypatch.setattr(nlp, "max_length", 300)
    monkeypatch.setattr(eventwire.parallel.local, "load_nlp", lambda model=None: nlp)
    f = tmp_path / "long.txt"
    f.write_text("Police arrested two men in Lima on Monday. " * 20, encoding="utf-8")
    report = Report()
    assert list(extract([str(f)], report=report)) == []
    (problem,) = report.problems
    assert problem.code == "E202" and problem.origin == str(f)
    assert problem.render().count("E202") == 1 and "E300" not in problem.render()
    assert "split it" in problem.message and report.inputs == 1


def test_rejected_input_does_not_load_the_model(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (issue 11, stage boundaries): rejecting a binary file loaded the spaCy model first."""

    def no_model(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("the model was loaded for input that was rejected before coding")

    monkeypatch.setattr(eventwire.parallel.local, "load_nlp", no_model)
    monkeypatch.setattr(eventwire.parallel.local, "build_coder", no_model)
    blob = tmp_path / "blob.txt"
    blob.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    report = Report()
    assert list(extract([str(blob), str(tmp_path / "missing.txt")], report=report)) == []
    assert [p.code for p in report.problems] == ["E102", "E107"] and report.inputs == 2


FRENCH = (
    "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse. "
    "Le ministre a déclaré que les aides seraient versées avant la fin du mois, et que les syndicats seraient "
    "consultés sur la suite des négociations avec les représentants des régions concernées."
)


def test_a_non_english_article_is_named_and_not_coded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (issue 11.8): a French article was stored with 0 events and no warning."""
    from eventwire.ingest import Problem, read_inputs

    f = tmp_path / "in.jsonl"
    f.write_text(
        '{"id": "fr", "text": "' + FRENCH + '"}\n{"id": "en", "text": "Police arrested two men in Lima."}\n',
        encoding="utf-8",
    )
    items = list(read_inputs([str(f)]))
    assert [type(i).__name__ for i in items] == ["Problem", "Article"]
    problem = items[0]
    assert isinstance(problem, Problem) and problem.code == "E109" and "'fr'" in problem.message
    assert "line 1" in problem.origin


def _imports() -> dict[str, set[tuple[str, str]]]:
    """For each module of eventwire: the (module, name) pairs it imports from eventwire (at any depth)."""
    import ast

    root = Path(eventwire.api.__file__).parent
    found: dict[str, set[tuple[str, str]]] = {}
    for path in root.rglob("*.py"):
        module = "eventwire." + ".".join(path.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        pairs = found.setdefault(module, set())
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("eventwire"):
                pairs.update((str(node.module), alias.name) for alias in node.names)
    return found


def test_no_private_helper_crosses_a_package_and_no_two_modules_import_each_other() -> None:
    """Regression (issue 11, stage boundaries): eval/cli.py used the CLI's private progress bar; export/field.py and
    export/formats.py imported each other."""
    imports = _imports()
    package = lambda m: m.rsplit(".", 1)[0] if m.count(".") > 1 else m  # noqa: E731
    crossing = [
        (module, f"{source}.{name}")
        for module, pairs in imports.items()
        for source, name in pairs
        if name.startswith("_") and not name.startswith("__") and package(source) != package(module)
    ]
    assert not crossing
    mutual = sorted(
        {
            tuple(sorted((a, b)))
            for a, pairs in imports.items()
            for b, _ in pairs
            if a in {s for s, _ in imports.get(b, ())}
        }
    )
    assert not mutual
