"""A time budget per raw file: a file whose processing (normalize, extract) runs past
``DNND_MAX_FILE_SECONDS`` is set aside as ``too_slow`` instead of holding up the build.

Takes: seconds. Gives: :func:`time_budget`, a context that raises :class:`OverBudget` when
the time is up (a real-time interval timer, SIGALRM; Python's regular-expression engine
checks for signals while it runs). The timer repeats until the block ends: an exception
raised where Python ignores it (a garbage-collector callback, a ``__del__``) is raised again
a moment later in the block's own code. Only in a process's main thread, where signals are
delivered: elsewhere the budget is not enforced (the size and line limits still are).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

# How soon the signal comes again if the first one was swallowed.
_REPEAT_SECONDS = 0.05


class OverBudget(Exception):
    """The file's time is up."""


@contextmanager
def time_budget(seconds: float) -> Iterator[None]:
    """Raise :class:`OverBudget` inside the block once ``seconds`` have passed."""
    enforce = (
        seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not enforce:
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise OverBudget

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds, _REPEAT_SECONDS)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
