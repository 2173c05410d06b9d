"""Processes: whether one still runs (the test both clean-ups use to tell a killed build's
leftovers, table stores and a temporary Prefect API, from those of a build still running),
the pool every part of a build starts its worker processes with, and the steps of a large
build that run in a process of their own."""

from __future__ import annotations

import functools
import importlib
import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

T = TypeVar("T")

# From this many articles on, a step whose memory grows with the tables (writing them,
# the site, the exports) runs in a process of its own: its start-up, about a second of
# imports, is small beside the step, and what the step's allocators keep goes when the
# process exits instead of adding to the build's process, which goes on.
OWN_PROCESS_FROM_ARTICLES = 5_000


def is_alive(pid: object) -> bool:
    """True when ``pid`` names a running process (one we may not signal counts too)."""
    if not isinstance(pid, int) or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def spawn_pool(workers: int) -> ProcessPoolExecutor:
    """A pool of ``workers`` processes started by "spawn": a forked child could inherit a
    lock some thread of ours was holding."""
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


# What submitting to a pool raises when its process cannot start (or has died).
CANNOT_START = (BrokenProcessPool, OSError, RuntimeError)


class ProcessAhead:
    """A spawned process for one later step, started now: ``prepare`` (imports, say) runs
    there while this process does other work. :meth:`run` the step once; the process
    exits when the block ends. A process that cannot start or dies leaves the step to
    this process (it is simply done here)."""

    def __init__(self, prepare: Callable[[], object] | None = None, *, apart: bool = True) -> None:
        # Not ``apart``: no process at all, the step runs here (a small build's way).
        self._pool: ProcessPoolExecutor | None = spawn_pool(1) if apart else None
        if prepare is not None and self._pool is not None:
            try:
                self._pool.submit(prepare)
            except CANNOT_START:
                self.close()

    def __enter__(self) -> ProcessAhead:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, function: Callable[..., T], *args: object) -> T:
        """``function(*args)`` in the process (here when it cannot run there); the
        function and its arguments must pickle, its exceptions reach the caller."""
        return self.start(function, *args)()

    def start(self, function: Callable[..., T], *args: object) -> Callable[[], T]:
        """Begin ``function(*args)`` in the process; what is returned waits for its
        result (as :meth:`run`: done here, at that wait, when it cannot run there)."""
        future: Future[T] | None = None
        if self._pool is not None:
            try:
                future = self._pool.submit(function, *args)
            except CANNOT_START:
                self.close()

        def result() -> T:
            if future is not None:
                try:
                    return future.result()
                except BrokenProcessPool:
                    self.close()
            return function(*args)

        return result

    def close(self) -> None:
        """Let the process exit (waiting for it)."""
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)
            self._pool = None


def importing(module: str) -> Callable[[], object]:
    """A ``prepare`` for :class:`ProcessAhead`: import ``module`` there."""
    return functools.partial(importlib.import_module, module)
