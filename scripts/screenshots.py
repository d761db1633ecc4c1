"""Screenshots of every view of the web UI (Playwright + Debian chromium), for docs/screenshots/.

Usage: eventwire demo --db /tmp/demo.db && python scripts/screenshots.py /tmp/demo.db docs/screenshots [EVENT_HASH]

The server is given a throwaway write token, so that the corrections view is taken signed in (nothing is written).
"""

from __future__ import annotations

import secrets
import socket
import sys
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import Page, sync_playwright

from eventwire.serve import create_app

ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _shot(page: Page, url: str, path: Path, *, full: bool = False) -> None:
    page.goto(url)
    page.wait_for_selector('#view[data-state="ready"], #view[data-state="error"]')
    page.wait_for_timeout(300)
    page.screenshot(path=str(path), full_page=full)
    print(path.name, page.locator("#view").get_attribute("data-state"))


def main() -> None:
    db, out = sys.argv[1], Path(sys.argv[2])
    out.mkdir(parents=True, exist_ok=True)
    port = _free_port()
    token = secrets.token_urlsafe(24)
    app = create_app(db, write_tokens={token: "analyst"})
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    while not server.started:
        time.sleep(0.05)
    base = f"http://127.0.0.1:{port}/"
    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 860}, device_scale_factor=1)
        page.on("request", lambda r: requests.append(r.url))
        _shot(page, base + "#/events", out / "table.png")
        first = page.locator("table.events tbody tr a").first.get_attribute("href") or "#/events"
        event = sys.argv[3] if len(sys.argv) > 3 else first
        _shot(page, base + event, out / "event.png", full=True)
        # signed in with the write token: the correction forms and the "Explain why" panel
        page.fill("#signin input[name=token]", token)
        page.click("#signin button[type=submit]")
        page.wait_for_selector("#signin[data-signed-in=yes]")
        _shot(page, base + event, out / "corrections.png", full=True)
        page.locator("details.why summary").first.click()
        page.locator("details.why").first.scroll_into_view_if_needed()
        page.wait_for_timeout(200)
        page.locator("details.why").first.screenshot(path=str(out / "why.png"))
        print("why.png")
        _shot(page, base + "#/dyads?interval=day", out / "dyads.png")
        _shot(page, base + "#/network", out / "network.png")
        _shot(page, base + "#/map", out / "map.png", full=True)
        browser.close()
    server.should_exit = True
    thread.join(5)
    print("requests to other origins:", [u for u in requests if not u.startswith(base)])


if __name__ == "__main__":
    main()
