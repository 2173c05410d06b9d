"""Hostile raw files end in articles or quarantine with a specific reason; the run
finishes, publishes, and prints one line per quarantined file."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from typer.testing import CliRunner

from dnnd_data.cli.app import app
from dnnd_data.pipeline.build import build
from dnnd_data.schema.articles import Article, QuarantineRecord
from dnnd_data.settings import Settings
from tests.conftest import RAW_DIR, SEED_NAMES

HTML_PAGE = """<!DOCTYPE html><html><head><title>Tin tức</title>
<script>var ads = "<p>quảng cáo</p>";</script><style>p{color:red}</style></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/the-gioi">Thế giới</a></nav>
<article><h1>Tổng kết công tác đối ngoại nhân dân năm 2016</h1>
<p>Chiều 5/1/2017, Ban Đối ngoại Trung ương tổ chức Hội nghị tổng kết công tác đối ngoại
nhân dân năm 2016 và triển khai nhiệm vụ năm 2017.</p>
<figure><img src="a.jpg"><figcaption>Toàn cảnh hội nghị</figcaption></figure>
<p>Đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, Thường trực Ban Bí thư dự và chỉ đạo
Hội nghị. Gần&nbsp;200 đại biểu đã tham dự.</p></article>
<footer>© Báo điện tử</footer></body></html>"""

SCRIPT_ONLY_PAGE = (
    "<html><head><script>var a = 1;</script></head><body><nav>Menu</nav></body></html>"
)


def _hostile_raw(tmp_path: Path) -> Path:
    """One seed as is; the other four re-encoded or moved; plus every bad-input class."""
    raw = tmp_path / "raw"
    raw.mkdir()
    seeds = [(RAW_DIR / name).read_text("utf-8") for name in SEED_NAMES]
    files: dict[str, bytes] = {
        "a seed.txt": seeds[1].encode(),
        "utf16 bom.txt": codecs.BOM_UTF16_LE + seeds[0].encode("utf-16-le"),
        "utf8-bom.txt": codecs.BOM_UTF8 + seeds[2].encode("utf-8"),
        "nfd crlf.txt": unicodedata.normalize("NFD", seeds[3]).replace("\n", "\r\n").encode(),
        "thư mục/con/bài viết số 1.txt": seeds[4].encode(),
        "empty.txt": b"",
        "latin1.txt": "Hội nghị ".encode() + "déjà vu".encode("latin-1"),
        "cp1258.txt": b"H" + "ô".encode("cp1258") + b"i ngh" + "Đô".encode("cp1258"),
        "garbage.bin": bytes(range(256)) * 8,
        "page.html": HTML_PAGE.encode(),
        "menu-only.html": SCRIPT_ONLY_PAGE.encode(),
        "exact copy.txt": seeds[1].encode(),
        "near copy.txt": seeds[1].replace("Gần 300 đại biểu", "Khoảng 300 đại biểu").encode(),
        "huge.txt": b"a" * 2_000_000,
    }
    for name, data in files.items():
        (raw / name).parent.mkdir(parents=True, exist_ok=True)
        (raw / name).write_bytes(data)
    (raw / "escape.txt").symlink_to(tmp_path / "outside-secret.txt")
    (tmp_path / "outside-secret.txt").write_text("bí mật", encoding="utf-8")
    return raw


EXPECTED = {
    "empty.txt": "empty",
    "latin1.txt": "undecodable",
    "cp1258.txt": "undecodable",
    "garbage.bin": "binary",
    "menu-only.html": "no_text_after_cleaning",
    "exact copy.txt": "duplicate",
    "near copy.txt": "near_duplicate",
    "huge.txt": "too_large",
    "escape.txt": "symlink",
}


def test_every_hostile_file_has_a_specific_fate(tmp_path: Path) -> None:
    raw = _hostile_raw(tmp_path)
    summary = build(raw, tmp_path / "out", Settings(max_file_bytes=1_000_000))
    assert summary.published is not None, summary.report.summary()
    reasons = {
        q.source_path: q.reason.value for q in summary.dataset.rows("quarantine", QuarantineRecord)
    }
    assert reasons == EXPECTED
    articles = {a.source_path: a for a in summary.dataset.rows("articles", Article)}
    for name in (
        "utf16 bom.txt",
        "utf8-bom.txt",
        "nfd crlf.txt",
        "thư mục/con/bài viết số 1.txt",
        "page.html",
    ):
        assert name in articles, name
    page = articles["page.html"]
    assert page.source_format == "html"
    assert "Trang chủ" not in page.text and "quảng cáo" not in page.text and "©" not in page.text
    assert "Gần 200 đại biểu" in page.text
    assert set(articles) | set(reasons) == set(summary.dataset.raw_paths)


def test_html_article_yields_its_event(tmp_path: Path) -> None:
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    summary = build(raw, tmp_path / "out", Settings())
    (event,) = summary.dataset.records()["events"]
    assert (event.review_year, str(event.held_on), event.attendance_count) == (
        2016,
        "2017-01-05",
        200,
    )  # type: ignore[attr-defined]


def test_cli_prints_one_line_per_quarantined_file(tmp_path: Path) -> None:
    raw = _hostile_raw(tmp_path)
    result = CliRunner(env={"DNND_MAX_FILE_BYTES": "1000000"}).invoke(
        app, ["build", "--raw", str(raw), "--out", str(tmp_path / "out"), "--engine", "local"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("quarantined ")]
    assert len(lines) == len(EXPECTED)
    assert any(line.startswith("quarantined near copy.txt: near_duplicate: ") for line in lines)
    assert "Traceback" not in result.output
