"""`dnnd build`: run the build (Prefect flow or plain sequence) and print its summary."""

from __future__ import annotations

import traceback
from pathlib import Path
from typing import Annotated

import typer
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from dnnd_data import progress
from dnnd_data.cli.app import (
    EXIT_BUSY,
    EXIT_INTERNAL,
    EXIT_RELEASE_STOPPED,
    Engine,
    RichReporter,
    app,
    console,
    err_console,
    fail,
    safe,
)
from dnnd_data.pipeline import build as pipeline_build
from dnnd_data.pipeline.helpers import stop_orphaned_helpers
from dnnd_data.pipeline.runners import RunnerSpec, parse_runner
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.release.lock import OutputLocked, output_lock
from dnnd_data.settings import Settings, configure_prefect_env


@app.command()
def build(
    raw: Annotated[Path, typer.Option(help="Folder of raw articles (read recursively).")] = Path(
        "raw"
    ),
    out: Annotated[Path, typer.Option(help="Output folder: releases/ and latest/ go here.")] = Path(
        "output"
    ),
    engine: Annotated[
        Engine, typer.Option(help="prefect: run as a Prefect flow; local: plain Python.")
    ] = Engine.PREFECT,
    runner: Annotated[
        str,
        typer.Option(
            help="Where batches run (prefect engine): 'processes' (this machine's cores), "
            "'dask' (a local Dask cluster) or 'dask=ADDRESS' (an existing Dask scheduler)."
        ),
    ] = "processes",
    debug: Annotated[bool, typer.Option(help="Show tracebacks of internal errors.")] = False,
) -> None:
    """Build the dataset from RAW and publish a release into OUT."""
    spec = runner_or_fail(runner)
    if spec.kind == "dask" and engine is Engine.LOCAL:
        fail(
            "--runner dask needs the Prefect engine (prefect-dask runs Prefect tasks)",
            "drop --engine local, or drop --runner dask",
        )
    if not raw.is_dir():
        fail(
            f"raw folder '{raw}' does not exist or is not a folder",
            "pass --raw DIR pointing at a folder of article files (e.g. --raw raw)",
        )
    if out.exists() and not out.is_dir():
        fail(f"output '{out}' exists and is not a folder", "pass --out DIR naming a folder")
    bars = Progress(
        TextColumn("{task.description:<20}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    try:
        with output_lock(out), bars, progress.reporting_to(RichReporter(bars)):
            summary = _run_build(raw, out, engine, spec)
    except OutputLocked as exc:
        fail(
            str(exc),
            "wait for it to finish (the lock goes when it exits) or use another --out",
            EXIT_BUSY,
        )
    except Exception as exc:  # the user gets a message, not a traceback
        if debug:
            traceback.print_exc()
        fail(
            f"the build stopped unexpectedly: {type(exc).__name__}: {exc}",
            "re-run with --debug and report the traceback; nothing was published",
            EXIT_INTERNAL,
        )
    _print_summary(summary)
    for warning in summary.report.warnings:
        where = f"{warning.table}.{warning.column}" if warning.column else warning.table
        sample = "; ".join(warning.unexpected_sample[:2])
        console.print(
            f"[yellow]warning[/] {where}: {warning.unexpected_count} row(s): {safe(sample)}",
            highlight=False,
        )
    if summary.published is None:
        err_console.print("[bold red]release stopped:[/] critical expectations failed:")
        err_console.print(safe(summary.report.summary()))
        raise typer.Exit(EXIT_RELEASE_STOPPED)


def runner_or_fail(text: str) -> RunnerSpec:
    """The parsed ``--runner``, or a usage error."""
    try:
        return parse_runner(text)
    except ValueError as exc:
        fail(str(exc), "pass --runner processes, --runner dask or --runner dask=tcp://HOST:PORT")


def _run_build(raw: Path, out: Path, engine: Engine, runner: RunnerSpec) -> BuildSummary:
    """The library's sequence in this process, or the Prefect flow that runs the same."""
    settings = Settings.from_env()
    # A build killed with kill -9 leaves Prefect's temporary API running: stop it.
    stop_orphaned_helpers(out.resolve())
    if engine is Engine.LOCAL:
        return pipeline_build.build(raw.resolve(), out.resolve(), settings)
    # Nothing to orchestrate when nothing changed: answer before starting Prefect's API.
    skipped = pipeline_build.check_unchanged(raw.resolve(), out.resolve(), settings)
    if skipped is not None:
        return skipped
    configure_prefect_env(Path.cwd())
    # Prefect's imports are slow: the build's only. Its temporary API starts first, then
    # this process imports the flow engine and Great Expectations while it starts.
    from dnnd_data.flows.api import startup_timeout, temporary_api, using  # noqa: PLC0415

    with temporary_api(out.resolve()) as api:
        from dnnd_data.flows.build import build_flow  # noqa: PLC0415
        from dnnd_data.flows.warmup import import_while_api_starts  # noqa: PLC0415

        import_while_api_starts()
        if api is not None:
            api.wait_ready(startup_timeout())
        with using(api):
            state = build_flow(raw.resolve(), out.resolve(), runner=str(runner), return_state=True)
    # A stopped release is a Failed state that still carries the summary.
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    if not isinstance(result, BuildSummary):
        raise TypeError(f"the build flow ended in {state.type.value} without a summary")
    return result


def _print_summary(summary: BuildSummary) -> None:
    from dnnd_data.pipeline.summary import quarantine_lines, summary_rows  # noqa: PLC0415

    for line in quarantine_lines(summary):
        console.print(f"[yellow]quarantined[/] {safe(line)}", highlight=False)
    for path in summary.changed:
        console.print(
            f"[yellow]changed during the build[/] {safe(path)}: the next build reads it again",
            highlight=False,
        )
    table = Table(title="dnnd build", show_header=False)
    for label, value in summary_rows(summary):
        table.add_row(safe(label), safe(value))
    console.print(table)
