"""DuckDB helpers shared by every stage: SQL string literals, a memory-limited connection,
Arrow results."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

# What DuckDB may hold in memory when it sorts or joins a table; the rest spills to disk.
DUCKDB_MEMORY = "256MB"


def sql_string(text: str) -> str:
    """``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def arrow_table(con: duckdb.DuckDBPyConnection, query: str) -> pa.Table:
    """A query's whole result as an Arrow table."""
    table = con.sql(query).to_arrow_table()
    if table is None:
        raise RuntimeError(f"DuckDB returned no result for: {query}")
    return table


def duckdb_connection(spill: Path) -> duckdb.DuckDBPyConnection:
    """An in-process DuckDB that spills to ``spill`` past :data:`DUCKDB_MEMORY`."""
    con = duckdb.connect()
    con.execute(f"SET memory_limit = {sql_string(DUCKDB_MEMORY)}")
    con.execute(f"SET temp_directory = {sql_string(str(spill))}")
    # Results are ordered by ORDER BY; keeping scan order too costs memory.
    con.execute("SET preserve_insertion_order = false")
    return con
