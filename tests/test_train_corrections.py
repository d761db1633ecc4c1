"""A retrain with analysts' corrections changes what the coder says on the corrected sentences (a small fixture:
one article coded, one missed event added by an analyst, a detector fitted with and without that correction)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.coding import build_coder
from eventwire.corrections import NewEventIn, add_event
from eventwire.corrections.gold import corrections_gold
from eventwire.learn.cli import with_corrections
from eventwire.pipeline import process
from eventwire.records import Article
from eventwire.store import open_store

TEXT = (
    "Polish police arrested five smugglers in Warsaw on Monday. "
    "Norway's government stonewalled Sweden's request for talks on Tuesday. "
    "Officials in Oslo gave no reason."
)
ARTICLE = Article(id="fixture-1", text=TEXT, title="Arrests in Warsaw", published=date(2024, 3, 6), source="test")


def _span(words: str) -> dict[str, int]:
    start = TEXT.index(words)
    return {"start": start, "end": start + len(words)}


def _reports(nlp: Any, coder: Any) -> list[tuple[str, str]]:
    """Each event of the fixture as (type, trigger)."""
    (result,) = process([ARTICLE], nlp=nlp, coder=coder)
    events = [ev.to_json() for ev in result.events]
    return sorted((ev["event"], m["trigger"]) for ev in events for m in ev["mentions"])


@pytest.fixture()
def corrected_store(nlp: Any, tmp_path: Path) -> str:
    """The fixture as the rules code it, then an analyst adds the rejection the coder missed ("stonewalled")."""
    location = str(tmp_path / "fixture.db")
    coder = build_coder(detector=False, participants=False)
    with open_store(location) as store:
        store.add(list(process([ARTICLE], nlp=nlp, coder=coder)), coder=coder.name)
        body = NewEventIn.model_validate(
            {
                "trigger": _span("stonewalled"),
                "event": "REJECT",
                "cameo": "120",
                "actor": [_span("Norway")],
                "recipient": [_span("Sweden")],
            }
        )
        add_event(store, ARTICLE.id, body, author="ana")
    return location


@pytest.mark.model
def test_a_retrain_with_the_corrections_finds_what_the_analyst_added(nlp: Any, corrected_store: str) -> None:
    from eventwire.dictionaries import load_dictionaries
    from eventwire.extract.casing import HeadlineCaser
    from eventwire.learn import detector_data as dd
    from eventwire.learn.detector import fit

    corpus, added, replaced = with_corrections([], corrected_store)
    assert (added, replaced) == (1, 0)
    (gold,) = corpus
    analyst = [e for e in gold["events"] if e["corrected"]]
    assert [e["plover"] for e in analyst] == [["REJECT"]]
    # The same article without the analyst's event: what the detector would learn without the correction.
    uncorrected = {**gold, "events": [e for e in gold["events"] if not e["corrected"]]}
    dicts = load_dictionaries()
    recase = HeadlineCaser(dicts).recase

    def detector(golds: list[dict[str, Any]]) -> Any:
        parsed = dd.parse(nlp, list(dd.corpus_items(golds)), recase)
        nouns, adjectives = dd.trigger_vocabulary(parsed, dicts)
        return fit(dd.rows(parsed, dicts, nouns, adjectives), c=10.0, nouns=nouns, adjectives=adjectives,
                   readings=dd.readings(parsed))  # fmt: skip

    before = _reports(nlp, build_coder(detector=detector([uncorrected]), participants=False))
    after = _reports(nlp, build_coder(detector=detector([gold]), participants=False))
    assert ("REJECT", "stonewalled") not in before
    assert ("REJECT", "stonewalled") in after
    assert [r for r in after if r[1] != "stonewalled"] == before  # the rest of the article as before


@pytest.mark.model
def test_train_with_corrections_replaces_the_corpus_article_and_refuses_models_without_articles(
    nlp: Any, corrected_store: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with open_store(corrected_store) as store:
        (gold,) = corrections_gold(store)
    # Our corpus holding the same article (as coded before the analyst looked): the corrected version replaces it.
    stale = {**gold, "article_id": "corpus-copy", "events": [e for e in gold["events"] if not e["corrected"]]}
    corpus, added, replaced = with_corrections([stale], corrected_store)
    assert (added, replaced) == (1, 1) and corpus == [gold]
    assert main(["train", "sentence-class", "--with-corrections", corrected_store]) == 1
    err = capsys.readouterr().err
    assert "does not learn from articles" in err and "--with-corrections" in err
