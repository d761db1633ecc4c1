"""The corrections API: writes closed without a token, refused with a wrong one, from another origin, too large or not
JSON (and nothing changes); with the token, corrections and added events are logged and served; OpenAPI lists them."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from eventwire.errors import EventwireError
from eventwire.serve import create_app
from eventwire.serve.guards import MAX_BODY
from eventwire.serve.tokens import load_tokens
from tests.conftest import BACKENDS, new_location
from tests.test_serve_api import _error, build_store

TOKEN = "s3cret-token-for-tests-0123456789"
A3 = "Grain port shelled\n\nRussian forces shelled Kyiv on Monday. Ukraine accused Russia of war crimes on Tuesday."
RETYPE = {"action": "edit", "changes": {"event": "THREATEN"}, "note": "a threat"}


@pytest.fixture(params=BACKENDS)
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    for location in new_location(request, request.param, tmp_path):
        yield build_store(location)


def _client(db: str, tokens: dict[str, str | None] | None = None) -> TestClient:
    app = create_app(db, write_tokens=tokens)
    return TestClient(app, raise_server_exceptions=False, base_url="http://localhost")


def _auth(token: str = TOKEN, **more: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}", **more}


def _state(client: TestClient) -> tuple[Any, ...]:
    """Everything a write could change: the per-article events and the whole log."""
    events = client.get("/api/events", params={"per_article": "true"}).json()["events"]
    return tuple(events), tuple(client.get("/api/corrections").json()["corrections"])


def test_a_server_without_a_token_is_read_only(db: str) -> None:
    with _client(db) as client:
        before = _state(client)
        assert client.get("/api/session").json() == {"writes": "closed", "signed_in": False, "author": None}
        for path, body in (("/api/events/ev-4/corrections", RETYPE), ("/api/articles/a3/events", {"event": "X"})):
            err = _error(client.post(path, json=body, headers=_auth()), 403, "E530")
            assert "read-only" in err["message"] and "--write-token-file" in err["hint"]
        assert _state(client) == before


def test_writes_need_the_token_in_a_header_from_this_origin(db: str) -> None:
    with _client(db, {TOKEN: "ana"}) as client:
        before = _state(client)
        post = "/api/events/ev-4/corrections"
        _error(client.post(post, json=RETYPE), 403, "E531")
        _error(client.post(post, json=RETYPE, headers=_auth("wrong-token-of-the-same-size-0123")), 403, "E531")
        client.cookies.set("token", TOKEN)  # a cookie alone is no token (a browser sends it for other sites too)
        _error(client.post(post, json=RETYPE, headers={"Cookie": f"token={TOKEN}"}), 403, "E531")
        client.cookies.clear()
        err = _error(client.post(post, json=RETYPE, headers=_auth(Origin="http://evil.example")), 403, "E532")
        assert "evil.example" in err["message"]
        _error(client.post(post, json=RETYPE, headers=_auth(**{"Sec-Fetch-Site": "cross-site"})), 403, "E532")
        _error(client.post(post, content=b"event=THREATEN", headers=_auth()), 415, "E515")
        huge = {**RETYPE, "note": "x" * (MAX_BODY + 1)}
        _error(client.post(post, json=huge, headers=_auth()), 413, "E513")
        assert _state(client) == before
        # with the token, from this origin (or from a script that sends no Origin): it is taken
        done = client.post(post, json=RETYPE, headers=_auth(Origin="http://localhost"))
        assert done.status_code == 201, done.text
        assert done.json()["author"] == "ana"  # the token's name in the token file
        assert client.get("/api/session", headers=_auth()).json() == {
            "writes": "open",
            "signed_in": True,
            "author": "ana",
        }


def test_corrections_through_the_api(db: str) -> None:
    with _client(db, {TOKEN: None}) as client:
        entry = client.post("/api/events/ev-4/corrections", json={**RETYPE, "author": "bo"}, headers=_auth())
        assert entry.status_code == 201, entry.text
        made = entry.json()
        assert made["author"] == "bo" and made["before"]["event"] == "ACCUSE" and made["after"]["event"] == "THREATEN"
        cluster = made["cluster_id"]
        detail = client.get(f"/api/events/{cluster}").json()
        assert detail["event"] == "THREATEN" and detail["corrected"] is True
        assert [c["id"] for c in detail["corrections"]] == [made["id"]]
        assert detail["reports"][0]["why"]["patterns"][0]["id"] == "accuse.test"
        log = client.get("/api/events/ev-4/corrections").json()["corrections"]
        assert [e["id"] for e in log] == [made["id"]] == [e["id"] for e in client.get(
            f"/api/events/{cluster}/corrections").json()["corrections"]]  # fmt: skip
        # an event the coder missed, from the selected words
        start = A3.index("shelled", 20)
        forces, kyiv = A3.index("Russian forces"), A3.index("Kyiv")
        new = {"trigger": {"start": start, "end": start + 7}, "event": "ASSAULT", "cameo": "190",
               "actor": [{"start": forces, "end": forces + 14}], "recipient": [{"start": kyiv, "end": kyiv + 4}],
               "date": "2022-05-02"}  # fmt: skip
        added = client.post("/api/articles/a3/events", json=new, headers=_auth())
        assert added.status_code == 201, added.text
        ev = added.json()["after"]
        assert ev["actor"][0]["code"] == "RUS" and ev["recipient"][0]["text"] == "Kyiv"
        assert ev["mentions"][0]["sentence"] == "Russian forces shelled Kyiv on Monday."
        ids = {e["id"] for e in client.get("/api/events", params={"per_article": "true"}).json()["events"]}
        assert added.json()["event_id"] in ids
        # validation errors are coded, name the field, and change nothing
        before = _state(client)
        err = _error(client.post("/api/events/ev-4/corrections", json={"action": "edit", "changes": {
            "event": "ACCUSE", "cameo": "190"}}, headers=_auth()), 422, "E801")  # fmt: skip
        assert "cameo" in err["message"] and "190" in err["message"]
        _error(client.post("/api/events/ev-404/corrections", json=RETYPE, headers=_auth()), 404, "E802")
        _error(client.post("/api/articles/a404/events", json=new, headers=_auth()), 404, "E802")
        err = _error(
            client.post("/api/events/ev-4/corrections", json={"action": "rename"}, headers=_auth()), 422, "E522"
        )
        assert "action" in err["message"] and "body" in err["hint"]
        assert _state(client) == before


def test_openapi_documents_the_corrections(db: str) -> None:
    with _client(db) as client:
        paths = client.get("/openapi.json").json()["paths"]
    assert {"get", "post"} <= set(paths["/api/events/{event_id}/corrections"])
    assert "post" in paths["/api/articles/{article_id}/events"]
    assert "403" in paths["/api/events/{event_id}/corrections"]["post"]["responses"]


def test_ontology_and_suggestions_for_the_forms(db: str) -> None:
    with _client(db) as client:
        onto = client.get("/api/ontology").json()
        hint = client.get("/api/suggest", params={"text": "Iranian President Ebrahim Raisi"}).json()
    accuse = next(t for t in onto["types"] if t["name"] == "ACCUSE")
    assert {"111", "112"} <= {c["code"] for c in accuse["cameo"]} and "190" not in {c["code"] for c in accuse["cameo"]}
    assert "GOV" in onto["sectors"] and "not-an-event" in onto["reasons"]
    assert (hint["code"], hint["sector"]) == ("IRN", "GOV")


def test_write_tokens_from_a_file_and_the_environment(tmp_path: Path) -> None:
    path = tmp_path / "tokens"
    path.write_text(f"# analysts\nana {TOKEN}\n\n{TOKEN}-2\n")
    assert load_tokens(str(path), None) == {TOKEN: "ana", f"{TOKEN}-2": None}
    assert load_tokens(None, f" {TOKEN}3 ") == {f"{TOKEN}3": None}
    assert load_tokens(None, None) == {} == load_tokens(None, "  ")
    path.write_text("short\n")
    with pytest.raises(EventwireError, match="at least 16"):
        load_tokens(str(path), None)
    with pytest.raises(EventwireError, match="cannot read"):
        load_tokens(str(tmp_path / "missing"), None)
