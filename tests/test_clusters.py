"""Cross-source clusters: one happening reported by several articles is one event with every article_id."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.store import EventFilter, open_store
from eventwire.store.clusters import same_happening

DATA = Path(__file__).parent / "data"


def _rec(event: str = "CONSULT", cameo: str = "040", day: str = "2022-04-27", **kw: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "event": event,
        "cameo": cameo,
        "date": day,
        "date_precision": "day",
        "actor": [{"code": "CHN", "name": "Wei Fenghe", "kind": "person"}],
        "recipient": [{"code": "IRN", "name": "Ebrahim Raisi", "kind": "person"}],
        "event_loc": {"lat": 35.69, "lon": 51.42, "geonameid": 112931},
    }
    rec.update(kw)
    return rec


def test_same_happening_rules() -> None:
    assert same_happening(_rec(), _rec(day="2022-04-28"))  # within a day
    assert not same_happening(_rec(), _rec(day="2022-04-30"))
    assert not same_happening(_rec(), _rec(event="SUPPORT", cameo="051"))
    far = {"lat": 29.6, "lon": 52.5, "geonameid": 1}  # Shiraz, ~700 km away
    assert not same_happening(_rec(), _rec(event_loc=far))
    other = [{"code": "IRN", "name": "Mohammad Bagheri", "kind": "person"}]
    assert not same_happening(_rec(), _rec(recipient=other))
    assert same_happening(_rec(), _rec(recipient=[{"code": "IRN", "name": "Raisi", "kind": "person"}]))


@pytest.mark.shared
@pytest.mark.model
def test_two_reports_of_one_meeting_are_one_event(tmp_path: Path, db_location: str, example: Path, nlp: Any) -> None:
    from eventwire.api import ingest

    second = json.loads((DATA / "second-report-raisi-wei.json").read_text(encoding="utf-8"))
    records = tmp_path / "reports.jsonl"
    first = {"id": "chinadaily-raisi-wei", "text": (example / "article.txt").read_text(encoding="utf-8"),
             "published": "2022-04-28", "source": "China Daily"}  # fmt: skip
    records.write_text(json.dumps(first) + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    with open_store(db_location) as store:
        report = ingest([str(records)], store)
        assert report.ok and report.stored is not None and report.stored.added == 2
        meetings = [
            e
            for e in store.events(EventFilter(type="CONSULT"))
            if {"Wei Fenghe", "Ebrahim Raisi"} <= {r.get("name") for r in e["actor"] + e["recipient"]}
        ]
        assert len(meetings) == 1
        meeting = meetings[0]
        assert meeting["article_ids"] == ["chinadaily-raisi-wei", "test-second-report-raisi-wei"]
        assert meeting["num_sources"] == 2 and meeting["num_mentions"] >= 4
        assert meeting["date"] == "2022-04-27" and meeting["event_loc"]["geonameid"] == 112931
        per_article = [e for e in store.events(EventFilter(type="CONSULT"), per_article=True)]
        assert len(per_article) > len(list(store.events(EventFilter(type="CONSULT"))))
        detail = store.event(meeting["id"])
        assert detail is not None and len(detail["reports"]) == 2
        for report_ in detail["reports"]:
            for m in report_["event"]["mentions"]:
                assert report_["text"][m["start"] : m["end"]].startswith(m["sentence"][:20])
