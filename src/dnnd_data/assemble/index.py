"""What assembly keeps in memory per raw file while outcomes wait on disk.

Takes: nothing. Gives: :class:`IndexEntry` and :class:`ArticleIndex`."""

from __future__ import annotations

from dataclasses import dataclass

from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.ingest.read import RawRef
from dnnd_data.schema.articles import Article, BoilerplateLine, QuarantineRecord


@dataclass(frozen=True)
class IndexEntry:
    """What assembly keeps in memory per raw file; the outcome itself waits on disk in
    the outcome store (about 1 KiB per article, most of it the MinHash signature)."""

    ref: RawRef
    source_path: str
    raw_sha256: str | None
    raw_bytes: int | None
    article_id: str | None
    dedupe_key: str
    minhash: bytes
    quarantine: QuarantineRecord | None
    reused: bool
    # Where the outcome waits in the outcome store (the raw bytes' and sidecar's hashes).
    cache_key: str | None = None


@dataclass
class ArticleIndex:
    """Every raw file's index entry, handed to :func:`assemble` once: it takes the entries
    out, so no caller keeps the MinHash signatures alive once near-duplicates are found
    (about half of the index's memory)."""

    entries: list[IndexEntry]

    def take(self) -> list[IndexEntry]:
        """The entries; the index is empty afterwards."""
        entries, self.entries = self.entries, []
        return entries


@dataclass(frozen=True)
class ArticleOutcome:
    """What one raw document became."""

    article: Article | None = None
    boilerplate: tuple[BoilerplateLine, ...] = ()
    quarantine: QuarantineRecord | None = None
    dedupe_key: str = ""
    extraction: ArticleExtraction | None = None
    # True when taken from the per-article cache instead of being processed again.
    reused: bool = False
    # MinHash signature of the clean text, for near-duplicate detection across articles.
    minhash: bytes = b""
    # Quarantine rows about the file that do not cost it its article (a broken sidecar).
    notes: tuple[QuarantineRecord, ...] = ()
