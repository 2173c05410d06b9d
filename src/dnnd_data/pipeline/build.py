"""The build sequence, written once: discover → process → assemble → validate → publish → record.

Takes: a :class:`BuildContext` (folders, settings, and what earlier stages found) and a
:class:`StageRunner` that says how each stage runs: :class:`LocalRunner` calls the stage
functions in this process (batches on worker processes); the Prefect flow in
:mod:`dnnd_data.flows.build` passes a runner that wraps the same functions as tasks.
Gives: a :class:`BuildSummary`. No work at all when the raw files and code are those of the
latest release.
"""

from __future__ import annotations

import shutil
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Protocol, TypeVar

from dnnd_data import progress
from dnnd_data.assemble.dataset import Dataset, built, quarantined
from dnnd_data.assemble.index import ArticleIndex, IndexEntry
from dnnd_data.assemble.table_store import TableStore
from dnnd_data.collector import fewer_collections
from dnnd_data.ingest.discover import Discovery, discover_raw
from dnnd_data.ingest.read import RawRef
from dnnd_data.pipeline.apart import assemble_here_or_apart
from dnnd_data.pipeline.process import (
    STAGE_PROCESS,
    batches,
    with_outcome_store,
)
from dnnd_data.pipeline.state import changed_during_build, record_build, unchanged_summary
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.pipeline.workers import BatchWorkers
from dnnd_data.processes import OWN_PROCESS_FROM_ARTICLES, ProcessAhead
from dnnd_data.publish.parquet import write_tables
from dnnd_data.release.publish import PublishResult, WrittenTables, publish
from dnnd_data.schema.tables import TableSpec
from dnnd_data.settings import Settings
from dnnd_data.validate.gx import preload_great_expectations
from dnnd_data.validate.report import ValidationReport
from dnnd_data.validate.tables import validate_dataset, validate_stored

T = TypeVar("T")


@dataclass
class BuildContext:
    """What every stage of one build shares: where to read and write, the settings, and
    what earlier stages found (the raw files, their fingerprint, the table store)."""

    raw_dir: Path
    out_dir: Path
    settings: Settings
    discovery: Discovery | None = None
    fingerprint: str | None = None
    # Each raw file's content hash at discovery (compared with what the build read).
    digests: dict[str, str] = field(default_factory=dict)
    store: TableStore | None = None
    # A large build validates in a process of its own, started before assembly: it imports
    # Great Expectations (3-6 s, 140 MiB) on the core assembly leaves idle, and the memory
    # validation leaves behind goes when it exits.
    validation: ProcessAhead | None = None
    # The tables' Parquet files, written while a large build is validated.
    written: WrittenTables | None = None

    @classmethod
    def create(cls, raw_dir: Path, out_dir: Path, settings: Settings | None = None) -> BuildContext:
        """A context with the per-article cache and spill folder inside ``out_dir``."""
        settings = (settings or Settings.from_env()).with_cache_in(out_dir)
        return cls(raw_dir, out_dir, settings)

    def found(self) -> Discovery:
        """The discovery (an error before :func:`discover`)."""
        if self.discovery is None:
            raise RuntimeError("the raw folder was not discovered yet")
        return self.discovery

    def batches(self) -> list[list[RawRef]]:
        """The raw files in batches of ``settings.batch_size``."""
        return batches(self.found().refs, self.settings.batch_size)


# The stage functions: each takes the context (and what the stage before gave) and returns
# what the next needs. The runner decides where they run; the sequence below decides order.


def discover(ctx: BuildContext) -> Discovery:
    """Find the raw files."""
    return discover_raw(ctx.raw_dir)


def open_store(ctx: BuildContext) -> None:
    """Start the build's table store; outcomes wait in the per-article cache (or the store)."""
    progress.start(STAGE_PROCESS, len(ctx.found().refs))
    ctx.store = TableStore(ctx.settings.work_dir)
    ctx.settings = with_outcome_store(ctx.settings, ctx.store)


def assemble_dataset(ctx: BuildContext, index: ArticleIndex) -> Dataset:
    """Set duplicates aside and merge every article's outcome into the tables."""
    if ctx.store is None:
        raise RuntimeError("assemble needs open_store() first")
    return assemble_here_or_apart(ctx.found(), index, ctx.settings, ctx.store)


def validate(ctx: BuildContext, dataset: Dataset) -> ValidationReport:
    """Great Expectations suites of every table, and the release gate (in the process
    started for them when the build is large, while this one writes the tables' Parquet
    files ahead: see :func:`_write_tables_ahead`)."""
    store = built(dataset)
    if ctx.validation is None:
        return validate_dataset(store, dataset.raw_paths)
    specs = tuple(store.specs.values())
    with ctx.validation as process:
        report = process.start(validate_stored, store.state(), specs, dataset.raw_paths)
        ctx.written = _write_tables_ahead(store, specs)
        return report()


def _write_tables_ahead(store: TableStore, specs: tuple[TableSpec, ...]) -> WrittenTables | None:
    """The tables' Parquet files, written into the build's private store folder (removed
    with it) while the tables are validated, on the core validation leaves idle; publishing
    moves them into the release. None when they cannot be written (publishing writes them)."""
    folder = store.folder / "release-tables"
    try:
        folder.mkdir()
        entries = write_tables(folder, store, specs, apart=True, counted=False)
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)
        return None
    return WrittenTables(folder, entries)


def publish_release(ctx: BuildContext, dataset: Dataset, report: ValidationReport) -> PublishResult:
    """Write the release atomically (nothing new when the content equals the latest)."""
    return publish(
        built(dataset), report, ctx.out_dir, input_fingerprint=ctx.fingerprint, written=ctx.written
    )


class StageRunner(Protocol):
    """How the stages run: in this process, or as Prefect tasks."""

    def stage(self, name: str, function: Callable[..., T], *args: object) -> T:
        """Run one stage function with its arguments."""
        ...

    def process(self, ctx: BuildContext, work: Sequence[list[RawRef]]) -> list[IndexEntry]:
        """Process every batch; the index entries in batch order."""
        ...


class LocalRunner:
    """Stages as plain calls; batches on this machine's worker processes."""

    def stage(self, name: str, function: Callable[..., T], *args: object) -> T:
        """Call the stage function."""
        return function(*args)

    def process(self, ctx: BuildContext, work: Sequence[list[RawRef]]) -> list[IndexEntry]:
        """Every batch's index, from worker processes when it pays."""
        with BatchWorkers(ctx.settings, len(work)) as workers:
            return [entry for entries in workers.map(list(work)) for entry in entries]


def prepare(ctx: BuildContext, runner: StageRunner) -> BuildSummary | None:
    """Discover the raw files and fingerprint them; a no-work summary when nothing changed
    since the latest release (else None)."""
    ctx.discovery = runner.stage("discover", discover, ctx)
    ctx.digests = ctx.discovery.digests(ctx.settings.max_file_bytes)
    ctx.fingerprint = ctx.discovery.fingerprint_of(ctx.digests)
    return unchanged_summary(ctx.discovery, ctx.out_dir, ctx.fingerprint)


def make_dataset(ctx: BuildContext, runner: StageRunner, *, validating: bool = False) -> Dataset:
    """Process every raw file and assemble the tables (a large build that goes on to be
    ``validating`` starts its validation process first)."""
    open_store(ctx)
    index = ArticleIndex(runner.process(ctx, ctx.batches()))
    if validating and validates_apart(ctx):
        ctx.validation = ProcessAhead(preload_great_expectations)
    return runner.stage("assemble", assemble_dataset, ctx, index)


def validates_apart(ctx: BuildContext) -> bool:
    """Whether the build is large enough to validate in a process of its own."""
    return len(ctx.found().refs) >= OWN_PROCESS_FROM_ARTICLES


def release(ctx: BuildContext, dataset: Dataset, runner: StageRunner) -> BuildSummary:
    """Validate; publish when no critical expectation failed; remember the build."""
    report = runner.stage("validate", validate, ctx, dataset)
    published = (
        runner.stage("publish", publish_release, ctx, dataset, report) if report.success else None
    )
    changed = changed_during_build(dataset, ctx.digests)
    # A raw file that changed while the build read it must be read again next time: the
    # state is recorded only for a clean snapshot.
    if published is not None and ctx.fingerprint is not None and not changed:
        record_build(ctx.out_dir, ctx.fingerprint, published, dataset, ctx.settings)
    return BuildSummary(dataset, report, published, quarantined(dataset), changed=changed)


def run_build(ctx: BuildContext, runner: StageRunner | None = None) -> BuildSummary:
    """The whole build: every entry point (CLI, flow, tests) runs this sequence."""
    runner = runner or LocalRunner()
    with fewer_collections():
        skipped = prepare(ctx, runner)
        if skipped is not None:
            return skipped
        if not validates_apart(ctx):
            # Validation imports Great Expectations (3-6 s): begun now, the import overlaps
            # the processing, where this process mostly waits for its workers.
            threading.Thread(
                target=preload_great_expectations, name="gx-import", daemon=True
            ).start()
        try:
            return release(ctx, make_dataset(ctx, runner, validating=True), runner)
        finally:
            if ctx.validation is not None:
                ctx.validation.close()


def build(raw_dir: Path, out_dir: Path, settings: Settings | None = None) -> BuildSummary:
    """The whole pipeline without Prefect; no work at all when nothing changed."""
    return run_build(BuildContext.create(raw_dir, out_dir, settings))


def build_dataset(raw_dir: Path, settings: Settings) -> Dataset:
    """Discover, process and assemble (no release): for evaluation and tests."""
    ctx = BuildContext(raw_dir, raw_dir, replace(settings))
    ctx.discovery = discover(ctx)
    return make_dataset(ctx, LocalRunner())


def check_unchanged(raw_dir: Path, out_dir: Path, settings: Settings) -> BuildSummary | None:
    """A no-work summary when the raw files and code are those of the latest release (the
    CLI asks this before starting Prefect's API)."""
    return prepare(BuildContext.create(raw_dir, out_dir, settings), LocalRunner())
