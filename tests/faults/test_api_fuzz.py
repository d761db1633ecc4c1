"""A property-based fuzz of every API endpoint and parameter, generated from the app's own OpenAPI schema
(hypothesis): schema-shaped values, boundary numbers and hostile text alike; no answer may be a 500, every error
has the one error shape."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.serve import create_app
from tests.faults.conftest import size
from tests.faults.synthetic import COUNTRIES, build

HOSTILE = st.sampled_from(
    ["", " ", "\x00", "%00", "null", "NaN", "-1", "9" * 40, "2022-13-40", "0000-00-00", "' OR 1=1 --", '"', "*",
     "../../etc/passwd", "<script>alert(1)</script>", "\u202e", "💥" * 60, "a" * 600, "IRN\x00", "1e309", "true"]
)  # fmt: skip
ANY_TEXT = st.text(alphabet=st.characters(codec="utf-8"), max_size=80)
# values the stored data has, so that filters and look-ups also hit something
KNOWN: dict[str, st.SearchStrategy[str]] = {
    "country": st.sampled_from(sorted(COUNTRIES)).map(lambda c: c if c[0] < "M" else c.lower()),
    "event_id": st.integers(0, 400).map(lambda n: f"ev-{n:08d}"),
    "article_id": st.integers(0, 100).map(lambda n: f"syn-{n * 4:06d}"),
    "q": st.sampled_from(["Iran", "talks", "attacked India", "report 12", '"quoted"', "a\x00b", "*"]),
    "type": st.sampled_from(["CONSULT", "assault", "04", "19", "ASSALT", "0", ""]),
}
KNOWN["a"] = KNOWN["b"] = KNOWN["country"]


def _alternatives(schema: dict[str, Any]) -> list[dict[str, Any]]:
    return [s for s in schema.get("anyOf", [schema]) if s.get("type") != "null"]


def _from_schema(name: str, schema: dict[str, Any]) -> st.SearchStrategy[str]:
    """Values the data has, values the schema allows, values just beside them, hostile and arbitrary text."""
    found: list[st.SearchStrategy[str]] = [KNOWN[name]] * 2 if name in KNOWN else []
    for alt in _alternatives(schema):
        if "enum" in alt:
            found.append(st.sampled_from([str(v) for v in alt["enum"]]))
        elif alt.get("type") == "integer":
            low, high = alt.get("minimum", -(2**70)), alt.get("maximum", 2**70)
            edges = [low - 1, low, high, high + 1, 2**63, -(2**63) - 1]
            found.append(st.one_of(st.integers(low - 3, high + 3), st.sampled_from(edges)).map(str))
        elif alt.get("type") == "boolean":
            found.append(st.sampled_from(["true", "false", "1", "0", "yes", "maybe"]))
        elif alt.get("format") == "date":
            found.append(st.dates().map(lambda d: d.isoformat()))
        elif "pattern" in alt:
            found.append(st.from_regex(alt["pattern"], fullmatch=True).filter(lambda v: len(v) < 300))
    return st.one_of(*found, HOSTILE, ANY_TEXT.map(lambda t: t + "\x00" if len(t) % 3 == 0 else t))


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build(tmp_path_factory.mktemp("fuzz") / "ew.db", size(400, 2000))
    with TestClient(create_app(str(db)), raise_server_exceptions=False, base_url="http://localhost") as c:
        yield c


def _operations(client: TestClient) -> list[tuple[str, dict[str, dict[str, Any]]]]:
    schema = client.get("/openapi.json").json()
    return [
        (path, {p["name"]: p for p in op.get("parameters", [])})
        for path, ops in sorted(schema["paths"].items())
        for op in ops.values()
    ]


@settings(
    max_examples=size(250, 4000),
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_no_request_is_answered_500(client: TestClient, data: st.DataObject) -> None:
    path, params = data.draw(st.sampled_from(_operations(client)), label="operation")
    query: dict[str, str] = {}
    for name, param in params.items():
        value = data.draw(_from_schema(name, param["schema"]), label=name)
        if param["in"] == "path":
            path = path.replace("{" + name + "}", quote(value, safe="") or "x")
        elif param.get("required") or data.draw(st.booleans(), label=f"send {name}"):
            query[name] = value
    if data.draw(st.booleans(), label="unknown parameter"):
        query[data.draw(ANY_TEXT, label="its name") or "x"] = data.draw(ANY_TEXT, label="its value")
    method = data.draw(st.sampled_from(["GET", "GET", "GET", "HEAD", "POST", "DELETE"]), label="method")
    response = client.request(method, path, params=query)
    assert response.status_code < 500, (method, path, query, response.text[:500])
    if method != "HEAD" and response.status_code >= 400:
        error = response.json()["error"]
        assert set(error) == {"code", "status", "message", "hint"} and error["code"].startswith("E"), error
        assert error["status"] == response.status_code
    elif method == "GET":
        assert response.headers["content-type"].startswith("application/json")
        response.json()
