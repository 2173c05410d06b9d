"""A release people can open: a DuckDB file that DuckDB 1.2+ reads (storage v1.2.0) with keys,
NOT NULL and ENUMs from the models and views for common joins; CSV and JSON Lines exports
listed in the manifest; latest.json beside the link; licence and citation in the card."""

from __future__ import annotations

import csv
import gzip
import json
import shutil
import struct
from pathlib import Path

import duckdb
from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.processes import spawn_pool
from dnnd_data.publish.exports import ExportJob, exports_beside
from dnnd_data.schema.tables import TABLES

# DuckDB's storage version number for format v1.2.0 (DuckDB 1.x reads up to 65-68).
V1_2_STORAGE = 65


def _release(summary: BuildSummary) -> Path:
    assert summary.published is not None
    return summary.published.path


def test_duckdb_file_is_in_the_v1_2_storage_format(seed_build: BuildSummary) -> None:
    header = (_release(seed_build) / "dnnd.duckdb").read_bytes()[:20]
    assert header[8:12] == b"DUCK"
    assert struct.unpack("<Q", header[12:20])[0] == V1_2_STORAGE


def test_duckdb_file_has_keys_enums_and_views(seed_build: BuildSummary) -> None:
    con = duckdb.connect(str(_release(seed_build) / "dnnd.duckdb"), read_only=True)
    constraints = {
        (table, kind)
        for table, kind in con.execute(
            "SELECT table_name, constraint_type FROM duckdb_constraints()"
        ).fetchall()
    }
    assert ("events", "PRIMARY KEY") in constraints
    assert ("events", "FOREIGN KEY") in constraints
    assert ("position_terms", "FOREIGN KEY") in constraints
    assert ("articles", "NOT NULL") in constraints
    # Per-article facts declare no key (its index would have to fit in memory while the
    # table loads); the comment names the key and references the validation checked.
    assert ("participations", "PRIMARY KEY") not in constraints
    assert ("participations", "FOREIGN KEY") not in constraints
    (comment,) = con.execute(
        "SELECT comment FROM duckdb_tables() WHERE table_name = 'participations'"
    ).fetchone() or ("",)
    assert "Key (event_id, person_id, article_id, role)" in comment
    assert "person_id → people.person_id" in comment
    (kind_type,) = con.execute(
        "SELECT data_type FROM information_schema.columns "
        "WHERE table_name = 'events' AND column_name = 'kind'"
    ).fetchone() or ("",)
    assert kind_type.startswith("ENUM(") and "'reception_or_exchange'" in kind_type
    directing = con.execute(
        "SELECT full_name FROM event_people WHERE role = 'directing' ORDER BY held_on"
    ).fetchall()
    assert ("Trần Cẩm Tú",) in directing
    assert con.execute("SELECT count(*) FROM person_timeline").fetchall()[0][0] > 0


def test_exports_beside_the_parquet_files(seed_build: BuildSummary) -> None:
    release = _release(seed_build)
    manifest = json.loads((release / "manifest.json").read_text("utf-8"))
    listed = {entry["path"] for entry in manifest["files"]}
    assert {"csv/events.csv.gz", "json/events.jsonl.gz"} <= listed
    with gzip.open(release / "csv" / "events.csv.gz", "rt", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 4 and {r["kind"] for r in rows} == {"annual_review"}
    with gzip.open(release / "json" / "people.jsonl.gz", "rt", encoding="utf-8") as handle:
        people = [json.loads(line) for line in handle]
    assert {"Trần Cẩm Tú", "Hoàng Bình Quân"} <= {p["full_name"] for p in people}
    package = json.loads((release / "datapackage.json").read_text("utf-8"))
    assert "events-csv" in {r["name"] for r in package["resources"]}


def test_latest_is_also_a_file(seed_build: BuildSummary) -> None:
    out = _release(seed_build).parent.parent
    latest = json.loads((out / "latest.json").read_text("utf-8"))
    assert latest["version"] == _release(seed_build).name
    assert (out / latest["path"] / "manifest.json").is_file()


def test_card_states_licences_and_citation(seed_build: BuildSummary) -> None:
    card = (_release(seed_build) / "README.md").read_text("utf-8")
    assert "license: cc-by-4.0" in card
    assert "```bibtex" in card and "@misc{dnnd_data_" in card
    assert "DuckDB 1.2.0 and later" in card
    assert "## Quality" in card


def test_query_formats_and_releases(seed_build: BuildSummary, tmp_path: Path) -> None:
    out = _release(seed_build).parent.parent
    runner = CliRunner()
    sql = "select kind, count(*) as n from events group by kind"
    as_csv = runner.invoke(app, ["query", sql, "--out", str(out), "--format", "csv"])
    assert as_csv.output.splitlines() == ["kind,n", "annual_review,4"]
    as_json = runner.invoke(app, ["query", sql, "--out", str(out), "--format", "json"])
    assert json.loads(as_json.output) == [{"kind": "annual_review", "n": 4}]
    target = tmp_path / "result.md"
    markdown = ["--format", "markdown", "--output", str(target)]
    written = runner.invoke(app, ["query", sql, "--release", str(_release(seed_build)), *markdown])
    assert written.exit_code == 0, written.output
    assert target.read_text("utf-8").startswith("| kind | n |")
    missing = runner.invoke(app, ["query", sql, "--out", str(out), "--release", "9.9.9"])
    assert missing.exit_code == 2 and "no release found for '9.9.9'" in missing.output


def test_version_flag() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.startswith("dnnd ")


def _parquet_copy(release: Path, folder: Path) -> Path:
    """``folder`` holding a copy of the release's Parquet files (what the exports read)."""
    folder.mkdir()
    for parquet in release.glob("*.parquet"):
        shutil.copyfile(parquet, folder / parquet.name)
    return folder


def _export_rows(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): gzip.decompress(path.read_bytes())
        for path in sorted([*folder.glob("csv/*.gz"), *folder.glob("json/*.gz")])
    }


def test_exports_in_a_process_of_their_own_equal_those_of_a_thread(
    seed_build: BuildSummary, tmp_path: Path
) -> None:
    """A large release writes its exports in a spawned process: the same bytes as on a
    thread; and a process that dies leaves the work to the caller, not a missing file."""
    release = _release(seed_build)
    for mode, apart in (("thread", False), ("process", True)):
        folder = _parquet_copy(release, tmp_path / mode)
        with exports_beside(folder, apart=apart) as job:
            for spec in TABLES:  # as the tables are written, one by one
                job.add(spec)
            written = job.result()
        assert not job.written_here
        assert {p.relative_to(folder).as_posix() for p in written} == set(_export_rows(folder))
    assert _export_rows(tmp_path / "thread") == _export_rows(release)
    assert _export_rows(tmp_path / "process") == _export_rows(release)
    assert {p.name for p in (tmp_path / "process" / "csv").iterdir()} == {
        f"{spec.name}.csv.gz" for spec in TABLES
    }

    broken = _parquet_copy(release, tmp_path / "broken")
    with spawn_pool(1) as pool:
        job = ExportJob(pool, broken, TABLES)
        for process in list(pool._processes.values()):  # the worker dies mid-way
            process.kill()
        job.result()
    assert job.written_here
    assert _export_rows(broken) == _export_rows(release)


def test_exports_left_early_stop_without_waiting_for_every_table(
    seed_build: BuildSummary, tmp_path: Path
) -> None:
    """A release given up after its tables (same content as the latest, say) leaves the
    block without waiting for every export: those not begun are cancelled, the one being
    written is finished, so what is there is whole."""
    release = _release(seed_build)
    folder = _parquet_copy(release, tmp_path / "given-up")
    with exports_beside(folder, apart=False) as job:
        for spec in TABLES:
            job.add(spec)
    whole = _export_rows(release)
    assert all(whole[name] == rows for name, rows in _export_rows(folder).items())
