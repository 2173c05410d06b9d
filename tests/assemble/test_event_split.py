"""Reports of one identity held in different months are different events: a province's
union reviews the year in December, its committee in January; a third report of the same
review that gives no day goes with its organizer's dated report. Articles written for
these tests."""

from __future__ import annotations

from pathlib import Path

from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event, EventSource, Participation
from dnnd_data.settings import Settings

UNION = (
    "Chiều 21/12/2023, Liên hiệp các tổ chức hữu nghị tỉnh Sơn La tổ chức Hội nghị tổng kết "
    "công tác đối ngoại nhân dân năm 2023. Ông Nguyễn Thành Công, Phó Chủ tịch UBND tỉnh dự."
)
COMMITTEE = (
    "Sáng 12/1/2024, Ban Dân vận Tỉnh ủy Sơn La tổ chức Hội nghị tổng kết công tác đối ngoại "
    "nhân dân năm 2023. Ông Lò Minh Hùng, Phó Bí thư Tỉnh ủy chủ trì hội nghị."
)
UNDATED = (
    "Vừa qua, Ban Dân vận Tỉnh ủy Sơn La tổ chức Hội nghị tổng kết công tác đối ngoại nhân "
    "dân năm 2023. Hội nghị đánh giá cao kết quả công tác của các hội hữu nghị."
)


def test_two_reviews_of_a_province_year_held_in_two_months_are_two_events(
    tmp_path: Path,
) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    for name, text in (("union", UNION), ("committee", COMMITTEE), ("undated", UNDATED)):
        (raw / f"{name}.txt").write_text(text, encoding="utf-8")
    summary = build(raw, tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    data = summary.dataset
    events = {e.event_id: e for e in data.rows("events", Event)}
    held = sorted(str(e.held_on) for e in events.values())
    assert held == ["2023-12-21", "2024-01-12"]
    article = {a.article_id: Path(a.source_path).stem for a in data.rows("articles", Article)}
    reported = {
        article[s.article_id]: str(events[s.event_id].held_on)
        for s in data.rows("event_sources", EventSource)
    }
    # A report with no day goes with the dated one of its organizer.
    assert reported == {
        "union": "2023-12-21",
        "committee": "2024-01-12",
        "undated": "2024-01-12",
    }
    # Each article's people are at its own review.
    at = {
        str(events[p.event_id].held_on)
        for p in data.rows("participations", Participation)
        if p.event_id is not None
    }
    assert at == {"2023-12-21", "2024-01-12"}
