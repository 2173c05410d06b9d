"""Process raw files in batches: read, clean, extract, sign; outcomes go to the outcome store.

Takes: raw refs and settings. Gives: :class:`ArticleOutcome` per file and the small
:class:`IndexEntry` that crosses back from a worker; :class:`OutcomeReader` reads outcomes back."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace

from dnnd_data import progress
from dnnd_data.assemble.assembler import merging_view
from dnnd_data.assemble.dedupe import text_signature
from dnnd_data.assemble.index import ArticleOutcome, IndexEntry
from dnnd_data.assemble.table_store import TableStore
from dnnd_data.collector import fewer_collections
from dnnd_data.extract.facts import ArticleExtraction, extract_article, with_topic
from dnnd_data.extract.names import LexiconNames
from dnnd_data.ingest.front_matter import front_matter
from dnnd_data.ingest.read import (
    RawDocument,
    RawRef,
    content_key,
    quarantine_record,
    read_document,
)
from dnnd_data.ingest.sidecar import Sidecar, parse_sidecar
from dnnd_data.normalize.boilerplate import SOURCE_TAG_RULE
from dnnd_data.normalize.clean import clean_article
from dnnd_data.pipeline.budget import OverBudget, time_budget
from dnnd_data.pipeline.cache import ArticleCache
from dnnd_data.schema.articles import (
    Article,
    BoilerplateLine,
    QuarantineReason,
    QuarantineRecord,
    Stage,
)
from dnnd_data.settings import Settings

STAGE_PROCESS = "ingest + normalize"


def batches(refs: Sequence[RawRef], size: int) -> list[list[RawRef]]:
    """Split refs into batches of at most ``size``."""
    return [list(refs[i : i + size]) for i in range(0, len(refs), size)]


def process_batch(refs: Iterable[RawRef], settings: Settings) -> list[ArticleOutcome]:
    """Read, normalize, clean and extract a batch of raw files, reusing the cached outcome
    of any file whose bytes did not change. Never raises on bad input."""
    cache = open_cache(settings)
    outcomes = []
    # The new outcomes go into the outcome store together, once the batch is done: the
    # batch returns with them all in place (assembly reads them).
    fresh: list[tuple[str, str, ArticleOutcome]] = []
    try:
        with fewer_collections():
            for ref in refs:
                doc = read_document(ref, settings.max_file_bytes, settings.max_file_lines)
                if isinstance(doc, QuarantineRecord):
                    outcomes.append(ArticleOutcome(quarantine=doc))
                else:
                    outcomes.append(_outcome_of(doc, settings, cache, fresh))
                progress.advance(STAGE_PROCESS)
        if cache is not None:
            cache.store_all(fresh)
    finally:
        if cache is not None:
            cache.close()
    return outcomes


def index_batch(refs: Sequence[RawRef], outcomes: Sequence[ArticleOutcome]) -> list[IndexEntry]:
    """The in-memory index of a processed batch (:func:`process_batch` has already put
    each article's outcome in the outcome store)."""
    entries = []
    for ref, outcome in zip(refs, outcomes, strict=True):
        article, quarantine = outcome.article, outcome.quarantine
        entries.append(
            IndexEntry(
                ref=ref,
                source_path=article.source_path if article else ref.relative,
                raw_sha256=article.raw_sha256 if article else _quarantined_sha(quarantine),
                raw_bytes=article.raw_bytes if article else None,
                article_id=article.article_id if article else None,
                dedupe_key=outcome.dedupe_key,
                minhash=outcome.minhash,
                quarantine=quarantine if article is None else None,
                reused=outcome.reused,
                cache_key=content_key(article.raw_sha256, article.sidecar_sha256)
                if article
                else None,
            )
        )
    return entries


def process_and_index(refs: Sequence[RawRef], settings: Settings) -> list[IndexEntry]:
    """Process a batch and return only its index: what crosses back from a worker process
    is about 1 KiB per article, not the whole outcome (which waits in the outcome store)."""
    return index_batch(refs, process_batch(refs, settings))


def _quarantined_sha(quarantine: QuarantineRecord | None) -> str | None:
    return quarantine.raw_sha256 if quarantine else None


def with_outcome_store(settings: Settings, store: TableStore) -> Settings:
    """Settings whose cache folder is where outcomes wait for assembly: the per-article
    cache, or (with no cache) a folder of this build's store."""
    if settings.cache_dir is not None:
        return settings
    return replace(settings, cache_dir=store.folder / "outcomes")


def open_cache(settings: Settings) -> ArticleCache | None:
    if settings.cache_dir is None:
        return None
    return ArticleCache.open(
        settings.cache_dir, settings.min_vietnamese_letter_share, settings.code
    )


def build_article(doc: RawDocument, min_vietnamese_share: float) -> ArticleOutcome:
    """One document through the per-article stages: clean (normalize), extract, sign. A
    broken sidecar is noted in quarantine and the article built without it."""
    sidecar, notes = _sidecar_of(doc)
    front = front_matter(doc.text)
    if front is not None and isinstance(front.metadata, str):
        notes += (
            quarantine_record(
                doc.source_path,
                QuarantineReason.INVALID_SIDECAR,
                f"{front.metadata}; the article is kept without it",
                size=doc.raw_bytes,
                digest=doc.raw_sha256,
            ),
        )
    clean = clean_article(doc, min_vietnamese_share, LexiconNames(), sidecar, front)
    if isinstance(clean, QuarantineRecord):
        return ArticleOutcome(quarantine=clean, notes=notes)
    article = with_topic(clean.article)
    return ArticleOutcome(
        article=article,
        boilerplate=clean.boilerplate,
        dedupe_key=clean.dedupe_key,
        extraction=extract_article(article, tag_cut=_tag_cut(clean.boilerplate)),
        minhash=text_signature(article.text),
        notes=notes,
    )


def _tag_cut(removed: tuple[BoilerplateLine, ...]) -> int:
    """The length of the outlet's tag cleaning took off the start of a line ("(GLO) - ")."""
    return next((len(line.text) for line in removed if line.rule == SOURCE_TAG_RULE), 0)


def _sidecar_of(doc: RawDocument) -> tuple[Sidecar | None, tuple[QuarantineRecord, ...]]:
    if doc.sidecar_bytes is None or doc.sidecar_path is None:
        return None, ()
    parsed = parse_sidecar(doc.sidecar_bytes)
    if isinstance(parsed, Sidecar):
        return parsed, ()
    note = quarantine_record(
        doc.sidecar_path,
        QuarantineReason.INVALID_SIDECAR,
        f"{parsed}; {doc.source_path} is kept without it",
        size=len(doc.sidecar_bytes),
        digest=doc.sidecar_sha256,
    )
    return None, (note,)


def _outcome_of(
    doc: RawDocument,
    settings: Settings,
    cache: ArticleCache | None,
    fresh: list[tuple[str, str, ArticleOutcome]],
) -> ArticleOutcome:
    """The cached outcome of the document, or a new one (added to ``fresh`` to be stored)."""
    cached = cache.load(doc.source_path, doc.cache_key) if cache else None
    if cached is not None:
        return cached
    try:
        with time_budget(settings.max_file_seconds):
            outcome = build_article(doc, settings.min_vietnamese_letter_share)
    except OverBudget:
        # Not cached: how long a file takes depends on the machine and its load.
        limit = f"{settings.max_file_seconds:g}"
        return ArticleOutcome(
            quarantine=quarantine_record(
                doc.source_path,
                QuarantineReason.TOO_SLOW,
                f"processing took over {limit} s (DNND_MAX_FILE_SECONDS)",
                size=doc.raw_bytes,
                digest=doc.raw_sha256,
                stage=Stage.EXTRACT,
            )
        )
    if cache is not None:
        fresh.append((doc.source_path, doc.cache_key, outcome))
    return outcome


class OutcomeReader:
    """Reads an indexed article's outcome back from the outcome store; processes the raw
    file again when the entry is missing (a full disk, a remote worker's disk)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cache = open_cache(settings)

    def load(self, entry: IndexEntry) -> tuple[ArticleOutcome, Article]:
        """The outcome of an indexed article, and its article."""
        outcome = None
        if self.cache is not None and entry.cache_key:
            outcome = self.cache.load(entry.source_path, entry.cache_key)
        if outcome is None or outcome.article is None:
            (outcome,) = process_batch([entry.ref], replace(self.settings, cache_dir=None))
        if outcome.article is None:
            raise RuntimeError(f"{entry.source_path} changed while the build was running")
        return outcome, outcome.article

    def merging_view(self, entry: IndexEntry) -> ArticleExtraction | None:
        """What assembly's first pass reads of an indexed article (see
        :func:`~dnnd_data.assemble.assembler.merging_view`), without reading its whole
        outcome when the outcome store has it."""
        if self.cache is not None and entry.cache_key:
            stored = self.cache.load_merging_view(entry.source_path, entry.cache_key)
            if stored is not None:
                return stored[0]
        extraction = self.load(entry)[0].extraction
        return merging_view(extraction) if extraction else None

    def text(self, entry: IndexEntry) -> str:
        """The indexed article's clean text."""
        return self.load(entry)[1].text
