"""What changed between two releases: rows added, removed and modified by stable id.

Takes: two release folders (or one and None for a first release). Gives: a per-table
summary with the ids involved, the ``changes.json`` form, and ``CHANGELOG.md`` text;
``dnnd diff`` prints the same.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from dnnd_data.checksums import sha256_file
from dnnd_data.table_store import duckdb_connection, sql_string
from dnnd_data.tables import TABLES_BY_NAME

MAX_IDS_LISTED = 50


@dataclass
class TableChange:
    """Rows of one table that differ between two releases."""

    table: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        """Any difference at all."""
        return bool(self.added or self.removed or self.modified)

    def as_json(self) -> dict[str, Any]:
        """Counts and ids."""
        return {
            "added": len(self.added),
            "removed": len(self.removed),
            "modified": len(self.modified),
            "added_ids": self.added,
            "removed_ids": self.removed,
            "modified_ids": self.modified,
        }


def _keyed_rows(release: Path | None, table: str, digest: bool = True) -> str | None:
    """SQL for one table of a release as (key, digest) rows, or None when it has no such
    table. The key is the primary key's values joined by '|'; the digest is an md5 of the
    row as JSON (DuckDB hashes and joins out of core: Python dicts of every row grew with
    the corpus)."""
    path = release / f"{table}.parquet" if release else None
    if path is None or not path.is_file():
        return None
    spec = TABLES_BY_NAME.get(table)
    keys = spec.primary_key if spec else tuple(pq.read_schema(path).names[:1])
    key_sql = " || '|' || ".join(f'CAST(t."{k}" AS VARCHAR)' for k in keys)
    row_md5 = "md5(CAST(to_json(t) AS VARCHAR))"
    # Rows sharing a key (a table whose key is not unique) count as one.
    digest_sql = f"string_agg({row_md5}, ',' ORDER BY {row_md5})" if digest else "''"
    return (
        f"SELECT {key_sql} AS key, {digest_sql} AS digest "
        f"FROM read_parquet({sql_string(str(path))}) AS t GROUP BY key"
    )


def _same_file(a: Path, b: Path) -> bool:
    return a.is_file() and b.is_file() and sha256_file(a) == sha256_file(b)


def compare(old: Path | None, new: Path) -> list[TableChange]:
    """Per-table changes from ``old`` (None: nothing before) to ``new``."""
    tables = sorted(
        {p.stem for p in new.glob("*.parquet")}
        | ({p.stem for p in old.glob("*.parquet")} if old else set())
    )
    out = []
    with tempfile.TemporaryDirectory(prefix="dnnd-diff-") as spill:
        con = duckdb_connection(Path(spill))
        try:
            for table in tables:
                if old is not None and _same_file(
                    old / f"{table}.parquet", new / f"{table}.parquet"
                ):
                    out.append(TableChange(table=table))
                    continue
                out.append(
                    _table_change(con, table, _keyed_rows(old, table), _keyed_rows(new, table))
                )
        finally:
            con.close()
    return out


def _table_change(
    con: duckdb.DuckDBPyConnection, table: str, before: str | None, after: str | None
) -> TableChange:
    if before is None or after is None:
        keys = _keys(con, f"SELECT key FROM ({after or before})") if (after or before) else []
        return TableChange(table=table, added=keys if after else [], removed=keys if before else [])
    con.execute(f"CREATE OR REPLACE TEMP TABLE before_rows AS {before}")
    con.execute(f"CREATE OR REPLACE TEMP TABLE after_rows AS {after}")
    return TableChange(
        table=table,
        added=_keys(con, "SELECT key FROM after_rows ANTI JOIN before_rows USING (key)"),
        removed=_keys(con, "SELECT key FROM before_rows ANTI JOIN after_rows USING (key)"),
        modified=_keys(
            con,
            "SELECT key FROM after_rows JOIN before_rows AS b USING (key) "
            "WHERE after_rows.digest <> b.digest",
        ),
    )


def _keys(con: duckdb.DuckDBPyConnection, query: str) -> list[str]:
    return [
        str(key) for (key,) in con.execute(f"SELECT key FROM ({query}) ORDER BY key").fetchall()
    ]


def changes_json(previous: str | None, version: str, changes: list[TableChange]) -> dict[str, Any]:
    """The machine-readable change file."""
    return {"from": previous, "to": version, "tables": {c.table: c.as_json() for c in changes}}


def changelog(previous: str | None, version: str, level: str, changes: list[TableChange]) -> str:
    """``CHANGELOG.md`` for one release."""
    since = f"since {previous}" if previous else "first release"
    lines = [f"# dnnd-data {version}", "", f"Change level: **{level}** ({since}).", ""]
    lines += ["| table | added | removed | modified |", "|---|---:|---:|---:|"]
    lines += [
        f"| `{c.table}` | {len(c.added)} | {len(c.removed)} | {len(c.modified)} |" for c in changes
    ]
    for c in changes:
        for label, ids in (("added", c.added), ("removed", c.removed), ("modified", c.modified)):
            if ids and previous:
                shown = ", ".join(f"`{i}`" for i in ids[:MAX_IDS_LISTED])
                more = f" and {len(ids) - MAX_IDS_LISTED} more" if len(ids) > MAX_IDS_LISTED else ""
                lines += ["", f"**{c.table}** {label}: {shown}{more}"]
    return "\n".join(lines) + "\n"
