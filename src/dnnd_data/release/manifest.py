"""The release manifest and checksums: every file with sha256, bytes and rows."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from dnnd_data.publish.files import file_entry, write_json

MANIFEST = "manifest.json"


def write_manifest(folder: Path, manifest: dict[str, Any], tables: list[dict[str, Any]]) -> None:
    """``manifest.json`` (every file with sha256, bytes, rows) and ``SHA256SUMS``."""
    others = [
        file_entry(folder, path, None)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not path.name.endswith(".parquet")
    ]
    files = sorted(tables + others, key=lambda e: e["path"])
    write_json(folder / MANIFEST, {**manifest, "files": files})
    sums = "".join(f"{e['sha256']}  {e['path']}\n" for e in files)
    (folder / "SHA256SUMS").write_text(sums, encoding="utf-8")


def read_latest_manifest(out_dir: Path) -> dict[str, Any] | None:
    """The manifest ``latest`` points at, or None when there is no release yet."""
    path = out_dir / "latest" / MANIFEST
    if not path.is_file():
        return None
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def content_hash(files: list[dict[str, Any]]) -> str:
    digest = hashlib.sha256()
    for entry in sorted(files, key=lambda e: e["path"]):
        digest.update(f"{entry['path']}:{entry['sha256']}\n".encode())
    return digest.hexdigest()


def rows_of(files: list[dict[str, Any]]) -> dict[str, int]:
    return {e["path"].removesuffix(".parquet"): e["rows"] for e in files}
