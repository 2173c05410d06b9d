"""Publish a release atomically: Parquet + DuckDB + data dictionary + manifest.

Takes: validated tables (a :class:`TableStore`) and their validation report. Gives:
``<out>/releases/<version>/`` written in a temporary folder and renamed into place, then
``<out>/latest`` re-pointed with an atomic symlink swap. A build whose content equals the
latest release publishes nothing new. Releases are never overwritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pyarrow.parquet as pq

from dnnd_data import progress
from dnnd_data.card import card_files
from dnnd_data.changes import ReleaseDiff, changelog
from dnnd_data.checksums import sha256_file
from dnnd_data.fingerprint import code_fingerprint
from dnnd_data.lock import output_lock
from dnnd_data.models import Record
from dnnd_data.schema_export import (
    arrow_schema,
    data_dictionary,
    data_dictionary_markdown,
    datapackage,
    duckdb_comments,
    json_schema,
)
from dnnd_data.settings import code_version
from dnnd_data.table_store import TableStore
from dnnd_data.tables import TABLES, TableSpec
from dnnd_data.validate import ValidationReport
from dnnd_data.versioning import (
    add_to_index,
    change_level,
    free_version,
    next_version,
    read_index,
    schema_fingerprint,
    schema_of,
)

DB_NAME = "dnnd.duckdb"
# DuckDB's buffer limit while copying the tables into dnnd.duckdb. Its peak runs about
# 50 MB past the limit; the copy takes as long at 128 MB as at 256 MB (measured at 100k
# articles: peaks of +172 and +297 MB).
DATABASE_MEMORY = "128MB"
# Rows per Parquet row group at most.
ROW_GROUP_ROWS = 8_192
MANIFEST = "manifest.json"
STAGE_PUBLISH = "publish"


@dataclass(frozen=True)
class PublishResult:
    """Where the release is, and whether this build created it."""

    version: str
    path: Path
    created: bool
    rows: dict[str, int]
    change: str = "none"


def publish(
    tables: TableStore | Mapping[str, Sequence[Record]],
    report: ValidationReport,
    out_dir: Path,
    specs: tuple[TableSpec, ...] = TABLES,
    input_fingerprint: str | None = None,
) -> PublishResult:
    """Write a new release unless the latest one already has the same content.
    ``input_fingerprint`` (of the raw files) lets a later build skip all work."""
    store = tables if isinstance(tables, TableStore) else TableStore.from_rows(tables, specs=specs)
    with output_lock(out_dir):
        releases = out_dir / "releases"
        releases.mkdir(parents=True, exist_ok=True)
        remove_stale_staging(out_dir)
        staging = releases / f".tmp-{os.getpid()}-{datetime.now(UTC):%Y%m%dT%H%M%S%f}"
        staging.mkdir()
        try:
            fingerprint = input_fingerprint or _table_input_fingerprint(store)
            return _publish_staged(
                staging, store, report, out_dir, specs, input_fingerprint=fingerprint
            )
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def remove_stale_staging(out_dir: Path) -> None:
    """Drop what a killed build left half-written (we hold the lock: nobody else writes)."""
    for leftover in [*(out_dir / "releases").glob(".tmp-*"), *out_dir.glob(".latest-*")]:
        if leftover.is_dir() and not leftover.is_symlink():
            shutil.rmtree(leftover, ignore_errors=True)
        else:
            leftover.unlink(missing_ok=True)


def _existing_release(out_dir: Path, content_hash: str) -> dict[str, Any] | None:
    """A complete release with this content that no index lists: a build was killed after
    renaming it into place but before re-pointing ``latest``."""
    indexed = {entry["version"] for entry in read_index(out_dir)}
    for path in sorted((out_dir / "releases").glob("*/manifest.json")):
        manifest: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
        if manifest.get("content_hash") == content_hash and manifest["version"] not in indexed:
            return manifest
    return None


def _publish_staged(
    staging: Path,
    store: TableStore,
    report: ValidationReport,
    out_dir: Path,
    specs: tuple[TableSpec, ...],
    *,
    input_fingerprint: str,
) -> PublishResult:
    releases = out_dir / "releases"
    progress.start(STAGE_PUBLISH, len(specs) + 2)
    files = write_tables(staging, store, specs)
    content_hash = _content_hash(files)
    latest = read_latest_manifest(out_dir)
    if latest is not None and latest.get("content_hash") == content_hash:
        ensure_indexed(out_dir, latest)
        return PublishResult(latest["version"], out_dir / "latest", False, _rows(files))
    orphan = _existing_release(out_dir, content_hash)
    if orphan is not None:
        point_latest(out_dir, orphan["version"])
        ensure_indexed(out_dir, orphan)
        return PublishResult(orphan["version"], releases / orphan["version"], False, _rows(files))
    schema = schema_of(specs)
    level = change_level(latest.get("schema") if latest else None, schema)
    previous = latest["version"] if latest else None
    version = free_version(releases, next_version(previous, level), level)
    manifest = {
        "version": version,
        "previous_version": previous,
        "change": level,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "code_version": code_version(),
        "content_hash": content_hash,
        "input_fingerprint": input_fingerprint,
        "code_fingerprint": code_fingerprint(),
        "schema_fingerprint": schema_fingerprint(schema),
        "schema": schema,
        "tables": _rows(files),
    }
    write_database(staging, specs)
    write_docs(staging, report, specs, manifest)
    write_changes(staging, out_dir / "latest" if latest else None, manifest)
    write_manifest(staging, manifest, files)
    _make_read_only(staging)
    _fsync_tree(staging)
    target = releases / version
    staging.rename(target)
    point_latest(out_dir, version)
    add_to_index(out_dir, manifest, level)
    progress.advance(STAGE_PUBLISH, 2)
    return PublishResult(version, target, True, _rows(files), level)


def ensure_indexed(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Add a release to ``releases.json`` if a killed build left it out."""
    if all(entry["version"] != manifest["version"] for entry in read_index(out_dir)):
        add_to_index(out_dir, manifest, str(manifest.get("change", "patch")))


def write_tables(
    folder: Path, store: TableStore, specs: tuple[TableSpec, ...] = TABLES
) -> list[dict[str, Any]]:
    """One zstd Parquet file per table, in primary-key order (an external sort: one
    bucket of rows in memory at a time); returns their manifest entries."""
    entries = []
    for spec in specs:
        path = folder / f"{spec.name}.parquet"
        rows = write_sorted(store, spec, path)
        entries.append(_file_entry(folder, path, rows))
        progress.advance(STAGE_PUBLISH)
    return entries


def write_sorted(store: TableStore, spec: TableSpec, path: Path) -> int:
    """One table as Parquet in key order; returns its rows."""
    schema = arrow_schema(spec)
    rows = 0
    with pq.ParquetWriter(
        path, schema, compression="zstd", use_dictionary=True, write_statistics=True
    ) as writer:
        for part in store.sorted_tables(spec.name):
            writer.write_table(part.cast(schema), row_group_size=ROW_GROUP_ROWS)
            rows += part.num_rows
    return rows


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


def write_docs(
    folder: Path,
    report: ValidationReport,
    specs: tuple[TableSpec, ...],
    manifest: dict[str, Any],
) -> None:
    """Data dictionary, JSON Schemas, data package, dataset card and validation result."""
    _write_json(folder / "data_dictionary.json", data_dictionary())
    (folder / "data_dictionary.md").write_text(data_dictionary_markdown(), encoding="utf-8")
    schemas = folder / "schemas"
    schemas.mkdir()
    for spec in specs:
        _write_json(schemas / f"{spec.name}.schema.json", json_schema(spec))
    _write_json(folder / "validation.json", report.to_json())
    _write_json(folder / "datapackage.json", datapackage("dnnd-data", manifest["version"], specs))
    for name, text in card_files(folder, manifest).items():
        (folder / name).write_text(text, encoding="utf-8")


def write_changes(folder: Path, previous: Path | None, manifest: dict[str, Any]) -> None:
    """``changes.json`` and ``CHANGELOG.md`` against the previous release."""
    with (
        ReleaseDiff(previous.resolve() if previous else None, folder) as diff,
        (folder / "changes.json").open("w", encoding="utf-8") as out,
    ):
        changes = diff.write_json(out, manifest["previous_version"], manifest["version"])
    text = changelog(manifest["previous_version"], manifest["version"], manifest["change"], changes)
    (folder / "CHANGELOG.md").write_text(text, encoding="utf-8")


def write_manifest(folder: Path, manifest: dict[str, Any], tables: list[dict[str, Any]]) -> None:
    """``manifest.json`` (every file with sha256, bytes, rows) and ``SHA256SUMS``."""
    others = [
        _file_entry(folder, path, None)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".parquet")
    ]
    files = sorted(tables + others, key=lambda e: e["path"])
    _write_json(folder / MANIFEST, {**manifest, "files": files})
    sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in files)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")


def _table_input_fingerprint(store: TableStore) -> str:
    """Fallback when the caller has no raw-file fingerprint: paths and hashes in the tables."""
    with store.connect() as con:
        pairs = con.execute(
            "SELECT source_path, raw_sha256 FROM articles UNION ALL "
            "SELECT source_path, raw_sha256 FROM quarantine"
        ).fetchall()
    lines = sorted(f"{path}:{sha}" for path, sha in pairs)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def read_latest_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest ``latest`` points at, or None when there is no release yet."""
    path = out_dir / "latest" / MANIFEST
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def point_latest(out_dir: Path, version: str) -> None:
    """Re-point ``latest`` at a release with an atomic rename of a fresh symlink."""
    temporary = out_dir / f".latest-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(Path("releases") / version, target_is_directory=True)
    temporary.replace(out_dir / "latest")


def _content_hash(files: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for entry in sorted(files, key=lambda e: e["path"]):
        digest.update(f"{entry['path']}:{entry['sha256']}\n".encode())
    return digest.hexdigest()


def _rows(files: list[dict[str, Any]]) -> dict[str, int]:
    return {e["path"].removesuffix(".parquet"): e["rows"] for e in files}


def _file_entry(folder: Path, path: Path, rows: int | None) -> dict[str, Any]:
    return {
        "path": path.relative_to(folder).as_posix(),
        "sha256": sha256_file(path),
        "bytes": path.stat().st_size,
        "rows": rows,
    }


def _write_json(path: Path, value: Any) -> None:
    path.write_text(
        json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n", encoding="utf-8"
    )


def _make_read_only(folder: Path) -> None:
    """A release is immutable: its files lose their write bits (a stray `COPY ... TO` or
    editor cannot change a published file by accident)."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o444)


def _fsync_tree(folder: Path) -> None:
    """Flush every file and the folder itself, so the rename publishes complete data."""
    for path in [*folder.rglob("*"), folder]:
        flags = os.O_RDONLY | (os.O_DIRECTORY if path.is_dir() else 0)
        fd = os.open(path, flags)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
