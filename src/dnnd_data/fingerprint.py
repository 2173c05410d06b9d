"""Fingerprints of the inputs and of the code, so an unchanged build can stop early.

Takes: the raw folder's discovery and the installed package. Gives: sha256 fingerprints:
of every raw file (path and bytes; links and oversize files by what is known of them)
and of every module and lexicon of ``dnnd_data``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from dnnd_data.checksums import sha256_file

PACKAGE_DIR = Path(__file__).resolve().parent


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


@cache
def code_fingerprint() -> str:
    """sha256 over every module and lexicon of the package: a change re-runs extraction."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*")):
        if path.suffix in {".py", ".yaml"} and "__pycache__" not in path.parts:
            digest.update(path.relative_to(PACKAGE_DIR).as_posix().encode() + b"\0")
            digest.update(path.read_bytes())
    return digest.hexdigest()
