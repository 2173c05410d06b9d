"""The ``dnnd`` command line: build the dataset, query a release.

Takes: command-line arguments. Gives: rich progress, a summary table, clear error
messages (never a traceback) and documented exit codes:
0 success, 1 release stopped by a failed critical check, 2 usage or input error,
3 internal error, 4 another build holds the output folder.
"""

from __future__ import annotations

import os
import sys
import traceback
from enum import StrEnum
from pathlib import Path
from typing import Annotated, NoReturn

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from dnnd_data import progress
from dnnd_data.lock import OutputLocked, output_lock
from dnnd_data.pipeline import BuildSummary
from dnnd_data.runner_spec import RunnerSpec, parse_runner
from dnnd_data.settings import Settings, configure_prefect_env
from dnnd_data.tables import TABLES

EXIT_OK, EXIT_RELEASE_STOPPED, EXIT_USAGE, EXIT_INTERNAL, EXIT_BUSY = 0, 1, 2, 3, 4
HTTP_OK = 200

app = typer.Typer(
    name="dnnd",
    help="dnnd-data: build and query the people's-diplomacy (đối ngoại nhân dân) dataset.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console()
err_console = Console(stderr=True, soft_wrap=True)


class Engine(StrEnum):
    """How the build runs."""

    PREFECT = "prefect"
    LOCAL = "local"


def fail(message: str, hint: str, code: int = EXIT_USAGE) -> NoReturn:
    """Print what was wrong and what to do, then exit."""
    err_console.print(f"[bold red]error:[/] {message}")
    err_console.print(f"[dim]what to do:[/] {hint}")
    raise typer.Exit(code)


class RichReporter:
    """Progress bars, one per stage."""

    def __init__(self, bars: Progress) -> None:
        self.bars = bars
        self.tasks: dict[str, TaskID] = {}

    def start(self, stage: str, total: int) -> None:
        """Add (or reset) a stage's bar."""
        if stage in self.tasks:
            self.bars.reset(self.tasks[stage], total=total)
        else:
            self.tasks[stage] = self.bars.add_task(stage, total=total)

    def advance(self, stage: str, amount: int = 1) -> None:
        """Move a stage's bar."""
        if stage in self.tasks:
            self.bars.advance(self.tasks[stage], amount)


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
    spec = _runner_or_fail(runner)
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
            f"[yellow]warning[/] {where}: {warning.unexpected_count} row(s): {sample}",
            highlight=False,
        )
    if summary.published is None:
        err_console.print("[bold red]release stopped:[/] critical expectations failed:")
        err_console.print(summary.report.summary())
        raise typer.Exit(EXIT_RELEASE_STOPPED)


def _runner_or_fail(text: str) -> RunnerSpec:
    try:
        return parse_runner(text)
    except ValueError as exc:
        fail(str(exc), "pass --runner processes, --runner dask or --runner dask=tcp://HOST:PORT")


def _run_build(raw: Path, out: Path, engine: Engine, runner: RunnerSpec) -> BuildSummary:
    if engine is Engine.LOCAL:
        from dnnd_data.pipeline import build as build_local  # noqa: PLC0415

        return build_local(raw.resolve(), out.resolve(), Settings.from_env())
    from dnnd_data import pipeline  # noqa: PLC0415

    # Nothing to orchestrate when nothing changed: answer before starting Prefect's API.
    discovery = pipeline.discover_raw(raw.resolve())
    _, skipped = pipeline.skip_if_unchanged(discovery, out.resolve(), Settings.from_env())
    if skipped is not None:
        return skipped
    configure_prefect_env(Path.cwd())
    from flows.build import build_flow  # noqa: PLC0415 - Prefect import is slow; build only
    from flows.warmup import start_api_while_importing_gx  # noqa: PLC0415

    start_api_while_importing_gx()

    state = build_flow(raw.resolve(), out.resolve(), runner=str(runner), return_state=True)
    # A stopped release is a Failed state that still carries the summary.
    result = state.result(raise_on_failure=False)
    if isinstance(result, BaseException):
        raise result
    if not isinstance(result, BuildSummary):
        raise TypeError(f"the build flow ended in {state.type.value} without a summary")
    return result


def _print_summary(summary: BuildSummary) -> None:
    from dnnd_data.summary import quarantine_lines, summary_rows  # noqa: PLC0415

    for line in quarantine_lines(summary):
        console.print(f"[yellow]quarantined[/] {line}", highlight=False)
    table = Table(title="dnnd build", show_header=False)
    for label, value in summary_rows(summary):
        table.add_row(label, value)
    console.print(table)


@app.command()
def serve(
    *,
    raw: Annotated[Path, typer.Option(help="Folder of raw articles.")] = Path("raw"),
    out: Annotated[Path, typer.Option(help="Output folder for releases.")] = Path("output"),
    cron: Annotated[
        str, typer.Option(help="Cron schedule; default from prefect.yaml (weekly).")
    ] = "",
    timezone: Annotated[
        str, typer.Option(help="IANA time zone of the schedule; default from prefect.yaml.")
    ] = "",
    name: Annotated[str, typer.Option(help="Deployment name; default from prefect.yaml.")] = "",
    runner: Annotated[str, typer.Option(help="As for `dnnd build --runner`.")] = "processes",
) -> None:
    """Register the build as a scheduled Prefect deployment and run it when due.

    Needs a Prefect server: PREFECT_API_URL, e.g. from `prefect server start`.
    Runs until interrupted (Ctrl-C).
    """
    from dnnd_data.deployment import check_schedule, load_defaults  # noqa: PLC0415

    defaults = load_defaults()
    cron, timezone = cron or defaults.cron, timezone or defaults.timezone
    problem = check_schedule(cron, timezone)
    if problem:
        fail(problem, "fix --cron / --timezone (or the schedule in prefect.yaml)")
    _runner_or_fail(runner)
    if not raw.is_dir():
        fail(f"raw folder '{raw}' does not exist or is not a folder", "pass --raw DIR")
    api_url = os.environ.get("PREFECT_API_URL", "")
    if not api_url:
        fail(
            "PREFECT_API_URL is not set: a schedule needs a running Prefect server",
            "start one with `prefect server start --host 127.0.0.1` and "
            "`export PREFECT_API_URL=http://127.0.0.1:4200/api` (or point it at your server)",
        )
    problem = _api_problem(api_url)
    if problem:
        fail(problem, "start the server (`prefect server start`) or fix PREFECT_API_URL")
    configure_prefect_env(Path.cwd())
    from flows.serve import serve_build  # noqa: PLC0415 - Prefect import is slow

    err_console.print(
        f"serving dnnd-build/{name or defaults.name}: cron {cron!r} in {timezone}, "
        f"raw {raw.resolve()}, out {out.resolve()} (Ctrl-C stops)"
    )
    try:
        serve_build(
            name=name or defaults.name,
            raw_dir=raw.resolve(),
            out_dir=out.resolve(),
            cron=cron,
            timezone=timezone,
            runner=runner,
            description=defaults.description,
            tags=defaults.tags,
        )
    except ValueError as exc:  # Prefect's own check of the schedule
        fail(f"Prefect refused the deployment: {exc}", "fix --cron / --timezone / --name")


def _api_problem(api_url: str) -> str | None:
    """Why the Prefect API at ``api_url`` cannot be used, or None when it answers."""
    import urllib.error  # noqa: PLC0415
    import urllib.request  # noqa: PLC0415

    health = api_url.rstrip("/") + "/health"
    if not health.startswith(("http://", "https://")):
        return f"PREFECT_API_URL={api_url!r} is not an http(s) address"
    try:
        with urllib.request.urlopen(health, timeout=10) as response:
            if response.status == HTTP_OK:
                return None
            return f"the Prefect API at {api_url} answered {response.status} to {health}"
    except (urllib.error.URLError, OSError) as exc:
        return f"no Prefect API answers at {api_url}: {exc}"


@app.command()
def query(
    sql: Annotated[str, typer.Argument(help='SQL to run, e.g. "select count(*) from articles".')],
    out: Annotated[Path, typer.Option(help="Output folder holding latest/.")] = Path("output"),
    max_rows: Annotated[int, typer.Option(help="Print at most this many rows.")] = 50,
) -> None:
    """Run read-only SQL against the latest release (DuckDB)."""
    import duckdb  # noqa: PLC0415

    if not sql.strip():
        fail("the query is empty", 'pass SQL, e.g. dnnd query "select count(*) from articles"')
    database = out / "latest" / "dnnd.duckdb"
    if not database.is_file():
        fail(
            f"no release found at '{out / 'latest'}'",
            "build one first with `make run` (or `dnnd build --out DIR`), or pass --out DIR",
        )
    try:
        con = duckdb.connect(str(database), read_only=True, config=CONFINED_QUERY_CONFIG)
    except duckdb.Error as exc:
        fail(
            f"cannot open {database}: {_one_line(exc)}",
            "check the file is a complete release (rebuild if not)",
        )
    try:
        cursor = con.execute(sql)
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1)
    except duckdb.Error as exc:
        fail(
            f"query failed: {_one_line(exc)}",
            "fix the SQL; queries read the release's tables only (no files, no extensions); "
            "tables: " + ", ".join(spec.name for spec in TABLES),
        )
    finally:
        con.close()
    _print_rows(columns, rows, max_rows)


# `dnnd query` reads the release and nothing else: no file readers or writers (COPY, EXPORT,
# read_csv, glob, ATTACH), no extension installs or loads, and the settings cannot be
# changed back from inside a query.
CONFINED_QUERY_CONFIG: dict[str, str | bool | int | float | list[str]] = {
    "enable_external_access": False,
    "autoinstall_known_extensions": False,
    "autoload_known_extensions": False,
    "lock_configuration": True,
}


def _one_line(exc: BaseException) -> str:
    """The first line of an error message (DuckDB adds context lines and carets)."""
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _print_rows(columns: list[str], rows: list[tuple[object, ...]], max_rows: int) -> None:
    table = Table(*columns)
    for row in rows[:max_rows]:
        table.add_row(*("NULL" if v is None else str(v) for v in row))
    console.print(table)
    if len(rows) > max_rows:
        console.print(f"[dim](more than {max_rows} rows; showing {max_rows})[/]")


@app.command()
def diff(
    version_a: Annotated[str, typer.Argument(help="Older release, e.g. 1.0.0.")],
    version_b: Annotated[str, typer.Argument(help="Newer release, e.g. 1.0.1 (or 'latest').")],
    out: Annotated[Path, typer.Option(help="Output folder holding releases/.")] = Path("output"),
) -> None:
    """Rows added, removed and modified (by stable id) between two releases."""
    from dnnd_data.changes import compare  # noqa: PLC0415

    folders = []
    for version in (version_a, version_b):
        folder = out / "latest" if version == "latest" else out / "releases" / version
        if not (folder / "manifest.json").is_file():
            fail(
                f"no release {version!r} in {out / 'releases'}", "list them in output/releases.json"
            )
        folders.append(folder.resolve())
    table = Table("table", "added", "removed", "modified", title=f"{version_a} → {version_b}")
    for change in compare(folders[0], folders[1]):
        table.add_row(
            change.table,
            str(change.counts["added"]),
            str(change.counts["removed"]),
            str(change.counts["modified"]),
        )
    console.print(table)


@app.command()
def download(
    version: Annotated[str, typer.Argument(help="Release version, or 'latest'.")] = "latest",
    base_url: Annotated[
        str, typer.Option(help="URL (http, https or file) of a served output/ folder.")
    ] = "",
    dest: Annotated[Path, typer.Option(help="Folder to put the release in.")] = Path(
        "dnnd-release"
    ),
) -> None:
    """Download a release, verifying every file's sha256 before it is put in place."""
    from dnnd_data.download import DownloadError  # noqa: PLC0415
    from dnnd_data.download import download as fetch_release  # noqa: PLC0415

    if not base_url:
        fail(
            "no --base-url given",
            "pass the address of a published output/ folder, e.g. --base-url https://host/dnnd",
        )
    bars = Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        console=console,
        disable=not console.is_terminal,
    )
    try:
        with bars:
            task = bars.add_task("download", total=None)
            result = fetch_release(
                base_url,
                version,
                dest,
                advance=lambda n: bars.advance(task, n),
                set_total=lambda n: bars.update(task, total=n),
            )
    except DownloadError as exc:
        fail(
            str(exc),
            "check --base-url and the version; a verified file is never replaced by a bad one",
        )
    console.print(
        f"release {result.version} in {dest}: {len(result.fetched)} file(s) downloaded, "
        f"{len(result.reused)} already verified"
    )


def main() -> None:
    """Entry point for ``python -m dnnd_data``."""
    sys.exit(app())


if __name__ == "__main__":
    main()
