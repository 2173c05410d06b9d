"""The real Prefect flow, against a temporary local Prefect API."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dnnd_data.pipeline.summary import BuildSummary
from tests.conftest import RAW_DIR

pytestmark = pytest.mark.prefect


@pytest.mark.usefixtures("prefect_api")
def test_flow_builds_the_same_release_as_the_library(
    tmp_path: Path, seed_build: BuildSummary
) -> None:
    from prefect.client.orchestration import get_client  # noqa: PLC0415

    from dnnd_data.flows.build import build_flow  # noqa: PLC0415

    state = build_flow(RAW_DIR, tmp_path / "out", batch_size=2, return_state=True)
    assert state.is_completed()
    summary: BuildSummary = state.result()
    assert summary.published is not None and seed_build.published is not None
    assert summary.dataset.count("articles") == 5
    for table in ("articles", "boilerplate_lines", "quarantine"):
        ours = (summary.published.path / f"{table}.parquet").read_bytes()
        theirs = (seed_build.published.path / f"{table}.parquet").read_bytes()
        assert hashlib.sha256(ours).digest() == hashlib.sha256(theirs).digest()

    async def artifacts() -> list[str]:
        async with get_client() as client:
            found = await client.read_artifacts()
            return [a.key for a in found if a.key]

    import asyncio  # noqa: PLC0415

    assert "dnnd-build-summary" in asyncio.run(artifacts())


@pytest.mark.usefixtures("prefect_api")
def test_stopped_release_is_a_failed_flow_run_that_carries_the_summary(tmp_path: Path) -> None:
    """A scheduled run that publishes nothing must look failed in Prefect."""
    from dnnd_data.flows.build import build_flow  # noqa: PLC0415

    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "empty.txt").write_bytes(b"")  # quarantined: no articles at all
    state = build_flow(raw, tmp_path / "out", return_state=True)
    assert state.is_failed()
    assert "release stopped" in (state.message or "")
    summary = state.result(raise_on_failure=False)
    assert isinstance(summary, BuildSummary)
    assert summary.published is None and summary.report.critical_failures
    assert not (tmp_path / "out" / "latest").exists()
