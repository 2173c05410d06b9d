"""Plain exports beside the Parquet files: ``csv/<table>.csv.gz`` and
``json/<table>.jsonl.gz`` (one JSON object per line), for readers without a Parquet library.

Takes: a staging folder holding the tables' Parquet files. Gives: the exports, written by
DuckDB from those files (the same rows in the same key order); the manifest lists them
like every other file of the release.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import duckdb
import pyarrow as pa

from dnnd_data.schema.export import arrow_schema
from dnnd_data.schema.tables import TABLES, TableSpec
from dnnd_data.sql import sql_string

# With one thread the rows stream out in the Parquet files' (key) order; DuckDB's gzip
# writer holds whole row groups of the articles' text, so the limit leaves it room.
EXPORT_MEMORY = "384MB"


def write_exports(folder: Path, specs: tuple[TableSpec, ...] = TABLES) -> list[Path]:
    """One gzipped CSV and one gzipped JSON Lines file per table; returns their paths."""
    (folder / "csv").mkdir(exist_ok=True)
    (folder / "json").mkdir(exist_ok=True)
    written = []
    con = duckdb.connect(
        config={
            "memory_limit": EXPORT_MEMORY,
            "threads": 1,
            "preserve_insertion_order": True,
            "temp_directory": str(folder.parent / f"{folder.name}.spill"),
        }
    )
    try:
        for spec in specs:
            source = f"read_parquet({sql_string(str(folder / f'{spec.name}.parquet'))})"
            csv = folder / "csv" / f"{spec.name}.csv.gz"
            jsonl = folder / "json" / f"{spec.name}.jsonl.gz"
            con.execute(
                f"COPY (SELECT {_csv_columns(spec)} FROM {source}) TO {sql_string(str(csv))} "
                "(FORMAT csv, HEADER, COMPRESSION gzip)"
            )
            con.execute(
                f"COPY (SELECT * FROM {source}) TO {sql_string(str(jsonl))} "
                "(FORMAT json, COMPRESSION gzip)"
            )
            written += [csv, jsonl]
    finally:
        con.close()
        shutil.rmtree(folder.parent / f"{folder.name}.spill", ignore_errors=True)
    return written


def _csv_columns(spec: TableSpec) -> str:
    """Every column; a list column as a JSON array (CSV has no lists, and DuckDB's own
    "[a, b]" form cannot be told apart from a value holding a comma)."""
    listed = {field.name for field in arrow_schema(spec) if pa.types.is_list(field.type)}
    return ", ".join(
        f'to_json("{name}")::VARCHAR AS "{name}"' if name in listed else f'"{name}"'
        for name in spec.columns
    )
