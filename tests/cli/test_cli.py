"""The dnnd command: builds, answers queries, and fails with a message instead of a traceback."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from dnnd_data.cli.app import EXIT_USAGE, app
from dnnd_data.pipeline.summary import BuildSummary
from tests.conftest import RAW_DIR

runner = CliRunner()


def _out_dir(seed_build: BuildSummary) -> Path:
    assert seed_build.published is not None
    return seed_build.published.path.parent.parent


def test_query_counts_articles(seed_build: BuildSummary) -> None:
    sql, out = "select count(*) as n from articles", str(_out_dir(seed_build))
    result = runner.invoke(app, ["query", sql, "--out", out, "--format", "table"])
    assert result.exit_code == 0, result.output
    assert "│ 5 " in result.output


def test_query_is_read_only(seed_build: BuildSummary) -> None:
    result = runner.invoke(
        app, ["query", "delete from articles", "--out", str(_out_dir(seed_build))]
    )
    assert result.exit_code == EXIT_USAGE
    assert "query failed" in result.output
    assert "read-only" in result.output.lower()
    assert "Traceback" not in result.output


def test_bad_sql_says_what_to_do(seed_build: BuildSummary) -> None:
    result = runner.invoke(app, ["query", "select * from nope", "--out", str(_out_dir(seed_build))])
    assert result.exit_code == EXIT_USAGE
    assert "what to do" in result.output


def test_query_without_release(tmp_path: Path) -> None:
    result = runner.invoke(app, ["query", "select 1", "--out", str(tmp_path)])
    assert result.exit_code == EXIT_USAGE
    assert "no release found" in result.output
    assert "make run" in result.output


def test_build_with_missing_raw_folder(tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["build", "--raw", str(tmp_path / "nope"), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == EXIT_USAGE
    assert "does not exist" in result.output


def test_local_build_prints_summary_and_quarantine(tmp_path: Path, seed_raw: Path) -> None:
    (seed_raw / "binary.bin").write_bytes(b"\x00\x01\x02\x03" * 10)
    result = runner.invoke(
        app, ["build", "--raw", str(seed_raw), "--out", str(tmp_path / "o"), "--engine", "local"]
    )
    assert result.exit_code == 0, result.output
    assert "quarantined binary.bin: binary" in result.output
    assert "1.0.0 (new)" in result.output


def test_unchanged_build_answers_before_starting_prefect(tmp_path: Path) -> None:
    out = tmp_path / "o"
    first = runner.invoke(
        app, ["build", "--raw", str(RAW_DIR), "--out", str(out), "--engine", "local"]
    )
    assert first.exit_code == 0, first.output
    again = runner.invoke(
        app, ["build", "--raw", str(RAW_DIR), "--out", str(out)]
    )  # prefect engine
    assert again.exit_code == 0, again.output
    assert "unchanged: same raw files and code; nothing rebuilt" in again.output
