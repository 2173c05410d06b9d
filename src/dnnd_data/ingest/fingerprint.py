"""Fingerprint of the raw files (path and content hash of each): an unchanged build stops early."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from dnnd_data.ingest.read import read_raw


def content_digests(files: Iterable[tuple[str, Path]], max_bytes: int) -> dict[str, str]:
    """Each raw file's content hash as discovery reads it (through the same safe handle as
    the build: no link followed, no FIFO waited on); what cannot be read says why."""
    out = {}
    for relative, path in files:
        try:
            data = read_raw(path, max_bytes)
        except OSError as exc:
            out[relative] = f"unreadable:{type(exc).__name__}"
            continue
        out[relative] = (
            f"too_large:{data}" if isinstance(data, int) else hashlib.sha256(data).hexdigest()
        )
    return out


def input_fingerprint(digests: dict[str, str], rejected: Iterable[str]) -> str:
    """sha256 over each raw file's relative path and content hash, and the entries set
    aside at discovery (links, special and hidden files)."""
    lines = [f"{relative}\t{content}" for relative, content in digests.items()]
    lines += [f"{relative}\trejected" for relative in rejected]
    return hashlib.sha256("\n".join(sorted(lines)).encode("utf-8")).hexdigest()
