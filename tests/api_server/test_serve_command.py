"""``marsad demo --db`` writes a store and says how to serve it; ``marsad serve`` serves it as a real process."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from typer.testing import CliRunner

from marsad.cli.main import app


def test_demo_writes_a_store_and_prints_the_serve_command(tmp_path: Path) -> None:
    db = tmp_path / "demo.duckdb"
    result = CliRunner().invoke(app, ["demo", "--db", str(db), "--limit", "3"])
    assert result.exit_code == 0, result.output
    assert db.is_file()
    assert f"marsad serve --db {db}" in result.output.splitlines()[-1]


def test_demo_without_a_store_says_how_to_get_one() -> None:
    result = CliRunner().invoke(app, ["demo", "--limit", "1"])
    assert result.exit_code == 0
    assert "marsad demo --db demo.duckdb, then marsad serve --db demo.duckdb" in result.output


def test_serve_refuses_a_missing_store(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["serve", "--db", str(tmp_path / "absent.duckdb")])
    assert result.exit_code == 2
    assert "marsad ingest" in result.output


def test_serve_answers_over_http(example_db: Path) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "marsad.cli.main", "serve", "--db", str(example_db),
                               "--port", str(port)], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/summary", timeout=2) as response:
                    summary = json.load(response)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    pytest.fail(f"marsad serve did not answer: {server.stderr.read() if server.stderr else ''}")
                time.sleep(0.2)
        assert summary["documents"] == 12
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as response:
            assert b'<script type="module" src="/static/app.js">' in response.read()
    finally:
        server.terminate()
        server.wait(timeout=10)
