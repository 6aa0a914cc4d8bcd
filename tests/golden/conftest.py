"""Show the golden-set summary (written by test_golden_pass_rate) at the end of the pytest run."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

REPORT = Path("/tmp/marsad_golden_report.txt")  # the file test_golden.py writes
_started = time.time()


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    if REPORT.is_file() and REPORT.stat().st_mtime >= _started:
        terminalreporter.section("marsad golden set")
        terminalreporter.write(REPORT.read_text(encoding="utf-8"))
