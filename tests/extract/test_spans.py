"""For every row of every table that has spans: the span indexes the article's clean text
and lies inside the row's evidence, which is itself text of that article."""

from __future__ import annotations

import pytest

from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.articles import Article
from dnnd_data.schema.tables import TABLES

SPAN_TABLES = [s.name for s in TABLES if {"span_start", "span_end", "evidence"} <= set(s.columns)]


def test_span_tables_are_found() -> None:
    assert {"participations", "awards", "document_mentions", "event_sources"} <= set(SPAN_TABLES)


@pytest.mark.parametrize("table", SPAN_TABLES)
def test_span_is_inside_its_evidence(table: str, seed_build: BuildSummary) -> None:
    texts = {a.article_id: a.text for a in seed_build.dataset.rows("articles", Article)}
    rows = seed_build.dataset.records()[table]
    assert rows
    for row in rows:
        text = texts[row.article_id]  # type: ignore[attr-defined]
        start, end, evidence = row.span_start, row.span_end, row.evidence  # type: ignore[attr-defined]
        assert 0 <= start < end <= len(text)
        starts = [i for i in _occurrences(text, evidence) if i <= start]
        assert starts and end <= starts[-1] + len(evidence), (table, text[start:end], evidence)


def _occurrences(text: str, part: str) -> list[int]:
    found, at = [], text.find(part)
    while at >= 0:
        found.append(at)
        at = text.find(part, at + 1)
    return found
