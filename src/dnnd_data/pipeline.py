"""The pipeline as plain functions: discover → process batches → assemble → validate → publish.

Takes: a raw folder and an output folder. Gives: a published release and a
:class:`BuildSummary`. The Prefect flow in ``flows/`` calls the same functions as tasks;
:func:`build` runs them in-process without Prefect.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from dnnd_data import progress
from dnnd_data.article_cache import ArticleCache, prune
from dnnd_data.articles import ArticleOutcome, build_article
from dnnd_data.dedupe import NearDuplicate, find_near_duplicates
from dnnd_data.extract.assemble import ExtractionAssembler
from dnnd_data.fingerprint import code_fingerprint, input_fingerprint
from dnnd_data.ingest import RawDocument, RawRef, discover, read_document
from dnnd_data.models import (
    Article,
    QuarantineReason,
    QuarantineRecord,
    Record,
    Stage,
)
from dnnd_data.publish import PublishResult, publish, read_latest_manifest
from dnnd_data.settings import Settings
from dnnd_data.table_store import TableStore
from dnnd_data.validate import ValidationReport, validate_dataset

STAGE_PROCESS = "ingest + normalize"
R = TypeVar("R", bound=Record)


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


@dataclass
class Dataset:
    """Every table's rows (on disk, in a :class:`TableStore`), plus the list of raw files
    they must account for. No store: nothing was built."""

    store: TableStore | None
    raw_paths: list[str]
    # Articles taken from the per-article cache rather than processed again.
    reused_articles: int = 0

    def count(self, table: str) -> int:
        """Rows in a table."""
        return self.store.count(table) if self.store else 0

    def counts(self) -> dict[str, int]:
        """Rows of every table."""
        return self.store.counts() if self.store else {}

    def rows(self, table: str, model: type[R]) -> list[R]:
        """A table's rows, typed (reads the whole table: for small tables and tests)."""
        return self.store.rows(table, model) if self.store else []

    def records(self) -> dict[str, list[Record]]:
        """Every table's rows (reads everything: for small datasets and tests)."""
        if self.store is None:
            return {}
        store = self.store
        return {name: list(store.rows(name, store.specs[name].model)) for name in store.names}


@dataclass(frozen=True)
class BuildSummary:
    """What a build did."""

    dataset: Dataset
    report: ValidationReport
    published: PublishResult | None
    quarantined: list[QuarantineRecord] = field(default_factory=list)
    # Set when nothing was rebuilt: same raw files and same code as this release.
    unchanged_since: str | None = None


def discover_raw(raw_dir: Path) -> Discovery:
    """Find the raw files."""
    refs, rejected = discover(raw_dir)
    return Discovery(tuple(refs), tuple(rejected))


def batches(refs: Sequence[RawRef], size: int) -> list[list[RawRef]]:
    """Split refs into batches of at most ``size``."""
    return [list(refs[i : i + size]) for i in range(0, len(refs), size)]


def process_batch(refs: Iterable[RawRef], settings: Settings) -> list[ArticleOutcome]:
    """Read, normalize, clean and extract a batch of raw files, reusing the cached outcome
    of any file whose bytes did not change. Never raises on bad input."""
    cache = _open_cache(settings)
    outcomes = []
    for ref in refs:
        doc = read_document(ref, settings.max_file_bytes)
        if isinstance(doc, QuarantineRecord):
            outcomes.append(ArticleOutcome(quarantine=doc))
        else:
            outcomes.append(_outcome_of(doc, settings, cache))
        progress.advance(STAGE_PROCESS)
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


def _open_cache(settings: Settings) -> ArticleCache | None:
    if settings.cache_dir is None:
        return None
    return ArticleCache.open(settings.cache_dir, settings.min_vietnamese_letter_share)


def _outcome_of(doc: RawDocument, settings: Settings, cache: ArticleCache | None) -> ArticleOutcome:
    cached = cache.load(doc.source_path, doc.raw_sha256) if cache else None
    if cached is not None:
        return cached
    outcome = build_article(doc, settings.min_vietnamese_letter_share)
    if cache is not None:
        cache.store(doc.source_path, doc.raw_sha256, outcome)
    return outcome


class OutcomeReader:
    """Reads an indexed article's outcome back from the outcome store; processes the raw
    file again when the entry is missing (a full disk, a remote worker's disk)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.cache = _open_cache(settings)

    def load(self, entry: IndexEntry) -> tuple[ArticleOutcome, Article]:
        """The outcome of an indexed article, and its article."""
        outcome = None
        if self.cache is not None and entry.raw_sha256:
            outcome = self.cache.load(entry.source_path, entry.raw_sha256)
        if outcome is None or outcome.article is None:
            (outcome,) = process_batch([entry.ref], replace(self.settings, cache_dir=None))
        if outcome.article is None:
            raise RuntimeError(f"{entry.source_path} changed while the build was running")
        return outcome, outcome.article

    def text(self, entry: IndexEntry) -> str:
        """The indexed article's clean text."""
        return self.load(entry)[1].text


def assemble(
    discovery: Discovery, index: ArticleIndex, settings: Settings, store: TableStore
) -> Dataset:
    """Merge the indexed outcomes into the store's tables, one article in memory at a
    time; later (near) copies of a text are set aside. Takes the index's entries."""
    reader = OutcomeReader(settings)
    quarantine: list[QuarantineRecord] = list(discovery.rejected)
    ordered = sorted(index.take(), key=lambda e: e.source_path)
    reused = sum(1 for entry in ordered if entry.reused)
    kept = _first_copies(ordered, quarantine)
    del ordered
    near = find_near_duplicates(
        kept, settings.near_duplicate_threshold, [e.minhash for e in kept], text_of=reader.text
    )
    copies = {n.copy.article_id for n in near}
    quarantine += [_near_duplicate(n) for n in near]
    # The signatures are done with: the rest of the build keeps the entries without them.
    kept = [replace(e, minhash=b"") for e in kept if e.article_id not in copies]
    assembler = ExtractionAssembler({e.article_id: e.source_path for e in kept if e.article_id})
    for entry in kept:
        if (extraction := reader.load(entry)[0].extraction) is not None:
            assembler.observe(extraction)
    _add(store, assembler.merge())
    for entry in kept:
        outcome, article = reader.load(entry)
        store.add("articles", [article])
        store.add("boilerplate_lines", outcome.boilerplate)
        if outcome.extraction is not None:
            _add(store, assembler.article_rows(outcome.extraction))
    _add(store, assembler.finish())
    store.add("quarantine", quarantine + assembler.quarantine)
    store.flush()
    return Dataset(store, discovery.all_paths, reused)


def _add(store: TableStore, tables: dict[str, list[Record]]) -> None:
    for name, rows in tables.items():
        store.add(name, rows)


def _first_copies(
    ordered: list[IndexEntry], quarantine: list[QuarantineRecord]
) -> list[IndexEntry]:
    """The articles whose text was not seen before; exact copies go to ``quarantine``."""
    first_by_key: dict[str, IndexEntry] = {}
    first_by_id: dict[str, IndexEntry] = {}
    kept: list[IndexEntry] = []
    for entry in ordered:
        if entry.article_id is None:
            if entry.quarantine is not None:
                quarantine.append(entry.quarantine)
            continue
        original = first_by_key.get(entry.dedupe_key) or first_by_id.get(entry.article_id)
        if original is not None:
            quarantine.append(_duplicate(entry, original))
            continue
        first_by_key[entry.dedupe_key] = first_by_id[entry.article_id] = entry
        kept.append(entry)
    return kept


def _near_duplicate(near: NearDuplicate[IndexEntry]) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=near.copy.source_path,
        reason=QuarantineReason.NEAR_DUPLICATE,
        detail=(
            f"{near.similarity:.0%} of its 5-word shingles are shared with "
            f"{near.original.source_path} (article {near.original.article_id})"
        ),
        stage=Stage.NORMALIZE,
        raw_sha256=near.copy.raw_sha256,
        raw_bytes=near.copy.raw_bytes,
    )


def _duplicate(article: IndexEntry, original: IndexEntry) -> QuarantineRecord:
    return QuarantineRecord(
        source_path=article.source_path,
        reason=QuarantineReason.DUPLICATE,
        detail=f"same text as {original.source_path} (article {original.article_id})",
        stage=Stage.NORMALIZE,
        raw_sha256=article.raw_sha256,
        raw_bytes=article.raw_bytes,
    )


def build_dataset(raw_dir: Path, settings: Settings) -> Dataset:
    """Discover and process every raw file, in-process."""
    return build_from(discover_raw(raw_dir), settings)


def build_from(discovery: Discovery, settings: Settings) -> Dataset:
    """Process the discovered raw files, in-process (in worker processes when it pays)."""
    progress.start(STAGE_PROCESS, len(discovery.refs))
    store = TableStore(settings.work_dir)
    settings = with_outcome_store(settings, store)
    work = batches(discovery.refs, settings.batch_size)
    with BatchWorkers(settings, len(work)) as workers:
        index = ArticleIndex([entry for entries in workers.map(work) for entry in entries])
    return assemble(discovery, index, settings, store)


class BatchWorkers:
    """Plain worker processes that process batches: the work is pure-Python regexes,
    which threads cannot spread over cores. Workers import no Prefect, so they start in
    about a second and need no API. Runs batches in the caller when there is one core,
    one batch, or when no pool can start here (e.g. a caller reading stdin)."""

    def __init__(self, settings: Settings, n_batches: int) -> None:
        self.settings = settings
        self._pool: ProcessPoolExecutor | None = None
        self._wanted = settings.workers > 1 and n_batches > 1

    def __enter__(self) -> BatchWorkers:
        if self._wanted:
            # "spawn": a forked child could inherit a lock some thread of ours was holding.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(self.settings.workers, mp_context=context)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(cancel_futures=True)

    def run(self, batch: list[RawRef]) -> list[IndexEntry]:
        """One batch's index (safe to call from several threads at once)."""
        return self._result(self._submit(batch), batch)

    def map(self, work: list[list[RawRef]]) -> Iterator[list[IndexEntry]]:
        """Every batch's index, in order (all queued first, so every worker stays busy;
        a result is let go once yielded, so they do not pile up)."""
        pending = deque((self._submit(batch), batch) for batch in work)
        while pending:
            future, batch = pending.popleft()
            yield self._result(future, batch)

    def _submit(self, batch: list[RawRef]) -> Future[list[IndexEntry]] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(process_and_index, batch, self.settings)
        except BrokenProcessPool:
            self._pool = None
            return None

    def _result(
        self, future: Future[list[IndexEntry]] | None, batch: list[RawRef]
    ) -> list[IndexEntry]:
        """The worker's index of the batch, or the batch processed here when no worker can."""
        if future is not None:
            try:
                entries = future.result()
            except BrokenProcessPool:
                self._pool = None
            else:
                progress.advance(STAGE_PROCESS, len(batch))
                # Point back at this process's refs: the worker's copies would double
                # the memory the discovery already holds.
                return [replace(e, ref=ref) for e, ref in zip(entries, batch, strict=True)]
        return process_and_index(batch, self.settings)


def finish(dataset: Dataset, out_dir: Path, input_fingerprint: str | None = None) -> BuildSummary:
    """Validate, then publish when no critical expectation failed."""
    store = built(dataset)
    report = validate_dataset(store, dataset.raw_paths)
    published = (
        publish(store, report, out_dir, input_fingerprint=input_fingerprint)
        if report.success
        else None
    )
    return BuildSummary(dataset, report, published, quarantined(dataset))


BUILD_STATE = ".build-state.json"


def record_build(
    out_dir: Path,
    fingerprint: str,
    published: PublishResult,
    dataset: Dataset,
    settings: Settings,
) -> None:
    """Remember which raw files and code produced the latest release (releases themselves
    are immutable, so this small file is the cache key; replaced atomically), and drop
    per-article cache entries this build did not use."""
    prune_cache(dataset, settings)
    state = {
        "input_fingerprint": fingerprint,
        "code_fingerprint": code_fingerprint(),
        "version": published.version,
    }
    temporary = out_dir / f"{BUILD_STATE}.{os.getpid()}"
    temporary.write_text(json.dumps(state), encoding="utf-8")
    temporary.replace(out_dir / BUILD_STATE)


def prune_cache(dataset: Dataset, settings: Settings) -> int:
    """Keep only the cache entries of the raw files this dataset came from."""
    cache = _open_cache(settings)
    if cache is None or dataset.store is None:
        return 0
    with dataset.store.connect() as con:
        sources = con.execute(
            "SELECT source_path, raw_sha256 FROM articles UNION ALL "
            "SELECT source_path, raw_sha256 FROM quarantine WHERE raw_sha256 IS NOT NULL"
        ).fetchall()
    return prune(cache, {cache.entry(path, sha) for path, sha in sources})


def built(dataset: Dataset) -> TableStore:
    """The dataset's tables (an error for a no-work summary's empty dataset)."""
    if dataset.store is None:
        raise ValueError("this dataset was not built (nothing changed): nothing to validate")
    return dataset.store


def skip_if_unchanged(
    discovery: Discovery, out_dir: Path, settings: Settings
) -> tuple[str, BuildSummary | None]:
    """The raw files' fingerprint, and a no-work summary when nothing changed since the
    latest release (else None)."""
    fingerprint = discovery.fingerprint(settings.max_file_bytes)
    return fingerprint, unchanged_summary(discovery, out_dir, fingerprint)


def unchanged_summary(discovery: Discovery, out_dir: Path, fingerprint: str) -> BuildSummary | None:
    """A summary without any work when the latest release came from the same raw files
    and the same code."""
    latest = read_latest_manifest(out_dir)
    state_path = out_dir / BUILD_STATE
    if latest is None or not state_path.is_file():
        return None
    state = json.loads(state_path.read_text(encoding="utf-8"))
    seen = (state.get("input_fingerprint"), state.get("code_fingerprint"), state.get("version"))
    if seen != (fingerprint, code_fingerprint(), latest["version"]):
        return None
    rows = dict(latest.get("tables", {}))
    published = PublishResult(latest["version"], out_dir / "latest", False, rows)
    dataset = Dataset(None, discovery.all_paths)
    return BuildSummary(
        dataset, ValidationReport(()), published, [], unchanged_since=latest["version"]
    )


def quarantined(dataset: Dataset) -> list[QuarantineRecord]:
    """The quarantine table's rows, typed."""
    return dataset.rows("quarantine", QuarantineRecord)


def build(raw_dir: Path, out_dir: Path, settings: Settings | None = None) -> BuildSummary:
    """The whole pipeline without Prefect; no work at all when nothing changed."""
    settings = (settings or Settings.from_env()).with_cache_in(out_dir)
    discovery = discover_raw(raw_dir)
    fingerprint, skipped = skip_if_unchanged(discovery, out_dir, settings)
    if skipped is not None:
        return skipped
    summary = finish(build_from(discovery, settings), out_dir, fingerprint)
    if summary.published is not None:
        record_build(out_dir, fingerprint, summary.published, summary.dataset, settings)
    return summary
