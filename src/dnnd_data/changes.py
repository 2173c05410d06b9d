"""What changed between two releases: rows added, removed and modified by stable id.

Takes: two release folders (or one and None for a first release). Gives: a per-table
summary with the ids involved, the ``changes.json`` form, and ``CHANGELOG.md`` text;
``dnnd diff`` prints the same.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

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


def _rows_by_key(release: Path | None, table: str) -> dict[str, str]:
    """Stable key → hash of the row, for one table of a release."""
    path = release / f"{table}.parquet" if release else None
    if path is None or not path.is_file():
        return {}
    spec = TABLES_BY_NAME.get(table)
    rows = pq.read_table(path).to_pylist()
    keys = spec.primary_key if spec else tuple(rows[0]) if rows else ()
    out = {}
    for row in rows:
        key = "|".join(str(row.get(k)) for k in keys)
        out[key] = hashlib.sha256(json.dumps(row, sort_keys=True, default=str).encode()).hexdigest()
    return out


def compare(old: Path | None, new: Path) -> list[TableChange]:
    """Per-table changes from ``old`` (None: nothing before) to ``new``."""
    tables = sorted(
        {p.stem for p in new.glob("*.parquet")}
        | ({p.stem for p in old.glob("*.parquet")} if old else set())
    )
    out = []
    for table in tables:
        before, after = _rows_by_key(old, table), _rows_by_key(new, table)
        out.append(
            TableChange(
                table=table,
                added=sorted(set(after) - set(before)),
                removed=sorted(set(before) - set(after)),
                modified=sorted(k for k in set(after) & set(before) if after[k] != before[k]),
            )
        )
    return out


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
