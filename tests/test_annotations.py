"""Our annotated corpus: annotations join the corpus by id and hash, and one coding scores against another."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import IngestError
from eventwire.eval.annotations import gold_outputs, text_hash
from eventwire.eval.run import load_gold

ROOT = Path(__file__).resolve().parents[1]
CORPUS = {
    "id": "wn-1",
    "title": "Leaders meet",
    "text": "Kenya's president met Ethiopia's prime minister.",
    "date": "2020-01-02",
}
ANNOTATION: dict[str, Any] = {
    "format": "eventwire-annotation/1",
    "article_id": "wn-1",
    "corpus": "news/news.jsonl",
    "text_sha256": text_hash(CORPUS),
    "annotator": "a1",
    "published": "2020-01-02",
    "topics": ["diplomacy"],
    "entities": [
        {"key": "ken", "name": "President of Kenya", "kind": "person", "country": "KEN", "sectors": ["GOV"],
         "surface": ["Kenya's president"],
         "mentions": [{"field": "text", "start": 0, "end": 17, "text": "Kenya's president"}]},
        {"key": "eth", "name": "Prime Minister of Ethiopia", "kind": "person", "country": "ETH", "sectors": ["GOV"],
         "surface": ["Ethiopia's prime minister"], "mentions": []},
    ],
    "events": [
        {"key": "E1", "required": True, "plover": ["CONSULT"], "cameo": ["040"], "participants": ["ken", "eth"],
         "directed": False, "date": "2020-01-02", "location": None,
         "evidence": [{"field": "text", "start": 0, "end": 48, "text": CORPUS["text"],
                       "trigger": {"start": 18, "end": 21, "text": "met"}}]},
    ],
    "forbidden": [{"rule": "no_actor", "value": ["Reuters"]}],
}  # fmt: skip


@pytest.fixture()
def corpora(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "news").mkdir()
    (tmp_path / "news" / "news.jsonl").write_text(json.dumps(CORPUS) + "\n", encoding="utf-8")
    monkeypatch.setenv("EVENTWIRE_CORPORA", str(tmp_path))
    return tmp_path


def _write(path: Path, *records: dict[str, Any]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_annotation_joins_the_corpus_text(corpora: Path) -> None:
    (gold,) = load_gold(_write(corpora / "a1.jsonl", ANNOTATION))
    assert gold["format"] == "article-gold/1"
    assert gold["article"]["text"] == CORPUS["text"] and gold["article"]["published"] == "2020-01-02"
    assert gold["events"][0]["evidence"] == [CORPUS["text"]]
    assert gold["entities"][0]["mentions"] == ["Kenya's president"]


def test_a_changed_corpus_record_is_refused(corpora: Path) -> None:
    changed = {**ANNOTATION, "text_sha256": "0" * 64}
    with pytest.raises(IngestError, match="has changed"):
        load_gold(_write(corpora / "a1.jsonl", changed))


def test_gold_outputs_are_the_required_events() -> None:
    gold = {**ANNOTATION, "entities": [{**e, "mentions": e["surface"]} for e in ANNOTATION["entities"]]}
    gold["events"] = [*gold["events"], {**gold["events"][0], "key": "E2", "required": False}]
    (out,) = gold_outputs(gold)
    assert out["event"] == "CONSULT" and {a["code"] for a in (*out["actor"], *out["recipient"])} == {"KEN", "ETH"}


def test_agreement_of_two_codings(corpora: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.cli import main

    first = _write(corpora / "a1.jsonl", ANNOTATION)
    same = _write(corpora / "a2.jsonl", {**ANNOTATION, "annotator": "a2"})
    assert main(["eval", str(first), "--predictions", str(same), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["f1"] == 1.0
    other = copy.deepcopy(ANNOTATION)
    other["events"][0]["plover"], other["events"][0]["cameo"] = ["ACCUSE"], ["111"]  # a type the first never gave
    assert main(["eval", str(first), "--predictions", str(_write(corpora / "a3.jsonl", other)), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["f1"] == 0.0


@pytest.mark.shared
def test_corpus_offsets_point_at_their_text(shared: Path) -> None:
    path = ROOT / "annotations" / "gold.jsonl"
    if not path.exists():
        pytest.skip("annotations/gold.jsonl is not written yet")
    for gold in load_gold(path):
        article = gold["article"]
        for ev in gold["events"]:
            for span in ev["evidence_spans"]:
                where = article["title"] if span["field"] == "title" else article["text"]
                assert where[span["start"] : span["end"]] == span["text"], (gold["article_id"], ev["key"])
                assert where[span["trigger"]["start"] : span["trigger"]["end"]] == span["trigger"]["text"]
