"""Every bad-input class ends in quarantine with a specific reason, never an exception."""

from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

import pytest

from dnnd_data.ingest.discover import RawRef, discover
from dnnd_data.ingest.read import RawDocument, decode_document, read_document
from dnnd_data.pipeline.process import build_article
from dnnd_data.schema.articles import QuarantineReason, QuarantineRecord
from dnnd_data.settings import Settings

VI = (
    "Sáng 16/1, tại Hà Nội, Ban Đối ngoại Trung ương tổ chức "
    "Hội nghị tổng kết công tác đối ngoại nhân dân."
)


def _decode(data: bytes) -> RawDocument | QuarantineRecord:
    return decode_document("x.txt", data)


def _reason(result: object) -> QuarantineReason:
    assert isinstance(result, QuarantineRecord), result
    assert result.detail
    return result.reason


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", QuarantineReason.EMPTY),
        (b"  \n\t \n", QuarantineReason.EMPTY),
        (VI.encode("utf-8") + b"\x00\x01\x02", QuarantineReason.BINARY),
        (bytes(range(256)) * 4, QuarantineReason.BINARY),
        ("Hội nghị Đối ngoại".encode("cp1258", errors="replace"), QuarantineReason.UNDECODABLE),
        ("café déjà vu".encode("latin-1"), QuarantineReason.UNDECODABLE),
        (codecs.BOM_UTF8 + b"   ", QuarantineReason.EMPTY),
    ],
)
def test_bad_bytes_are_quarantined(data: bytes, reason: QuarantineReason) -> None:
    assert _reason(_decode(data)) == reason


def test_undecodable_detail_says_where_and_what_to_do() -> None:
    result = _decode(b"abc \xe0 def")
    assert isinstance(result, QuarantineRecord)
    assert "offset 4" in result.detail
    assert "UTF-8" in result.detail


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (codecs.BOM_UTF8 + VI.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + VI.encode("utf-16-le"), "utf-16"),
        (codecs.BOM_UTF16_BE + VI.encode("utf-16-be"), "utf-16"),
        (VI.encode("utf-8"), "utf-8"),
    ],
)
def test_boms_and_utf16_decode(data: bytes, encoding: str) -> None:
    doc = _decode(data)
    assert isinstance(doc, RawDocument)
    assert doc.encoding == encoding
    assert doc.text == VI


def test_nfd_with_crlf_becomes_the_same_article_as_nfc() -> None:
    nfd = unicodedata.normalize("NFD", VI + "\n\n" + VI).replace("\n", "\r\n").encode("utf-8")
    nfc = (VI + "\n\n" + VI).encode("utf-8")
    a, b = (build_article(_decode(d), 0.02).article for d in (nfd, nfc))  # type: ignore[arg-type]
    assert a is not None and b is not None
    assert a.text == b.text
    assert a.article_id == b.article_id


def test_english_text_is_not_vietnamese() -> None:
    doc = _decode(b"The quick brown fox jumps over the lazy dog. " * 5)
    outcome = build_article(doc, 0.10)  # type: ignore[arg-type]
    assert outcome.quarantine is not None
    assert outcome.quarantine.reason == QuarantineReason.NOT_VIETNAMESE


def test_only_boilerplate_leaves_no_text() -> None:
    outcome = build_article(_decode(b"0:00 / 0:00\nIn b\xc3\xa0i vi\xe1\xba\xbft\n"), 0.02)  # type: ignore[arg-type]
    assert outcome.quarantine is not None
    assert outcome.quarantine.reason == QuarantineReason.NO_TEXT


def test_too_large_is_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(VI.encode("utf-8") * 100)
    result = read_document(RawRef(path, "big.txt"), max_bytes=1000)
    assert _reason(result) == QuarantineReason.TOO_LARGE


def test_symlinks_are_never_followed(tmp_path: Path) -> None:
    outside = tmp_path / "secret.txt"
    outside.write_text(VI, encoding="utf-8")
    raw = tmp_path / "raw"
    (raw / "nested" / "deeper").mkdir(parents=True)
    (raw / "nested" / "deeper" / "bài viết số 1.txt").write_text(VI, encoding="utf-8")
    (raw / "link.txt").symlink_to(outside)
    (raw / "dirlink").symlink_to(tmp_path, target_is_directory=True)
    refs, rejected = discover(raw)
    assert [r.relative for r in refs] == ["nested/deeper/bài viết số 1.txt"]
    assert sorted(q.source_path for q in rejected) == ["dirlink", "link.txt"]
    assert {q.reason for q in rejected} == {QuarantineReason.SYMLINK}


def test_tens_of_megabytes_under_the_default_limit_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 30 MB on paper, nothing on disk
        handle.truncate(30 * 1024 * 1024)
    result = read_document(RawRef(path, "huge.txt"), max_bytes=Settings().max_file_bytes)
    assert _reason(result) == QuarantineReason.TOO_LARGE
    assert isinstance(result, QuarantineRecord) and "31,457,280 bytes" in result.detail
