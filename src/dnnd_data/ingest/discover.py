"""Find the raw files: every regular file under the raw folder, links set aside.

Takes: the raw folder. Gives: :class:`Discovery` (refs to read, quarantine rows for links),
its fingerprint and the list of every raw entry (the 'nothing lost' denominator)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path

from dnnd_data.ingest.fingerprint import content_digests, input_fingerprint
from dnnd_data.ingest.read import RawRef, quarantine_record
from dnnd_data.ingest.sidecar import SIDECAR_SUFFIX, article_of
from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord


@dataclass(frozen=True)
class Discovery:
    """What the raw folder holds: files to read, and links already set aside."""

    refs: tuple[RawRef, ...]
    rejected: tuple[QuarantineRecord, ...]

    def digests(self, max_bytes: int) -> dict[str, str]:
        """Each raw file's content hash at discovery (sidecars included)."""
        files = [(r.relative, r.path) for r in self.refs]
        files += [
            (r.sidecar_relative, r.sidecar) for r in self.refs if r.sidecar_relative and r.sidecar
        ]
        return content_digests(files, max_bytes)

    def fingerprint(self, max_bytes: int) -> str:
        """Fingerprint of every raw file found (see :mod:`dnnd_data.ingest.fingerprint`)."""
        return self.fingerprint_of(self.digests(max_bytes))

    def fingerprint_of(self, digests: dict[str, str]) -> str:
        """The fingerprint of these content hashes and of the entries set aside."""
        return input_fingerprint(digests, [q.source_path for q in self.rejected])

    @property
    def all_paths(self) -> list[str]:
        """Every raw entry found, read or not (the 'nothing lost' denominator); a sidecar
        is accounted for by its article's row (``articles.sidecar_path``, or the article's
        quarantine row)."""
        return sorted([r.relative for r in self.refs] + [q.source_path for q in self.rejected])


def discover_raw(raw_dir: Path) -> Discovery:
    """Find the raw files."""
    refs, rejected = discover(raw_dir)
    return Discovery(tuple(refs), tuple(rejected))


def discover(raw_dir: Path) -> tuple[list[RawRef], list[QuarantineRecord]]:
    """Every regular file below ``raw_dir`` (sorted), and quarantine rows for what is not
    read: links (never followed), FIFOs, sockets and devices, hidden files, hidden folders
    (one row each, not entered: a ``.git`` or a tool's ``.prefect`` holds no articles),
    folders that cannot be listed."""
    refs: list[RawRef] = []
    rejected: list[QuarantineRecord] = []
    for path, problem in _walk(raw_dir):
        relative = path.relative_to(raw_dir).as_posix()
        if problem is not None:
            rejected.append(quarantine_record(relative, *problem))
        else:
            refs.append(RawRef(path, relative))
    refs, orphans = _pair_sidecars(refs)
    rejected += orphans
    refs.sort(key=lambda r: r.relative)
    rejected.sort(key=lambda r: r.source_path)
    return refs, rejected


def _pair_sidecars(refs: list[RawRef]) -> tuple[list[RawRef], list[QuarantineRecord]]:
    """Articles with their ``.meta.json`` sidecars attached; sidecars of no article."""
    sidecars = [r for r in refs if r.relative.endswith(SIDECAR_SUFFIX)]
    articles = {r.relative: r for r in refs if not r.relative.endswith(SIDECAR_SUFFIX)}
    orphans = []
    for sidecar in sidecars:
        owner = article_of(sidecar.relative, set(articles))
        if owner is None:
            detail = "metadata sidecar of no article (no file of the same name beside it)"
            orphans.append(
                quarantine_record(sidecar.relative, QuarantineReason.ORPHAN_SIDECAR, detail)
            )
            continue
        articles[owner] = replace(
            articles[owner], sidecar=sidecar.path, sidecar_relative=sidecar.relative
        )
    return list(articles.values()), orphans


Problem = tuple[QuarantineReason, str] | None


def _walk(root: Path) -> Iterator[tuple[Path, Problem]]:
    """Every entry below root with why it is not read (None: a regular file to read).
    Directory links are reported, never entered; a folder that cannot be listed is
    reported instead of silently dropping its files."""
    unlistable: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False, onerror=unlistable.append):
        base = Path(dirpath)
        for name in dirnames:
            if (base / name).is_symlink():
                yield base / name, _problem(base / name, name)
            elif name.startswith("."):
                yield base / name, (QuarantineReason.HIDDEN, _HIDDEN_FOLDER)
        # Hidden folders are not entered (os.walk reads the list it gave, changed in place).
        dirnames[:] = [name for name in dirnames if not name.startswith(".")]
        for name in filenames:
            yield base / name, _problem(base / name, name)
    for error in unlistable:
        if error.filename and Path(error.filename) != root:
            detail = f"folder cannot be listed: {error.strerror or error}"
            yield Path(error.filename), (QuarantineReason.UNREADABLE, detail)


_HIDDEN_FOLDER = "a hidden folder (name starts with '.'): not entered, none of its files read"


def _problem(path: Path, name: str) -> Problem:
    try:
        mode = path.lstat().st_mode
    except OSError as exc:
        return QuarantineReason.UNREADABLE, f"cannot stat: {exc.strerror or exc}"
    if stat.S_ISLNK(mode):
        return QuarantineReason.SYMLINK, f"symbolic link to {str(path.readlink())!r}; not followed"
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"
        )
        return QuarantineReason.SPECIAL_FILE, f"{kind}, not a regular file: not read"
    if name.startswith("."):
        return QuarantineReason.HIDDEN, "a hidden file (name starts with '.'): not read"
    return None
