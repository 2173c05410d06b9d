"""The publication date a news URL states, when the sidecar or page gives none."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dnnd_data.ingest.url_date import date_in_url
from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event
from dnnd_data.settings import Settings


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://binhphuoc.gov.vn/vi/news/2024/12/13/hoi-nghi.html", date(2024, 12, 13)),
        ("https://example.vn/tin-tuc/2023-05-02/gap-mat", date(2023, 5, 2)),
        ("https://baobinhphuoc.com.vn/news/20231213-gap-mat.html", date(2023, 12, 13)),
        ("https://dantri.com.vn/xa-hoi/gap-mat-20231213094512345.htm", date(2023, 12, 13)),
        # Ids, not dates: no date, a run of the wrong length, a date that does not exist.
        ("https://thoidai.com.vn/video-doi-moi-manh-me-94025.html", None),
        ("https://baoquocte.vn/gap-mat-viet-nam-cuba-2025-12345.html", None),
        ("https://example.vn/tin-20241399.html", None),
        ("https://example.vn/12345678901234.htm", None),
        ("https://example.vn/a/2024-02-30/b", None),
        ("https://20241213.example.vn/tin.html", None),  # the host is no path
        (None, None),
    ],
)
def test_the_date_a_url_states(url: str | None, expected: date | None) -> None:
    assert date_in_url(url) == expected


def test_a_sidecar_with_a_dated_url_only_anchors_the_year(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "a.txt").write_text(
        "Ngày 12/12, Liên hiệp các tổ chức hữu nghị tỉnh Bình Phước tổ chức gặp mặt hữu nghị "
        "các tổ chức phi chính phủ nước ngoài. Các đại biểu trao đổi về hợp tác.",
        encoding="utf-8",
    )
    (raw / "a.txt.meta.json").write_text(
        json.dumps({"url": "https://baobinhphuoc.com.vn/news/20231213-gap-mat.html"}),
        encoding="utf-8",
    )
    summary = build(raw, tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    (article,) = summary.dataset.rows("articles", Article)
    assert article.published_on == date(2023, 12, 13)
    (event,) = summary.dataset.rows("events", Event)
    assert event.held_on == date(2023, 12, 12)
