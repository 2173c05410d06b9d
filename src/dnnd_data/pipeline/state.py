"""Build state: which raw files and code made the latest release (an unchanged build does nothing).

Takes: the discovery and the output folder. Gives: a no-work summary when nothing changed,
and :func:`record_build` after a release."""

from __future__ import annotations

import json
import os
from pathlib import Path

from dnnd_data.assemble.dataset import Dataset
from dnnd_data.ingest.discover import Discovery
from dnnd_data.ingest.read import content_key
from dnnd_data.pipeline.cache import prune
from dnnd_data.pipeline.process import open_cache
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.release.manifest import read_latest_manifest
from dnnd_data.release.publish import PublishResult
from dnnd_data.settings import Settings, code_fingerprint
from dnnd_data.validate.report import ValidationReport

BUILD_STATE = ".build-state.json"


def record_build(
    out_dir: Path,
    fingerprint: str,
    published: PublishResult,
    dataset: Dataset,
    settings: Settings,
) -> None:
    """Remember which raw files and code produced the latest release (releases themselves
    are immutable, so this small file is the cache key; replaced atomically), and drop
    per-article cache entries this build did not use."""
    prune_cache(dataset, settings)
    state = {
        "input_fingerprint": fingerprint,
        "code_fingerprint": code_fingerprint(),
        "version": published.version,
    }
    temporary = out_dir / f"{BUILD_STATE}.{os.getpid()}"
    temporary.write_text(json.dumps(state), encoding="utf-8")
    temporary.replace(out_dir / BUILD_STATE)


def prune_cache(dataset: Dataset, settings: Settings) -> int:
    """Keep only the cache entries of the raw files this dataset came from."""
    cache = open_cache(settings)
    if cache is None or dataset.store is None:
        return 0
    # An article's entry is keyed by its bytes and its sidecar's (see content_key).
    with dataset.store.connect() as con:
        sources = con.execute(
            "SELECT source_path, raw_sha256, sidecar_sha256 FROM articles UNION ALL "
            "SELECT source_path, raw_sha256, NULL FROM quarantine WHERE raw_sha256 IS NOT NULL"
        ).fetchall()
    return prune(cache, {cache.key(path, content_key(raw, side)) for path, raw, side in sources})


def unchanged_summary(discovery: Discovery, out_dir: Path, fingerprint: str) -> BuildSummary | None:
    """A summary without any work when the latest release came from the same raw files
    and the same code."""
    latest = read_latest_manifest(out_dir)
    state_path = out_dir / BUILD_STATE
    if latest is None or not state_path.is_file():
        return None
    state = json.loads(state_path.read_text(encoding="utf-8"))
    seen = (state.get("input_fingerprint"), state.get("code_fingerprint"), state.get("version"))
    if seen != (fingerprint, code_fingerprint(), latest["version"]):
        return None
    rows = dict(latest.get("tables", {}))
    published = PublishResult(latest["version"], out_dir / "latest", False, rows)
    dataset = Dataset(None, discovery.all_paths)
    return BuildSummary(
        dataset, ValidationReport(()), published, [], unchanged_since=latest["version"]
    )


def changed_during_build(dataset: Dataset, digests: dict[str, str]) -> tuple[str, ...]:
    """Raw files (and sidecars) whose bytes as read differ from their hash at discovery
    (written to while the build ran)."""
    if dataset.store is None or not digests:
        return ()
    with dataset.store.connect() as con:
        read = con.execute(
            "SELECT source_path, raw_sha256 FROM articles UNION ALL "
            "SELECT sidecar_path, sidecar_sha256 FROM articles WHERE sidecar_path IS NOT NULL "
            "UNION ALL "
            "SELECT source_path, raw_sha256 FROM quarantine WHERE raw_sha256 IS NOT NULL"
        ).fetchall()
    return tuple(sorted(path for path, sha in read if path in digests and digests[path] != sha))
