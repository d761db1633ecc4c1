"""Analysts' corrections in the store (both backends): the append-only log, corrected events served and exported
with their flags, re-ingest keeping them, undo, concurrent corrections, validation, and the article-gold export."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.corrections import CorrectionIn, NewEventIn, add_event, correct_event
from eventwire.corrections.gold import corrections_gold
from eventwire.errors import CorrectionConflict, InvalidCorrection, NothingToCorrect
from eventwire.store import Store, copy_store, open_store
from tests.test_serve_api import _results, build_store

# The article a3 (as stored: title, blank line, body) and its two events: ev-3 ASSAULT, ev-4 ACCUSE.
A3 = "Grain port shelled\n\nRussian forces shelled Kyiv on Monday. Ukraine accused Russia of war crimes on Tuesday."


@pytest.fixture()
def location(db_location: str) -> str:
    return build_store(db_location)


def _span(text: str, words: str, after: str = "") -> dict[str, int]:
    start = text.index(words, text.index(after) if after else 0)
    return {"start": start, "end": start + len(words)}


def _edit(store: Store, event_id: str, changes: dict[str, Any], author: str = "ana", note: str = "") -> dict[str, Any]:
    body = CorrectionIn.model_validate({"action": "edit", "changes": changes, "note": note})
    return correct_event(store, event_id, body, author=author)


def _delete(store: Store, event_id: str, reason: str = "not-an-event") -> dict[str, Any]:
    return correct_event(store, event_id, CorrectionIn(action="delete", reason=reason), author="ana")  # type: ignore[arg-type]


def _add_missed(store: Store) -> dict[str, Any]:
    """An analyst adds the headline's report of the shelling, which the coder missed."""
    body = NewEventIn.model_validate(
        {"trigger": _span(A3, "shelled"), "event": "ASSAULT", "recipient": [_span(A3, "Grain port")]}
    )
    return add_event(store, "a3", body, author="ana")


def _per_article(store: Store) -> dict[str, dict[str, Any]]:
    return {e["id"]: e for e in store.events(per_article=True)}


def test_edit_is_logged_and_served_flagged(location: str) -> None:
    with open_store(location) as store:
        entry = _edit(store, "ev-4", {"event": "THREATEN"}, note="it is a threat, not an accusation")
        assert entry["action"] == "edit" and entry["author"] == "ana" and entry["id"].startswith("c-")
        assert entry["before"]["event"] == "ACCUSE" and entry["after"]["event"] == "THREATEN"
        assert entry["after"]["cameo"] == "130"  # ACCUSE's 112 is no THREATEN code: the type's generic one
        events = _per_article(store)
        fixed = events["ev-4"]
        assert fixed["event"] == "THREATEN" and fixed["corrected"] is True
        assert [c["id"] for c in fixed["corrections"]] == [entry["id"]]
        assert "event" in fixed["corrections"][0]["fields"]
        assert all(not e["corrected"] and e["corrections"] == [] for k, e in events.items() if k != "ev-4")
        cluster = next(e for e in store.events() if "a3" in (e.get("article_ids") or []) and e["event"] == "THREATEN")
        assert cluster["corrected"] is True
        log = store.corrections(event_ids=["ev-4"])
        assert [e["id"] for e in log] == [entry["id"]] and log[0]["note"] == "it is a threat, not an accusation"
        assert log[0]["before"]["event"] == "ACCUSE" and log[0]["after"]["event"] == "THREATEN"


def test_the_log_is_append_only(location: str) -> None:
    with open_store(location) as store:
        _edit(store, "ev-4", {"event": "THREATEN"})
        conn = store.conn  # type: ignore[attr-defined]
        for sql in ("UPDATE corrections SET author = 'someone else'", "DELETE FROM corrections"):
            with pytest.raises(Exception, match="append-only"), conn.transaction():
                conn.execute(sql)
        assert [e["author"] for e in store.corrections()] == ["ana"]


def test_reingest_never_undoes_a_correction(location: str) -> None:
    with open_store(location) as store:
        _edit(store, "ev-4", {"actor": [_span(A3, "Russia", after="accused")], "recipient": [_span(A3, "Ukraine")]})
        _delete(store, "ev-3")
        added = _add_missed(store)
        before = _per_article(store)
        summary = store.add(_results(), coder="test.v1")
        assert summary.added == 0 and summary.events == 0
        after = _per_article(store)
    assert after == before
    assert "ev-3" not in after and added["event_id"] in after
    assert [a["code"] for a in after["ev-4"]["actor"]] == ["RUS"]


def test_undo_is_itself_a_correction(location: str) -> None:
    with open_store(location) as store:
        removed = _delete(store, "ev-3")
        assert "ev-3" not in _per_article(store)
        undo = correct_event(store, "ev-3", CorrectionIn(action="undo", undoes=removed["id"]), author="bo")
        assert undo["action"] == "undo" and undo["undoes"] == removed["id"]
        restored = _per_article(store)["ev-3"]
        assert restored["event"] == "ASSAULT" and restored["corrected"] is True
        assert [c["action"] for c in restored["corrections"]] == ["delete", "undo"]
        edit = _edit(store, "ev-3", {"date": "2022-05-01", "event": "COERCE"})
        _edit(store, "ev-3", {"event_loc": None})
        correct_event(store, "ev-3", CorrectionIn(action="undo", undoes=edit["id"]), author="bo")
        now = _per_article(store)["ev-3"]
        assert (now["event"], now["date"], now["event_loc"]) == ("ASSAULT", "2022-05-02", None)  # later edit stays
        assert [e["action"] for e in store.corrections(event_ids=["ev-3"])] == [
            "delete",
            "undo",
            "edit",
            "edit",
            "undo",
        ]
        with pytest.raises(NothingToCorrect):
            correct_event(store, "ev-3", CorrectionIn(action="undo", undoes="c-0000"), author="bo")
        added = _add_missed(store)
        correct_event(store, added["event_id"], CorrectionIn(action="undo", undoes=added["id"]), author="bo")
        assert added["event_id"] not in _per_article(store)
        with pytest.raises(CorrectionConflict):
            _delete(store, added["event_id"])


def test_concurrent_corrections_are_all_logged_and_the_last_wins(location: str) -> None:
    """Two clients correct one event at the same moment: the store applies them one after the other."""
    start = threading.Barrier(2)
    done: dict[str, dict[str, Any]] = {}
    failures: list[BaseException] = []

    def client(name: str, kind: str) -> None:
        try:
            with open_store(location) as store:
                start.wait()
                done[name] = _edit(store, "ev-4", {"event": kind}, author=name)
        except BaseException as exc:  # reported below
            failures.append(exc)

    threads = [threading.Thread(target=client, args=a) for a in (("ana", "THREATEN"), ("bo", "REJECT"))]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not failures, failures
    with open_store(location) as store:
        log = store.corrections(event_ids=["ev-4"])
        final = _per_article(store)["ev-4"]
    assert sorted(e["author"] for e in log) == ["ana", "bo"]
    first, last = log
    assert first["before"]["event"] == "ACCUSE"
    assert last["before"]["event"] == first["after"]["event"]  # nothing lost: each saw what the other left
    assert final["event"] == last["after"]["event"]
    assert [c["id"] for c in final["corrections"]] == [first["id"], last["id"]]


def test_invalid_corrections_name_every_problem_and_change_nothing(location: str) -> None:
    with open_store(location) as store:
        before = _per_article(store)
        with pytest.raises(InvalidCorrection) as bad:
            _edit(store, "ev-4", {"event": "ACCUSE", "cameo": "190", "mode": ["nonsense"]})
        assert "190" in str(bad.value) and "nonsense" in str(bad.value) and bad.value.code == "E801"
        with pytest.raises(InvalidCorrection, match="not a PLOVER type"):
            _edit(store, "ev-4", {"event": "ACUSE"})
        with pytest.raises(InvalidCorrection, match="not a stretch of the article"):
            _edit(store, "ev-4", {"actor": [{"start": 90, "end": 9000}]})
        with pytest.raises(InvalidCorrection, match="not a country"):
            _edit(store, "ev-4", {"actor": [{**_span(A3, "Ukraine"), "code": "XXZ"}]})
        with pytest.raises(InvalidCorrection, match="not a date"):
            _edit(store, "ev-4", {"date": "2022-13-40"})
        with pytest.raises(InvalidCorrection, match="changes nothing"):
            _edit(store, "ev-4", {"event": "ACCUSE"})
        with pytest.raises(NothingToCorrect):
            _edit(store, "ev-404", {"event": "ACCUSE"})
        assert _per_article(store) == before and store.corrections() == []


# -- exports --------------------------------------------------------------------------------------------------------
@pytest.fixture()
def corrected(tmp_path: Path) -> Iterator[str]:
    """An SQLite store with a retyped event, a swapped actor, a removed event and an added one."""
    location = build_store(str(tmp_path / "corrected.db"))
    with open_store(location) as store:
        _edit(store, "ev-5", {"event": "REJECT", "cameo": "120"})
        _edit(store, "ev-4", {"recipient": [_span(A3, "Russian forces")]})
        _delete(store, "ev-3", "negated")
        _add_missed(store)
    yield location


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    assert main(list(args)) == 0
    return capsys.readouterr().out


def test_every_export_shows_the_corrections(corrected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rows = [json.loads(line) for line in _cli(capsys, "events", "--db", corrected, "--per-article", "-q").splitlines()]
    assert {r["id"]: r["corrected"] for r in rows if r["corrected"]}.keys() >= {"ev-5", "ev-4"}
    assert "ev-3" not in {r["id"] for r in rows}
    assert next(r for r in rows if r["id"] == "ev-5")["event"] == "REJECT"
    for fmt in ("csv", "table"):
        out = _cli(capsys, "events", "--db", corrected, "--format", fmt, "-q")
        assaults = [line for line in out.splitlines() if "ASSAULT" in line]
        assert "REJECT" in out and len(assaults) == 1 and "Grain port" in assaults[0]  # the added one, not ev-3
    assert "* corrected by an analyst" in _cli(capsys, "events", "--db", corrected, "--format", "table", "-q")
    plover = [json.loads(line) for line in _cli(capsys, "export", "--db", corrected, "-q").splitlines()]
    assert sum(r["corrected"] for r in plover) == 3 and all(r["corrections"] for r in plover if r["corrected"])
    for fmt in ("csv", "cameo-tsv"):
        out = _cli(capsys, "export", "--db", corrected, "--format", fmt, "-q")
        header, *lines = out.splitlines()
        assert "corrected" in header and "corrections" in header
        assaults = [line for line in lines if "ASSAULT" in line]
        assert sum("REJECT" in line for line in lines) == 1 and len(assaults) == 1 and "Grain port" in assaults[0]
    pq = tmp_path / "e.parquet"
    _cli(capsys, "export", "--db", corrected, "--format", "parquet", "-o", str(pq), "-q")
    import pyarrow.parquet as pq_

    table = pq_.read_table(pq).to_pylist()
    assert sum(bool(r["corrected"]) for r in table) == 3 and {r["plover_event"] for r in table} >= {"REJECT"}


def test_corrections_export_is_gold_that_eval_scores(
    corrected: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gold_file = tmp_path / "gold.jsonl"
    _cli(capsys, "corrections", "export", "--db", corrected, "-o", str(gold_file), "-q")
    golds = [json.loads(line) for line in gold_file.read_text().splitlines()]
    assert [g["article_id"] for g in golds] == ["a4", "a3"] and {g["format"] for g in golds} == {"article-gold/1"}
    a3 = golds[1]
    # the body's shelling was marked negated; the headline's was added
    assert [(e["plover"], e["evidence"]) for e in a3["events"]] == [
        (["ASSAULT"], ["Grain port shelled"]),
        (["ACCUSE"], ["Ukraine accused Russia of war crimes on Tuesday."]),
    ]
    for event in a3["events"]:
        for span in event["evidence_spans"]:
            text = a3["article"]["text"]
            assert text[span["start"] : span["end"]] == span["text"]
            assert text[span["trigger"]["start"] : span["trigger"]["end"]] == span["trigger"]["text"]
    with open_store(corrected) as store:
        assert list(corrections_gold(store)) == golds
    log_out = _cli(capsys, "corrections", "export", "--db", corrected, "--format", "log", "-q")
    log = [json.loads(line) for line in log_out.splitlines()]
    assert [e["action"] for e in log] == ["edit", "edit", "delete", "add"]
    # The store's events as they now stand agree with the gold; the coder's original output did not.
    now = tmp_path / "now.jsonl"
    now.write_text(_cli(capsys, "events", "--db", corrected, "--per-article", "-q"))
    original = tmp_path / "original.jsonl"
    original.write_text(_cli(capsys, "events", "--db", build_store(str(tmp_path / "o.db")), "--per-article", "-q"))
    scores = {}
    for name, predictions in (("now", now), ("original", original)):
        out = _cli(capsys, "eval", str(gold_file), "--predictions", str(predictions), "--predictions-only", "--json")
        scores[name] = json.loads(out)
    assert scores["now"]["f1"] == 1.0
    assert scores["original"]["f1"] < scores["now"]["f1"]


def test_copy_carries_the_log_and_the_corrected_events(corrected: str, db_location: str) -> None:
    with open_store(corrected) as source, open_store(db_location) as target:
        report = copy_store(source, target)
        assert (report.corrections, report.added_corrections) == (4, 4)
        assert copy_store(source, target).added_corrections == 0  # idempotent
        assert target.corrections() == source.corrections()
        assert _per_article(target) == _per_article(source)
        assert list(corrections_gold(target)) == list(corrections_gold(source))


def test_corrected_gold_feeds_the_detector_corpus(corrected: str) -> None:
    """The shape `train --with-corrections` reads: every corrected event's trigger becomes a labelled span."""
    from eventwire.learn.detector_data import corpus_items

    with open_store(corrected) as store:
        items = {item.group: item for item in corpus_items(corrections_gold(store))}
    assert set(items) == {"a3", "a4"}
    text = items["a3"].article.text
    assert sorted((text[s:e], label) for s, e, label, _ in items["a3"].spans) == [
        ("accused", "ACCUSE"),
        ("shelled", "ASSAULT"),
    ]
    assert [label for *_, label, _ in items["a4"].spans] == ["REJECT"]  # the retyped event, as corrected
    assert all(link for item in items.values() for link in item.links)


def test_recode_a_participant_and_set_the_place_and_mode(location: str) -> None:
    with open_store(location) as store:
        kyiv = _span(A3, "Kyiv")
        _edit(store, "ev-3", {"recipient": [{**kyiv, "code": "UKR", "sector": "GOV", "kind": "country"}]})
        _edit(store, "ev-4", {"event_loc": {"name": "Kyiv"}, "mode": ["allege"]})
        _edit(store, "ev-3", {"mode": ["heavy-weapons"]})
        events = _per_article(store)
    (recipient,) = events["ev-3"]["recipient"]
    assert (recipient["text"], recipient["code"], recipient["sector"], recipient["sectors"]) == (
        "Kyiv",
        "UKR",
        "GOV",
        ["GOV"],
    )
    assert (recipient["start"], recipient["end"]) == (kyiv["start"], kyiv["end"])
    assert events["ev-4"]["mode"] == ["allege"] and events["ev-3"]["mode"] == ["heavy-weapons"]
    place = events["ev-4"]["event_loc"]
    assert (place["name"], place["country_code"]) == ("Kyiv", "UKR") and place["geonameid"]
