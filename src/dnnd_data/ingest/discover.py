"""Find the raw files: every regular file under the raw folder, links set aside.

Takes: the raw folder. Gives: :class:`Discovery` (refs to read, quarantine rows for links),
its fingerprint and the list of every raw entry (the 'nothing lost' denominator)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from dnnd_data.ingest.fingerprint import input_fingerprint
from dnnd_data.ingest.read import RawRef, quarantine_record
from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord


@dataclass(frozen=True)
class Discovery:
    """What the raw folder holds: files to read, and links already set aside."""

    refs: tuple[RawRef, ...]
    rejected: tuple[QuarantineRecord, ...]

    def fingerprint(self, max_bytes: int) -> str:
        """Fingerprint of every raw file found (see :mod:`dnnd_data.fingerprint`)."""
        return input_fingerprint(
            [(r.relative, r.path) for r in self.refs],
            [q.source_path for q in self.rejected],
            max_bytes,
        )

    @property
    def all_paths(self) -> list[str]:
        """Every raw entry found, read or not (the 'nothing lost' denominator)."""
        return sorted([r.relative for r in self.refs] + [q.source_path for q in self.rejected])


def discover_raw(raw_dir: Path) -> Discovery:
    """Find the raw files."""
    refs, rejected = discover(raw_dir)
    return Discovery(tuple(refs), tuple(rejected))


def discover(raw_dir: Path) -> tuple[list[RawRef], list[QuarantineRecord]]:
    """Every regular file below ``raw_dir`` (sorted), and quarantine rows for symlinks."""
    refs: list[RawRef] = []
    rejected: list[QuarantineRecord] = []
    for path in _walk(raw_dir):
        relative = path.relative_to(raw_dir).as_posix()
        if path.is_symlink():
            target = str(path.readlink())
            rejected.append(
                quarantine_record(
                    relative, QuarantineReason.SYMLINK, f"symbolic link to {target!r}; not followed"
                )
            )
        else:
            refs.append(RawRef(path, relative))
    refs.sort(key=lambda r: r.relative)
    rejected.sort(key=lambda r: r.source_path)
    return refs, rejected


def _walk(root: Path) -> Iterator[Path]:
    """Files and links below root; directory links are reported, never entered."""
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        base = Path(dirpath)
        for name in dirnames:
            if (base / name).is_symlink():
                yield base / name
        for name in filenames:
            if name.startswith("."):
                continue
            yield base / name
