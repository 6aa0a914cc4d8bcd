"""Screenshots of the dashboard's main views on the example store, for the README (docs/screenshots/).

    python scripts/take_screenshots.py            # needs .[dev] and Debian's /usr/bin/chromium
"""

from __future__ import annotations

import datetime as dt
import socket
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from marsad.api_server import create_app
from marsad.cli.demo import EXAMPLE_DATE, EXAMPLES
from marsad.config import Config
from marsad.datafiles import data_path
from marsad.engine.coding import PipelineSpec
from marsad.engine.runner import RunnerOptions
from marsad.store.ingest import ingest
from marsad.store.store import Store

OUT = Path(__file__).resolve().parents[1] / "docs" / "screenshots"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "examples.duckdb"
        with Store(db) as store:
            ingest([str(data_path(n)) for n in EXAMPLES], store=store, spec=PipelineSpec(Config()),
                   options=RunnerOptions(workers=1), default_date=dt.date.fromisoformat(EXAMPLE_DATE))
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = sock.getsockname()[1]
        server = uvicorn.Server(uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning"))
        threading.Thread(target=server.run, daemon=True).start()
        while not server.started:
            time.sleep(0.05)
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
            page = browser.new_page(viewport={"width": 1280, "height": 860})
            page.goto(f"http://127.0.0.1:{port}/")
            page.wait_for_selector("body[data-ready=true]")
            page.wait_for_selector("#network[data-settled=true]")
            page.click("#network .node[data-node='SAU-GOV'] circle", force=True)
            page.wait_for_selector("#selection:not([hidden]) tbody tr")
            page.screenshot(path=str(OUT / "network.png"))
            page.click("#tabs button[data-view=timeline]")
            page.select_option("#tl-actor", "YEM-REB")
            page.wait_for_selector("#timeline rect.bar")
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "timeline.png"))
            page.click("#tabs button[data-view=map]")
            page.wait_for_selector("#map circle.place")
            page.screenshot(path=str(OUT / "map.png"))
            page.click("#tabs button[data-view=events]")
            page.select_option("#event-filters select[name=type]", "ASSAULT")
            page.click("#event-filters button[type=submit]")
            page.wait_for_timeout(500)
            page.screenshot(path=str(OUT / "events.png"))
            page.locator("#events-table tbody tr", has_text="RUS-MIL").first.click()
            page.wait_for_selector("#evidence .doc-text")
            page.click("#evidence .event-card button")
            page.wait_for_selector("#evidence .explain table")
            page.screenshot(path=str(OUT / "evidence.png"), full_page=True)
            browser.close()
        server.should_exit = True
    print(f"screenshots in {OUT}")


if __name__ == "__main__":
    main()
