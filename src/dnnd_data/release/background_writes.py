"""Files written on a thread while the caller renders the next ones.

Takes: paths and their text. Gives: the files, each written whole. Creating thousands of
small files (a site's record pages) waits on the file system more than it computes (on
this project's build machines, creating a file took from 0.05 to 0.6 ms, as the disk's
journal allowed), and the wait releases the GIL: rendering goes on meanwhile. At most
:data:`PENDING_FILES` texts wait, so memory holds a few pages, never the site.
"""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from types import TracebackType

PENDING_FILES = 64


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")


class BackgroundWriter:
    """Use as a context manager: :meth:`write` hands a file to the thread; leaving the
    block waits for every file and raises the first error of a write."""

    def __init__(self) -> None:
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dnnd-files")
        self._pending: deque[Future[None]] = deque()
        self._folders: set[Path] = set()

    def __enter__(self) -> BackgroundWriter:
        return self

    def write(self, path: Path, text: str) -> None:
        """Write ``text`` to ``path`` (its folder made first) on the thread."""
        if path.parent not in self._folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._folders.add(path.parent)
        while len(self._pending) >= PENDING_FILES:
            self._pending.popleft().result()
        self._pending.append(self._executor.submit(_write, path, text))

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
