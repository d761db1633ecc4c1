"""The store on each backend: migrations, idempotent ingest, filters, clear errors for bad locations."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from eventwire.dictionaries.loader import load_from
from eventwire.errors import ExtractError, StoreLocationError
from eventwire.ingest import make_article
from eventwire.pipeline import ArticleResult
from eventwire.records import ActorRef, Event, EventDate, EventMention, Place, Provenance, Sentence, Span
from eventwire.store import EventFilter, open_store
from eventwire.store.migrations import MIGRATIONS

ONTO = load_from(()).ontology


def _event(article_id: str, key: str, code_a: str, code_b: str, day: int) -> Event:
    coding = ONTO.coding("CONSULT", "040")
    names = {"IRN": "Iran", "CHN": "China", "RUS": "Russia", "IND": "India"}
    a = ActorRef(names[code_a], 0, 4, names[code_a], code_a, None, (), "country")
    b = ActorRef(names[code_b], 10, 15, names[code_b], code_b, "GOV", ("GOV",), "country")
    sentence = Sentence(0, 20, "Iran met China.")
    m = EventMention(
        article_id, sentence, Span(5, 8, "met"), coding, (a,), (b,), Provenance("c.v1", "consult.meet", 5, 8, 0, 20)
    )
    return Event(
        id=f"ev-{key}",
        article_id=article_id,
        coding=coding,
        actors=(a,),
        recipients=(b,),
        mentions=(m,),
        date=EventDate(date(2022, 4, day), "day"),
        place=Place("Tehran", 112931, 35.69, 51.42, "IRN"),
        negated=False,
        hypothetical=False,
        confidence=0.9,
        coder="c.v1",
    )


def _results() -> list[ArticleResult]:
    a1 = make_article("Iran met China.", origin="t", id="a1", published=date(2022, 4, 28))
    a2 = make_article("Russia met India.", origin="t", id="a2", published=date(2022, 5, 2))
    return [
        ArticleResult(a1, (_event("a1", "1", "IRN", "CHN", 27),)),
        ArticleResult(a2, (_event("a2", "2", "RUS", "IND", 30),)),
    ]


def test_ingest_twice_changes_nothing(db_location: str) -> None:
    with open_store(db_location) as store:
        first = store.add(_results(), coder="c.v1")
        counts = store.counts()
        second = store.add(_results(), coder="c.v1")
        assert (first.added, second.added, second.unchanged) == (2, 0, 2)
        assert store.counts() == counts == {"articles": 2, "events": 2, "actors": 4, "places": 1, "clusters": 2}


def test_migrations_are_recorded_once(db_location: str) -> None:
    open_store(db_location).close()
    with open_store(db_location) as store:
        names = [r[0] for r in store.conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [m.name for m in MIGRATIONS]


def test_sqlite_runs_in_wal_mode(tmp_path: Path) -> None:
    open_store(tmp_path / "ew.db").close()
    assert sqlite3.connect(tmp_path / "ew.db").execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_filters(db_location: str) -> None:
    with open_store(db_location) as store:
        store.add(_results(), coder="c.v1")
        ids = lambda **kw: [e["id"] for e in store.events(EventFilter(**kw), per_article=True)]  # noqa: E731
        assert ids() == ["ev-1", "ev-2"]
        assert ids(country="chn") == ["ev-1"]
        assert ids(actor="Iran") == ["ev-1"]
        assert ids(type="CONSULT") == ids(type="04") == ["ev-1", "ev-2"]
        assert ids(type="ASSAULT") == []
        assert ids(since=date(2022, 4, 28)) == ["ev-2"]
        assert ids(until=date(2022, 4, 28)) == ["ev-1"]


def test_failed_articles_are_not_stored(db_location: str) -> None:
    art = make_article("Broken.", origin="t", id="x")
    with open_store(db_location) as store:
        boom = ExtractError("boom")
        summary = store.add([ArticleResult(art, error=boom)], coder="c")
        assert summary.failed == [boom] and store.counts()["articles"] == 0


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StoreLocationError) as err:
        open_store(tmp_path / "nope" / "ew.db")
    assert "does not exist" in str(err.value) and "mkdir" in str(err.value)


def test_not_a_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.db"
    bad.write_text("this is not sqlite" * 100)
    with pytest.raises(Exception) as err:
        open_store(bad)
    assert "E40" in str(err.value)


def test_counts_are_what_was_stored(db_location: str) -> None:
    """Regression (issue 11.4): an event whose id was already stored was dropped but still counted."""
    a1 = make_article("Iran met China.", origin="t", id="a1", published=date(2022, 4, 28))
    twice = ArticleResult(a1, (_event("a1", "1", "IRN", "CHN", 27), _event("a1", "1", "IRN", "CHN", 28)))
    with open_store(db_location) as store:
        summary = store.add([twice], coder="c.v1")
        assert summary.events == store.counts()["events"] == 1


class _Rows(list[Any]):
    def fetchall(self) -> list[Any]:
        return self

    def fetchone(self) -> Any:
        return self[0] if self else None


class _CountingConnection:
    """A connection that counts the rows its queries hand to Python."""

    def __init__(self, conn: Any) -> None:
        self.conn, self.rows = conn, 0

    def __getattr__(self, name: str) -> Any:  # the backend's dialect (no_limit, rowid, ...)
        return getattr(self.conn, name)

    def execute(self, sql: str, args: Any = ()) -> Any:
        cursor = self.conn.execute(sql, args)
        rows = _Rows(cursor.fetchall())
        self.rows += len(rows)
        return rows


def test_a_page_reads_only_its_clusters(db_location: str) -> None:
    """Regression (issue 11.8): every page of clusters loaded the cluster id of every matching stored event."""
    pairs = [("IRN", "CHN"), ("RUS", "IND"), ("CHN", "RUS"), ("IND", "IRN")]
    results = []
    for n in range(40):
        art = make_article(f"Report {n}.", origin="t", id=f"a{n:02d}", published=date(2022, 4, 1 + n % 28))
        results.append(ArticleResult(art, (_event(f"a{n:02d}", str(n), *pairs[n % 4], 1 + n % 28),)))
    with open_store(db_location) as store:
        store.add(results, coder="c.v1")
        everything = [e["id"] for e in store.events()]
        pages = [e["id"] for k in range(0, 40, 7) for e in store.events(EventFilter(limit=7), offset=k)]
        assert pages == everything and len(everything) == len(set(everything)) > 20
        counting = _CountingConnection(store.conn)
        store.conn, conn = counting, store.conn  # type: ignore[assignment]
        try:
            assert len(list(store.events(EventFilter(limit=2), offset=len(everything) - 2))) == 2
        finally:
            store.conn = conn
        assert counting.rows < 10
