"""Per-article cache: unchanged articles are not processed again, and reuse changes nothing."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import replace
from pathlib import Path

import pytest

from dnnd_data.assemble.assembler import merging_view
from dnnd_data.assemble.index import ArticleOutcome
from dnnd_data.extract.facts import extract_text
from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.cache import DATABASE, ArticleCache, prune
from dnnd_data.pipeline.process import OutcomeReader
from dnnd_data.schema.articles import Article
from dnnd_data.settings import CACHE_FOLDER, Settings, code_fingerprint

SERIAL = Settings(workers=1)


def _parquet_bytes(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((out / "latest").glob("*.parquet"))}


def test_changed_article_is_the_only_one_processed_again(seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = build(seed_raw, out, SERIAL)
    assert first.dataset.reused_articles == 0
    assert first.published is not None and first.published.created

    edited = sorted(seed_raw.glob("*.txt"))[0]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nThêm một đoạn.\n", encoding="utf-8")
    second = build(seed_raw, out, SERIAL)

    articles = second.dataset.count("articles")
    assert articles == first.dataset.count("articles")
    assert second.dataset.reused_articles == articles - 1
    assert second.published is not None and second.published.created


def test_reused_outcomes_publish_byte_identical_tables(seed_raw: Path, tmp_path: Path) -> None:
    cold, warm = tmp_path / "cold", tmp_path / "warm"
    build(seed_raw, warm, SERIAL)
    # Force a rebuild over a warm cache by adding a file, in both outputs.
    (seed_raw / "note.txt").write_text("Hội nghị tổng kết công tác đối ngoại nhân dân.", "utf-8")
    rebuilt = build(seed_raw, warm, SERIAL)
    fresh = build(seed_raw, cold, SERIAL)
    assert rebuilt.dataset.reused_articles > 0
    assert fresh.dataset.reused_articles == 0
    assert _parquet_bytes(warm) == _parquet_bytes(cold)


def _databases(out: Path) -> list[Path]:
    return sorted((out / CACHE_FOLDER).rglob(DATABASE))


def _entry_count(out: Path) -> int:
    (database,) = _databases(out)
    with closing(sqlite3.connect(database)) as connection:
        return int(connection.execute("SELECT count(*) FROM entries").fetchone()[0])


def _damage_entries(out: Path, damage: bytes) -> None:
    (database,) = _databases(out)
    with closing(sqlite3.connect(database)) as connection, connection:
        assert connection.execute("SELECT count(*) FROM entries").fetchone()[0] > 0
        connection.execute("UPDATE entries SET view = ?, outcome = ?", (damage, damage))


def _damage_database(out: Path, damage: bytes) -> None:
    for database in _databases(out):
        for part in database.parent.glob(f"{DATABASE}*"):
            part.unlink()
        database.write_bytes(damage)


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage"])
@pytest.mark.parametrize("where", [_damage_entries, _damage_database])
def test_damaged_cache_entries_are_recomputed(
    seed_raw: Path, tmp_path: Path, damage: bytes, where: Callable[[Path, bytes], None]
) -> None:
    out, reference = tmp_path / "out", tmp_path / "reference"
    build(seed_raw, out, SERIAL)
    where(out, b"SQLite format 3\x00" + damage if where is _damage_database else damage)
    (seed_raw / "note.txt").write_text("Hội nghị tổng kết công tác đối ngoại nhân dân.", "utf-8")
    rebuilt = build(seed_raw, out, SERIAL)
    assert rebuilt.dataset.reused_articles == 0
    build(seed_raw, reference, SERIAL)
    assert _parquet_bytes(out) == _parquet_bytes(reference)


def test_cache_keeps_only_entries_of_the_current_raw_files(seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seed_raw, out, SERIAL)
    before = _entry_count(out)
    removed = sorted(seed_raw.glob("*.txt"))[0]
    removed.unlink()
    build(seed_raw, out, SERIAL)
    assert _entry_count(out) == before - 1


def test_cache_can_be_switched_off(
    seed_raw: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DNND_NO_CACHE", "1")
    out = tmp_path / "out"
    build(seed_raw, out, SERIAL)
    assert not (out / CACHE_FOLDER).exists()


def test_renamed_file_is_processed_under_its_new_name(seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seed_raw, out, SERIAL)
    original = sorted(seed_raw.glob("*.txt"))[0]
    renamed = original.with_name("renamed-" + original.name)
    shutil.move(original, renamed)
    second = build(seed_raw, out, SERIAL)
    paths = {row.source_path for row in second.dataset.rows("articles", Article)}
    assert renamed.name in paths and original.name not in paths


def test_each_pass_reads_its_own_part_of_an_entry(tmp_path: Path) -> None:
    """An entry holds the merging view and the outcome apart: the first pass reads the
    view, the second the outcome alone; either damaged is a miss for its own pass, never
    an error."""
    cache = ArticleCache.open(tmp_path, 0.5)
    extraction = extract_text("a1", "Ông Nguyễn Văn An, Chủ tịch Hội hữu nghị, phát biểu.")
    outcome = ArticleOutcome(dedupe_key="k", extraction=extraction)
    cache.store("x.txt", "0" * 64, outcome)
    assert cache.load_merging_view("x.txt", "0" * 64) == (merging_view(extraction),)
    assert cache.load("x.txt", "0" * 64) == replace(outcome, reused=True)
    cache.close()

    database = cache.folder / DATABASE
    with closing(sqlite3.connect(database)) as connection, connection:
        (view, whole) = connection.execute("SELECT view, outcome FROM entries").fetchone()
        connection.execute("UPDATE entries SET outcome = ?", (whole[:-10],))  # cut short
    assert cache.load_merging_view("x.txt", "0" * 64) == (merging_view(extraction),)
    assert cache.load("x.txt", "0" * 64) is None
    cache.close()
    with closing(sqlite3.connect(database)) as connection, connection:
        connection.execute("UPDATE entries SET view = ?", (view[:12],))
    assert cache.load_merging_view("x.txt", "0" * 64) is None
    assert cache.load("x.txt", "0" * 64) is None
    # A quarantined file's view is None: still a hit.
    cache.store("q.txt", "1" * 64, ArticleOutcome(dedupe_key="q"))
    assert cache.load_merging_view("q.txt", "1" * 64) == (None,)


def test_a_batch_of_entries_is_stored_at_once_and_a_read_only_cache_is_no_error(
    tmp_path: Path,
) -> None:
    cache = ArticleCache.open(tmp_path / "cache", 0.5)
    outcomes = [ArticleOutcome(dedupe_key=str(i)) for i in range(3)]
    cache.store_all((f"{i}.txt", "0" * 64, o) for i, o in enumerate(outcomes))
    assert [cache.load(f"{i}.txt", "0" * 64) for i in range(3)] == [
        replace(o, reused=True) for o in outcomes
    ]
    assert prune(cache, {ArticleCache.key("1.txt", "0" * 64)}) == 2
    assert cache.load("0.txt", "0" * 64) is None and cache.load("1.txt", "0" * 64) is not None
    cache.close()
    # Where no database can be made, storing and loading are misses.
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder", "utf-8")
    unusable = ArticleCache(blocked / "namespace")
    unusable.store("x.txt", "0" * 64, outcomes[0])
    assert unusable.load("x.txt", "0" * 64) is None


def test_every_process_of_a_build_uses_the_namespace_of_the_code_it_began_with(
    tmp_path: Path,
) -> None:
    """A process started late in a build (assembly, apart) reads the outcomes the workers
    stored, even when the code on disk changed since the build began."""
    began = Settings().with_cache_in(tmp_path)
    assert began.code == code_fingerprint()
    assert began.cache_dir is not None
    later = replace(began, code="the code as the build began")
    stored = ArticleCache.open(began.cache_dir, 0.5, "the code as the build began")
    outcome = ArticleOutcome(dedupe_key="k")
    stored.store("x.txt", "0" * 64, outcome)
    reader = OutcomeReader(replace(later, min_vietnamese_letter_share=0.5))
    assert reader.cache is not None and reader.cache.folder == stored.folder
    assert reader.cache.load("x.txt", "0" * 64) == replace(outcome, reused=True)
    assert ArticleCache.open(began.cache_dir, 0.5).folder != stored.folder


def test_an_article_with_a_sidecar_is_reused_in_the_next_build(
    seed_raw: Path, tmp_path: Path
) -> None:
    # Its entry is keyed by the article's and the sidecar's bytes: pruning keeps it.
    article = sorted(seed_raw.glob("*.txt"))[0]
    sidecar = article.with_name(f"{article.name}.meta.json")
    sidecar.write_text('{"url": "https://nhandan.vn/doi-ngoai/a-1.html"}', encoding="utf-8")
    out = tmp_path / "out"
    build(seed_raw, out, SERIAL)
    (seed_raw / "note.txt").write_text("Hội nghị tổng kết công tác đối ngoại nhân dân.", "utf-8")
    second = build(seed_raw, out, SERIAL)
    assert second.dataset.reused_articles == second.dataset.count("articles") - 1
