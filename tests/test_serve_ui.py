"""The web UI in a real browser (Playwright + Debian chromium): filters, event page highlights, no script injection,
every view drawn, and no request leaving 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from tests.conftest import BACKENDS, new_location
from tests.live import running
from tests.test_serve_api import INJECTED, build_store

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(
        "browser tier: /usr/bin/chromium is missing (apt-get install -y --no-install-recommends chromium)",
        allow_module_level=True,
    )
sync_api = pytest.importorskip(
    "playwright.sync_api", reason="browser tier: playwright is not installed (pip install -e '.[test]')"
)


@pytest.fixture(scope="module", params=BACKENDS)
def store_location(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    for location in new_location(request, request.param, tmp_path_factory.mktemp("ui")):
        yield build_store(location)


@pytest.fixture(scope="module")
def base_url(store_location: str) -> Iterator[str]:
    """The app under uvicorn in a background thread on a free 127.0.0.1 port, over each backend's store."""
    from eventwire.serve import create_app

    with running(create_app(store_location)) as url:
        yield url


def launched() -> Iterator[Any]:
    """Debian's chromium under Playwright, headless, until the generator is closed."""
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    yield from launched()


class Visit:
    """A page that records every request it makes and every script error."""

    def __init__(self, browser: Any, base_url: str) -> None:
        self.base = base_url
        # The app's Content-Security-Policy is switched off here, so that what is checked is the UI itself: text
        # put into the page as text (not blocked scripts), and no foreign request (not blocked ones).
        self.page = browser.new_page(viewport={"width": 1280, "height": 900}, bypass_csp=True)
        self.requests: list[str] = []
        self.errors: list[str] = []
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)

    def open(self, hash_: str = "", state: str = "ready") -> Any:
        self.page.goto(self.base + hash_)
        return self.ready(state)

    def ready(self, state: str = "ready") -> Any:
        """Wait until the view of the current address (not the one before a hash change) reaches ``state``."""
        self.page.wait_for_function(
            "s => { const v = document.getElementById('view'); return v && v.dataset.state === s"
            " && v.dataset.route === location.hash; }",
            arg=state,
            timeout=15000,
        )
        return self.page

    def check_origin(self) -> None:
        assert self.requests, "no requests recorded"
        foreign = [u for u in self.requests if urlsplit(u).hostname != "127.0.0.1"]
        assert not foreign, f"requests left 127.0.0.1: {foreign}"
        assert not self.errors, self.errors


@pytest.fixture()
def visit(browser: Any, base_url: str) -> Iterator[Visit]:
    v = Visit(browser, base_url)
    yield v
    v.page.close()


def test_filter_open_event_and_highlights(visit: Visit) -> None:
    page = visit.open()
    rows = page.locator("table.events tbody tr")
    assert rows.count() == 4
    page.fill("input[name=country]", "irn")
    page.click("form.filters button[type=submit]")
    page.wait_for_function("location.hash.includes('country=IRN')")
    visit.ready()
    page.wait_for_function("document.querySelectorAll('table.events tbody tr').length === 2")
    page.fill("input[name=q]", "Raisi")
    page.press("input[name=q]", "Enter")
    page.wait_for_function("document.querySelectorAll('table.events tbody tr').length === 1")

    page.click("table.events tbody tr a")
    page.wait_for_function("location.hash.startsWith('#/event/')")
    visit.ready()
    assert page.locator("section.report").count() == 2
    sentence = page.locator("section.report").first.locator("blockquote.sentence")
    marks = {kind: sentence.locator(f'mark[data-kind="{kind}"]').all_text_contents() for kind in
             ("trigger", "actor", "recipient", "date", "place")}  # fmt: skip
    assert marks == {
        "trigger": ["met"],
        "actor": ["Iranian President Ebrahim Raisi"],
        "recipient": ["Chinese Foreign Minister Wang Yi"],
        "date": ["on Wednesday"],
        "place": ["Tehran"],
    }
    # the injected markup is shown as text and never runs
    assert INJECTED in sentence.text_content()
    assert "<img src=x onerror" in page.locator("section.report h2").first.text_content()
    assert "javascript:" in page.locator("section.report .url").first.text_content()
    assert page.locator("#view script, #view img, #view a[href^='javascript']").count() == 0
    page.click("details.full-text summary >> nth=0")
    assert INJECTED in page.locator("pre.article-text").first.text_content()
    assert page.evaluate("typeof window.__pwned") == "undefined"
    visit.check_origin()


def test_every_view_draws(visit: Visit) -> None:
    page = visit.open("#/dyads?a=RUS&b=UKR&interval=day")
    totals = "window.Chart.getChart('dyad-chart').data.datasets.map(d => d.data.reduce((a, b) => a + b))"
    assert page.evaluate(totals) == [0, 2]  # cooperation, conflict
    page = visit.open("#/network")
    assert sorted(page.locator("svg.network .node").evaluate_all("ns => ns.map(n => n.dataset.code)")) == [
        "CHN",
        "IRN",
        "RUS",
        "UKR",
    ]
    assert page.locator("svg.network line.edge").count() == 2
    page = visit.open("#/map")
    assert page.locator("svg.map path.land").count() > 100  # the bundled world outline
    assert sorted(page.locator("svg.map circle.place").evaluate_all("cs => cs.map(c => c.dataset.place)")) == [
        "Kyiv",
        "Tehran",
    ]
    page = visit.open("#/events?type=ASSAULT")
    assert page.locator("table.events tbody tr").count() == 1
    page = visit.open("#/event/no-such-event", state="error")  # errors are shown, in the API's words
    assert "E504" in page.locator(".error").text_content()
    visit.errors = [e for e in visit.errors if "404" not in e]  # the browser logs the failed fetch
    visit.check_origin()


def test_api_docs_page_is_offline(visit: Visit) -> None:
    visit.page.goto(visit.base + "docs")
    visit.page.wait_for_selector(".swagger-ui .opblock", timeout=15000)
    assert visit.page.locator(".opblock-summary-path").count() >= 5
    visit.check_origin()
