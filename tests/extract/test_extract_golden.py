"""Extracted events and documents of the seeds against expectations written by reading them;
every span points at its evidence; foreign keys resolve."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
import yaml

from dnnd_data.extract.dates import DateMention, resolve
from dnnd_data.extract.documents import roman
from dnnd_data.pipeline.summary import BuildSummary

GOLDEN = yaml.safe_load((Path(__file__).parent / "golden" / "seeds.yaml").read_text("utf-8"))


def _rows(summary: BuildSummary, table: str) -> list[Any]:
    return summary.dataset.records()[table]


def _paths(summary: BuildSummary) -> dict[str, str]:
    return {a.article_id: a.source_path for a in _rows(summary, "articles")}


def test_events_match_golden(seed_build: BuildSummary) -> None:
    paths = _paths(seed_build)
    sources = defaultdict(list)
    for row in _rows(seed_build, "event_sources"):
        sources[row.event_id].append(paths[row.article_id])
    actual = []
    for e in sorted(_rows(seed_build, "events"), key=lambda e: e.review_year):
        actual.append(
            {
                "review_year": e.review_year,
                "plan_year": e.plan_year,
                "held_on": e.held_on,
                "held_on_inferred": e.held_on_inferred,
                "held_on_doubtful": e.held_on_quality is not None,
                "location": e.location,
                "organizer_org_id": e.organizer_org_id,
                "attendance_count": e.attendance_count,
                "attendance_qualifier": e.attendance_qualifier,
                "remote_sites_count": e.remote_sites_count,
                "format": e.format.value if e.format else None,
                "sources": sorted(sources[e.event_id]),
            }
        )
    assert actual == GOLDEN["events"]


def test_documents_match_golden(seed_build: BuildSummary) -> None:
    paths = _paths(seed_build)
    cited = defaultdict(set)
    for m in _rows(seed_build, "document_mentions"):
        cited[m.document_id].add(paths[m.article_id])
    actual = [
        {
            "doc_type": d.doc_type,
            "number": d.number,
            "issued_on": d.issued_on,
            "issuer": d.issuer,
            "cited_in": sorted(cited[d.document_id]),
        }
        for d in _rows(seed_build, "documents")
    ]
    key = lambda d: (d["doc_type"], d["number"])  # noqa: E731
    assert sorted(actual, key=key) == sorted(GOLDEN["documents"], key=key)


def test_every_span_is_its_evidence(seed_build: BuildSummary) -> None:
    texts = {a.article_id: a.text for a in _rows(seed_build, "articles")}
    for m in _rows(seed_build, "document_mentions"):
        assert texts[m.article_id][m.span_start : m.span_end] == m.surface
        assert m.surface in m.evidence and m.evidence in texts[m.article_id]
    for s in _rows(seed_build, "event_sources"):
        named = texts[s.article_id][s.span_start : s.span_end]
        assert named and named in s.evidence and s.evidence in texts[s.article_id]


def test_the_2019_date_is_flagged_with_a_reason(seed_build: BuildSummary) -> None:
    (event,) = [e for e in _rows(seed_build, "events") if e.review_year == 2019]
    assert "outside the plausible window" in event.held_on_quality


def test_seed_build_foreign_keys_pass(seed_build: BuildSummary) -> None:
    fk = [
        o
        for o in seed_build.report.outcomes
        if o.expectation == "expect_column_values_to_be_in_set"
    ]
    assert fk and all(o.success for o in fk)


@pytest.mark.parametrize(
    ("value", "expected"), [("13", "XIII"), ("12", "XII"), ("XIII", "XIII"), ("4", "IV")]
)
def test_roman(value: str, expected: str) -> None:
    assert roman(value) == expected


def test_impossible_date_is_reported_not_raised() -> None:
    result = resolve(DateMention(0, 10, 31, 2, 2021), [])
    assert result.value is None
    assert result.problem == "impossible date 31/02/2021"


def _by_article(summary: BuildSummary, table: str) -> dict[str, list[Any]]:
    paths = _paths(summary)
    out: dict[str, list[Any]] = {path: [] for path in paths.values()}
    for row in _rows(summary, table):
        out[paths[row.article_id]].append(row)
    return out


def test_participations_match_golden(seed_build: BuildSummary) -> None:
    names = {p.person_id: p.full_name for p in _rows(seed_build, "people")}
    actual = {
        path: sorted([names[r.person_id], r.role.value, r.position] for r in rows)
        for path, rows in _by_article(seed_build, "participations").items()
    }
    expected = {path: sorted(rows) for path, rows in GOLDEN["participations"].items()}
    assert actual == expected


def test_genders_match_golden(seed_build: BuildSummary) -> None:
    assert {p.full_name: p.gender for p in _rows(seed_build, "people")} == GOLDEN["genders"]


def test_awards_match_golden(seed_build: BuildSummary) -> None:
    key = lambda row: tuple(str(v) for v in row)  # noqa: E731
    actual = {
        path: sorted(
            ([r.award_type, r.recipient_kind, r.recipient_count, r.recipient_org_id] for r in rows),
            key=key,
        )
        for path, rows in _by_article(seed_build, "awards").items()
    }
    expected = {path: sorted(rows, key=key) for path, rows in GOLDEN["awards"].items()}
    assert actual == expected


def test_person_and_award_spans_are_their_evidence(seed_build: BuildSummary) -> None:
    texts = {a.article_id: a.text for a in _rows(seed_build, "articles")}
    names = {p.person_id: p.full_name for p in _rows(seed_build, "people")}
    for r in _rows(seed_build, "participations"):
        assert texts[r.article_id][r.span_start : r.span_end] == names[r.person_id]
        assert names[r.person_id] in r.evidence and r.evidence in texts[r.article_id]
    for a in _rows(seed_build, "awards"):
        assert texts[a.article_id][a.span_start : a.span_end].casefold() == a.award_type.casefold()
        assert a.evidence in texts[a.article_id]


def test_position_timeline_of_le_hoai_trung(seed_build: BuildSummary) -> None:
    (person,) = [p for p in _rows(seed_build, "people") if p.full_name == "Lê Hoài Trung"]
    terms = {
        t.position: (t.first_seen_on, t.last_seen_on)
        for t in _rows(seed_build, "position_terms")
        if t.person_id == person.person_id
    }
    assert terms["Trưởng Ban Đối ngoại Trung ương"][0].year == 2023
    assert terms["Bộ trưởng Bộ Ngoại giao"][0].year == 2025


def test_traps_never_become_people(seed_build: BuildSummary) -> None:
    names = {p.full_name for p in _rows(seed_build, "people")}
    assert "Nguyễn Thị Bình" not in names  # only in a related-article teaser of 002
    assert "Hồ Chí Minh" not in names  # "tư tưởng Hồ Chí Minh" is not a participant
    assert "Hà Nội" not in names


def test_two_reports_of_one_conference_are_one_event(seed_build: BuildSummary) -> None:
    (event,) = [e for e in _rows(seed_build, "events") if e.review_year == 2020]
    assert event.n_sources == 2
