"""Registry of published tables: which model, key and description each table has.

Takes: the models in :mod:`dnnd_data.models`. Gives: :data:`TABLES`, the ordered list of
:class:`TableSpec` that publishing, validation and schema export all iterate over.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from dnnd_data.schema.articles import Article, BoilerplateLine, QuarantineRecord
from dnnd_data.schema.base import Record
from dnnd_data.schema.documents import Document, DocumentMention
from dnnd_data.schema.facts import (
    Award,
    Event,
    EventClaim,
    EventSource,
    Organization,
    OrganizationMention,
    Participation,
    Person,
    PersonMentionRow,
    PositionTerm,
)


@dataclass(frozen=True)
class ExpectationSpec:
    """A Great Expectations expectation as plain data (type name + kwargs + severity)."""

    type: str
    kwargs: dict[str, Any] = field(default_factory=dict)
    severity: str = "critical"
    note: str = ""  # why the check exists, shown when it fails

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready form, as written under ``schemas/expectations``."""
        return {"type": self.type, "kwargs": self.kwargs, "severity": self.severity}


@dataclass(frozen=True)
class TableSpec:
    """One published table."""

    name: str
    model: type[Record]
    primary_key: tuple[str, ...]
    description_en: str
    description_vi: str
    min_rows: int = 0
    # (column, other table, other column): every non-null value must exist there.
    foreign_keys: tuple[tuple[str, str, str], ...] = ()
    # Checks beyond what the model implies (keys, nulls, patterns, ranges come from it).
    expectations: tuple[ExpectationSpec, ...] = ()

    @property
    def columns(self) -> list[str]:
        """Column names in model order."""
        return list(self.model.model_fields)

    @property
    def per_article_facts(self) -> bool:
        """Rows are facts of single articles (keyed by the article and more), so a corpus
        holds many times as many rows as articles."""
        return "article_id" in self.primary_key and len(self.primary_key) > 1


ARTICLES = TableSpec(
    name="articles",
    model=Article,
    primary_key=("article_id",),
    description_en="One row per cleaned news article.",
    description_vi="Mỗi dòng là một bài báo đã làm sạch.",
    min_rows=1,
)
BOILERPLATE_LINES = TableSpec(
    name="boilerplate_lines",
    model=BoilerplateLine,
    primary_key=("article_id", "line_no"),
    description_en="Raw lines removed from articles as boilerplate, with the rule that matched.",
    description_vi="Các dòng thừa đã bỏ khỏi bài báo, kèm quy tắc đã áp dụng.",
)
QUARANTINE = TableSpec(
    name="quarantine",
    model=QuarantineRecord,
    primary_key=("source_path", "reason"),
    description_en="Raw files or records set aside, each with a reason.",
    description_vi="Các tệp hoặc bản ghi bị loại ra, kèm lý do.",
)

EVENTS = TableSpec(
    name="events",
    model=Event,
    primary_key=("event_id",),
    description_en="Events of every kind (reviews, conferences, congresses, anniversaries, award "
    "ceremonies, receptions), one row however many articles report them.",
    description_vi="Các sự kiện (tổng kết, hội nghị, đại hội, kỷ niệm, trao tặng, đón tiếp), "
    "gộp từ các bài.",
    foreign_keys=(("organizer_org_id", "organizations", "org_id"),),
    expectations=(
        # Doubtful dates are kept and explained in held_on_quality; they warn, not stop.
        ExpectationSpec(
            "expect_column_values_to_be_null", {"column": "held_on_quality"}, severity="warning"
        ),
        ExpectationSpec(
            "expect_column_pair_values_a_to_be_greater_than_b",
            {
                "column_A": "plan_year",
                "column_B": "review_year",
                "ignore_row_if": "either_value_is_missing",
            },
        ),
    ),
)
EVENT_SOURCES = TableSpec(
    name="event_sources",
    model=EventSource,
    primary_key=("event_id", "article_id"),
    description_en="Which articles report which event, with the naming span.",
    description_vi="Bài báo nào đưa tin sự kiện nào.",
    foreign_keys=(("event_id", "events", "event_id"), ("article_id", "articles", "article_id")),
    expectations=(
        ExpectationSpec(
            "expect_column_pair_values_a_to_be_greater_than_b",
            {"column_A": "span_end", "column_B": "span_start"},
        ),
    ),
)
EVENT_CLAIMS = TableSpec(
    name="event_claims",
    model=EventClaim,
    primary_key=("event_id", "article_id", "field"),
    description_en="What each article states about its event, field by field (date, place, "
    "organizer, attendance, format): as written, the value read, span and sentence; "
    "matches_event shows which claim the merged event kept.",
    description_vi="Mỗi bài báo nêu gì về sự kiện, theo từng trường, kèm vị trí và câu.",
    foreign_keys=(("event_id", "events", "event_id"), ("article_id", "articles", "article_id")),
)
ORGANIZATIONS = TableSpec(
    name="organizations",
    model=Organization,
    primary_key=("org_id",),
    description_en="Organizations mentioned, with canonical names and aliases.",
    description_vi="Các tổ chức được nhắc đến, tên chuẩn và các cách viết khác.",
)
DOCUMENTS = TableSpec(
    name="documents",
    model=Document,
    primary_key=("document_id",),
    description_en="Policy documents cited (directives, resolutions), one row per document.",
    description_vi="Các văn bản được trích dẫn (chỉ thị, nghị quyết).",
)
DOCUMENT_MENTIONS = TableSpec(
    name="document_mentions",
    model=DocumentMention,
    primary_key=("article_id", "span_start"),
    description_en="Each citation of a document in an article, with span and sentence.",
    description_vi="Mỗi lần văn bản được trích dẫn trong bài, kèm vị trí và câu.",
    foreign_keys=(
        ("document_id", "documents", "document_id"),
        ("article_id", "articles", "article_id"),
        ("event_id", "events", "event_id"),
    ),
)

ORGANIZATION_MENTIONS = TableSpec(
    name="organization_mentions",
    model=OrganizationMention,
    primary_key=("article_id", "span_start", "org_id"),
    description_en="Every naming of an organization in an article, as written, with span and "
    "sentence; is_organizer marks the organizer of the article's event.",
    description_vi="Mỗi lần một tổ chức được nêu tên trong bài, như trong bài, kèm vị trí và câu.",
    foreign_keys=(
        ("org_id", "organizations", "org_id"),
        ("article_id", "articles", "article_id"),
        ("event_id", "events", "event_id"),
    ),
)

PEOPLE = TableSpec(
    name="people",
    model=Person,
    primary_key=("person_id",),
    description_en="People named in the articles, names without honorifics.",
    description_vi="Những người được nêu tên trong các bài, họ tên không kèm danh xưng.",
)
PARTICIPATIONS = TableSpec(
    name="participations",
    model=Participation,
    primary_key=("event_id", "person_id", "article_id", "role"),
    description_en="Who did what at which event, in which position, per reporting article.",
    description_vi="Ai làm gì tại sự kiện nào, với chức vụ gì, theo từng bài báo.",
    foreign_keys=(
        ("event_id", "events", "event_id"),
        ("person_id", "people", "person_id"),
        ("article_id", "articles", "article_id"),
    ),
)
AWARDS = TableSpec(
    name="awards",
    model=Award,
    primary_key=("event_id", "article_id", "award_type", "recipient_kind", "recipient_org_id"),
    description_en="Awards given at events: type, recipient kind, count or named recipient.",
    description_vi="Khen thưởng tại sự kiện: hình thức, đối tượng, số lượng hoặc đơn vị nhận.",
    foreign_keys=(
        ("event_id", "events", "event_id"),
        ("article_id", "articles", "article_id"),
        ("recipient_org_id", "organizations", "org_id"),
    ),
)
PERSON_MENTIONS = TableSpec(
    name="person_mentions",
    model=PersonMentionRow,
    primary_key=("article_id", "span_start"),
    description_en="Every naming of a person in an article (event or not), with the position "
    "written there, span and sentence.",
    description_vi="Mỗi lần một người được nêu tên trong bài, kèm chức vụ, vị trí và câu.",
    foreign_keys=(("person_id", "people", "person_id"), ("article_id", "articles", "article_id")),
)
POSITION_TERMS = TableSpec(
    name="position_terms",
    model=PositionTerm,
    primary_key=("person_id", "position"),
    description_en="Position timeline: each person's titles with first and last event dates.",
    description_vi="Dòng thời gian chức vụ: chức vụ của mỗi người, lần đầu và lần cuối thấy.",
    foreign_keys=(("person_id", "people", "person_id"),),
)

TABLES: tuple[TableSpec, ...] = (
    ARTICLES,
    BOILERPLATE_LINES,
    QUARANTINE,
    EVENTS,
    EVENT_SOURCES,
    EVENT_CLAIMS,
    ORGANIZATIONS,
    ORGANIZATION_MENTIONS,
    DOCUMENTS,
    DOCUMENT_MENTIONS,
    PEOPLE,
    PARTICIPATIONS,
    PERSON_MENTIONS,
    AWARDS,
    POSITION_TERMS,
)
TABLES_BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}
