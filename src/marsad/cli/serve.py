"""``marsad serve``: the read-only HTTP API and the dashboard over a store."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import typer

from marsad.errors import StoreError

API_EXTRA_HINT = 'marsad serve needs the API extra: pip install "marsad[api]"'


def run_serve(*, db: Path, host: str, port: int, cors_origins: Sequence[str], query_seconds: float,
              rate_limit: float | None = None, rate_burst: int = 60) -> int:
    """Serve ``db`` until interrupted; returns the exit status."""
    try:
        import uvicorn

        from marsad.api_server import create_app
    except ImportError:
        typer.echo(API_EXTRA_HINT, err=True)
        return 2
    try:
        app = create_app(db, query_seconds=query_seconds, cors_origins=cors_origins, rate_limit=rate_limit,
                         rate_burst=rate_burst)
    except StoreError as exc:
        typer.echo(f"error: {exc}", err=True)
        return 2
    typer.echo(f"marsad: serving {db} read-only; dashboard at http://{host}:{port}/ , API docs at "
               f"http://{host}:{port}/api/docs (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")
    return 0
