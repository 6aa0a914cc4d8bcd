"""End-to-end: the dashboard in real headless Chromium (Debian's /usr/bin/chromium) on the example store."""

from __future__ import annotations

import re
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is absent (apt-get install chromium); browser tests need it", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")
expect = sync_api.expect
uvicorn = pytest.importorskip("uvicorn")

# As root, in a sandbox with no network: no Chromium sandbox, no GPU, no calls home.
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"]
TIMEOUT_MS = 15_000


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(app: FastAPI) -> Iterator[str]:
    """The app served by uvicorn on a free loopback port, in a thread of this process."""
    port = _free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("uvicorn did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any, base_url: str) -> Iterator[Any]:
    """A fresh page on the dashboard, once it has loaded; fails the test on any script error."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    tab = context.new_page()
    tab.set_default_timeout(TIMEOUT_MS)
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
    tab.goto(base_url + "/")
    tab.wait_for_selector("body[data-ready=true]")
    yield tab
    context.close()
    assert errors == [], errors


def _api(client: TestClient, path: str, **params: Any) -> Any:
    response = client.get(path, params=params)
    assert response.status_code == 200, response.text
    return response.json()


def test_dashboard_loads_the_network(page: Any, client: TestClient) -> None:
    summary = _api(client, "/api/summary")
    assert page.inner_text("#summary").startswith(f"{summary['documents']} documents, {summary['events']} events")
    network = _api(client, "/api/network", since=summary["first_date"][:8] + "01")
    assert page.locator("#network .node").count() == len(network["nodes"])
    assert page.locator("#network .link.coop").count() > 0 and page.locator("#network .link.conf").count() > 0


def test_clicking_a_node_lists_its_events(page: Any, client: TestClient) -> None:
    node = _api(client, "/api/actors", limit=1)["items"][0]  # the most active actor: the biggest node
    page.wait_for_selector("#network[data-settled=true]")
    page.click(f"#network .node[data-node='{node['key']}'] circle", force=True)
    page.wait_for_selector("#selection:not([hidden]) tbody tr")
    assert page.inner_text("#selection-title").startswith(f"{node['key']} ")
    assert f"{node['events']} events" in page.inner_text("#selection-title")
    assert page.locator("#selection tbody tr").count() == node["events"]


def test_clicking_an_edge_lists_the_dyad(page: Any, client: TestClient) -> None:
    page.wait_for_selector("#network[data-settled=true]")
    edge = page.locator("#network .link.conf").first
    source, target = edge.get_attribute("data-edge").split(">")
    edge.dispatch_event("click")
    page.wait_for_selector("#selection:not([hidden]) tbody tr")
    expected = _api(client, "/api/events", actor=source, recipient=target, limit=500)["total"]
    assert page.locator("#selection tbody tr").count() == expected > 0


def test_time_window_slider_narrows_the_network(page: Any) -> None:
    before = page.locator("#network .node").count()
    slider = page.locator("#win-from")
    slider.evaluate("(el) => { el.value = String(Math.floor(el.max * 0.6)); el.dispatchEvent(new Event('input')); }")
    expect(page.locator("#network .node")).not_to_have_count(before)
    assert 0 < page.locator("#network .node").count() < before
    assert page.inner_text("#win-label") > "2020"


def test_filter_by_type_then_read_the_arabic_evidence(page: Any, client: TestClient) -> None:
    page.click("#tabs button[data-view=events]")
    page.select_option("#event-filters select[name=type]", "ASSAULT")
    page.click("#event-filters button[type=submit]")
    expected = _api(client, "/api/events", type="ASSAULT", limit=50)
    expect(page.locator("#events-count")).to_have_text(re.compile(f"^{expected['total']} events"))
    types = page.locator("#events-table tbody tr td:nth-child(2)").all_inner_texts()
    assert types == ["ASSAULT"] * len(expected["items"])
    assert "type=ASSAULT" in (page.get_attribute("#export-csv", "href") or "")

    record = expected["items"][0]
    page.click(f"#events-table tbody tr[data-event-id='{record['id']}']")
    page.wait_for_selector("#view-evidence:not([hidden]) .doc-text")
    text = page.locator("#evidence .doc-text")
    assert text.get_attribute("dir") == "rtl"
    assert page.locator("#evidence .doc-text mark.sel.k-trigger").first.inner_text() == record["trigger"]["text"]
    actors = page.locator("#evidence .doc-text mark.sel.k-actor").all_inner_texts()
    assert "".join(actors) == "".join(a["entity_text"] for a in record["actor"])
    if record["recipient"]:
        assert page.locator("#evidence .doc-text mark.sel.k-recipient").count() > 0
    if record["event_loc"] and record["event_loc"].get("start") is not None:
        assert page.locator("#evidence .doc-text mark.sel.k-place").count() > 0
    assert page.inner_text("#evidence code.rule") == record["coder"]["rule"]
    page.click("#evidence .event-card button")
    page.wait_for_selector("#evidence .explain table")
    assert record["coder"]["rule"] in page.inner_text("#evidence .explain")


def test_timeline_and_map_draw(page: Any, client: TestClient) -> None:
    page.click("#tabs button[data-view=timeline]")
    page.select_option("#tl-actor", "YEM-REB")
    expect(page.locator("#timeline .tl-title")).to_have_text(re.compile("^YEM-REB"))
    assert page.locator("#timeline rect.bar").count() > 0
    page.click("#tabs button[data-view=map]")
    page.wait_for_selector("#map circle.place")
    assert page.locator("#map path.country").count() > 100
    places = _api(client, "/api/places", limit=500)["items"]
    assert page.locator("#map circle.place").count() == len([p for p in places if p["lat"] is not None])
    top = places[0]
    page.locator(f"#map circle.place[data-place='{top['place']}']").dispatch_event("click")
    page.wait_for_selector("#selection:not([hidden]) tbody tr")
    assert page.locator("#selection tbody tr").count() == top["events"]


def test_a_chart_drawn_while_its_tab_is_hidden_has_no_negative_bars(page: Any) -> None:
    # a redraw can come before the timeline's box is laid out (a hidden tab, a busy machine): its box is
    # then a few pixels high, and the bars must still have heights of zero or more
    page.evaluate("() => { document.querySelector('#tl-actor').value = 'YEM-REB';"
                  " document.querySelector('#timeline-form').dispatchEvent(new Event('change')); }")
    page.wait_for_selector("#timeline rect.bar", state="attached")
    heights = page.locator("#timeline rect.bar").evaluate_all("(rs) => rs.map((r) => +r.getAttribute('height'))")
    assert heights and min(heights) >= 0, heights
