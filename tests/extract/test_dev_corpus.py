"""The labelled dev corpus of real news (../shared/corpus/dev, read in place: its text is
third-party news and is never copied here): a build of it publishes, and the extraction
stays above the floors the issue sets. Skipped where the corpus is not beside the checkout."""

from __future__ import annotations

import pytest

from dnnd_data.evaluate.corpus import score_release
from dnnd_data.evaluate.report import CorpusReport
from dnnd_data.pipeline.build import build
from dnnd_data.settings import Settings
from tests.extract.sentences import DEV_CORPUS as CORPUS

pytestmark = pytest.mark.skipif(
    not (CORPUS / "labels.json").is_file(), reason="no dev corpus beside the checkout"
)
# (F1 or accuracy, precision) floors per field.
FLOORS = {
    "person": (0.90, 0.90),
    "position": (0.85, 0.95),
    "role": (0.85, 0.90),
    "event_kind": (0.90, 0.95),
    "held_on": (0.90, 0.95),
    "location": (0.90, 0.90),
    "organizer": (0.85, 0.95),
    "attendance": (0.90, 0.80),
}


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> CorpusReport:
    out = tmp_path_factory.mktemp("dev") / "out"
    summary = build(CORPUS / "raw", out, Settings())
    assert summary.published is not None, summary.report.summary()
    return score_release(summary.published.path, CORPUS / "labels.json")


@pytest.mark.parametrize("field", sorted(FLOORS))
def test_field_above_its_floor(report: CorpusReport, field: str) -> None:
    count = report.counts[field]
    score, precision = FLOORS[field]
    measured = count.f1 if field in {"person", "position", "role"} else count.recall
    assert measured >= score, report.table()
    assert count.precision >= precision, report.table()


def test_every_article_of_the_corpus_is_in_the_release(report: CorpusReport) -> None:
    assert [m for m in report.misses if m[1] == "article"] == []
