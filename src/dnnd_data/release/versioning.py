"""Data versions: schema fingerprints, semantic version bumps, the releases index.

Takes: table specs and the previous release's manifest. Gives: the schema description
stored in every manifest, the next version (major when a column or table is removed,
renamed or retyped; minor when one is added; patch when only rows change), and
``releases.json`` (every version, newest first).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from dnnd_data.schema.export import arrow_schema
from dnnd_data.schema.tables import TableSpec

RELEASES_INDEX = "releases.json"
FIRST_VERSION = "1.0.0"


def schema_of(specs: Sequence[TableSpec]) -> dict[str, dict[str, str]]:
    """Table → column → Arrow type, as stored in the manifest."""
    return {
        spec.name: {field.name: str(field.type) for field in arrow_schema(spec)} for spec in specs
    }


def schema_fingerprint(schema: dict[str, dict[str, str]]) -> str:
    """sha256 of the schema description."""
    return hashlib.sha256(json.dumps(schema, sort_keys=True).encode()).hexdigest()


def change_level(old: dict[str, dict[str, str]] | None, new: dict[str, dict[str, str]]) -> str:
    """``major``, ``minor`` or ``patch`` for a schema change; ``initial`` for a first release."""
    if old is None:
        return "initial"
    for table, columns in old.items():
        if table not in new:
            return "major"
        for column, data_type in columns.items():
            if new[table].get(column) != data_type:
                return "major"
    added = any(t not in old or set(new[t]) - set(old[t]) for t in new)
    return "minor" if added else "patch"


def next_version(previous: str | None, level: str) -> str:
    """Bump ``previous`` by ``level``; the first release is 1.0.0."""
    if previous is None:
        return FIRST_VERSION
    major, minor, patch = (int(p) for p in previous.split("."))
    if level == "major":
        return f"{major + 1}.0.0"
    if level == "minor":
        return f"{major}.{minor + 1}.0"
    return f"{major}.{minor}.{patch + 1}"


def free_version(releases: Path, version: str, level: str) -> str:
    """The version itself, or the next one at that level if a folder already has it
    (releases are never overwritten)."""
    while (releases / version).exists():
        version = next_version(version, level)
    return version


def read_index(out_dir: Path) -> list[dict[str, Any]]:
    """``releases.json`` entries, newest first (empty when there is none)."""
    path = out_dir / RELEASES_INDEX
    if not path.is_file():
        return []
    entries: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))
    return entries


def add_to_index(out_dir: Path, manifest: dict[str, Any], level: str) -> None:
    """Put a release at the top of ``releases.json`` (atomic replace)."""
    entry = {
        "version": manifest["version"],
        "created_at": manifest["created_at"],
        "change": level,
        "content_hash": manifest["content_hash"],
        "schema_fingerprint": manifest["schema_fingerprint"],
        "rows": manifest["tables"],
        "path": f"releases/{manifest['version']}",
    }
    entries = [e for e in read_index(out_dir) if e["version"] != entry["version"]]
    text = json.dumps([entry, *entries], ensure_ascii=False, indent=2) + "\n"
    temporary = out_dir / f".{RELEASES_INDEX}.{os.getpid()}"
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(out_dir / RELEASES_INDEX)
