"""The build flow: discover → process batches (mapped tasks) → assemble → validate → publish.

Each task calls one public function of ``dnnd_data``; retries on I/O and the run summary
artifact live here, nowhere else. Import after ``dnnd_data.settings.configure_prefect_env``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from prefect import flow, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE

from dnnd_data import pipeline, progress
from dnnd_data.articles import ArticleOutcome
from dnnd_data.ingest import RawRef
from dnnd_data.pipeline import BuildSummary, Dataset, Discovery
from dnnd_data.publish import PublishResult, publish
from dnnd_data.settings import Settings
from dnnd_data.summary import summary_markdown
from dnnd_data.validate import ValidationReport, validate_dataset


@task(name="discover", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def discover_task(raw_dir: Path) -> Discovery:
    """List the raw folder (retried: file systems hiccup)."""
    return pipeline.discover_raw(raw_dir)


@task(name="ingest-normalize-batch", retries=1, retry_delay_seconds=1, cache_policy=NONE)
def process_batch_task(refs: list[RawRef], settings: Settings) -> list[ArticleOutcome]:
    """Read, normalize and clean one batch of articles."""
    return pipeline.process_batch(refs, settings)


@task(name="assemble", cache_policy=NONE)
def assemble_task(
    discovery: Discovery, outcomes: list[list[ArticleOutcome]], settings: Settings
) -> Dataset:
    """Merge batches, set aside duplicates and near-duplicates, merge extractions."""
    merged = [o for batch in outcomes for o in batch]
    return pipeline.assemble(discovery, merged, settings.near_duplicate_threshold)


@task(name="validate", cache_policy=NONE)
def validate_task(dataset: Dataset) -> ValidationReport:
    """Great Expectations suites for every table."""
    return validate_dataset(dataset.tables, dataset.raw_paths)


@task(name="publish", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def publish_task(
    dataset: Dataset, report: ValidationReport, out_dir: Path, fingerprint: str
) -> PublishResult:
    """Atomic release write (retried: a failed attempt leaves nothing behind)."""
    return publish(dataset.tables, report, out_dir, input_fingerprint=fingerprint)


@flow(name="dnnd-build", log_prints=True)
def build_flow(raw_dir: Path, out_dir: Path, batch_size: int | None = None) -> BuildSummary:
    """Build the dataset from ``raw_dir`` and publish a release into ``out_dir``."""
    settings = Settings.from_env()
    if batch_size:
        settings = replace(settings, batch_size=batch_size)
    discovery = discover_task(raw_dir)
    fingerprint, skipped = pipeline.skip_if_unchanged(discovery, out_dir, settings)
    if skipped is not None:
        create_markdown_artifact(markdown=summary_markdown(skipped), key="dnnd-build-summary")
        return skipped
    progress.start(pipeline.STAGE_PROCESS, len(discovery.refs))
    batches = pipeline.batches(discovery.refs, settings.batch_size)
    futures = process_batch_task.map(batches, settings=unmapped(settings))
    dataset = assemble_task(discovery, [f.result() for f in futures], settings)
    report = validate_task(dataset)
    published = publish_task(dataset, report, out_dir, fingerprint) if report.success else None
    summary = BuildSummary(dataset, report, published, pipeline.quarantined(dataset))
    if published is not None:
        pipeline.record_build(out_dir, fingerprint, published)
    create_markdown_artifact(markdown=summary_markdown(summary), key="dnnd-build-summary")
    return summary
