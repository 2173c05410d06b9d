"""`dnnd.duckdb`: the release's tables in one DuckDB file, with comments from the models."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dnnd_data.schema.export import (
    duckdb_comments,
)
from dnnd_data.schema.tables import TABLES, TableSpec

DB_NAME = "dnnd.duckdb"


# DuckDB's buffer limit while copying the tables into dnnd.duckdb. Its peak runs about
# 50 MB past the limit; the copy takes as long at 128 MB as at 256 MB (measured at 100k
# articles: peaks of +172 and +297 MB).
DATABASE_MEMORY = "128MB"


def write_database(folder: Path, specs: tuple[TableSpec, ...] = TABLES) -> None:
    """``dnnd.duckdb``: one table per Parquet file, with a comment on every table and column."""
    con = duckdb.connect(
        str(folder / DB_NAME), config={"memory_limit": DATABASE_MEMORY, "threads": 1}
    )
    try:
        for spec in specs:
            parquet = (folder / f"{spec.name}.parquet").as_posix().replace("'", "''")
            con.execute(f"CREATE TABLE {spec.name} AS SELECT * FROM read_parquet('{parquet}')")
            for statement in duckdb_comments(spec):
                con.execute(statement)
        con.execute("CHECKPOINT")
    finally:
        con.close()
