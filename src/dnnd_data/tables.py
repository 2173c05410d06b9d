"""Registry of published tables: which model, key and description each table has.

Takes: the models in :mod:`dnnd_data.models`. Gives: :data:`TABLES`, the ordered list of
:class:`TableSpec` that publishing, validation and schema export all iterate over.
"""

from __future__ import annotations

from dataclasses import dataclass

from dnnd_data.models import Article, BoilerplateLine, QuarantineRecord, Record


@dataclass(frozen=True)
class TableSpec:
    """One published table."""

    name: str
    model: type[Record]
    primary_key: tuple[str, ...]
    description_en: str
    description_vi: str
    min_rows: int = 0

    @property
    def columns(self) -> list[str]:
        """Column names in model order."""
        return list(self.model.model_fields)


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

TABLES: tuple[TableSpec, ...] = (ARTICLES, BOILERPLATE_LINES, QUARANTINE)
TABLES_BY_NAME: dict[str, TableSpec] = {spec.name: spec for spec in TABLES}
