"""Bad inputs of every kind in one ingest: each is named with its code, every good record is stored, no traceback."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from tests.faults.inputs import eventwire

GOOD = "Police arrested two men in Lima on Monday after a protest."
FRENCH = (
    "Le gouvernement a annoncé mardi de nouvelles mesures pour soutenir les agriculteurs touchés par la sécheresse. "
    "Le ministre a déclaré que les aides seraient versées avant la fin du mois."
)


def _bad_inputs(folder: Path) -> dict[str, str]:
    """Write one file per kind of bad input (plus good records among them); return origin → expected code."""
    expected: dict[str, str] = {}
    lines = [
        json.dumps({"id": "good-1", "text": GOOD, "published": "2024-05-06"}).encode(),
        '{"id": "latin", "text": "Bogot\xe1 police said."}'.encode("latin-1"),
        b'{"id": "cut", "text": "Troops',
        b"[1, 2, 3]",
        b'{"id": "nul", "text": "a\x00b"}',
        json.dumps({"id": "nulls", "text": None, "title": None, "published": None}).encode(),
        json.dumps({"id": "bad-date", "text": GOOD, "published": "next Tuesday"}).encode(),
        json.dumps({"id": "typed", "text": {"nested": GOOD}}).encode(),
        json.dumps({"id": None, "text": GOOD + " Again.", "title": None, "source": None, "url": None}).encode(),
        b'{"id": "deep", "text": ' + b"[" * 20000 + b"]" * 20000 + b"}",
        b'{"id": "digits", "text": "x", "n": ' + b"9" * 5000 + b"}",
        json.dumps({"id": "fr", "text": FRENCH * 2, "published": "2024-05-06"}).encode(),
        json.dumps(
            {"id": "good-2", "text": "Kenya and Ethiopia signed a trade deal.", "published": "2024-05-07"}
        ).encode(),
    ]
    (folder / "mixed.jsonl").write_bytes(b"\n".join(lines) + b"\n")
    for number, code in ((2, "E103"), (3, "E104"), (4, "E104"), (5, "E102"), (6, "E105"), (7, "E108"), (8, "E105"),
                         (10, "E104"), (11, "E104"), (12, "E109")):  # fmt: skip
        expected[f"mixed.jsonl: line {number}"] = code
    (folder / "empty.txt").write_bytes(b"")
    expected["empty.txt"] = "E101"
    (folder / "blank.jsonl").write_bytes(b"\n \n\t\n")
    expected["blank.jsonl"] = "E101"
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    expected["image.txt"] = "E102"
    (folder / "huge.txt").write_text("Police arrested two men. " * 45_000, encoding="utf-8")  # 1,125,000 characters
    expected["huge.txt"] = "E202"
    (folder / "nested.json").write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    expected["nested.json"] = "E104"
    (folder / "records.json").write_text(json.dumps({"articles": [{"id": 7, "text": None}, "just a string"]}))
    expected["records.json: record 1"] = "E105"
    expected["records.json: record 2"] = "E104"
    (folder / "scan.pdf").write_bytes(b"%PDF-1.4 binary")
    expected["scan.pdf"] = "E106"
    (folder / "page.html").write_text("<html><body><script>alert(1)</script>" + "<div>" * 5000 + "</body>", "utf-8")
    expected["page.html"] = "E105"  # a script-only shell: no article text
    (folder / "odd.txt").write_text("\u202eTroops withdrew 🙂 from the \u200bborder\u0007 on Friday.", "utf-8")
    return expected


def test_every_kind_of_bad_input(tmp_path: Path, nlp: Any) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    expected = _bad_inputs(folder)
    db = tmp_path / "ew.db"
    run = eventwire("ingest", str(folder), "--db", str(db))
    assert run.returncode == 1, run.stderr
    assert "Traceback" not in run.stderr and "Error:" not in run.stderr.replace("E1", ""), run.stderr
    rejected = {}
    for line in run.stderr.splitlines():
        line = line.strip()
        if line.startswith("[E"):
            code, rest = line[1:5], line[7:]
            origin = next((o for o in expected if f"{o}:" in rest.replace(str(folder) + "/", "")), rest)
            rejected[origin] = code
    assert rejected == expected
    conn = sqlite3.connect(db)
    stored = {r[0] for r in conn.execute("SELECT source_id FROM articles")}
    assert {"good-1", "good-2", "odd"} <= stored and len(stored) == 4  # the fourth: the record with id null
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] >= 2
    again = eventwire("ingest", str(folder), "--db", str(db))  # idempotent, the same problems again
    assert again.returncode == 1 and "0 articles added" in again.stderr and "4 already stored" in again.stderr
