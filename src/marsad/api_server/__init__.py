"""The HTTP API and dashboard over a marsad store (``marsad serve``; needs ``pip install "marsad[api]"``)."""

from __future__ import annotations

from marsad.api_server.app import create_app

__all__ = ["create_app"]
