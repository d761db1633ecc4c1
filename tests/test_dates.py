"""Dates against the publication date: weekdays, relative days, months, explicit dates, background."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.resolve.dates import resolve_date

THU = date(2022, 4, 28)


@pytest.mark.parametrize(
    ("text", "value", "precision"),
    [
        ("Wednesday", "2022-04-27", "day"),
        ("on Thursday", "2022-04-28", "day"),
        ("last Thursday", "2022-04-21", "day"),
        ("yesterday", "2022-04-27", "day"),
        ("two days ago", "2022-04-26", "day"),
        ("April 17", "2022-04-17", "day"),
        ("17 April 1987", "1987-04-17", "day"),
        ("in March", "2022-03-01", "month"),
        ("May", "2021-05-01", "month"),
        ("last year", "2021-01-01", "year"),
    ],
)
def test_resolved(text: str, value: str, precision: str) -> None:
    found = resolve_date(text, THU)
    assert found is not None and found.value == date.fromisoformat(value) and found.precision == precision


@pytest.mark.parametrize("text", ["since last year", "in recent years", "two weeks ago", "last week", "recently"])
def test_background_and_vague_spans_give_no_day(text: str) -> None:
    found = resolve_date(text, THU)
    assert found is None or found.value is None


def test_undated_article_gives_no_day() -> None:
    for text in ("Monday", "March 5", "yesterday"):
        found = resolve_date(text, None)
        assert found is not None and found.value is None


@pytest.mark.parametrize("text", ["a year ago", "a month ago", "over the weekend", "last weekend", "48 hours ago"])
def test_a_time_with_no_day_is_read_as_a_date_with_no_day(text: str) -> None:
    found = resolve_date(text, THU)  # not "no date", which would leave the event the publication day
    assert found is not None and found.value is None


@pytest.mark.parametrize("text", ["an hour ago", "minutes ago"])
def test_hours_ago_is_the_day_of_publication(text: str) -> None:
    found = resolve_date(text, THU)
    assert found is not None and found.value == THU and found.precision == "day"
