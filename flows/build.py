"""The build flow: discover → process batches (mapped tasks) → assemble → validate → publish.

Each task calls one public function of ``dnnd_data``; retries on I/O and the run summary
artifact live here, nowhere else. Import after ``dnnd_data.settings.configure_prefect_env``.
"""

from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import flow, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State
from prefect.states import Failed
from prefect.task_runners import TaskRunner
from prefect.utilities.annotations import quote

from dnnd_data import pipeline, progress
from dnnd_data.ingest import RawRef
from dnnd_data.pipeline import (
    ArticleIndex,
    BatchWorkers,
    BuildSummary,
    Dataset,
    Discovery,
    IndexEntry,
)
from dnnd_data.publish import PublishResult, publish
from dnnd_data.runner_spec import RunnerSpec, parse_runner
from dnnd_data.settings import Settings
from dnnd_data.summary import summary_markdown
from dnnd_data.table_store import TableStore
from dnnd_data.validate import ValidationReport, validate_dataset

T = TypeVar("T")


def opaque(value: T) -> T:
    """``value`` wrapped in Prefect's ``quote``: passed to the task as is, never walked
    in search of futures (typed as the value: the task receives it unwrapped)."""
    return cast(T, quote(value))


@task(name="discover", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def discover_task(raw_dir: Path) -> Discovery:
    """List the raw folder (retried: file systems hiccup)."""
    return pipeline.discover_raw(raw_dir)


@task(name="process-batch", retries=1, retry_delay_seconds=1, cache_policy=NONE)
def process_batch_task(
    refs: list[RawRef], settings: Settings, workers: BatchWorkers | None = None
) -> list[IndexEntry]:
    """Read, normalize, clean and extract one batch of articles: on this machine's worker
    processes when given, else where the task runs (a Dask worker). The outcomes go to
    the outcome store; the task returns their small index."""
    if workers is not None:
        return workers.run(refs)
    return pipeline.process_and_index(refs, settings)


@flow(name="dnnd-process-on-dask")
def process_on_dask(batches: list[list[RawRef]], settings: Settings) -> list[IndexEntry]:
    """The batches as tasks of a Dask cluster (this subflow's task runner)."""
    futures = process_batch_task.map(batches, settings=unmapped(settings))
    return [entry for future in futures for entry in future.result()]


def dask_task_runner(spec: RunnerSpec, settings: Settings) -> TaskRunner[Any]:
    """prefect-dask's runner: the scheduler at the spec's address, or a LocalCluster with
    one single-threaded worker process per core (regex work holds the GIL)."""
    from prefect_dask.task_runners import DaskTaskRunner  # noqa: PLC0415 - slow import

    if spec.address:
        return DaskTaskRunner(address=spec.address)
    cluster = {
        "n_workers": settings.workers,
        "threads_per_worker": 1,
        "processes": True,
        "dashboard_address": None,
    }
    return DaskTaskRunner(cluster_kwargs=cluster)


@task(name="assemble", cache_policy=NONE)
def assemble_task(
    discovery: Discovery, index: ArticleIndex, settings: Settings, store: TableStore
) -> Dataset:
    """Merge batches, set aside duplicates and near-duplicates, merge extractions."""
    return pipeline.assemble(discovery, index, settings, store)


@task(name="validate", cache_policy=NONE)
def validate_task(dataset: Dataset) -> ValidationReport:
    """Great Expectations suites for every table."""
    return validate_dataset(pipeline.built(dataset), dataset.raw_paths)


@task(name="publish", retries=2, retry_delay_seconds=1, cache_policy=NONE)
def publish_task(
    dataset: Dataset, report: ValidationReport, out_dir: Path, fingerprint: str
) -> PublishResult:
    """Atomic release write (retried: a failed attempt leaves nothing behind)."""
    return publish(pipeline.built(dataset), report, out_dir, input_fingerprint=fingerprint)


@flow(name="dnnd-build", log_prints=True)
def build_flow(
    raw_dir: Path, out_dir: Path, batch_size: int | None = None, runner: str = "processes"
) -> BuildSummary | State:
    """Build the dataset from ``raw_dir`` and publish a release into ``out_dir``; batches
    run on ``runner``: ``processes`` (this machine's cores), ``dask`` or ``dask=ADDRESS``."""
    spec = parse_runner(runner)
    settings = Settings.from_env().with_cache_in(out_dir)
    if batch_size:
        settings = replace(settings, batch_size=batch_size)
    discovery = discover_task(raw_dir)
    fingerprint, skipped = pipeline.skip_if_unchanged(discovery, out_dir, settings)
    if skipped is not None:
        create_markdown_artifact(markdown=summary_markdown(skipped), key="dnnd-build-summary")
        return skipped
    progress.start(pipeline.STAGE_PROCESS, len(discovery.refs))
    store = TableStore(settings.work_dir)
    settings = pipeline.with_outcome_store(settings, store)
    batches = pipeline.batches(discovery.refs, settings.batch_size)
    if spec.kind == "dask":
        task_runner = dask_task_runner(spec, settings)
        index = ArticleIndex(
            process_on_dask.with_options(task_runner=task_runner)(batches, settings)
        )
    else:
        with BatchWorkers(settings, len(batches)) as workers:
            futures = process_batch_task.map(
                batches, settings=unmapped(settings), workers=unmapped(workers)
            )
            index = ArticleIndex([entry for future in futures for entry in future.result()])
            # The futures hold their results: let the entries go with the index.
            del futures
    # opaque(): Prefect would otherwise walk every record of these to look for futures
    # (measured: 120 of 209 s at 10k articles).
    dataset = assemble_task(opaque(discovery), opaque(index), settings, opaque(store))
    report = validate_task(opaque(dataset))
    published = (
        publish_task(opaque(dataset), opaque(report), out_dir, fingerprint)
        if report.success
        else None
    )
    summary = BuildSummary(dataset, report, published, pipeline.quarantined(dataset))
    if published is not None:
        pipeline.record_build(out_dir, fingerprint, published, dataset, settings)
    create_markdown_artifact(markdown=summary_markdown(summary), key="dnnd-build-summary")
    if published is None:
        # A scheduled run that published nothing must show as failed in Prefect (and its
        # notifications); the summary rides along for the CLI.
        failed = len(report.critical_failures)
        return Failed(
            message=f"release stopped: {failed} critical expectation(s) failed; "
            "see the dnnd-build-summary artifact",
            data=summary,
        )
    return summary
