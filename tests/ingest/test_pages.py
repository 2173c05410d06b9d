"""Saved HTML pages: the article's text comes out of the page (spans still map into the raw
HTML) and its metadata out of the page's markup (<meta>, Open Graph, JSON-LD, canonical
link), read with trafilatura; a sidecar beside the page wins where both speak. Pages here
are written for the test."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dnnd_data.ingest.page import merged, metadata_source, page_metadata
from dnnd_data.ingest.sidecar import Sidecar
from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event, EventSource
from dnnd_data.settings import Settings

BODY = (
    "<p>Sáng 16/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị về công tác đối "
    "ngoại nhân dân với các tổ chức hữu nghị. Đồng chí Nguyễn Văn Tâm, Trưởng Ban Đối ngoại "
    "Trung ương chủ trì hội nghị.</p>\n<p>Các đại biểu thảo luận về hoạt động đối ngoại nhân "
    "dân trong thời gian tới, tăng cường quan hệ hữu nghị với nhân dân các nước láng giềng.</p>"
)


def _page(head: str, body: str = BODY) -> str:
    return (
        '<!doctype html>\n<html lang="vi"><head><meta charset="utf-8">\n'
        f"{head}\n</head><body>\n<nav><a href='/'>Trang chủ</a> | <a href='/tg'>Thế giới</a>"
        f"</nav>\n<article><h1>Hội nghị đối ngoại nhân dân</h1>\n{body}\n</article>\n"
        "<footer>Bản quyền thuộc về tòa soạn</footer></body></html>\n"
    )


FULL_HEAD = (
    "<title>Hội nghị đối ngoại nhân dân | Báo Thử Nghiệm</title>\n"
    '<link rel="canonical" href="https://thunghiem.example/doi-ngoai/hoi-nghi-1.html">\n'
    '<meta property="og:site_name" content="Báo Thử Nghiệm">\n'
    '<meta property="article:published_time" content="2024-01-16T08:30:00+07:00">'
)
JSON_LD_HEAD = (
    "<title>Giao lưu hữu nghị</title>\n"
    '<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
    '"NewsArticle", "headline": "Giao lưu hữu nghị", "datePublished": "2023-05-20", '
    '"url": "https://nhandan.vn/giao-luu-1.html"}</script>'
)
TEXT = (
    "Chiều 20/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức buổi giao lưu hữu "
    "nghị với đoàn thanh niên Lào đang học tập tại tỉnh. Các đại biểu chia sẻ về văn hóa, "
    "truyền thống và quan hệ đoàn kết đặc biệt giữa hai nước."
)


def test_page_metadata_reads_meta_tags() -> None:
    found = page_metadata(_page(FULL_HEAD))
    assert found is not None
    assert found.url == "https://thunghiem.example/doi-ngoai/hoi-nghi-1.html"
    assert found.published_at == date(2024, 1, 16)
    assert found.outlet == "Báo Thử Nghiệm"


def test_page_metadata_reads_json_ld() -> None:
    found = page_metadata(_page(JSON_LD_HEAD))
    assert found is not None
    assert found.published_at == date(2023, 5, 20)
    assert found.title == "Giao lưu hữu nghị"


def test_a_page_that_says_nothing_gives_nothing() -> None:
    assert page_metadata("<html><body><p>xin chào</p></body></html>") is None
    assert page_metadata("<<<") is None
    assert page_metadata("") is None


def test_a_relative_canonical_link_is_dropped_alone() -> None:
    head = '<link rel="canonical" href="/tin/1.html">\n<meta name="date" content="2022-02-02">'
    found = page_metadata(_page(head))
    assert found is not None
    assert found.url is None
    assert found.published_at == date(2022, 2, 2)


def test_the_sidecar_wins_where_both_speak() -> None:
    sidecar = Sidecar(title="Theo tệp đi kèm")
    page = Sidecar(title="Theo trang", url="https://a.example/1.html")
    both = merged(sidecar, page)
    assert both is not None
    assert (both.title, both.url) == ("Theo tệp đi kèm", "https://a.example/1.html")
    assert metadata_source(sidecar, page) == "sidecar+page"
    assert metadata_source(None, page) == "page"
    assert metadata_source(None, None) is None
    assert merged(None, None) is None


def test_a_folder_of_text_sidecars_and_pages(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.html").write_text(_page(FULL_HEAD), encoding="utf-8")
    (raw / "ld.html").write_text(_page(JSON_LD_HEAD, f"<p>{TEXT}</p>"), encoding="utf-8")
    (raw / "ld.html.meta.json").write_text(json.dumps({"outlet": "Nhân Dân"}), encoding="utf-8")
    (raw / "plain.txt").write_text(TEXT.replace("20/3", "21/3"), encoding="utf-8")
    summary = build(raw, tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    articles = {a.source_path: a for a in summary.dataset.rows("articles", Article)}
    page = articles["page.html"]
    assert page.source_format == "html"
    assert page.url == "https://thunghiem.example/doi-ngoai/hoi-nghi-1.html"
    assert page.published_on == date(2024, 1, 16)
    assert page.outlet_name == "Báo Thử Nghiệm"
    assert page.metadata_source == "page"
    # Navigation and footer are not the article's text.
    assert "Trang chủ" not in page.text and "Bản quyền" not in page.text
    ld = articles["ld.html"]
    assert (ld.outlet_name, ld.metadata_source) == ("Nhân Dân", "sidecar+page")
    assert ld.published_on == date(2023, 5, 20)
    plain = articles["plain.txt"]
    assert (plain.source_format, plain.url, plain.metadata_source) == ("text", None, None)
    # The page's date anchors the event's year; its span maps into the raw HTML.
    events = {e.event_id: e for e in summary.dataset.rows("events", Event)}
    by_article = {
        s.article_id: events[s.event_id] for s in summary.dataset.rows("event_sources", EventSource)
    }
    assert by_article[page.article_id].held_on == date(2024, 1, 16)
    raw_html = (raw / "page.html").read_text("utf-8")
    start = page.text.index("Sáng 16/1")
    anchors = list(zip(page.offset_map_clean, page.offset_map_raw, strict=True))
    raw_start = max((c, r) for c, r in anchors if c <= start)
    assert raw_html[raw_start[1] + start - raw_start[0] :].startswith("Sáng 16/1")
