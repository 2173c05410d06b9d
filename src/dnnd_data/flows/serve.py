"""Serve the build flow on a cron schedule against a running Prefect API.

``dnnd serve`` calls :func:`serve_build`; it blocks, running each scheduled (or manually
triggered) build in a subprocess until interrupted. Import after
``dnnd_data.settings.configure_prefect_env``.
"""

from __future__ import annotations

from pathlib import Path

from prefect.schedules import Cron

from dnnd_data.flows.build import build_flow


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
) -> None:
    """Register deployment ``dnnd-build/<name>`` with a cron schedule and serve it."""
    build_flow.serve(
        name=name,
        schedules=[Cron(cron, timezone=timezone)],
        parameters={"raw_dir": str(raw_dir), "out_dir": str(out_dir), "runner": runner},
        description=description,
        tags=list(tags),
        print_starting_message=True,
        # One build at a time: a slow run and the next schedule must not race for output/.
        limit=1,
    )
