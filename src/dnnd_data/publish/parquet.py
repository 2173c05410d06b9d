"""One Parquet file per table, rows in primary-key order (an external sort)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dnnd_data import progress
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.processes import ProcessAhead
from dnnd_data.publish.files import file_entry
from dnnd_data.schema.export import (
    arrow_schema,
)
from dnnd_data.schema.tables import TABLES, TableSpec

STAGE_PUBLISH = "publish"
# Rows per Parquet row group at most.
ROW_GROUP_ROWS = 8_192


def write_tables(
    folder: Path,
    store: TableStore,
    specs: tuple[TableSpec, ...] = TABLES,
    *,
    apart: bool = False,
    written: Callable[[TableSpec], object] | None = None,
    counted: bool = True,
) -> list[dict[str, Any]]:
    """One zstd Parquet file per table, in primary-key order (an external sort: one
    bucket of rows in memory at a time); returns their manifest entries. ``apart``: in a
    process of its own, which exits afterwards with what Arrow's allocator keeps.
    ``written(spec)`` is called as each file is complete (the exports follow it);
    ``counted``: each file advances the publish stage's progress."""
    state = store.state() if apart else None
    entries = []
    with ProcessAhead(apart=apart) as process:
        for spec in specs:
            if state is None:
                entries.append(write_table(folder, store, spec))
            else:
                entries.append(process.run(write_table_of, folder, state, spec))
            if counted:
                progress.advance(STAGE_PUBLISH)
            if written is not None:
                written(spec)
    return entries


def write_table(folder: Path, store: TableStore, spec: TableSpec) -> dict[str, Any]:
    """One table's Parquet file; its manifest entry."""
    path = folder / f"{spec.name}.parquet"
    return file_entry(folder, path, write_sorted(store, spec, path))


def write_table_of(folder: Path, state: StoreState, spec: TableSpec) -> dict[str, Any]:
    """:func:`write_table` from a store's :meth:`~TableStore.state` (in another process)."""
    return write_table(folder, TableStore.attached(state, [spec]), spec)


def write_sorted(store: TableStore, spec: TableSpec, path: Path) -> int:
    """One table as Parquet in key order; returns its rows. Row groups hold exactly
    :data:`ROW_GROUP_ROWS` rows (the last one fewer), each written from one contiguous
    array, whatever the sort's buckets were: the file's bytes depend on the rows only."""
    schema = arrow_schema(spec)
    rows = 0
    pending = schema.empty_table()
    with pq.ParquetWriter(
        path, schema, compression="zstd", use_dictionary=True, write_statistics=True
    ) as writer:
        for part in store.sorted_tables(spec.name):
            pending = pa.concat_tables([pending, part.cast(schema)])
            whole = pending.num_rows - pending.num_rows % ROW_GROUP_ROWS
            for start in range(0, whole, ROW_GROUP_ROWS):
                writer.write_table(pending.slice(start, ROW_GROUP_ROWS).combine_chunks())
            pending = pending.slice(whole).combine_chunks()  # lets go of the bucket
            rows += part.num_rows
        if pending.num_rows:
            writer.write_table(pending.combine_chunks())
    return rows
