"""Validate every table with Great Expectations (1.x, ephemeral context, pandas frames).

Takes: the tables (a :class:`TableStore`; DuckDB reads them, one part in memory at a
time) and the list of raw files. Gives: a :class:`ValidationReport`: one outcome per
expectation, ``success`` false when a *critical* expectation failed.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

import duckdb
import pandas as pd
import pyarrow as pa

from dnnd_data import progress
from dnnd_data.assemble.table_store import StoreState, TableStore
from dnnd_data.schema.base import Record
from dnnd_data.schema.export import expectation_specs
from dnnd_data.schema.tables import ExpectationSpec, TableSpec
from dnnd_data.sql import arrow_table, sql_string
from dnnd_data.validate.gate import assertions, gate_specs
from dnnd_data.validate.gx import _GreatExpectations
from dnnd_data.validate.report import ExpectationOutcome, ValidationReport

RAW_FILES = "raw_files"


STAGE_VALIDATE = "validate"


# Membership checks compare a column with a whole other column. Passing that column to GX
# as a value_set made validation quadratic-looking (GX copies the set into every
# expectation configuration it serializes: 40 s at 10k articles), so DuckDB computes
# membership and GX checks the derived column is all FOUND.
FOUND = "ok"


# GX reads a table in parts of about this many rows (pandas frames cost memory). Rows are
# split by a hash of their primary key, so duplicate keys meet in one part and the
# uniqueness checks stay exact; row-count checks see the whole count.
VALIDATE_ROWS = 50_000


TABLE_LEVEL = frozenset({"expect_table_row_count_to_be_between"})


def raw_file_specs() -> list[ExpectationSpec]:
    """Every raw file must be in ``articles`` or in ``quarantine``."""
    return [_all_found("source_path", "nothing lost: every raw file is an article or quarantined")]


def foreign_key_specs(spec: TableSpec) -> list[ExpectationSpec]:
    """Every non-null foreign key value must exist in the referenced table (checked on a
    derived column, see :func:`foreign_key_columns`)."""
    return [
        _all_found(_fk_column(column, other, other_column), f"foreign key {spec.name}.{column}")
        for column, other, other_column in spec.foreign_keys
    ]


def foreign_key_columns(spec: TableSpec) -> list[str]:
    """SQL for the derived membership column of each foreign key: FOUND, or what is missing."""
    out = []
    for column, other, other_column in spec.foreign_keys:
        value = f't."{column}"'
        out.append(
            f"CASE WHEN {value} IS NULL OR {value} IN "
            f'(SELECT "{other_column}" FROM "{other}") THEN {sql_string(FOUND)} '
            f"ELSE {sql_string(f'no {other} row with {other_column}=')} "
            f"|| CAST({value} AS VARCHAR) END "
            f'AS "{_fk_column(column, other, other_column)}"'
        )
    return out


def foreign_key_names(spec: TableSpec) -> list[str]:
    """The names of :func:`foreign_key_columns`' derived columns."""
    return [_fk_column(column, other, target) for column, other, target in spec.foreign_keys]


def _fk_column(column: str, other: str, other_column: str) -> str:
    return f"{column} in {other}.{other_column}"


def _all_found(column: str, note: str) -> ExpectationSpec:
    return ExpectationSpec(
        "expect_column_values_to_be_in_set",
        {"column": column, "value_set": [FOUND]},
        note=note,
    )


def validate_dataset(
    tables: TableStore | Mapping[str, Sequence[Record]], raw_paths: Sequence[str]
) -> ValidationReport:
    """Run every table's expectation suite; also check that no raw file was lost."""
    store = tables if isinstance(tables, TableStore) else TableStore.from_rows(tables)
    specs = [store.specs[name] for name in store.names]
    with store.connect() as con:
        counts = {**store.counts(), "review_articles": _review_articles(con)}
        suites = {spec.name: expectation_specs(spec) for spec in specs}
        for table, gate in gate_specs(counts).items():
            suites[table] = suites.get(table, []) + gate
        needed = checked_columns(suites)
        for spec in specs:
            suites[spec.name] = suites[spec.name] + foreign_key_specs(spec)
        progress.start(STAGE_VALIDATE, len(specs) + 1)
        gx = _GreatExpectations()
        outcomes: list[ExpectationOutcome] = []
        for spec in specs:
            outcomes += _validate_table(gx, con, spec, suites[spec.name], needed[spec.name])
            progress.advance(STAGE_VALIDATE)
        outcomes += gx.run_suite(RAW_FILES, _raw_files_frame(con, raw_paths), raw_file_specs())
        progress.advance(STAGE_VALIDATE)
    return ValidationReport(tuple(outcomes))


def validate_stored(
    state: StoreState, specs: Sequence[TableSpec], raw_paths: Sequence[str]
) -> ValidationReport:
    """:func:`validate_dataset` of a store's :meth:`~TableStore.state`, for a process of
    its own."""
    return validate_dataset(TableStore.attached(state, specs), raw_paths)


def _review_articles(con: duckdb.DuckDBPyConnection) -> int:
    pattern = assertions().review_article_pattern
    # fetchall(): DuckDB keeps a connection busy until a result is read to its end.
    ((count,),) = con.execute(
        "SELECT count(*) FROM articles WHERE regexp_matches(text, ?)", [pattern]
    ).fetchall()
    return int(count)


def _validate_table(
    gx: _GreatExpectations,
    con: duckdb.DuckDBPyConnection,
    spec: TableSpec,
    suite: Sequence[ExpectationSpec],
    needed: set[str],
) -> list[ExpectationOutcome]:
    """Table-level checks on the row count; row checks part by part, merged. A table
    that fits in one part takes a single GX run (each run costs about 0.2 s)."""
    row_count = _count(con, spec.name)
    whole = [e for e in suite if e.type in TABLE_LEVEL]
    per_row = [e for e in suite if e.type not in TABLE_LEVEL]
    parts = max(1, math.ceil(row_count / VALIDATE_ROWS))
    if parts == 1:
        whole, per_row = [], [*whole, *per_row]
    outcomes = gx.run_suite(spec.name, pd.DataFrame(index=pd.RangeIndex(row_count)), whole)
    valued = value_checked(per_row)
    checked = [c for c in spec.columns if c in needed]
    columns = [
        f't."{c}"' if c in valued else f'CASE WHEN t."{c}" IS NULL THEN NULL ELSE 1 END AS "{c}"'
        for c in checked
    ] + foreign_key_columns(spec)
    names = ", ".join(f'"{n}"' for n in [*checked, *foreign_key_names(spec)])
    key = [f't."{k}"' for k in spec.primary_key]
    keys = [f'"{_KEY}{i}"' for i in range(len(key))]
    # The checked columns (foreign keys resolved), the key and each row's part, computed
    # in one pass over the table: a query per part over the table itself would read
    # every chunk and resolve every foreign key once per part.
    key_columns = [f"{k} AS {alias}" for k, alias in zip(key, keys, strict=True)]
    con.execute(
        f"CREATE OR REPLACE TEMP TABLE {_PARTS} AS SELECT "
        f"{', '.join([*columns, *key_columns])}, "
        f'hash({", ".join(key)}) % {parts} AS "{_PART}" FROM "{spec.name}" AS t'
    )
    results = []
    for part in range(parts):
        # Ordered by key: GX's samples of failing values come out the same every build.
        query = f'SELECT {names} FROM {_PARTS} WHERE "{_PART}" = {part} ORDER BY {", ".join(keys)}'
        frame = arrow_table(con, query).to_pandas()
        results.append(gx.run_suite(spec.name, frame, per_row))
    con.execute(f"DROP TABLE {_PARTS}")
    return outcomes + merge_parts(results)


# The temporary table of a table's checked columns while its parts are validated, and its
# columns holding each row's key and part (names no table column has).
_PARTS = "_validation_parts"
_KEY = "__key_"
_PART = "__part"


def value_checked(suite: Sequence[ExpectationSpec]) -> set[str]:
    """Columns some expectation reads the values of. A column only checked for nulls goes
    to GX as 1-or-null instead (the same outcome, without the articles' text in memory)."""
    return checked_columns(
        {"t": [e for e in suite if e.type != "expect_column_values_to_not_be_null"]}
    ).get("t", set())


def merge_parts(parts: Sequence[Sequence[ExpectationOutcome]]) -> list[ExpectationOutcome]:
    """One outcome per expectation from its outcomes on each part of a table."""
    merged = []
    for same in zip(*parts, strict=True):
        counts = [o.unexpected_count for o in same if o.unexpected_count is not None]
        merged.append(
            replace(
                same[0],
                success=all(o.success for o in same),
                unexpected_count=sum(counts) if counts else None,
                unexpected_sample=[v for o in same for v in o.unexpected_sample][:5],
            )
        )
    return merged


def _count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    ((count,),) = con.execute(f'SELECT count(*) FROM "{table}"').fetchall()
    return int(count)


def _raw_files_frame(con: duckdb.DuckDBPyConnection, raw_paths: Sequence[str]) -> pd.DataFrame:
    """One row per raw file: FOUND when it is in ``articles`` or ``quarantine``."""
    paths = pa.table({"path": list(raw_paths), "ordinal": list(range(len(raw_paths)))})
    con.register("raw_paths", paths)
    frame: pd.DataFrame = arrow_table(
        con,
        (
            f"SELECT CASE WHEN path IN (SELECT source_path FROM articles UNION ALL "
            f"SELECT source_path FROM quarantine) THEN {sql_string(FOUND)} "
            f"ELSE {sql_string('not in articles or quarantine: ')} || path END AS source_path "
            "FROM raw_paths ORDER BY ordinal"
        ),
    ).to_pandas()
    return frame


def checked_columns(suites: Mapping[str, Sequence[ExpectationSpec]]) -> dict[str, set[str]]:
    """Per table, the columns some check reads: the expectations' columns and the primary
    key. Only these go to GX (the articles' text and offset maps are most of a build's
    memory); foreign keys are checked on derived columns."""
    needed: dict[str, set[str]] = {}
    for table, specs in suites.items():
        for expectation in specs:
            kwargs = expectation.kwargs
            named = [kwargs.get(k) for k in ("column", "column_A", "column_B")]
            needed.setdefault(table, set()).update(
                [c for c in named if c], *[kwargs.get("column_list", [])]
            )
    return needed
