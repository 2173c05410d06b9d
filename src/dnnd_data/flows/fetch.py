"""Fetch then build, as one Prefect flow: a schedule keeps raw/ fed from a list of URLs
and publishes a release when the pages changed. Import after
``dnnd_data.settings.configure_prefect_env``.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from prefect import flow, task
from prefect.cache_policies import NONE
from prefect.client.schemas.objects import State

from dnnd_data.flows.build import build_flow
from dnnd_data.ingest.fetch import fetch_listed
from dnnd_data.pipeline.summary import BuildSummary


@task(name="fetch", cache_policy=NONE)
def fetch_task(urls_file: Path, raw_dir: Path) -> dict[str, int]:
    """Fetch the listed pages into ``raw_dir``; the counts of each outcome."""
    results = fetch_listed(Path(urls_file), Path(raw_dir))
    for result in results:
        if result.detail and result.outcome.value == "failed":
            print(f"failed {result.url}: {result.detail}")
    return dict(Counter(r.outcome.value for r in results))


@flow(name="dnnd-fetch-and-build", log_prints=True)
def fetch_and_build_flow(
    urls_file: Path, raw_dir: Path, out_dir: Path, runner: str = "processes"
) -> BuildSummary | State:
    """Fetch the pages ``urls_file`` lists into ``raw_dir`` (pages that fail are reported;
    the build goes on with what raw/ holds), then build and publish into ``out_dir``."""
    counts = fetch_task(Path(urls_file), Path(raw_dir))
    print(f"fetch: {counts}")
    return build_flow(Path(raw_dir), Path(out_dir), runner=runner)
