"""Writes done on a thread while the caller computes what comes next.

Takes: files to write (or any writing call). Gives: the files, each written whole. Creating
thousands of small files (a site's record pages) waits on the file system more than it
computes: on this project's build machines creating a file took from 0.05 to 0.6 ms, as
the disk's journal allowed. The wait releases the GIL, so the caller's rendering goes on
meanwhile. At most :data:`PENDING_WRITES` writes wait, so memory holds a few of them,
never all.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

PENDING_WRITES = 64


def _write_text(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


class BackgroundIO:
    """Use as a context manager: :meth:`submit` (or :meth:`write_text`) hands a write to
    the thread, in order; leaving the block waits for every write and raises the first
    error of one (an error of the block itself is raised instead)."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dnnd-io")
        self._pending: deque[Future[None]] = deque()
        self._folders: set[Path] = set()

    def __enter__(self) -> BackgroundIO:
        return self

    def submit(self, write: Callable[..., None], *args: object) -> None:
        """Run ``write(*args)`` on the thread (after the writes handed over before it)."""
        while len(self._pending) >= PENDING_WRITES:
            self._pending.popleft().result()
        self._pending.append(self._executor.submit(write, *args))

    def write_text(self, path: Path, text: str) -> None:
        """Write ``text`` to ``path`` as UTF-8, its folder made first."""
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        self.submit(_write_text, path, text)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        try:
            if kind is None:
                while self._pending:
                    self._pending.popleft().result()
        finally:
            self._executor.shutdown(wait=True, cancel_futures=True)
