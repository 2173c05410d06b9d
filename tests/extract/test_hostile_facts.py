"""Absurd or impossible facts inside an otherwise good article: the fact goes to
quarantine with its reason, the article and its event stay."""

from __future__ import annotations

from pathlib import Path

from dnnd_data.pipeline.build import build_dataset
from dnnd_data.schema.articles import QuarantineReason
from dnnd_data.schema.facts import Award, Event
from dnnd_data.settings import Settings

ARTICLE = """Sáng 31/02/2021, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối \
ngoại nhân dân năm 2020 và triển khai nhiệm vụ năm 2021. Hơn 99999999999999999999 đại biểu \
đã tham dự.

Tại hội nghị, Ban Đối ngoại Trung ương đã trao Bằng khen cho 123456789 tập thể.
"""


def test_absurd_numbers_and_impossible_dates(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "hostile.txt").write_text(ARTICLE, encoding="utf-8")
    dataset = build_dataset(raw, Settings())
    (event,) = dataset.rows("events", Event)
    assert event.review_year == 2020
    assert event.attendance_count is None
    assert event.held_on is None
    assert event.held_on_quality == "impossible date 31/02/2021"
    (award,) = dataset.rows("awards", Award)
    assert award.recipient_count is None and award.recipient_kind == "tập thể"
    details = [q.detail for q in dataset.records()["quarantine"]]  # type: ignore[attr-defined]
    assert any("event.attendance_count=99999999999999999999" in d for d in details), details
    assert any("award.recipient_count=123456789" in d for d in details), details
    reasons = {q.reason for q in dataset.records()["quarantine"]}  # type: ignore[attr-defined]
    assert reasons == {QuarantineReason.INVALID_RECORD}
