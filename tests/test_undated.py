"""Undated input: a warning once per run (each record with --verbose), and office-holders never coded to a country
their name does not belong to."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.ingest import make_article

TURKEY = (
    "Turkey hosts talks\n\nTurkish officials welcomed the plan in Ankara. "
    "Blair criticised Erdogan over the Kurdish question on Monday."
)


def _sides(events: list[Any]) -> dict[str | None, str | None]:
    return {r.name: r.code for e in events for r in (*e.actors, *e.recipients)}


def test_an_office_holder_is_not_coded_to_the_articles_country(nlp: Any, coder: Any) -> None:
    """Regression (issue 11.6): without a date "Blair" (Tony Blair, GBR; Bill Blair, CAN) took the article's
    country (TUR); it stays uncoded unless the article's country is one the name belongs to. Erdogan stays TUR."""
    from eventwire.pipeline import process

    (result,) = process([make_article(TURKEY, origin="t", id="t")], nlp=nlp, coder=coder)
    sides = _sides(list(result.events))
    assert sides.get("Blair") is None and sides.get("Recep Tayyip Erdoğan") == "TUR", sides
    british = TURKEY.replace("Turkey hosts", "Britain hosts").replace("Turkish officials", "British officials")
    british = british.replace("in Ankara", "in London")
    (result,) = process([make_article(british, origin="t", id="t")], nlp=nlp, coder=coder)
    assert _sides(list(result.events)).get("Blair") == "GBR"


def test_undated_records_are_warned_about_once(tmp_path: Path, nlp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    """Regression (issue 11.6): records without a publication date degraded in silence."""
    f = tmp_path / "in.jsonl"
    records = [
        {"id": "a", "text": "Police arrested two men in Lima on Monday."},
        {"id": "b", "text": "Troops fired on protesters in Quito.", "published": "2024-05-06"},
        {"id": "c", "text": "Kenya and Ethiopia signed a trade deal."},
    ]
    f.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    assert main(["extract", str(f)]) == 0
    err = capsys.readouterr().err
    assert err.count("have no publication date") == 1 and "2 of 3 articles" in err
    assert "relative dates" in err and "office-holders" in err and "--published" in err
    assert "line 1" not in err
    assert main(["extract", str(f), "--verbose"]) == 0
    lines = [x for x in capsys.readouterr().err.splitlines() if x.strip().startswith("no publication date:")]
    assert len(lines) == 2 and "line 1" in lines[0] and "line 3" in lines[1]
    assert main(["extract", str(f), "--published", "2024-05-07"]) == 0
    assert "publication date" not in capsys.readouterr().err
