"""Whether a process still runs: the test both clean-ups use to tell a killed build's
leftovers (table stores, a temporary Prefect API) from those of a build still running."""

from __future__ import annotations

import os


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
