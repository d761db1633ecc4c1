"""Corrections in the real browser (Playwright + Debian chromium): read-only without the token; signed in, an analyst
retypes an event, swaps an actor by selecting text, marks a false event wrong and adds a missed one; reloading shows
them, every export shows them, and a re-ingest of the same articles keeps them."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from eventwire.cli import main
from eventwire.store import open_store
from tests.conftest import BACKENDS, new_location
from tests.live import running
from tests.test_serve_api import _results, build_store
from tests.test_serve_ui import Visit, launched

TOKEN = "ui-test-write-token-0123456789"
# Select the nth occurrence of some words inside the first element matching a selector (a real DOM selection, as a
# drag of the mouse makes it).
SELECT = """([selector, words, nth]) => {
  const box = document.querySelector(selector);
  const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
  let seen = 0, node;
  while ((node = walker.nextNode())) {
    for (let i = node.data.indexOf(words); i >= 0; i = node.data.indexOf(words, i + 1)) {
      if (seen++ !== nth) continue;
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + words.length);
      getSelection().removeAllRanges();
      getSelection().addRange(range);
      return range.toString();
    }
  }
  return null;
}"""


@pytest.fixture(params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    for location in new_location(request, request.param, tmp_path):
        yield build_store(location)


@pytest.fixture()
def base_url(store_location: str) -> Iterator[str]:
    from eventwire.serve import create_app

    with running(create_app(store_location, write_tokens={TOKEN: "ana"})) as url:
        yield url


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launched()


def _select(page: Any, selector: str, words: str, nth: int = 0) -> None:
    assert page.evaluate(SELECT, [selector, words, nth]) == words


def _sign_in(page: Any) -> None:
    page.fill("#signin input[name=token]", TOKEN)
    page.click("#signin button[type=submit]")
    page.wait_for_selector("#signin[data-signed-in=yes]")


def _open_event(visit: Visit, kind: str) -> Any:
    """The event page of the table's (only) event of this type."""
    page = visit.open(f"#/events?type={kind}")
    page.click("table.events tbody tr a.quad")
    page.wait_for_function(
        f"document.querySelector('#view[data-view=event][data-state=ready] h1 .quad')?.textContent === '{kind}'"
    )
    return page


def _wait_h1(page: Any, text: str) -> None:
    page.wait_for_function(
        "t => document.querySelector('#view[data-state=ready] h1')?.textContent.includes(t)", arg=text, timeout=15000
    )


def _cli_rows(capsys: pytest.CaptureFixture[str], location: str) -> dict[str, dict[str, Any]]:
    assert main(["events", "--db", location, "--per-article", "--format", "jsonl", "-q"]) == 0
    return {r["id"]: r for r in map(json.loads, capsys.readouterr().out.splitlines())}


def test_read_only_without_the_token(browser: Any, base_url: str) -> None:
    visit = Visit(browser, base_url)
    page = _open_event(visit, "ACCUSE")
    assert page.locator(".readonly-note").count() == 1 and page.locator("section.correct, form.add-event").count() == 0
    assert "null" not in page.locator("#signin").text_content()  # no missing part written out as text
    page.fill("#signin input[name=token]", "not-the-token-but-long-enough")
    page.click("#signin button[type=submit]")
    page.wait_for_selector("#signin .signin-error")
    assert page.locator("section.correct").count() == 0
    page.locator("details.why summary").first.click()  # the explanation is there for readers too
    assert "accuse.test" in page.locator("details.why").first.text_content()
    visit.check_origin()
    visit.page.close()


def test_an_analyst_corrects_events_in_the_browser(
    browser: Any, base_url: str, store_location: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    visit = Visit(browser, base_url)
    page = visit.open()
    _sign_in(page)
    assert "correcting as ana" in page.locator("#signin").text_content()

    # 1. correct a type: the warning is a rejection
    page = _open_event(visit, "THREATEN")
    assert "null" not in page.locator("section.correct").text_content()
    page.select_option("form.fix-type select[name=event]", "REJECT")
    assert page.locator("form.fix-type select[name=cameo]").input_value() == "120"  # the codes follow the type
    page.fill("section.correct input[name=note]", "a warning over shipping, not a threat")
    page.click("form.fix-type button[type=submit]")
    _wait_h1(page, "REJECT")
    assert "a warning over shipping" in page.locator("ol.log").text_content()

    # a form error is shown in the analyst's words, and nothing changes
    page.fill("form.fix-when input[name=date]", "2022-02-30")
    page.click("form.fix-when button[type=submit]")
    page.wait_for_selector("form.fix-when .error")
    assert "not a date" in page.locator("form.fix-when .error").text_content()

    # 2. swap an actor by selecting text (keyboard: a)
    page = _open_event(visit, "ACCUSE")
    _select(page, "section.report span.sentence-text", "Russia")
    page.keyboard.press("a")
    _wait_h1(page, "Russia → Russia")

    # 3. mark a false event wrong
    page = _open_event(visit, "ASSAULT")
    page.select_option("form.mark-wrong select[name=reason]", "negated")
    page.click("form.mark-wrong button[type=submit]")
    page.wait_for_function("location.hash === '#/events'")
    visit.ready()
    page.wait_for_function("!document.querySelector('#view').textContent.includes('ASSAULT')")

    # 4. add a missed event by selecting its words in the article
    page = _open_event(visit, "ACCUSE")
    text = "section.report pre.article-text"
    _select(page, text, "shelled", nth=1)  # the body's, not the headline's
    page.keyboard.press("n")  # the selected words are the trigger
    _select(page, text, "Russian forces")
    page.click("form.add-event button[name=pick-actor]")
    _select(page, text, "Kyiv")
    page.click("form.add-event button[name=pick-recipient]")
    page.select_option("form.add-event select[name=event]", "ASSAULT")
    page.fill("form.add-event input[name=date]", "2022-05-02")
    page.click("form.add-event button[type=submit]")
    _wait_h1(page, "ASSAULT")
    assert "Russian forces → Ukraine" in page.locator("h1").text_content()  # Kyiv stands for its government
    assert "analyst" in page.locator("details.why").first.text_content()

    # reloading shows every correction
    page = visit.open("#/events")
    assert [q for q in page.locator("table.events tbody a.quad").all_text_contents()] == [
        "CONSULT", "ASSAULT", "ACCUSE", "REJECT"]  # fmt: skip
    assert page.locator("table.events tbody .badge").count() == 3
    page.reload()
    visit.ready()
    assert page.locator("table.events tbody .badge").count() == 3
    visit.errors = [e for e in visit.errors if "422" not in e]  # the browser logs the refused date
    visit.check_origin()
    visit.page.close()

    # `events --format jsonl` and every export show them
    rows = _cli_rows(capsys, store_location)
    assert rows["ev-5"]["event"] == "REJECT" and rows["ev-5"]["corrected"]
    assert [a["code"] for a in rows["ev-4"]["actor"]] == ["RUS"] and rows["ev-4"]["corrected"]
    assert "ev-3" not in rows
    (added,) = [r for r in rows.values() if r["coder"] == "eventwire.analyst.v1"]
    assert (added["event"], added["actor"][0]["code"], added["recipient"][0]["text"]) == ("ASSAULT", "RUS", "Kyiv")
    for fmt in ("plover", "csv", "cameo-tsv", "parquet"):
        out = tmp_path / f"export.{fmt}"
        assert main(["export", "--db", store_location, "--per-article", "--format", fmt, "-o", str(out), "-q"]) == 0
        if fmt == "parquet":
            import pyarrow.parquet as pq

            flags = [r["corrected"] for r in pq.read_table(out).to_pylist()]
            assert sorted(flags) == [False, False, True, True, True]
        else:
            content = out.read_text()
            assert "REJECT" in content and not re.search("ev-3(?![0-9a-f])", content) and added["id"] in content

    # a re-ingest of the same articles keeps them
    with open_store(store_location) as store:
        assert store.add(_results(), coder="test.v1").events == 0
    assert _cli_rows(capsys, store_location) == rows

    # the log lists every correction; undoing the removal brings the event back
    visit = Visit(browser, base_url)
    page = visit.open("#/corrections")
    assert page.locator("table.corrections button[name=undo]").count() == 0  # a new tab: read-only till signed in
    _sign_in(page)
    visit.ready()
    actions = page.locator("table.corrections tbody tr").evaluate_all("rs => rs.map(r => r.dataset.action)")
    assert actions == ["add", "delete", "edit", "edit"]  # latest first
    page.click("table.corrections tr[data-action=delete] button[name=undo]")
    page.wait_for_function("document.querySelectorAll('table.corrections tbody tr').length === 5")
    assert "ev-3" in _cli_rows(capsys, store_location)
    visit.check_origin()
    visit.page.close()


def test_a_page_of_another_origin_cannot_write(
    browser: Any, base_url: str, store_location: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """A page served from localhost:PORT is another origin than 127.0.0.1:PORT: even holding the token, its writes
    are refused (the preflight of a request with the token header, and a plain no-cors POST), and nothing changes."""
    before = _cli_rows(capsys, store_location)
    page = browser.new_page(bypass_csp=True)  # the UI's policy would stop these fetches: the server is checked
    other = base_url.replace("127.0.0.1", "localhost")
    page.goto(other + "#/events")
    page.wait_for_selector('#view[data-state="ready"]')
    target = base_url + "api/events/ev-4/corrections"
    body = json.dumps({"action": "edit", "changes": {"event": "THREATEN"}})
    outcome = page.evaluate(
        """async ([url, body, token]) => {
          const tries = {};
          try {
            const r = await fetch(url, {method: "POST", body,
              headers: {"Content-Type": "application/json", Authorization: `Bearer ${token}`}});
            tries.cors = r.status;
          } catch (err) { tries.cors = "blocked"; }
          const r = await fetch(url, {method: "POST", mode: "no-cors", body, headers: {"Content-Type": "text/plain"}});
          tries.simple = r.type;  // opaque: the page learns nothing
          return tries;
        }""",
        [target, body, TOKEN],
    )
    page.close()
    assert outcome == {"cors": "blocked", "simple": "opaque"}
    assert _cli_rows(capsys, store_location) == before
