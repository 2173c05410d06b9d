"""Typed records of the cited documents: one row per document, one per citation.

Takes: nothing. Gives: pydantic models registered in :mod:`dnnd_data.schema.tables`.
"""

from __future__ import annotations

from datetime import date

from dnnd_data.schema.base import ARTICLE_ID_PATTERN, Record, col

DOCUMENT_ID_PATTERN = r"^d_[0-9a-f]{12}$"


class Document(Record):
    """A policy document cited by the articles (one row however it is spelled)."""

    document_id: str = col(
        "Stable id: type, number (and event, for a local one).",
        "Mã ổn định.",
        pattern=DOCUMENT_ID_PATTERN,
    )
    doc_type: str = col(
        "Chỉ thị, Nghị quyết Đại hội, Điều lệ, Thỏa thuận hợp tác...", "Loại văn bản."
    )
    number: str = col(
        "Canonical number (04-CT/TW, XIII; a local committee's 17-CT/TU, one per event) or "
        "term (khóa I).",
        "Số hiệu chuẩn.",
    )
    issuer: str | None = col("Issuing body.", "Cơ quan ban hành.")
    issued_on: date | None = col("Date issued, when an article gives it.", "Ngày ban hành.")
    title: str | None = col(
        "Subject ('về ...'), when given; a document known by name: its fullest name as written.",
        "Trích yếu, hoặc tên văn bản.",
    )
    n_mentions: int = col("Mentions across articles.", "Số lần được nhắc.", ge=1)


class DocumentMention(Record):
    """One citation of a document in an article."""

    document_id: str = col("Document.", "Văn bản.", pattern=DOCUMENT_ID_PATTERN)
    article_id: str = col("Article.", "Bài báo.", pattern=ARTICLE_ID_PATTERN)
    event_id: str | None = col("Event the article reports, if any.", "Sự kiện của bài báo.")
    span_start: int = col("Start of the citation in articles.text.", "Vị trí bắt đầu.", ge=0)
    span_end: int = col("End of the citation in articles.text.", "Vị trí kết thúc.", ge=0)
    surface: str = col("The citation as written.", "Cách viết trong bài.")
    evidence: str = col("The sentence.", "Câu chứa trích dẫn.", min_length=1)
