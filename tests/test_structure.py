"""Document structure: headline, publisher, byline, captions, datelines, headings."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.ingest import read_inputs
from eventwire.ingest.structure import detect_structure, find_dateline
from eventwire.records import Article


@pytest.mark.parametrize(
    ("paragraph", "place"),
    [
        ("TEHERAN-Iranian President met the minister.", "TEHERAN"),
        ("WASHINGTON (Reuters) - The United States said.", "WASHINGTON"),
        ("LONDON, May 3 (AP) — Britain said.", "LONDON"),
        ("BEIJING — China said on Monday.", "BEIJING"),
        ("NEW YORK, Feb 26 - Brazil's banks said.", "NEW YORK"),
        ("Beijing, May 3 (Xinhua) -- China said.", "Beijing"),
    ],
)
def test_dateline_forms(paragraph: str, place: str) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert paragraph[found[1] : found[2]] == place


@pytest.mark.parametrize("paragraph", ["U.S.-China talks began.", "UAE-Saudi ties grew.", "The minister said - again."])
def test_not_datelines(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_structure_of_a_wire_story() -> None:
    text = (
        "Ministers meet in Oslo\nBy Jane Roe\n\nOSLO (Reuters) - Norway hosted talks on Monday.\n\n"
        "Officials at the talks in Oslo on Monday. (Photo: Agencies)\n\nBackground\n\n"
        "The talks began in 2020 and continued."
    )
    s = detect_structure(text)
    assert s.headline and s.headline.text == "Ministers meet in Oslo"
    assert s.byline and s.byline.text == "By Jane Roe"
    assert s.dateline_place and s.dateline_place.text == "OSLO"
    assert [c.text for c in s.captions] == ["Officials at the talks in Oslo on Monday. (Photo: Agencies)"]
    assert [h.text for h in s.headings] == ["Background"]
    assert s.zone_at(text.index("Norway")) == "dateline"


def _founding(example: Path) -> Article:
    items = list(read_inputs([str(example / "article.txt")]))
    assert len(items) == 1 and isinstance(items[0], Article)
    return items[0]


@pytest.mark.shared
def test_founding_example_structure(example: Path) -> None:
    article = _founding(example)
    s = article.structure
    assert s.headline and s.headline.text == "Iran's Raisi meets with Chinese defense minister"
    assert s.publisher and s.publisher.text == "China Daily"
    assert len(s.captions) == 1 and s.captions[0].text.endswith("(Photo: Agencies)")
    assert s.dateline_place and s.dateline_place.text == "TEHERAN"
    assert [h.text for h in s.headings] == ["Strategic communication"]


@pytest.mark.shared
@pytest.mark.model
def test_dateline_is_not_glued_to_the_next_word(example: Path, nlp) -> None:  # type: ignore[no-untyped-def]
    from eventwire.nlp import prepare_doc

    article = _founding(example)
    doc = nlp(prepare_doc(nlp, article))
    assert not any("TEHERAN-Iranian" in t.text for t in doc)
    assert not any("TEHERAN" in e.text and "Iranian" in e.text for e in doc.ents)
    sents = [s.text.strip() for s in doc.sents]
    assert "China Daily" in sents  # the publisher line is its own sentence
    assert any(s.startswith("Iranian President Ebrahim Raisi met with") for s in sents)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Bolivia Seizes Biggest Ever Cocaine Haul. More than 600 kilos of the drug were found.",
            "Bolivia Seizes Biggest Ever Cocaine Haul.",
        ),
        ("Iranian Foreign Minister Mohammad Javad Zarif Condemned a U.S. Supreme Court decision on Monday.", None),
        ("President Ana Flores Met Gen. Carlos Ruiz In The Capital On Monday to discuss the border.", None),
    ],
)
def test_run_in_title_case_headline_never_ends_at_an_abbreviation(text: str, headline: str | None) -> None:
    found = detect_structure(text).headline
    assert (found.text if found else None) == headline
