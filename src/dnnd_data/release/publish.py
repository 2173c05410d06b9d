"""Publish a release atomically: every artefact written into a staging folder, then renamed.

Takes: validated tables (a :class:`TableStore`) and their validation report. Gives:
``<out>/releases/<version>/`` written in a temporary folder and renamed into place, then
``<out>/latest`` re-pointed. A build whose content equals the latest release publishes
nothing new. Releases are never overwritten.
"""

from __future__ import annotations

import hashlib
import os
import shutil
from collections.abc import Mapping, Sequence
from contextlib import ExitStack
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from dnnd_data import progress
from dnnd_data.assemble.table_store import TableStore
from dnnd_data.processes import OWN_PROCESS_FROM_ARTICLES, ProcessAhead, importing
from dnnd_data.publish.database import write_database
from dnnd_data.publish.docs import write_docs
from dnnd_data.publish.exports import ExportJob, exports_beside
from dnnd_data.publish.parquet import STAGE_PUBLISH, write_tables
from dnnd_data.release.changes import write_changes
from dnnd_data.release.durable import flush_tree
from dnnd_data.release.latest import (
    _existing_release,
    ensure_indexed,
    point_latest,
    remove_stale_staging,
)
from dnnd_data.release.lock import output_lock
from dnnd_data.release.manifest import content_hash, read_latest_manifest, rows_of, write_manifest
from dnnd_data.release.site import write_site
from dnnd_data.release.versioning import (
    add_to_index,
    change_level,
    free_version,
    next_version,
    schema_fingerprint,
    schema_of,
)
from dnnd_data.schema.base import Record
from dnnd_data.schema.tables import TABLES, TableSpec
from dnnd_data.settings import code_fingerprint, code_version
from dnnd_data.validate.report import ValidationReport

# The processes that render a large release's site, each a share of its pages (one a core
# of the build machines; rendering is pure Python).
SITE_PROCESSES = 2


@dataclass(frozen=True)
class WrittenTables:
    """The tables' Parquet files written ahead of the release (while it was validated):
    the folder they are in and their manifest entries (paths relative to it)."""

    folder: Path
    entries: list[dict[str, Any]]


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
    *,
    input_fingerprint: str | None = None,
    written: WrittenTables | None = None,
) -> PublishResult:
    """Write a new release unless the latest one already has the same content.
    ``input_fingerprint`` (of the raw files) lets a later build skip all work; ``written``:
    the tables' files written ahead, moved into the release instead of written again."""
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
                staging,
                store,
                report,
                out_dir,
                specs,
                input_fingerprint=fingerprint,
                written=written,
            )
        finally:
            shutil.rmtree(staging, ignore_errors=True)


def _publish_staged(
    staging: Path,
    store: TableStore,
    report: ValidationReport,
    out_dir: Path,
    specs: tuple[TableSpec, ...],
    *,
    input_fingerprint: str,
    written: WrittenTables | None,
) -> PublishResult:
    progress.start(STAGE_PUBLISH, len(specs) + 2)
    # A large release writes its tables, its site and its exports in processes of their
    # own: what Arrow's and DuckDB's allocators keep (hundreds of MiB at 100,000 articles)
    # then goes with them, instead of piling up in this process. The site's processes
    # (SITE_PROCESSES, each rendering a share of its pages) start now (their imports load
    # while the tables are written); each table's exports start as soon as its Parquet
    # file is complete. A small release renders its site here, at once.
    large = store.count("articles") >= OWN_PROCESS_FROM_ARTICLES
    with ExitStack() as stack:
        site_processes = tuple(
            stack.enter_context(ProcessAhead(importing(write_site.__module__), apart=large))
            for _ in range(SITE_PROCESSES if large else 1)
        )
        exports = stack.enter_context(exports_beside(staging, apart=large))
        if written is not None and _covers(written, specs):
            files = _move_written(written, staging, specs, exports)
        else:
            files = write_tables(staging, store, specs, apart=large, written=exports.add)
        return _publish_written(
            staging,
            files,
            site_processes=site_processes,
            exports=exports,
            report=report,
            out_dir=out_dir,
            specs=specs,
            input_fingerprint=input_fingerprint,
        )


def _covers(written: WrittenTables, specs: tuple[TableSpec, ...]) -> bool:
    """Whether the tables written ahead are these tables' files, each still there."""
    paths = [entry["path"] for entry in written.entries]
    expected = [f"{spec.name}.parquet" for spec in specs]
    return paths == expected and all((written.folder / p).is_file() for p in paths)


def _move_written(
    written: WrittenTables, staging: Path, specs: tuple[TableSpec, ...], exports: ExportJob
) -> list[dict[str, Any]]:
    """The tables written ahead, moved into the release (their exports begin)."""
    for entry, spec in zip(written.entries, specs, strict=True):
        # A rename (the build's work folder is in the output folder), else a copy.
        shutil.move(written.folder / entry["path"], staging / entry["path"])
        progress.advance(STAGE_PUBLISH)
        exports.add(spec)
    return written.entries


def _publish_written(
    staging: Path,
    files: list[dict[str, Any]],
    *,
    site_processes: tuple[ProcessAhead, ...],
    exports: ExportJob,
    report: ValidationReport,
    out_dir: Path,
    specs: tuple[TableSpec, ...],
    input_fingerprint: str,
) -> PublishResult:
    """The release around its written tables: nothing new when their content is the
    latest's (or an earlier release's), else the database, docs, site, changes and
    exports, then the rename into place."""
    releases = out_dir / "releases"
    release_hash = content_hash(files)
    latest = read_latest_manifest(out_dir)
    if latest is not None and latest.get("content_hash") == release_hash:
        ensure_indexed(out_dir, latest)
        return PublishResult(latest["version"], out_dir / "latest", False, rows_of(files))
    orphan = _existing_release(out_dir, release_hash)
    if orphan is not None:
        point_latest(out_dir, orphan["version"])
        ensure_indexed(out_dir, orphan)
        return PublishResult(orphan["version"], releases / orphan["version"], False, rows_of(files))
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
        "content_hash": release_hash,
        "input_fingerprint": input_fingerprint,
        "code_fingerprint": code_fingerprint(),
        "schema_fingerprint": schema_fingerprint(schema),
        "schema": schema,
        "tables": rows_of(files),
    }
    # The exports, begun with the tables, go on beside the database copy; the site (read
    # from the database) beside the docs and the changes, a share of its pages in each
    # of its processes.
    write_database(staging, specs)
    shares = len(site_processes)
    sites = [
        process.start(write_site, staging, None, specs, (part, shares))
        for part, process in enumerate(site_processes)
    ]
    write_docs(staging, report, specs, manifest)
    write_changes(staging, out_dir / "latest" if latest else None, manifest)
    for site in sites:
        site()
    exports.result()
    write_manifest(staging, manifest, files)
    _make_read_only(staging)
    flush_tree(staging)
    target = releases / version
    staging.rename(target)
    point_latest(out_dir, version)
    add_to_index(out_dir, manifest, level)
    progress.advance(STAGE_PUBLISH, 2)
    return PublishResult(version, target, True, rows_of(files), level)


def _table_input_fingerprint(store: TableStore) -> str:
    """Fallback when the caller has no raw-file fingerprint: paths and hashes in the tables."""
    with store.connect() as con:
        pairs = con.execute(
            "SELECT source_path, raw_sha256 FROM articles UNION ALL "
            "SELECT source_path, raw_sha256 FROM quarantine"
        ).fetchall()
    lines = sorted(f"{path}:{sha}" for path, sha in pairs)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def _make_read_only(folder: Path) -> None:
    """A release is immutable: its files lose their write bits (a stray `COPY ... TO` or
    editor cannot change a published file by accident)."""
    for path in folder.rglob("*"):
        if path.is_file():
            path.chmod(0o444)
