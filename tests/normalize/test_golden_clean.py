"""Golden files: the cleaned text of every seed (boilerplate gone, body intact).

Expected files were reviewed line by line against the raw seeds. After a deliberate
change, run ``pytest tests/test_golden_clean.py --update-golden`` and review the diff.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dnnd_data.ingest.read import RawRef, read_document
from dnnd_data.pipeline.process import build_article
from dnnd_data.schema.articles import Article
from tests.conftest import RAW_DIR, SEED_NAMES

GOLDEN = Path(__file__).parent / "golden"


def _article(name: str) -> tuple[Article, list[list[str]]]:
    doc = read_document(RawRef(RAW_DIR / name, name), max_bytes=10**7)
    assert not hasattr(doc, "reason"), doc
    outcome = build_article(doc, 0.02)  # type: ignore[arg-type]
    assert outcome.article is not None, outcome.quarantine
    removed = [[line.rule, line.text] for line in outcome.boilerplate]
    return outcome.article, removed


@pytest.mark.parametrize("name", SEED_NAMES)
def test_clean_text_matches_golden(name: str, update_golden: bool) -> None:
    article, removed = _article(name)
    stem = Path(name).stem
    meta = {"title": article.title, "outlet": article.outlet, "removed": removed}
    text_file, meta_file = GOLDEN / f"{stem}.txt", GOLDEN / f"{stem}.json"
    if update_golden:
        GOLDEN.mkdir(parents=True, exist_ok=True)
        text_file.write_text(article.text, encoding="utf-8")
        meta_file.write_text(
            json.dumps(meta, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
    assert article.text == text_file.read_text(encoding="utf-8")
    assert meta == json.loads(meta_file.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", SEED_NAMES)
def test_every_clean_paragraph_comes_from_the_raw_text(name: str) -> None:
    """Body intact: each clean paragraph, mapped through the offset map, is raw text."""
    article, _ = _article(name)
    raw = (RAW_DIR / name).read_text(encoding="utf-8")
    anchors = list(zip(article.offset_map_clean, article.offset_map_raw, strict=True))
    start = 0
    for paragraph in article.text.split("\n"):
        if paragraph:
            i = max(k for k, (clean, _) in enumerate(anchors) if clean <= start)
            raw_start = anchors[i][1] + start - anchors[i][0]
            assert raw[raw_start : raw_start + 8].lower()[:1] == paragraph[:1].lower()
        start += len(paragraph) + 1
