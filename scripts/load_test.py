"""A bounded load test of ``marsad serve`` on loopback: N concurrent clients for S seconds.

    python scripts/load_test.py --clients 50 --seconds 30
    python scripts/load_test.py --db events.duckdb --clients 50 --seconds 30

Starts ``marsad serve`` on 127.0.0.1 (a free port) over ``--db``, or over a store of the
bundled examples (``marsad demo --db``), with the rate limit off (every client shares one
address here). Each client sends the dashboard's requests in turn, waiting for each answer,
until the time is up. Prints requests, errors (connection failures and any status other
than 200) and latency percentiles, overall and per endpoint; exits 1 on any error. Only
loopback is ever contacted.
"""

from __future__ import annotations

import argparse
import asyncio
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import httpx

HOST = "127.0.0.1"
# The dashboard's requests, with how often each is sent (explain codes text under a lock: rare).
REQUESTS = (
    ("summary", "/api/summary", 3),
    ("events", "/api/events?limit=50", 4),
    ("events actor", "/api/events?actor=RUS&limit=50", 2),
    ("events search", "/api/events?q=%D8%A5%D8%AF%D9%84%D8%A8", 2),
    ("actors", "/api/actors?limit=50", 2),
    ("network", "/api/network", 2),
    ("timeline", "/api/timeline?interval=month", 2),
    ("places", "/api/places", 2),
    ("documents", "/api/documents", 1),
    ("document", "/api/documents/{doc_id}?dates=false", 2),
    ("export", "/api/events/export?format=csv&limit=200", 1),
    ("explain", "/api/explain?text=%D9%82%D8%B5%D9%81%D8%AA%20%D8%A7%D9%84%D8%B7%D8%A7%D8%A6%D8%B1%D8%A7%D8%AA", 1),
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return int(sock.getsockname()[1])


def _percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


async def _client(base: str, paths: list[tuple[str, str]], stop: float, offset: int,
                  latencies: dict[str, list[float]], errors: dict[str, int]) -> None:
    async with httpx.AsyncClient(base_url=base, timeout=30.0) as client:
        index = offset
        while time.monotonic() < stop:
            name, path = paths[index % len(paths)]
            index += 1
            started = time.perf_counter()
            try:
                response = await client.get(path)
                await response.aread()
                ok = response.status_code == 200
            except httpx.HTTPError:
                ok = False
            latencies[name].append(time.perf_counter() - started)
            if not ok:
                errors[name] += 1


async def _load(base: str, paths: list[tuple[str, str]], clients: int, seconds: float,
                ) -> tuple[dict[str, list[float]], dict[str, int], float]:
    latencies: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    started = time.monotonic()
    stop = started + seconds
    await asyncio.gather(*(_client(base, paths, stop, i * 7, latencies, errors) for i in range(clients)))
    return latencies, errors, time.monotonic() - started


def _wait_ready(base: str, process: subprocess.Popen[bytes], timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"marsad serve exited with status {process.returncode}")
        try:
            if httpx.get(base + "/api/summary", timeout=2.0).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise SystemExit("marsad serve did not answer within a minute")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--db", type=Path, help="a store to serve (default: the bundled examples)")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=30.0)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            db = Path(tmp) / "examples.duckdb"
            subprocess.run([sys.executable, "-m", "marsad.cli.main", "demo", "--db", str(db)], check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port = _free_port()
        base = f"http://{HOST}:{port}"
        server = subprocess.Popen([sys.executable, "-m", "marsad.cli.main", "serve", "--db", str(db), "--host", HOST,
                                   "--port", str(port), "--rate-limit", "0"],
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            _wait_ready(base, server)
            first = httpx.get(base + "/api/documents?limit=1").json()["items"][0]["id"]
            paths = [(name, path.format(doc_id=first)) for name, path, weight in REQUESTS for _ in range(weight)]
            httpx.get(base + paths[-1][1], timeout=60.0)  # load the coder before the clock starts
            latencies, errors, elapsed = asyncio.run(_load(base, paths, args.clients, args.seconds))
        finally:
            server.terminate()
            server.wait(timeout=30)
    every = [value for values in latencies.values() for value in values]
    failed = sum(errors.values())
    print(f"{args.clients} clients for {elapsed:.1f} s on {HOST}: requests {len(every):,}, errors {failed}, "
          f"{len(every) / elapsed:,.0f} requests/s; latency p50 {statistics.median(every) * 1000:.0f} ms, "
          f"p95 {_percentile(every, 0.95) * 1000:.0f} ms, p99 {_percentile(every, 0.99) * 1000:.0f} ms, "
          f"max {max(every) * 1000:.0f} ms")
    for name in sorted(latencies, key=lambda n: -_percentile(latencies[n], 0.95)):
        values = latencies[name]
        print(f"  {name:14} requests {len(values):6,}  errors {errors.get(name, 0):3}  "
              f"p50 {statistics.median(values) * 1000:6.0f} ms  p95 {_percentile(values, 0.95) * 1000:6.0f} ms")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
