"""Sentence-level eval: set detection, the four scorers on hand-made records, and the CLI on real sets (tiers)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from eventwire.errors import IngestError
from eventwire.eval.cli import load_sets
from eventwire.eval.sentences import (
    ARTICLE,
    CASE2021,
    CONFLIBERT,
    PETRARCH2,
    PLOVER,
    acled_hit,
    detect_kind,
    group_records,
    macro_f1,
    pentaclass,
    score_case2021,
    score_conflibert,
    score_petrarch2,
    score_plover,
    sentence_article,
    sentence_errors,
    top_event,
)

Record = dict[str, Any]


# -- hand-made records in the shape of each set ----------------------------------------------------
def penta(n: int, cls: int) -> Record:
    return {"id": f"cb-{n}", "text": "Ruritania shelled Freedonia.", "labels": {"pentacode": cls, "source": []}}


def plover(n: int, event: str, actor: list[str], recipient: list[str]) -> Record:
    def refs(codes: list[str]) -> list[Record]:
        return [{"text": c, "code": c, "sector": None} for c in codes]

    labels = {"event": event, "event_legacy": event, "actor": refs(actor), "recipient": refs(recipient)}
    return {"id": f"pl-{n}", "text": "Ruritania met Freedonia.", "labels": labels}


def petr(n: int, codes: list[str], *, real: bool = True) -> Record:
    return {
        "id": f"pe-{n}",
        "text": "Ruritania accused Freedonia.",
        "date": "2001-01-01",
        "events": [{"source": "RUR", "target": "FRE", "code": c} for c in codes],
        "suite": "gsr" if real else "petr2_unittest",
        "expect": "events" if codes else "noevents",
        "dictionaries": "Phoenix (operational)" if real else "PETR.Validate.* (fictional)",
    }


def acled(n: int, subtype: str, group: str = "acled_seen") -> Record:
    return {"id": f"ca-{n}", "text": "Troops clashed.", "labels": {"acled_subtype": subtype, "label_group": group}}


def ev(event: str = "ASSAULT", cameo: str = "190", conf: float = 0.5, actor: str = "", recipient: str = "") -> Record:
    return {
        "event": event,
        "cameo": cameo,
        "confidence": conf,
        "actor": [{"code": actor}] if actor else [],
        "recipient": [{"code": recipient}] if recipient else [],
    }


# -- detection and loading --------------------------------------------------------------------------
def test_detect_kind_from_shape() -> None:
    assert detect_kind(penta(1, 0)) == CONFLIBERT
    assert detect_kind(plover(1, "AGREE", [], [])) == PLOVER
    assert detect_kind(petr(1, ["040"])) == PETRARCH2
    assert detect_kind(acled(1, "ARREST")) == CASE2021
    assert detect_kind({"format": "article-gold/1", "article_id": "a", "events": []}) == ARTICLE
    assert detect_kind({"id": "x", "text": "nothing to score"}) is None


def test_group_keeps_real_dictionary_petrarch_and_rejects_unknown() -> None:
    groups = group_records([petr(1, ["040"]), petr(2, ["040"], real=False), penta(1, 2)], where="mixed")
    assert [r["id"] for r in groups[PETRARCH2]] == ["pe-1"]
    assert len(groups[CONFLIBERT]) == 1
    with pytest.raises(IngestError, match="record 2"):
        group_records([penta(1, 2), {"id": "x", "text": "?"}], where="bad")


def test_load_sets_detects_per_file_and_limits(tmp_path: Path) -> None:
    a, b = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    a.write_text("".join(json.dumps(penta(i, 1)) + "\n" for i in range(5)), encoding="utf-8")
    b.write_text(json.dumps(acled(1, "ARREST")) + "\n", encoding="utf-8")
    articles, sets = load_sets([a, b], limit=3)
    assert articles == []
    assert list(sets) == [CONFLIBERT, CASE2021]
    assert [r["id"] for r in sets[CONFLIBERT]] == ["cb-0", "cb-1", "cb-2"]


def test_sentence_article_tolerates_a_non_iso_date() -> None:
    record = {**petr(1, ["040"]), "date": "121108"}
    article = sentence_article(record)
    assert article.id == "pe-1" and article.published is None


# -- helpers ------------------------------------------------------------------------------------------
def test_top_event_and_pentaclass() -> None:
    assert top_event([]) is None
    assert top_event([ev(cameo="040", conf=0.3), ev(cameo="190", conf=0.9)]) == ev(cameo="190", conf=0.9)
    assert pentaclass(None) == 0
    assert [pentaclass(ev(cameo=c)) for c in ("010", "021", "036", "0841", "09", "112", "145", "160", "193")] == [
        0,
        0,
        1,
        2,
        3,
        3,
        4,
        3,
        4,
    ]


def test_macro_f1() -> None:
    # label a: tp 1, fn 1 -> 2/3; label b: tp 1, fp 1 -> 2/3
    assert macro_f1(["a", "a", "b"], ["a", "b", "b"], ["a", "b"]) == round(2 / 3, 4)
    assert macro_f1([], [], []) == 0.0


# -- scorers ------------------------------------------------------------------------------------------
def test_conflibert_uses_the_most_confident_event_and_class_0_for_none() -> None:
    pairs = [
        (penta(1, 4), [ev(cameo="040", conf=0.2), ev(cameo="190", conf=0.8)]),  # 4, right
        (penta(2, 0), []),  # no event -> class 0, right
        (penta(3, 1), [ev(cameo="173")]),  # 4 for 1, wrong
    ]
    s = score_conflibert(pairs)
    assert s["sentences"] == 3 and s["accuracy"] == round(2 / 3, 4) and s["no_event"] == 1
    assert s["class_f1"] == {"0": 1.0, "1": 0.0, "2": 0.0, "3": 0.0, "4": round(2 / 3, 4)}
    assert s["macro_f1"] == round((1.0 + 2 / 3) / 5, 4)


def test_plover_type_and_countries() -> None:
    pairs = [
        (plover(1, "CONSULT", ["RUS"], ["JAP"]), [ev("CONSULT", "040", 0.9, "RUS", "JPN")]),
        (plover(2, "AGREE", ["IGO"], []), [ev("ASSAULT", "190", 0.9), ev("AGREE", "030", 0.4, "UNO")]),
        (plover(3, "ACCUSE", ["USA"], ["IRN"]), []),
    ]
    s = score_plover(pairs)
    assert s["type_accuracy"] == round(1 / 3, 4)
    assert s["type_macro_f1"] == round(1 / 3, 4)  # CONSULT 1.0, AGREE 0.0, ACCUSE 0.0
    # the actors of the gold-type event are judged: RUS right, UNO counts as IGO, no event is wrong
    assert s["actor_country_accuracy"] == round(2 / 3, 4)
    assert s["recipient_country_accuracy"] == 0.5
    assert s["no_event"] == 1


def test_sentence_errors_list_only_the_wrong_sentences_with_what_fired() -> None:
    right = (plover(1, "CONSULT", ["RUS"], []), [ev("CONSULT", "040", 0.9, "RUS")])
    wrong_actor = (plover(2, "CONSULT", ["RUS"], []), [ev("CONSULT", "040", 0.9, "JPN")])
    silent = (plover(3, "ACCUSE", ["USA"], ["IRN"]), [])
    errors = sentence_errors(PLOVER, [right, wrong_actor, silent])
    assert [e["id"] for e in errors] == ["pl-2", "pl-3"]
    assert errors[0]["got"] == "CONSULT" and errors[0]["events"][0]["actor"] == ["None:JPN"]
    assert errors[1]["got"] == "NONE" and errors[1]["gold"]["event"] == "ACCUSE" and errors[1]["events"] == []
    assert [e["id"] for e in sentence_errors(CONFLIBERT, [(penta(1, 4), [ev()]), (penta(2, 1), [ev()])])] == ["cb-2"]
    assert [e["id"] for e in sentence_errors(PETRARCH2, [(petr(1, ["190"]), [ev()]), (petr(2, []), [ev()])])] == [
        "pe-2"
    ]
    assert [e["id"] for e in sentence_errors(CASE2021, [(acled(1, "ARMED_CLASH"), [ev("PROTEST", "140")])])] == ["ca-1"]


def test_petrarch2_code_agreement() -> None:
    pairs = [
        (petr(1, ["173", "042"]), [ev(cameo="173"), ev(cameo="043")]),  # 173 exact, 04 root
        (petr(2, ["192"]), [ev(cameo="190")]),  # root only
        (petr(3, []), []),  # silent, right
        (petr(4, []), [ev(cameo="010")]),  # an event where none is due
    ]
    s = score_petrarch2(pairs)
    assert (s["sentences"], s["codings"], s["outputs"]) == (4, 3, 4)
    assert s["code_agreement"] == round(1 / 3, 4)
    assert s["root_agreement"] == 1.0
    assert s["code_precision"] == 0.25
    assert s["noevent_accuracy"] == 0.5


def test_acled_mapping() -> None:
    assert acled_hit("ARMED_CLASH", [ev("ASSAULT")]) is True
    assert acled_hit("PEACE_PROTEST", [ev("ASSAULT", conf=0.9), ev("PROTEST", conf=0.1)]) is False
    assert acled_hit("PEACE_PROTEST", [ev("ASSAULT", conf=0.9), ev("PROTEST", conf=0.1)], any_event=True) is True
    assert acled_hit("NATURAL_DISASTER", []) is True
    assert acled_hit("ORG_CRIME", [ev()]) is None
    assert acled_hit("GOV_REGAINS_TERIT", [ev("COERCE", "192")]) is True  # PLOVER: occupy or seize territory
    assert acled_hit("ARREST", [ev("ASSAULT")]) is False


def test_case2021_scores() -> None:
    pairs = [
        (acled(1, "ARREST"), [ev("COERCE", "173")]),
        (acled(2, "AIR_STRIKE"), []),
        (acled(3, "MAN_MADE_DISASTER", "unseen_subtask2"), [ev("ASSAULT")]),
        (acled(4, "OTHER"), [ev("CONSULT", "040")]),
    ]
    s = score_case2021(pairs)
    assert (s["sentences"], s["scored"]) == (4, 3)
    assert s["type_accuracy"] == round(1 / 3, 4)
    assert s["group_accuracy"] == {"acled_seen": 0.5, "unseen_subtask2": 0.0}


# -- the CLI on real records (shared + model tiers) ------------------------------------------------------
SETS = {
    CONFLIBERT: "conflibert_cameo_pentacode.jsonl",
    PLOVER: "plover_gsr_cameo.jsonl",
    PETRARCH2: "petrarch2_validation.jsonl",
    CASE2021: "case2021_task2_acled_dev.jsonl",
}


def _last_json(out: str) -> Record:
    result: Record = json.loads(out.strip().splitlines()[-1])
    return result


@pytest.mark.shared
@pytest.mark.model
def test_cli_scores_each_real_sentence_set(shared: Path, nlp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.cli import main

    paths = [shared / "eval" / name for name in SETS.values()]
    missing = [p.name for p in paths if not p.exists()]
    if missing:
        pytest.skip(f"data tier: sentence sets absent from {shared / 'eval'}: {missing}")
    assert main(["eval", *map(str, paths), "--json", "--limit", "20", "-q"]) == 0
    report = _last_json(capsys.readouterr().out)
    assert report["f1"] is None
    assert set(SETS) <= set(report)
    assert all(report[kind]["sentences"] == 20 for kind in SETS)
    assert 0.0 <= report[CONFLIBERT]["macro_f1"] <= 1.0
    assert {"type_accuracy", "type_macro_f1", "actor_country_accuracy"} <= set(report[PLOVER])
    assert "code_agreement" in report[PETRARCH2] and "type_accuracy" in report[CASE2021]


@pytest.mark.shared
@pytest.mark.model
def test_cli_f1_is_the_article_level_f1(example: Path, nlp: Any, capsys: pytest.CaptureFixture[str]) -> None:
    from eventwire.cli import main

    plover_set = example.parents[1] / "eval" / SETS[PLOVER]
    if not plover_set.exists():
        pytest.skip(f"data tier: {plover_set} is absent")
    assert main(["eval", str(example), str(plover_set), "--json", "--limit", "3", "-q"]) == 0
    report = _last_json(capsys.readouterr().out)
    assert isinstance(report["f1"], float) and report["articles"] == 1
    assert report[PLOVER]["sentences"] == 3
