"""DuckDB DDL generated from the models: column types, NOT NULL where a field is required,
PRIMARY KEY where every key column is required, foreign keys from the table registry, and
an ENUM type for every closed vocabulary (a StrEnum field).

Tables of per-article facts (mentions, claims, participations) declare neither key nor
foreign keys: DuckDB keeps a constraint's index in memory while it loads a table, and
theirs grow with the corpus many times over (two million organization mentions at 100,000
articles do not fit the publisher's memory budget). Their keys and references are checked
by the validation suites before release and named in the table's comment.

Takes: :data:`dnnd_data.schema.tables.TABLES`. Gives: ``CREATE TYPE`` and ``CREATE TABLE``
statements, and the order that creates a referenced table before the tables that point at it.
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum

from dnnd_data.schema.export import arrow_type, duckdb_type, unwrap_optional
from dnnd_data.schema.tables import TABLES, TableSpec
from dnnd_data.sql import sql_string


def enum_name(enum: type[Enum]) -> str:
    """The DuckDB type name of a closed vocabulary: ``EventKind`` → ``event_kind``."""
    name = enum.__name__
    return "".join(f"_{c.lower()}" if c.isupper() and i else c.lower() for i, c in enumerate(name))


def enums(specs: Sequence[TableSpec] = TABLES) -> dict[str, type[Enum]]:
    """Every closed vocabulary the tables use, by DuckDB type name."""
    out: dict[str, type[Enum]] = {}
    for spec in specs:
        for info in spec.model.model_fields.values():
            inner, _ = unwrap_optional(info.annotation)
            if isinstance(inner, type) and issubclass(inner, Enum):
                out[enum_name(inner)] = inner
    return dict(sorted(out.items()))


def create_types(specs: Sequence[TableSpec] = TABLES) -> list[str]:
    """``CREATE TYPE ... AS ENUM`` for every closed vocabulary."""
    return [
        f"CREATE TYPE {name} AS ENUM ({', '.join(sql_string(str(m.value)) for m in enum)})"
        for name, enum in enums(specs).items()
    ]


def create_table(spec: TableSpec) -> str:
    """``CREATE TABLE`` with types, NOT NULL, PRIMARY KEY and FOREIGN KEY clauses (no
    key clauses for per-article facts: see the module's note)."""
    lines = []
    required = set()
    for name, info in spec.model.model_fields.items():
        inner, nullable = unwrap_optional(info.annotation)
        if isinstance(inner, type) and issubclass(inner, Enum):
            column_type = enum_name(inner)
        else:
            column_type = duckdb_type(arrow_type(inner))
        lines.append(f'"{name}" {column_type}' + ("" if nullable else " NOT NULL"))
        if not nullable:
            required.add(name)
    if not spec.per_article_facts:
        if set(spec.primary_key) <= required:
            lines.append(f"PRIMARY KEY ({', '.join(spec.primary_key)})")
        for column, other, other_column in spec.foreign_keys:
            lines.append(f'FOREIGN KEY ("{column}") REFERENCES {other} ({other_column})')
    return f"CREATE TABLE {spec.name} (\n  " + ",\n  ".join(lines) + "\n)"


def creation_order(specs: Sequence[TableSpec] = TABLES) -> list[TableSpec]:
    """The tables, each after the tables its foreign keys point at."""
    by_name = {spec.name: spec for spec in specs}
    done: list[TableSpec] = []

    def visit(spec: TableSpec) -> None:
        if spec in done:
            return
        for _, other, _ in spec.foreign_keys:
            if other != spec.name and other in by_name:
                visit(by_name[other])
        done.append(spec)

    for spec in specs:
        visit(spec)
    return done
