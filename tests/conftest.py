"""Shared fixtures: seed articles, a release built once per session, Prefect's test API."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import PROJECT_ROOT, Settings, configure_prefect_env

RAW_DIR = PROJECT_ROOT / "raw"
SEED_NAMES = sorted(p.name for p in RAW_DIR.glob("*.txt"))


def assert_same_parquet(ours: BuildSummary, theirs: BuildSummary) -> None:
    """Both builds published every table's Parquet file with the same bytes."""
    assert ours.published is not None and theirs.published is not None
    for spec in TABLES:
        name = f"{spec.name}.parquet"
        assert (ours.published.path / name).read_bytes() == (
            theirs.published.path / name
        ).read_bytes(), name


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden",
        action="store_true",
        help="rewrite tests/golden expected files from current output (review the diff!)",
    )


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture
def seed_raw(tmp_path: Path) -> Path:
    """A private copy of raw/ that a test may add files to."""
    target = tmp_path / "raw"
    shutil.copytree(RAW_DIR, target)
    return target


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory: pytest.TempPathFactory) -> BuildSummary:
    """The seeds built once, in-process, without Prefect."""
    out = tmp_path_factory.mktemp("seed-build") / "output"
    return build(RAW_DIR, out, Settings())


@pytest.fixture(scope="session")
def prefect_api(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """A real temporary Prefect API for the session."""
    configure_prefect_env(tmp_path_factory.mktemp("prefect-home"))
    from prefect.testing.utilities import prefect_test_harness  # noqa: PLC0415

    with prefect_test_harness(server_startup_timeout=180):
        yield
