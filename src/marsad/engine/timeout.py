"""A time limit per document: a timer signal in the main thread, a check between stages elsewhere.

Why a signal and not a thread per document or a deadline checked between sentences: the
timer costs two system calls per document, interrupts the coder wherever it is (a Python
loop, or a regular expression, which polls for signals), and needs no change inside the
stages. Signals reach only a process's main thread, which is where ``marsad code`` and
``marsad ingest`` code (in the process itself or in each pool worker). Elsewhere (a Dask
worker thread, a web server thread) the pipeline checks the deadline between stages
instead, which bounds the damage to the stage that runs late.
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType


class DocumentTimeout(BaseException):
    """A document took longer than its limit; a BaseException so that no ``except Exception`` in a stage swallows it."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"coding took longer than {seconds:g} s")
        self.seconds = seconds


def _can_interrupt() -> bool:
    return hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()


@contextmanager
def time_limit(seconds: float | None) -> Iterator[float | None]:
    """Raise DocumentTimeout in the block after ``seconds``; yields the deadline (``time.monotonic``) or None.

    In the main thread a timer signal interrupts the block; in other threads the caller checks
    the yielded deadline (``Pipeline`` does so between stages).
    """
    if seconds is None or seconds <= 0:
        yield None
        return
    deadline = time.monotonic() + seconds
    if not _can_interrupt():
        yield deadline
        return

    def on_alarm(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(seconds)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    # the timer fires again every ``seconds``: an exception raised where Python can only report it
    # (a garbage-collector callback, a __del__) is lost, and a one-shot timer would never interrupt again
    signal.setitimer(signal.ITIMER_REAL, seconds, seconds)
    try:
        yield deadline
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
