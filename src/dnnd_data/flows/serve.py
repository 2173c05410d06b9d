"""Serve the build flow on a cron schedule against a running Prefect API.

``dnnd serve`` calls :func:`serve_build`; it blocks, running each scheduled (or manually
triggered) build in a subprocess until interrupted. Import after
``dnnd_data.settings.configure_prefect_env``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from prefect import Flow
from prefect.schedules import Cron

from dnnd_data.flows.build import build_flow
from dnnd_data.flows.fetch import fetch_and_build_flow


def serve_build(
    *,
    name: str,
    raw_dir: Path,
    out_dir: Path,
    cron: str,
    timezone: str,
    runner: str = "processes",
    description: str = "",
    tags: tuple[str, ...] = (),
    urls_file: Path | None = None,
) -> None:
    """Register deployment ``dnnd-build/<name>`` (``dnnd-fetch-and-build/<name>`` when a
    list of URLs is given: fetch first) with a cron schedule and serve it."""
    parameters = {"raw_dir": str(raw_dir), "out_dir": str(out_dir), "runner": runner}
    served: Flow[..., Any] = build_flow
    if urls_file is not None:
        served, parameters = fetch_and_build_flow, {**parameters, "urls_file": str(urls_file)}
    served.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters=parameters,
        description=description,
        tags=list(tags),
        print_starting_message=True,
        # One build at a time: a slow run and the next schedule must not race for output/.
        limit=1,
    )
