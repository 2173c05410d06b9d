"""Plain exports beside the Parquet files: ``csv/<table>.csv.gz`` and
``json/<table>.jsonl.gz`` (one JSON object per line), for readers without a Parquet library.

Takes: a staging folder holding the tables' Parquet files. Gives: the exports, written by
DuckDB from those files (the same rows in the same key order) and gzipped by ISA-L (the
``isal`` package) at its level 3: a fifth of the time zlib's default level takes, for
files about a quarter larger (measured on the mention tables of a 10,000-article
release: 0.25 s against 1.43 s per 118 MB, 12.8 against 10.2 MB). Gzip compressors
differ in the bytes they write, not in what those bytes decompress to; the release's
content hash reads the Parquet files. The manifest lists the exports like every other
file of the release.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from concurrent.futures import Executor, Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from pathlib import Path

import duckdb
import pyarrow as pa
from isal import isal_zlib

from dnnd_data.processes import CANNOT_START, spawn_pool
from dnnd_data.schema.export import arrow_schema
from dnnd_data.schema.tables import TableSpec
from dnnd_data.sql import sql_string

# With one thread the rows stream out in the Parquet files' (key) order; DuckDB's writer
# holds whole row groups of the articles' text, so the limit leaves it room.
EXPORT_MEMORY = "384MB"


# ISA-L's levels run 0 to 3 (3: its best ratio); wbits 31 is a gzip stream (header with
# no name and mtime 0, so the same rows give the same bytes).
GZIP_LEVEL = 3
_GZIP_WBITS = 31
# Read and compressed a piece at a time: memory stays flat whatever the table's size.
_GZIP_CHUNK_BYTES = 8 * 1024 * 1024


class ExportJob:
    """The exports, written beside the rest of the release, each table's as soon as its
    Parquet file is (:meth:`add`): in a process of their own for a large release (DuckDB
    and zlib then share neither the GIL nor the memory of the processes writing the
    tables and the site), else on a thread. A process that cannot start or dies leaves
    the work to this one: the files are simply written again."""

    def __init__(self, executor: Executor, folder: Path, specs: tuple[TableSpec, ...] = ()) -> None:
        self.folder, self._executor = folder, executor
        # Each added table, with its exports being written (None: to be written here).
        self._added: list[tuple[TableSpec, Future[list[Path]] | None]] = []
        # Whether some exports had to be written by the waiting caller.
        self.written_here = False
        for spec in specs:
            self.add(spec)

    def add(self, spec: TableSpec) -> None:
        """Start the exports of a table whose Parquet file is complete."""
        future: Future[list[Path]] | None = None
        try:
            future = self._executor.submit(write_table_exports, self.folder, spec)
        except CANNOT_START:
            future = None
        self._added.append((spec, future))

    def result(self) -> list[Path]:
        """The added tables' exports' paths, once written."""
        written = []
        for spec, future in self._added:
            if future is not None:
                try:
                    written += future.result()
                    continue
                except BrokenProcessPool:
                    pass
            self.written_here = True
            written += write_table_exports(self.folder, spec)
        return written


@contextmanager
def exports_beside(folder: Path, *, apart: bool) -> Iterator[ExportJob]:
    """A job for the exports of ``folder``'s tables: :meth:`ExportJob.add` each table once
    its Parquet file is written, wait for them all with ``.result()`` inside the block
    (leaving it early cancels what has not started). ``apart`` (a large release): in a
    process of their own, else on a thread."""
    executor: Executor
    if apart:
        executor = spawn_pool(1)
    else:
        executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dnnd-exports")
    try:
        yield ExportJob(executor, folder)
    finally:
        executor.shutdown(wait=True, cancel_futures=True)


def write_table_exports(folder: Path, spec: TableSpec) -> list[Path]:
    """A table's gzipped CSV and gzipped JSON Lines files; returns their paths."""
    (folder / "csv").mkdir(exist_ok=True)
    (folder / "json").mkdir(exist_ok=True)
    written = []
    spill = folder.parent / f"{folder.name}.{spec.name}.spill"
    spill.mkdir(exist_ok=True)
    con = duckdb.connect(
        config={
            "memory_limit": EXPORT_MEMORY,
            "threads": 1,
            "preserve_insertion_order": True,
            "temp_directory": str(spill),
        }
    )
    try:
        source = f"read_parquet({sql_string(str(folder / f'{spec.name}.parquet'))})"
        exports = [
            (f"SELECT {_csv_columns(spec)} FROM {source}", "FORMAT csv, HEADER", "csv", "csv"),
            (f"SELECT * FROM {source}", "FORMAT json", "json", "jsonl"),
        ]
        for query, options, subfolder, suffix in exports:
            plain = spill / f"{spec.name}.{suffix}"
            con.execute(f"COPY ({query}) TO {sql_string(str(plain))} ({options})")
            target = folder / subfolder / f"{spec.name}.{suffix}.gz"
            gzip_file(plain, target)
            plain.unlink()
            written.append(target)
    finally:
        con.close()
        shutil.rmtree(spill, ignore_errors=True)
    return written


def gzip_file(source: Path, target: Path) -> None:
    """``target``: ``source`` as one gzip member, compressed a piece at a time."""
    compressor = isal_zlib.compressobj(GZIP_LEVEL, isal_zlib.DEFLATED, _GZIP_WBITS)
    with source.open("rb") as plain, target.open("wb") as packed:
        while chunk := plain.read(_GZIP_CHUNK_BYTES):
            packed.write(compressor.compress(chunk))
        packed.write(compressor.flush())


def _csv_columns(spec: TableSpec) -> str:
    """Every column; a list column as a JSON array (CSV has no lists, and DuckDB's own
    "[a, b]" form cannot be told apart from a value holding a comma)."""
    listed = {field.name for field in arrow_schema(spec) if pa.types.is_list(field.type)}
    return ", ".join(
        f'to_json("{name}")::VARCHAR AS "{name}"' if name in listed else f'"{name}"'
        for name in spec.columns
    )
