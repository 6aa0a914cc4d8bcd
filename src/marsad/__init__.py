"""marsad: Arabic news in, PLOVER political event records out.

The public names load on first use, so ``import marsad.lang.ar`` stays light.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from marsad import native as _native
from marsad.version import __version__

_native.guard()  # before any compiled module loads: a stale binary must not run

if TYPE_CHECKING:
    from marsad.api import CodedEvents, code
    from marsad.model import Document, Event
    from marsad.pipeline import Pipeline

__all__ = ["CodedEvents", "Document", "Event", "Pipeline", "__version__", "code"]
_HOMES = {"CodedEvents": "marsad.api", "code": "marsad.api", "Document": "marsad.model",
          "Event": "marsad.model", "Pipeline": "marsad.pipeline"}


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module 'marsad' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(home), name)
