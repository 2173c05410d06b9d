"""The build flow: the library's build sequence with each stage a Prefect task.

:func:`dnnd_data.pipeline.build.run_build` decides the order; this module only says how a
stage runs (a task with retries where I/O can hiccup, batches as mapped tasks on this
machine's worker processes or on Dask) and adds the run summary artifact and the Failed
state of a stopped release. Import after ``dnnd_data.settings.configure_prefect_env``.
"""

from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any, TypeVar, cast

from prefect import Task, flow, task, unmapped
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State
from prefect.states import Failed
from prefect.task_runners import TaskRunner
from prefect.utilities.annotations import quote

from dnnd_data.assemble.index import IndexEntry
from dnnd_data.ingest.read import RawRef
from dnnd_data.pipeline.build import BuildContext, run_build
from dnnd_data.pipeline.process import process_and_index
from dnnd_data.pipeline.runners import RunnerSpec, parse_runner
from dnnd_data.pipeline.summary import BuildSummary, summary_markdown
from dnnd_data.pipeline.workers import BatchWorkers
from dnnd_data.settings import Settings

T = TypeVar("T")

# Retries where a stage touches the file system (a failed publish leaves nothing behind).
RETRIES = {"discover": 2, "publish": 2}


def opaque(value: T) -> T:
    """``value`` wrapped in Prefect's ``quote``: passed to the task as is, never walked
    in search of futures (measured: 120 of 209 s at 10k articles went to that walk)."""
    return cast(T, quote(value))


@task(name="stage", cache_policy=NONE)
def stage_task(function: Callable[..., Any], *args: Any) -> Any:
    """One stage of the build sequence (renamed per stage by :class:`PrefectRunner`)."""
    return function(*args)


@task(name="process-batch", retries=1, retry_delay_seconds=1, cache_policy=NONE)
def process_batch_task(
    refs: list[RawRef], settings: Settings, workers: BatchWorkers | None = None
) -> list[IndexEntry]:
    """Read, normalize, clean and extract one batch of articles: on this machine's worker
    processes when given, else where the task runs (a Dask worker). The outcomes go to
    the outcome store; the task returns their small index."""
    if workers is not None:
        return workers.run(refs)
    return process_and_index(refs, settings)


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


class PrefectRunner:
    """Each stage a Prefect task; batches mapped over worker processes or Dask."""

    def __init__(self, spec: RunnerSpec) -> None:
        self.spec = spec

    def stage(self, name: str, function: Callable[..., T], *args: object) -> T:
        """Run a stage function as the task ``name`` (arguments passed opaque)."""
        named: Task[..., Any] = stage_task.with_options(
            name=name, retries=RETRIES.get(name, 0), retry_delay_seconds=1
        )
        return cast(T, named(function, *(opaque(a) for a in args)))

    def process(self, ctx: BuildContext, work: Sequence[list[RawRef]]) -> list[IndexEntry]:
        """Every batch as a mapped task."""
        batches = list(work)
        if self.spec.kind == "dask":
            runner = dask_task_runner(self.spec, ctx.settings)
            return process_on_dask.with_options(task_runner=runner)(batches, ctx.settings)
        with BatchWorkers(ctx.settings, len(batches)) as workers:
            futures = process_batch_task.map(
                batches, settings=unmapped(ctx.settings), workers=unmapped(workers)
            )
            return [entry for future in futures for entry in future.result()]


@flow(name="dnnd-build", log_prints=True)
def build_flow(
    raw_dir: Path, out_dir: Path, batch_size: int | None = None, runner: str = "processes"
) -> BuildSummary | State:
    """Build the dataset from ``raw_dir`` and publish a release into ``out_dir``; batches
    run on ``runner``: ``processes`` (this machine's cores), ``dask`` or ``dask=ADDRESS``."""
    spec = parse_runner(runner)
    ctx = BuildContext.create(Path(raw_dir), Path(out_dir))
    if batch_size:
        ctx.settings = replace(ctx.settings, batch_size=batch_size)
    summary = run_build(ctx, PrefectRunner(spec))
    create_markdown_artifact(markdown=summary_markdown(summary), key="dnnd-build-summary")
    if summary.published is None and summary.unchanged_since is None:
        # A scheduled run that published nothing must show as failed in Prefect (and its
        # notifications); the summary rides along for the CLI.
        failed = len(summary.report.critical_failures)
        return Failed(
            message=f"release stopped: {failed} critical expectation(s) failed; "
            "see the dnnd-build-summary artifact",
            data=summary,
        )
    return summary
