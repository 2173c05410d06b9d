"""dnnd.duckdb loads a corpus' largest table within the publisher's memory limit: two
million organization mentions (about what 100,000 articles hold) once ran DuckDB out of
memory, because a declared key or foreign key is indexed in memory while a table loads."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from dnnd_data.publish.database import DB_NAME, write_database
from dnnd_data.schema.export import arrow_schema
from dnnd_data.schema.tables import ORGANIZATION_MENTIONS

ROWS = 2_000_000
BATCH = 200_000


def _mentions(folder: Path) -> None:
    schema = arrow_schema(ORGANIZATION_MENTIONS)
    with pq.ParquetWriter(folder / "organization_mentions.parquet", schema) as writer:
        for first in range(0, ROWS, BATCH):
            n = range(first, first + BATCH)
            columns = {
                "org_id": [f"org-{i % 40}" for i in n],
                "article_id": [f"a_{i // 20:016x}" for i in n],
                "event_id": [f"e_{i // 40:012x}" for i in n],
                "is_organizer": [i % 20 == 0 for i in n],
                "span_start": [(i % 20) * 50 for i in n],
                "span_end": [(i % 20) * 50 + 30 for i in n],
                "surface": ["Liên hiệp các tổ chức hữu nghị Việt Nam"] * BATCH,
                "evidence": [
                    f"Câu số {i}: Liên hiệp các tổ chức hữu nghị tổ chức hội nghị." for i in n
                ],
            }
            writer.write_table(pa.table(columns, schema=schema), row_group_size=8_192)


def test_two_million_mentions_load_within_the_memory_limit(tmp_path: Path) -> None:
    _mentions(tmp_path)
    write_database(tmp_path, (ORGANIZATION_MENTIONS,))
    con = duckdb.connect(str(tmp_path / DB_NAME), read_only=True)
    assert con.execute("SELECT count(*) FROM organization_mentions").fetchone() == (ROWS,)
