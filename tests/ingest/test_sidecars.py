"""Source metadata: a raw article may come with ``<name>.meta.json``; the article gets its
URL, publication date, outlet and title, and its events their year from that date. A broken
sidecar costs nothing but itself; a sidecar of no article is set aside."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from dnnd_data.ingest.sidecar import Sidecar, parse_sidecar
from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article
from dnnd_data.schema.facts import Event, EventSource
from dnnd_data.settings import Settings

LEAD = (
    "Sáng 16/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức Hội nghị về công tác đối ngoại "
    "nhân dân với các tổ chức hữu nghị. Đồng chí Nguyễn Văn Tâm, Trưởng Ban Đối ngoại Trung "
    "ương chủ trì hội nghị.\n\nCác đại biểu thảo luận về hoạt động đối ngoại nhân dân trong "
    "thời gian tới, tăng cường quan hệ hữu nghị với nhân dân các nước láng giềng."
)


def _raw(tmp_path: Path) -> Path:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "with.txt").write_text(LEAD, encoding="utf-8")
    (raw / "with.txt.meta.json").write_text(
        json.dumps(
            {
                "url": "https://nhandan.vn/doi-ngoai/hoi-nghi-123.html",
                "published_at": "2024-01-16T18:30:00+07:00",
                "title": "Hội nghị đối ngoại nhân dân",
                "crawler": "ignored",
            }
        ),
        encoding="utf-8",
    )
    other = (
        "Chiều 20/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức buổi giao lưu hữu "
        "nghị với đoàn thanh niên Lào đang học tập tại tỉnh. Các đại biểu chia sẻ về văn hóa, "
        "truyền thống và quan hệ đoàn kết đặc biệt giữa hai nước."
    )
    (raw / "broken.txt").write_text(other, encoding="utf-8")
    (raw / "broken.meta.json").write_text('{"url": "not a url"', encoding="utf-8")
    (raw / "lonely.meta.json").write_text("{}", encoding="utf-8")
    return raw


def test_sidecars_give_source_metadata_and_anchor_years(tmp_path: Path) -> None:
    summary = build(_raw(tmp_path), tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    articles = {a.source_path: a for a in summary.dataset.rows("articles", Article)}
    with_meta = articles["with.txt"]
    assert with_meta.url == "https://nhandan.vn/doi-ngoai/hoi-nghi-123.html"
    assert with_meta.published_on == date(2024, 1, 16)
    assert with_meta.outlet_name == "Báo Nhân Dân điện tử"  # from the URL's host
    assert with_meta.title == "Hội nghị đối ngoại nhân dân"
    assert with_meta.sidecar_path == "with.txt.meta.json"
    events = {e.event_id: e for e in summary.dataset.rows("events", Event)}
    sources = {
        s.article_id: events[s.event_id] for s in summary.dataset.rows("event_sources", EventSource)
    }
    event = sources[with_meta.article_id]
    assert (event.held_on, event.held_on_basis) == (date(2024, 1, 16), "dateline")
    # The broken sidecar's article stays, without metadata; the sidecar is reported.
    assert articles["broken.txt"].url is None
    reasons = {q.source_path: q.reason.value for q in summary.quarantined}
    assert reasons["broken.meta.json"] == "invalid_sidecar"
    assert reasons["lonely.meta.json"] == "orphan_sidecar"
    assert "broken.txt" not in reasons


def test_a_changed_sidecar_rebuilds(tmp_path: Path) -> None:
    raw, out = _raw(tmp_path), tmp_path / "out"
    build(raw, out, Settings())
    assert build(raw, out, Settings()).unchanged_since is not None
    (raw / "with.txt.meta.json").write_text(json.dumps({"title": "Khác"}), encoding="utf-8")
    again = build(raw, out, Settings())
    assert again.unchanged_since is None
    titles = {a.source_path: a.title for a in again.dataset.rows("articles", Article)}
    assert titles["with.txt"] == "Khác"


def test_yaml_front_matter_is_an_in_file_sidecar(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    front = (
        "---\nurl: https://nhandan.vn/doi-ngoai/hoi-nghi-9.html\n"
        "published_at: 2024-01-16 08:30:00+07:00\ntitle: Hội nghị đối ngoại nhân dân\n---\n"
    )
    (raw / "front.txt").write_text(front + LEAD, encoding="utf-8")
    other = (
        "Chiều 20/3, Liên hiệp các tổ chức hữu nghị tỉnh Nam Định tổ chức buổi giao lưu hữu "
        "nghị với đoàn thanh niên Lào đang học tập tại tỉnh."
    )
    broken = "---\nurl: [not closed\n---\n" + other
    (raw / "broken_front.txt").write_text(broken, encoding="utf-8")
    summary = build(raw, tmp_path / "out", Settings())
    assert summary.published is not None, summary.report.summary()
    articles = {a.source_path: a for a in summary.dataset.rows("articles", Article)}
    article = articles["front.txt"]
    assert article.url == "https://nhandan.vn/doi-ngoai/hoi-nghi-9.html"
    assert article.published_on == date(2024, 1, 16)
    assert (article.title, article.metadata_source) == ("Hội nghị đối ngoại nhân dân", "sidecar")
    assert article.text.startswith("Sáng 16/1") and "published_at" not in article.text
    # The clean text still maps into the raw file, past the front matter.
    assert article.offset_map_clean[0] == 0 and article.offset_map_raw[0] == len(front)
    # Broken front matter: the article is kept (cut of the block), the problem reported.
    kept = articles["broken_front.txt"]
    assert kept.url is None and kept.text.startswith("Chiều 20/3")
    notes = {(q.source_path, q.reason.value) for q in summary.quarantined}
    assert ("broken_front.txt", "invalid_sidecar") in notes


def test_the_publication_date_under_the_names_crawlers_give_it() -> None:
    for key in ("published_at", "published_on", "published", "datePublished", "pubdate", "date"):
        sidecar = parse_sidecar(json.dumps({key: "2024-01-31T08:00:00+07:00"}).encode())
        assert isinstance(sidecar, Sidecar) and sidecar.published_at == date(2024, 1, 31), key
    both = parse_sidecar(json.dumps({"date": "2024-01-31", "published_at": "2024-02-01"}).encode())
    assert isinstance(both, Sidecar) and both.published_at == date(2024, 2, 1)
    assert parse_sidecar(json.dumps({"date": "hôm qua"}).encode()) == (
        "date: Input should be a valid date or datetime, input is too short"
    )
