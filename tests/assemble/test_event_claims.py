"""Per-article claims: when two articles report the same event and disagree (about 350
delegates in one, more than 500 in the other), both claims stay, the event lists the
conflict, and the claim the merged event kept is marked."""

from __future__ import annotations

from pathlib import Path

from dnnd_data.pipeline.build import build
from dnnd_data.pipeline.summary import BuildSummary
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event, EventClaim
from dnnd_data.settings import Settings

REPORT = (
    "Sáng 12/1, tại {place}, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối "
    "ngoại nhân dân năm 2023 và triển khai nhiệm vụ năm 2024. {count} đại biểu đã tham dự "
    "hội nghị.\n\n{rest}"
)
RESTS = (
    "Các đại biểu thảo luận về kết quả hoạt động đối ngoại nhân dân trong năm qua.",
    "Hội nghị đánh giá cao những đóng góp của các tổ chức hữu nghị trong cả nước.",
)


def _build(tmp_path: Path) -> BuildSummary:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "one.txt").write_text(
        REPORT.format(place="Hà Nội", count="Khoảng 350", rest=RESTS[0]), encoding="utf-8"
    )
    (raw / "two.txt").write_text(
        REPORT.format(place="Hà Nội", count="Hơn 500", rest=RESTS[1]), encoding="utf-8"
    )
    summary = build(raw, tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    return summary


def test_two_articles_that_disagree_keep_both_claims(tmp_path: Path) -> None:
    summary = _build(tmp_path)
    (event,) = summary.dataset.rows("events", Event)
    assert event.n_sources == 2
    assert event.conflicts == ["attendance_count"]
    claims = summary.dataset.rows("event_claims", EventClaim)
    attendance = sorted(
        (c.written, c.value, c.matches_event) for c in claims if c.field == "attendance_count"
    )
    assert attendance == [
        ("Hơn 500 đại biểu", "500", event.attendance_count == 500),
        ("Khoảng 350 đại biểu", "350", event.attendance_count == 350),
    ]
    assert sum(1 for c in claims if c.field == "attendance_count" and c.matches_event) == 1
    # Fields they agree on are claimed by both and kept.
    places = [c for c in claims if c.field == "location"]
    assert len(places) == 2 and all(c.matches_event and c.value == "Hà Nội" for c in places)


def test_a_claim_is_the_text_at_its_span(tmp_path: Path) -> None:
    summary = _build(tmp_path)
    texts = {a.article_id: a.text for a in summary.dataset.rows("articles", Article)}
    claims = summary.dataset.rows("event_claims", EventClaim)
    assert {c.field for c in claims} >= {"held_on", "location", "organizer_org_id"}
    for claim in claims:
        assert texts[claim.article_id][claim.span_start : claim.span_end] == claim.written
        assert claim.written in claim.evidence
