"""The data dictionary, generated from the pydantic models and the table specs: per column
its type, nullability, bilingual description, allowed values (closed vocabularies), the
column it references (``table.column``), its bounds, and, in a release, an example value
taken from the data; conventions (spans, dates, flags) stated once at the top.

Takes: :data:`dnnd_data.schema.tables.TABLES` and optional examples. Gives: the JSON and
Markdown forms.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from typing import Any

from annotated_types import Ge, Gt, Le, Lt, MaxLen, MinLen
from pydantic.fields import FieldInfo

from dnnd_data.schema.export import type_label, unwrap_optional, vi_description
from dnnd_data.schema.tables import TABLES, TableSpec

# table -> column -> an example value, as text
Examples = Mapping[str, Mapping[str, str]]

CONVENTIONS: tuple[tuple[str, str], ...] = (
    (
        "Spans (`span_start`, `span_end`) are 0-based, end-exclusive character offsets "
        "(Unicode code points, as Python and DuckDB count them) into `articles.text` of the "
        "row's `article_id`: `substr(text, span_start + 1, span_end - span_start)` in SQL.",
        "Vị trí (`span_start`, `span_end`) tính từ 0, không gồm ký tự cuối, theo ký tự của "
        "`articles.text`.",
    ),
    (
        "`evidence` is the sentence (or sentences) holding the span, copied from the text: "
        "cite it with the article's `title`, `url` and `published_on`.",
        "`evidence` là câu chứa thông tin, trích nguyên văn từ bài.",
    ),
    (
        "Dates are ISO calendar dates (day precision). A date whose year the text does not "
        "write is completed by a rule: `events.held_on_inferred` is true and "
        "`events.held_on_basis` says which rule; `held_on_quality` flags a doubtful one.",
        "Ngày theo ISO; năm không ghi trong bài được suy ra và đánh dấu (held_on_inferred, "
        "held_on_basis).",
    ),
    (
        "Ids are derived from content (an article's text, an event's kind and identity, a "
        "canonical name), so a record keeps its id across releases. "
        "`positions`, `written` and `surface` columns keep the article's wording; canonical "
        "forms are in the referenced tables.",
        "Mã ổn định giữa các phiên bản; cột ghi 'as written' giữ nguyên cách viết của bài.",
    ),
    (
        "A list column (`aliases`, `conflicts`, offset maps) is a DuckDB list / Parquet list; "
        "in CSV exports it is a JSON array.",
        "Cột danh sách là list trong DuckDB/Parquet, mảng JSON trong CSV.",
    ),
)

_ALTERNATION = re.compile(r"^\^\(\?:(?P<options>[^()]+)\)\$$")


def allowed_values(info: FieldInfo) -> list[str] | None:
    """The closed vocabulary of a column: its enum's values, or the words of a pattern
    that is a plain alternation (``^(?:text|html)$``)."""
    inner, _ = unwrap_optional(info.annotation)
    if isinstance(inner, type) and issubclass(inner, Enum):
        return [str(member.value) for member in inner]
    for constraint in info.metadata:
        pattern = getattr(constraint, "pattern", None)
        if pattern and (match := _ALTERNATION.match(pattern)):
            return [option.replace("\\", "") for option in match.group("options").split("|")]
    return None


def bounds(info: FieldInfo) -> str | None:
    """The column's limits as text ("≥ 0", "≤ 100000", "pattern ^p_[0-9a-f]{12}$")."""
    parts = []
    for constraint in info.metadata:
        if isinstance(constraint, Ge):
            parts.append(f"≥ {constraint.ge}")
        elif isinstance(constraint, Gt):
            parts.append(f"> {constraint.gt}")
        elif isinstance(constraint, Le):
            parts.append(f"≤ {constraint.le}")
        elif isinstance(constraint, Lt):
            parts.append(f"< {constraint.lt}")
        elif isinstance(constraint, MinLen) and constraint.min_length:
            parts.append(f"length ≥ {constraint.min_length}")
        elif isinstance(constraint, MaxLen):
            parts.append(f"length ≤ {constraint.max_length}")
        elif (pattern := getattr(constraint, "pattern", None)) and allowed_values(info) is None:
            parts.append(f"pattern {pattern}")
    return ", ".join(parts) or None


def references(spec: TableSpec) -> dict[str, str]:
    """column -> ``table.column`` it must exist in."""
    return {column: f"{table}.{other}" for column, table, other in spec.foreign_keys}


def data_dictionary(examples: Examples | None = None) -> list[dict[str, Any]]:
    """Machine-readable data dictionary: tables, columns, types, descriptions, vocabularies,
    references, bounds, examples."""
    tables = []
    for spec in TABLES:
        refs = references(spec)
        shown = (examples or {}).get(spec.name, {})
        columns = [
            {
                "name": name,
                "type": type_label(info),
                "nullable": unwrap_optional(info.annotation)[1],
                "description_en": info.description or "",
                "description_vi": vi_description(info),
                "allowed_values": allowed_values(info),
                "references": refs.get(name),
                "bounds": bounds(info),
                **({"example": shown[name]} if name in shown else {}),
            }
            for name, info in spec.model.model_fields.items()
        ]
        tables.append(
            {
                "table": spec.name,
                "primary_key": list(spec.primary_key),
                "description_en": spec.description_en,
                "description_vi": spec.description_vi,
                "columns": columns,
            }
        )
    return tables


def data_dictionary_markdown(examples: Examples | None = None) -> str:
    """The data dictionary as Markdown: conventions, then one section per table."""
    lines = [
        "# dnnd-data: data dictionary",
        "",
        "Generated from the pydantic models in `src/dnnd_data/schema/` (`make schemas`).",
        "Do not edit by hand.",
        "",
        "## Conventions",
        "",
        *[f"- {en}  \n  *{vi}*" for en, vi in CONVENTIONS],
        "",
    ]
    for table in data_dictionary(examples):
        lines += [
            f"## `{table['table']}`",
            "",
            f"{table['description_en']}  ",
            f"*{table['description_vi']}*",
            "",
            f"Primary key: `{', '.join(table['primary_key'])}`",
            "",
            "| column | type | description | mô tả | values |",
            "|---|---|---|---|---|",
        ]
        for c in table["columns"]:
            en, vi = _md_cell(c["description_en"]), _md_cell(c["description_vi"])
            lines.append(f"| `{c['name']}` | {c['type']} | {en} | {vi} | {_values_cell(c)} |")
        lines.append("")
    return "\n".join(lines)


def _values_cell(column: dict[str, Any]) -> str:
    parts = []
    if column["allowed_values"]:
        parts.append("one of " + ", ".join(f"`{v}`" for v in column["allowed_values"]))
    if column["references"]:
        parts.append(f"→ `{column['references']}`")
    if column["bounds"]:
        parts.append(_md_cell(column["bounds"]))
    if "example" in column:
        parts.append(f"e.g. `{_md_cell(column['example'])}`")
    return "; ".join(parts)


def _md_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ").replace("`", "'")
