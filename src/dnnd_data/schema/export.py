"""Everything derived from the pydantic models: JSON Schema, Arrow schema, data dictionary,
DuckDB comments, expectation specs.

Takes: :data:`dnnd_data.tables.TABLES`. Gives: pure functions returning text or schema
objects (the data dictionary is in :mod:`dnnd_data.schema.dictionary`).
"""

from __future__ import annotations

import types
import typing
from datetime import date, datetime
from enum import Enum
from typing import Any

import pyarrow as pa
from annotated_types import Ge, Gt
from pydantic.fields import FieldInfo

from dnnd_data.schema.tables import ExpectationSpec, TableSpec

_SCALARS: dict[type, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
    date: pa.date32(),
    datetime: pa.timestamp("us", tz="UTC"),
}


def unwrap_optional(annotation: Any) -> tuple[Any, bool]:
    args = typing.get_args(annotation)
    if typing.get_origin(annotation) in (typing.Union, types.UnionType) and type(None) in args:
        inner = [a for a in args if a is not type(None)]
        return inner[0], True
    return annotation, False


def arrow_type(annotation: Any) -> pa.DataType:
    """Arrow type for a (non-optional) Python annotation."""
    if typing.get_origin(annotation) is list:
        (item,) = typing.get_args(annotation)
        return pa.list_(arrow_type(item))
    if isinstance(annotation, type) and issubclass(annotation, Enum):
        return pa.string()
    if annotation in _SCALARS:
        return _SCALARS[annotation]
    raise TypeError(f"no Arrow type for {annotation!r}: add it to schema_export._SCALARS")


def arrow_schema(spec: TableSpec) -> pa.Schema:
    """Arrow schema of a table, with descriptions as field metadata."""
    fields = []
    for name, info in spec.model.model_fields.items():
        inner, nullable = unwrap_optional(info.annotation)
        meta = {"description": info.description or "", "description_vi": vi_description(info)}
        fields.append(pa.field(name, arrow_type(inner), nullable=nullable, metadata=meta))
    return pa.schema(fields, metadata={"table": spec.name, "description": spec.description_en})


def vi_description(info: FieldInfo) -> str:
    extra = info.json_schema_extra
    return str(extra.get("description_vi", "")) if isinstance(extra, dict) else ""


_DUCKDB_NAMES: dict[str, str] = {
    "string": "VARCHAR",
    "int64": "BIGINT",
    "double": "DOUBLE",
    "bool": "BOOLEAN",
    "date32[day]": "DATE",
    "timestamp[us, tz=UTC]": "TIMESTAMPTZ",
}


def duckdb_type(data_type: pa.DataType) -> str:
    """The DuckDB name of an Arrow type, as users see it when they query."""
    if pa.types.is_list(data_type):
        return duckdb_type(data_type.value_type) + "[]"
    return _DUCKDB_NAMES[str(data_type)]


def type_label(info: FieldInfo) -> str:
    """DuckDB type of a column, with NOT NULL when required, for the data dictionary."""
    inner, nullable = unwrap_optional(info.annotation)
    return duckdb_type(arrow_type(inner)) + ("" if nullable else " NOT NULL")


def json_schema(spec: TableSpec) -> dict[str, Any]:
    """JSON Schema of one row of a table."""
    schema = spec.model.model_json_schema()
    schema["title"] = spec.name
    schema["description"] = spec.description_en
    schema["x-primary-key"] = list(spec.primary_key)
    return schema


def _sql_literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def duckdb_comments(spec: TableSpec) -> list[str]:
    """``COMMENT ON`` statements for a table and each of its columns (EN / VI)."""
    description = f"{spec.description_en} / {spec.description_vi}"
    if spec.per_article_facts:
        references = "; ".join(f"{c} → {t}.{o}" for c, t, o in spec.foreign_keys)
        description += (
            f" Key ({', '.join(spec.primary_key)})"
            + (f", references {references}" if references else "")
            + ": checked before release, not declared (DuckDB would index them in memory)."
        )
    statements = [f"COMMENT ON TABLE {spec.name} IS {_sql_literal(description)}"]
    for name, info in spec.model.model_fields.items():
        text = f"{info.description or ''} / {vi_description(info)}"
        statements.append(f"COMMENT ON COLUMN {spec.name}.{name} IS {_sql_literal(text)}")
    return statements


def expectation_specs(spec: TableSpec) -> list[ExpectationSpec]:
    """Expectations derived from a table's model: keys, nulls, patterns, ranges, enums."""
    out = [ExpectationSpec("expect_table_row_count_to_be_between", {"min_value": spec.min_rows})]
    if len(spec.primary_key) == 1:
        out.append(
            ExpectationSpec("expect_column_values_to_be_unique", {"column": spec.primary_key[0]})
        )
    else:
        out.append(
            ExpectationSpec(
                "expect_compound_columns_to_be_unique", {"column_list": list(spec.primary_key)}
            )
        )
    for name, info in spec.model.model_fields.items():
        out += _column_expectations(name, info)
    return out + list(spec.expectations)


def _column_expectations(name: str, info: FieldInfo) -> list[ExpectationSpec]:
    inner, nullable = unwrap_optional(info.annotation)
    out = []
    if not nullable:
        out.append(ExpectationSpec("expect_column_values_to_not_be_null", {"column": name}))
    for constraint in info.metadata:
        pattern = getattr(constraint, "pattern", None)
        if pattern:
            out.append(
                ExpectationSpec(
                    "expect_column_values_to_match_regex", {"column": name, "regex": pattern}
                )
            )
        if isinstance(constraint, Ge | Gt):
            low = constraint.ge if isinstance(constraint, Ge) else constraint.gt
            out.append(
                ExpectationSpec(
                    "expect_column_values_to_be_between",
                    {"column": name, "min_value": low, "strict_min": isinstance(constraint, Gt)},
                )
            )
    if isinstance(inner, type) and issubclass(inner, Enum):
        values = sorted(str(member.value) for member in inner)
        out.append(
            ExpectationSpec(
                "expect_column_values_to_be_in_set", {"column": name, "value_set": values}
            )
        )
    return out
