"""What changed between two releases: rows added, removed and modified by stable id.

Takes: two release folders (or one and None for a first release). Gives: a per-table
summary (counts and the first ids), ``changes.json`` with every id (streamed from DuckDB,
never held in a Python list: a first release lists every row of the corpus) and
``CHANGELOG.md`` text; ``dnnd diff`` prints the same counts.
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyarrow.parquet as pq

from dnnd_data.checksums import sha256_file
from dnnd_data.schema.tables import TABLES_BY_NAME
from dnnd_data.sql import duckdb_connection, sql_string

MAX_IDS_LISTED = 50
KINDS = ("added", "modified", "removed")
# Ids fetched from DuckDB per round trip while streaming ``changes.json``.
FETCH_IDS = 10_000
# Between two ids of a list in changes.json, as json.dumps(indent=2) nests them.
ID_SEP = ",\n        "


@dataclass
class TableChange:
    """Rows of one table that differ between two releases: counts, and the first
    :data:`MAX_IDS_LISTED` ids of each kind in key order."""

    table: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    first_ids: dict[str, list[str]] = field(default_factory=lambda: {k: [] for k in KINDS})

    @property
    def changed(self) -> bool:
        """Any difference at all."""
        return any(self.counts.values())


class ReleaseDiff:
    """The changed keys of every table, kept by DuckDB (out of core) while the diff is
    open; use as a context manager."""

    def __init__(self, old: Path | None, new: Path) -> None:
        self.old, self.new = old, new
        self._spill = tempfile.TemporaryDirectory(prefix="dnnd-diff-")
        self.con = duckdb_connection(Path(self._spill.name))
        self.con.execute("CREATE TEMP TABLE changed (tbl VARCHAR, kind VARCHAR, key VARCHAR)")
        self.tables = sorted(
            {p.stem for p in new.glob("*.parquet")}
            | ({p.stem for p in old.glob("*.parquet")} if old else set())
        )
        try:
            for table in self.tables:
                self._collect(table)
        except BaseException:
            self.__exit__()
            raise

    def __enter__(self) -> ReleaseDiff:
        return self

    def __exit__(self, *exc: object) -> None:
        self.con.close()
        self._spill.cleanup()

    def _collect(self, table: str) -> None:
        if self.old is not None and _same_file(
            self.old / f"{table}.parquet", self.new / f"{table}.parquet"
        ):
            return
        before, after = _keyed_rows(self.old, table), _keyed_rows(self.new, table)
        name = sql_string(table)
        if before is None or after is None:
            kind = "added" if after else "removed"
            if query := after or before:
                self.con.execute(f"INSERT INTO changed SELECT {name}, '{kind}', key FROM ({query})")
            return
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE before_rows AS {before}")
        self.con.execute(f"CREATE OR REPLACE TEMP TABLE after_rows AS {after}")
        self.con.execute(
            f"INSERT INTO changed "
            f"SELECT {name}, 'added', key FROM after_rows ANTI JOIN before_rows USING (key) "
            f"UNION ALL "
            f"SELECT {name}, 'removed', key FROM before_rows ANTI JOIN after_rows USING (key) "
            f"UNION ALL "
            f"SELECT {name}, 'modified', key FROM after_rows JOIN before_rows AS b USING (key) "
            f"WHERE after_rows.digest <> b.digest"
        )

    def changes(self) -> list[TableChange]:
        """Per-table counts and first ids, every table of either release listed."""
        out = {table: TableChange(table) for table in self.tables}
        for table, kind, count in self.con.execute(
            "SELECT tbl, kind, count(*) FROM changed GROUP BY ALL"
        ).fetchall():
            out[table].counts[kind] = count
        for table, kind, key in self.con.execute(
            "SELECT tbl, kind, key FROM changed "
            f"QUALIFY row_number() OVER (PARTITION BY tbl, kind ORDER BY key) <= {MAX_IDS_LISTED} "
            "ORDER BY tbl, kind, key"
        ).fetchall():
            out[table].first_ids[kind].append(str(key))
        return list(out.values())

    def id_batches(self, table: str, kind: str) -> Iterator[list[str]]:
        """Every changed id of one table and kind, in key order, in batches (an Arrow
        column per round trip: a tuple per id cost more than the query)."""
        result = self.con.sql(
            "SELECT key FROM changed WHERE tbl = ? AND kind = ? ORDER BY key", params=[table, kind]
        )
        for batch in result.to_arrow_reader(FETCH_IDS):
            if batch.num_rows:
                yield batch.column(0).to_pylist()

    def write_json(self, out: IO[str], previous: str | None, version: str) -> list[TableChange]:
        """``changes.json``: exactly ``json.dumps(..., indent=2, sort_keys=True,
        ensure_ascii=False)`` of from / tables / to, written as the ids stream by;
        returns the per-table summary it wrote."""

        def dump(value: object) -> str:
            return json.dumps(value, ensure_ascii=False)

        changes = self.changes()
        out.write('{\n  "from": ' + dump(previous) + ',\n  "tables": {')
        for t, change in enumerate(changes):
            out.write(("," if t else "") + "\n    " + dump(change.table) + ": {")
            for k, kind in enumerate(sorted(KINDS)):
                out.write(("," if k else "") + f'\n      "{kind}": {change.counts[kind]},')
                out.write(f'\n      "{kind}_ids": [')
                written = 0
                if change.counts[kind]:
                    for batch in self.id_batches(change.table, kind):
                        # One encoder call per batch; its item separator is the indented
                        # line break, so the text is what indent=2 gives.
                        items = json.dumps(batch, ensure_ascii=False, separators=(ID_SEP, ""))
                        out.write(("," if written else "") + "\n        " + items[1:-1])
                        written += len(batch)
                out.write("\n      ]" if written else "]")
            out.write("\n    }")
        out.write("\n  }" if changes else "}")
        out.write(',\n  "to": ' + dump(version) + "\n}\n")
        return changes


def _keyed_rows(release: Path | None, table: str, digest: bool = True) -> str | None:
    """SQL for one table of a release as (key, digest) rows, or None when it has no such
    table. The key is the primary key's values joined by '|'; the digest is a hash of the
    row (DuckDB hashes and joins out of core: Python dicts of every row grew with the
    corpus)."""
    path = release / f"{table}.parquet" if release else None
    if path is None or not path.is_file():
        return None
    spec = TABLES_BY_NAME.get(table)
    keys = spec.primary_key if spec else tuple(pq.read_schema(path).names[:1])
    # A null part of a key reads as empty: a null would make the whole key null, and
    # null keys never match (such rows showed as both added and removed).
    key_sql = " || '|' || ".join(f"coalesce(CAST(t.\"{k}\" AS VARCHAR), '')" for k in keys)
    # DuckDB's 64-bit hash of the whole row (md5 over to_json(row) ran out of memory on
    # the articles table at 10k articles). Both releases are hashed by the same DuckDB in
    # the same run, so the digests compare. Rows sharing a key (a table whose key is not
    # unique) count as one.
    row_hash = "CAST(hash(t) AS VARCHAR)" if digest else "''"
    return (
        f"SELECT key, string_agg(row_hash, ',' ORDER BY row_hash) AS digest FROM ("
        f"SELECT {key_sql} AS key, {row_hash} AS row_hash "
        f"FROM read_parquet({sql_string(str(path))}) AS t) GROUP BY key"
    )


def _same_file(a: Path, b: Path) -> bool:
    return a.is_file() and b.is_file() and sha256_file(a) == sha256_file(b)


def compare(old: Path | None, new: Path) -> list[TableChange]:
    """Per-table changes from ``old`` (None: nothing before) to ``new``."""
    with ReleaseDiff(old, new) as diff:
        return diff.changes()


def changelog(previous: str | None, version: str, level: str, changes: list[TableChange]) -> str:
    """``CHANGELOG.md`` for one release."""
    since = f"since {previous}" if previous else "first release"
    lines = [f"# dnnd-data {version}", "", f"Change level: **{level}** ({since}).", ""]
    lines += ["| table | added | removed | modified |", "|---|---:|---:|---:|"]
    lines += [
        f"| `{c.table}` | {c.counts['added']} | {c.counts['removed']} | {c.counts['modified']} |"
        for c in changes
    ]
    for c in changes:
        for label in ("added", "removed", "modified"):
            ids, count = c.first_ids[label], c.counts[label]
            if ids and previous:
                shown = ", ".join(f"`{i}`" for i in ids)
                more = f" and {count - len(ids)} more" if count > len(ids) else ""
                lines += ["", f"**{c.table}** {label}: {shown}{more}"]
    return "\n".join(lines) + "\n"


def write_changes(folder: Path, previous: Path | None, manifest: dict[str, Any]) -> None:
    """``changes.json`` and ``CHANGELOG.md`` against the previous release."""
    with (
        ReleaseDiff(previous.resolve() if previous else None, folder) as diff,
        (folder / "changes.json").open("w", encoding="utf-8") as out,
    ):
        changes = diff.write_json(out, manifest["previous_version"], manifest["version"])
    text = changelog(manifest["previous_version"], manifest["version"], manifest["change"], changes)
    (folder / "CHANGELOG.md").write_text(text, encoding="utf-8")
