"""Validate every table with Great Expectations (1.x, ephemeral context, pandas frames).

Takes: the tables (a :class:`TableStore`; DuckDB reads them, one part in memory at a
time) and the list of raw files. Gives: a :class:`ValidationReport`:
one outcome per expectation, ``success`` false when a *critical* expectation failed, a
readable summary, and a JSON form saved beside the release.
"""

from __future__ import annotations

import logging
import math
import os
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, replace
from typing import Any

import duckdb
import pandas as pd
import pyarrow as pa

from dnnd_data import progress
from dnnd_data.assertions import assertions, gate_specs
from dnnd_data.models import Record
from dnnd_data.schema_export import expectation_specs
from dnnd_data.table_store import TableStore, arrow_table, sql_string
from dnnd_data.tables import ExpectationSpec, TableSpec

RAW_FILES = "raw_files"
STAGE_VALIDATE = "validate"


@dataclass(frozen=True)
class ExpectationOutcome:
    """The result of one expectation on one table."""

    table: str
    expectation: str
    column: str | None
    severity: str
    note: str
    success: bool
    unexpected_count: int | None
    unexpected_sample: list[str]


@dataclass(frozen=True)
class ValidationReport:
    """All expectation outcomes of a build."""

    outcomes: tuple[ExpectationOutcome, ...]

    @property
    def success(self) -> bool:
        """True when no critical expectation failed (warnings do not stop a release)."""
        return not self.critical_failures

    @property
    def critical_failures(self) -> list[ExpectationOutcome]:
        """Failed critical expectations."""
        return [o for o in self.outcomes if not o.success and o.severity == "critical"]

    @property
    def warnings(self) -> list[ExpectationOutcome]:
        """Failed non-critical expectations."""
        return [o for o in self.outcomes if not o.success and o.severity != "critical"]

    def summary(self) -> str:
        """One line per failed expectation, critical first."""
        lines = []
        for o in self.critical_failures + self.warnings:
            where = f"{o.table}.{o.column}" if o.column else o.table
            sample = f" e.g. {', '.join(o.unexpected_sample[:3])}" if o.unexpected_sample else ""
            count = f" ({o.unexpected_count} rows)" if o.unexpected_count else ""
            why = f" — {o.note}" if o.note else ""
            lines.append(f"[{o.severity}] {where}: {o.expectation} failed{count}{sample}{why}")
        return "\n".join(lines) or f"all {len(self.outcomes)} expectations passed"

    def to_json(self) -> dict[str, Any]:
        """JSON-ready form for ``validation.json``."""
        return {
            "success": self.success,
            "expectations": len(self.outcomes),
            "critical_failures": len(self.critical_failures),
            "warnings": len(self.warnings),
            "outcomes": [asdict(o) for o in self.outcomes],
        }


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
    columns = [
        f't."{c}"' if c in valued else f'CASE WHEN t."{c}" IS NULL THEN NULL ELSE 1 END AS "{c}"'
        for c in spec.columns
        if c in needed
    ] + foreign_key_columns(spec)
    key = ", ".join(f't."{k}"' for k in spec.primary_key)
    results = []
    for part in range(parts):
        where = f"WHERE hash({key}) % {parts} = {part}" if parts > 1 else ""
        # Ordered by key: GX's samples of failing values come out the same every build.
        query = f'SELECT {", ".join(columns)} FROM "{spec.name}" AS t {where} ORDER BY {key}'
        frame = arrow_table(con, query).to_pandas()
        results.append(gx.run_suite(spec.name, frame, per_row))
    return outcomes + merge_parts(results)


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


def preload_great_expectations() -> None:
    """Import GX now (3–6 s), e.g. while something else waits, so validation need not."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    import great_expectations  # noqa: PLC0415
    import great_expectations.expectations  # noqa: F401, PLC0415


class _GreatExpectations:
    """A quiet, in-memory GX context (no temporary docs site, no progress bars)."""

    def __init__(self) -> None:
        # GX costs ~6 s to import: only when validating (or preloaded).
        preload_great_expectations()
        import great_expectations as gx  # noqa: PLC0415
        import great_expectations.expectations as gxe  # noqa: PLC0415
        from great_expectations.data_context.types.base import (  # noqa: PLC0415
            DataContextConfig,
            InMemoryStoreBackendDefaults,
            ProgressBarsConfig,
        )

        for name in list(logging.root.manager.loggerDict):
            if name.startswith("great_expectations"):
                logging.getLogger(name).setLevel(logging.ERROR)
        config = DataContextConfig(
            store_backend_defaults=InMemoryStoreBackendDefaults(init_temp_docs_sites=False),
            progress_bars=ProgressBarsConfig(globally=False, metric_calculations=False),
        )
        self.gx, self.expectations = gx, gxe
        self.context = gx.get_context(mode="ephemeral", project_config=config)
        self._runs = 0

    def run_suite(
        self, name: str, frame: pd.DataFrame, specs: Sequence[ExpectationSpec]
    ) -> list[ExpectationOutcome]:
        """Validate one DataFrame against expectation specs."""
        if not specs:
            return []
        self._runs += 1
        source = f"dnnd_{name}_{self._runs}"
        batch_definition = (
            self.context.data_sources.add_pandas(source)
            .add_dataframe_asset(name)
            .add_batch_definition_whole_dataframe("all_rows")
        )
        suite = self.gx.ExpectationSuite(name=name)
        for spec in specs:
            expectation_class = getattr(self.expectations, _class_name(spec.type))
            meta = {"note": spec.note} if spec.note else None
            suite.add_expectation(
                expectation_class(**spec.kwargs, severity=spec.severity, meta=meta)
            )
        batch = batch_definition.get_batch(batch_parameters={"dataframe": frame})
        try:
            result = batch.validate(suite)
        finally:
            # The context would otherwise keep every part's source (and its frame).
            self.context.data_sources.delete(source)
        return [_outcome(name, r) for r in result.results]


def _class_name(snake: str) -> str:
    return "".join(part.capitalize() for part in snake.split("_"))


def _outcome(table: str, result: Any) -> ExpectationOutcome:
    config = result.expectation_config
    details = result.result or {}
    sample = [str(v) for v in (details.get("partial_unexpected_list") or [])[:5]]
    return ExpectationOutcome(
        table=table,
        expectation=config.type,
        column=config.kwargs.get("column"),
        severity=str(getattr(config.severity, "value", config.severity) or "critical"),
        note=str((config.meta or {}).get("note", "")),
        success=bool(result.success),
        unexpected_count=details.get("unexpected_count"),
        unexpected_sample=sample,
    )
