"""Stores under scale: clusters independent of arrival order, concurrent writers, schema parity, locations, copy."""

from __future__ import annotations

import threading
from datetime import date, timedelta
from pathlib import Path

import pytest

from eventwire.dictionaries.loader import load_from
from eventwire.errors import StoreConnectionError, StoreLocationError
from eventwire.ingest import make_article
from eventwire.pipeline import ArticleResult
from eventwire.records import ActorRef, Event, EventDate, EventMention, Place, Provenance, Sentence, Span
from eventwire.store import open_store
from eventwire.store.assign import window
from eventwire.store.clusters import Member, same_happening
from eventwire.store.migrations import MIGRATIONS
from eventwire.store.sql import SqlStore

ONTO = load_from(()).ontology
BASE = date(2021, 1, 4)


def _report(key: str, day: date, published: date, source: str) -> ArticleResult:
    """An article of ``source`` reporting that Iran met China on ``day`` (one event, id ev-<key>)."""
    text = f"Iran met China on {day.isoformat()}, {source} reported."
    art = make_article(text, origin="t", id=f"a-{key}", published=published, source=source)
    coding = ONTO.coding("CONSULT", "040")
    iran = ActorRef("Iran", 0, 4, "Iran", "IRN", None, (), "country")
    china = ActorRef("China", 9, 14, "China", "CHN", "GOV", ("GOV",), "country")
    sentence = Sentence(0, len(text), text)
    mention = EventMention(art.id, sentence, Span(5, 8, "met"), coding, (iran,), (china,),
                           Provenance("c.v1", "consult.meet", 5, 8, 0, len(text)))  # fmt: skip
    event = Event(id=f"ev-{key}", article_id=art.id, coding=coding, actors=(iran,), recipients=(china,),
                  mentions=(mention,), date=EventDate(day, "day"), place=Place("Tehran", 112931, 35.69, 51.42, "IRN"),
                  negated=False, hypothetical=False, confidence=0.9, coder="c.v1")  # fmt: skip
    return ArticleResult(art, (event,))


def clusters(store: SqlStore) -> set[frozenset[str]]:
    """The stored clusters as sets of event ids (whatever the clusters are named)."""
    groups: dict[str, set[str]] = {}
    for eid, cid in store.conn.execute("SELECT id, cluster_id FROM events"):
        groups.setdefault(cid, set()).add(eid)
    return {frozenset(g) for g in groups.values()}


def cluster_ids(store: SqlStore) -> dict[str, str]:
    return dict(store.conn.execute("SELECT id, cluster_id FROM events").fetchall())


def _chain() -> list[ArticleResult]:
    """Three reports a day apart: the first and second may be one happening, the second and third too, never the
    first and third. Greedy clustering in arrival order gives {1,2},{3} or {1},{2,3} depending on who comes first."""
    return [_report(str(i), BASE + timedelta(days=i), BASE + timedelta(days=i + 1), f"S{i}") for i in (1, 2, 3)]


@pytest.mark.parametrize("order", [(0, 1, 2), (2, 1, 0), (1, 2, 0), (2, 0, 1)])
def test_clusters_do_not_depend_on_arrival_order(db_location: str, order: tuple[int, ...]) -> None:
    chain = _chain()
    with open_store(db_location) as store:
        for i in order:
            store.add([chain[i]], coder="c.v1")
        assert cluster_ids(store) == {"ev-1": "cl-1", "ev-2": "cl-1", "ev-3": "cl-3"}
        assert store.counts()["clusters"] == 2


def test_one_batch_or_many_give_the_same_clusters(tmp_path: Path) -> None:
    reports = [_report(f"{p}{s}", BASE + timedelta(days=9 * p), BASE + timedelta(days=9 * p + 1), f"S{s}")
               for p in range(5) for s in range(3)]  # fmt: skip
    with open_store(tmp_path / "one.db") as one, open_store(tmp_path / "many.db") as many:
        one.add(reports, coder="c.v1")
        for r in reversed(reports):
            many.add([r], coder="c.v1")
        assert cluster_ids(one) == cluster_ids(many)
        assert len(clusters(one)) == 5 and all(len(c) == 3 for c in clusters(one))


def test_two_writers_at_once_lose_no_cluster_and_duplicate_nothing(db_location: str) -> None:
    """Two writers store reports of the same happenings at the same moment (and overlap on some articles)."""
    days = [BASE + timedelta(days=5 * i) for i in range(30)]
    pairs = [(_report(f"{i}x", d, d, "X"), _report(f"{i}y", d, d, "Y")) for i, d in enumerate(days)]
    first = [x for x, _ in pairs] + [y for i, (_, y) in enumerate(pairs) if i % 3 == 0]
    second = [y for _, y in pairs] + [x for i, (x, _) in enumerate(pairs) if i % 4 == 0]
    open_store(db_location).close()
    errors = _at_once(db_location, [[[r] for r in first], [[r] for r in second]])
    assert not errors, errors
    with open_store(db_location) as store:
        assert store.counts()["articles"] == 60 and store.counts()["events"] == 60
        assert clusters(store) == {frozenset({f"ev-{i}x", f"ev-{i}y"}) for i in range(30)}
        assert store.counts()["clusters"] == 30


def _at_once(location: str, jobs: list[list[list[ArticleResult]]]) -> list[BaseException]:
    """Each job (a list of batches) writes with its own connection in its own thread; the jobs write their n-th
    batches at the same moment. Returns the errors."""
    steps = max(len(job) for job in jobs)
    start = threading.Barrier(len(jobs))
    errors: list[BaseException] = []

    def run(job: list[list[ArticleResult]]) -> None:
        try:
            start.wait(30)
            with open_store(location) as store:
                for i in range(steps):
                    start.wait(30)
                    store.add(job[i] if i < len(job) else [], coder="c.v1")
        except BaseException as exc:  # reported by the caller
            errors.append(exc)
            start.abort()

    threads = [threading.Thread(target=run, args=(job,)) for job in jobs]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    return errors


def test_writers_opening_a_new_store_at_once_migrate_it_once(db_location: str) -> None:
    assert not _at_once(db_location, [[_chain()] for _ in range(4)])
    with open_store(db_location) as store:
        assert store.conn.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)


def test_many_openers_of_a_new_sqlite_file_never_find_it_locked(tmp_path: Path) -> None:
    """Openers of a new file race to switch it to write-ahead logging; SQLite answers "locked" at once to all but one
    (it happened in about 1 of 15 such starts before the opener waited and tried again)."""
    for i in range(40):
        location = str(tmp_path / f"race-{i}.db")
        start, errors = threading.Barrier(6), []

        def run(location: str = location, start: threading.Barrier = start, errors: list[Exception] = errors) -> None:
            try:
                start.wait(30)
                with open_store(location):
                    pass
            except Exception as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=run) for _ in range(6)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, (i, errors)


def test_both_backends_have_the_same_schema(tmp_path: Path, pg_server: str) -> None:
    from tests.pgserver import create_database, drop_database

    url = create_database(pg_server)
    try:
        with open_store(tmp_path / "ew.db") as lite, open_store(url) as pg:
            tables = [t for t in ("articles", "actors", "places", "events", "event_actors", "mentions", "clusters")]
            for table in tables:
                lite_cols = [r[1] for r in lite.conn.execute(f"PRAGMA table_info({table})")]
                pg_cols = [r[0] for r in pg.conn.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position",
                    (table,))]  # fmt: skip
                assert lite_cols == [c for c in pg_cols if c != "seq"], table  # seq: PostgreSQL's rowid
    finally:
        drop_database(pg_server, url)


def test_unknown_scheme_and_unreachable_server_are_clear_errors() -> None:
    with pytest.raises(StoreLocationError) as err:
        open_store("mysql://localhost/events")
    assert "postgresql://" in str(err.value)
    with pytest.raises(StoreConnectionError) as refused:
        open_store("postgresql://someone:secret@127.0.0.1:1/events")
    assert (
        refused.value.code == "E402" and "secret" not in str(refused.value) and "server running" in str(refused.value)
    )


def test_eventwire_db_names_the_default_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EVENTWIRE_DB", str(tmp_path / "env.db"))
    with open_store() as store:
        store.add(_chain(), coder="c.v1")
    assert (tmp_path / "env.db").exists()


def test_the_window_holds_every_event_that_may_be_the_same_happening() -> None:
    """Clustering reads only the events in a new event's window; nothing outside it may ever be the same happening."""
    import random

    rng = random.Random(7)
    precisions = ["day", "day", "month", "year", "inferred", None]

    def member(i: int) -> Member:
        day = BASE + timedelta(days=rng.randint(0, 12))
        precision = rng.choice(precisions)
        value = {"day": day.isoformat(), "inferred": day.isoformat(), "month": day.isoformat()[:7],
                 "year": day.isoformat()[:4], None: None}[precision]  # fmt: skip
        record = _report(str(i), day, day, "S").events[0].to_json() | {"date": value, "date_precision": precision}
        published = BASE + timedelta(days=rng.randint(0, 12)) if rng.random() < 0.9 else None
        return Member(record, f"a{i}", published)

    members = [member(i) for i in range(160)]
    pairs = [(a, b) for a in members for b in members if a is not b]
    matching = [(a, b) for a, b in pairs if same_happening(a.record, b.record, a.published, b.published)]
    assert len(matching) > 100 and len(matching) < len(pairs)  # the sample has both kinds
    assert all(window(a).holds(b) for a, b in matching)


def test_an_older_store_is_upgraded_and_its_events_still_cluster(tmp_path: Path) -> None:
    chain = _chain()
    with open_store(tmp_path / "old.db") as old:
        old.add(chain[:1], coder="c.v1")
        for sql in ("DROP INDEX events_block_date", "DROP INDEX events_block_published",
                    "ALTER TABLE events DROP COLUMN block", "ALTER TABLE events DROP COLUMN published",
                    "DELETE FROM schema_migrations WHERE name = '0004_cluster_blocks'"):  # fmt: skip
            old.conn.execute(sql)  # now as a store written before migration 0003
    with open_store(tmp_path / "old.db") as store:
        store.add(chain[1:], coder="c.v1")
        assert cluster_ids(store) == {"ev-1": "cl-1", "ev-2": "cl-1", "ev-3": "cl-3"}
