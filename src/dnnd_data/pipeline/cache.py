"""Per-article cache: an article whose raw bytes did not change is not processed again.

Takes: a cache folder, the raw file's relative path and sha256. Gives: the stored
:class:`ArticleOutcome`, or None. Entries live under a namespace named after the code
fingerprint and the settings that shape an outcome, so a code or lexicon change starts
a fresh namespace; :func:`prune` drops the others after a release.

Entries are pickles written by this package into the output folder (never downloaded
or shared); a missing, truncated or unreadable entry is a miss, never an error. An entry
holds two pickles: the extraction's merging view (what assembly's first pass reads, a few
hundred bytes), then the whole outcome; the view's length comes first, so that each pass
reads (and unpickles) only its own part.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import struct
from dataclasses import dataclass, replace
from pathlib import Path

from dnnd_data.assemble.assembler import merging_view
from dnnd_data.assemble.index import ArticleOutcome
from dnnd_data.background_io import BackgroundIO
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.settings import code_fingerprint

CACHE_FORMAT = "3"
# The merging view's length in bytes, before the two pickles.
_VIEW_LENGTH = struct.Struct("<Q")


_MergingView = tuple[ArticleExtraction | None]


@dataclass(frozen=True)
class ArticleCache:
    """One namespace of the cache: entries valid for this code and these settings."""

    folder: Path

    @classmethod
    def open(
        cls, cache_root: Path, min_vietnamese_share: float, code: str | None = None
    ) -> ArticleCache:
        """The namespace for the code (``code``'s fingerprint, else the running code's)
        and the given outcome-shaping settings."""
        key = f"{CACHE_FORMAT}\0{code or code_fingerprint()}\0{min_vietnamese_share!r}"
        return cls(cache_root / hashlib.sha256(key.encode()).hexdigest()[:20])

    def entry(self, relative: str, raw_sha256: str) -> Path:
        """Where the outcome of this file's bytes at this path is stored (the path is
        part of the key: the outcome names its source file)."""
        key = hashlib.sha256(f"{relative}\0{raw_sha256}".encode()).hexdigest()
        return self.folder / key[:2] / f"{key}.pkl"

    def load(self, relative: str, raw_sha256: str) -> ArticleOutcome | None:
        """The stored outcome, marked as reused, or None."""
        try:
            # Read at once: unpickling from a file reads it in many small calls.
            _, packed_outcome = _parts(self.entry(relative, raw_sha256).read_bytes())
            outcome = pickle.loads(packed_outcome)
        except Exception:  # any damaged entry is a miss, never a failed build
            return None
        if not isinstance(outcome, ArticleOutcome):
            return None
        return replace(outcome, reused=True)

    def load_merging_view(self, relative: str, raw_sha256: str) -> _MergingView | None:
        """The stored extraction's merging view (in a one-item tuple: the extraction of a
        quarantined file is None), or None when the entry is missing or damaged."""
        try:
            packed_view, _ = _parts(self.entry(relative, raw_sha256).read_bytes())
            view = pickle.loads(packed_view)
        except Exception:  # any damaged entry is a miss, never a failed build
            return None
        if not (view is None or isinstance(view, ArticleExtraction)):
            return None
        return (view,)

    def store(
        self,
        relative: str,
        raw_sha256: str,
        outcome: ArticleOutcome,
        writes: BackgroundIO | None = None,
    ) -> None:
        """Write one entry atomically (concurrent workers may write the same entry); with
        ``writes``, the file is written on its thread (the pickles are made here)."""
        view = merging_view(outcome.extraction) if outcome.extraction else None
        packed_view = pickle.dumps(view, protocol=pickle.HIGHEST_PROTOCOL)
        packed = _VIEW_LENGTH.pack(len(packed_view)) + packed_view
        packed += pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
        path = self.entry(relative, raw_sha256)
        if writes is None:
            _put(path, packed)
        else:
            writes.submit(_put, path, packed)


def _put(path: Path, packed: bytes) -> None:
    """An entry's bytes into place by a rename; a full or read-only disk costs only the
    speed-up, never the build."""
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    try:
        try:
            temporary.write_bytes(packed)
        except FileNotFoundError:
            # The entry's folder is made when first needed, not asked for every time.
            path.parent.mkdir(parents=True, exist_ok=True)
            temporary.write_bytes(packed)
        temporary.replace(path)
    except OSError:
        temporary.unlink(missing_ok=True)


def _parts(stored: bytes) -> tuple[memoryview, memoryview]:
    """An entry's packed merging view and packed outcome (see :meth:`ArticleCache.store`);
    a cut entry gives a part cut short, which does not unpickle."""
    (view_length,) = _VIEW_LENGTH.unpack_from(stored)
    whole = memoryview(stored)
    end = _VIEW_LENGTH.size + view_length
    return whole[_VIEW_LENGTH.size : end], whole[end:]


def prune(keep: ArticleCache, used: set[Path]) -> int:
    """Drop the other namespaces beside ``keep`` and its entries not used by this build;
    returns the number of entries removed (so the cache holds one corpus' worth, not
    every past one)."""
    cache_root = keep.folder.parent
    if not cache_root.is_dir():
        return 0
    removed = 0
    for namespace in cache_root.iterdir():
        if namespace != keep.folder:
            removed += sum(1 for _ in namespace.rglob("*.pkl"))
            shutil.rmtree(namespace, ignore_errors=True)
    if keep.folder.is_dir():
        for entry in keep.folder.rglob("*.pkl*"):
            if entry not in used:
                entry.unlink(missing_ok=True)
                removed += 1
    return removed
