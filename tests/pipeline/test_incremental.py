"""Per-article cache: unchanged articles are not processed again, and reuse changes nothing."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from dnnd_data.assemble.assembler import merging_view
from dnnd_data.assemble.index import ArticleOutcome
from dnnd_data.extract.facts import extract_text
from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.cache import ArticleCache
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


@pytest.mark.parametrize("damage", [b"", b"\x80\x05garbage"])
def test_damaged_cache_entries_are_recomputed(
    seed_raw: Path, tmp_path: Path, damage: bytes
) -> None:
    out, reference = tmp_path / "out", tmp_path / "reference"
    build(seed_raw, out, SERIAL)
    entries = sorted((out / CACHE_FOLDER).rglob("*.pkl"))
    assert entries
    for entry in entries:
        entry.write_bytes(damage)
    (seed_raw / "note.txt").write_text("Hội nghị tổng kết công tác đối ngoại nhân dân.", "utf-8")
    rebuilt = build(seed_raw, out, SERIAL)
    assert rebuilt.dataset.reused_articles == 0
    build(seed_raw, reference, SERIAL)
    assert _parquet_bytes(out) == _parquet_bytes(reference)


def test_cache_keeps_only_entries_of_the_current_raw_files(seed_raw: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(seed_raw, out, SERIAL)
    before = len(list((out / CACHE_FOLDER).rglob("*.pkl")))
    removed = sorted(seed_raw.glob("*.txt"))[0]
    removed.unlink()
    build(seed_raw, out, SERIAL)
    assert len(list((out / CACHE_FOLDER).rglob("*.pkl"))) == before - 1


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
    """An entry is the merging view's length, the view, then the outcome: the first pass
    reads the view, the second the outcome alone; an entry cut anywhere is a miss for the
    part it cuts, never an error."""
    cache = ArticleCache.open(tmp_path, 0.5)
    extraction = extract_text("a1", "Ông Nguyễn Văn An, Chủ tịch Hội hữu nghị, phát biểu.")
    outcome = ArticleOutcome(dedupe_key="k", extraction=extraction)
    cache.store("x.txt", "0" * 64, outcome)
    assert cache.load_merging_view("x.txt", "0" * 64) == (merging_view(extraction),)
    assert cache.load("x.txt", "0" * 64) == replace(outcome, reused=True)

    entry = cache.entry("x.txt", "0" * 64)
    whole = entry.read_bytes()
    entry.write_bytes(whole[:-10])  # the outcome cut short
    assert cache.load_merging_view("x.txt", "0" * 64) == (merging_view(extraction),)
    assert cache.load("x.txt", "0" * 64) is None
    entry.write_bytes(whole[:12])  # the view cut short
    assert cache.load_merging_view("x.txt", "0" * 64) is None
    assert cache.load("x.txt", "0" * 64) is None


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
