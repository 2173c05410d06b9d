"""Where batches run: `--runner processes` (default) and `--runner dask` give the same
release, byte for byte; bad runner values get a clear message."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dnnd_data.pipeline.runners import RunnerSpec, parse_runner
from dnnd_data.pipeline.summary import BuildSummary

BIN = Path(sys.executable).parent


@pytest.mark.parametrize(
    ("text", "spec"),
    [
        ("processes", RunnerSpec("processes")),
        ("dask", RunnerSpec("dask")),
        ("dask=tcp://10.0.0.5:8786", RunnerSpec("dask", "tcp://10.0.0.5:8786")),
    ],
)
def test_runner_values(text: str, spec: RunnerSpec) -> None:
    assert parse_runner(text) == spec
    assert str(spec) == text


@pytest.mark.parametrize("text", ["threads", "dask=", "processes=4", ""])
def test_unknown_runner_is_refused_with_the_choices(text: str) -> None:
    with pytest.raises(ValueError, match="dask"):
        parse_runner(text)


def _dnnd(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}
    return subprocess.run(
        [str(BIN / "dnnd"), *args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


@pytest.mark.prefect
def test_dask_runner_publishes_the_same_tables(tmp_path: Path, seed_build: BuildSummary) -> None:
    """A LocalCluster of worker processes, each talking to the build's temporary API."""
    raw = tmp_path / "raw"
    raw.mkdir()
    for seed in (Path(__file__).parents[2] / "raw").glob("*.txt"):
        (raw / seed.name).write_bytes(seed.read_bytes())
    done = _dnnd("build", "--raw", "raw", "--out", "out", "--runner", "dask", cwd=tmp_path)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert seed_build.published is not None
    theirs = sorted(seed_build.published.path.glob("*.parquet"))
    assert theirs
    for table in theirs:
        assert (tmp_path / "out" / "latest" / table.name).read_bytes() == table.read_bytes()


def test_dask_runner_needs_the_prefect_engine(tmp_path: Path) -> None:
    done = _dnnd("build", "--engine", "local", "--runner", "dask", cwd=tmp_path)
    assert done.returncode == 2
    assert "needs the Prefect engine" in done.stderr and "Traceback" not in done.stderr


def test_bad_runner_says_what_to_do(tmp_path: Path) -> None:
    done = _dnnd("build", "--runner", "spark", cwd=tmp_path)
    assert done.returncode == 2
    assert "unknown runner 'spark'" in done.stderr and "what to do" in done.stderr
