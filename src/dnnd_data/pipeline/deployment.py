"""The scheduled deployment's defaults, read from the project's ``prefect.yaml``.

Takes: ``prefect.yaml`` (the one place the deployment is described, also used by
``prefect deploy``). Gives: a validated :class:`DeploymentDefaults` for ``dnnd serve``,
and :func:`check_schedule` for user-supplied cron text and time zones.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import yaml
from pydantic import BaseModel, ConfigDict

from dnnd_data.settings import PROJECT_ROOT

# The wheel carries a copy of prefect.yaml inside the package (see pyproject.toml); a
# checkout reads the project's own.
PACKAGED_PREFECT_YAML = Path(__file__).resolve().parents[1] / "flows" / "prefect.yaml"
PREFECT_YAML = (
    PACKAGED_PREFECT_YAML if PACKAGED_PREFECT_YAML.is_file() else PROJECT_ROOT / "prefect.yaml"
)
_CRON_FIELDS = 5
_CRON_CHARS = frozenset("0123456789*/,-?LW#ABCDEFGHIJKLMNOPQRSTUVWXYZ")


class DeploymentDefaults(BaseModel):
    """What ``dnnd serve`` registers unless told otherwise, and the `prefect deploy` pool."""

    model_config = ConfigDict(frozen=True)

    name: str
    entrypoint: str
    description: str
    tags: tuple[str, ...]
    cron: str
    timezone: str
    parameters: dict[str, Any]
    work_pool: str


def load_defaults(path: Path = PREFECT_YAML) -> DeploymentDefaults:
    """The first deployment of ``prefect.yaml`` and its first schedule."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    deployment = document["deployments"][0]
    schedule = deployment["schedules"][0]
    return DeploymentDefaults(
        name=deployment["name"],
        entrypoint=deployment["entrypoint"],
        description=deployment.get("description", ""),
        tags=tuple(deployment.get("tags", ())),
        cron=schedule["cron"],
        timezone=schedule["timezone"],
        parameters=deployment.get("parameters", {}),
        work_pool=deployment["work_pool"]["name"],
    )


def check_schedule(cron: str, timezone: str) -> str | None:
    """What is wrong with a cron text and time zone, or None when both are usable."""
    fields = cron.upper().split()
    if len(fields) != _CRON_FIELDS or any(set(f) - _CRON_CHARS for f in fields):
        return (
            f"cron {cron!r} is not five fields (minute hour day-of-month month "
            "day-of-week) of numbers, names and '*/,-', e.g. '0 6 * * 1' or '0 6 * * MON'"
        )
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        return f"time zone {timezone!r} is unknown; use an IANA name such as Asia/Ho_Chi_Minh"
    return None
