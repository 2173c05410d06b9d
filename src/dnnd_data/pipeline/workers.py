"""Worker processes that process batches on every core (a serial fallback when none start)."""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import replace

from dnnd_data import progress
from dnnd_data.assemble.index import IndexEntry
from dnnd_data.ingest.read import RawRef
from dnnd_data.pipeline.process import STAGE_PROCESS, process_and_index
from dnnd_data.processes import spawn_pool
from dnnd_data.settings import Settings


class BatchWorkers:
    """Plain worker processes that process batches: the work is pure-Python regexes,
    which threads cannot spread over cores. Workers import no Prefect, so they start in
    about a second and need no API. Runs batches in the caller when there is one core,
    one batch, or when no pool can start here (e.g. a caller reading stdin)."""

    def __init__(self, settings: Settings, n_batches: int) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._wanted = settings.workers > 1 and n_batches > 1

    def __enter__(self) -> BatchWorkers:
        if self._wanted:
            self._pool = spawn_pool(self.settings.workers)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def run(self, batch: list[RawRef]) -> list[IndexEntry]:
        """One batch's index (safe to call from several threads at once)."""
        return self._result(self._submit(batch), batch)

    def map(self, work: list[list[RawRef]]) -> Iterator[list[IndexEntry]]:
        """Every batch's index, in order (all queued first, so every worker stays busy;
        a result is let go once yielded, so they do not pile up)."""
        pending = deque((self._submit(batch), batch) for batch in work)
        while pending:
            future, batch = pending.popleft()
            yield self._result(future, batch)

    def _submit(self, batch: list[RawRef]) -> Future[list[IndexEntry]] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(process_and_index, batch, self.settings)
        except BrokenProcessPool:
            self._pool = None
            return None

    def _result(
        self, future: Future[list[IndexEntry]] | None, batch: list[RawRef]
    ) -> list[IndexEntry]:
        """The worker's index of the batch, or the batch processed here when no worker can."""
        if future is not None:
            try:
                entries = future.result()
            except BrokenProcessPool:
                self._pool = None
            else:
                progress.advance(STAGE_PROCESS, len(batch))
                # Point back at this process's refs: the worker's copies would double
                # the memory the discovery already holds.
                return [replace(e, ref=ref) for e, ref in zip(entries, batch, strict=True)]
        return process_and_index(batch, self.settings)
