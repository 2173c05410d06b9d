"""Near-duplicate detection: MinHash agreement tracks Jaccard similarity."""

from __future__ import annotations

from dnnd_data.assemble.dedupe import find_near_duplicates, shingle_array, signature
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.articles import Article
from tests.conftest import RAW_DIR, SEED_NAMES


def _agreement(a: str, b: str) -> float:
    return float((signature(shingle_array(a)) == signature(shingle_array(b))).mean())


def test_signatures_agree_as_much_as_the_texts() -> None:
    text = (RAW_DIR / SEED_NAMES[1]).read_text("utf-8")
    edited = text.replace("Gần 300 đại biểu", "Khoảng 300 đại biểu")
    assert _agreement(text, edited) > 0.85
    other = (RAW_DIR / SEED_NAMES[3]).read_text("utf-8")
    assert _agreement(text, other) < 0.3


def test_seeds_are_not_near_duplicates(seed_build: BuildSummary) -> None:
    # 000 and 004 report the same conference in different words: two articles, one event.
    articles = sorted(seed_build.dataset.rows("articles", Article), key=lambda a: a.source_path)
    assert find_near_duplicates(articles, 0.9) == []


def test_a_lightly_edited_copy_is_found(seed_build: BuildSummary) -> None:
    articles = sorted(seed_build.dataset.rows("articles", Article), key=lambda a: a.source_path)
    copy = articles[0].model_copy(
        update={
            "article_id": "a_ffffffffffffffff",
            "source_path": "zz.txt",
            "text": articles[0].text + " Hết.",
        }
    )
    (found,) = find_near_duplicates([*articles, copy], 0.9)
    assert (
        found.copy.source_path == "zz.txt" and found.original.source_path == articles[0].source_path
    )
    assert found.similarity > 0.95
