"""The event filter: its features, its artefact, what it keeps, and how its training rows are labelled (core tier)."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from eventwire.errors import DictionaryError
from eventwire.learn.keep import FoldEvents, cross_validate_filter, filter_rows, fit_filter
from eventwire.models.sparse import SparseLinear
from eventwire.resolve.keep import DROP, KEEP, EventFilter, event_features, packaged_filter


def _event(kind: str, actor: dict[str, Any], recipient: dict[str, Any] | None, confidence: float) -> dict[str, Any]:
    return {
        "event": kind, "quad_code": 4, "confidence": confidence, "date_precision": "day", "event_loc": None,
        "actor": [actor], "recipient": [recipient] if recipient else [],
        "mentions": [{"pattern": "coerce.arrest+refused", "zone": "body"}],
    }  # fmt: skip


POLICE = {"text": "Kenyan police", "code": "KEN", "sector": "COP", "kind": "organization"}
IMPLIED = {"text": "", "code": "KEN", "sector": "COP", "kind": "organization"}
SINGER = {"text": "The singer", "code": None, "sector": None, "kind": "person"}


def test_features_say_how_each_side_was_coded() -> None:
    feats = event_features(_event("COERCE", IMPLIED, SINGER, 0.55))
    assert {"type=COERCE", "pattern=coerce.arrest", "reread=refused", "zone=body", "no-place"} <= set(feats)
    assert {"actor:coded", "actor:implied", "actor:sector=COP", "recipient:uncoded"} <= set(feats)
    assert [f for f in feats if f.startswith("confidence>=")] == ["confidence>=0.2", "confidence>=0.3",
                                                                  "confidence>=0.4", "confidence>=0.5"]  # fmt: skip
    assert "recipient:none" in event_features(_event("COERCE", POLICE, None, 0.9))


def _filter(threshold: float = 0.5) -> EventFilter:
    model = SparseLinear.from_json(
        {"labels": [DROP, KEEP], "bias": [0.0, 0.0], "features": ["actor:implied"], "weights": [[[0, 2.0], [1, -2.0]]]}
    )
    return EventFilter("eventwire.model.event-filter.test", model, threshold)


def test_scores_and_threshold() -> None:
    named, implied = _event("COERCE", POLICE, SINGER, 0.5), _event("COERCE", IMPLIED, SINGER, 0.5)
    low, high = _filter().scores([implied, named])
    assert low < 0.5 <= high == 0.5
    assert _filter().scores([]) == []


MILITANTS = {"text": "Militants", "code": None, "sector": "REB", "kind": "group"}


def test_an_event_with_no_country_is_neither_filtered_nor_trained_on() -> None:
    """Such an event can never match an event of an article coded by country, so the filter knows nothing of it."""
    countryless = _event("ASSAULT", MILITANTS, {**SINGER, "text": "farmers", "sector": "CVL"}, 0.2)
    coded = _event("ASSAULT", IMPLIED, None, 0.2)
    strict = _filter(1.01)  # keeps nothing it can judge
    assert strict.keep_records([coded, countryless]) == [countryless]
    rows, labels = filter_rows({"a1": [countryless, coded]}, {"a1": GOLD})
    assert rows == [event_features(coded)] and labels == [DROP]


def test_artefact_round_trip_and_malformed_ones() -> None:
    f = _filter(0.3)
    back = EventFilter.from_json(f.to_json(), "x.json")
    assert back.threshold == 0.3 and back.scores([_event("COERCE", IMPLIED, None, 0.4)]) == f.scores(
        [_event("COERCE", IMPLIED, None, 0.4)]
    )
    bad = {**f.to_json(), "labels": ["ACTOR", "NONE"]}
    with pytest.raises(DictionaryError, match="malformed event filter"):
        EventFilter.from_json(bad, "x.json")
    with pytest.raises(DictionaryError, match="retrain"):
        EventFilter.from_json({"labels": [DROP, KEEP]}, "x.json")


def test_the_shipped_filter_loads_and_names_itself() -> None:
    shipped = packaged_filter()
    assert shipped is not None and shipped.name == "eventwire.model.event-filter.v1"
    assert 0 < shipped.threshold < 1 and shipped.metrics["events"] > 100


GOLD = {
    "article_id": "a1",
    "entities": [{"key": "ke", "country": "KEN"}, {"key": "ug", "country": "UGA"}],
    "events": [{"key": "e1", "plover": ["COERCE"], "participants": ["ke", "ug"], "required": True}],
}


def test_rows_are_labelled_by_the_coded_events_of_the_article() -> None:
    right = _event("COERCE", POLICE, {"text": "Ugandans", "code": "UGA", "sector": None, "kind": "group"}, 0.6)
    wrong = _event("ASSAULT", POLICE, None, 0.6)
    rows, labels = filter_rows({"a1": [right, wrong]}, {"a1": GOLD})
    assert labels == [KEEP, DROP] and rows[0] == event_features(right)


def test_fitting_and_stacked_scores_need_nothing_but_rows() -> None:
    pytest.importorskip("sklearn", reason="training needs the test extra (scikit-learn)")
    right = _event("COERCE", POLICE, {"text": "Ugandans", "code": "UGA", "sector": None, "kind": "group"}, 0.6)
    wrong = _event("ASSAULT", IMPLIED, None, 0.3)
    golds = {f"a{i}": {**GOLD, "article_id": f"a{i}"} for i in range(6)}
    outputs = {a: [right, wrong] for a in golds}
    fitted = fit_filter(outputs, golds, c=10.0, threshold=0.5)
    keep, drop = fitted.scores([right, wrong])
    assert keep > 0.5 > drop and fitted.metrics["events"] == 12 and fitted.metrics["kept"] == 6
    found = FoldEvents(outputs, {a: i % 2 for i, a in enumerate(golds)})
    scores = cross_validate_filter(found, golds, [0.5], c=10.0)[0.5].summary()
    assert scores["precision"] == 1.0 and scores["recall"] == 1.0


def test_the_default_coder_filters_and_names_the_filter_in_versions() -> None:
    from eventwire.coding import build_coder

    assert "eventwire.model.event-filter.v1" in build_coder().versions
    bare = build_coder(event_filter=False)
    assert bare.event_filter is None and "eventwire.model.event-filter.v1" not in bare.versions


@pytest.mark.model
def test_the_coder_leaves_out_what_the_filter_scores_under_its_threshold(nlp: Any) -> None:
    from datetime import date

    from eventwire.coding import build_coder
    from eventwire.ingest import make_article
    from eventwire.pipeline import process

    shipped = packaged_filter()
    assert shipped is not None
    article = make_article("Kenyan police arrested five Ugandan smugglers in Nairobi on Monday.", origin="test",
                           id="t", published=date(2024, 5, 9))  # fmt: skip

    def events(threshold: float) -> list[Any]:
        coder = build_coder(event_filter=replace(shipped, threshold=threshold))
        (result,) = process([article], nlp=nlp, coder=coder)
        return list(result.events)

    assert [e.coding.event for e in events(0.0)] == ["COERCE"]
    assert events(1.01) == []
