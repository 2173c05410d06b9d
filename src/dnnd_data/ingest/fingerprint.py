"""Fingerprint of the raw files (path and content hash of each): an unchanged build stops early."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from dnnd_data.checksums import sha256_file


def input_fingerprint(
    files: Iterable[tuple[str, Path]], links: Iterable[str], max_bytes: int
) -> str:
    """sha256 over each raw file's relative path and content hash (never following links)."""
    lines = []
    for relative, path in files:
        size = path.lstat().st_size
        content = f"too_large:{size}" if size > max_bytes else sha256_file(path)
        lines.append(f"{relative}\t{content}")
    lines += [f"{relative}\tsymlink" for relative in links]
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()
