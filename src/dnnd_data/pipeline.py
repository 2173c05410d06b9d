"""The pipeline as plain functions: discover → process batches → assemble → validate → publish.

Takes: a raw folder and an output folder. Gives: a published release and a
:class:`BuildSummary`. The Prefect flow in ``flows/`` calls the same functions as tasks;
:func:`build` runs them in-process without Prefect.
"""

from __future__ import annotations

import json
import multiprocessing
import os
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from dnnd_data import progress
from dnnd_data.article_cache import ArticleCache, prune
from dnnd_data.articles import ArticleOutcome, build_article
from dnnd_data.dedupe import NearDuplicate, find_near_duplicates
from dnnd_data.extract.article import ArticleExtraction
from dnnd_data.extract.assemble import assemble_extractions
from dnnd_data.fingerprint import code_fingerprint, input_fingerprint
from dnnd_data.ingest import RawDocument, RawRef, discover, read_document
from dnnd_data.models import (
    Article,
    BoilerplateLine,
    QuarantineReason,
    QuarantineRecord,
    Record,
    Stage,
)
from dnnd_data.publish import PublishResult, publish, read_latest_manifest
from dnnd_data.settings import Settings
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


@dataclass
class Dataset:
    """Every table's rows, plus the list of raw files they must account for."""

    tables: dict[str, list[Record]]
    raw_paths: list[str]
    # Articles taken from the per-article cache rather than processed again.
    reused_articles: int = 0

    def count(self, table: str) -> int:
        """Rows in a table."""
        return len(self.tables.get(table, []))

    def rows(self, table: str, model: type[R]) -> list[R]:
        """A table's rows, typed."""
        return [row for row in self.tables.get(table, []) if isinstance(row, model)]


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


def assemble(
    discovery: Discovery, outcomes: Iterable[ArticleOutcome], near_duplicate_threshold: float = 0.9
) -> Dataset:
    """Merge batch outcomes into tables; later (near) copies of a text are set aside."""
    ordered = sorted(outcomes, key=_outcome_path)
    reused = sum(1 for outcome in ordered if outcome.reused)
    articles: list[Article] = []
    lines: list[BoilerplateLine] = []
    quarantine: list[QuarantineRecord] = list(discovery.rejected)
    first_by_key: dict[str, Article] = {}
    first_by_id: dict[str, Article] = {}
    signatures: list[bytes] = []
    extractions: list[ArticleExtraction] = []
    for outcome in ordered:
        if outcome.article is None:
            if outcome.quarantine is not None:
                quarantine.append(outcome.quarantine)
            continue
        article = outcome.article
        original = first_by_key.get(outcome.dedupe_key) or first_by_id.get(article.article_id)
        if original is not None:
            quarantine.append(_duplicate(article, original))
            continue
        first_by_key[outcome.dedupe_key] = first_by_id[article.article_id] = article
        articles.append(article)
        signatures.append(outcome.minhash)
        lines.extend(outcome.boilerplate)
        if outcome.extraction is not None:
            extractions.append(outcome.extraction)
    near = find_near_duplicates(articles, near_duplicate_threshold, signatures)
    copies = {n.copy.article_id for n in near}
    quarantine += [_near_duplicate(n) for n in near]
    articles = [a for a in articles if a.article_id not in copies]
    lines = [b for b in lines if b.article_id not in copies]
    extractions = [x for x in extractions if x.article_id not in copies]
    paths = {a.article_id: a.source_path for a in articles}
    extracted, rejected = assemble_extractions(extractions, paths)
    quarantine += rejected
    articles.sort(key=lambda a: a.article_id)
    lines.sort(key=lambda b: (b.article_id, b.line_no))
    quarantine.sort(key=lambda q: (q.source_path, q.reason))
    tables: dict[str, list[Record]] = {
        "articles": list(articles),
        "boilerplate_lines": list(lines),
        "quarantine": list(quarantine),
        **extracted,
    }
    return Dataset(tables, discovery.all_paths, reused)


def _near_duplicate(near: NearDuplicate) -> QuarantineRecord:
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


def _outcome_path(outcome: ArticleOutcome) -> str:
    if outcome.article is not None:
        return outcome.article.source_path
    return outcome.quarantine.source_path if outcome.quarantine else ""


def _duplicate(article: Article, original: Article) -> QuarantineRecord:
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
    work = batches(discovery.refs, settings.batch_size)
    with BatchWorkers(settings, len(work)) as workers:
        outcomes = [outcome for batch in workers.map(work) for outcome in batch]
    return assemble(discovery, outcomes, settings.near_duplicate_threshold)


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

    def run(self, batch: list[RawRef]) -> list[ArticleOutcome]:
        """One batch (safe to call from several threads at once)."""
        return self._result(self._submit(batch), batch)

    def map(self, work: list[list[RawRef]]) -> list[list[ArticleOutcome]]:
        """Every batch, results in order (all queued first, so every worker stays busy)."""
        futures = [self._submit(batch) for batch in work]
        return [self._result(future, batch) for future, batch in zip(futures, work, strict=True)]

    def _submit(self, batch: list[RawRef]) -> Future[list[ArticleOutcome]] | None:
        if self._pool is None:
            return None
        try:
            return self._pool.submit(process_batch, batch, self.settings)
        except BrokenProcessPool:
            self._pool = None
            return None

    def _result(
        self, future: Future[list[ArticleOutcome]] | None, batch: list[RawRef]
    ) -> list[ArticleOutcome]:
        """The worker's outcomes, or the batch processed here when no worker can."""
        if future is not None:
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                self._pool = None
            else:
                progress.advance(STAGE_PROCESS, len(batch))
                return outcomes
        return process_batch(batch, self.settings)


def finish(dataset: Dataset, out_dir: Path, input_fingerprint: str | None = None) -> BuildSummary:
    """Validate, then publish when no critical expectation failed."""
    report = validate_dataset(dataset.tables, dataset.raw_paths)
    published = (
        publish(dataset.tables, report, out_dir, input_fingerprint=input_fingerprint)
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
    if cache is None:
        return 0
    used = {cache.entry(a.source_path, a.raw_sha256) for a in dataset.rows("articles", Article)}
    used |= {
        cache.entry(q.source_path, q.raw_sha256)
        for q in dataset.rows("quarantine", QuarantineRecord)
        if q.raw_sha256
    }
    return prune(cache, used)


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
    dataset = Dataset({}, discovery.all_paths)
    return BuildSummary(
        dataset, ValidationReport(()), published, [], unchanged_since=latest["version"]
    )


def quarantined(dataset: Dataset) -> list[QuarantineRecord]:
    """The quarantine table's rows, typed."""
    return [q for q in dataset.tables["quarantine"] if isinstance(q, QuarantineRecord)]


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
