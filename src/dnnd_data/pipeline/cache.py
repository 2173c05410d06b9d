"""Per-article cache: an article whose raw bytes did not change is not processed again.

Takes: a cache folder, the raw file's relative path and sha256. Gives: the stored
:class:`ArticleOutcome`, or None. Entries live under a namespace named after the code
fingerprint and the settings that shape an outcome, so a code or lexicon change starts
a fresh namespace; :func:`prune` drops the others after a release.

A namespace is one SQLite database (standard library) in the output folder, written by this
package (never downloaded or shared): one row per entry, keyed by the file's path and
bytes, holding two pickles, the extraction's merging view (what assembly's first pass
reads, a few hundred bytes) and the whole outcome, so that each pass reads (and unpickles)
only its own part. A batch's entries go in as one transaction: a file per entry cost the
file system 1 to 1.4 ms each on this project's build machines, a row 0.07 ms. A missing,
damaged or unreadable entry or database is a miss, never an error; a database that is
not one is started again.
"""

from __future__ import annotations

import hashlib
import pickle
import shutil
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from dnnd_data.assemble.assembler import merging_view
from dnnd_data.assemble.index import ArticleOutcome
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.settings import code_fingerprint

CACHE_FORMAT = "4"
DATABASE = "entries.sqlite"
_SCHEMA = "CREATE TABLE IF NOT EXISTS entries (key TEXT PRIMARY KEY, view BLOB, outcome BLOB)"
# A writer waits this long for another process's transaction (a batch's) to end.
_BUSY_SECONDS = 60.0

_MergingView = tuple[ArticleExtraction | None]


class ArticleCache:
    """One namespace of the cache: entries valid for this code and these settings. Its
    database is opened when first used and shared by the caller's threads."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self._connection: sqlite3.Connection | None = None
        self._unusable = False
        self._lock = threading.Lock()

    def __reduce__(self) -> tuple[type[ArticleCache], tuple[Path]]:
        # Sent to another process (assembly's helper), it opens the database there.
        return (ArticleCache, (self.folder,))

    @classmethod
    def open(
        cls, cache_root: Path, min_vietnamese_share: float, code: str | None = None
    ) -> ArticleCache:
        """The namespace for the code (``code``'s fingerprint, else the running code's)
        and the given outcome-shaping settings."""
        key = f"{CACHE_FORMAT}\0{code or code_fingerprint()}\0{min_vietnamese_share!r}"
        return cls(cache_root / hashlib.sha256(key.encode()).hexdigest()[:20])

    @staticmethod
    def key(relative: str, raw_sha256: str) -> str:
        """The entry of this file's bytes at this path (the path is part of the key: the
        outcome names its source file)."""
        return hashlib.sha256(f"{relative}\0{raw_sha256}".encode()).hexdigest()

    def load(self, relative: str, raw_sha256: str) -> ArticleOutcome | None:
        """The stored outcome, marked as reused, or None."""
        outcome = _unpickled(self._read("outcome", self.key(relative, raw_sha256)))
        if not isinstance(outcome, ArticleOutcome):
            return None
        return replace(outcome, reused=True)

    def load_merging_view(self, relative: str, raw_sha256: str) -> _MergingView | None:
        """The stored extraction's merging view (in a one-item tuple: the extraction of a
        quarantined file is None), or None when the entry is missing or damaged."""
        view = _unpickled(self._read("view", self.key(relative, raw_sha256)))
        if not (view is None or isinstance(view, ArticleExtraction)):
            return None
        return (view,)

    def store(self, relative: str, raw_sha256: str, outcome: ArticleOutcome) -> None:
        """Write one entry (see :meth:`store_all`)."""
        self.store_all([(relative, raw_sha256, outcome)])

    def store_all(self, entries: Iterable[tuple[str, str, ArticleOutcome]]) -> None:
        """Write entries (relative path, raw sha256, outcome) in one transaction; a full or
        read-only disk costs only the speed-up, never the build."""
        rows = [
            (self.key(relative, raw_sha256), *_packed(outcome))
            for relative, raw_sha256, outcome in entries
        ]
        with self._lock:
            connection = self._connect()
            if connection is None or not rows:
                return
            try:
                with connection:
                    connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?)", rows)
            except sqlite3.Error:
                return

    def keep_only(self, used: set[str]) -> int:
        """Delete the entries whose keys are not in ``used``; how many went."""
        with self._lock:
            connection = self._connect() if (self.folder / DATABASE).is_file() else None
            if connection is None:
                return 0
            try:
                with connection:
                    connection.execute(
                        "CREATE TEMP TABLE IF NOT EXISTS used (key TEXT PRIMARY KEY)"
                    )
                    connection.execute("DELETE FROM used")
                    connection.executemany(
                        "INSERT OR IGNORE INTO used VALUES (?)", ((k,) for k in used)
                    )
                    removed = connection.execute(
                        "DELETE FROM entries WHERE key NOT IN (SELECT key FROM used)"
                    ).rowcount
            except sqlite3.Error:
                return 0
            return max(removed, 0)

    def close(self) -> None:
        """Close the database (it is opened again when next used)."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def _read(self, column: str, key: str) -> bytes | None:
        with self._lock:
            connection = self._connect()
            if connection is None:
                return None
            try:
                row = connection.execute(
                    f"SELECT {column} FROM entries WHERE key = ?", (key,)
                ).fetchone()
            except sqlite3.Error:
                return None
        return row[0] if row else None

    def _connect(self) -> sqlite3.Connection | None:
        if self._connection is None and not self._unusable:
            self._connection = _connect(self.folder / DATABASE)
            self._unusable = self._connection is None
        return self._connection


def _connect(database: Path) -> sqlite3.Connection | None:
    """The namespace's database, made when missing and made again when the file is not
    one; None when it cannot be opened (a read-only disk, say)."""
    for _ in range(2):
        try:
            return _opened(database)
        except sqlite3.OperationalError:
            return None  # locked for too long, or not writable: no cache this time
        except sqlite3.DatabaseError:
            # Not a database (damaged): start it again.
            if not _removed(database):
                return None
        except OSError:
            return None
    return None


def _removed(database: Path) -> bool:
    """Whether the database's files could be removed."""
    try:
        for part in ("", "-journal", "-wal", "-shm"):
            database.with_name(database.name + part).unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _opened(database: Path) -> sqlite3.Connection:
    database.parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(database, timeout=_BUSY_SECONDS, check_same_thread=False)
    try:
        # A rollback journal, not WAL: workers on other machines may share the output
        # folder through a network file system, where WAL's shared memory does not work.
        # A writer holds the database for a batch's transaction (milliseconds).
        connection.execute("PRAGMA journal_mode=DELETE")
        connection.execute("PRAGMA synchronous=NORMAL")
        connection.execute(_SCHEMA)
    except BaseException:
        connection.close()
        raise
    return connection


def _packed(outcome: ArticleOutcome) -> tuple[bytes, bytes]:
    """An entry's two pickles: the merging view, then the whole outcome."""
    view = merging_view(outcome.extraction) if outcome.extraction else None
    return (
        pickle.dumps(view, protocol=pickle.HIGHEST_PROTOCOL),
        pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL),
    )


# What a missing or damaged pickle reads as: no outcome, no view (a view may be None).
_MISS = object()


def _unpickled(packed: bytes | None) -> object:
    """The object of a stored pickle; :data:`_MISS` when there is none or it is damaged."""
    if packed is None:
        return _MISS
    try:
        return pickle.loads(packed)
    except Exception:  # any damaged entry is a miss, never a failed build
        return _MISS


def prune(keep: ArticleCache, used: set[str]) -> int:
    """Drop the other namespaces beside ``keep`` and its entries not used by this build
    (``used``: their keys, see :meth:`ArticleCache.key`), so the cache holds one corpus'
    worth, not every past one; returns how many of ``keep``'s entries went."""
    cache_root = keep.folder.parent
    if not cache_root.is_dir():
        return 0
    for namespace in cache_root.iterdir():
        if namespace != keep.folder:
            shutil.rmtree(namespace, ignore_errors=True)
    return keep.keep_only(used)
