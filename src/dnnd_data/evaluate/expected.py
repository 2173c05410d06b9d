"""Precision and recall of extraction against hand-written expectations.

Takes: a folder with ``articles/`` and ``expected.yaml`` (what a careful reader extracts).
Gives: per-field true/false positives and false negatives, and a printed table:
``python -m dnnd_data.evaluation tests/generalisation`` (``make eval``).
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from dnnd_data.assemble.dataset import Dataset
from dnnd_data.pipeline.build import build_dataset
from dnnd_data.schema.articles import Article
from dnnd_data.schema.documents import Document, DocumentMention
from dnnd_data.schema.facts import (
    Award,
    Event,
    EventSource,
    Participation,
    Person,
)
from dnnd_data.settings import Settings

EVENT_FIELDS = (
    "kind",
    "review_year",
    "held_on",
    "held_on_inferred",
    "location",
    "organizer_org_id",
    "attendance_count",
    "attendance_qualifier",
    "remote_sites_count",
    "format",
)


@dataclass
class Score:
    """Counts for one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        """TP / (TP + FP); 1 when nothing was predicted."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """TP / (TP + FN); 1 when nothing was expected."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


@dataclass
class Report:
    """Scores per field."""

    scores: dict[str, Score] = field(default_factory=dict)

    def add_sets(self, name: str, expected: Iterable[Any], actual: Iterable[Any]) -> None:
        """Score two sets of tuples."""
        exp, act = set(expected), set(actual)
        score = self.scores.setdefault(name, Score())
        score.tp += len(exp & act)
        score.fp += len(act - exp)
        score.fn += len(exp - act)

    def table(self) -> str:
        """A plain-text table."""
        lines = [f"{'field':<28}{'TP':>5}{'FP':>5}{'FN':>5}{'precision':>11}{'recall':>8}"]
        for name, s in self.scores.items():
            lines.append(
                f"{name:<28}{s.tp:>5}{s.fp:>5}{s.fn:>5}{s.precision:>11.2f}{s.recall:>8.2f}"
            )
        return "\n".join(lines)


def _value(v: Any) -> str:
    return "" if v is None else str(getattr(v, "value", v))


def score(dataset: Dataset, expected: Mapping[str, Any]) -> Report:
    """Compare a dataset built from the test articles with the expectations."""
    path_of = {a.article_id: a.source_path for a in dataset.rows("articles", Article)}
    events = {e.event_id: e for e in dataset.rows("events", Event)}
    event_of = {
        path_of[s.article_id]: events[s.event_id]
        for s in dataset.rows("event_sources", EventSource)
    }
    names = {p.person_id: p.full_name for p in dataset.rows("people", Person)}
    report = Report()
    for path, exp in expected.items():
        event = event_of.get(path)
        for name in EVENT_FIELDS:
            want = _value(exp["event"].get(name)) if exp.get("event") else ""
            got = _value(getattr(event, name)) if event else ""
            report.add_sets(
                f"event.{name}", [(path, want)] if want else [], [(path, got)] if got else []
            )
    people = [
        (path_of[r.article_id], names[r.person_id], r.role.value, r.position)
        for r in dataset.rows("participations", Participation)
    ]
    report.add_sets(
        "participation.person+role",
        _expected(expected, "participations", 2),
        [(p, n, r) for p, n, r, _ in people],
    )
    report.add_sets(
        "participation.position",
        # A person written without a position expects none: nothing to find.
        {(p, n, pos) for p, (n, _, pos) in _pairs(expected, "participations") if pos},
        {(p, n, pos) for p, n, _, pos in people if pos},
    )
    docs = {d.document_id: d for d in dataset.rows("documents", Document)}
    cited = [
        (path_of[m.article_id], docs[m.document_id])
        for m in dataset.rows("document_mentions", DocumentMention)
    ]
    report.add_sets(
        "document.type+number",
        _expected(expected, "documents", 2),
        [(p, d.doc_type, d.number) for p, d in cited],
    )
    report.add_sets(
        "document.issued_on",
        # A date is a property of the document, stated by any article that cites it.
        {(ty, n, _value(i)) for _, (ty, n, i) in _pairs(expected, "documents") if i},
        {(d.doc_type, d.number, _value(d.issued_on)) for _, d in cited if d.issued_on},
    )
    report.add_sets(
        "award.type+kind+count+org",
        _expected(expected, "awards", 4),
        [
            (
                path_of[a.article_id],
                a.award_type,
                a.recipient_kind,
                a.recipient_count,
                a.recipient_org_id,
            )
            for a in dataset.rows("awards", Award)
        ],
    )
    return report


def _pairs(expected: Mapping[str, Any], key: str) -> list[tuple[str, list[Any]]]:
    return [(path, list(row)) for path, exp in expected.items() for row in exp.get(key) or []]


def _expected(expected: Mapping[str, Any], key: str, width: int) -> set[tuple[Any, ...]]:
    return {(path, *row[:width]) for path, row in _pairs(expected, key)}


def evaluate(folder: Path) -> Report:
    """Build the folder's articles in-process and score them."""
    expected = yaml.safe_load((folder / "expected.yaml").read_text(encoding="utf-8"))
    return score(build_dataset(folder / "articles", Settings()), expected)


if __name__ == "__main__":
    print(evaluate(Path(sys.argv[1] if len(sys.argv) > 1 else "tests/generalisation")).table())
