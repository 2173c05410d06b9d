"""Progress reporting hook: library stages report, the CLI decides how to show it.

Takes: calls from stage functions. Gives: a process-wide reporter (no-op by default) that
the CLI swaps for a rich progress bar. A plain global rather than an argument because
Prefect tasks run in worker threads and their inputs are hashed for caching.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Protocol


class Reporter(Protocol):
    """Receives stage progress."""

    def start(self, stage: str, total: int) -> None: ...

    def advance(self, stage: str, amount: int = 1) -> None: ...


class NullReporter:
    """Reports nothing."""

    def start(self, stage: str, total: int) -> None:
        """Ignore."""

    def advance(self, stage: str, amount: int = 1) -> None:
        """Ignore."""


_lock = threading.Lock()
_current: Reporter = NullReporter()


def start(stage: str, total: int) -> None:
    """A stage begins with ``total`` units of work."""
    with _lock:
        _current.start(stage, total)


def advance(stage: str, amount: int = 1) -> None:
    """``amount`` units of a stage are done."""
    with _lock:
        _current.advance(stage, amount)


@contextmanager
def reporting_to(reporter: Reporter) -> Iterator[None]:
    """Send progress to ``reporter`` inside the block."""
    global _current  # noqa: PLW0603 - one reporter per process, by design
    previous, _current = _current, reporter
    try:
        yield
    finally:
        _current = previous
