"""`dnnd query` stays inside the release: each escape a hostile user tried is refused with
one line and exit code 2, and the published files are unchanged afterwards."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from typer.testing import CliRunner

from dnnd_data.checksums import sha256_file
from dnnd_data.cli.app import app
from dnnd_data.pipeline.summary import BuildSummary

runner = CliRunner()

ESCAPES = [
    "COPY articles TO '{out}/latest/events.parquet' (FORMAT parquet)",
    "COPY (select 1) TO '{tmp}/written.csv'",
    "EXPORT DATABASE '{tmp}/exported'",
    "select * from read_csv('/etc/passwd')",
    "select * from read_text('/etc/passwd')",
    "select * from read_blob('/proc/self/environ')",
    "select * from glob('/**')",
    "select * from read_parquet('{out}/latest/articles.parquet')",
    "ATTACH '{tmp}/other.duckdb' AS other",
    "INSTALL httpfs",
    "LOAD httpfs",
    "SET enable_external_access = true",
    "SET lock_configuration = false",
]


def _out(summary: BuildSummary) -> Path:
    assert summary.published is not None
    return summary.published.path.parent.parent


@pytest.mark.parametrize("sql", ESCAPES)
def test_escape_is_refused(seed_build: BuildSummary, tmp_path: Path, sql: str) -> None:
    out = _out(seed_build)
    published = sorted((out / "latest").glob("*.parquet"))
    before = {p.name: sha256_file(p) for p in published}
    result = runner.invoke(app, ["query", sql.format(out=out, tmp=tmp_path), "--out", str(out)])
    assert result.exit_code == 2, result.output
    assert "query failed" in result.output
    assert "Traceback" not in result.output
    # one line of error, one line of advice
    assert len([line for line in result.output.splitlines() if line.strip()]) == 2
    assert {p.name: sha256_file(p) for p in published} == before
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("sql", ["", "   ", "\n"])
def test_empty_query_is_a_usage_error(seed_build: BuildSummary, sql: str) -> None:
    result = runner.invoke(app, ["query", sql, "--out", str(_out(seed_build))])
    assert result.exit_code == 2
    assert "the query is empty" in result.output
    assert "Traceback" not in result.output


def test_the_release_itself_is_still_queryable(seed_build: BuildSummary) -> None:
    result = runner.invoke(
        app, ["query", "select count(*) as n from events", "--out", str(_out(seed_build))]
    )
    assert result.exit_code == 0, result.output
    assert "4" in result.output


def test_published_files_are_read_only(seed_build: BuildSummary) -> None:
    release = _out(seed_build) / "latest"
    files = [p for p in release.rglob("*") if p.is_file()]
    assert files
    for path in files:
        assert not path.stat().st_mode & (stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH), path
