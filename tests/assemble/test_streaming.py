"""Streaming build: tables on disk in chunks, validation in parts, outcomes re-read."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd_data.assemble import dataset as assembly
from dnnd_data.assemble import index as article_index
from dnnd_data.assemble import sort_key, table_store
from dnnd_data.assemble.index import ArticleOutcome
from dnnd_data.assemble.sort_key import sort_keys
from dnnd_data.assemble.table_store import TableStore, remove_abandoned
from dnnd_data.extract.facts import ArticleExtraction
from dnnd_data.ingest import discover as ingest
from dnnd_data.pipeline import process
from dnnd_data.pipeline.build import build, build_dataset
from dnnd_data.pipeline.cache import ArticleCache
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.release.publish import publish
from dnnd_data.schema.articles import Article, QuarantineReason, QuarantineRecord, Stage
from dnnd_data.schema.tables import TABLES
from dnnd_data.settings import Settings
from dnnd_data.validate import tables as validate_tables
from dnnd_data.validate.report import ValidationReport
from dnnd_data.validate.tables import validate_dataset
from tests.conftest import RAW_DIR, assert_same_parquet


def _quarantine_rows(n: int) -> list[QuarantineRecord]:
    return [
        QuarantineRecord(
            source_path=f"f{i:03d}.txt",
            reason=QuarantineReason.EMPTY,
            detail="empty",
            stage=Stage.INGEST,
            raw_sha256=None,
            raw_bytes=None,
        )
        for i in range(n)
    ]


def test_rows_round_trip_through_several_chunks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(table_store, "CHUNK_ROWS", 4)
    store = TableStore(tmp_path)
    rows = _quarantine_rows(10)
    store.add("quarantine", rows)
    assert store.count("quarantine") == 10
    assert len(store.chunks("quarantine")) == 3  # 4 + 4 + the 2 still buffered
    assert store.rows("quarantine", QuarantineRecord) == rows
    # A table nothing was added to still has its schema on disk, for DuckDB.
    with store.connect() as con:
        assert con.execute("SELECT count(*) FROM events").fetchall() == [(0,)]
        assert con.execute("SELECT count(*) FROM quarantine").fetchall() == [(10,)]


def test_store_folder_goes_with_the_store_and_abandoned_ones_are_removed(tmp_path: Path) -> None:
    store = TableStore(tmp_path)
    store.add("quarantine", _quarantine_rows(1))
    store.flush()
    assert store.folder.is_dir()
    store.close()
    assert not store.folder.exists()
    # A store left by a killed build (its process is gone) is removed by the next one;
    # one of a live process is not.
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    abandoned = tmp_path / f"{table_store.STORE_PREFIX}{dead}-x"
    live = tmp_path / f"{table_store.STORE_PREFIX}{os.getpid()}-y"
    abandoned.mkdir()
    live.mkdir()
    remove_abandoned(tmp_path)
    assert not abandoned.exists() and live.exists()


def test_validation_in_parts_finds_duplicate_keys_across_parts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    tables = dataset.records()
    articles = [a for a in tables["articles"] if isinstance(a, Article)]
    copy = articles[0].model_copy(update={"source_path": "copy.txt"})
    tables["articles"] = [*articles, copy]
    whole = validate_dataset(TableStore.from_rows(tables, tmp_path), dataset.raw_paths)
    monkeypatch.setattr(validate_tables, "VALIDATE_ROWS", 2)  # about 3 parts per table
    parts = validate_dataset(TableStore.from_rows(tables, tmp_path), dataset.raw_paths)

    def failed(report: ValidationReport) -> set[tuple[str, str, str | None, int | None]]:
        return {
            (o.table, o.expectation, o.column, o.unexpected_count)
            for o in report.outcomes
            if not o.success
        }

    assert ("articles", "expect_column_values_to_be_unique", "article_id", 2) in failed(parts)
    assert failed(parts) == failed(whole)
    assert len(parts.outcomes) == len(whole.outcomes)


def test_foreign_key_failures_name_the_missing_value(tmp_path: Path) -> None:
    dataset = build_dataset(RAW_DIR, Settings())
    tables = dataset.records()
    tables["people"] = tables["people"][1:]
    report = validate_dataset(TableStore.from_rows(tables, tmp_path), dataset.raw_paths)
    assert not report.success
    assert "no people row with person_id=" in report.summary()


def test_published_tables_are_in_key_order_and_identical_across_chunkings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    assert seed_build.published is not None
    monkeypatch.setattr(table_store, "CHUNK_ROWS", 3)
    small = build(RAW_DIR, tmp_path / "out", Settings(batch_size=1))
    assert small.published is not None
    for spec in TABLES:
        ours = small.published.path / f"{spec.name}.parquet"
        theirs = seed_build.published.path / f"{spec.name}.parquet"
        assert (
            hashlib.sha256(ours.read_bytes()).digest()
            == hashlib.sha256(theirs.read_bytes()).digest()
        ), spec.name
        keys = ", ".join(f'"{k}"' for k in spec.primary_key)
        with duckdb.connect() as con:
            stored = con.execute(f"SELECT {keys} FROM read_parquet('{ours}')").fetchall()
            ordered = con.execute(
                f"SELECT {keys} FROM read_parquet('{ours}') ORDER BY {keys} NULLS FIRST"
            ).fetchall()
        assert stored == ordered, spec.name
        assert pq.read_metadata(ours).num_rows == small.published.rows[spec.name]


def test_outcome_missing_from_the_store_is_processed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    # A full disk (or a remote Dask worker's disk) leaves no outcome to re-read.
    monkeypatch.setattr(ArticleCache, "store_all", lambda *args, **kwargs: None)
    summary = build(RAW_DIR, tmp_path / "out", replace(Settings(), workers=1))
    assert_same_parquet(summary, seed_build)


def test_publish_accepts_rows_held_in_memory(tmp_path: Path, seed_build: BuildSummary) -> None:
    tables = seed_build.dataset.records()
    result = publish(tables, ValidationReport(()), tmp_path / "out")
    assert result.rows == seed_build.dataset.counts()


def reference_sort_key(values: list[object], position: int) -> bytes:
    """The sort key as :mod:`dnnd_data.assemble.sort_key` defines it, one row at a time."""
    out = bytearray()
    for value in values:
        if value is None:
            out += b"\x00"
        elif isinstance(value, int):
            out += b"\x01" + (value + (1 << 63)).to_bytes(8, "big")
        else:
            text = value.isoformat() if isinstance(value, date) else str(value)
            out += b"\x01" + text.encode("utf-8").replace(b"\x00", b"\x00\xff") + b"\x00\x00"
    return bytes(out + position.to_bytes(8, "big"))


KEY_ROWS = st.lists(
    st.tuples(
        st.none() | st.text(max_size=6),
        st.none() | st.integers(-(2**63), 2**63 - 1),
        st.none() | st.dates(),
    ),
    max_size=30,
)


@given(KEY_ROWS, st.integers(0, 2**40))
def test_sort_keys_are_built_column_by_column_as_defined(
    rows: list[tuple[str | None, int | None, date | None]], first: int
) -> None:
    table = pa.table(
        {"text": [r[0] for r in rows], "number": [r[1] for r in rows], "day": [r[2] for r in rows]},
        schema=pa.schema([("text", pa.string()), ("number", pa.int64()), ("day", pa.date32())]),
    )
    keys = sort_keys(table, ["text", "number", "day"], first).to_pylist()
    assert keys == [reference_sort_key(list(row), first + i) for i, row in enumerate(rows)]


@given(KEY_ROWS)
def test_sort_keys_order_rows_like_the_key_with_nulls_first(
    rows: list[tuple[str | None, int | None, date | None]],
) -> None:
    keyed = [(reference_sort_key(list(row), i), i) for i, row in enumerate(rows)]
    by_key = [position for _, position in sorted(keyed)]

    def expected(position: int) -> tuple[object, ...]:
        text, number, day = rows[position]
        text_part = (0, b"") if text is None else (1, text.encode("utf-8"))
        number_part = (0, 0) if number is None else (1, number)
        day_part = (0, date.min) if day is None else (1, day)
        return (text_part, number_part, day_part, position)

    assert by_key == sorted(range(len(rows)), key=expected)


def test_sorting_in_many_small_buckets_gives_the_same_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    """Buckets of a few rows, sampled bounds, chunks of two rows: the same Parquet bytes
    as the seed build's (row groups do not follow the buckets)."""
    assert seed_build.published is not None
    monkeypatch.setattr(table_store, "SORT_BUCKET_BYTES", 2_000)
    monkeypatch.setattr(table_store, "CHUNK_ROW_GROUP", 2)
    monkeypatch.setattr(sort_key, "SAMPLES_PER_BUCKET", 1)
    buckets: dict[str, list[int]] = {}
    sort = table_store.TableStore.sorted_tables

    def counted(store: table_store.TableStore, table: str) -> Iterator[pa.Table]:
        for part in sort(store, table):
            buckets.setdefault(table, []).append(part.num_rows)
            yield part

    monkeypatch.setattr(table_store.TableStore, "sorted_tables", counted)
    small = build(RAW_DIR, tmp_path / "out", Settings(batch_size=2))
    assert_same_parquet(small, seed_build)
    # The articles and the mentions really were sorted in several buckets.
    assert len(buckets["articles"]) > 1 and len(buckets["organization_mentions"]) > 3


def _sorted_key_chunks(
    folder: Path, chunks: int, rows: int, offset: int, modulus: int
) -> list[Path]:
    """Chunk files of sort keys, each sorted, each spread over the whole key range."""
    files = []
    for chunk in range(chunks):
        keys = sorted(f"{(k * 7919 + chunk * offset) % modulus:06d}".encode() for k in range(rows))
        path = folder / f"{chunk}.parquet"
        pq.write_table(pa.table({table_store.SORT_KEY: pa.array(keys, pa.binary())}), path)
        files.append(path)
    return files


def test_sampled_bounds_make_buckets_near_their_size(tmp_path: Path) -> None:
    """Bounds from every step-th key of each sorted chunk, weighted: buckets of about the
    size asked for, in order, none empty."""
    files = _sorted_key_chunks(tmp_path, chunks=6, rows=500, offset=1, modulus=10_007)
    bounds = sort_key.bucket_bounds(files, table_store.SORT_KEY, per_bucket=400)
    assert bounds == sorted(bounds) and len(set(bounds)) == len(bounds)
    every = sorted(k for p in files for k in pq.read_table(p).column(0).to_pylist())
    sizes = [
        sum(1 for k in every if (low is None or k >= low) and (high is None or k < high))
        for low, high in zip([None, *bounds], [*bounds, None], strict=True)
    ]
    # Off by at most a sample's weight (25 rows) per chunk (6) either way.
    assert sum(sizes) == 3000 and 7 <= len(sizes) <= 9
    assert all(400 - 150 <= size <= 400 + 150 for size in sizes[:-1]) and sizes[-1] > 0


def test_chunks_smaller_than_a_sample_step_still_sample_their_range(tmp_path: Path) -> None:
    """With a step beyond a chunk's length, each chunk still gives keys across its range:
    buckets stay near their size (a chunk's first, i.e. smallest, key would put every
    bound low; its median alone, every bound near the middle)."""
    files = _sorted_key_chunks(tmp_path, chunks=40, rows=100, offset=31, modulus=100_003)
    bounds = sort_key.bucket_bounds(
        files, table_store.SORT_KEY, per_bucket=1_600 * sort_key.SAMPLES_PER_BUCKET // 8
    )
    every = [k for p in files for k in pq.read_table(p).column(0).to_pylist()]
    first = sum(1 for k in every if k < bounds[0])
    assert abs(first - 1_600 * sort_key.SAMPLES_PER_BUCKET // 8) <= 400


def test_assembly_takes_the_index_and_keeps_no_signature(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, seed_build: BuildSummary
) -> None:
    settings = replace(Settings(), workers=1)
    store = TableStore(tmp_path / "work")
    settings = process.with_outcome_store(settings, store)
    refs = list(ingest.discover_raw(RAW_DIR).refs)
    index = article_index.ArticleIndex(
        process.index_batch(refs, process.process_batch(refs, settings))
    )
    assert all(entry.minhash for entry in index.entries)
    read_after_near_duplicates: list[bytes] = []
    reader_load = process.OutcomeReader.load

    def spying_load(
        reader: process.OutcomeReader, entry: article_index.IndexEntry
    ) -> tuple[ArticleOutcome, Article]:
        read_after_near_duplicates.append(entry.minhash)
        return reader_load(reader, entry)

    views_read: list[bytes] = []
    reader_view = process.OutcomeReader.merging_view

    def spying_view(
        reader: process.OutcomeReader, entry: article_index.IndexEntry
    ) -> ArticleExtraction | None:
        views_read.append(entry.minhash)
        return reader_view(reader, entry)

    monkeypatch.setattr(process.OutcomeReader, "load", spying_load)
    monkeypatch.setattr(process.OutcomeReader, "merging_view", spying_view)
    dataset = assembly.assemble(
        ingest.discover_raw(RAW_DIR), index, settings, store, process.OutcomeReader(settings)
    )
    assert index.entries == []
    # Pass 1 reads each kept article's merging view from the store, not its outcome;
    # pass 2 its outcome; both by entries without a signature.
    assert len(views_read) == len(read_after_near_duplicates) == dataset.count("articles")
    assert set(read_after_near_duplicates) == set(views_read) == {b""}
    assert dataset.counts() == seed_build.dataset.counts()
    store.close()


def test_a_killed_builds_store_is_removed_by_the_next(tmp_path: Path) -> None:
    """A store whose process is gone (kill -9) is removed when the next store opens; a
    live process's store is left alone."""
    from dnnd_data.assemble.table_store import STORE_PREFIX, TableStore  # noqa: PLC0415

    gone = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    abandoned = tmp_path / f"{STORE_PREFIX}{gone}-abc"
    abandoned.mkdir()
    (abandoned / "events-0.parquet").write_bytes(b"PAR1")
    live = tmp_path / f"{STORE_PREFIX}{os.getpid()}-xyz"
    live.mkdir()
    store = TableStore(tmp_path)
    assert not abandoned.exists()
    assert live.is_dir() and store.folder.is_dir()
