"""Cross-source clusters: one happening reported by several articles is one event with every article_id."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.dictionaries.loader import load_from
from eventwire.ingest import make_article
from eventwire.pipeline import ArticleResult
from eventwire.records import ActorRef, Event, EventDate, EventMention, Provenance, Sentence, Span
from eventwire.store import EventFilter, open_store
from eventwire.store.clusters import dates_compatible, same_happening

DATA = Path(__file__).parent / "data"


def _ref(code: str | None, name: str | None, kind: str, text: str | None = None, **kw: Any) -> dict[str, Any]:
    return {"code": code, "name": name, "kind": kind, "text": name if text is None else text, **kw}


def _rec(event: str = "CONSULT", cameo: str = "040", day: str = "2022-04-27", **kw: Any) -> dict[str, Any]:
    rec: dict[str, Any] = {
        "event": event,
        "cameo": cameo,
        "date": day,
        "date_precision": "day",
        "actor": [_ref("CHN", "Wei Fenghe", "person")],
        "recipient": [_ref("IRN", "Ebrahim Raisi", "person")],
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
    assert not same_happening(_rec(), _rec(recipient=[_ref("IRN", "Mohammad Bagheri", "person")]))
    assert same_happening(_rec(), _rec(recipient=[_ref("IRN", "Raisi", "person")]))


def test_dates_must_agree_when_not_stated_to_the_day() -> None:
    """Inferred, coarse or missing dates merge only between articles published close together, never across
    years, never with an article of unknown date."""
    inferred = _rec(day="2020-05-11", date_precision="inferred")
    may, spring = date(2020, 5, 11), date(2020, 5, 12)
    assert dates_compatible(inferred, may, _rec(day="2020-05-12", date_precision="inferred"), spring)
    assert not dates_compatible(inferred, may, _rec(day="1990-03-02", date_precision="inferred"), date(1990, 3, 2))
    assert not dates_compatible(inferred, may, _rec(day=None, date_precision=None), None)
    assert not dates_compatible(inferred, may, _rec(day="2020-05-11", date_precision="inferred"), date(2020, 6, 1))
    month = _rec(day="2020-05", date_precision="month")
    assert dates_compatible(month, may, _rec(day="2020-05", date_precision="month"), spring)
    assert dates_compatible(month, may, _rec(day="2020-05-10"), spring)  # a day inside the month
    assert not dates_compatible(month, may, _rec(day="2020-04", date_precision="month"), spring)
    assert not dates_compatible(_rec(day="1968", date_precision="year"), may, inferred, spring)
    assert not dates_compatible(_rec(day="2020-03-01"), may, inferred, spring)  # stated long before publication
    assert dates_compatible(_rec(day="2020-05-10"), None, _rec(day="2020-05-11"), None)  # stated days suffice


def test_participants_must_be_the_same() -> None:
    """Each side's countries must be named the same way in both reports: a guessed or anonymous participant
    ("unidentified attackers", "ten people") or a country against one of its people shows nothing."""
    police = [_ref("GBR", "Metropolitan Police", "organization", sectors=["COP"])]
    army = [_ref("GBR", "British Army", "organization", sectors=["MIL"])]
    protesters = [_ref("GBR", "Extinction Rebellion", "organization", sectors=["CVL"])]
    arrest = {"event": "COERCE", "cameo": "173", "recipient": protesters}
    assert same_happening(_rec(actor=police, **arrest), _rec(actor=police, **arrest))
    assert not same_happening(_rec(actor=police, **arrest), _rec(actor=army, **arrest))
    swapped = _rec(event="ACCUSE", cameo="112", actor=_rec()["recipient"], recipient=_rec()["actor"])
    assert not same_happening(_rec(event="ACCUSE", cameo="112"), swapped)  # who accused whom differs
    strike = {"event": "ASSAULT", "cameo": "190", "date": "2015-09-12", "date_precision": "inferred"}
    guessed = [_ref("SAU", "unidentified attackers", "group", text="")]
    ten, sixteen = [_ref("SAU", None, "group", text="Ten people")], [_ref("SAU", None, "group", text="16 people")]
    day = date(2015, 9, 12)
    assert not same_happening(_rec(actor=guessed, recipient=ten, **strike), _rec(actor=guessed, recipient=sixteen,
                              **strike), day, day)  # fmt: skip
    iran = [_ref("IRN", "Iran", "country")]
    usa = [_ref("USA", "United States", "country")]
    warn = {"event": "THREATEN", "date": "1987-10-20", "date_precision": "inferred", "recipient": usa}
    assert same_happening(_rec(cameo="130", actor=iran, **warn), _rec(cameo="130", actor=iran, **warn), day, day)
    assert not same_happening(_rec(cameo="130", actor=iran, **warn), _rec(cameo="138", actor=iran, **warn), day, day)
    person = [_ref("IRN", "Ali Khamenei", "person")]
    assert not same_happening(_rec(cameo="130", actor=iran, **warn), _rec(cameo="130", actor=person, **warn), day, day)
    visit = {"event": "CONSULT", "cameo": "042", "date": "1987-04-17", "date_precision": "inferred", "recipient": usa}
    uncoded, other = [_ref(None, "Junichiro Koizumi", "person")], [_ref("USA", "Richard Lyng", "person")]
    assert not same_happening(_rec(actor=uncoded, **visit), _rec(actor=other, **visit), day, day)  # two visitors
    militants = {"event": "ASSAULT", "cameo": "193", "actor": [_ref(None, None, "organization", "militants")]}
    alone = _rec(recipient=[], **militants)  # a sector-only event: no country on either side
    assert not same_happening(alone, dict(alone), day, day)  # "militants opened fire" in two articles: not one event


def test_one_sided_reports_need_a_sentence_in_common() -> None:
    """ "Japan agreed ..." in two articles a day apart says too little, unless a sentence is the same word for word
    (one wire story in two outlets)."""
    japan = [_ref("JPN", "Japan", "country")]
    pledge = {"event": "AGREE", "cameo": "030", "actor": japan, "recipient": [], "date": "1987-03-20",
              "date_precision": "inferred", "event_loc": None}  # fmt: skip
    said = [{"sentence": "Japan pledged to stop dumping microchips."}]
    other = [{"sentence": "Tokyo is eager to avoid a further yen rise."}]
    day, next_day = date(1987, 3, 20), date(1987, 3, 21)
    assert not same_happening(_rec(mentions=said, **pledge), _rec(mentions=other, **pledge), day, next_day)
    assert same_happening(_rec(mentions=said, **pledge), _rec(mentions=said, **pledge), day, next_day)


def _accusation(article_id: str, published: date | None) -> ArticleResult:
    """ "Britain accused France ..." with no date in the text: the publication date (if any) stands in."""
    text = "Britain accused France of breaking the agreement."
    article = make_article(text, origin="t", id=article_id, published=published)
    coding = load_from(()).ontology.coding("ACCUSE", "112")
    gbr = ActorRef("Britain", 0, 7, "United Kingdom", "GBR", "GOV", ("GOV",), "country")
    fra = ActorRef("France", 17, 23, "France", "FRA", None, (), "country")
    mention = EventMention(
        article_id, Sentence(0, len(text), text), Span(8, 16, "accused"), coding, (gbr,), (fra,),
        Provenance("t.v1", "accuse.test", 8, 16, 0, len(text)),
    )  # fmt: skip
    when = EventDate(published, "day", inferred=True) if published else None
    event = Event(
        f"ev-{article_id}", article_id, coding, (gbr,), (fra,), (mention,), when, None, False, False, 0.9, "t.v1"
    )
    return ArticleResult(article, (event,))


def test_unrelated_undated_reports_stay_apart(tmp_path: Path) -> None:
    """Regression (issue 11.1): the same dyad and type in a 1990 article, a May 2020 one and an undated one were
    one row; they are three happenings. Two reports published a day apart are still one."""
    with open_store(tmp_path / "ew.db") as store:
        store.add([_accusation("a1990", date(1990, 3, 2)), _accusation("a2020", date(2020, 5, 11))], coder="t")
        store.add([_accusation("undated", None)], coder="t")
        assert len(list(store.events())) == 3
        store.add([_accusation("a2020-next-day", date(2020, 5, 12))], coder="t")
        rows = list(store.events())
        assert len(rows) == 3
        assert sorted(r["article_ids"] for r in rows)[1] == ["a2020", "a2020-next-day"]


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
