"""Which release is current: `latest`, `releases.json`, and repairs after a killed build."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path
from typing import Any

from dnnd_data.release.versioning import (
    add_to_index,
    read_index,
)


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


def ensure_indexed(out_dir: Path, manifest: dict[str, Any]) -> None:
    """Add a release to ``releases.json`` if a killed build left it out."""
    if all(entry["version"] != manifest["version"] for entry in read_index(out_dir)):
        add_to_index(out_dir, manifest, str(manifest.get("change", "patch")))


LATEST_JSON = "latest.json"


def point_latest(out_dir: Path, version: str) -> None:
    """Re-point ``latest`` at a release: ``latest.json`` (a file, which survives object
    stores and release hosts that drop links), then the symlink; each by an atomic rename."""
    note = out_dir / f".latest-{os.getpid()}.json"
    note.write_text(
        json.dumps({"version": version, "path": f"releases/{version}"}) + "\n", encoding="utf-8"
    )
    note.replace(out_dir / LATEST_JSON)
    temporary = out_dir / f".latest-{os.getpid()}"
    temporary.unlink(missing_ok=True)
    temporary.symlink_to(Path("releases") / version, target_is_directory=True)
    temporary.replace(out_dir / "latest")
