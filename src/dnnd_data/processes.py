"""Processes: whether one still runs (the test both clean-ups use to tell a killed build's
leftovers, table stores and a temporary Prefect API, from those of a build still running),
and the pool every part of a build starts its worker processes with."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor


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
