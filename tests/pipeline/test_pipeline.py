"""The library end to end without Prefect: real GX, real Parquet read back by real DuckDB."""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from dnnd_data.assemble.dataset import Dataset
from dnnd_data.assemble.table_store import TableStore
from dnnd_data.pipeline.build import BuildContext, LocalRunner, build, build_dataset, release
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.processes import ProcessAhead
from dnnd_data.schema.articles import QuarantineReason
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import Settings
from dnnd_data.validate.tables import validate_dataset
from tests.conftest import RAW_DIR, SEED_NAMES


def _parquet_digests(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.glob("*.parquet"))
    }


def test_seed_build_publishes_five_articles(seed_build: BuildSummary) -> None:
    assert seed_build.report.success, seed_build.report.summary()
    assert seed_build.published is not None and seed_build.published.created
    release = seed_build.published.path
    con = duckdb.connect()
    count = con.execute(
        f"select count(*) from read_parquet('{release / 'articles.parquet'}')"
    ).fetchall()
    assert count == [(5,)]
    paths = con.execute(
        f"select source_path from read_parquet('{release / 'articles.parquet'}') order by 1"
    ).fetchall()
    assert [p for (p,) in paths] == SEED_NAMES


def test_release_has_every_table_and_the_duckdb_file(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    release = seed_build.published.path
    for spec in TABLES:
        table = pq.read_table(release / f"{spec.name}.parquet")
        assert table.column_names == spec.columns
    con = duckdb.connect(str(release / "dnnd.duckdb"), read_only=True)
    assert con.execute("select count(*) from articles").fetchall() == [(5,)]
    comments = con.execute(
        "select column_name, comment from duckdb_columns() where table_name = 'articles'"
    ).fetchall()
    assert all(comment for _, comment in comments)
    assert {"validation.json", "manifest.json", "data_dictionary.md", "SHA256SUMS"} <= {
        p.name for p in release.iterdir()
    }


def test_parquet_rows_are_sorted_by_id(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    ids = (
        pq.read_table(seed_build.published.path / "articles.parquet")
        .column("article_id")
        .to_pylist()
    )
    assert ids == sorted(ids)


def test_same_input_gives_byte_identical_parquet(tmp_path: Path, seed_build: BuildSummary) -> None:
    other = build(RAW_DIR, tmp_path / "out", Settings(batch_size=2))
    assert other.published is not None and seed_build.published is not None
    assert _parquet_digests(other.published.path) == _parquet_digests(seed_build.published.path)


def test_rebuild_without_changes_publishes_nothing(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(RAW_DIR, out)
    second = build(RAW_DIR, out)
    assert first.published is not None and second.published is not None
    assert first.published.created and not second.published.created
    assert second.published.version == first.published.version
    assert sorted(p.name for p in (out / "releases").iterdir()) == [first.published.version]


def test_new_article_makes_a_new_release_and_keeps_the_old(tmp_path: Path, seed_raw: Path) -> None:
    out = tmp_path / "out"
    first = build(seed_raw, out)
    assert first.published is not None
    old_digests = _parquet_digests(first.published.path)
    shutil.copy(seed_raw / SEED_NAMES[0], seed_raw / "copy of first.txt")
    (seed_raw / "extra").mkdir()
    (seed_raw / "extra" / "bài mới.txt").write_text(
        "Sáng 10/1/2024, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết "
        "công tác đối ngoại nhân dân.",
        encoding="utf-8",
    )
    (seed_raw / "empty.txt").write_bytes(b"")
    second = build(seed_raw, out)
    assert second.published is not None and second.published.created
    assert second.published.version == "1.0.1"
    assert _parquet_digests(first.published.path) == old_digests
    reasons = {q.source_path: q.reason for q in second.quarantined}
    assert reasons == {
        "copy of first.txt": QuarantineReason.DUPLICATE,
        "empty.txt": QuarantineReason.EMPTY,
    }
    assert second.dataset.count("articles") == 6
    assert (out / "latest").resolve() == second.published.path.resolve()


def test_every_raw_file_is_accounted_for(tmp_path: Path, seed_raw: Path) -> None:
    (seed_raw / "bad.txt").write_bytes(b"\xff\xfe\x00garbage\x00")
    summary = build(seed_raw, tmp_path / "out")
    accounted = {a.source_path for a in summary.dataset.records()["articles"]}  # type: ignore[attr-defined]
    accounted |= {q.source_path for q in summary.quarantined}
    assert accounted == set(summary.dataset.raw_paths)


def test_lost_file_fails_a_critical_check_and_stops_the_release(tmp_path: Path) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    dataset.raw_paths.append("vanished.txt")
    report = validate_dataset(dataset.store, dataset.raw_paths)  # type: ignore[arg-type]
    assert not report.success
    assert "raw_files.source_path" in report.summary()
    assert "vanished.txt" in report.summary()
    summary = release(BuildContext.create(RAW_DIR, tmp_path / "out"), dataset, LocalRunner())
    assert summary.published is None
    assert not (tmp_path / "out" / "latest").exists()


def test_no_staging_folder_is_left_behind(seed_build: BuildSummary) -> None:
    assert seed_build.published is not None
    releases = seed_build.published.path.parent
    assert [p.name for p in releases.iterdir() if p.name.startswith(".")] == []


def test_release_gate_stops_a_build_that_lost_events(tmp_path: Path) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    tables = dataset.records()
    for table in (
        "events",
        "event_sources",
        "participations",
        "awards",
        "position_terms",
        "people",
    ):
        tables[table] = []
    tables["document_mentions"] = [
        m.model_copy(update={"event_id": None}) for m in tables["document_mentions"]
    ]
    lost = Dataset(TableStore.from_rows(tables), dataset.raw_paths)
    summary = release(BuildContext.create(RAW_DIR, tmp_path / "out"), lost, LocalRunner())
    assert summary.published is None
    text = summary.report.summary()
    assert "events: expect_table_row_count_to_be_between failed" in text
    assert "articles about review conferences must yield at least one event" in text
    assert "event_sources: expect_table_row_count_to_be_between failed" in text
    assert "expected at least 3 (0.5 × 5 review_articles)" in text


def test_unchanged_rerun_does_no_work_and_changes_rebuild(tmp_path: Path, seed_raw: Path) -> None:
    out = tmp_path / "out"
    first = build(seed_raw, out)
    assert first.published is not None and first.unchanged_since is None
    again = build(seed_raw, out)
    assert again.unchanged_since == first.published.version
    assert again.dataset.store is None  # nothing was read past the fingerprint
    # A different code fingerprint (new lexicon or code) rebuilds, and publishes nothing new;
    # the run after that does no work again.
    state_path = out / ".build-state.json"
    state = json.loads(state_path.read_text("utf-8"))
    state_path.write_text(json.dumps({**state, "code_fingerprint": "0" * 64}), encoding="utf-8")
    rebuilt = build(seed_raw, out)
    assert rebuilt.unchanged_since is None and rebuilt.dataset.count("articles") == 5
    assert rebuilt.published is not None and not rebuilt.published.created
    assert build(seed_raw, out).unchanged_since == first.published.version
    # One changed byte in one raw file rebuilds and publishes a new version.
    path = seed_raw / SEED_NAMES[0]
    path.write_bytes(path.read_bytes().replace("năm 2021./.".encode(), "năm 2021.".encode()))
    changed = build(seed_raw, out)
    assert (
        changed.unchanged_since is None
        and changed.published is not None
        and changed.published.created
    )


def test_tables_written_while_a_failing_validation_runs_are_no_release(tmp_path: Path) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    dataset.raw_paths.append("vanished.txt")
    ctx = BuildContext.create(RAW_DIR, tmp_path / "out")
    ctx.validation = ProcessAhead()  # a large build's: the tables are written meanwhile
    summary = release(ctx, dataset, LocalRunner())
    assert summary.published is None
    # Written into the build's private store folder, which goes with the store.
    assert dataset.store is not None and ctx.written is not None
    assert ctx.written.folder.is_relative_to(dataset.store.folder)
    assert {e["path"] for e in ctx.written.entries} == {f"{s.name}.parquet" for s in TABLES}
    assert not (tmp_path / "out" / "latest").exists()
    releases = tmp_path / "out" / "releases"
    assert not releases.exists() or list(releases.iterdir()) == []


def test_an_article_about_nothing_foreign_is_kept_but_not_read_for_facts(
    tmp_path: Path, seed_raw: Path
) -> None:
    (seed_raw / "bóng đá.txt").write_text(
        "Chiều 5/3/2024, tại Hà Nội, Liên đoàn Bóng đá Việt Nam tổ chức Đại hội lần thứ IX, "
        "nhiệm kỳ 2024 - 2028. Ông Trần Quốc Tuấn, Phó Chủ tịch Liên đoàn phát biểu khai mạc.",
        encoding="utf-8",
    )
    summary = build(seed_raw, tmp_path / "out")
    assert summary.published is not None
    release = summary.published.path
    con = duckdb.connect(str(release / "dnnd.duckdb"), read_only=True)
    read = dict(con.execute("select source_path, read_for_facts from articles").fetchall())
    assert read == {**dict.fromkeys(SEED_NAMES, True), "bóng đá.txt": False}
    facts = con.execute(
        "select count(*) from articles a where a.source_path = 'bóng đá.txt' and ("
        "exists (select 1 from event_sources s where s.article_id = a.article_id) or "
        "exists (select 1 from person_mentions m where m.article_id = a.article_id) or "
        "exists (select 1 from organization_mentions o where o.article_id = a.article_id))"
    ).fetchall()
    assert facts == [(0,)]


def test_a_few_articles_that_cite_a_review_but_report_no_event_publish(tmp_path: Path) -> None:
    # An essay and an interview name the year's review conference; neither reports one. A
    # ratio of two articles says nothing about lost data: the release gate lets them pass.
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "bình luận.txt").write_text(
        "Đối ngoại nhân dân trong giai đoạn mới\n"
        "Hội nghị tổng kết công tác đối ngoại nhân dân năm 2023 đã chỉ ra nhiều hạn chế. Theo "
        "PGS.TS Lê Văn Minh, Học viện Ngoại giao, cần đổi mới phương thức hoạt động.",
        encoding="utf-8",
    )
    (raw / "phỏng vấn.txt").write_text(
        "Phỏng vấn Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh\n"
        "PV: Thưa ông, ông đánh giá thế nào về Hội nghị tổng kết công tác đối ngoại nhân dân "
        "năm 2024?\nÔng Nguyễn Văn Hải: Hội nghị đã đánh giá toàn diện kết quả công tác.",
        encoding="utf-8",
    )
    summary = build(raw, tmp_path / "out")
    assert summary.published is not None, summary.report.summary()
    assert summary.dataset.count("events") == 0
