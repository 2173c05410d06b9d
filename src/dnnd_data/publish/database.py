"""`dnnd.duckdb`: the release's tables in one DuckDB file that DuckDB 1.2 and later open.

Written in storage format v1.2.0 (DuckDB 2.0's own format cannot be read by 1.x), with the
DDL generated from the models (NOT NULL, PRIMARY KEY, FOREIGN KEY, ENUM types for closed
vocabularies), a comment on every table and column, and views for the common joins."""

from __future__ import annotations

from pathlib import Path

import duckdb

from dnnd_data.schema.ddl import create_table, create_types, creation_order
from dnnd_data.schema.export import duckdb_comments
from dnnd_data.schema.tables import TABLES, TableSpec
from dnnd_data.sql import sql_string

DB_NAME = "dnnd.duckdb"
# The oldest DuckDB that opens the file (stated in the dataset card).
STORAGE_VERSION = "v1.2.0"
VIEWS = {
    "event_people": (
        "SELECT e.event_id, e.kind, e.held_on, e.name AS event_name, p.full_name, pa.role, "
        "pa.position, pa.article_id, pa.evidence FROM participations pa "
        "JOIN events e USING (event_id) JOIN people p USING (person_id)"
    ),
    "person_timeline": (
        "SELECT p.full_name, t.position, t.first_seen_on, t.last_seen_on, t.events "
        "FROM position_terms t JOIN people p USING (person_id)"
    ),
}


# DuckDB's buffer limit while copying the tables into dnnd.duckdb. Its peak runs about
# 50 MB past the limit; the copy takes as long at 128 MB as at 256 MB (measured at 100k
# articles: peaks of +172 and +297 MB).
DATABASE_MEMORY = "128MB"


def write_database(folder: Path, specs: tuple[TableSpec, ...] = TABLES) -> None:
    """``dnnd.duckdb``: one table per Parquet file, typed and keyed as the models say."""
    con = duckdb.connect(config={"memory_limit": DATABASE_MEMORY, "threads": 1})
    try:
        path = sql_string(str(folder / DB_NAME))
        con.execute(f"ATTACH {path} AS release (STORAGE_VERSION '{STORAGE_VERSION}')")
        con.execute("USE release")
        for statement in create_types(specs):
            con.execute(statement)
        for spec in creation_order(specs):
            con.execute(create_table(spec))
            parquet = sql_string((folder / f"{spec.name}.parquet").as_posix())
            con.execute(f"INSERT INTO {spec.name} SELECT * FROM read_parquet({parquet})")
            for statement in duckdb_comments(spec):
                con.execute(statement)
        names = {spec.name for spec in specs}
        for view, query in VIEWS.items():
            if {"participations", "events", "people", "position_terms"} <= names:
                con.execute(f"CREATE VIEW {view} AS {query}")
        con.execute("CHECKPOINT")
        con.execute("USE memory")
        con.execute("DETACH release")
    finally:
        con.close()
