"""The HTTP API (`eventwire serve`): every endpoint, filters, paging, one error shape, text returned as data."""

from __future__ import annotations

import re
import socket
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.cli import main
from eventwire.dictionaries.loader import load_from
from eventwire.errors import StoreError, StoreLocationError
from eventwire.ingest import make_article
from eventwire.pipeline import ArticleResult
from eventwire.records import (
    ActorRef,
    Article,
    Event,
    EventDate,
    EventMention,
    Place,
    Provenance,
    Sentence,
    Span,
)
from eventwire.serve import create_app
from eventwire.serve.highlights import highlights
from eventwire.store import open_store
from eventwire.store.sql import SqlStore
from tests.conftest import BACKENDS, new_location

ONTO = load_from(()).ontology
STATIC = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "serve" / "static"
INJECTED = "<script>window.__pwned=1;alert(1)</script>"
TEHRAN = Place("Tehran", 112931, 35.69, 51.42, "IRN")
KYIV = Place("Kyiv", 703448, 50.45, 30.52, "UKR")
ERROR_KEYS = {"code", "status", "message", "hint"}


def _ref(article: Article, text: str, name: str, code: str, sector: str | None, kind: str, after: str = "") -> ActorRef:
    start = article.text.index(text, article.text.index(after) if after else 0)
    return ActorRef(text, start, start + len(text), name, code, sector, (sector,) if sector else (), kind)


def _event(
    article: Article,
    key: str,
    kind: tuple[str, str],
    sentence: str,
    trigger: str,
    actors: tuple[ActorRef, ...],
    recipients: tuple[ActorRef, ...],
    day: date,
    place: Place | None,
) -> Event:
    """A hand-made event whose offsets point into the stored article text (as tests/test_store.py builds them)."""
    coding = ONTO.coding(*kind)
    s_start = article.text.index(sentence)
    t_start = article.text.index(trigger, s_start)
    mention = EventMention(
        article.id,
        Sentence(s_start, s_start + len(sentence), sentence),
        Span(t_start, t_start + len(trigger), trigger),
        coding,
        actors,
        recipients,
        Provenance(
            "test.v1", f"{kind[0].lower()}.test", t_start, t_start + len(trigger), s_start, s_start + len(sentence)
        ),
    )
    return Event(
        id=f"ev-{key}",
        article_id=article.id,
        coding=coding,
        actors=actors,
        recipients=recipients,
        mentions=(mention,),
        date=EventDate(day, "day"),
        place=place,
        negated=False,
        hypothetical=False,
        confidence=0.9,
        coder="test.v1",
    )


def _results() -> list[ArticleResult]:
    """Four articles: one meeting reported by two sources, an attack and an accusation, a threat a week later."""
    meet = f"Iranian President Ebrahim Raisi met Chinese Foreign Minister Wang Yi in Tehran on Wednesday {INJECTED}."
    a1 = make_article(
        f"TEHRAN - {meet}\n\nOfficials said the talks covered trade.",
        origin="t",
        id="a1",
        title="Iran and China hold talks <img src=x onerror=window.__pwned=2>",
        published=date(2022, 4, 28),
        source="Tehran Times",
        url="javascript:window.__pwned=3",
    )
    meet2 = "Raisi met Wang Yi in Tehran on Wednesday, state media said."
    a2 = make_article(
        meet2, origin="t", id="a2", title="Wang Yi in Tehran", published=date(2022, 4, 28), source="Xinhua"
    )
    attack = "Russian forces shelled Kyiv on Monday."
    accuse = "Ukraine accused Russia of war crimes on Tuesday."
    a3 = make_article(
        f"{attack} {accuse}", origin="t", id="a3", title="Grain port shelled", published=date(2022, 5, 3), source="AP"
    )
    threat = "China warned Iran on Tuesday over shipping."
    a4 = make_article(threat, origin="t", id="a4", title="A warning", published=date(2022, 5, 11), source="Reuters")
    raisi, wang = (
        _ref(a1, "Iranian President Ebrahim Raisi", "Ebrahim Raisi", "IRN", "GOV", "person"),
        _ref(a1, "Chinese Foreign Minister Wang Yi", "Wang Yi", "CHN", "GOV", "person"),
    )
    raisi2, wang2 = (
        _ref(a2, "Raisi", "Ebrahim Raisi", "IRN", "GOV", "person"),
        _ref(a2, "Wang Yi", "Wang Yi", "CHN", "GOV", "person"),
    )
    russia = _ref(a3, "Russian forces", "Russia", "RUS", "MIL", "country")
    kyiv = _ref(a3, "Kyiv", "Kyiv", "UKR", None, "country")
    ukraine = _ref(a3, "Ukraine", "Ukraine", "UKR", None, "country")
    russia2 = _ref(a3, "Russia", "Russia", "RUS", None, "country", after="accused")
    china, iran = _ref(a4, "China", "China", "CHN", None, "country"), _ref(a4, "Iran", "Iran", "IRN", None, "country")
    consult = ("CONSULT", "040")
    return [
        ArticleResult(a1, (_event(a1, "1", consult, meet, "met", (raisi,), (wang,), date(2022, 4, 27), TEHRAN),)),
        ArticleResult(a2, (_event(a2, "2", consult, meet2, "met", (raisi2,), (wang2,), date(2022, 4, 27), TEHRAN),)),
        ArticleResult(
            a3,
            (
                _event(a3, "3", ("ASSAULT", "190"), attack, "shelled", (russia,), (kyiv,), date(2022, 5, 2), KYIV),
                _event(a3, "4", ("ACCUSE", "112"), accuse, "accused", (ukraine,), (russia2,), date(2022, 5, 3), None),
            ),
        ),
        ArticleResult(
            a4, (_event(a4, "5", ("THREATEN", "130"), threat, "warned", (china,), (iran,), date(2022, 5, 10), None),)
        ),
    ]


def build_store(location: str) -> str:
    """A small database built through the public Store API."""
    with open_store(location) as store:
        summary = store.add(_results(), coder="test.v1")
        assert summary.added == 4 and summary.events == 5
    return location


@pytest.fixture(scope="module", params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The small database on each backend: every API test runs against SQLite and PostgreSQL."""
    for location in new_location(request, request.param, tmp_path_factory.mktemp("serve")):
        yield build_store(location)


def _client(db: str | Path) -> TestClient:
    """A test client that addresses the app as localhost (a served host name) and sees errors as responses."""
    return TestClient(create_app(str(db)), raise_server_exceptions=False, base_url="http://localhost")


@pytest.fixture(scope="module")
def client(db: str) -> Iterator[TestClient]:
    with _client(str(db)) as c:
        yield c


def _error(response: Any, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == ERROR_KEYS
    err = body["error"]
    assert err["code"] == code and err["status"] == status and err["message"]
    return dict(err)


def _ids(client: TestClient, **params: Any) -> list[str]:
    response = client.get("/api/events", params=params)
    assert response.status_code == 200, response.text
    return [e["id"] for e in response.json()["events"]]


# -- /api/events -----------------------------------------------------------------------------------
def test_events_are_one_row_per_cluster(client: TestClient) -> None:
    body = client.get("/api/events").json()
    assert set(body) >= {"events", "limit", "offset"} and (body["limit"], body["offset"]) == (50, 0)
    events = body["events"]
    assert [e["event"] for e in events] == ["CONSULT", "ASSAULT", "ACCUSE", "THREATEN"]
    meeting = events[0]
    assert meeting["article_ids"] == ["a1", "a2"] and meeting["num_sources"] == 2 and meeting["num_mentions"] == 2
    for field in ("id", "article_id", "date", "cameo", "quad_code", "goldstein", "plover_score", "actor", "recipient"):
        assert field in meeting
    assert meeting["event_loc"]["name"] == "Tehran" and meeting["actor"][0]["code"] == "IRN"
    per_article = client.get("/api/events", params={"per_article": "true"}).json()["events"]
    assert [e["id"] for e in per_article] == ["ev-1", "ev-2", "ev-3", "ev-4", "ev-5"]


def test_event_filters(client: TestClient) -> None:
    every = _ids(client)
    consult, assault, accuse, threaten = every
    assert _ids(client, country="ukr") == [assault, accuse]
    assert _ids(client, country="IRN") == [consult, threaten]
    assert _ids(client, actor="Raisi") == [consult]
    assert _ids(client, type="ASSAULT") == _ids(client, type="19") == [assault]
    assert _ids(client, cameo="11") == [accuse]
    assert _ids(client, cameo="0") == [consult]
    assert _ids(client, since="2022-05-03") == [accuse, threaten]
    assert _ids(client, until="2022-05-02") == [consult, assault]
    assert _ids(client, since="2022-05-01", until="2022-05-31", country="RUS") == [assault, accuse]
    assert _ids(client, type="AGREE") == []


def test_unknown_type_or_country_is_422_with_the_nearest(client: TestClient) -> None:
    """Regression (issue 11.8): an unknown type or country gave an empty page instead of saying so."""
    err = _error(client.get("/api/events", params={"type": "CONSLUT"}), 422, "E001")
    assert "CONSLUT" in err["message"] and "CONSULT" in err["hint"]
    err = _error(client.get("/api/events", params={"country": "Iran"}), 422, "E001")
    assert "IRN" in err["hint"]
    assert _ids(client, type="consult", country="irn")


def test_full_text_search(client: TestClient) -> None:
    every = _ids(client)
    assert _ids(client, q="war crimes") == [every[2]]
    assert _ids(client, q="grain") == [every[1], every[2]]  # the title of a3
    assert _ids(client, q="shipping") == [every[3]]
    assert _ids(client, q='"; DROP TABLE events; --') == []  # punctuation cannot break the query
    assert _ids(client, q="   ") == every


def test_paging(client: TestClient) -> None:
    every = _ids(client)
    first = client.get("/api/events", params={"limit": 2}).json()
    assert [e["id"] for e in first["events"]] == every[:2] and first["has_more"] is True
    second = client.get("/api/events", params={"limit": 2, "offset": 2}).json()
    assert [e["id"] for e in second["events"]] == every[2:] and (second["limit"], second["offset"]) == (2, 2)
    assert second["has_more"] is False
    assert client.get("/api/events", params={"offset": 10}).json()["events"] == []
    assert len(client.get("/api/events", params={"limit": 500}).json()["events"]) == 4


@pytest.mark.parametrize(
    "params",
    [{"limit": 501}, {"limit": 0}, {"offset": -1}, {"since": "2022-13-01"}, {"until": "soon"}, {"cameo": "abc"},
     {"q": "war\x00crimes"}, {"actor": "\x00"}, {"offset": 2**63}, {"offset": 10**30}],
)  # fmt: skip
def test_bad_parameters_are_422_in_the_error_shape(client: TestClient, params: dict[str, Any]) -> None:
    err = _error(client.get("/api/events", params=params), 422, "E522")
    assert next(iter(params)) in err["message"] and err["hint"]


# -- /api/events/{id} ------------------------------------------------------------------------------
def test_event_detail_has_every_report_with_highlights(client: TestClient) -> None:
    cluster = client.get("/api/events").json()["events"][0]
    detail = client.get(f"/api/events/{cluster['id']}").json()
    assert detail["id"] == cluster["id"] and len(detail["reports"]) == 2
    first = detail["reports"][0]
    assert first["article"]["id"] == "a1" and first["article"]["source"] == "Tehran Times"
    assert {"title", "url", "published"} <= set(first["article"])
    mention = first["event"]["mentions"][0]
    assert first["text"][mention["start"] : mention["end"]] == mention["sentence"]
    assert first["text"][mention["trigger_start"] : mention["trigger_end"]] == "met"
    marked = {h["kind"]: mention["sentence"][h["start"] : h["end"]] for h in first["highlights"]}
    assert marked == {
        "actor": "Iranian President Ebrahim Raisi",
        "trigger": "met",
        "recipient": "Chinese Foreign Minister Wang Yi",
        "place": "Tehran",
        "date": "on Wednesday",
    }
    assert {r["article"]["id"] for r in detail["reports"]} == {"a1", "a2"}
    assert client.get("/api/events/ev-2").json()["id"] == cluster["id"]  # a per-article id finds its cluster


def test_unknown_event_is_404_in_the_error_shape(client: TestClient) -> None:
    err = _error(client.get("/api/events/no-such-event"), 404, "E504")
    assert "no-such-event" in err["message"]


# -- /api/articles/{id} ----------------------------------------------------------------------------
def test_article_text_comes_back_as_data(client: TestClient) -> None:
    response = client.get("/api/articles/a1")
    assert response.status_code == 200 and response.headers["content-type"] == "application/json"
    article = response.json()
    assert INJECTED in article["text"] and "<img src=x onerror" in article["title"]
    assert article["id"] == "a1" and article["source"] == "Tehran Times" and len(article["events"]) == 1
    assert isinstance(article["structure"], dict)
    detail = client.get("/api/events/ev-1").json()
    assert (
        INJECTED in detail["reports"][0]["text"]
        and INJECTED in detail["reports"][0]["event"]["mentions"][0]["sentence"]
    )
    _error(client.get("/api/articles/nope"), 404, "E504")


# -- /api/dyads, /api/actors, /api/network ---------------------------------------------------------
def test_dyads_with_month_and_year_dates(tmp_path: Path) -> None:
    """Regression (issue 11.2): a month- or year-only date made /api/dyads answer 500 (Invalid isoformat string)."""
    results = _results()
    a4, (threat,) = results[3].article, results[3].events
    coarse = [replace(threat, id="ev-m", date=EventDate(date(2019, 7, 1), "month")), replace(threat, id="ev-y",
              date=EventDate(date(2018, 1, 1), "year"))]  # fmt: skip
    with open_store(tmp_path / "ew.db") as store:
        store.add([*results[:3], ArticleResult(a4, tuple(coarse))], coder="test.v1")
    with _client(tmp_path / "ew.db") as c:
        weekly = c.get("/api/dyads", params={"a": "CHN", "b": "IRN", "interval": "week"})
        assert weekly.status_code == 200, weekly.text
        assert [p["period"] for p in weekly.json()["periods"]] == ["2022-04-25"] and weekly.json()["imprecise"] == 2
        monthly = c.get("/api/dyads", params={"a": "CHN", "b": "IRN", "interval": "month"}).json()
        assert [p["period"] for p in monthly["periods"]] == ["2019-07-01", "2022-04-01"] and monthly["imprecise"] == 1


def test_dyads(client: TestClient) -> None:
    body = client.get("/api/dyads", params={"a": "chn", "b": "IRN", "interval": "week"}).json()
    assert (body["a"], body["b"], body["interval"]) == ("CHN", "IRN", "week")
    assert [(p["period"], p["quad_code"], p["count"]) for p in body["periods"]] == [
        ("2022-04-25", 1, 1),  # the meeting, reported twice, counts once
        ("2022-05-09", 3, 1),
    ]
    by_month = client.get("/api/dyads", params={"a": "IRN", "b": "CHN", "interval": "month"}).json()["periods"]
    assert [(p["period"], p["count"]) for p in by_month] == [("2022-04-01", 1), ("2022-05-01", 1)]
    days = client.get("/api/dyads", params={"a": "RUS", "b": "UKR", "interval": "day"}).json()["periods"]
    assert [p["period"] for p in days] == ["2022-05-02", "2022-05-03"]
    _error(client.get("/api/dyads", params={"a": "CHN", "b": "IRN", "interval": "year"}), 422, "E522")
    _error(client.get("/api/dyads", params={"a": "CHN"}), 422, "E522")


def test_actors_and_network(client: TestClient) -> None:
    actors = client.get("/api/actors").json()["actors"]
    assert {"code", "name", "sector", "kind", "events"} <= set(actors[0])
    assert {a["code"] for a in actors} == {"IRN", "CHN", "RUS", "UKR"}
    assert len(client.get("/api/actors", params={"limit": 2}).json()["actors"]) == 2
    links = {(x["a"], x["b"]): x for x in client.get("/api/network").json()["links"]}
    assert set(links) == {("CHN", "IRN"), ("RUS", "UKR")}
    assert (links[("CHN", "IRN")]["cooperation"], links[("CHN", "IRN")]["conflict"]) == (1, 1)
    assert links[("RUS", "UKR")]["conflict"] == 2


# -- errors ----------------------------------------------------------------------------------------
def test_unknown_paths_and_methods(client: TestClient) -> None:
    _error(client.get("/api/nothing-here"), 404, "E504")
    _error(client.get("/no/such/page.html"), 404, "E504")
    # a read-only server refuses every write before routing it; with the token, a method a path lacks is 405
    _error(client.post("/api/events"), 403, "E530")
    _error(client.post("/", json={}), 405, "E505")


def test_head_is_get_without_a_body(client: TestClient) -> None:
    """Regression (issue 11.8): HEAD answered 404 on the API."""
    for path in ("/api/events", "/api/actors", "/", "/openapi.json"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == got.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]
        assert head.headers["content-length"] == got.headers["content-length"]


def test_only_the_served_host_names_are_answered(db: str) -> None:
    """Regression (issue 11.8): any Host was answered, so a page on a rebound domain could read the local API."""
    for base in ("http://localhost:8000", "http://127.0.0.1:8000", "http://[::1]:8000"):
        assert TestClient(create_app(str(db)), base_url=base).get("/api/events").status_code == 200
    evil = TestClient(create_app(str(db)), base_url="http://attacker.example:8000")
    err = _error(evil.get("/api/events"), 421, "E521")
    assert "attacker.example" in err["message"] and "--allow-host" in err["hint"]
    _error(evil.get("/"), 421, "E521")
    named = TestClient(create_app(str(db), allowed_hosts=("events.lan",)), base_url="http://events.lan")
    assert named.get("/api/events").status_code == 200


def test_a_crash_keeps_the_connection(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Regression (issue 11.8): after a 500 the server reset the keep-alive connection without Connection: close."""
    import http.client
    from urllib.parse import urlsplit

    from tests.live import running

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(SqlStore, "actors", crash)
    with running(create_app(str(db))) as url:
        conn = http.client.HTTPConnection(urlsplit(url).hostname, urlsplit(url).port, timeout=10)
        conn.request("GET", "/api/actors")
        crashed = conn.getresponse()
        assert crashed.status == 500 and b"E500" in crashed.read()
        conn.request("GET", "/api/events")  # the same connection
        after = conn.getresponse()
        assert after.status == 200 and after.read()
        conn.close()


def test_eventwire_and_internal_errors_have_the_same_shape(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    client = _client(str(db))

    def crash(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("boom")

    monkeypatch.setattr(SqlStore, "actors", crash)
    err = _error(client.get("/api/actors"), 500, "E500")
    assert "boom" not in err["message"]  # internals stay in the log

    def store_error(*args: Any, **kwargs: Any) -> Any:
        raise StoreError("the database is locked", hint="try again")

    monkeypatch.setattr(SqlStore, "network", store_error)
    err = _error(client.get("/api/network"), 500, "E400")
    assert (err["message"], err["hint"]) == ("the database is locked", "try again")


def test_database_gone_while_serving_is_503(tmp_path: Path) -> None:
    """Regression (issue 11.7): a database deleted under a running server was created anew, empty, and served 200;
    it is 503 (E401) on every endpoint, whether the file or its folder went away, and nothing is created."""
    db = build_store(str(tmp_path / "gone.db"))
    client = _client(str(db))
    assert client.get("/api/events").status_code == 200
    for name in tmp_path.iterdir():
        name.unlink()
    for path in ("/api/events", "/api/events/ev-1", "/api/dyads?a=CHN&b=IRN", "/api/actors", "/api/network"):
        err = _error(client.get(path), 503, "E401")
        assert "ingest" in err["hint"]
    assert not list(tmp_path.iterdir())
    tmp_path.rmdir()
    _error(client.get("/api/events"), 503, "E401")


def test_serving_needs_an_existing_database(tmp_path: Path) -> None:
    with pytest.raises(StoreLocationError) as err:
        create_app(str(tmp_path / "missing.db"))
    assert err.value.code == "E401" and "ingest" in str(err.value)
    assert not (tmp_path / "missing.db").exists()  # serving never creates a database


# -- OpenAPI, UI files, no foreign origin ----------------------------------------------------------
def test_openapi_and_docs(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert {"/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/dyads", "/api/actors"} <= set(
        spec["paths"]
    )
    assert "ErrorResponse" in spec["components"]["schemas"]
    assert "HTTPValidationError" not in spec["components"]["schemas"]  # FastAPI's own 422 shape is replaced
    docs = client.get("/docs")
    assert docs.status_code == 200 and "swagger-ui" in docs.text
    for ref in _references(docs.text):
        assert client.get(ref).status_code == 200, ref


def _references(html: str) -> list[str]:
    refs = re.findall(r"""(?:src|href)\s*=\s*["']([^"']+)["']""", html)
    assert refs, "no references found"
    for ref in refs:
        assert not re.match(r"^(?:[a-z]+:)?//", ref, re.IGNORECASE), f"{ref} leaves the page's origin"
    return [r for r in refs if not r.startswith("#")]


def test_ui_page_and_its_assets_are_local(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "default-src 'self'" in page.headers["content-security-policy"]
    for ref in _references(page.text):
        if ref != "docs":
            assert client.get("/" + ref).status_code == 200, ref


# XML namespace names are identifiers that are never fetched.
NAMESPACES = re.compile(r"https?://www\.w3\.org/(?:2000/svg|1999/xhtml|1999/xlink|2000/xmlns/|XML/1998/namespace)")


def _strip_comments(text: str) -> str:
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.DOTALL)
    return re.sub(r"^\s*//.*$", "", text, flags=re.MULTILINE)


def test_no_asset_refers_to_another_origin() -> None:
    """Our own files name no http(s) address; the vendored chart, d3 and map files none outside comments."""
    checked = 0
    for path in sorted(STATIC.rglob("*")):
        if (
            not path.is_file()
            or path.suffix not in (".html", ".js", ".css", ".svg", ".json")
            or "swagger-ui-dist" in path.parts
        ):
            continue
        text = NAMESPACES.sub("", path.read_text(encoding="utf-8"))
        if "vendor" in path.parts:
            text = _strip_comments(text)
        found = re.findall(r"https?://[^\s\"'`)]+", text)
        assert not found, f"{path.relative_to(STATIC)} refers to {found[:3]}"
        checked += 1
    assert checked >= 10


def test_vendored_files_are_listed_with_licences() -> None:
    readme = (STATIC / "vendor" / "README.md").read_text(encoding="utf-8")
    for folder in sorted(p for p in (STATIC / "vendor").iterdir() if p.is_dir()):
        assert f"`{folder.name}/`" in readme, folder.name
        assert any(f.name.startswith("LICENSE") for f in folder.iterdir()), f"{folder.name} has no licence file"
        for f in folder.iterdir():
            assert f.name in readme, f"{folder.name}/{f.name} is not listed"


def test_ui_never_parses_text_as_html() -> None:
    for path in (STATIC / "js").rglob("*.js"):
        source = path.read_text(encoding="utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in source, f"{path.name} uses {sink}"


# -- highlights ------------------------------------------------------------------------------------
def test_highlights_resolve_overlaps_and_find_date_cues() -> None:
    sentence = "Iran met China in Tehran on 3 May 2022, a day after talks."
    event = {
        "date": "2022-05-03",
        "date_precision": "day",
        "actor": [{"text": "Iran", "start": 100, "end": 104, "name": "Iran", "code": "IRN"}],
        "recipient": [{"text": "China", "start": 999, "end": 1004, "name": "China", "code": "CHN"}],  # not in range
        "event_loc": {"name": "Tehran", "country_code": "IRN"},
        "mentions": [
            {
                "sentence": sentence,
                "start": 100,
                "end": 100 + len(sentence),
                "trigger": "met",
                "trigger_start": 105,
                "trigger_end": 108,
            },
            {"sentence": "Iran spoke.", "start": 0, "end": 11, "trigger": "Iran", "trigger_start": 0, "trigger_end": 4},
        ],
    }
    marks = highlights(event)
    first = [(h["kind"], sentence[h["start"] : h["end"]]) for h in marks if h["mention"] == 0]
    assert first == [
        ("actor", "Iran"),
        ("trigger", "met"),
        ("recipient", "China"),
        ("place", "Tehran"),
        ("date", "3 May 2022"),
    ]
    second = [(h["kind"], h["start"], h["end"]) for h in marks if h["mention"] == 1]
    assert second == [("trigger", 0, 4)]  # the actor's span overlaps the trigger: the trigger wins


# -- the command -----------------------------------------------------------------------------------
def test_serve_command(db: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: Any) -> None:
    assert main(["serve", "--db", str(tmp_path / "missing.db")]) == 1
    assert "E401" in capsys.readouterr().err

    calls: list[dict[str, Any]] = []
    monkeypatch.setattr("uvicorn.run", lambda app, **kw: calls.append(kw))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    assert main(["serve", "--db", db, "--port", str(port)]) == 0
    assert calls[-1]["host"] == "127.0.0.1" and calls[-1]["port"] == port
    assert f"http://127.0.0.1:{port}/" in capsys.readouterr().err

    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        taken = busy.getsockname()[1]
        assert main(["serve", "--db", db, "--port", str(taken)]) == 1
    assert "E501" in capsys.readouterr().err

    with pytest.raises(SystemExit):
        main(["serve", "--port", "70000"])


def test_the_server_moves_its_lookup_tables_out_of_the_collectors_reach() -> None:
    """`eventwire serve` loads the dictionaries before serving and freezes them, so that a full garbage collection
    does not walk them during a request (it stalled requests for 100-250 ms: the load test's p99)."""
    import gc

    from eventwire.dictionaries import load_dictionaries
    from eventwire.serve.cli import settle_heap

    patterns = load_dictionaries().triggers.patterns
    try:
        frozen = settle_heap(writable=False)
        assert frozen > 10_000
        assert not any(o is patterns for o in gc.get_objects())  # in the permanent generation, not collected
    finally:
        gc.unfreeze()
    assert any(o is patterns for o in gc.get_objects())
