"""Tables kept on disk as Parquet chunks, so a build never holds a whole table in memory.

Takes: rows (pydantic records) added a few at a time, in any order. Gives: per table,
LZ4 Parquet chunk files with the schema generated from the models (each chunk sorted by
a hidden sort key), the row count, views for DuckDB (which checks them out of core), and
the whole table in key order, one bucket at a time (an external sort). The store's
folder is private to one build and removed with the store."""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import duckdb
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from dnnd_data.assemble.sort_key import bucket_bounds, sort_keys
from dnnd_data.processes import is_alive
from dnnd_data.schema.base import Record
from dnnd_data.schema.export import arrow_schema
from dnnd_data.schema.tables import TABLES, TableSpec
from dnnd_data.sql import duckdb_connection, sql_string

R = TypeVar("R", bound=Record)


# Rows buffered per table before they are written out (a few MiB for the articles).
CHUNK_ROWS = 2_000


# Row groups of a chunk: small, so a sort bucket reads little beyond its own rows.
CHUNK_ROW_GROUP = 128


# Rows of a table held at once while it is written out in key order.
SORT_BUCKET_BYTES = 16 * 1024 * 1024


# The hidden column of chunks that orders rows (see dnnd_data.assemble.sort_key).
SORT_KEY = "_sort_key"


def rows_to_arrow(spec: TableSpec, rows: Sequence[Record]) -> pa.Table:
    """An Arrow table of ``rows`` in the given order, with the table's generated schema."""
    # The columns are the model's fields, whose values are each record's instance dict:
    # read there, twice as fast as getattr.
    values = [row.__dict__ for row in rows]
    data = {name: [value[name] for value in values] for name in spec.columns}
    return pa.table(data, schema=arrow_schema(spec))


STORE_PREFIX = "dnnd-tables-"


def remove_abandoned(parent: Path) -> None:
    """Remove the stores of builds that were killed (their process is gone)."""
    for folder in parent.glob(f"{STORE_PREFIX}*-*"):
        pid = folder.name.removeprefix(STORE_PREFIX).split("-", 1)[0]
        if pid.isdigit() and not is_alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _nothing_to_remove() -> None:
    """An attached store's clean-up: its folder is its owner's."""


# Where the positions of a share's rows start (see :meth:`TableStore.attached`): after any
# row the owner adds meanwhile, so the rows sort as if added after the owner's.
SHARE_POSITIONS = 1 << 40


@dataclass(frozen=True)
class StoreState:
    """Where a store's rows are: its folder, each table's chunk files and row count, and
    what the positions of rows added next start from."""

    folder: Path
    chunks: dict[str, list[Path]]
    counts: dict[str, int]
    position_base: int = 0


class TableStore:
    """Every table's rows, as Parquet chunks in a private folder."""

    def __init__(self, parent: Path | None = None, specs: Sequence[TableSpec] = TABLES) -> None:
        if parent is not None:
            parent.mkdir(parents=True, exist_ok=True)
        # Stores of killed builds (their process is gone) go, wherever they were left.
        remove_abandoned(parent or Path(tempfile.gettempdir()))
        prefix = f"{STORE_PREFIX}{os.getpid()}-"
        self.folder = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        self._cleanup: Callable[[], object] = weakref.finalize(
            self, shutil.rmtree, str(self.folder), True
        )
        self.specs: dict[str, TableSpec] = {spec.name: spec for spec in specs}
        self._buffers: dict[str, list[Record]] = defaultdict(list)
        self._chunks: dict[str, list[Path]] = defaultdict(list)
        self._counts: dict[str, int] = defaultdict(int)
        # Chunk file names start with it: a store attached from another process writes
        # beside the owner's chunks, never over them.
        self._prefix = ""
        self._position_base = 0

    @classmethod
    def attached(
        cls, state: StoreState, specs: Sequence[TableSpec] = TABLES, *, share: bool = False
    ) -> TableStore:
        r"""Another process's store (its :meth:`state`), to add rows to from here: the
        rows go on from the owner's counts, their chunks into its folder; the owner then
        :meth:`adopt`\s them and removes the folder (this one never does). A ``share``
        takes rows while the owner adds its own (:meth:`adopt_share`): its rows' positions
        start at :data:`SHARE_POSITIONS`, after the owner's."""
        store = cls.__new__(cls)
        store.folder, store._prefix = state.folder, f"{os.getpid()}-{'share-' if share else ''}"
        store._position_base = state.position_base + (SHARE_POSITIONS if share else 0)
        store._cleanup = _nothing_to_remove
        store.specs = {spec.name: spec for spec in specs}
        store._buffers = defaultdict(list)
        store._chunks = defaultdict(list, {k: list(v) for k, v in state.chunks.items()})
        store._counts = defaultdict(int, state.counts)
        return store

    def state(self) -> StoreState:
        """Where the rows are (buffered rows written first): for :meth:`attached` and
        :meth:`adopt`."""
        for name in self.specs:
            if self._buffers.get(name):
                self._write_chunk(name)
        chunks = {name: list(paths) for name, paths in self._chunks.items()}
        return StoreState(self.folder, chunks, dict(self._counts), self._position_base)

    def adopt(self, state: StoreState) -> None:
        """Take the rows an attached store added (its :meth:`state`, which began as
        this store's own)."""
        if any(self._buffers.values()) or state.folder != self.folder:
            raise ValueError("only a store attached to this one, with nothing buffered here")
        self._chunks = defaultdict(list, state.chunks)
        self._counts = defaultdict(int, state.counts)
        self._position_base = state.position_base

    def adopt_share(self, started: StoreState, share: StoreState) -> None:
        """Take the rows a share added (``share``, its :meth:`state`; ``started``, this
        store's state it was attached to) beside the rows added here since."""
        self.state()
        for name in self.specs:
            self._chunks[name] += share.chunks.get(name, [])[len(started.chunks.get(name, [])) :]
            self._counts[name] += share.counts.get(name, 0) - started.counts.get(name, 0)
        self._position_base = share.position_base

    @classmethod
    def from_rows(
        cls,
        tables: Mapping[str, Sequence[Record]],
        parent: Path | None = None,
        specs: Sequence[TableSpec] = TABLES,
    ) -> TableStore:
        """A store holding these rows (for callers that built tables in memory)."""
        store = cls(parent, specs)
        for name, rows in tables.items():
            if name in store.specs:
                store.add(name, rows)
        store.flush()
        return store

    def add(self, table: str, rows: Iterable[Record]) -> None:
        """Append rows; written out every :data:`CHUNK_ROWS`."""
        buffer = self._buffers[table]
        for row in rows:
            buffer.append(row)
            self._counts[table] += 1
            if len(buffer) >= CHUNK_ROWS:
                self._write_chunk(table)
                buffer = self._buffers[table]

    def flush(self) -> None:
        """Write every buffered row, and an empty chunk for tables without any, so every
        table has a schema on disk."""
        for name in self.specs:
            if self._buffers.get(name) or not self._chunks.get(name):
                self._write_chunk(name)

    def _write_chunk(self, table: str) -> None:
        """Buffered rows as one chunk, sorted by their sort key, in small row groups whose
        key statistics let :meth:`sorted_tables` read only what a bucket needs."""
        spec = self.specs[table]
        rows, self._buffers[table] = self._buffers[table], []
        # The position of the first of these rows: the rows of this table before them.
        first = self._position_base + self._counts[table] - len(rows)
        data = rows_to_arrow(spec, rows)
        data = data.append_column(SORT_KEY, sort_keys(data, spec.primary_key, first))
        data = data.sort_by(SORT_KEY)
        path = self.folder / table / f"{self._prefix}{len(self._chunks[table]):06d}.parquet"
        path.parent.mkdir(exist_ok=True)
        # LZ4: half zstd's time; a chunk lives only as long as the build.
        pq.write_table(data, path, compression="lz4", row_group_size=CHUNK_ROW_GROUP)
        self._chunks[table].append(path)

    def sorted_tables(self, table: str) -> Iterator[pa.Table]:
        """The table in key order, as a series of Arrow tables of about
        :data:`SORT_BUCKET_BYTES` each: an external bucket sort. The bucket bounds come
        from a sample of the keys (a few per bucket, read chunk by chunk: each chunk is
        sorted already), so the keys are never all in memory at once; each bucket then
        reads, from every chunk, only the row groups its bounds overlap."""
        spec = self.specs[table]
        files = self.chunks(table)
        metadata = [pq.read_metadata(p) for p in files]
        rows = sum(m.num_rows for m in metadata)
        if rows == 0:
            return
        size = sum(
            m.row_group(i).total_byte_size for m in metadata for i in range(m.num_row_groups)
        )
        per_bucket = max(1, int(SORT_BUCKET_BYTES * rows / max(size, 1)))
        bounds = bucket_bounds(files, SORT_KEY, per_bucket) if rows > per_bucket else []
        dataset = ds.dataset([str(p) for p in files], format="parquet")
        for low, high in zip([None, *bounds], [*bounds, None], strict=True):
            condition = None
            if low is not None:
                condition = pc.field(SORT_KEY) >= low
            if high is not None:
                below = pc.field(SORT_KEY) < high
                condition = below if condition is None else condition & below
            part = dataset.to_table(columns=[*spec.columns, SORT_KEY], filter=condition)
            yield part.sort_by(SORT_KEY).drop_columns([SORT_KEY])
            del part
            # Arrow's allocator keeps freed memory for reuse unless told otherwise.
            pa.default_memory_pool().release_unused()

    @property
    def names(self) -> list[str]:
        """Table names, in registry order."""
        return list(self.specs)

    def count(self, table: str) -> int:
        """Rows in a table."""
        return self._counts.get(table, 0)

    def counts(self) -> dict[str, int]:
        """Rows of every table."""
        return {name: self.count(name) for name in self.specs}

    def chunks(self, table: str) -> list[Path]:
        """The table's chunk files (buffered rows written first)."""
        if self._buffers.get(table) or not self._chunks.get(table):
            self._write_chunk(table)
        return list(self._chunks[table])

    def relation(self, table: str) -> str:
        """SQL naming the table's rows, for DuckDB's FROM clause."""
        files = ", ".join(sql_string(str(p)) for p in self.chunks(table))
        return f"read_parquet([{files}])"

    def connect(self) -> duckdb.DuckDBPyConnection:
        """DuckDB with every table as a view (spilling into this store's folder)."""
        spill = self.folder / ".duckdb-spill"
        spill.mkdir(exist_ok=True)
        con = duckdb_connection(spill)
        for name in self.specs:
            con.execute(
                f'CREATE VIEW "{name}" AS SELECT * EXCLUDE ({SORT_KEY}) FROM {self.relation(name)}'
            )
        return con

    def iter_rows(self, table: str, model: type[R]) -> Iterator[R]:
        """A table's rows as records, one chunk in memory at a time."""
        for path in self.chunks(table):
            for data in pq.read_table(path, columns=self.specs[table].columns).to_pylist():
                yield model.model_validate(data)

    def rows(self, table: str, model: type[R]) -> list[R]:
        """A table's rows as records (for small tables and tests)."""
        return list(self.iter_rows(table, model))

    def close(self) -> None:
        """Remove the store's folder."""
        self._cleanup()
