"""`dnnd serve`: serve the build flow on a schedule against a running Prefect API."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from dnnd_data.cli.app import HTTP_OK, app, err_console, fail
from dnnd_data.cli.build import runner_or_fail
from dnnd_data.settings import configure_prefect_env


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
    urls: Annotated[
        Path | None,
        typer.Option(help="A list of URLs to fetch into RAW before each build (`dnnd fetch`)."),
    ] = None,
) -> None:
    """Register the build as a scheduled Prefect deployment and run it when due.

    Needs a Prefect server: PREFECT_API_URL, e.g. from `prefect server start`.
    Runs until interrupted (Ctrl-C).
    """
    from dnnd_data.pipeline.deployment import check_schedule, load_defaults  # noqa: PLC0415

    defaults = load_defaults()
    cron, timezone = cron or defaults.cron, timezone or defaults.timezone
    problem = check_schedule(cron, timezone)
    if problem:
        fail(problem, "fix --cron / --timezone (or the schedule in prefect.yaml)")
    runner_or_fail(runner)
    if urls is not None and not urls.is_file():
        fail(f"URL list '{urls}' is not a file", "pass --urls FILE (one URL a line, or CSV)")
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
    from dnnd_data.flows.serve import serve_build  # noqa: PLC0415 - Prefect import is slow

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
            urls_file=urls.resolve() if urls else None,
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
