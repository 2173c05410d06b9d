"""Near-duplicate detection: MinHash agreement tracks Jaccard similarity."""

from __future__ import annotations

import random

from dnnd_data.assemble.dedupe import (
    find_near_duplicates,
    jaccard,
    shingle_array,
    shingles,
    signature,
)
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


def test_each_copy_is_matched_to_its_most_similar_earlier_original() -> None:
    """Many texts that share most sentences (every one collides with many in the LSH
    bands), lightly edited copies among them: each copy is found, matched to the kept
    original it shares most with, at the exact similarity; nothing else is a copy."""
    seeds = [(RAW_DIR / name).read_text("utf-8") for name in SEED_NAMES]
    sentences = [s for text in seeds for s in text.split(". ") if len(s) > 40]
    texts = [". ".join(random.Random(i).sample(sentences, 12)) for i in range(40)]
    copies = {len(texts) + k: k * 2 for k in range(len(texts) // 2)}
    texts += [texts[original] + f" Hết {k}." for k, original in enumerate(copies.values())]
    found = find_near_duplicates(texts, 0.9, text_of=str)
    assert {texts.index(f.copy): texts.index(f.original) for f in found} == copies
    for near in found:
        assert near.similarity == jaccard(shingles(near.copy), shingles(near.original))
