"""Where a build's batches run: ``processes`` (worker processes on this machine, the
default) or ``dask[=ADDRESS]`` (a Dask cluster via prefect-dask: a LocalCluster with one
worker process per core, or the scheduler at ADDRESS).

Takes: the ``--runner`` text. Gives: a :class:`RunnerSpec`, or a ValueError saying what
is accepted. Pure: building the Dask task runner is the flow's job.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

RunnerKind = Literal["processes", "dask"]


@dataclass(frozen=True)
class RunnerSpec:
    """A parsed ``--runner`` value."""

    kind: RunnerKind
    address: str | None = None

    def __str__(self) -> str:
        return f"{self.kind}={self.address}" if self.address else self.kind


def parse_runner(text: str) -> RunnerSpec:
    """``processes``, ``dask`` or ``dask=ADDRESS`` (e.g. ``dask=tcp://10.0.0.5:8786``)."""
    kind, _, address = text.strip().partition("=")
    if kind == "processes" and not address:
        return RunnerSpec("processes")
    if kind == "dask":
        if _ and not address:
            raise ValueError("'dask=' needs a scheduler address, e.g. dask=tcp://host:8786")
        return RunnerSpec("dask", address or None)
    raise ValueError(
        f"unknown runner {text!r}: use 'processes', 'dask' (a local Dask cluster) "
        "or 'dask=ADDRESS' (an existing Dask scheduler, e.g. dask=tcp://host:8786)"
    )
