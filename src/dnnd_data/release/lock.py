"""One writer per output folder: an advisory lock that says who holds it.

Takes: an output folder. Gives: :func:`output_lock`, a context manager holding
``<out>/.dnnd.lock`` (``flock``: the OS releases it when the holder dies, so it is never
stale) and :class:`OutputLocked` naming the holder (pid, host, start time). Re-entrant
within a process, so the CLI can hold it for a whole build while ``publish`` also asks.
"""

from __future__ import annotations

import fcntl
import os
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

LOCK_NAME = ".dnnd.lock"
_held: dict[Path, int] = {}
_guard = threading.Lock()


class OutputLocked(Exception):
    """Another build is writing the same output folder."""


@contextmanager
def output_lock(out_dir: Path) -> Iterator[None]:
    """Hold the output folder's lock for the duration of the block."""
    out_dir.mkdir(parents=True, exist_ok=True)
    path = (out_dir / LOCK_NAME).resolve()
    with _guard:
        if path in _held:
            _held[path] += 1
            reentered = True
        else:
            reentered = False
    if reentered:
        try:
            yield
        finally:
            with _guard:
                _held[path] -= 1
        return
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        holder = os.pread(fd, 500, 0).decode("utf-8", "replace").strip() or "another process"
        os.close(fd)
        raise OutputLocked(f"{out_dir} is being written by {holder}") from None
    os.ftruncate(fd, 0)
    started = datetime.now(UTC).isoformat(timespec="seconds")
    os.pwrite(fd, f"pid {os.getpid()} on {socket.gethostname()} since {started}\n".encode(), 0)
    with _guard:
        _held[path] = 1
    try:
        yield
    finally:
        with _guard:
            del _held[path]
        os.ftruncate(fd, 0)
        fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
