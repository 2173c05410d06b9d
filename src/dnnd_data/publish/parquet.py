"""One Parquet file per table, rows in primary-key order (an external sort)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from dnnd_data import progress
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.publish.files import file_entry
from dnnd_data.schema.export import (
    arrow_schema,
)
from dnnd_data.schema.tables import TABLES, TableSpec

STAGE_PUBLISH = "publish"
# Rows per Parquet row group at most.
ROW_GROUP_ROWS = 8_192


def write_tables(
    folder: Path, store: TableStore, specs: tuple[TableSpec, ...] = TABLES
) -> list[dict[str, Any]]:
    """One zstd Parquet file per table, in primary-key order (an external sort: one
    bucket of rows in memory at a time); returns their manifest entries."""
    entries = []
    for spec in specs:
        path = folder / f"{spec.name}.parquet"
        rows = write_sorted(store, spec, path)
        entries.append(file_entry(folder, path, rows))
        progress.advance(STAGE_PUBLISH)
    return entries


def write_tables_of(
    folder: Path, state: StoreState, specs: tuple[TableSpec, ...] = TABLES
) -> list[dict[str, Any]]:
    """:func:`write_tables` from a store's :meth:`~TableStore.state`, for a process of its
    own (it reports no progress: the caller counts the tables once they are written)."""
    with progress.reporting_to(progress.NullReporter()):
        return write_tables(folder, TableStore.attached(state, specs), specs)


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
